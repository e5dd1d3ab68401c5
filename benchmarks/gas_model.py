"""The optimal allocator's gas model, per candidate (the old reference) against batched (issue 13 §2).

What it does: for every function of every corpus program (`tests/corpus.toml`, read by
`verifier.reports.manifest`), measures the gas model twice, `pvm_backend.gas_model.measure(...,
per_candidate=True)` (one lowering per candidate) and `measure(...)` (one per batch), and prints per function the
lowerings and seconds of each, how many savings differ and by how much (sum of |old - new| and the largest).
Then it builds every program with `--regalloc linear-scan`, with `--regalloc optimal` on the batched model (the
build as shipped) and with `--regalloc optimal` on the per-candidate model (the allocator's
`measure_weights` replaced for that build only), runs every input on pvmc's interpreter (`run_spi`, the JIP-1
log host call serviced, as `pvmc report allocation` does) and prints the gas summed over the corpus inputs, the
inputs where the two optimal builds differ, and every input where an optimal build costs more gas than linear
scan. Last, the speed on the largest corpus functions and on generated C functions with a loop of N straight-line
statements of distinct variables (`--generated N ...`): the two measurements, and the `pvmc compile --regalloc
optimal` time at the default `--optimal-timeout` with the share spent in the gas model.

Assumes: clang is installed (C programs); the machine is otherwise idle (times are wall-clock).

Guarantees: writes nothing; exit status 1 when an optimal build costs more gas than linear scan on some input or
when the builds disagree on status or output, else 0.

Usage: .venv/bin/python benchmarks/gas_model.py [--manifest PATH] [--jobs N] [--generated N ...] [--no-corpus]
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from linear_scan import analyse  # noqa: E402
from pvm_backend import allocators, gas_model  # noqa: E402
from pvm_backend.allocation import AllocationWeights  # noqa: E402
from pvm_backend.driver import BuildOptions, build_program  # noqa: E402
from pvm_backend.frontend.load import load_module  # noqa: E402
from pvm_backend.interpreter import jip1_log_handler, run_spi  # noqa: E402
from pvm_backend.ir import Function  # noqa: E402
from pvm_backend.linker import plan_link  # noqa: E402
from pvm_backend.options import DEFAULT_GAS  # noqa: E402
from pvm_backend.regalloc_problem import build_problem  # noqa: E402
from pvm_backend.selection import select  # noqa: E402
from verifier.reports.manifest import ManifestProgram, load_manifest  # noqa: E402

BIGGEST = 6
"""How many of the largest corpus functions the speed table lists."""


@dataclass(frozen=True)
class FunctionRow:
    """One function's two measurements."""

    program: str
    function: str
    instructions: int
    candidates: int
    old_lowerings: int
    old_seconds: float
    new_lowerings: int
    new_seconds: float
    differing: int
    """Candidates whose saving differs."""
    abs_difference: int
    """Σ |old - new| over the candidates (gas)."""
    largest: int
    """max |old - new| (gas)."""
    old_total: int
    """Σ of the per-candidate savings."""
    unattributed: int
    """Gas the batched measurement attributed to nobody."""


@dataclass(frozen=True)
class GasRow:
    """One input run on the three builds."""

    program: str
    args: str
    linear_scan: int
    optimal_old: int
    optimal_new: int
    agree: bool
    """Same status and output in the three builds."""


def compare_function(program: str, fn: Function, ctx: object) -> FunctionRow:
    """Both measurements of `fn` in the link context `ctx`."""
    selection = select(fn)
    problem = build_problem(fn, selection)
    analysis = analyse(problem)
    start = time.perf_counter()
    old = gas_model.measure(fn, ctx, problem, analysis, selection, per_candidate=True)   # type: ignore[arg-type]
    middle = time.perf_counter()
    new = gas_model.measure(fn, ctx, problem, analysis, selection)   # type: ignore[arg-type]
    end = time.perf_counter()
    assert old is not None and new is not None
    before, after = dict(old.weights.savings), dict(new.weights.savings)
    gaps = [abs(before[v] - after.get(v, 0)) for v in before]
    return FunctionRow(program, fn.name, len(fn.instructions), len(before), old.lowerings, middle - start,
                       new.lowerings, end - middle, sum(g > 0 for g in gaps), sum(gaps), max(gaps, default=0),
                       sum(before.values()), new.unattributed)


def _per_candidate_weights(*args: object, **kwargs: object) -> AllocationWeights | None:
    result = gas_model.measure(*args, per_candidate=True, **kwargs)   # type: ignore[arg-type, misc]
    return None if result is None else result.weights


