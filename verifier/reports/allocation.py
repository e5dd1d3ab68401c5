"""The heuristic-vs-optimal allocation tables: linear scan's register allocation against z3's optimum.

What it does: `allocation_report(programs, ...)` compiles each program twice, with `--regalloc linear-scan`
and `--regalloc optimal` (`pvm_backend.driver.compile_file`), one program per task on the reports' process
pool (`pool.run_programs`: local worker processes, or a Dask cluster's workers with `scheduler`), and per
emitted function scores linear scan's allocation by the optimiser's own objective (`verifier.optimal.score`
with the weights the optimal build measured), so the two compare:

    gap_percent = 100 * (bound - linear_scan) / bound        (0 when the bound is 0; the bound is the optimum
                                                             when proved optimal, z3's upper bound when bounded)

and per input the measured gas the same way round, positive where the optimal build does better:

    gas gap % = 100 * (gas linear-scan - gas optimal) / gas linear-scan

For a program with inputs (a manifest's) it also compiles with `--regalloc none` and runs every input on the
three programs as `pvmc run` does (`pvm_backend.interpreter.run_spi`, the JIP-1 log host call serviced, gas
limit `pvm_backend.options.DEFAULT_GAS`), recording the gas used (GP A.44). For the HTML variant each function also
carries the live ranges of the values either allocation puts in a register (`live_lanes.live_picture`);
`allocation_html.to_html` draws them.

`to_markdown` (tabulate) and `to_json` render the report; `run(args)` is `pvmc report allocation`.

Assumes: the programs exist with suffixes the driver accepts (`manifest.load_inputs` checks this up front).

Guarantees: results are in input order (programs as listed, functions in emission order, inputs in listed
order) whatever `jobs` is, so two runs differ only in timings (and, for functions whose optimisation runs out
of time, in what z3 found); the builds measured are the ones `pvmc compile` writes for the same file and
options. A program that fails to compile (any error raised while compiling or scoring it) is listed with its
one-line error, never dropped; so is one whose three builds disagree on an input's exit status
or output (a miscompile). `run` returns 0 when every program compiled and agreed, 1 otherwise, and raises
`InputError` (exit 2, nothing written) for bad input before any work.
"""

from __future__ import annotations

import argparse
import functools
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tabulate import tabulate

from pvm_backend.abi import DEFAULT_REGISTER_MODEL, RegisterModel
from pvm_backend.driver import BuildOptions, CompileResult, compile_file
from pvm_backend.errors import PvmcError
from pvm_backend.faults import NO_FAULTS, Faults
from pvm_backend.interpreter import jip1_log_handler, run_spi
from pvm_backend.linker import FunctionStats
from pvm_backend.options import DEFAULT_GAS, DEFAULT_TIMEOUT_SECONDS, milliseconds
from verifier.optimal import score

from .live_lanes import LivePicture, live_picture
from .manifest import ManifestProgram, load_inputs
from .output import check_output, emit, plural
from .pool import progress_bar, run_programs
from .soundness import program_name

EXIT_OK = 0
EXIT_FAILED = 1
MODES = ("none", "linear-scan", "optimal")
"""The `--regalloc` modes whose gas is measured, in table order."""


