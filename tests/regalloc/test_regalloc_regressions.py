"""One regression program per soundness bug of the original register allocator (../shared/SEED-regalloc.md,
"Background from the original system", last bullet), each run with `--regalloc none` and `linear-scan` and
compared with an independent reference.

Programs (tests/regalloc/), one per bug class:
  call_clobber.c      calls clobbering allocated registers
  merge_after_call.c  merge blocks inheriting "register still valid" from one predecessor while another called
  phi_edge.c          phi copies on an edge overwriting registers the successor assumed valid
  div_check.wat       a label after a division-by-zero check dropping register state
  phi_rotate.c        phi parallel moves ordered wrongly (swap, 3- and 4-way rotations)
  expiry_reuse.c      expired intervals leaving one register mapped to two values
  block_order.c       live ranges computed in a different block order than the emitter's layout
  same_operand.c/.ll  two operands of one instruction landing in the same temporary
  select_loop.c       conditional moves not counted as reading their destination
  repro_*.c           reductions of miscompiles found on the way (run the same way, no shape check)

References (never the code under test):
  .c    the same C compiled by clang-16 to wasm32 and run in wasmtime (support/wasm_reference.py);
  .wat  the module run in wasmtime (tests/wasm/wasm_harness.WasmtimeRunner, as in tests/test_wat_corpus.py);
  .ll   @kernel of the same IR compiled for the host by llvmlite MCJIT; the output is its u64 result.
Each case runs on our interpreter and on anan-as 1.2.0 (`support.both_pvms.check_case`: reference status and
output on both, equal gas and registers). C programs also go through clang -> .wasm -> pvmc (the WASM route:
other IR shapes, explicit trap blocks before divisions). The .ll program is compiled at -O0 so that
`sub x, x`, `icmp eq x, x` and friends reach the backend unfolded; everything else at -O2.

Each program must also exercise allocation in linear-scan mode (some function allocated values and read one
from its register) and show the shape its class needs (`regalloc_shapes`: e.g. a call inside a loop of an
allocating non-leaf function with invalidations, a critical edge into allocated phis, a phi 3-cycle whose members
are all allocated). A failing shape check means the program no longer tests its class.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

import llvmlite.binding as llvm
import pytest

import regalloc_shapes as shapes
from pvm_backend.driver import CompileResult, compile_file
from pvm_backend.driver import BuildOptions
from support.anan_as import AnanAs
from support.both_pvms import check_case
from support.corpus import cases_of
from support.wasm_reference import WasmReference, WasmResult, WasmStatus

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "wasm"))
from wasm_harness import WasmtimeRunner, load_program, pvm_memory_base  # noqa: E402

HERE = Path(__file__).resolve().parent
MODES = ("none", "linear-scan")
Witness = Callable[[CompileResult], "str | None"]

PROGRAMS: dict[str, Witness] = {
    "call_clobber.c": shapes.call_clobber_witness,
    "merge_after_call.c": shapes.merge_after_call_witness,
    "phi_edge.c": shapes.phi_edge_witness,
    "div_check.wat": shapes.division_check_witness,
    "phi_rotate.c": shapes.phi_rotation_witness,
    "expiry_reuse.c": shapes.expiry_witness,
    "block_order.c": shapes.block_order_witness,
    "same_operand.c": shapes.same_operand_witness,
    "same_operand.ll": shapes.same_operand_witness,
    "select_loop.c": shapes.select_witness,
}
"""Program file -> the shape it must show (its bug class)."""
REPROS = tuple(sorted(p.name for p in HERE.glob("repro_*.c")))
"""Smallest reproductions of miscompiles found while writing these programs (each file's header says what
went wrong); they run like the programs above and stay as regressions once fixed."""
NON_LEAF_CLASSES = ("call_clobber.c", "merge_after_call.c")
"""Classes that need invalidations (real calls) in an allocating non-leaf function."""


def opt_level(path: Path) -> int:
    """-O0 for hand-written IR (keeps `x op x` unfolded), -O2 otherwise."""
    return 0 if path.suffix == ".ll" else 2


@cache
def compiled(path: Path, mode: str) -> CompileResult:
    """One compilation per file and mode per test worker."""
    return compile_file(path, entry="main", opt_level=opt_level(path), options=BuildOptions(regalloc=mode))


# ----------------------------------------------------------------------------------------- references

def wat_cases(path: Path) -> list[bytes]:
    return list(load_program(path).inputs)


def ll_cases(path: Path) -> list[bytes]:
    """`; args: <hex>` lines of a .ll file."""
    prefix = "; args:"
    return [bytes.fromhex(line[len(prefix):].replace(" ", "")) for line in path.read_text().splitlines()
            if line.startswith(prefix)]


@cache
def wat_reference(path: Path) -> WasmtimeRunner:
    runner = WasmtimeRunner(load_program(path).wasm)
    runner.memory_base = pvm_memory_base(path)
    return runner


_ENGINES: list[llvm.ExecutionEngine] = []


@cache
def ll_kernel(path: Path) -> Callable[[ctypes.Array[ctypes.c_char], int], int]:
    """`@kernel(ptr, i32) -> i64` of the .ll file compiled for the host by MCJIT."""
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    tm = llvm.Target.from_default_triple().create_target_machine()
    text = "\n".join(line for line in path.read_text().splitlines() if not line.startswith("target "))
    module = llvm.parse_assembly(text, context=llvm.create_context())
    module.triple = llvm.get_default_triple()
    module.data_layout = str(tm.target_data)
    module.verify()
    engine = llvm.create_mcjit_compiler(module, tm)
    engine.finalize_object()
    _ENGINES.append(engine)  # keeps the code alive
    function = ctypes.CFUNCTYPE(ctypes.c_uint64, ctypes.c_char_p, ctypes.c_uint32)
    return function(engine.get_function_address("kernel"))


def expected(path: Path, args: bytes, wasm_reference: WasmReference) -> WasmResult:
    """The reference outcome of `path` on `args`."""
    if path.suffix == ".c":
        return wasm_reference.run(path, args)
    if path.suffix == ".wat":
        outcome = wat_reference(path).run(args)
        status = WasmStatus.HALT if outcome.status == "ok" else WasmStatus.TRAP
        return WasmResult(status, outcome.output)
    buffer = ctypes.create_string_buffer(args, len(args) or 1)
    return WasmResult(WasmStatus.HALT, ll_kernel(path)(buffer, len(args)).to_bytes(8, "little"))


def cases(path: Path) -> list[bytes]:
    if path.suffix == ".c":
        return [c.args for c in cases_of(path)]
    return wat_cases(path) if path.suffix == ".wat" else ll_cases(path)


CASES = [(name, i, mode) for name in (*PROGRAMS, *REPROS) for i in range(len(cases(HERE / name))) for mode in MODES]


# ----------------------------------------------------------------------------------------- tests

@pytest.mark.parametrize(("name", "index", "mode"), CASES, ids=[f"{n}#{i}-{m}" for n, i, m in CASES])
def test_case_matches_reference(name: str, index: int, mode: str, wasm_reference: WasmReference,
                                anan: AnanAs) -> None:
    path = HERE / name
    args = cases(path)[index]
    check_case(compiled(path, mode), args, expected(path, args, wasm_reference), anan)


C_CASES = [c for c in CASES if c[0].endswith(".c")]


@pytest.mark.parametrize(("name", "index", "mode"), C_CASES, ids=[f"{n}#{i}-{m}" for n, i, m in C_CASES])
def test_c_case_through_wasm_matches_reference(name: str, index: int, mode: str,
                                               wasm_reference: WasmReference, anan: AnanAs) -> None:
    path = HERE / name
    args = cases(path)[index]
    check_case(compiled(wasm_reference.compile(path), mode), args, wasm_reference.run(path, args), anan)


@pytest.mark.parametrize("name", PROGRAMS)
def test_program_exercises_its_bug_class(name: str) -> None:
    result = compiled(HERE / name, "linear-scan")
    allocating = list(shapes.allocating(result))
    assert allocating, f"{name}: no function allocated a value and read it from its register"
    if name in NON_LEAF_CLASSES:
        defined = shapes.definitions(result)
        non_leaf = [fn.name for fn, _, s in allocating if s.counters.invalidations > 0
                    and any(shapes.real_calls(b, defined) for b in fn.blocks)]
        assert non_leaf, f"{name}: no allocating non-leaf function with invalidations"
    witness = PROGRAMS[name](result)
    assert witness is not None, f"{name}: the program no longer has the shape of its bug class"


def test_without_allocation_nothing_is_allocated() -> None:
    """`--regalloc none` really is the baseline the comparison needs: no register assignment, no counters."""
    for name in PROGRAMS:
        result = compiled(HERE / name, "none")
        assert all(e.registers == () for e in result.build.emitted), name
        assert all(not f.allocation.registers and f.counters.alloc_load_hits == 0 for f in result.build.functions), name


def test_every_program_has_several_cases() -> None:
    assert sorted(PROGRAMS) == sorted(p.name for p in HERE.iterdir() if p.suffix in (".c", ".wat", ".ll")
                                      and not p.name.startswith("repro_"))
    for name in PROGRAMS:
        assert len(cases(HERE / name)) >= 4, name