@contextlib.contextmanager
def per_candidate_model() -> Iterator[None]:
    """Within the block, `--regalloc optimal` measures its gas model one candidate at a time (the reference)."""
    saved = allocators.measure_weights
    allocators.measure_weights = _per_candidate_weights   # type: ignore[assignment]
    try:
        yield
    finally:
        allocators.measure_weights = saved


def analyse_program(job: tuple[ManifestProgram, int]) -> tuple[list[FunctionRow], list[GasRow]]:
    """The function rows and gas rows of one corpus program."""
    program, timeout_ms = job
    name = str(program.path.relative_to(REPO))
    module = load_module(program.path, program.opt_level, program.entry)
    plan = plan_link(module, program.entry)
    rows = [compare_function(name, fn, plan.ctx) for fn in plan.functions]
    linear = build_program(module, program.entry, BuildOptions(regalloc="linear-scan"))
    new = build_program(module, program.entry, BuildOptions(regalloc="optimal", optimal_timeout_ms=timeout_ms))
    with per_candidate_model():
        old = build_program(module, program.entry, BuildOptions(regalloc="optimal", optimal_timeout_ms=timeout_ms))
    gas = []
    for args in program.inputs:
        runs = [run_spi(b.program, args, gas=DEFAULT_GAS, host_calls=jip1_log_handler) for b in (linear, old, new)]
        agree = len({(r.status, r.output) for r in runs}) == 1
        gas.append(GasRow(name, args.hex(), runs[0].gas_used, runs[1].gas_used, runs[2].gas_used, agree))
    return rows, gas


GENERATED = """\
// A loop of {n} straight-line statements of distinct variables (benchmarks/gas_model.py).
// args: 0500000001000000
typedef unsigned int u32;
static unsigned char out[4];
unsigned long long main(const unsigned char *args, unsigned int len) {{
  u32 n = len >= 4 ? args[0] : 0, x = len >= 8 ? args[4] : 0, acc = 0;
  for (u32 i = 0; i < n; i++) {{
    u32 v0 = x + i;
{body}
    acc ^= v{last};
    x = x * 2654435761u + acc;
  }}
  out[0] = acc; out[1] = acc >> 8; out[2] = acc >> 16; out[3] = acc >> 24;
  return (unsigned long long)(unsigned int)out | ((unsigned long long)4 << 32);
}}
"""


def generated_source(n: int) -> str:
    """A C program whose `main` loops over `n` statements, each defining a new variable from two earlier ones."""
    lines = []
    for k in range(1, n):
        a, b = k - 1, max(0, k - 1 - (k * 7) % 5)
        op = ("+", "^", "*", "-")[k % 4]
        lines.append(f"    u32 v{k} = (v{a} {op} v{b}) + {k}u;")
    return GENERATED.format(n=n, body="\n".join(lines), last=n - 1)


