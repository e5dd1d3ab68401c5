"""Wall time of the nightly soundness report over all corpora (issue 6, "Benchmark": on 2 cores).

What it does: runs the real command, `pvmc report soundness tests/corpus.toml --jobs N --json --quiet`, as a
child process (`python -m pvm_backend.cli`, so interpreter start-up, imports, worker start-up, every compile and
every verification are counted) and times it with `time.perf_counter()` around the whole run. Prints the wall
time, the number of programs and functions, proved / refuted / unknown and programs that failed to compile, the
compile and verification seconds summed over programs and functions (from the report), and their ratio to the
wall time (how much the `--jobs` workers overlap).

Assumes: the machine is otherwise idle (other processes on the same cores lengthen the wall time).

Guarantees: nothing is written. Exit status 0 when the report ran (whatever it found: refutations are printed,
not failures of the benchmark), 1 when the command failed with exit code 2 or printed no JSON.

Usage: .venv/bin/python benchmarks/soundness_report.py [--jobs N] [--manifest PATH] [--regalloc MODE]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default: 2, the issue's 2 cores)")
    parser.add_argument("--manifest", default=str(REPO / "tests" / "corpus.toml"), help="corpus manifest")
    parser.add_argument("--regalloc", default="linear-scan", help="register allocator (default: linear-scan)")
    args = parser.parse_args()
    command = [sys.executable, "-m", "pvm_backend.cli", "report", "soundness", args.manifest, "--jobs",
               str(args.jobs), "--regalloc", args.regalloc, "--json", "--quiet"]
    start = time.perf_counter()
    run = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    if run.returncode == 2 or not run.stdout.strip():
        print(f"soundness report failed (exit {run.returncode}): {run.stderr.strip()}", file=sys.stderr)
        return 1
    report = json.loads(run.stdout)
    s = report["summary"]
    busy = s["compile_seconds"] + s["verify_seconds"]
    manifest = Path(args.manifest).resolve()
    shown = manifest.relative_to(REPO) if manifest.is_relative_to(REPO) else manifest
    print(f"pvmc report soundness {shown} --jobs {args.jobs} --regalloc {args.regalloc} (exit {run.returncode})")
    print(f"wall time          {wall:.1f} s")
    print(f"programs           {s['programs']} ({s['errors']} failed to compile)")
    print(f"functions          {s['functions']}: {s['proved']} proved, {s['refuted']} refuted, {s['unknown']} unknown")
    print(f"compile + verify   {s['compile_seconds']:.1f} s + {s['verify_seconds']:.1f} s summed "
          f"({busy / wall:.2f}x the wall time)")
    for f in report["functions"]:
        if any(c["status"] != "proved" for c in f["checks"]):
            statuses = ", ".join(f"{c['name']} {c['status']}" for c in f["checks"])
            print(f"not proved: {f['program']} {f['function']}: {statuses}")
    for e in report["errors"]:
        print(f"error: {e['program']}: {e['error']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