@dataclass(frozen=True, slots=True)
class FunctionRow:
    """One function: both allocations and their objectives."""

    program: str
    """The program as reported (`soundness.program_name`)."""
    function: str
    """Function name."""
    candidates: int
    """Values that could take a register."""
    registers: tuple[int, ...]
    """Registers available to any value in this function (a subset of r9-r12; of r5-r12 under the full model)."""
    linear_scan: int
    """Linear scan's allocation scored by the optimiser's objective (estimated gas saved; may be negative)."""
    optimal: int
    """The optimiser's objective (estimated gas saved)."""
    bound: int
    """Proven upper bound on the objective (equals `optimal` when the status is optimal)."""
    status: str
    """"optimal", "bounded" or "timeout" (`verifier.optimal.OptimalStatus`)."""
    seconds: float
    """Wall time of the optimisation (seconds)."""
    linear_assignment: tuple[tuple[int, int], ...]
    """Linear scan's (value id, register) pairs."""
    optimal_assignment: tuple[tuple[int, int], ...]
    """The optimum's (value id, register) pairs."""
    picture: LivePicture
    """Live ranges of the allocated values (for the HTML report)."""

    @property
    def gap_percent(self) -> float | None:
        """How far linear scan may be from the optimum, in percent: 100 * (bound - linear_scan) / bound, against
        the proven bound (the optimum itself when proved optimal, the proven upper bound when bounded), 0 when
        the bound is 0; None for ``timeout`` (the gas model was not measured in time: nothing is known)."""
        if self.status == "timeout":
            return None
        return 0.0 if self.bound == 0 else 100.0 * (self.bound - self.linear_scan) / self.bound


@dataclass(frozen=True, slots=True)
class GasRow:
    """One input of one program run with each allocator."""

    program: str
    """The program as reported."""
    args: bytes
    """The input (SPI argument bytes, GP A.7)."""
    gas: tuple[int, int, int]
    """Gas used with none, linear-scan and optimal (`MODES`), GP A.44."""
    status: str
    """The exit status all three runs share (``halt``, ``panic``, ...), or how they differ."""
    agree: bool
    """Whether the three runs ended with the same status and output."""

    @property
    def optimal_dearer(self) -> bool:
        """Whether the optimal build used more gas than linear scan's on this input (flagged in the report)."""
        return self.gas[2] > self.gas[1]


@dataclass(frozen=True, slots=True)
class ProgramOutcome:
    """One program: its functions and runs, or why it failed."""

    program: str
    """The program as reported."""
    functions: tuple[FunctionRow, ...] = ()
    """One row per emitted function, in emission order (empty when `error` is set)."""
    runs: tuple[GasRow, ...] = ()
    """One row per input (empty without inputs or when `error` is set)."""
    seconds: float = 0.0
    """Wall time of compiling (three builds at most) and running it (seconds)."""
    error: str = ""
    """The one-line error when it failed to compile; empty otherwise."""


