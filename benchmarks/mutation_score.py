"""Mutation score of the verifier over the project's corpora (issue 5, "Mutation tests").

Compiles every program of tests/programs (C), tests/wat, tests/regalloc and examples once without a fault and
once per fault switch (`pvm_backend.faults`), verifies every function, and prints the issue's sentence
"refuted k of n mutated functions, f false alarms on m functions", then a per-fault table and every mutated
function the verifier proved (a sound verifier proves mutations that happen to be harmless; the test
tests/regalloc/test_mutations.py checks on the bug-class programs that those give reference output).

Then the issue's "refuted / changed": every (program, fault) pair whose build the fault changed is run on the
program's inputs (its `args:` lines, `verifier.reports.manifest.read_args_lines`) on our interpreter and
compared with the unmutated build's status and output (itself checked against wasmtime by the corpus tests).
A pair whose output changed on some input must have a refuted function: one that is not is printed as a
soundness failure and makes the exit status 1.

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

from pvm_backend import faults  # noqa: E402
from pvm_backend.driver import BuildOptions, compile_file  # noqa: E402
from pvm_backend.faults import Fault  # noqa: E402
from pvm_backend.interpreter import jip1_log_handler, run_spi  # noqa: E402
from verifier.mutation import MutationScore, mutation_analysis  # noqa: E402
from verifier.reports.manifest import read_args_lines  # noqa: E402

GAS = 10**9
"""Gas of an unmutated run (GP A.44 units): every corpus input finishes well within it."""

BUDGET = 4
"""A mutated run gets this many times the unmutated run's gas on the same input (at least 10^5): a fault that
makes a loop run on is a changed behaviour (out of gas) found in bounded time."""


def behaviour(path: Path, fault: Fault | None, gas: tuple[int, ...] | None = None
              ) -> tuple[tuple[tuple[str, bytes], ...], tuple[int, ...]]:
    """((status, output) per input, gas used per input) of the program built with `fault` (None: no fault) on its
    inputs; `gas` (per input) bounds the runs, else `GAS`."""
    chosen = faults.NO_FAULTS if fault is None else faults.Faults.of(fault)
    program = compile_file(path, options=BuildOptions(faults=chosen)).program
    inputs = read_args_lines(path)
    limits = gas if gas is not None else (GAS,) * len(inputs)
    runs = [run_spi(program, args, limit, host_calls=jip1_log_handler) for args, limit in zip(inputs, limits)]
    return tuple((run.status.value, run.output) for run in runs), tuple(run.gas_used for run in runs)


def changed_outputs(score: MutationScore) -> list[tuple[str, str, bool, bool]]:
    """(program, fault, output changed on some input, some mutated function refuted) per mutated pair."""
    pairs: dict[tuple[str, str], bool] = {}
    for m in score.mutated:
        pairs[(m.program, m.fault)] = pairs.get((m.program, m.fault), False) or m.verdict.refuted
    clean: dict[str, tuple[tuple[tuple[str, bytes], ...], tuple[int, ...]]] = {}
    rows = []
    for (program, fault), refuted in sorted(pairs.items()):
        path = Path(program)
        if program not in clean:
            clean[program] = behaviour(path, None)
        expected, used = clean[program]
        budget = tuple(max(BUDGET * g, 10**5) for g in used)
        rows.append((program, fault, behaviour(path, Fault(fault), budget)[0] != expected, refuted))
    return rows


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
    outputs = changed_outputs(score)
    changed = [r for r in outputs if r[2]]
    missed = [r for r in changed if not r[3]]
    seconds = time.perf_counter() - start
    total, refuted = Counter(m.fault for m in score.mutated), Counter(m.fault for m in score.mutated if m.verdict.refuted)
    rows = [[f.value, total[f.value], refuted[f.value]] for f in chosen]
    if args.json:
        print(json.dumps({"summary": score.summary(), "seconds": round(seconds, 1),
                          "faults": [{"fault": r[0], "mutated": r[1], "refuted": r[2]} for r in rows],
                          "proved_mutations": [{"program": m.program, "fault": m.fault, "function": m.verdict.name}
                                               for m in score.mutated if not m.verdict.refuted],
                          "changed_output": {"pairs": len(outputs), "changed": len(changed),
                                             "refuted": len(changed) - len(missed),
                                             "changed_not_refuted": [{"program": p, "fault": f}
                                                                     for p, f, _, _ in missed]}}, indent=2))
        return 1 if missed else 0
    print(score.summary(), f"({seconds:.0f} s)")
    print(tabulate(rows, headers=["fault", "mutated functions", "refuted"]))
    for m in score.mutated:
        if not m.verdict.refuted:
            print(f"proved: {m.fault} {Path(m.program).relative_to(ROOT)} {m.verdict.name}")
    for program, fault, error in score.rejected:
        print(f"rejected at compile time: {fault} {program}: {error}")
    print(f"output changed by the fault in {len(changed)} of {len(outputs)} (program, fault) pairs it mutated; "
          f"refuted {len(changed) - len(missed)} of those {len(changed)}")
    for program, fault, _, _ in missed:
        print(f"SOUNDNESS FAILURE: {fault} changes the output of {Path(program).relative_to(ROOT)} and every "
              "function it changed was proved")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
