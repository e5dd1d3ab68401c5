"""Gas used with `--regalloc none` vs `--regalloc linear-scan` for every corpus program that has loops.

What it does: for each corpus program (C: tests/programs/*.c with their `// args:` cases; WAT: tests/wat/*.wat
and tests/wat/bench/*.wat with their `;; args:` cases), `compile_file(path, entry="main", opt_level=N)` with
`BuildOptions(regalloc=LINEAR_SCAN)`; the program qualifies when some function reachable from the entry (the
linked functions, `build.emitted`) has a back-edge in the emitter's block order
(`regalloc_problem.build_problem` + `linear_scan.analyse(...).has_back_edges`, the allocator's own eligibility
rule). A qualifying program is compiled again with `--regalloc none`, and every case runs on pvmc's interpreter
(`run_spi`, JIP-1 log host call serviced as in the corpus tests) in both builds. Printed:
- one row per program and case: gas used (GP A.44: initial gas minus gas left) in each mode and the change
  `(linear-scan - none) / none` in percent (negative = allocation saves gas); on the first row of each program,
  its allocator numbers summed over its functions: `allocated_values`, `allocatable_regs` (AllocationStats) and
  the lowering counters `alloc_load_hits`, `reloads`, `invalidations`, `dse_removed` (LoweringCounters);
- a summary: geometric mean of the per-case gas ratios (as a change in percent), the change of the total gas
  of all cases, the best and worst case, and the programs where allocation costs gas in at least one case.

Assumes: every corpus program compiles in both modes; `tests/` is importable for the corpus helpers
(tests/support/corpus.py, tests/wasm/wasm_harness.py). `tests` goes on sys.path only after `pvm_backend` and
`linear_scan` are imported, because tests/linear_scan would otherwise shadow the real package.

Guarantees: both modes must give the same status, output and host-call log for every case; otherwise a
`MISMATCH` line per case goes to stderr after the table and the script exits with status 1. Host calls other
than JIP-1 log (id 100) stop the run (Status.HOST) in both modes alike.

Usage: .venv/bin/python benchmarks/regalloc_gas.py [--corpus c|wat|all] [-O N] [--format FMT] [--json]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tabulate import tabulate  # noqa: E402

from linear_scan import analyse  # noqa: E402
from pvm_backend.driver import CompileResult, compile_file  # noqa: E402
from pvm_backend.errors import PvmcError  # noqa: E402
from pvm_backend.interpreter import RunResult, jip1_log_handler, run_spi  # noqa: E402
from pvm_backend.driver import BuildOptions  # noqa: E402
from pvm_backend.regalloc_problem import build_problem  # noqa: E402

# Only now: tests/linear_scan must not shadow the linear_scan package imported above.
sys.path.append(str(REPO / "tests"))
sys.path.append(str(REPO / "tests" / "wasm"))
from support.both_pvms import GAS  # noqa: E402
from support.corpus import cases_of, program_files  # noqa: E402
from wasm_harness import WAT_DIR, load_program  # noqa: E402

ARGS_WIDTH = 16
"""Characters of the hex argument column."""


@dataclass(frozen=True)
class Program:
    """One corpus program and its input cases."""

    name: str
    """Path relative to tests/ (e.g. `programs/sort.c`, `wat/bench/fib.wat`)."""
    path: Path
    """The source file."""
    cases: tuple[bytes, ...]
    """Argument bytes of each case, in file order."""


@dataclass(frozen=True)
class AllocatorTotals:
    """The allocator's numbers of one program (linear-scan build), summed over its functions."""

    allocated_values: int = 0
    """Values holding a register (AllocationStats.allocated_values)."""
    allocatable_regs: int = 0
    """Registers available to the allocator (AllocationStats.allocatable_regs)."""
    alloc_load_hits: int = 0
    """Operand reads served by the allocated register."""
    reloads: int = 0
    """Lazy reloads of a slot into its register."""
    invalidations: int = 0
    """Register mappings dropped after real calls."""
    dse_removed: int = 0
    """Slot stores removed by dead store elimination."""


@dataclass(frozen=True)
class CaseRow:
    """One program and input case measured in both modes."""

    program: str
    """Program name (see Program.name)."""
    case: int
    """0-based index of the case among the program's args lines."""
    args: str
    """Argument bytes in hex (full)."""
    status: str
    """Exit status (the same in both modes unless `mismatch`)."""
    gas_none: int
    """Gas used with `--regalloc none`."""
    gas_linear_scan: int
    """Gas used with `--regalloc linear-scan`."""
    mismatch: str = ""
    """Empty when both modes agree on status, output and log; else what differs."""

    @property
    def ratio(self) -> float:
        """gas_linear_scan / gas_none (1.0 when both are 0; a run uses at least one instruction's gas)."""
        if self.gas_none == 0:
            return 1.0 if self.gas_linear_scan == 0 else math.inf
        return self.gas_linear_scan / self.gas_none

    @property
    def change_percent(self) -> float:
        """(linear-scan - none) / none in percent; negative when allocation saves gas."""
        return (self.ratio - 1.0) * 100.0