@dataclass(frozen=True, slots=True)
class AllocationReport:
    """The whole report."""

    inputs: tuple[str, ...]
    """The INPUT arguments as given."""
    outcomes: tuple[ProgramOutcome, ...]
    """One per program, in input order."""
    timeout_seconds: float
    """z3's limit per function (seconds)."""
    jobs: int
    """Worker processes used."""
    wall_seconds: float
    """Wall time of the whole run (seconds)."""
    model: RegisterModel = DEFAULT_REGISTER_MODEL
    """The register model both allocators were given (`--registers`)."""
    scheduler: str | None = None
    """The Dask scheduler the programs ran on (`--scheduler`), None for the local pool (then `jobs` applies)."""
    functions: tuple[FunctionRow, ...] = field(init=False)
    """Every function row, in report order."""
    runs: tuple[GasRow, ...] = field(init=False)
    """Every gas row, in report order."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "functions", tuple(f for o in self.outcomes for f in o.functions))
        object.__setattr__(self, "runs", tuple(r for o in self.outcomes for r in o.runs))

    @property
    def failures(self) -> list[str]:
        """One line per program that failed to compile or whose builds disagree on an input."""
        lines = [f"{o.program}: {o.error}" for o in self.outcomes if o.error]
        return lines + [f"{r.program} with args {r.args.hex() or '(empty)'}: {r.status}"
                        for r in self.runs if not r.agree]


# ----------------------------------------------------------------------------------------- computing


def analyse_program(program: ManifestProgram, timeout_ms: int, faults: Faults = NO_FAULTS,
                    model: RegisterModel = DEFAULT_REGISTER_MODEL, base: Path | None = None) -> ProgramOutcome:
    """Compile `program` with linear scan and with the optimal allocator (z3 limit `timeout_ms` per function),
    both under the register `model` (the program named relative to `base`, `soundness.program_name`),
    compare every function, and with inputs also compile with none and measure each input's gas. Never raises
    for a program that fails: the error becomes `ProgramOutcome.error`."""
    name = program_name(program.path, base, program.opt_level)
    start = time.perf_counter()
    try:
        linear = _compile(program, "linear-scan", timeout_ms, faults, model)
        optimal = _compile(program, "optimal", timeout_ms, faults, model)
        builds = (_compile(program, "none", timeout_ms, faults, model), linear, optimal) if program.inputs else ()
    except PvmcError as exc:
        return ProgramOutcome(name, seconds=time.perf_counter() - start, error=f"compile: {exc}")
    except Exception as exc:  # a compiler bug must not sink the whole report
        return ProgramOutcome(name, seconds=time.perf_counter() - start,
                              error=f"compile: internal error: {_one_line(exc)}")
    try:
        rows = tuple(_function_row(name, stats, linear) for stats in optimal.build.functions)
        runs = tuple(_measure(name, args, builds) for args in program.inputs)
    except Exception as exc:  # likewise a bug in scoring or running: reported against its program
        return ProgramOutcome(name, seconds=time.perf_counter() - start,
                              error=f"report: internal error: {_one_line(exc)}")
    return ProgramOutcome(name, rows, runs, time.perf_counter() - start)


def _compile(program: ManifestProgram, mode: str, timeout_ms: int, faults: Faults,
             model: RegisterModel) -> CompileResult:
    return compile_file(program.path, entry=program.entry, opt_level=program.opt_level,
                        options=BuildOptions(regalloc=mode, registers=model, optimal_timeout_ms=timeout_ms,
                                             faults=faults))


def _one_line(exc: BaseException) -> str:
    return " ".join(f"{type(exc).__name__}: {exc}".split())


def _function_row(program: str, stats: FunctionStats, linear: CompileResult) -> FunctionRow:
    """The row of one function of the optimal build (`stats`) against linear scan's build of the same program.
    Raises RuntimeError when the two builds do not have the same functions."""
    result, objective = stats.allocation, stats.allocation.objective
    emitted = {e.name: e for e in linear.build.emitted}
    function = linear.module.function(stats.name)
    if objective is None or stats.name not in emitted or function is None:
        raise RuntimeError(f"{stats.name}: no optimal result, or no linear-scan build of it")
    weights = objective.weights
    linear_registers = tuple(sorted(emitted[stats.name].registers))
    picture = live_picture(function, dict(linear_registers), dict(result.registers), dict(weights.savings))
    return FunctionRow(program, result.function, result.summary.candidates, result.summary.available,
                       score(weights, dict(linear_registers)), objective.value, objective.bound, objective.status,
                       objective.seconds, linear_registers, tuple(result.registers), picture)


def _measure(program: str, args: bytes, builds: Sequence[CompileResult]) -> GasRow:
    """Run `args` on the none, linear-scan and optimal builds as `pvmc run` does (JIP-1 log serviced, gas limit
    `DEFAULT_GAS`)."""
    results = [run_spi(b.program, args, gas=DEFAULT_GAS, host_calls=jip1_log_handler) for b in builds]
    outcomes = {(r.status.value, r.output) for r in results}
    if len(outcomes) == 1:
        status = results[0].status.value
    else:
        status = "differ: " + "; ".join(f"{mode} {r.status.value} output {r.output.hex() or '(empty)'}"
                                        for mode, r in zip(MODES, results))
    gas = (results[0].gas_used, results[1].gas_used, results[2].gas_used)
    return GasRow(program, args, gas, status, len(outcomes) == 1)


def allocation_report(programs: Sequence[ManifestProgram], *, timeout_seconds: float = DEFAULT_TIMEOUT_SECONDS,
                      jobs: int = 1, progress: bool = False, inputs: Sequence[str] = (),
                      faults: Faults = NO_FAULTS, model: RegisterModel = DEFAULT_REGISTER_MODEL,
                      scheduler: str | None = None) -> AllocationReport:
    """Analyse `programs` on `jobs` processes, or on the Dask cluster at `scheduler` (`jobs` then unused)
    (`analyse_program`, z3 limit `timeout_seconds` per function, the test-only `faults` in every build, register
    `model`); `progress` shows a tqdm bar on stderr. Raises InputError when `scheduler` cannot be reached."""
    timeout_ms = milliseconds(timeout_seconds)
    start = time.perf_counter()
    outcomes: list[ProgramOutcome | None] = [None] * len(programs)
    bar = progress_bar(len(programs), "allocation") if progress else None

    def done(index: int, outcome: ProgramOutcome) -> None:
        outcomes[index] = outcome
        if bar is not None:
            rows = [f for o in outcomes if o is not None for f in o.functions]
            proved = sum(f.status == "optimal" for f in rows)
            bar.set_postfix_str(f"{len(rows)} functions, {proved} optimal", refresh=False)
            bar.update(1)

    try:
        task = functools.partial(analyse_program, timeout_ms=timeout_ms, faults=faults, model=model, base=Path.cwd())
        run_programs(task, programs, jobs=jobs, done=done, scheduler=scheduler)
    finally:
        if bar is not None:
            bar.close()
    return AllocationReport(tuple(inputs), tuple(o for o in outcomes if o is not None), timeout_seconds,
                            max(1, min(jobs, len(programs))), time.perf_counter() - start, model, scheduler)


# ----------------------------------------------------------------------------------------- rendering

def register_names(registers: Sequence[int]) -> list[str]:
    """``["r11", "r12"]`` for (11, 12)."""
    return [f"r{r}" for r in registers]


def status_counts(report: AllocationReport) -> dict[str, int]:
    """{"optimal", "bounded", "timeout"}: functions by solver status."""
    return {s: sum(f.status == s for f in report.functions) for s in ("optimal", "bounded", "timeout")}


def gap_summary(report: AllocationReport) -> dict[str, float]:
    """{"median", "mean", "max"} of `gap_percent` over every function with one (all 0 when there is none)."""
    gaps = [f.gap_percent for f in report.functions if f.gap_percent is not None] or [0.0]
    return {"median": statistics.median(gaps), "mean": statistics.fmean(gaps), "max": max(gaps)}


def to_json(report: AllocationReport) -> dict[str, object]:
    """``{"register_model", "functions": [{"program", "function", "candidates", "registers", "linear_scan", "optimal",
    "bound", "gap_percent", "status", "seconds"}], "programs": [{"program", "args", "gas_none", "gas_linear_scan",
    "gas_optimal", "optimal_dearer"}]}``: registers as names (``"r11"``), gap_percent rounded to 2 decimals (null
    for a timeout), seconds to 4, args in hex."""
    functions = [{"program": f.program, "function": f.function, "candidates": f.candidates,
                  "registers": register_names(f.registers), "linear_scan": f.linear_scan, "optimal": f.optimal,
                  "bound": f.bound, "gap_percent": None if f.gap_percent is None else round(f.gap_percent, 2),
                  "status": f.status, "seconds": round(f.seconds, 4)}
                 for f in report.functions]
    programs = [{"program": r.program, "args": r.args.hex(), "gas_none": r.gas[0], "gas_linear_scan": r.gas[1],
                 "gas_optimal": r.gas[2], "optimal_dearer": r.optimal_dearer} for r in report.runs]
    return {"register_model": report.model.value, "functions": functions, "programs": programs}


FUNCTION_HEADERS = ("program", "function", "candidates", "registers", "linear scan", "optimal", "gap %", "status",
                    "seconds")
FUNCTION_ALIGN = ("left", "left", "right", "left", "right", "right", "right", "left", "right")
GAS_HEADERS = ("program", "args", "gas none", "gas linear-scan", "gas optimal", "linear-scan − optimal", "gap %",
               "status")
GAS_ALIGN = ("left", "left", "right", "right", "right", "right", "right", "left")


OBJECTIVES = ("Objectives are the optimiser's estimated gas saved by an allocation against allocating nothing "
              "(`verifier.optimal.score`: the saving of every value kept in a register, gas measured per value from "
              "the emitter with 10^loop depth per block, minus the save and restore of every callee-saved register "
              "it uses); linear scan's allocation is scored by the same objective. An input where the optimal build "
              "costs more gas than linear scan's is marked (optimal dearer).")
"""The report's paragraph on objectives (Markdown; the HTML page renders the same text)."""
GAP_SIGN = "gap % is positive where the optimal allocation does better than linear scan, in both tables."
"""The sign convention `function_rows` and `gas_rows` share."""
FUNCTION_GAP = ("Per function, gap % = 100 × (bound − linear scan) / bound, against the proven bound (the optimum "
                "when proved optimal; for a bounded function the most linear scan may be behind); 0 when the bound "
                "is 0 (nothing to gain by the estimate, even where linear scan scores below 0); - for a timeout (no "
                "gas model measured in time).")
