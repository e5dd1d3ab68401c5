"""The nightly soundness report: compile every program of a corpus, verify every function, summarise.

What it does: `soundness_report(programs, ...)` compiles each program (`pvm_backend.driver.compile_file` with the
chosen register allocator) and runs every registered check of the z3 verifier on every emitted function
(`verifier.verify_function`; `verifier.checks.REGISTRY`: allocation, code), one program per task
on `jobs` spawned worker processes (`verifier.reports.pool.run_programs`; in this process when `jobs` is 1 or
there is one program) or, with `scheduler` (`--scheduler ADDRESS`), on the workers of a Dask distributed cluster,
with a progress bar on stderr (tqdm) when asked. `to_markdown` renders the report
(tabulate, GitHub tables): the proved / refuted / unknown counts with timings, every refutation with all its
violations (`describe()`), every unknown with its reason, every program that failed to compile, the slowest
functions (one time column per check) and a per-program table; the checks are named by their results, never
listed here. `to_json` gives ``{"summary": {...}, "functions": [...], "errors": [...]}``.
`run(args)` is `pvmc report soundness`.

Assumes: the programs exist with suffixes the driver accepts (`manifest.load_inputs` checks this up front).
Test-only fault switches (`PVMC_FAULT`, pvm_backend/faults.py) are read once, by `run`, and travel to every
worker in the task's arguments, so a fault applies to every program.

Guarantees: results are in input order (programs as listed, functions in emission order) whatever `jobs` is,
so two runs differ only in their timings (with `--regalloc optimal`, whose z3 choice among equally good
allocations depends on the process's history, every program is compiled in a fresh worker process, as a
`pvmc compile` would; on a Dask cluster, whose workers are long-lived, in a fresh subprocess of the worker, see
`pool`); the report on a cluster is the local pool's apart from timings and the Markdown's line saying where it
ran; a function counts as proved only when every check proved (unknown
never passes); a program that fails to compile (any error raised while compiling or verifying it) is listed
with its one-line error and counted, never dropped. `run` returns 0 when every function of every program is
proved, 1 when any is refuted or unknown or any program failed, and raises `InputError` (exit 2, nothing
written) for bad input.
"""

from __future__ import annotations

import argparse
import functools
import os
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tabulate import tabulate

from pvm_backend import faults as fault_switches
from pvm_backend.allocators import DEFAULT_MODE
from pvm_backend.faults import NO_FAULTS, Faults
from pvm_backend.options import DEFAULT_OPT_LEVEL, DEFAULT_TIMEOUT_SECONDS, OptLevel, milliseconds
from pvm_backend.errors import PvmcError
from verifier.result import FunctionVerdict, check_names

from .manifest import ManifestProgram, load_inputs
from .output import check_output, emit, plural
from .pool import progress_bar, run_programs

EXIT_OK = 0
EXIT_NOT_PROVED = 1
SLOWEST = 10
"""How many of the slowest functions the Markdown report lists."""


@dataclass(frozen=True, slots=True)
class ProgramOutcome:
    """One program: its verdicts, or why it could not be compiled or verified."""

    program: str
    """The program as reported: its path relative to the working directory (absolute when outside it)."""
    verdicts: tuple[FunctionVerdict, ...]
    """One verdict per emitted function, in emission order (empty when `error` is set)."""
    compile_seconds: float
    """Wall-clock time of `compile_file` (seconds)."""
    error: str = ""
    """The one-line error when the program failed to compile (or to verify); empty otherwise."""


@dataclass(frozen=True, slots=True)
class SoundnessReport:
    """The whole report."""

    inputs: tuple[str, ...]
    """The INPUT arguments (manifests and source files) as given."""
    outcomes: tuple[ProgramOutcome, ...]
    """One outcome per program, in input order."""
    regalloc: str
    """The register allocator (`--regalloc`)."""
    timeout_seconds: float
    """z3's limit per function per check, per IR instruction for check 3 (seconds)."""
    jobs: int
    """Worker processes used."""
    wall_seconds: float
    """Wall-clock time of the whole run (seconds)."""
    scheduler: str | None = None
    """The Dask scheduler the programs ran on (`--scheduler`), None for the local pool (then `jobs` applies)."""

    @property
    def functions(self) -> list[tuple[str, FunctionVerdict]]:
        """(program, verdict) for every verified function, in report order."""
        return [(o.program, v) for o in self.outcomes for v in o.verdicts]

    @property
    def errors(self) -> list[ProgramOutcome]:
        """The programs that failed to compile."""
        return [o for o in self.outcomes if o.error]

    def counts(self) -> dict[str, int]:
        """{"proved", "refuted", "unknown"}: functions by verdict (refuted if any check refuted)."""
        verdicts = [v for _, v in self.functions]
        proved = sum(v.proved for v in verdicts)
        refuted = sum(v.refuted for v in verdicts)
        return {"proved": proved, "refuted": refuted, "unknown": len(verdicts) - proved - refuted}

    @property
    def all_proved(self) -> bool:
        """Whether every function of every program proved and every program compiled."""
        return not self.errors and all(v.proved for _, v in self.functions)


