"""Check 2 has no false alarm on values the code recomputes or never reloads (issue 15 §1).

Three patterns, each refuted on correct code before the model knew them:
- a load of what its block has just stored at the same address (LLVM memory semantics: the load reads the
  stored value) whose reload the emitter's peephole dropped because the register still holds what it stored —
  at -O0 every local variable is stored and loaded back, at -O2 a volatile local is (`forwarded_loads`);
- a stored constant: the register holds the constant the code loaded for the store (`load_imm`), which is the
  loaded value;
- a value computed again from the same inputs (an address of a local taken twice, `&l == &l`).

Expected facts come from LLVM's semantics of the few IR instructions and the GP meaning of the few PVM
instructions of each hand-built stream; the C program's expected output comes from wasmtime.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pvm_backend.driver import BuildOptions, build_program, compile_file
from pvm_backend.frontend.load import module_from_text
from pvm_backend.emitter.items import EmittedFunction, Label
from pvm_backend.ir import Const, Function, ValueRef
from pvm_backend.isa import Instruction, Opcode
from support.end_to_end import runs_right_and_proves
from support.wasm_reference import WasmReference
from verifier import verify_build, verify_function
from verifier.model import forwarded_loads, value_classes

from test_check_code import HEADER, RET, E, hand_function, ids, ir_function, ir_id, refuted

# --- which loads read what their block just stored ----------------------------------------------------------

MEMORY = """
declare void @g()

define i64 @f(ptr %p, ptr %q, i64 %a) {
entry:
  store i64 %a, ptr %p
  %same = load i64, ptr %p
  %e = getelementptr inbounds i8, ptr %p, i32 8
  store i64 -1, ptr %e
  %e2 = getelementptr inbounds [2 x i64], ptr %p, i32 0, i32 1
  %minus = load volatile i64, ptr %e2
  store i64 %a, ptr %p
  store i64 7, ptr %q
  %maybe = load i64, ptr %p
  store i64 %a, ptr %p
  call void @g()
  %after_call = load i64, ptr %p
  store i64 %a, ptr %p
  %narrow = load i32, ptr %p
  store i64 %a, ptr %p
  br label %next

next:
  %other_block = load i64, ptr %p
  %s1 = add i64 %same, %minus
  %s2 = add i64 %maybe, %after_call
  %n = sext i32 %narrow to i64
  %s3 = add i64 %n, %other_block
  %s4 = add i64 %s1, %s2
  %s = add i64 %s4, %s3
  ret i64 %s
}
"""


def test_a_load_reads_the_value_its_block_just_stored_at_that_address_and_nothing_else() -> None:
    """By LLVM's memory semantics: %same reads %a; %minus reads the -1 stored through another name of the same
    address (p + 8, volatile or not). Not forwarded: %maybe (a store through %q, which may be %p, came between),
    %after_call (the call may write any memory), %narrow (an i32 load of an i64 store is not the stored value's
    register image), %other_block (the store is in another block)."""
    fn = ir_function(MEMORY, "f")
    v = ids(fn)
    assert forwarded_loads(fn) == {v["same"]: ValueRef(v["a"]), v["minus"]: Const((1 << 64) - 1, 64)}


# --- hand-built streams ------------------------------------------------------------------------------------

STORE_LOAD = """
define i64 @f(ptr %p, i64 %a) {
  store i64 %a, ptr %p
  %y = load i64, ptr %p
  %s = add i64 %y, 1
  ret i64 %s
}
"""

STORE_STORE_LOAD = """
define i64 @f(ptr %p, i64 %a, ptr %q) {
  store i64 %a, ptr %p
  store i64 0, ptr %q
  %y = load i64, ptr %p
  %s = add i64 %y, 1
  ret i64 %s
}
"""


def _no_reload(text: str, stored_register: int, store_ir: str) -> tuple[Function, EmittedFunction]:
    """f: the store of %a (r10) to *p (r9), then %s = %y + 1 read from the stored register, no reload of %y."""
    fn = ir_function(text, "f")
    v = ids(fn)
    store, add, ret = ir_id(fn, store_ir), ir_id(fn, "%s = add"), ir_id(fn, "ret")
    items = [E(Label("fn:f")),
             E(Instruction(Opcode.STORE_IND_U64, ra=stored_register, rb=9, x=0), store,
               ((stored_register, v["a"]), (9, v["p"]))),
             E(Instruction(Opcode.ADD_IMM_64, ra=7, rb=stored_register, x=1), add, ((stored_register, v["y"]),),
               v["s"]),
             E(RET, ret, ((0, None),))]
    return fn, hand_function("f", items, ((0, "fn:f"),), len(fn.instructions))


def test_the_stored_register_holds_the_load_that_follows_the_store() -> None:
    fn, em = _no_reload(STORE_LOAD, 10, "store i64 %a")
    assert verify_function(fn, em).proved


def test_a_store_through_another_pointer_between_makes_the_missing_reload_a_refuted_read() -> None:
    """%q may be %p: %y is whatever the second store left, r10 still holds %a."""
    fn, em = _no_reload(STORE_STORE_LOAD, 10, "store i64 %a")
    cx = refuted(verify_function(fn, em))
    assert (cx.instruction, cx.location, cx.expected) == ("add_imm_64 r7, r10, 1", "r10", "%y")


CONST_STORE = """
define i64 @f(ptr %p) {
  store i64 -1, ptr %p
  %y = load i64, ptr %p
  %s = add i64 %y, 1
  ret i64 %s
}
"""


def _constant_stream(constant: int) -> tuple[Function, EmittedFunction]:
    """f: load_imm r2, constant; store it to *p; %s = %y + 1 read from r2 (the reload dropped)."""
    fn = ir_function(CONST_STORE, "f")
    v = ids(fn)
    store, add, ret = ir_id(fn, "store"), ir_id(fn, "%s = add"), ir_id(fn, "ret")
    items = [E(Label("fn:f")),
             E(Instruction(Opcode.LOAD_IMM, ra=2, x=constant & (1 << 64) - 1), store),
             E(Instruction(Opcode.STORE_IND_U64, ra=2, rb=9, x=0), store, ((9, v["p"]),)),
             E(Instruction(Opcode.ADD_IMM_64, ra=7, rb=2, x=1), add, ((2, v["y"]),), v["s"]),
             E(RET, ret, ((0, None),))]
    return fn, hand_function("f", items, ((0, "fn:f"),), len(fn.instructions))


def test_a_register_loaded_with_the_stored_constant_holds_the_load() -> None:
    assert verify_function(*_constant_stream(-1)).proved


def test_a_register_loaded_with_another_constant_is_refuted() -> None:
    cx = refuted(verify_function(*_constant_stream(-2)))
    assert (cx.location, cx.expected) == ("r2", "%y (the same as the constant -1)")
    assert "load_imm r2, -2" in cx.instead


# --- a C program with all three patterns, end to end ------------------------------------------------------

PROGRAM = """
typedef unsigned long long u64;
static unsigned char out[8];

