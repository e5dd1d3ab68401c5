"""Mutation analysis: does the verifier refute every function a fault switch changes, and nothing else?

What it does: `mutation_analysis(paths, faults)` compiles every program once without a fault and once per
fault (`pvm_backend.faults`, selected through `PVMC_FAULT` for the duration of that compilation), and compares
each function's final instruction stream and allocation with the unmutated build. A function the fault changed
is *mutated* and must be refuted; every function of the unmutated builds must be proved (anything else is a
false alarm). `MutationScore.summary()` is the issue's sentence: "refuted k of n mutated functions, 0 false
alarms on m functions".

Assumes: the programs compile without a fault; the fault switches are deterministic.

Guarantees: the environment variable is restored after each compilation, also on errors; a fault whose
compilation fails (e.g. a self-check of the emitter fires) counts the program as "rejected at compile time",
not as a verified mutation.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pvm_backend import faults
from pvm_backend.driver import compile_file
from pvm_backend.errors import PvmcError
from pvm_backend.linker import BuildOptions, BuildResult

from .result import FunctionVerdict
from .verify import DEFAULT_TIMEOUT_MS, verify_build


@contextmanager
def fault_enabled(fault: faults.Fault | None) -> Iterator[None]:
    """Turn `fault` on (None: no fault) through `PVMC_FAULT` for the body, restoring the previous value."""
    saved = os.environ.get(faults.ENV)
    try:
        if fault is None:
            os.environ.pop(faults.ENV, None)
        else:
            os.environ[faults.ENV] = fault.value
        yield
    finally:
        if saved is None:
            os.environ.pop(faults.ENV, None)
        else:
            os.environ[faults.ENV] = saved


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
    score = MutationScore()
    for path in paths:
        with fault_enabled(None):
            base = compile_file(path, options=options).build
        score.clean.extend((str(path), v) for v in verify_build(base, timeout_ms))
        reference = _signature(base)
        for fault in chosen:
            try:
                with fault_enabled(fault):
                    build = compile_file(path, options=options).build
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