def program_name(path: Path, base: Path | None = None, opt_level: OptLevel = DEFAULT_OPT_LEVEL) -> str:
    """`path` relative to `base` (default: the working directory) when it lies inside it, else absolute (POSIX
    separators), followed by `` -O<level>`` when `opt_level` is not the default (a manifest may list a file at
    several levels). A report passes its own working directory as `base` to its tasks, so that a program is
    named the same on a Dask worker, whose working directory is its own."""
    suffix = "" if opt_level == DEFAULT_OPT_LEVEL else f" -O{opt_level}"
    try:
        return path.relative_to((base or Path.cwd()).resolve()).as_posix() + suffix
    except ValueError:
        return path.as_posix() + suffix


def check_program(program: ManifestProgram, regalloc: str, timeout_ms: int,
                  faults: Faults = NO_FAULTS, base: Path | None = None) -> ProgramOutcome:
    """Compile `program` with allocator `regalloc` (and the test-only `faults`) and verify every function (z3
    limit `timeout_ms` per check); the program is named relative to `base` (`program_name`).
    Never raises for a program that cannot be compiled or verified: the error becomes `ProgramOutcome.error`."""
    from pvm_backend.driver import BuildOptions, compile_file
    from verifier.verify import verify_function

    name = program_name(program.path, base, program.opt_level)
    start = time.perf_counter()
    try:
        result = compile_file(program.path, entry=program.entry, opt_level=program.opt_level,
                              options=BuildOptions(regalloc=regalloc, faults=faults))
    except PvmcError as exc:
        return ProgramOutcome(name, (), time.perf_counter() - start, f"compile: {exc}")
    except Exception as exc:  # a compiler bug must not sink the whole nightly report
        return ProgramOutcome(name, (), time.perf_counter() - start, f"compile: internal error: {_one_line(exc)}")
    compile_seconds = time.perf_counter() - start
    functions = {f.name: f for f in result.module.functions}
    try:
        verdicts = tuple(verify_function(functions[e.name], e, timeout_ms) for e in result.build.emitted)
    except Exception as exc:  # likewise a verifier bug: reported against its program
        return ProgramOutcome(name, (), compile_seconds, f"verify: internal error: {_one_line(exc)}")
    return ProgramOutcome(name, verdicts, compile_seconds)


def _one_line(exc: BaseException) -> str:
    return " ".join(f"{type(exc).__name__}: {exc}".split())


def soundness_report(programs: Sequence[ManifestProgram], *, regalloc: str = DEFAULT_MODE,
                     timeout_seconds: float = DEFAULT_TIMEOUT_SECONDS, jobs: int | None = None,
                     progress: bool = False, inputs: Sequence[str] = (),
                     faults: Faults = NO_FAULTS, scheduler: str | None = None) -> SoundnessReport:
    """Compile and verify `programs` on `jobs` processes (default `os.cpu_count()`), or on the Dask cluster at
    `scheduler` (`jobs` then unused); `progress` shows a tqdm bar on stderr. Raises InputError when `scheduler`
    cannot be reached (before any work)."""
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(programs) or 1))
    timeout_ms = milliseconds(timeout_seconds)
    start = time.perf_counter()
    outcomes: list[ProgramOutcome | None] = [None] * len(programs)
    bar = progress_bar(len(programs), "soundness") if progress else None

    def done(index: int, outcome: ProgramOutcome) -> None:
        outcomes[index] = outcome
        if bar is not None:
            finished = [o for o in outcomes if o is not None]
            proved = sum(v.proved for o in finished for v in o.verdicts)
            failed = sum(not v.proved for o in finished for v in o.verdicts) + sum(bool(o.error) for o in finished)
            bar.set_postfix_str(f"{proved} proved, {failed} not", refresh=False)
            bar.update(1)

    try:
        # The optimal allocator's choice among equally good allocations depends on what z3 ran before in the
        # process: each program then gets a fresh process, so the report verifies what `pvmc compile` emits.
        task = functools.partial(check_program, regalloc=regalloc, timeout_ms=timeout_ms, faults=faults,
                                 base=Path.cwd())
        run_programs(task, programs, jobs=jobs, done=done, fresh=regalloc == "optimal", scheduler=scheduler)
    finally:
        if bar is not None:
            bar.close()
    return SoundnessReport(tuple(inputs), tuple(o for o in outcomes if o is not None), regalloc,
                           timeout_seconds, jobs, time.perf_counter() - start, scheduler)


