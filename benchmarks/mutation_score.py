"""Mutation score of the verifier over the project's corpora (issue 5, "Mutation tests").

Compiles every program of tests/programs (C), tests/wat, tests/regalloc and examples once without a fault and
once per fault switch (`pvm_backend.faults`), verifies every function, and prints the issue's sentence
"refuted k of n mutated functions, f false alarms on m functions", then a per-fault table and every mutated
function the verifier proved (a sound verifier proves mutations that happen to be harmless; the test
tests/regalloc/test_mutations.py checks on the bug-class programs that those give reference output).

Usage: .venv/bin/python benchmarks/mutation_score.py [--fault NAME ...] [--json]
"""

from __future__ import annotations

import argparse
import glob
import json
import sys
import time
from collections import Counter
from pathlib import Path

from tabulate import tabulate

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pvm_backend.faults import Fault  # noqa: E402
from verifier.mutation import mutation_analysis  # noqa: E402


def corpus() -> list[Path]:
    patterns = ("tests/programs/*.c", "tests/wat/*.wat", "tests/regalloc/*.c", "tests/regalloc/*.wat", "examples/*.c")
    return [Path(p) for pattern in patterns for p in sorted(glob.glob(str(ROOT / pattern)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fault", action="append", choices=[f.value for f in Fault], help="only these faults")
    parser.add_argument("--json", action="store_true", help="print the score as JSON")
    args = parser.parse_args()
    chosen = [Fault(name) for name in args.fault] if args.fault else list(Fault)
    start = time.perf_counter()
    score = mutation_analysis(corpus(), chosen)
    seconds = time.perf_counter() - start
    total, refuted = Counter(m.fault for m in score.mutated), Counter(m.fault for m in score.mutated if m.verdict.refuted)
    rows = [[f.value, total[f.value], refuted[f.value]] for f in chosen]
    if args.json:
        print(json.dumps({"summary": score.summary(), "seconds": round(seconds, 1),
                          "faults": [{"fault": r[0], "mutated": r[1], "refuted": r[2]} for r in rows],
                          "proved_mutations": [{"program": m.program, "fault": m.fault, "function": m.verdict.name}
                                               for m in score.mutated if not m.verdict.refuted]}, indent=2))
        return 0
    print(score.summary(), f"({seconds:.0f} s)")
    print(tabulate(rows, headers=["fault", "mutated functions", "refuted"]))
    for m in score.mutated:
        if not m.verdict.refuted:
            print(f"proved: {m.fault} {Path(m.program).relative_to(ROOT)} {m.verdict.name}")
    for program, fault, error in score.rejected:
        print(f"rejected at compile time: {fault} {program}: {error}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