__attribute__((noinline)) static u64 fold(u64 acc, const unsigned char *args, unsigned int len) {
  u64 k = -1;                      /* -O0: a constant stored to its local and loaded straight back */
  k = k - 1;
  long l = len;
  int same = (&l == &l);           /* one local's address computed twice */
  for (unsigned i = 0; i < len; i++) {
    volatile u64 t = acc * 31 + args[i];   /* -O2 too: a volatile store and its reload */
    acc = t ^ k;
    k += same + l;
  }
  return acc + k;
}

unsigned long long main(const unsigned char *args, unsigned int len) {
  u64 r = fold(len, args, len);
  for (int b = 0; b < 8; b++) out[b] = r >> 8 * b;
  return (unsigned long long)(unsigned int)out | ((unsigned long long)8 << 32);
}
"""


@pytest.mark.parametrize("opt_level", [0, 2])
@pytest.mark.parametrize("mode", ["none", "linear-scan"])
def test_program_with_reloads_and_recomputed_addresses_runs_right_and_proves(
        opt_level: int, mode: str, tmp_path: Path, wasm_reference: WasmReference) -> None:
    """Refuted in `fold` at both levels before (r2 "overwritten by load_imm r2, -1" at -O0; the volatile
    reload at -O2); the output is wasmtime's on every input and every check proves every function."""
    source = tmp_path / "reloads.c"
    source.write_text(PROGRAM)
    result = compile_file(source, opt_level=opt_level, options=BuildOptions(regalloc=mode))
    runs_right_and_proves(result, source, (b"", b"\x05", bytes(range(1, 30))), wasm_reference)


LIFETIMES = """
declare void @llvm.lifetime.start.p0(ptr)
declare void @llvm.lifetime.end.p0(ptr)

define i64 @f(i64 %a) {
  %x = alloca i64
  %y = alloca i64
  store i64 %a, ptr %x
  call void @llvm.lifetime.start.p0(ptr %y)
  %kept = load i64, ptr %x
  store i64 %a, ptr %y
  call void @llvm.lifetime.end.p0(ptr %y)
  %gone = load i64, ptr %y
  %s = add i64 %kept, %gone
  ret i64 %s
}
"""


def test_a_lifetime_marker_ends_only_its_own_objects_stored_value() -> None:
    """LangRef: llvm.lifetime.start/end make only the given object's contents undefined: %kept still reads %a
    through %x; %gone reads an object whose lifetime ended after the store, so it is not %a."""
    fn = ir_function(LIFETIMES, "f")
    v = ids(fn)
    assert forwarded_loads(fn) == {v["kept"]: ValueRef(v["a"])}


EXPECT = """
declare i64 @llvm.expect.i64(i64, i64)

define i64 @f(i64 %x) {
  %e = call i64 @llvm.expect.i64(i64 %x, i64 0)
  ret i64 %e
}
"""


