"""Verification speed: per-function time of the z3 verifier and the cost of `compile --verify` over plain compile.

What it does: for every corpus program (tests/programs/*.c, tests/wat/*.wat, tests/regalloc/*.c|*.wat|*.ll,
examples/*.c) and each register allocation mode (`--regalloc none`, `linear-scan`), in this one process:
  1. compile: `compile_file(path, entry="main", opt_level=N, options=BuildOptions(regalloc=mode))`, timed with
     `time.perf_counter()` around the call (this is what plain `pvmc compile` does before writing: clang for C,
     the LLVM pipeline, lowering, linking, encoding);
  2. verify: `verifier.verify_build(result.build, timeout_ms)`, timed the same way around the call (every
     registered check of every function; what `compile --verify` adds).
Printed, per mode and for both modes together: the number of functions, how many were proved / refuted /
unknown, the seconds of each registered check (`verifier.checks.REGISTRY`; `CheckResult.seconds` summed over the
functions; check 2's includes building the code model that check 3 reuses) and its ratio to the compile time,
the per-function verification time (`FunctionVerdict.seconds`: all checks of one function, wall
clock) as median, 95th percentile (nearest rank: the ceil(0.95·n)-th smallest) and maximum, the total compile
and verify seconds, and the ratio (compile + verify) / compile of the totals — the ratio of `compile --verify`
time to plain `compile` time — with the largest such ratio of one program and how many programs are over 2
(issue 17's bound). Then the slowest functions, the programs with the largest ratios, and every function not
proved.

Assumes: every corpus program compiles. Before measuring, examples/fib.c is compiled and verified once, not
counted, so one-time costs (importing z3 and llvmlite, initialising LLVM) are not charged to the first program.
The verifier's caches (the effects of each instruction, `verifier.effects`; the skeletons and shapes check 3
proved, `verifier.selection`) persist across programs, as they do across the functions of one `pvmc` run, so a
single `pvmc compile --verify` of one small program pays more per function than these totals show; `--cold`
empties them before each program (`verifier.verify.clear_caches`) and measures what that single run pays.

Guarantees: nothing is written. Exit status 0 when every function of every program is proved, 1 otherwise (the
table is printed either way).

Usage: .venv/bin/python benchmarks/verify_speed.py [--mode none|linear-scan|both] [-O N] [--timeout SECONDS]
       [--cold] [--json]
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tabulate import tabulate  # noqa: E402

from pvm_backend.driver import compile_file  # noqa: E402
from pvm_backend.driver import BuildOptions  # noqa: E402
from verifier import DEFAULT_TIMEOUT_MS, FunctionVerdict, verify_build  # noqa: E402
from verifier.verify import clear_caches  # noqa: E402
from verifier.checks import REGISTRY  # noqa: E402

SLOWEST = 8
"""How many of the slowest functions to list."""


def corpus() -> list[Path]:
    """Every corpus program, in a fixed order."""
    tests = REPO / "tests"
    regalloc = sorted(p for p in (tests / "regalloc").iterdir() if p.suffix in (".c", ".wat", ".ll"))
    return (sorted((tests / "programs").glob("*.c")) + sorted((tests / "wat").glob("*.wat")) + regalloc
            + sorted((REPO / "examples").glob("*.c")))


@dataclass
class ModeRun:
    """Measurements of one allocation mode over the corpus."""

    mode: str
    """`--regalloc` value."""
    compile_seconds: float = 0.0
    """Sum over programs of the compile time (seconds)."""
    verify_seconds: float = 0.0
    """Sum over programs of the `verify_build` time (seconds)."""
    verdicts: list[tuple[str, FunctionVerdict]] = field(default_factory=list)
    """(program, verdict) for every function."""
    programs: list[tuple[str, float, float]] = field(default_factory=list)
    """(program, compile seconds, verify seconds) for every program."""


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile: the ceil(fraction·n)-th smallest value (0 for no values)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def measure(mode: str, paths: list[Path], opt_level: int, timeout_ms: int, cold: bool = False) -> ModeRun:
    run = ModeRun(mode)
    for path in paths:
        if cold:
            clear_caches()
        start = time.perf_counter()
        result = compile_file(path, entry="main", opt_level=opt_level, options=BuildOptions(regalloc=mode))
        middle = time.perf_counter()
        verdicts = verify_build(result.build, timeout_ms)
        end = time.perf_counter()
        run.compile_seconds += middle - start
        run.verify_seconds += end - middle
        name = str(path.relative_to(REPO))
        run.programs.append((name, middle - start, end - middle))
        run.verdicts.extend((name, v) for v in verdicts)
    return run


def summary(label: str, runs: list[ModeRun]) -> dict[str, object]:
    """The numbers of one table row (`runs`: one mode, or all of them)."""
    verdicts = [v for run in runs for _, v in run.verdicts]
    seconds = [v.seconds for v in verdicts]
    compile_s = sum(r.compile_seconds for r in runs)
    verify_s = sum(r.verify_seconds for r in runs)
    proved = sum(1 for v in verdicts if v.proved)
    refuted = sum(1 for v in verdicts if v.refuted)
    per_check = {check.name: round(sum(c.seconds for v in verdicts for c in v.checks if c.name == check.name), 3)
                 for check in REGISTRY}
    return {"mode": label, "functions": len(verdicts), "proved": proved, "refuted": refuted,
            "unknown": len(verdicts) - proved - refuted, "check_s": per_check,
            "check_over_compile": {name: round(t / compile_s, 3) if compile_s else None
                                   for name, t in per_check.items()},
            "median_s": round(statistics.median(seconds), 4) if seconds else 0.0,
            "p95_s": round(percentile(seconds, 0.95), 4), "max_s": round(max(seconds, default=0.0), 4),
            "compile_s": round(compile_s, 3), "verify_s": round(verify_s, 3),
            "ratio": round((compile_s + verify_s) / compile_s, 3) if compile_s else None,
            "max_program_ratio": round(max(program_ratios(runs), default=0.0), 3),
            "programs_over_2x": sum(1 for r in program_ratios(runs) if r > 2)}


def program_ratios(runs: list[ModeRun]) -> list[float]:
    """Per program and mode: (compile + verify) / compile, the ratio of its `compile --verify` time to its plain
    `compile` time (issue 17: at most 2 on every corpus program)."""
    return [(c + v) / c for run in runs for _, c, v in run.programs if c > 0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--mode", choices=("none", "linear-scan", "both"), default="both")
    parser.add_argument("-O", dest="opt_level", type=int, default=2, choices=range(4))
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT_MS / 1000,
                        help="z3 limit per function per check, per IR instruction for check 3, seconds "
                             "(default: the verifier's)")
    parser.add_argument("--cold", action="store_true",
                        help="empty the verifier's caches before each program (`verifier.verify.clear_caches`), as "
                             "one `pvmc compile --verify` of that program in a fresh process starts")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    modes = ["none", "linear-scan"] if args.mode == "both" else [args.mode]
    timeout_ms = max(1, round(args.timeout * 1000))
    paths = corpus()

    warm = compile_file(REPO / "examples" / "fib.c")
    verify_build(warm.build, timeout_ms)

    runs = [measure(mode, paths, args.opt_level, timeout_ms, args.cold) for mode in modes]
    rows = [summary(run.mode, [run]) for run in runs]
    if len(runs) > 1:
        rows.append(summary("all", runs))
    everything = [(run.mode, program, v) for run in runs for program, v in run.verdicts]
    slowest = sorted(everything, key=lambda t: -t[2].seconds)[:SLOWEST]
    dearest = sorted(((run.mode, name, (c + v) / c, c, v) for run in runs for name, c, v in run.programs if c > 0),
                     key=lambda t: -t[2])[:SLOWEST]
    failing = [(mode, program, v) for mode, program, v in everything if not v.proved]

    if args.json:
        print(json.dumps({"programs": len(paths), "opt_level": args.opt_level, "timeout_seconds": args.timeout,
                          "rows": rows,
                          "slowest": [{"mode": m, "program": p, "function": v.name, "values": v.values,
                                       "seconds": round(v.seconds, 4)} for m, p, v in slowest],
                          "highest_ratios": [{"mode": m, "program": p, "ratio": round(r, 3), "compile_s": round(c, 3),
                                              "verify_s": round(v, 3)} for m, p, r, c, v in dearest],
                          "not_proved": [{"mode": m, "program": p, **v.as_json()} for m, p, v in failing]},
                         indent=2))
    else:
        print(f"{len(paths)} programs, -O{args.opt_level}, z3 limit {args.timeout:g} s per function per check "
              "(per IR instruction for check 3)"
              + (", the verifier's caches emptied before each program (--cold)" if args.cold else ""))
        print(tabulate([[r["mode"], r["functions"], r["proved"], r["refuted"], r["unknown"], r["median_s"],
                         r["p95_s"], r["max_s"], r["compile_s"], r["verify_s"], r["ratio"], r["max_program_ratio"],
                         r["programs_over_2x"]] for r in rows],
                       headers=["mode", "functions", "proved", "refuted", "unknown", "median s", "p95 s", "max s",
                                "compile s", "verify s", "(compile+verify)/compile", "per program: max",
                                "over 2"]))
        print()
        names = [check.name for check in REGISTRY]
        print(tabulate([[r["mode"], r["compile_s"]] + [f"{r['check_s'][n]:.3f} ({r['check_over_compile'][n]}x)"
                                                       for n in names] for r in rows],
                       headers=["mode", "compile s"] + [f"check {k + 1} {n} s (/compile)"
                                                        for k, n in enumerate(names)]))
        print()
        print(tabulate([[m, p, v.name, v.values, f"{v.seconds:.3f}"] for m, p, v in slowest],
                       headers=["mode", "program", "slowest functions", "values", "seconds"]))
        print()
        print(tabulate([[m, p, f"{r:.2f}", f"{c:.3f}", f"{v:.3f}"] for m, p, r, c, v in dearest],
                       headers=["mode", "program", "(compile+verify)/compile", "compile s", "verify s"]))
        for m, p, v in failing:
            detail = v.counterexample.describe() if v.counterexample else f"unknown ({v.reason})"
            print(f"NOT PROVED [{m}] {p} {v.name}: {detail}", file=sys.stderr)
    return 0 if not failing else 1


if __name__ == "__main__":
    sys.exit(main())
