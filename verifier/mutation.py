"""Mutation analysis: does the verifier refute every function a fault switch changes, and nothing else?

What it does: `mutation_analysis(paths, faults)` compiles every program once without a fault and once per
fault (`pvm_backend.faults`, carried on that compilation's `BuildOptions.faults`), and compares
each function's final instruction stream and allocation with the unmutated build. A function the fault changed
is *mutated* and must be refuted; every function of the unmutated builds must be proved (anything else is a
false alarm). `MutationScore.summary()` is the issue's sentence: "refuted k of n mutated functions, 0 false
alarms on m functions".

Assumes: the programs compile without a fault; the fault switches are deterministic.

Guarantees: nothing global changes (the fault travels on the build options); a fault whose
compilation fails (e.g. a self-check of the emitter fires) counts the program as "rejected at compile time",
not as a verified mutation.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from pvm_backend import faults
from pvm_backend.driver import BuildOptions, compile_file
from pvm_backend.errors import PvmcError
from pvm_backend.linker import BuildResult
from pvm_backend.options import DEFAULT_TIMEOUT_MS

from .result import FunctionVerdict
from .verify import verify_build


@dataclass(frozen=True, slots=True)
class MutatedFunction:
    """One function a fault changed, and the verifier's verdict on it."""

    program: str
    """Source path."""
    fault: str
    """Fault name."""
    verdict: FunctionVerdict
    """Verdict on the mutated function."""


@dataclass
class MutationScore:
    """Results of one mutation analysis."""

    mutated: list[MutatedFunction] = field(default_factory=list)
    """Every (fault, function) pair the fault changed."""
    clean: list[tuple[str, FunctionVerdict]] = field(default_factory=list)
    """(program, verdict) for every function of the unmutated builds."""
    rejected: list[tuple[str, str, str]] = field(default_factory=list)
    """(program, fault, error) for faulted compilations that raised (the emitter's self-checks)."""

    @property
    def refuted(self) -> int:
        """Mutated functions the verifier refuted."""
        return sum(1 for m in self.mutated if m.verdict.refuted)

    @property
    def false_alarms(self) -> int:
        """Unmutated functions not proved."""
        return sum(1 for _, v in self.clean if not v.proved)

    def summary(self) -> str:
        """'refuted k of n mutated functions, f false alarms on m functions'."""
        return (f"refuted {self.refuted} of {len(self.mutated)} mutated functions, {self.false_alarms} false "
                f"alarms on {len(self.clean)} functions")


def _signature(build: BuildResult) -> dict[str, tuple[object, ...]]:
    return {e.name: (e.instructions, e.registers) for e in build.emitted}


def mutation_analysis(paths: Iterable[Path], fault_list: Iterable[faults.Fault] | None = None,
                      options: BuildOptions | None = None,
                      timeout_ms: int = DEFAULT_TIMEOUT_MS) -> MutationScore:
    """Run the analysis over `paths` for every fault in `fault_list` (default: all)."""
    chosen = list(fault_list) if fault_list is not None else list(faults.Fault)
    options = replace(options or BuildOptions(), faults=faults.NO_FAULTS)
    score = MutationScore()
    for path in paths:
        base = compile_file(path, options=options).build
        score.clean.extend((str(path), v) for v in verify_build(base, timeout_ms))
        reference = _signature(base)
        for fault in chosen:
            try:
                build = compile_file(path, options=replace(options, faults=faults.Faults.of(fault))).build
            except PvmcError as exc:
                score.rejected.append((str(path), fault.value, str(exc)))
                continue
            changed = {name for name, sig in _signature(build).items() if reference.get(name) != sig}
            if not changed:
                continue
            for verdict in verify_build(build, timeout_ms):
                if verdict.name in changed:
                    score.mutated.append(MutatedFunction(str(path), fault.value, verdict))
    return score