def speed_of_generated(n: int, per_candidate: bool) -> None:
    """Print both measurements of the generated program's `main`, and its optimal compile time."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"generated_{n}.c"
        path.write_text(generated_source(n))
        module = load_module(path, 2, "main")
        plan = plan_link(module, "main")
        fn = next(f for f in plan.functions if f.name == "main")
        selection = select(fn)
        problem = build_problem(fn, selection)
        analysis = analyse(problem)
        start = time.perf_counter()
        new = gas_model.measure(fn, plan.ctx, problem, analysis, selection)
        new_seconds = time.perf_counter() - start
        assert new is not None
        line = (f"generated n={n}: {len(fn.instructions)} instructions, {len(new.weights.savings)} candidates; "
                f"batched {new.lowerings} lowerings {new_seconds:.2f} s")
        if per_candidate:
            start = time.perf_counter()
            old = gas_model.measure(fn, plan.ctx, problem, analysis, selection, per_candidate=True)
            assert old is not None
            line += f"; per candidate {old.lowerings} lowerings {time.perf_counter() - start:.2f} s"
        print(line)
        start = time.perf_counter()
        build = build_program(module, "main", BuildOptions(regalloc="optimal"))
        seconds = time.perf_counter() - start
        for stats in build.functions:
            objective = stats.allocation.objective
            if stats.name == "main" and objective is not None:
                print(f"  compile --regalloc optimal (default timeout): {seconds:.2f} s, gas model {new_seconds:.2f} s "
                      f"({100 * new_seconds / seconds:.0f} %), status {objective.status}, "
                      f"optimal step {objective.seconds:.2f} s")


def print_functions(rows: list[FunctionRow]) -> None:
    """The per-function table and its totals."""
    print(f"{'program':34} {'function':18} {'ins':>5} {'cand':>5} {'old low':>7} {'old s':>7} {'new low':>7} "
          f"{'new s':>6} {'diff':>4} {'|d| gas':>8} {'max':>6} {'unattr':>6}")
    for r in rows:
        print(f"{r.program[-34:]:34} {r.function[:18]:18} {r.instructions:5} {r.candidates:5} {r.old_lowerings:7} "
              f"{r.old_seconds:7.2f} {r.new_lowerings:7} {r.new_seconds:6.2f} {r.differing:4} {r.abs_difference:8} "
              f"{r.largest:6} {r.unattributed:6}")
    old_low, new_low = sum(r.old_lowerings for r in rows), sum(r.new_lowerings for r in rows)
    old_s, new_s = sum(r.old_seconds for r in rows), sum(r.new_seconds for r in rows)
    candidates = sum(r.candidates for r in rows)
    differing = [r for r in rows if r.differing]
    print(f"\n{len(rows)} functions, {candidates} candidates: lowerings {old_low} -> {new_low} "
          f"({old_low / max(new_low, 1):.1f}x fewer), seconds {old_s:.1f} -> {new_s:.1f} "
          f"({old_s / max(new_s, 1e-9):.1f}x)")
    print(f"savings differ in {len(differing)} of {len(rows)} functions, {sum(r.differing for r in rows)} of "
          f"{candidates} candidates; Σ|old - new| = {sum(r.abs_difference for r in rows)} gas of "
          f"Σ old savings {sum(r.old_total for r in rows)}; largest single difference "
          f"{max((r.largest for r in rows), default=0)}; unattributed {sum(r.unattributed for r in rows)} gas")
    print(f"\nlargest functions (top {BIGGEST}):")
    for r in sorted(rows, key=lambda r: -r.instructions)[:BIGGEST]:
        print(f"  {r.program} {r.function}: {r.instructions} instructions, {r.candidates} candidates: per candidate "
              f"{r.old_lowerings} lowerings {r.old_seconds:.2f} s, batched {r.new_lowerings} lowerings "
              f"{r.new_seconds:.2f} s")


def print_gas(rows: list[GasRow]) -> int:
    """The gas summary; returns the exit status (1 when optimal is dearer than linear scan somewhere)."""
    total = [sum(getattr(r, k) for r in rows) for k in ("linear_scan", "optimal_old", "optimal_new")]
    print(f"\ncorpus gas over {len(rows)} inputs: linear scan {total[0]}, optimal (per-candidate model) {total[1]} "
          f"({100 * (total[1] - total[0]) / total[0]:+.2f} %), optimal (batched model) {total[2]} "
          f"({100 * (total[2] - total[0]) / total[0]:+.2f} %); batched vs per-candidate "
          f"{100 * (total[2] - total[1]) / total[1]:+.3f} %")
    changed = [r for r in rows if r.optimal_old != r.optimal_new]
    print(f"inputs where the two optimal builds differ: {len(changed)} "
          f"(batched cheaper on {sum(r.optimal_new < r.optimal_old for r in changed)}, "
          f"dearer on {sum(r.optimal_new > r.optimal_old for r in changed)})")
    for r in changed:
        print(f"  {r.program} {r.args[:16]}: per-candidate {r.optimal_old}, batched {r.optimal_new}, "
              f"linear scan {r.linear_scan}")
    status = 0
    for r in rows:
        for label, gas in (("per-candidate", r.optimal_old), ("batched", r.optimal_new)):
            if gas > r.linear_scan:
                print(f"  DEARER than linear scan ({label} model): {r.program} {r.args[:16]}: {gas} vs "
                      f"{r.linear_scan}")
                status = 1
        if not r.agree:
            print(f"  MISMATCH: {r.program} {r.args[:16]}: the builds disagree on status or output")
            status = 1
    print(f"optimal dearer than linear scan: per-candidate model on "
          f"{sum(r.optimal_old > r.linear_scan for r in rows)} inputs, batched model on "
          f"{sum(r.optimal_new > r.linear_scan for r in rows)}")
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--manifest", type=Path, default=REPO / "tests" / "corpus.toml")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=10.0, help="--optimal-timeout of the builds, seconds")
    parser.add_argument("--generated", type=int, nargs="*", default=[100, 300],
                        help="statement counts of the generated functions")
    parser.add_argument("--generated-per-candidate", type=int, default=300,
                        help="measure generated functions per candidate only up to this many statements")
    parser.add_argument("--no-corpus", action="store_true")
    args = parser.parse_args(argv)
    status = 0
    if not args.no_corpus:
        programs = load_manifest(args.manifest).programs
        jobs = [(p, round(args.timeout * 1000)) for p in programs]
        with ProcessPoolExecutor(args.jobs) as pool:
            results = list(pool.map(analyse_program, jobs))
        print_functions([row for rows, _ in results for row in rows])
        status = print_gas([row for _, rows in results for row in rows])
    print()
    for n in args.generated:
        speed_of_generated(n, n <= args.generated_per_candidate)
    return status


if __name__ == "__main__":
    sys.exit(main())
