"""Does `compile --regalloc optimal` finish within its time bound? (issue 13, "Done when", third line.)

What it does: for every program of a corpus manifest (default tests/corpus.toml, `verifier.reports.manifest`)
and every register model asked for (`--registers seed,full`), times two real commands as child processes,
`python -m pvm_backend.cli compile PROGRAM --regalloc linear-scan` and `... --regalloc optimal
--optimal-timeout S` (start-up included, one after the other, never in parallel), counts the functions the
optimal build allocated (its `--stats --json` output) and prints, per program, both times and the bound

    bound = functions x optimal-timeout + 2 x (the linear-scan compile time)

with the margin. Last, per model, the programs over the bound, the largest ratio of time to bound, and the total.

Assumes: the machine is otherwise idle (wall-clock times; another process on the same cores lengthens every
function's solve and the linear-scan time alike).

Guarantees: writes only temporary files. Exit status 1 when some program ran over its bound or a build failed,
else 0.

Usage: .venv/bin/python benchmarks/optimal_compile_time.py [--manifest PATH] [--registers seed,full]
       [--timeout S] [--only SUBSTRING]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tabulate import tabulate  # noqa: E402

from verifier.reports.manifest import ManifestProgram, load_manifest  # noqa: E402


def _compile(program: ManifestProgram, out: Path, *options: str) -> tuple[float, dict[str, object] | str]:
    """Seconds of one `pvmc compile` of `program` with `options`, and its parsed `--stats --json` output (or the
    error line)."""
    command = [sys.executable, "-m", "pvm_backend.cli", "compile", str(program.path), "-o", str(out),
               "--entry", program.entry, "-O", str(program.opt_level), "--stats", "--json", *options]
    start = time.perf_counter()
    run = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if run.returncode != 0:
        return seconds, (run.stderr.strip().splitlines() or [f"exit {run.returncode}"])[-1]
    return seconds, json.loads(run.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--manifest", type=Path, default=REPO / "tests" / "corpus.toml", help="corpus manifest")
    parser.add_argument("--registers", default="seed,full", help="register models, comma-separated")
    parser.add_argument("--timeout", type=float, default=10.0, help="--optimal-timeout, seconds (default 10)")
    parser.add_argument("--only", default="", help="only programs whose path contains this")
    args = parser.parse_args()
    programs = [p for p in load_manifest(args.manifest).programs if args.only in str(p.path)]
    failed = False
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "out.jam"
        for model in args.registers.split(","):
            rows = []
            over = []
            for program in programs:
                shown = program.path.relative_to(REPO) if program.path.is_relative_to(REPO) else program.path
                linear, _ = _compile(program, out, "--regalloc", "linear-scan", "--registers", model)
                optimal, stats = _compile(program, out, "--regalloc", "optimal", "--registers", model,
                                          "--optimal-timeout", f"{args.timeout:g}")
                if isinstance(stats, str):
                    failed = True
                    rows.append((shown, f"{linear:.1f}", f"failed: {stats}", "", "", ""))
                    continue
                functions = len(stats["functions"])  # type: ignore[arg-type]
                bound = functions * args.timeout + 2 * linear
                if optimal > bound:
                    over.append(str(shown))
                rows.append((shown, f"{linear:.1f}", f"{optimal:.1f}", functions, f"{bound:.1f}",
                             f"{optimal / bound:.2f}"))
            print(f"--registers {model}, --optimal-timeout {args.timeout:g} s")
            print(tabulate(rows, headers=("program", "linear-scan s", "optimal s", "functions", "bound s",
                                          "optimal / bound")))
            ratios = [float(r[5]) for r in rows if r[5]]
            print(f"over the bound: {len(over)} of {len(rows)} programs {over if over else ''}; largest ratio "
                  f"{max(ratios, default=0.0):.2f}; optimal total "
                  f"{sum(float(r[2]) for r in rows if r[4]):.1f} s\n")
            failed = failed or bool(over)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
