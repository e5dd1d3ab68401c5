"""Several builds of every program of a corpus, side by side: code bytes and gas (benchmarks/code_passes.py,
benchmarks/size_levels.py).

What it does: `compare(builds, description)` is a benchmark's whole command line. It compiles every program of a
corpus manifest (default tests/corpus.toml, `load_manifest`: entry, -O level, inputs) in each of `builds` (an
optimisation level, or None for the manifest's, and `BuildOptions`), runs every input on pvmc's interpreter, and
prints per program the code bytes (GP A.2 code section c) and the gas of all its inputs together in each build;
then per build the totals, the geometric means over the programs of code bytes and gas as ratios of the first
build, and on how many inputs it costs more or less gas than the first build.

Guarantees: every build must give the same status, output and host-call log for every input as the first;
otherwise a `MISMATCH` line goes to stderr and the exit status is 1 (2 on a compile error).
"""

from __future__ import annotations

import argparse
import math
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tabulate import tabulate  # noqa: E402

from pvm_backend.driver import BuildOptions, compile_file  # noqa: E402
from pvm_backend.errors import PvmcError  # noqa: E402
from pvm_backend.interpreter import jip1_log_handler, run_spi  # noqa: E402
from pvm_backend.options import OptLevel  # noqa: E402
from verifier.reports.manifest import ManifestProgram, load_manifest  # noqa: E402

GAS = 10 ** 10


@dataclass(frozen=True)
class Build:
    """One way to compile every program."""

    opt_level: OptLevel | None = None
    """The -O level; None: the manifest's."""
    options: BuildOptions = BuildOptions()
    """Allocator and emitter switches."""


Measured = tuple[str, dict[str, tuple[int, tuple[int, ...]]], list[str]]
"""(program, build -> (code bytes, gas of each input), mismatches)."""


def measure(builds: dict[str, Build], program: ManifestProgram) -> Measured | str:
    """`program` in every build on all its inputs; a compile error's message instead when one fails."""
    name = str(program.path.relative_to(REPO)) if program.path.is_relative_to(REPO) else str(program.path)
    out: dict[str, tuple[int, tuple[int, ...]]] = {}
    seen: dict[str, list[tuple[object, bytes, object]]] = {}
    for label, build in builds.items():
        level = program.opt_level if build.opt_level is None else build.opt_level
        try:
            result = compile_file(program.path, entry=program.entry, opt_level=level, options=build.options)
        except PvmcError as exc:
            return f"{name} [{label}]: compile error: {exc}"
        runs = [run_spi(result.program, args, GAS, host_calls=jip1_log_handler) for args in program.inputs]
        out[label] = (result.code_bytes, tuple(run.gas_used for run in runs))
        seen[label] = [(run.status, run.output, run.log) for run in runs]
    first = next(iter(builds))
    return name, out, [f"{name}: {label} differs from {first}" for label in builds if seen[label] != seen[first]]


def compare(builds: dict[str, Build], description: str) -> int:
    """Parse the command line (--manifest, --only, --jobs), measure, print; the exit status."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--manifest", type=Path, default=REPO / "tests" / "corpus.toml")
    parser.add_argument("--only", default="", help="programs whose path contains SUBSTRING")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default: 2)")
    args = parser.parse_args()
    programs = [p for p in load_manifest(args.manifest).programs if args.only in str(p.path) and p.inputs]
    with ProcessPoolExecutor(args.jobs) as pool:
        results = list(pool.map(partial(measure, builds), programs))
    errors = [r for r in results if isinstance(r, str)]
    done = [r for r in results if not isinstance(r, str)]
    rows = [[name, *(x for label in builds for x in (out[label][0], sum(out[label][1])))] for name, out, _ in done]
    print(tabulate(rows, headers=["program", *(f"{label} {what}" for label in builds for what in ("code", "gas"))],
                   intfmt=","))
    print()
    first = next(iter(builds))
    summary = []
    for label in builds:
        pairs = [pair for _, out, _ in done for pair in zip(out[label][1], out[first][1])]
        summary.append([label, sum(out[label][0] for _, out, _ in done), sum(gas for gas, _ in pairs),
                        geomean([out[label][0] / out[first][0] for _, out, _ in done]),
                        geomean([sum(out[label][1]) / sum(out[first][1]) for _, out, _ in done if sum(out[first][1])]),
                        sum(1 for gas, base in pairs if gas > base), sum(1 for gas, base in pairs if gas < base),
                        len(pairs)])
    print(tabulate(summary, headers=["build", "code bytes", "gas", f"code / {first} (geomean)",
                                     f"gas / {first} (geomean)", f"inputs dearer than {first}", "inputs cheaper",
                                     "inputs"], intfmt=",", floatfmt=".4f"))
    for name, out, _ in done:
        cheaper = [label for label in builds if sum(out[label][1]) < sum(out[first][1])]
        if cheaper:
            print(f"{first} costs more gas than {', '.join(cheaper)}: {name} "
                  f"({', '.join(f'{label} {sum(out[label][1])}' for label in [first, *cheaper])})")
    for name, _, mismatches in done:
        for line in mismatches:
            print(f"MISMATCH {line}", file=sys.stderr)
    for line in errors:
        print(line, file=sys.stderr)
    return 2 if errors else (1 if any(m for _, _, m in done) else 0)


def geomean(values: list[float]) -> float:
    """exp of the mean of the logs (values > 0); 1.0 for no values."""
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else 1.0
