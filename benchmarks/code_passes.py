"""What each of the emitter's code-size passes saves, side by side on the whole corpus (issue 18).

What it does: compiles every program of a corpus manifest (default tests/corpus.toml, `load_manifest`: entry,
-O level, inputs) in each build of `BUILDS` with the default allocator (linear scan, seed register model):

    all                 every pass on (what `pvmc compile` does)
    no-block-local      `BuildOptions(block_local=False)`: values that never leave their block back in slots
    no-cross-block      `BuildOptions(cross_block=False)`: values living across blocks back in slots
    no-frame-elision    `BuildOptions(elide_frames=False)`: a function keeps its frame and stack check unless
                        frame compaction leaves the frame empty
    no-frame-compaction `BuildOptions(compact_frames=False)`: every SSA value keeps its slot in the frame

runs every input on pvmc's interpreter and prints per program the code bytes (GP A.2 code section c) and the gas
of all its inputs together in each build, then per build the geometric mean over the programs of its code bytes
and gas as ratios of `all`, and the programs on which `all` costs more gas than a build without a pass.

Guarantees: every build must give the same status, output and host-call log for every input; otherwise a
`MISMATCH` line goes to stderr and the exit status is 1 (2 on a compile error).

Usage: .venv/bin/python benchmarks/code_passes.py [--manifest tests/corpus.toml] [--only SUBSTRING] [--jobs N]
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

from pvm_backend.driver import BuildOptions, compile_file  # noqa: E402
from pvm_backend.errors import PvmcError  # noqa: E402
from pvm_backend.interpreter import jip1_log_handler, run_spi  # noqa: E402
from verifier.reports.manifest import ManifestProgram, load_manifest  # noqa: E402

GAS = 10 ** 10
BUILDS: dict[str, BuildOptions] = {
    "all": BuildOptions(),
    "no-block-local": BuildOptions(block_local=False),
    "no-cross-block": BuildOptions(cross_block=False),
    "no-frame-elision": BuildOptions(elide_frames=False),
    "no-frame-compaction": BuildOptions(compact_frames=False),
}
"""Column name -> build options."""

Measured = tuple[str, dict[str, tuple[int, int]], list[str]]
"""(program, build -> (code bytes, gas of all inputs), mismatches)."""


def measure(program: ManifestProgram) -> Measured | str:
    """Every build of `program` on all its inputs; a compile error's message instead when one fails."""
    name = str(program.path.relative_to(REPO)) if program.path.is_relative_to(REPO) else str(program.path)
    out: dict[str, tuple[int, int]] = {}
    seen: dict[str, list[tuple[object, bytes, object]]] = {}
    for build, options in BUILDS.items():
        try:
            result = compile_file(program.path, entry=program.entry, opt_level=program.opt_level, options=options)
        except PvmcError as exc:
            return f"{name} [{build}]: compile error: {exc}"
        runs = [run_spi(result.program, args, GAS, host_calls=jip1_log_handler) for args in program.inputs]
        out[build] = (result.code_bytes, sum(run.gas_used for run in runs))
        seen[build] = [(run.status, run.output, run.log) for run in runs]
    mismatches = [f"{name}: {build} differs from all" for build in BUILDS if seen[build] != seen["all"]]
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
    rows = []
    for name, out, _ in done:
        row: list[object] = [name]
        for build in BUILDS:
            row += [out[build][0], out[build][1]]
        rows.append(row)
    headers = ["program"] + [f"{build} {what}" for build in BUILDS for what in ("code", "gas")]
    print(tabulate(rows, headers=headers, intfmt=","))
    print()
    summary = []
    for build in BUILDS:
        code = [out[build][0] / out["all"][0] for _, out, _ in done]
        gas = [out[build][1] / out["all"][1] for _, out, _ in done if out["all"][1]]
        summary.append([build, _geomean(code), _geomean(gas),
                        sum(1 for _, out, _ in done if out[build][1] < out["all"][1])])
    print(tabulate(summary, headers=["build", "code / all (geomean)", "gas / all (geomean)",
                                     "programs cheaper than all"], floatfmt=".4f"))
    for name, out, _ in done:
        dearer = [build for build in BUILDS if out[build][1] < out["all"][1]]
        if dearer:
            print(f"all costs more gas than {', '.join(dearer)}: {name} "
                  f"({', '.join(f'{b} {out[b][1]}' for b in ['all', *dearer])})")
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
