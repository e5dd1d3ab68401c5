"""Scaling: how the seconds of each compile and verify stage grow with program size (issue 17 part 1).

What it measures: C programs of growing size from our own generator, in four shapes:
  function   one huge function: a loop whose body is N straight-line statements on four u64 variables and a
             16-word static array (no branches in the body; `?:` becomes a select);
  functions  many small functions: N/20 `noinline` functions of 20 such statements each, called in turn from
             `main`;
  nests      deep loop nests: a sequence of loop nests of depth 8 (`--depth`), each level with two statements and
             a trip count of 1 or 2 read from a variable (so nothing is unrolled away), all in `main`;
  switch     a wide `switch`: a loop around a `switch (state)` of N dense cases, each two statements and the
             next state.
Every program is a pvmc entry `u64 main(const u8 *args, u32 len)` returning `ptr | len << 32` of a static output
buffer, seeded from the argument bytes so the optimiser cannot fold it. For each shape and each size of the
ladder (default 1000, 2000, 4000, 8000 IR instructions; `--max-size 100000` doubles on to 64000, then 100000)
the generator's N is chosen by a line IR instructions ≈ a + b·N through two small probes, then through the
first probe and the largest size measured, so the sizes land near, not exactly on, the ladder: the size printed
is the measured one.

Size (column IR): IR instructions of the optimised module (counted in LLVM right after the -O2 pipeline, the
counting taken off every timed stage: the instructions of every defined function, phis and terminators
included; the functions the entry cannot reach were deleted before the pipeline, so a library's unused
functions are not counted); the exponents are fitted on it. Also printed:
`emitted`, the IR instructions of the functions reachable from the entry (`FunctionStats.ir_instructions`, what
allocation, emission and verification see; less than IR when the module keeps unreachable functions, as the real
programs do), `fns` how many functions that is, and `max fn` the IR instructions of the largest one.

Stages, in seconds of wall clock (`time.perf_counter`), each run once per size in this one process through
`driver.compile_file` then `verifier.verify_build` (the timers wrap the pipeline's own functions for the duration
of one compile, so what is timed is exactly what `pvmc compile --verify` runs):
  front      `load_module` minus `module_from_llvm`: clang-16 for C (`frontend.load.compile_c`, a subprocess,
             front end only); for WebAssembly the translation to LLVM IR (adapter included);
  llvm opt   `frontend.load.optimise`: LLVM's -O2 new-pass-manager pipeline through llvmlite;
  ir view    `module_from_llvm` minus `optimise`: parse and verify the bitcode, delete what the entry cannot
             reach (`prune_unreachable`), print it, build the IR view (of the definitions the entry reaches);
  alloc      `allocators.allocate_function` summed over functions: instruction selection, liveness, the
             register allocator (linear scan by default) and the trial lowerings of its gas model;
  emit+link  `driver.build_program` minus alloc: link plan, emission, peephole, DSE, linking;
  compile    all of `compile_file` (the stages above plus SPI and `.jam` encoding);
  check 1/2/3  `CheckResult.seconds` of each registered check (`verifier.checks.REGISTRY`: allocation, code,
             selection) summed over the functions; check 2's includes the code model that check 3 reuses;
  verify     all of `verify_build`.
The growth exponent of a stage is the least-squares slope of log(seconds) on log(IR instructions) over the
ladder: 1 is linear, 2 quadratic. Points under 10 ms are left out of the fit (timer and noise dominate); with
fewer than two points left the exponent is printed as `-` (meaningless: the stage takes under ~10 ms).

`--real` instead times the largest real programs once each: tests/real/lz4.c and tests/real/monocypher.c (C
drivers that `#include` vendored sources) and examples/anan-as/compiler.wasm with its pinned adapter and
`--max-memory 256` (as tests/support/pvm_in_pvm.py builds it).

Generated programs are built with the largest stack (`--stack-size` 2^24-1) and otherwise the defaults (linear
scan, -O2); the real programs with their usual options.

Caveats: one run per point, so noise: between two runs of the default ladder a stage's seconds moved by up to
50 % (most for stages under 0.1 s) and exponents by up to about 0.2; read an exponent above 1.3 as superlinear,
one near 1.1-1.2 as "run it again". The exponent over a short ladder (1e3..8e3) says little about 1e5: run
`--max-size 100000` for that (an hour or more while a stage is quadratic; `--shapes` and `--no-verify` shorten
it). `gc.collect()` runs before each compile and each verification, so one program's garbage is not charged to
the next. The verifier's limit is
per function per check (per IR instruction for check 3): a check that hits it reports `unknown` and its time is
capped, which lowers its exponent; the `unk` column counts functions not proved. Statements use only add, sub,
xor, or, and, mul, shifts, compares, loads and stores (no division). Before measuring, examples/fib.c is compiled
and verified once so import and LLVM initialisation costs are not charged to the first size. The probes' compile
time is not counted. Nothing is written (unless `--emit DIR`).

Usage: .venv/bin/python benchmarks/scaling.py [--shapes function,functions,nests,switch] [--min-size 1000]
       [--max-size 8000] [--depth 8] [--timeout SECONDS] [--no-verify] [--emit DIR] [--real] [--json]
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import random
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import llvmlite.binding as llvm  # noqa: E402
from tabulate import tabulate  # noqa: E402

import pvm_backend.driver as driver  # noqa: E402
import pvm_backend.frontend.load as load  # noqa: E402
from pvm_backend.driver import BuildOptions, CompileResult, compile_file  # noqa: E402
from pvm_backend.frontend.load import WasmOptions, compile_c, module_from_llvm  # noqa: E402
from pvm_backend.ir import Module  # noqa: E402
from pvm_backend.options import MAX_STACK_SIZE  # noqa: E402
from verifier import DEFAULT_TIMEOUT_MS, verify_build  # noqa: E402
from verifier.checks import REGISTRY  # noqa: E402

SHAPES = ("function", "functions", "nests", "switch")
STAGES = ("front", "llvm opt", "ir view", "alloc", "emit+link", "compile", "check 1", "check 2", "check 3",
          "verify")
"""Column names, in pipeline order (module docstring)."""
CHECK_STAGES = {check.name: f"check {k + 1}" for k, check in enumerate(REGISTRY)}
NOISE_SECONDS = 0.01
"""Points of a stage under this many seconds are left out of its exponent fit."""
FUNCTION_STATEMENTS = 20
"""Statements per function of the `functions` shape."""
VARIABLES = ("a", "b", "c", "d")
REAL_C = (REPO / "tests" / "real" / "lz4.c", REPO / "tests" / "real" / "monocypher.c")
ANAN_AS = REPO / "examples" / "anan-as"
GENERATED = BuildOptions(stack_size=MAX_STACK_SIZE)
"""Build options of the generated programs: the defaults but the largest stack (16 MiB), since a huge function
with every value in a frame slot outgrows the default 64 KiB (the size only changes the program's header)."""


# ---------------------------------------------------------------------------------------------------------------
# The generator


PRELUDE = """typedef unsigned char u8;
typedef unsigned int u32;
typedef unsigned long long u64;

static u64 mem[16];
static u64 out[5];

static u64 seed(const u8 *args, u32 len, u32 k) {
  u64 v = 0x9e3779b97f4a7c15ull * (k + 1);
  for (u32 i = 0; i < 8; i++)
    if (8 * k + i < len) v ^= (u64)args[8 * k + i] << (8 * i);
  return v;
}
"""

MAIN_HEAD = """
u64 main(const u8 *args, u32 len) {
  u64 a = seed(args, len, 0), b = seed(args, len, 1), c = seed(args, len, 2), d = seed(args, len, 3);
  u32 rounds = len + 1;
"""

MAIN_TAIL = """  out[0] = a; out[1] = b; out[2] = c; out[3] = d;
  out[4] = mem[0] ^ mem[5] ^ mem[10] ^ mem[15];
  return (u64)(u32)out | (40ull << 32);
}
"""


def statement(rng: random.Random) -> str:
    """One straight-line C statement on the variables and `mem` (no undefined behaviour: unsigned arithmetic,
    shift amounts 1..63, indices masked)."""
    x, y, z = rng.sample(VARIABLES, 3)
    k = rng.randrange(1, 1 << 32) | 1
    s = rng.randrange(1, 64)
    kind = rng.randrange(8)
    if kind == 0:
        return f"{x} += {y} ^ {k}ull;"
    if kind == 1:
        return f"{x} ^= ({y} << {s}) | ({y} >> {64 - s});"
    if kind == 2:
        return f"{x} = {x} * {k}ull + {z};"
    if kind == 3:
        return f"mem[({x} + {k % 16}) & 15] += {y};"
    if kind == 4:
        return f"{x} ^= mem[({y} >> {s}) & 15];"
    if kind == 5:
        return f"{x} -= {y} & {z};"
    if kind == 6:
        return f"{x} = {y} < {z} ? {x} + {k}ull : {x} - {z};"
    return f"{x} |= {y} >> {s};"


def gen_function(n: int, rng: random.Random, depth: int) -> str:
    """Shape `function`: one loop whose body is `n` statements."""
    body = "".join(f"    {statement(rng)}\n" for _ in range(n))
    return (PRELUDE + MAIN_HEAD + "  for (u32 i = 0; i < rounds; i++) {\n    a ^= i;\n" + body + "  }\n"
            + MAIN_TAIL)


def gen_functions(n: int, rng: random.Random, depth: int) -> str:
    """Shape `functions`: `n` functions of `FUNCTION_STATEMENTS` statements, each called once from `main`."""
    parts = [PRELUDE]
    for f in range(n):
        body = "".join(f"  {statement(rng)}\n" for _ in range(FUNCTION_STATEMENTS))
        parts.append(f"\n__attribute__((noinline)) static u64 f{f}(u64 a, u64 b, u64 c, u64 d) {{\n{body}"
                     "  return a ^ b ^ c ^ d;\n}\n")
    parts.append(MAIN_HEAD)
    for f in range(n):
        x = VARIABLES[f % 4]
        args = ", ".join(VARIABLES[(f + j) % 4] for j in range(4))
        parts.append(f"  {x} = f{f}({args});\n")
    parts.append(MAIN_TAIL)
    return "".join(parts)


def gen_nests(n: int, rng: random.Random, depth: int) -> str:
    """Shape `nests`: `n` loop nests of `depth` levels in `main`, two statements per level, trip counts 1 or 2."""
    parts = [PRELUDE, MAIN_HEAD]
    for nest in range(n):
        for level in range(depth):
            pad = "  " * (level + 1)
            bound = VARIABLES[(nest + level) % 4]
            i = f"i{level}"
            parts.append(f"{pad}for (u32 {i} = 0, n{level} = (u32)({bound} & 1) + 1; {i} < n{level}; {i}++) {{\n"
                         f"{pad}  {VARIABLES[level % 4]} += {i};\n"
                         f"{pad}  {statement(rng)}\n{pad}  {statement(rng)}\n")
        parts.append("".join("  " * (level + 1) + "}\n" for level in reversed(range(depth))))
    parts.append(MAIN_TAIL)
    return "".join(parts)


def gen_switch(n: int, rng: random.Random, depth: int) -> str:
    """Shape `switch`: a loop around a `switch` of `n` dense cases."""
    mask = (1 << max(1, (n - 1).bit_length())) - 1
    parts = [PRELUDE, MAIN_HEAD, "  u32 state = (u32)a;\n  for (u32 i = 0; i < rounds; i++) {\n"
             "    switch (state) {\n"]
    for case in range(n):
        x = rng.choice(VARIABLES)
        parts.append(f"    case {case}: {statement(rng)} {statement(rng)} state = (u32)({x} >> "
                     f"{rng.randrange(0, 32)}) & {mask}u; break;\n")
    parts.append(f"    default: state = (u32)(a ^ i) & {mask >> 1}u; break;\n    }}\n  }}\n")
    parts.append(MAIN_TAIL)
    return "".join(parts)


GENERATORS: dict[str, Callable[[int, random.Random, int], str]] = {
    "function": gen_function, "functions": gen_functions, "nests": gen_nests, "switch": gen_switch}
PROBES = {"function": (100, 200), "functions": (5, 10), "nests": (4, 8), "switch": (50, 100)}
"""Two small values of N per shape whose IR sizes fix the affine model IR ≈ a + b·N."""


def generate(shape: str, n: int, depth: int) -> str:
    """The C source of `shape` with parameter `n` (deterministic: seeded by shape and n)."""
    return GENERATORS[shape](n, random.Random(f"{shape}:{n}"), depth)


def ir_instructions(module: Module) -> int:
    """IR instructions of every defined function of `module`."""
    return sum(len(f.instructions) for f in module.functions if not f.is_declaration)


def llvm_instructions(m: llvm.ModuleRef) -> int:
    """IR instructions of every function defined in the LLVM module `m` (the view may leave some out: it holds
    only what the entry reaches)."""
    return sum(1 for f in m.functions if not f.is_declaration for b in f.blocks for _ in b.instructions)


IR_COUNT = "_ir instructions"
"""Key of `stage_timers`'s totals: IR instructions of the optimised module (a count, not seconds)."""
UNTIMED = "_untimed"
"""Key of `stage_timers`'s totals: seconds spent counting them, taken off the stages that contain it."""


def probe_size(source: str, workdir: Path) -> int:
    """IR instructions of `source` after -O2 (clang + LLVM + IR view only, untimed)."""
    path = workdir / "probe.c"
    path.write_text(source)
    return ir_instructions(module_from_llvm(compile_c(path), 2, str(path)))


def parameter_for(shape: str, target: int, depth: int, workdir: Path,
                  observed: dict[str, list[tuple[int, int]]]) -> int:
    """The generator's N for about `target` IR instructions: the line IR ≈ a + b·N through the observations
    (N, IR instructions) of `shape` with the smallest and the largest N — the two probes at first, then the
    first probe and the largest size measured (the caller appends them), so the model follows the optimiser's
    folding as programs grow."""
    if shape not in observed:
        observed[shape] = [(n, probe_size(generate(shape, n, depth), workdir)) for n in PROBES[shape]]
    points = sorted(set(observed[shape]))
    (n0, s0), (n1, s1) = points[0], points[-1]
    slope = max((s1 - s0) / (n1 - n0), 1e-9)
    return max(1, round(n1 + (target - s1) / slope))


def ladder(low: int, high: int) -> list[int]:
    """`low`, 2·`low`, 4·`low`, ... up to `high`, and `high` itself when it is not on the ladder."""
    sizes = []
    size = low
    while size <= high:
        sizes.append(size)
        size *= 2
    if not sizes or sizes[-1] != high:
        sizes.append(high)
    return sizes


# ---------------------------------------------------------------------------------------------------------------
# Timing


@contextmanager
def stage_timers(totals: dict[str, float]) -> Iterator[None]:
    """Wrap the pipeline's stage functions (looked up as module globals by their callers) so every call adds
    its wall-clock seconds to `totals[name]`; restored on exit."""
    targets: list[tuple[ModuleType, str]] = [
        (driver, "load_module"), (load, "module_from_llvm"), (load, "optimise"), (driver, "build_program"),
        (driver, "allocate_function")]
    saved = [(module, name, getattr(module, name)) for module, name in targets]

    def timed(name: str, original: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                totals[name] = totals.get(name, 0.0) + time.perf_counter() - start
                if name == "optimise":   # count the optimised module, and take the counting off every stage
                    begin = time.perf_counter()
                    totals[IR_COUNT] = totals.get(IR_COUNT, 0.0) + llvm_instructions(args[0])
                    totals[UNTIMED] = totals.get(UNTIMED, 0.0) + time.perf_counter() - begin
        return wrapper

    try:
        for module, name, original in saved:
            setattr(module, name, timed(name, original))
        yield
    finally:
        for module, name, original in saved:
            setattr(module, name, original)


@dataclass
class Record:
    """One program compiled (and verified) once."""

    shape: str
    """Generated shape, or `real`."""
    program: str
    """What was compiled: the generator's parameter (`N=...`) or the real program's path."""
    ir_instructions: int
    """IR instructions of the optimised module."""
    functions: int
    """Functions emitted (reachable from the entry)."""
    emitted_ir: int
    """IR instructions of the emitted functions (what allocation, emission and verification see)."""
    largest_ir: int
    """IR instructions of the largest emitted function."""
    seconds: dict[str, float] = field(default_factory=dict)
    """Seconds per stage (`STAGES`; the check and verify stages are absent with `--no-verify`)."""
    not_proved: int = 0
    """Functions whose verdict is not `proved` (unknown at the limit, or refuted)."""


def measure(shape: str, program: str, compile_: Callable[[], CompileResult], verify: bool,
            timeout_ms: int) -> Record:
    """Compile (and verify) once with every stage timed."""
    totals: dict[str, float] = {}
    gc.collect()   # the garbage of the previous program is not charged to this one
    start = time.perf_counter()
    with stage_timers(totals):
        result = compile_()
    untimed = totals.get(UNTIMED, 0.0)
    compile_s = time.perf_counter() - start - untimed
    seconds = {
        "front": totals["load_module"] - totals["module_from_llvm"],
        "llvm opt": totals.get("optimise", 0.0),
        "ir view": totals["module_from_llvm"] - totals.get("optimise", 0.0) - untimed,
        "alloc": totals.get("allocate_function", 0.0),
        "emit+link": totals["build_program"] - totals.get("allocate_function", 0.0),
        "compile": compile_s}
    sizes = [f.ir_instructions for f in result.build.functions]
    ir = round(totals[IR_COUNT]) if IR_COUNT in totals else ir_instructions(result.module)
    record = Record(shape, program, ir, len(sizes), sum(sizes), max(sizes), seconds)
    if verify:
        gc.collect()
        start = time.perf_counter()
        verdicts = verify_build(result.build, timeout_ms)
        seconds["verify"] = time.perf_counter() - start
        for check in REGISTRY:
            seconds[CHECK_STAGES[check.name]] = sum(c.seconds for v in verdicts for c in v.checks
                                                    if c.name == check.name)
        record.not_proved = sum(1 for v in verdicts if not v.proved)
    return record


def exponent(records: list[Record], stage: str) -> tuple[float | None, int]:
    """(least-squares slope of log seconds on log IR instructions over the points of at least `NOISE_SECONDS`,
    how many points that is); the slope is None with fewer than two such points or no spread in size."""
    points = [(math.log(r.ir_instructions), math.log(r.seconds[stage])) for r in records
              if stage in r.seconds and r.seconds[stage] >= NOISE_SECONDS]
    if len(points) < 2:
        return None, len(points)
    mx = sum(x for x, _ in points) / len(points)
    my = sum(y for _, y in points) / len(points)
    sxx = sum((x - mx) ** 2 for x, _ in points)
    if sxx == 0:
        return None, len(points)
    return sum((x - mx) * (y - my) for x, y in points) / sxx, len(points)


# ---------------------------------------------------------------------------------------------------------------
# Runs


def run_shapes(shapes: list[str], sizes: list[int], depth: int, verify: bool, timeout_ms: int,
               emit: Path | None) -> list[Record]:
    records: list[Record] = []
    observed: dict[str, list[tuple[int, int]]] = {}
    with tempfile.TemporaryDirectory(prefix="pvmc-scaling-") as tmp:
        workdir = Path(tmp)
        for shape in shapes:
            for target in sizes:
                n = parameter_for(shape, target, depth, workdir, observed)
                path = (emit or workdir) / f"{shape}_{n}.c"
                path.write_text(generate(shape, n, depth))
                record = measure(shape, f"N={n}", lambda: compile_file(path, options=GENERATED), verify, timeout_ms)
                records.append(record)
                observed[shape].append((n, record.ir_instructions))
                print(f"  {shape} N={n}: {record.ir_instructions} IR instructions, compile "
                      f"{record.seconds['compile']:.2f} s, verify {record.seconds.get('verify', 0.0):.2f} s",
                      file=sys.stderr, flush=True)
    return records


def _compiler(path: Path) -> Callable[[], CompileResult]:
    """A call that compiles the C file `path` with the defaults."""
    return lambda: compile_file(path)


def run_real(verify: bool, timeout_ms: int) -> list[Record]:
    records = []
    jobs: list[tuple[str, Callable[[], CompileResult]]] = [
        (str(p.relative_to(REPO)), _compiler(p)) for p in REAL_C]
    jobs.append((str((ANAN_AS / "compiler.wasm").relative_to(REPO)),
                 lambda: compile_file(ANAN_AS / "compiler.wasm", entry="main",
                                      wasm=WasmOptions(adapter=ANAN_AS / "pinned.adapter.wat", max_memory=256))))
    for name, job in jobs:
        record = measure("real", name, job, verify, timeout_ms)
        records.append(record)
        print(f"  {name}: {record.ir_instructions} IR instructions, compile {record.seconds['compile']:.2f} s, "
              f"verify {record.seconds.get('verify', 0.0):.2f} s", file=sys.stderr, flush=True)
    return records


def row(record: Record, stages: list[str]) -> list[object]:
    return ([record.program, record.ir_instructions, record.emitted_ir, record.functions, record.largest_ir]
            + [f"{record.seconds[s]:.3f}" for s in stages] + ([record.not_proved] if "verify" in stages else []))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--shapes", default=",".join(SHAPES), help=f"comma-separated subset of {', '.join(SHAPES)}")
    parser.add_argument("--min-size", type=int, default=1000, help="smallest target, IR instructions (1000)")
    parser.add_argument("--max-size", type=int, default=8000, help="largest target, IR instructions (8000)")
    parser.add_argument("--depth", type=int, default=8, help="nesting depth of the `nests` shape (8)")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT_MS / 1000,
                        help="z3 limit per function per check, per IR instruction for check 3, seconds "
                             "(default: the verifier's)")
    parser.add_argument("--no-verify", action="store_true", help="time the compile stages only")
    parser.add_argument("--emit", type=Path, help="also write the generated C files into this directory")
    parser.add_argument("--real", action="store_true", help="time the real programs instead of the ladder")
    parser.add_argument("--json", action="store_true", help="print the records as JSON")
    args = parser.parse_args(argv)
    shapes = [s for s in args.shapes.split(",") if s]
    unknown = [s for s in shapes if s not in SHAPES]
    if unknown:
        parser.error(f"unknown shape(s) {', '.join(unknown)}; expected {', '.join(SHAPES)}")
    verify = not args.no_verify
    timeout_ms = max(1, round(args.timeout * 1000))
    stages = [s for s in STAGES if verify or not s.startswith(("check", "verify"))]
    if args.emit:
        args.emit.mkdir(parents=True, exist_ok=True)

    warm = compile_file(REPO / "examples" / "fib.c")
    verify_build(warm.build, timeout_ms)

    if args.real:
        records = run_real(verify, timeout_ms)
        groups = {"real": records}
    else:
        records = run_shapes(shapes, ladder(args.min_size, args.max_size), args.depth, verify, timeout_ms,
                             args.emit)
        groups = {shape: sorted((r for r in records if r.shape == shape), key=lambda r: r.ir_instructions)
                  for shape in shapes}
    fits = {shape: {s: exponent(rs, s) for s in stages} for shape, rs in groups.items() if not args.real}

    if args.json:
        print(json.dumps({"verify": verify, "timeout_seconds": args.timeout, "depth": args.depth,
                          "records": [{"shape": r.shape, "program": r.program, "ir_instructions": r.ir_instructions,
                                       "emitted_ir_instructions": r.emitted_ir, "functions": r.functions,
                                       "largest_function_ir_instructions": r.largest_ir,
                                       "seconds": {s: round(t, 4) for s, t in r.seconds.items()},
                                       "not_proved": r.not_proved} for r in records],
                          "exponents": {shape: {s: {"exponent": None if e is None else round(e, 3), "points": k}
                                                for s, (e, k) in fit.items()} for shape, fit in fits.items()}},
                         indent=2))
        return 0
    headers = ["program", "IR", "emitted", "fns", "max fn"] + list(stages) + (["unk"] if verify else [])
    for shape, rs in groups.items():
        print(f"\n{shape}: seconds per stage" + ("" if args.real else f"; exponent = slope of log s on log size "
                                                                     f"over points >= {NOISE_SECONDS * 1000:.0f} ms"))
        table: list[list[object]] = [row(r, stages) for r in rs]
        if shape in fits:
            slopes: list[object] = ["-" if e is None else f"{e:.2f}" + ("" if k == len(rs) else f" ({k}p)")
                                    for e, k in (fits[shape][s] for s in stages)]
            table.append(["exponent", "", "", "", ""] + slopes + ([""] if verify else []))
        print(tabulate(table, headers=headers, disable_numparse=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