@dataclass(frozen=True)
class ProgramResult:
    """A qualifying program: its cases and allocator numbers."""

    program: str
    """Program name."""
    looping_functions: tuple[str, ...]
    """Reachable functions with a back-edge."""
    totals: AllocatorTotals
    """Allocator numbers of the linear-scan build."""
    rows: tuple[CaseRow, ...] = field(default=())
    """One row per case."""


def discover(corpus: str) -> list[Program]:
    """The programs of `corpus` (`c`, `wat` or `all`), each with its cases."""
    programs: list[Program] = []
    tests = REPO / "tests"
    if corpus in ("c", "all"):
        for source in program_files():
            programs.append(Program(str(source.relative_to(tests)), source,
                                    tuple(case.args for case in cases_of(source))))
    if corpus in ("wat", "all"):
        for source in sorted(WAT_DIR.glob("*.wat")) + sorted((WAT_DIR / "bench").glob("*.wat")):
            programs.append(Program(str(source.relative_to(tests)), source, load_program(source).inputs))
    return programs


def compile_mode(path: Path, mode: str, opt_level: int) -> CompileResult:
    """`pvmc compile --regalloc <mode> -O<opt_level>` of `path` with entry `main`."""
    return compile_file(path, entry="main", opt_level=opt_level, options=BuildOptions(regalloc=mode))


def looping_functions(result: CompileResult) -> tuple[str, ...]:
    """Names of the linked (reachable) functions whose emitter block order has a back-edge."""
    linked = {emitted.name for emitted in result.build.emitted}
    return tuple(fn.name for fn in result.module.functions
                 if fn.name in linked and not fn.is_declaration
                 and analyse(build_problem(fn)).has_back_edges)


def allocator_totals(result: CompileResult) -> AllocatorTotals:
    """Sum the allocation statistics and lowering counters over the functions of `result`."""
    totals = {f.name: 0 for f in fields(AllocatorTotals)}
    for stats in result.build.functions:
        if stats.allocation is not None:
            totals["allocated_values"] += stats.allocation.allocated_values
            totals["allocatable_regs"] += stats.allocation.allocatable_regs
        for name in ("alloc_load_hits", "reloads", "invalidations", "dse_removed"):
            totals[name] += getattr(stats.counters, name)
    return AllocatorTotals(**totals)


def _run(result: CompileResult, args: bytes) -> RunResult:
    return run_spi(result.program, args, GAS, host_calls=jip1_log_handler)


def _difference(none: RunResult, allocated: RunResult) -> str:
    """What differs between the two runs' observable results ('' when nothing)."""
    parts = []
    if none.status is not allocated.status:
        parts.append(f"status {none.status.value} vs {allocated.status.value}")
    if none.output != allocated.output:
        parts.append(f"output {none.output.hex()} vs {allocated.output.hex()}")
    if none.log != allocated.log:
        parts.append(f"log {list(none.log)} vs {list(allocated.log)}")
    return "; ".join(parts)


def measure(program: Program, opt_level: int) -> ProgramResult | None:
    """Measure one program in both modes; None when no reachable function has a loop."""
    allocated = compile_mode(program.path, "linear-scan", opt_level)
    loops = looping_functions(allocated)
    if not loops:
        return None
    baseline = compile_mode(program.path, "none", opt_level)
    rows = []
    for index, args in enumerate(program.cases):
        none_run, ls_run = _run(baseline, args), _run(allocated, args)
        rows.append(CaseRow(program.name, index, args.hex(), ls_run.status.value, none_run.gas_used,
                            ls_run.gas_used, _difference(none_run, ls_run)))
    return ProgramResult(program.name, loops, allocator_totals(allocated), tuple(rows))


def _short_hex(text: str) -> str:
    if not text:
        return "(empty)"
    return text if len(text) <= ARGS_WIDTH else text[:ARGS_WIDTH - 1] + "…"


def table(results: list[ProgramResult], fmt: str) -> str:
    """The per-case table; allocator numbers appear on the first row of each program."""
    body = []
    for result in results:
        for row in result.rows:
            t = result.totals
            numbers = ((t.allocated_values, t.allocatable_regs, t.alloc_load_hits, t.reloads, t.invalidations,
                        t.dse_removed) if row.case == 0 else ("",) * 6)
            body.append((result.program if row.case == 0 else "", _short_hex(row.args), row.status, row.gas_none,
                         row.gas_linear_scan, f"{row.change_percent:+.1f}", *numbers))
    headers = ["program", "args", "status", "gas none", "gas linear-scan", "change %", "alloc values",
               "alloc regs", "load hits", "reloads", "invalidations", "dse removed"]
    return tabulate(body, headers=headers, tablefmt=fmt, intfmt=",", disable_numparse=True,
                    colalign=("left", "left", "left") + ("right",) * 9)


