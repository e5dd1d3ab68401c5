"""Code size and gas of -O2, -Os and -Oz side by side on a whole corpus (`pvmc compile -O`).

What it does: compiles every program of a corpus manifest (default tests/corpus.toml, `load_manifest`: entry and
inputs; the manifest's own -O level is replaced by each of `LEVELS`) with the default allocator (linear scan,
seed register model), runs every input on pvmc's interpreter, and prints per program the code bytes (GP A.2 code
section c) and the gas of all its inputs together at each level; then per level the totals, the geometric means
over the programs of code bytes and gas as ratios of -O2, and on how many inputs the level costs more or less gas
than -O2.

Guarantees: every level must give the same status, output and host-call log for every input; otherwise a
`MISMATCH` line goes to stderr and the exit status is 1 (2 on a compile error).

Usage: .venv/bin/python benchmarks/size_levels.py [--manifest tests/corpus.toml] [--only SUBSTRING] [--jobs N]
"""

from __future__ import annotations

import argparse
import math
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tabulate import tabulate  # noqa: E402

from pvm_backend.driver import compile_file  # noqa: E402
from pvm_backend.errors import PvmcError  # noqa: E402
from pvm_backend.interpreter import jip1_log_handler, run_spi  # noqa: E402
from pvm_backend.options import OptLevel  # noqa: E402
from verifier.reports.manifest import ManifestProgram, load_manifest  # noqa: E402

GAS = 10 ** 10
LEVELS: tuple[OptLevel, ...] = (2, "s", "z")
"""The levels compared; the first is the one the others are divided by."""

Measured = tuple[str, dict[OptLevel, tuple[int, tuple[int, ...]]], list[str]]
"""(program, level -> (code bytes, gas of each input), mismatches)."""


def measure(program: ManifestProgram) -> Measured | str:
    """`program` at every level on all its inputs; a compile error's message instead when one fails."""
    name = str(program.path.relative_to(REPO)) if program.path.is_relative_to(REPO) else str(program.path)
    out: dict[OptLevel, tuple[int, tuple[int, ...]]] = {}
    seen: dict[OptLevel, list[tuple[object, bytes, object]]] = {}
    for level in LEVELS:
        try:
            result = compile_file(program.path, entry=program.entry, opt_level=level)
        except PvmcError as exc:
            return f"{name} [-O{level}]: compile error: {exc}"
        runs = [run_spi(result.program, args, GAS, host_calls=jip1_log_handler) for args in program.inputs]
        out[level] = (result.code_bytes, tuple(run.gas_used for run in runs))
        seen[level] = [(run.status, run.output, run.log) for run in runs]
    mismatches = [f"{name}: -O{level} differs from -O{LEVELS[0]}" for level in LEVELS if seen[level] != seen[LEVELS[0]]]
    return name, out, mismatches


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--manifest", type=Path, default=REPO / "tests" / "corpus.toml")
    parser.add_argument("--only", default="", help="programs whose path contains SUBSTRING")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default: 2)")
    args = parser.parse_args()
    programs = [p for p in load_manifest(args.manifest).programs if args.only in str(p.path) and p.inputs]
    with ProcessPoolExecutor(args.jobs) as pool:
        results = list(pool.map(measure, programs))
    errors = [r for r in results if isinstance(r, str)]
    done = [r for r in results if not isinstance(r, str)]
    base = LEVELS[0]
    rows = [[name, *(x for level in LEVELS for x in (out[level][0], sum(out[level][1])))] for name, out, _ in done]
    print(tabulate(rows, headers=["program", *(f"-O{level} {what}" for level in LEVELS for what in ("code", "gas"))],
                   intfmt=","))
    print()
    summary = []
    for level in LEVELS:
        pairs = [(gas, base_gas) for _, out, _ in done for gas, base_gas in zip(out[level][1], out[base][1])]
        summary.append([f"-O{level}", sum(out[level][0] for _, out, _ in done), sum(g for g, _ in pairs),
                        _geomean([out[level][0] / out[base][0] for _, out, _ in done]),
                        _geomean([sum(out[level][1]) / sum(out[base][1]) for _, out, _ in done if sum(out[base][1])]),
                        sum(1 for g, b in pairs if g > b), sum(1 for g, b in pairs if g < b), len(pairs)])
    print(tabulate(summary, headers=["level", "code bytes", "gas", f"code / -O{base} (geomean)",
                                     f"gas / -O{base} (geomean)", "inputs dearer", "inputs cheaper", "inputs"],
                   intfmt=",", floatfmt=".4f"))
    for name, _, mismatches in done:
        for line in mismatches:
            print(f"MISMATCH {line}", file=sys.stderr)
    for line in errors:
        print(line, file=sys.stderr)
    return 2 if errors else (1 if any(m for _, _, m in done) else 0)


def _geomean(values: list[float]) -> float:
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else 1.0


if __name__ == "__main__":
    sys.exit(main())