"""How `FunctionRow.gap_percent` is computed, in words."""
GAP_OVER_100 = ("A function's gap can exceed 100 %: it is relative to the bound, the optimum's estimated saving over "
                "allocating nothing, not to the function's gas. Linear scan's objective is negative when its "
                "allocation costs more by the estimate than allocating nothing (saving and restoring a callee-saved "
                "register costs more than its values save), and then the gap is over 100 %; the smaller the bound, "
                "the larger the same shortfall in percent (a bound of 2 against linear scan's −630 is 31600 %).")
"""Why gaps over 100 % are not an error (issue 16)."""
GAS_GAP = ("Each input run on the program compiled with each allocator, as `pvmc run` does. gap % = 100 × "
           "(linear-scan − optimal) / linear-scan in measured gas: positive where the optimal build runs cheaper, "
           "as in the functions' table.")
"""The measured-gas table's paragraph."""


def function_rows(report: AllocationReport) -> list[list[object]]:
    """The per-function table (`FUNCTION_HEADERS`); a bounded function's optimal cell also gives its bound."""
    return [[f.program, f.function, f.candidates, " ".join(register_names(f.registers)) or "-", f.linear_scan,
             f.optimal if f.status != "bounded" else f"{f.optimal} (≤ {f.bound})",
             "-" if f.gap_percent is None else f"{f.gap_percent:.1f}",
             f.status, f"{f.seconds:.3f}"] for f in report.functions]