# ----------------------------------------------------------------------------------------- rendering

def to_json(report: SoundnessReport) -> dict[str, object]:
    """``{"summary": {"proved", "refuted", "unknown", "errors", "programs", "functions", "unchecked_reads",
    "regalloc", "timeout_seconds", "compile_seconds", "verify_seconds", "wall_seconds"}, "functions": [{"program",
    "function", "allocation", "code", "seconds", "unchecked_reads", "counterexample", "checks"}], "errors":
    [{"program", "error"}]}``; `allocation` and `code` (kept for compatibility) are "proved", "refuted" or
    "unknown", an unknown function also has "reason", `counterexample` is the first violation in check order,
    `unchecked_reads` counts register reads no claim covers (`FunctionVerdict.unchecked_reads`), and `checks`
    lists every check as ``{"name", "status", "seconds", "violations": [...]}`` (`CheckResult.as_json`)."""
    functions = [{"program": program, "function": v.name, **v.legacy_json(), "seconds": round(v.seconds, 4),
                  "unchecked_reads": v.unchecked_reads,
                  "counterexample": v.counterexample.as_json() if v.counterexample else None,
                  **({"reason": v.reason} if v.reason else {}), "checks": [r.as_json() for r in v.checks]}
                 for program, v in report.functions]
    summary = {**report.counts(), "errors": len(report.errors), "programs": len(report.outcomes),
               "functions": len(functions), "unchecked_reads": sum(v.unchecked_reads for _, v in report.functions),
               "regalloc": report.regalloc, "timeout_seconds": report.timeout_seconds,
               "compile_seconds": round(sum(o.compile_seconds for o in report.outcomes), 3),
               "verify_seconds": round(sum(v.seconds for _, v in report.functions), 3),
               "wall_seconds": round(report.wall_seconds, 3)}
    return {"summary": summary, "functions": functions,
            "errors": [{"program": o.program, "error": o.error} for o in report.errors]}


def summary_line(report: SoundnessReport) -> str:
    """``N functions in P programs: a proved, b refuted, c unknown[, e programs failed to compile]``."""
    counts = report.counts()
    text = (f"{plural(len(report.functions), 'function')} in {plural(len(report.outcomes), 'program')}: "
            f"{counts['proved']} proved, {counts['refuted']} refuted, {counts['unknown']} unknown")
    errors = len(report.errors)
    return text + (f", {plural(errors, 'program')} failed to compile" if errors else "")


def _status_rows(report: SoundnessReport) -> list[list[object]]:
    groups: dict[str, list[float]] = {"proved": [], "refuted": [], "unknown": []}
    for _, v in report.functions:
        groups["proved" if v.proved else "refuted" if v.refuted else "unknown"].append(v.seconds)
    every = [s for seconds in groups.values() for s in seconds]
    rows = []
    for status, seconds in [*groups.items(), ("total", every)]:
        rows.append([status, len(seconds), f"{sum(seconds):.2f}",
                     f"{statistics.median(seconds):.3f}" if seconds else "-",
                     f"{max(seconds):.3f}" if seconds else "-"])
    return rows


def _checks(v: FunctionVerdict) -> str:
    """``check 1 (allocation): proved; check 2 (code): refuted; 0.123 s``, numbered in registry order, each
    check's reason in parentheses after its status."""
    parts = [f"check {n} ({r.name}): {r.status.value}" + (f" ({r.reason})" if r.reason else "")
             for n, r in enumerate(v.checks, 1)]
    return "; ".join([*parts, f"{v.seconds:.3f} s"])


def _slowest_table(report: SoundnessReport) -> str:
    """The `SLOWEST` slowest functions, with one time column per check (named by the check)."""
    names = check_names(v for _, v in report.functions)
    slowest = sorted(report.functions, key=lambda pv: -pv[1].seconds)[:SLOWEST]
    rows = []
    for program, v in slowest:
        times = {r.name: f"{r.seconds:.3f}" for r in v.checks}
        rows.append([program, v.name, v.values, v.allocated, *(times.get(n, "-") for n in names),
                     f"{v.seconds:.3f}"])
    return tabulate(rows, headers=["program", "function", "values", "allocated", *(f"{n} s" for n in names),
                                   "seconds"], tablefmt="github")