def summary(results: list[ProgramResult]) -> dict[str, object]:
    """Geometric-mean change over all cases, best and worst case, programs where allocation costs gas."""
    rows = [row for result in results for row in result.rows]
    if not rows:
        return {"programs_with_loops": 0, "cases": 0}
    geomean = math.exp(sum(math.log(row.ratio) for row in rows) / len(rows))
    best = min(rows, key=lambda r: r.ratio)
    worst = max(rows, key=lambda r: r.ratio)
    costly = []
    for result in results:
        worse = [row for row in result.rows if row.gas_linear_scan > row.gas_none]
        if worse:
            top = max(worse, key=lambda r: r.ratio)
            costly.append({"program": result.program, "cases_costing": len(worse), "cases": len(result.rows),
                           "worst_case": top.case, "worst_change_percent": round(top.change_percent, 2),
                           "extra_gas": top.gas_linear_scan - top.gas_none})
    total_none = sum(row.gas_none for row in rows)
    total_change = (sum(row.gas_linear_scan for row in rows) - total_none) / total_none * 100.0
    return {"programs_with_loops": len(results), "cases": len(rows),
            "geomean_change_percent": round((geomean - 1.0) * 100.0, 2),
            "total_gas_change_percent": round(total_change, 2),
            "best": {"program": best.program, "case": best.case, "change_percent": round(best.change_percent, 2)},
            "worst": {"program": worst.program, "case": worst.case,
                      "change_percent": round(worst.change_percent, 2)},
            "costing_programs": costly,
            "mismatches": sum(bool(row.mismatch) for row in rows)}


def _print_summary(info: dict[str, object], skipped: list[str], opt_level: int) -> None:
    print(f"\n-O{opt_level}; gas on pvmc's interpreter; {info['programs_with_loops']} programs with loops, "
          f"{info['cases']} cases; skipped (no loop in a reachable function): {', '.join(skipped) or '-'}")
    if not info["cases"]:
        return
    best, worst = info["best"], info["worst"]
    assert isinstance(best, dict) and isinstance(worst, dict)
    print(f"geometric-mean change: {info['geomean_change_percent']:+.2f}% over cases; "
          f"total gas of all cases: {info['total_gas_change_percent']:+.2f}%")
    print(f"best:  {best['program']} case {best['case']}: {best['change_percent']:+.2f}%")
    print(f"worst: {worst['program']} case {worst['case']}: {worst['change_percent']:+.2f}%")
    costly = info["costing_programs"]
    assert isinstance(costly, list)
    if not costly:
        print("allocation costs gas in: no program")
    for item in costly:
        print(f"allocation costs gas in: {item['program']} ({item['cases_costing']}/{item['cases']} cases; "
              f"worst case {item['worst_case']}: {item['worst_change_percent']:+.2f}%, "
              f"+{item['extra_gas']} gas)")


def main() -> int:
    """Run the benchmark; returns the exit status (1 on a mismatch between the modes, 2 on a compile error)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=("c", "wat", "all"), default="all", help="which corpus (all)")
    parser.add_argument("-O", dest="opt_level", type=int, default=2, choices=range(4), help="LLVM -O level (2)")
    parser.add_argument("--format", default="github", help="tabulate table format (github)")
    parser.add_argument("--json", action="store_true", help="print rows, programs and summary as JSON")
    args = parser.parse_args()
    results: list[ProgramResult] = []
    skipped: list[str] = []
    for program in discover(args.corpus):
        try:
            result = measure(program, args.opt_level)
        except PvmcError as exc:
            print(f"{program.name}: compile error: {exc}", file=sys.stderr)
            return 2
        if result is None:
            skipped.append(program.name)
        else:
            results.append(result)
    info = summary(results)
    if args.json:
        print(json.dumps({
            "opt_level": args.opt_level,
            "rows": [{**asdict(row), "change_percent": round(row.change_percent, 2)}
                     for result in results for row in result.rows],
            "programs": [{"program": r.program, "looping_functions": list(r.looping_functions),
                          **asdict(r.totals)} for r in results],
            "skipped": skipped, "summary": info}, indent=2))
    else:
        print(table(results, args.format))
        _print_summary(info, skipped, args.opt_level)
    mismatches = [row for result in results for row in result.rows if row.mismatch]
    for row in mismatches:
        print(f"MISMATCH {row.program} case {row.case} (args {row.args or '(empty)'}): {row.mismatch}",
              file=sys.stderr)
    if mismatches:
        print(f"MISMATCH: {len(mismatches)} case(s) differ between --regalloc none and linear-scan",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
