"""The `pvmc report` command group: `report soundness` and `report allocation`.

What it does: `register(subparsers)` adds `report` with its sub-commands to the `pvmc` parser
(pvm_backend/cli.py calls it). Each handler imports its report module only when it runs, so building the parser
loads neither the compiler nor z3 beyond what `import verifier` does.

Assumes: `subparsers` comes from `add_subparsers` of pvm_backend/cli.py, whose parser class exits with code 2
and one line on a usage error, and whose `main` turns a `PvmcError` from a handler into one line on stderr and
exit code 2.

Guarantees: every option's help says what it does; each sub-command's help states its exit codes. The handlers
return the report modules' exit codes (`verifier.reports.soundness.run`, `verifier.reports.allocation.run`).

Namespace of `report allocation` (for `verifier.reports.allocation.run(args) -> int`): `inputs` (list of str),
`output` (str or None), `json` (bool), `html` (bool; never both), `timeout` (float seconds per function),
`jobs` (int >= 1), `scheduler` (str or None), `quiet` (bool), `registers` (a `RegisterModel` value).
`report soundness` has the same `inputs`, `output`, `json`, `timeout`, `jobs`, `scheduler`, `quiet`, and
`regalloc`.

`--scheduler ADDRESS` (both reports) runs every program on the Dask distributed cluster whose scheduler listens at
ADDRESS instead of on local worker processes (`verifier.reports.pool`); it and `--jobs` are mutually exclusive (a
usage error when both are given: the cluster's workers decide the parallelism). `distributed` is imported only
when the option is given.
"""

from __future__ import annotations

import argparse
from typing import Any

from pvm_backend.abi import DEFAULT_REGISTER_MODEL, RegisterModel
from pvm_backend.allocators import DEFAULT_MODE, MODES
from pvm_backend.options import DEFAULT_JOBS, DEFAULT_TIMEOUT_SECONDS as DEFAULT_TIMEOUT, positive_jobs, positive_seconds
from verifier.reports.pool import CONNECT_SECONDS

_INPUTS_HELP = ("a corpus manifest (.toml: programs, entry, -O level, inputs; tests/corpus.toml is the project's) or "
                "a source file (.c, .ll, .bc, .wat, .wasm; entry main, -O2, no inputs); several may be given")
_EXIT_CODES = """\
exit codes:
  0  every function of every program proved
  1  some function refuted or unknown (unknown: z3 ran out of time, never counted as proved), or some program
     failed to compile (listed in the report as an error); the report is still written
  2  bad input or usage (missing file, bad manifest, unknown PVMC_FAULT, --scheduler unreachable, --scheduler
     with --jobs): one line on stderr, nothing written"""


def _cmd_soundness(args: argparse.Namespace) -> int:
    from verifier.reports.soundness import run

    return run(_default_jobs(args))


def _cmd_allocation(args: argparse.Namespace) -> int:
    from verifier.reports.allocation import run
    from verifier.reports.allocation_html import to_html

    return run(_default_jobs(args), to_html)


def _default_jobs(args: argparse.Namespace) -> argparse.Namespace:
    """`--jobs` defaults to None in the parser, so that argparse sees `--jobs N --scheduler A` as a conflict even
    when N is the default (it compares with the default by identity); the handlers get DEFAULT_JOBS."""
    if args.jobs is None:
        args.jobs = DEFAULT_JOBS
    return args


def _add_parallelism(parser: argparse.ArgumentParser, jobs_help: str) -> None:
    """`--jobs N` or `--scheduler ADDRESS`, never both (argparse's usage error, exit code 2)."""
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--jobs", "-j", type=positive_jobs, default=None, metavar="N", help=jobs_help)
    where.add_argument("--scheduler", metavar="ADDRESS",
                       help="run every program on the Dask distributed cluster whose scheduler listens at ADDRESS "
                            "(e.g. tcp://10.0.0.5:8786) instead of on local processes; not with --jobs (the "
                            "cluster's workers set the parallelism); every worker must import the same pvmc "
                            "checkout and see the programs at the same paths (reports/README.md); an unreachable "
                            f"scheduler is a usage error (exit code 2) after {CONNECT_SECONDS:g} s")


