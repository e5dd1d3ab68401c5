"""The full register model (`--registers full`, `abi.RegisterModel.FULL`) in check 1's contract, in linear scan, and
end to end on a program written for it.

Expected answers are derived by hand from the model's three rules (module docstrings of `verifier.contract` and
`linear_scan.problem`): a parameter arriving in r9-r12 may stay in that register and in no other; every one of
r9-r12 is otherwise available; a call's argument registers are not taken from a value live across the call (the
value is split around it: stored before, reloaded after), so check 1 leaves them to check 2, which proves the
reload on the emitted code. The end-to-end program's expected output is computed by wasmtime from the same C
(tests/support/wasm_reference.py), never by pvmc.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from linear_scan import ProblemBuilder, allocate
from pvm_backend.abi import RegisterModel
from pvm_backend.driver import BuildOptions, compile_file
from pvm_backend.errors import CompileError
from support.end_to_end import runs_right_and_proves
from support.wasm_reference import WasmReference
from verifier import Status
from verifier.contract import build_contract, check_allocation

from test_contract import CALL, HOST, LOOP, first, function, ids

FULL = RegisterModel.FULL


def test_full_model_offers_every_register_and_precolours_the_parameters() -> None:
    """f(n, k): n arrives in r9, k in r10. Under the full model all of r5-r12 are available; n may stay in r9
    (and nowhere else); k2 may take r10 (k is dead after k2's definition)."""
    fn = function(LOOP, "f")
    v = ids(fn)
    contract = build_contract(fn, FULL)
    assert contract.available == (5, 6, 7, 8, 9, 10, 11, 12)
    assert check_allocation(contract, {v["n"]: 9, v["k2"]: 10}).status is Status.PROVED
    result = check_allocation(contract, {v["n"]: 11})
    assert result.status is Status.REFUTED
    cx = first(result)
    assert cx is not None and (cx.rule, cx.values, cx.register) == ("precoloured", ("%n",), 11)
    assert "r9" in cx.detail
    # n is live in the loop with k2: they may not share r9 (SSA conflict still holds under the full model)
    conflict = first(check_allocation(contract, {v["n"]: 9, v["k2"]: 9}))
    assert conflict is not None and conflict.rule == "conflict"
    # the seed model keeps the parameter registers out
    assert build_contract(fn).available == (11, 12)


def test_full_model_leaves_call_argument_registers_to_splitting() -> None:
    """`call @g(a, a)` writes r9 and r10; v is live across it. Seed: v in r10 is refuted; full: v in r10 is split
    around the call, which check 1 accepts (check 2 then proves the reload on the code)."""
    fn = function(CALL, "c")
    v = ids(fn)
    assert first(check_allocation(build_contract(fn), {v["v"]: 10})) is not None
    assert check_allocation(build_contract(fn, FULL), {v["v"]: 10}).status is Status.PROVED


def test_full_model_host_call_argument_registers_are_split_too() -> None:
    fn = function(HOST, "h")
    v = ids(fn)
    assert first(check_allocation(build_contract(fn), {v["v"]: 10})) is not None
    assert check_allocation(build_contract(fn, FULL), {v["v"]: 10}).status is Status.PROVED


def test_linear_scan_keeps_a_parameter_in_its_own_register_under_the_full_model() -> None:
    """Two parameters (r9, r10) with 3 uses each in a loop. Seed: both registers are taken by the parameters,
    r11 and r12 go to the values (the parameters get the free ones by interval order). Full: each parameter
    stays where it arrived; the parameters are precoloured so they cannot take r11/r12."""
    def problem(model: RegisterModel):
        b = ProblemBuilder("p", params=2, model=model)
        b.block()
        b.jump(1)                                   # 0
        b.block()
        b.op(0, 1, result=False)                    # 1
        b.op(0, 1, result=False)                    # 2
        b.branch(1, 2, uses=(0, 1))                 # 3  back-edge
        b.block()
        b.ret()                                     # 4
        return b.build()
    seed, full = problem(RegisterModel.SEED), problem(FULL)
    assert seed.registers == (11, 12) and full.registers == (5, 6, 7, 8, 9, 10, 11, 12)
    assert full.precoloured == ((0, 9), (1, 10))
    assert allocate(full).assignment == ((0, 9), (1, 10))
    assert allocate(seed).assignment == ((0, 11), (1, 12))


def test_linear_scan_splits_at_a_call_under_the_full_model() -> None:
    """v is hot in a loop that calls a 4-argument function (r9-r12 written). Seed: the call takes every register
    and v stays in its slot; full: v gets r9 (split around the call)."""
    def problem(model: RegisterModel):
        b = ProblemBuilder("s", params=0, model=model)
        b.block()
        v = b.op()                                   # 0
        b.jump(1)                                    # 1
        b.block()
        b.op(v, v, result=False)                     # 2
        b.call(v, v, v, v, result=False)             # 3
        b.branch(1, 2, uses=(v,))                    # 4  back-edge
        b.block()
        b.ret(v)                                     # 5
        return b.build(), v
    (seed, v), (full, _) = problem(RegisterModel.SEED), problem(FULL)
    assert allocate(seed).assignment == ()
    assert allocate(full).assignment == ((v, 9),)


SHARED_ADDRESS = """
// One stack address passed twice in a call inside a loop (struct arguments by pointer), and a parameter-heavy
// helper: the rematerialised address is the same value (no false alarm), and parameters stay in r9-r12.
typedef unsigned long long u64;
typedef struct { u64 lo, hi; } pair;

__attribute__((noinline)) static void mul(pair *r, const pair *a, const pair *b) {
  u64 lo = a->lo * b->lo, hi = a->hi * b->lo + a->lo * b->hi + (lo < a->lo);
  r->lo = lo; r->hi = hi;
}

__attribute__((noinline)) static u64 mix(u64 a, u64 b, u64 c, u64 d, u64 n) {
  for (u64 i = 0; i < n; i++) { a += b ^ i; b = (b << 7 | b >> 57) + c; c ^= a + d; d += c; }
  return a ^ b ^ c ^ d;
}

static unsigned char out[24];

unsigned long long main(const unsigned char *args, unsigned int len) {
  pair r = {1, 0}, a = {len + 3, len};
  for (unsigned i = 0; i < len; i++) { a.lo += args[i]; mul(&r, &a, &a); a = r; }
  u64 m = mix(r.lo, r.hi, len, 5, len * 3);
  for (int b = 0; b < 8; b++) { out[b] = r.lo >> 8 * b; out[8 + b] = r.hi >> 8 * b; out[16 + b] = m >> 8 * b; }
  return (unsigned long long)(unsigned int)out | ((unsigned long long)24 << 32);
}
"""


@pytest.mark.parametrize("mode", ["none", "linear-scan", "optimal"])
@pytest.mark.parametrize("model", [RegisterModel.SEED, FULL], ids=lambda m: m.value)
def test_shared_address_programruns_right_and_proves(mode: str, model: RegisterModel, tmp_path: Path,
                                                      wasm_reference: WasmReference) -> None:
    source = tmp_path / "shared_address.c"
    source.write_text(SHARED_ADDRESS)
    result = compile_file(source, options=BuildOptions(regalloc=mode, registers=model))
    runs_right_and_proves(result, source, (b"", b"\x01\x02\x03", bytes(range(40))), wasm_reference)
    if mode != "none" and model is FULL:
        mix = next(f for f in result.build.functions if f.name == "mix")
        assert mix.allocation.summary.allocated_values > 0


# --- caller-saved registers (r5-r8) under the full model -------------------------------------------------------

COPY = """
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

declare void @llvm.memcpy.p0.p0.i32(ptr, ptr, i32, i1)

define i64 @copy(ptr %d, ptr %s, i32 %n, i64 %k) {
entry:
  %k2 = mul i64 %k, 3
  call void @llvm.memcpy.p0.p0.i32(ptr %d, ptr %s, i32 %n, i1 false)
  %r = add i64 %k2, 1
  ret i64 %r
}
"""


def test_contract_keeps_values_out_of_the_registers_an_instruction_uses_itself() -> None:
    """By hand from `selection.scratch_registers`: memcpy's lowering uses r5 and r6, `ret` r7 and r8. k2 is live
    across the memcpy: r5 and r6 are refuted by the rule ``scratch``, r7 is proved. r is read by the ret: r7 is
    refuted, r5 proved. Under the seed model r5-r8 are not registers of the model at all (``fits`` forbids
    them)."""
    fn = function(COPY, "copy")
    v = ids(fn)
    contract = build_contract(fn, FULL)
    for reg in (5, 6):
        cx = first(check_allocation(contract, {v["k2"]: reg}))
        assert cx is not None and (cx.rule, cx.values, cx.register) == ("scratch", ("%k2",), reg)
    assert check_allocation(contract, {v["k2"]: 7}).status is Status.PROVED
    cx = first(check_allocation(contract, {v["r"]: 7}))
    assert cx is not None and (cx.rule, cx.register) == ("scratch", 7)
    assert check_allocation(contract, {v["r"]: 5, v["k2"]: 8}).status is Status.PROVED
    assert first(check_allocation(build_contract(fn), {v["k2"]: 7})) is not None


def test_linear_scan_prefers_caller_saved_registers_where_nothing_needs_them() -> None:
    """A loop value with no call inside its interval gets r5 (the lowest register of the full model); one live
    across a call (which clobbers r5-r8) or a host call (declared to use all of r5-r8) gets r9; the seed model
    offers neither r5-r8."""
    def problem(model: RegisterModel, kind: str):
        b = ProblemBuilder("q", params=0, model=model)
        b.block()
        v = b.op()                                   # 0
        b.jump(1)                                    # 1
        b.block()
        b.op(v, v, result=False)                     # 2
        if kind == "call":
            b.call(result=False)                     # 3
        elif kind == "host":
            b.host_call(result=False)                # 3
        else:
            b.op(v, result=False)                    # 3
        b.branch(1, 2, uses=(v,))                    # 4  back-edge
        b.block()
        b.ret(v)                                     # 5
        return b.build(), v
    (free, v), _ = problem(FULL, "plain"), None
    assert allocate(free).assignment == ((v, 5),)
    for kind in ("call", "host"):
        blocked, v = problem(FULL, kind)
        assert allocate(blocked).assignment == ((v, 9),)
    seed, v = problem(RegisterModel.SEED, "plain")
    assert allocate(seed).assignment == ((v, 9),)


MEMSET = """
unsigned char buf[64];
unsigned long long main(const unsigned char *args, unsigned int len) {
  unsigned long long h = 5381;
  for (unsigned i = 0; i < len; i++) {
    __builtin_memset(buf, args[i], args[i] % 60);
    h = h * 33 + buf[args[i] % 64];
  }
  return h & 0xffffffff;
}
"""


def test_an_undeclared_scratch_write_is_an_internal_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The declaration is checked where the code is written: with the selection claiming that no instruction
    needs r5-r8, the builder refuses memset's write of r5 (every build, whatever the allocation)."""
    import pvm_backend.selection as selection
    source = tmp_path / "memset.c"
    source.write_text(MEMSET)
    compile_file(source, options=BuildOptions(regalloc="none"))
    monkeypatch.setattr(selection, "scratch_registers", lambda ins: frozenset())
    with pytest.raises(CompileError, match="internal error: the lowering of IR instruction [0-9]+ writes r[5-8], which its selection does not declare"):
        compile_file(source, options=BuildOptions(regalloc="none"))


@pytest.mark.parametrize("mode", ["linear-scan", "optimal"])
def test_caller_saved_registers_are_used_unsaved_and_proved(mode: str, tmp_path: Path,
                                                            wasm_reference: WasmReference) -> None:
    """End to end under the full model: main's loop values take r5-r8 (memset's r5/r6 and the ret's r7/r8 kept
    out of the intervals around them), the frame saves none of r5-r8, every function is proved, and the output
    is wasmtime's."""
    source = tmp_path / "memset.c"
    source.write_text(MEMSET)
    result = compile_file(source, options=BuildOptions(regalloc=mode, registers=FULL))
    main = next(f for f in result.build.functions if f.name == "main")
    used = {reg for _, reg in main.allocation.registers}
    assert used & {5, 6, 7, 8}
    emitted = next(f for f in result.build.emitted if f.name == "main")
    assert not {int(r) for r in emitted.frame.saved} & {5, 6, 7, 8}
    runs_right_and_proves(result, source, (b"", b"\x07\x3b\x40\xff", bytes(range(90))), wasm_reference)