def gas_rows(report: AllocationReport) -> list[list[object]]:
    """The per-program-and-input table (`GAS_HEADERS`): the gap in gas is linear scan minus optimal, in gas and in
    percent of linear scan's gas, positive where the optimal build runs cheaper (`GAP_SIGN`)."""
    rows = []
    for r in report.runs:
        diff = r.gas[1] - r.gas[2]
        rows.append([r.program, r.args.hex() or "(empty)", *r.gas, diff,
                     f"{100.0 * diff / r.gas[1]:+.1f}" if r.gas[1] else "-",
                     r.status + (" (optimal dearer)" if r.optimal_dearer else "")])
    return rows


def summary_line(report: AllocationReport) -> str:
    """``N functions in P programs: a optimal, b bounded, c timeout; gap median/mean/max ...``."""
    counts, gaps = status_counts(report), gap_summary(report)
    text = (f"{plural(len(report.functions), 'function')} in {plural(len(report.outcomes), 'program')}: "
            f"{counts['optimal']} optimal, "
            f"{counts['bounded']} bounded, {counts['timeout']} timeout; gap median {gaps['median']:.1f} %, "
            f"mean {gaps['mean']:.1f} %, max {gaps['max']:.1f} %")
    failures = len(report.failures)
    dearer = sum(r.optimal_dearer for r in report.runs)
    return (text + (f"; {dearer} inputs where optimal costs more gas than linear scan" if dearer else "")
            + (f"; {failures} failed" if failures else ""))