def test_llvm_expect_is_its_first_argument() -> None:
    """LangRef: llvm.expect returns its first argument; the two are one class (lz4's LZ4_unlikely at -O0 was
    refuted before: the branch on it read the register holding the argument)."""
    fn = ir_function(EXPECT, "f")
    v = ids(fn)
    classes = value_classes(fn, len(fn.values))
    assert classes.representative[v["e"]] == v["x"] and classes.constants == []


FREEZE = """
@g = global [4 x i32] zeroinitializer
@h = global i32 0

define i64 @main(ptr %args, i32 %len) {
  %f = freeze ptr getelementptr inbounds (i8, ptr @g, i32 8)
  %c = icmp eq ptr %f, @h
  %z = zext i1 %c to i64
  ret i64 %z
}
"""


def test_a_frozen_constant_address_is_the_value_its_load_imm_writes() -> None:
    """csmith seeds 67 and 192 at -O2 were refuted in every mode: `freeze` of a constant global address is that
    constant (LangRef: freeze of a non-poison value is the value), loaded by `load_imm`, which now says so."""
    build = build_program(module_from_text(HEADER + FREEZE, 0), "main")
    assert all(v.proved for v in verify_build(build))


# --- an edge that leaves from the successor's own phi copies ---------------------------------------------------

FALL_INTO_PHI = """(module
  (memory 1)
  (func $pick (param $a i32) (param $b i32) (result i32)
    (local $r i32)
    (local.set $r (i32.add (local.get $a) (local.get $b)))
    (block $done (br_if $done (i32.eqz (local.get $a))) (local.set $r (i32.mul (local.get $r) (local.get $b))))
    (local.get $r))
  (func (export "main") (param i32 i32) (result i64)
    (i64.extend_i32_u (call $pick (i32.load8_u (local.get 0)) (i32.const 7)))))
"""


@pytest.mark.parametrize("source", ["tests/wat/bench/add.wat", "inline"])
def test_a_block_falling_through_after_its_successor_s_phi_copies_proves(source: str, tmp_path: Path) -> None:
    """Unoptimised WebAssembly (-O0) ends a block with the copies of its successor's phis and falls through into
    it with no jump, so the edge leaves from an instruction of the successor's own phi. Every such function was
    refuted ("cannot tell which predecessor of return an edge into it comes from"); the predecessor is the block
    of the instruction before the copies, which only falls through into them."""
    path = Path(__file__).resolve().parents[2] / source if source != "inline" else tmp_path / "fall.wat"
    if source == "inline":
        path.write_text(FALL_INTO_PHI)
    build = compile_file(path, opt_level=0, options=BuildOptions(regalloc="none")).build
    verdicts = verify_build(build)
    assert all(v.proved for v in verdicts), [(v.name, [c.status.value for c in v.checks]) for v in verdicts]


# --- a block of phis alone shares its point with the block it falls into -----------------------------------------

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "emitter"))
from emitter_harness import WASM_HEADER, f_source, main_source, run_jit, run_pvm  # noqa: E402

PHIS_ALONE = """\
entry:
  store i32 0, ptr @g
  br label %outer
outer:
  %acc = phi i64 [ %a0, %entry ], [ %acc2, %latch ]
  %i = phi i64 [ 0, %entry ], [ %i2, %latch ]
  br label %inner
inner:
  %k = load volatile i32, ptr @g
  %c = icmp ult i32 %k, 3
  br i1 %c, label %skip, label %body
skip:
  %k1 = add i32 %k, 1
  store volatile i32 %k1, ptr @g
  br label %inner
body:
  store volatile i32 0, ptr @g
  %acc2 = xor i64 %acc, -7
  %m = mul i64 %acc2, %acc
  %t = add i64 %m, %i
  %i2 = add i64 %i, 1
  %d = icmp ult i64 %i2, %a1
  br i1 %d, label %latch, label %exit
latch:
  br label %outer
exit:
  %r = add i64 %t, %acc
  ret i64 %r
"""
"""@f(a0, a1): `outer` holds phis alone and falls into `inner`, which `skip` also enters directly; its phis' copies
are on outer's incoming edges, so outer and inner start at the same point of the code."""


@pytest.mark.parametrize("mode", ["none", "linear-scan", "optimal"])
def test_a_block_of_phis_alone_sharing_its_point_keeps_its_phis(mode: str) -> None:
    """Found by csmith (seed 341256 at -O2, `--small`): the model mapped each point to one IR block, the last
    of those starting there, so the renames of the phis of a phi-only loop header were lost on its back edge and
    every read of a phi in a register after it was refuted."""
    extra = "@g = global i32 0\n"
    for args in ((5, 4), (1 << 40, 1), (7, 9)):
        assert run_pvm(PHIS_ALONE, args, extra) == run_jit(PHIS_ALONE, args, extra)
    text = WASM_HEADER + extra + f_source(PHIS_ALONE, 2) + main_source(2)
    verdicts = verify_build(build_program(module_from_text(text, 0), options=BuildOptions(regalloc=mode)))
    assert all(v.proved for v in verdicts), [(v.name, [(c.name, c.status.value) for c in v.checks])
                                             for v in verdicts if not v.proved]
