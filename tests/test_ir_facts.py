"""The IR facts (`pvm_backend.ir_facts`) and the selection decisions (`pvm_backend.selection`) on the awkward
cases, and their agreement with every stage that reads them.

Expected answers are written by hand from the rules in the README ("Host calls from C": `host_call_N` for
N = 0..6, arguments in r7, r8, r9...) and the ABI (argument words 0-3 in r9-r12, i128 takes two words). Before
the facts had one home, a call of ``@host_call_foo`` was a host call to the verifier's contract, no call at all
to the allocation problem, and a real call to the emitter: the agreement tests below would have failed.
"""

from __future__ import annotations

from pvm_backend import ir_facts
from pvm_backend.abi import Reg
from pvm_backend.frontend.load import module_from_text
from pvm_backend.ir import Const, Function, Instruction, Operand, ValueRef
from pvm_backend.regalloc_problem import build_problem
from pvm_backend.selection import select
from verifier.contract import build_contract

CALLS = """
declare i64 @host_call_2(i64, i64, i64)
declare i64 @host_call_6(i64, i64, i64, i64, i64, i64, i64)
declare i64 @host_call_7(i64, i64, i64, i64, i64, i64, i64, i64)
declare i64 @host_call_foo(i64, i64)
declare void @llvm.memset.p0.i32(ptr, i8, i32, i1)
define i64 @wide(i128 %a, i64 %b, i128 %c) {
  %t = trunc i128 %a to i64
  ret i64 %t
}
define i64 @f(ptr %p, i64 %x, i128 %w) {
  %h2 = call i64 @host_call_2(i64 1, i64 %x, i64 %x)
  %h6 = call i64 @host_call_6(i64 2, i64 %x, i64 %x, i64 %x, i64 %x, i64 %x, i64 %x)
  %h7 = call i64 @host_call_7(i64 3, i64 %x, i64 %x, i64 %x, i64 %x, i64 %x, i64 %x, i64 %x)
  %foo = call i64 @host_call_foo(i64 4, i64 %x)
  call void @llvm.memset.p0.i32(ptr %p, i8 0, i32 8, i1 false)
  %r = call i64 @wide(i128 %w, i64 %x, i128 %w)
  %slot = alloca i64
  %q = getelementptr [4 x i64], ptr %p, i64 0, i64 %h2
  %fp = load ptr, ptr %q
  %i = call i64 %fp(i64 %x)
  ret i64 %i
}
"""


def function(text: str, name: str) -> Function:
    found = module_from_text(text).function(name)
    assert found is not None
    return found


def call_to(fn: Function, callee: str | None) -> Instruction:
    return next(i for i in fn.instructions if i.opcode == "call" and i.callee == callee)


def test_call_kinds() -> None:
    f = function(CALLS, "f")
    kinds = {i.callee: ir_facts.call_kind(i) for i in f.instructions if i.opcode == "call"}
    assert kinds == {"host_call_2": ir_facts.CallKind.HOST, "host_call_6": ir_facts.CallKind.HOST,
                     "host_call_7": ir_facts.CallKind.CALL, "host_call_foo": ir_facts.CallKind.CALL,
                     "llvm.memset.p0.i32": ir_facts.CallKind.INTRINSIC, "wide": ir_facts.CallKind.CALL,
                     None: ir_facts.CallKind.CALL}
    assert ir_facts.call_kind(f.instructions[-1]) is None   # ret
    assert [ir_facts.host_call_arity(n) for n in ("host_call_0", "host_call_6", "host_call_7", "host_call_x",
                                                  "host_call_", None)] == [0, 6, None, None, None, None]


def test_argument_registers_and_clobbers() -> None:
    f = function(CALLS, "f")
    assert ir_facts.call_argument_registers(call_to(f, "host_call_2")) == (Reg.A0, Reg.A1)
    assert ir_facts.call_argument_registers(call_to(f, "host_call_6")) == (Reg.A0, Reg.A1, Reg.P0, Reg.P1,
                                                                           Reg.P2, Reg.P3)
    # i128, i64, i128: five words; the first four travel in r9-r12
    assert ir_facts.call_argument_registers(call_to(f, "wide")) == (Reg.P0, Reg.P1, Reg.P2, Reg.P3)
    assert ir_facts.call_argument_registers(call_to(f, "llvm.memset.p0.i32")) == ()
    assert ir_facts.call_clobbered(call_to(f, "host_call_2")) == (Reg.A0, Reg.A1)
    assert Reg.RA in ir_facts.call_clobbered(call_to(f, "host_call_foo"))
    assert ir_facts.call_clobbered(call_to(f, "llvm.memset.p0.i32")) == ()
    assert ir_facts.parameter_registers(function(CALLS, "wide")) == (Reg.P0, Reg.P1, Reg.P2, Reg.P3)