def table(rows: list[list[object]], headers: Sequence[str], align: Sequence[str], fmt: str) -> str:
    """`rows` under `headers` through tabulate in format `fmt` (``github``, ``html``), columns aligned as
    `align` says, cells taken as text."""
    return str(tabulate(rows, headers=list(headers), tablefmt=fmt, disable_numparse=True, colalign=tuple(align)))


def gas_totals(report: AllocationReport) -> tuple[int, int, int]:
    """Total gas over every input with none, linear-scan and optimal."""
    return (sum(r.gas[0] for r in report.runs), sum(r.gas[1] for r in report.runs),
            sum(r.gas[2] for r in report.runs))


def preamble(report: AllocationReport) -> list[str]:
    """The report's opening paragraphs (Markdown, also used by the HTML page)."""
    where = f"on the Dask cluster at `{report.scheduler}`" if report.scheduler else plural(report.jobs, "job")
    lines = [f"`pvmc report allocation {' '.join(report.inputs)}`: register model {report.model.value}, "
             f"z3 limit {report.timeout_seconds:g} s per function, {where}, wall time {report.wall_seconds:.1f} s.",
             "", f"**{summary_line(report)}.**", "", OBJECTIVES, "", GAP_SIGN + " " + FUNCTION_GAP, "", GAP_OVER_100]
    if report.runs:
        totals = gas_totals(report)
        lines += ["", f"Measured gas over {len(report.runs)} runs: none {totals[0]}, linear-scan {totals[1]}, "
                      f"optimal {totals[2]}."]
    return lines


def to_markdown(report: AllocationReport) -> str:
    """The report as Markdown: summary, per-function table, measured-gas table (when there are inputs),
    failures."""
    lines = ["# Register allocation: linear scan vs optimal", "", *preamble(report), "",
             f"## Functions ({len(report.functions)})", "",
             table(function_rows(report), FUNCTION_HEADERS, FUNCTION_ALIGN, "github"), ""]
    if report.runs:
        lines += [f"## Measured gas ({len(report.runs)} runs)", "",
                  GAS_GAP, "",
                  table(gas_rows(report), GAS_HEADERS, GAS_ALIGN, "github"), ""]
    failures = report.failures
    lines += [f"## Failures ({len(failures)})", "", *([f"- {line}" for line in failures] or ["None."])]
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace, to_html: Callable[[AllocationReport], str]) -> int:
    """`pvmc report allocation`: `args.inputs`, `args.output`, `args.json`, `args.html`, `args.timeout`
    (seconds), `args.jobs`, `args.scheduler` (a Dask scheduler address or None), `args.quiet`; `to_html` renders
    the HTML page (`allocation_html.to_html`, passed in by the command so that this module does not import its
    own renderer back). Returns 0 when every program compiled and its builds agree, 1 otherwise; raises
    InputError for bad input (an unreachable scheduler included) before any work and before anything is
    written."""
    import json

    from pvm_backend.faults import from_environment

    programs = load_inputs(args.inputs)
    chosen = from_environment()   # read once; an unknown PVMC_FAULT is bad input: fail before any work
    check_output(args.output)
    progress = not args.quiet and sys.stderr.isatty()
    report = allocation_report(programs, timeout_seconds=args.timeout, jobs=args.jobs, progress=progress,
                               inputs=args.inputs, faults=chosen, model=RegisterModel(args.registers),
                               scheduler=args.scheduler)
    if args.json:
        text = json.dumps(to_json(report), indent=2)
    elif args.html:
        text = to_html(report)
    else:
        text = to_markdown(report)
    emit(text, args.output)
    if args.output is not None and not args.quiet:
        print(f"{summary_line(report)} ({report.wall_seconds:.1f} s); report written to {args.output}")
    return EXIT_FAILED if report.failures else EXIT_OK