def register(subparsers: Any) -> None:
    """Add `report` (sub-commands `soundness`, `allocation`) to `subparsers` (an argparse subparsers action)."""

    report = subparsers.add_parser(
        "report", help="reports over whole corpora: soundness (nightly) and heuristic-vs-optimal allocation",
        description="Reports over whole corpora, read from a corpus manifest (tests/corpus.toml) or source files: "
                    "`soundness` compiles and verifies every function; `allocation` compares linear scan's "
                    "register allocation with the optimum. See `pvmc report COMMAND --help`.")
    group = report.add_subparsers(dest="report", metavar="REPORT", required=True)

    s = group.add_parser(
        "soundness", help="compile every program, verify every function, summarise proved/refuted/unknown",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="""\
Compile every program of INPUT (manifests and source files) and verify every function with z3: check 1, the
register allocation respects its contract; check 2, the emitted code reads on every path the value the IR says;
check 3, the instructions emitted for each IR instruction compute what it computes (as `pvmc verify` does).
Programs run in parallel on --jobs worker processes (or on a Dask cluster's workers, --scheduler), with a
progress bar on stderr when it is a terminal. Prints
Markdown (through tabulate): the proved / refuted / unknown counts with timings, every refutation with its
counterexample, every unknown, every program that failed to compile, the slowest functions and a per-program
table. A function counts as proved only if every check (allocation, code, selection) proved.

""" + _EXIT_CODES)
    s.add_argument("inputs", nargs="+", metavar="INPUT", help=_INPUTS_HELP)
    s.add_argument("-o", "--output", metavar="FILE",
                   help="write the report to FILE (atomically: a temporary name renamed into place) instead of "
                        "stdout, and print the summary line; nothing is written on bad input")
    s.add_argument("--json", action="store_true",
                   help='JSON instead of Markdown: {"summary": {"proved", "refuted", "unknown", "errors", '
                        '"programs", "functions", "regalloc", "timeout_seconds", "compile_seconds", '
                        '"verify_seconds", "wall_seconds"}, "functions": [{"program", "function", "allocation", '
                        '"code", "seconds", "counterexample", "checks": [{"name", "status", "seconds", '
                        '"violations"}]}], "errors": [{"program", "error"}]}; allocation and code are proved, '
                        'refuted or unknown (an unknown function also has "reason"); checks has one entry per '
                        'registered check, with every violation')
    s.add_argument("--regalloc", choices=MODES, default=DEFAULT_MODE,
                   help="register allocator every program is compiled with, as `pvmc compile --regalloc` "
                        f"(default: {DEFAULT_MODE})")
    s.add_argument("--timeout", type=positive_seconds, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                   help="z3 time limit per function for checks 1 and 2 (per started 10,000 IR instructions in larger "
                        "functions), per IR instruction for check 3 (default: "
                        f"{DEFAULT_TIMEOUT:g}); a check that runs "
                        "out of time is unknown, which fails the report")
    _add_parallelism(s, f"worker processes, one program at a time each (default: all cores, {DEFAULT_JOBS} here; "
                        "1 runs in this process); the report is the same for any N apart from timings")
    s.add_argument("--quiet", "-q", action="store_true",
                   help="no progress bar and, with -o, no summary line (the bar is also off when stderr is not a "
                        "terminal)")
    s.set_defaults(handler=_cmd_soundness)

    a = group.add_parser(
        "allocation", help="linear scan vs the optimal register allocation: objective, gap, measured gas",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="""\
Per function: candidate values, available registers, linear scan's and the optimal allocation's objective
(estimated gas saved), the gap in percent, the solver status (optimal, bounded, timeout) and time. For a
manifest with inputs, also per program and input: the gas measured with --regalloc none, linear-scan and
optimal. Markdown through tabulate by default.

exit codes:
  0  the report was produced
  1  see the report (e.g. a program failed to compile)
  2  bad input or usage (--scheduler unreachable, --scheduler with --jobs): one line on stderr, nothing
     written""")
    a.add_argument("inputs", nargs="+", metavar="INPUT",
                   help=_INPUTS_HELP + "; a manifest's inputs add the measured-gas table")
    a.add_argument("-o", "--output", metavar="FILE",
                   help="write the report to FILE (atomically) instead of stdout")
    form = a.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true",
                      help='JSON: {"register_model", "functions": [{"program", "function", "candidates", "registers", "linear_scan", '
                           '"optimal", "gap_percent", "status", "seconds"}], "programs": [{"program", "args", '
                           '"gas_none", "gas_linear_scan", "gas_optimal"}]}')
    form.add_argument("--html", action="store_true",
                      help="HTML with, per function, the live intervals on register lanes: linear scan's "
                           "assignment beside the optimal one (SVG)")
    a.add_argument("--timeout", type=positive_seconds, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                   help=f"z3 time limit per function for the optimal allocation (default: {DEFAULT_TIMEOUT:g}); "
                        "when it runs out the status is bounded or timeout")
    a.add_argument("--registers", choices=[m.value for m in RegisterModel], default=DEFAULT_REGISTER_MODEL.value,
                   help="register model both allocators are given (as `pvmc compile --registers`; default: "
                        f"{DEFAULT_REGISTER_MODEL.value})")
    _add_parallelism(a, f"worker processes (default: all cores, {DEFAULT_JOBS} here)")
    a.add_argument("--quiet", "-q", action="store_true",
                   help="no progress bar and, with -o, no summary line (the bar is also off when stderr is not a "
                        "terminal)")
    a.set_defaults(handler=_cmd_allocation)