def to_markdown(report: SoundnessReport) -> str:
    """The report as Markdown: summary with timings, refutations, unknowns, compile errors, slowest functions,
    per-program table."""
    compile_s = sum(o.compile_seconds for o in report.outcomes)
    verify_s = sum(v.seconds for _, v in report.functions)
    where = f"on the Dask cluster at `{report.scheduler}`" if report.scheduler else plural(report.jobs, "job")
    lines = ["# Soundness report", "",
             f"`pvmc report soundness {' '.join(report.inputs)}`: register allocation `{report.regalloc}`, z3 limit "
             f"{report.timeout_seconds:g} s per function per check (per IR instruction for check 3), {where}.",
             "", f"**{summary_line(report)}.** "
             + ("Every function is proved." if report.all_proved else "Not everything is proved: see below."), "",
             tabulate(_status_rows(report), headers=["functions", "count", "verify s (sum)", "median s", "max s"],
                      tablefmt="github", disable_numparse=True, colalign=("left", *["right"] * 4)), "",
             f"Wall time {report.wall_seconds:.1f} s; compile {compile_s:.1f} s and verification {verify_s:.1f} s "
             "summed over programs and functions (a function's time is all its checks, wall clock).", "",
             f"Register reads no claim covers (unchecked): "
             f"{sum(v.unchecked_reads for _, v in report.functions)}.", ""]
    refuted = [(p, v) for p, v in report.functions if v.refuted]
    unknown = [(p, v) for p, v in report.functions if not v.proved and not v.refuted]
    lines += [f"## Refutations ({len(refuted)})", ""]
    for program, v in refuted:
        described = [x.describe() for x in v.violations] or ["(no counterexample recorded)"]
        lines += [f"### `{program}`: `{v.name}`", "", _checks(v), ""]
        lines += [f"> {text}\n" for text in described]
    if not refuted:
        lines += ["None.", ""]
    lines += [f"## Unknown ({len(unknown)})", ""]
    lines += [f"- `{program}`: `{v.name}`: {_checks(v)}" for program, v in unknown] or ["None."]
    lines += ["", f"## Programs that failed to compile ({len(report.errors)})", ""]
    lines += [f"- `{o.program}`: {o.error}" for o in report.errors] or ["None."]
    lines += ["", f"## Slowest functions (top {SLOWEST})", "", _slowest_table(report), "", "## Per program", "",
              tabulate([_program_row(o) for o in report.outcomes],
                       headers=["program", "functions", "proved", "refuted", "unknown", "compile s", "verify s"],
                       tablefmt="github")]
    return "\n".join(lines) + "\n"


def _program_row(o: ProgramOutcome) -> list[object]:
    if o.error:
        return [o.program, "compile error", "-", "-", "-", f"{o.compile_seconds:.2f}", "-"]
    proved = sum(v.proved for v in o.verdicts)
    refuted = sum(v.refuted for v in o.verdicts)
    return [o.program, len(o.verdicts), proved, refuted, len(o.verdicts) - proved - refuted,
            f"{o.compile_seconds:.2f}", f"{sum(v.seconds for v in o.verdicts):.2f}"]


def run(args: argparse.Namespace) -> int:
    """`pvmc report soundness`: `args.inputs`, `args.output`, `args.json`, `args.regalloc`, `args.timeout`
    (seconds), `args.jobs`, `args.scheduler` (a Dask scheduler address or None), `args.quiet`. Returns the exit
    code (0 all proved, 1 otherwise); raises InputError for bad input (an unreachable scheduler included) before
    any work and before anything is written."""
    import json

    check_output(args.output)
    programs = load_inputs(args.inputs)
    chosen = fault_switches.from_environment()   # read once; an unknown PVMC_FAULT is bad input: fail before any work
    progress = not args.quiet and sys.stderr.isatty()
    report = soundness_report(programs, regalloc=args.regalloc, timeout_seconds=args.timeout, jobs=args.jobs,
                              progress=progress, inputs=args.inputs, faults=chosen, scheduler=args.scheduler)
    text = json.dumps(to_json(report), indent=2) if args.json else to_markdown(report)
    emit(text, args.output)
    if args.output is not None and not args.quiet:
        print(f"{summary_line(report)} ({report.wall_seconds:.1f} s); report written to {args.output}")
    return EXIT_OK if report.all_proved else EXIT_NOT_PROVED