def test_leaf_fits_and_operands() -> None:
    f = function(CALLS, "f")
    assert not ir_facts.is_leaf(f)
    assert ir_facts.is_leaf(function(CALLS, "wide"))
    fits = {v.name: ir_facts.fits_register(f, v.id) for v in f.values if v.name}
    assert fits["p"] and fits["x"] and not fits["w"]          # i128 takes two words
    assert not fits["slot"]                                    # a static alloca is r1 + offset, no slot
    assert fits["q"] and fits["h2"]
    gep = next(i for i in f.instructions if i.opcode == "getelementptr")
    h2 = next(v.id for v in f.values if v.name == "h2")
    reads = [o for o in ir_facts.value_operands(gep) if getattr(o, "id", None) == h2]
    assert len(reads) == 1                                     # a variable GEP index is read once, not twice
    indirect = call_to(f, None)
    assert indirect.callee_operand is not None and ir_facts.value_operands(indirect)[-1] == indirect.callee_operand


LOOP = """
define i32 @g(i32 %n) {
entry:
  br label %loop
loop:
  %i = phi i32 [0, %entry], [%next, %loop]
  %next = add i32 %i, 1
  %c = icmp ult i32 %next, %n
  %d = icmp eq i32 %next, 7
  %e = xor i1 %d, true
  br i1 %c, label %loop, label %exit
exit:
  %z = zext i1 %e to i32
  ret i32 %z
}
"""


def test_selection_fuses_only_a_compare_whose_one_use_is_its_blocks_branch() -> None:
    g = function(LOOP, "g")
    decisions = select(g)
    c = next(v.id for v in g.values if v.name == "c")
    assert set(decisions.fused) == {c}
    icmp = decisions.fused[c]
    assert decisions.reads_at(icmp) == g.blocks[1].terminator.id
    other = next(i for i in g.instructions if i.opcode == "icmp" and i.result != c)
    assert decisions.reads_at(other) == other.id


def test_the_stages_agree_with_the_facts() -> None:
    """The allocation problem, the verifier's contract and the emitter's frame read the same facts."""
    from pvm_backend.emitter.frame import build_frame

    f = function(CALLS, "f")
    problem = build_problem(f)
    calls = [i for i in f.instructions if ir_facts.call_kind(i) in (ir_facts.CallKind.CALL, ir_facts.CallKind.HOST)]
    assert len(problem.calls) == len(calls) == 6
    assert problem.is_leaf == ir_facts.is_leaf(f) is False
    assert [v.fits_register for v in problem.values] == [ir_facts.fits_register(f, v.id) for v in f.values]
    contract = build_contract(f)
    # every register any value could use is excluded in f: parameters take r9-r11, outgoing calls r9-r12
    assert contract.available == problem.registers == ()
    assert set(int(r) for r in build_frame(f).saved) >= {0, 9, 10, 11, 12}


SWITCH_PHI = """
define i64 @f(i32 %s, i64 %x) {
entry:
  switch i32 %s, label %join [
    i32 1, label %join
    i32 2, label %other
  ]
other:
  %y = add i64 %x, 1
  br label %join
join:
  %p = phi i64 [ 7, %entry ], [ 7, %entry ], [ %y, %other ]
  %q = phi i64 [ %x, %entry ], [ %x, %entry ], [ 9, %other ]
  %r = add i64 %p, %q
  ret i64 %r
}
"""


def test_incoming_by_predecessor_lists_each_edge_once() -> None:
    fn = module_from_text(SWITCH_PHI).function("f")
    assert fn is not None
    entry, other, _ = (b.id for b in fn.blocks)
    p, q = (ins for ins in fn.instructions if ins.opcode == "phi")
    x = fn.values[1].id   # parameters are values 0 and 1
    y = next(ins.result for ins in fn.instructions if ins.opcode == "add")
    by_phi = ir_facts.incoming_by_predecessor(fn)
    assert set(by_phi) == {p.id, q.id}

    def plain(v: Operand) -> int:   # a constant's value, an SSA value's id
        assert isinstance(v, (Const, ValueRef))
        return v.value if isinstance(v, Const) else v.id

    assert {pred: plain(v) for pred, v in by_phi[p.id].items()} == {entry: 7, other: y}
    assert {pred: plain(v) for pred, v in by_phi[q.id].items()} == {entry: x, other: 9}
