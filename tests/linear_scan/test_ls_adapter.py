"""The adapter IR view -> allocation problem on small LLVM functions (-O0, so the IR stays as written).

Expected positions, uses and registers are derived by hand from the IR text, the position convention of
linear_scan.problem and the ABI text (r9-r12 carry parameter words 0-3; host_call_N passes a1..aN in r7, r8,
r9, ...); `llvm.*` intrinsics are lowered inline and must not count as calls.
"""

from __future__ import annotations

import pytest

from linear_scan import CallKind, ProblemError, allocate
from pvm_backend.frontend.load import module_from_text
from pvm_backend import ir_facts
from pvm_backend.regalloc_problem import build_problem, instruction_positions

LOOP = """
declare void @llvm.memcpy.p0.p0.i32(ptr, ptr, i32, i1)
declare i32 @llvm.umax.i32(i32, i32)
declare i64 @host_call_3(i64, i64, i64, i64)
define i32 @callee(i32 %x) {
  ret i32 %x
}
define i32 @f(ptr %d, ptr %s, i32 %n) {
entry:
  br label %loop
loop:
  %i = phi i32 [0, %entry], [%next, %loop]
  %acc = phi i32 [0, %entry], [%acc2, %loop]
  CALL
  %m = call i32 @llvm.umax.i32(i32 %i, i32 %n)
  %acc2 = add i32 %acc, %m
  %next = add i32 %i, 1
  %c = icmp ult i32 %next, %n
  br i1 %c, label %loop, label %exit
exit:
  ret i32 %acc2
}
"""
MEMCPY = "call void @llvm.memcpy.p0.p0.i32(ptr %d, ptr %s, i32 %i, i1 false)"
HOST = "%h = call i64 @host_call_3(i64 1, i64 0, i64 0, i64 0)"
REAL = "%r = call i32 @callee(i32 %i)"


def problem_with(call: str):
    module = module_from_text(LOOP.replace("CALL", call), 0)
    function = module.function("f")
    assert function is not None
    return function, build_problem(function)


def test_positions_uses_and_phis() -> None:
    function, problem = problem_with(MEMCPY)
    # entry: br = 0; loop: phi i = 1, phi acc = 2, memcpy = 3, umax = 4, acc2 = 5, next = 6, icmp = 7, br = 8;
    # exit: ret = 9.  Values: d, s, n = 0, 1, 2; i = 3, acc = 4, m = 5, acc2 = 6, next = 7, c = 8.
    assert instruction_positions(function) == tuple(range(10))
    assert [(b.start, b.end, b.origin) for b in problem.blocks] == [(0, 0, 0), (1, 8, 1), (9, 9, 2)]
    assert [b.successors for b in problem.blocks] == [(1,), (1, 2), ()]
    assert [v.definition for v in problem.values] == [0, 0, 0, 1, 1, 4, 5, 6, 7]
    assert problem.values[3].uses == (3, 4, 6)          # memcpy, umax, next
    # %c's only use is the branch, so the emitter fuses the icmp into it and reads %next and %n at the branch (8),
    # not at the icmp (7): the problem must say so (a mismatch here was a real miscompile,
    # tests/regalloc/repro_fused_compare.c).
    assert problem.values[7].uses == (8, 8)             # fused icmp (at the br), phi i from %loop (loop's end)
    assert problem.values[6].uses == (8, 9)             # phi acc from %loop, ret
    assert problem.values[2].uses == (4, 8)
    assert problem.values[3].is_phi and problem.values[4].is_phi
    assert problem.values[8].fits_register              # the i1 compare


def test_inline_intrinsics_are_not_calls() -> None:
    function, problem = problem_with(MEMCPY)
    assert problem.calls == () and problem.is_leaf
    assert [ir_facts.call_kind(ins) for ins in function.instructions if ins.opcode == "call"] == [ir_facts.CallKind.INTRINSIC] * 2
    assert problem.incoming_registers == (9, 10, 11) and problem.registers == (12,)
    # i (3 uses, live through the loop) is the only candidate and takes r12
    assert allocate(problem).as_dict() == {3: 12}


def test_host_call_is_recorded_distinctly() -> None:
    _, problem = problem_with(HOST)
    (site,) = problem.calls
    assert (site.position, site.kind, site.argument_registers) == (3, CallKind.HOST, (9,))
    assert problem.is_leaf and problem.registers == (12,)


def test_real_call_makes_a_non_leaf() -> None:
    _, problem = problem_with(REAL)
    (site,) = problem.calls
    assert (site.position, site.kind, site.argument_registers) == (3, CallKind.CALL, (9,))
    assert not problem.is_leaf and problem.outgoing_registers == (9,)


def test_i128_values_and_allocas_do_not_fit_a_register() -> None:
    module = module_from_text("""
define i64 @g(i128 %w, i64 %x) {
entry:
  %slot = alloca i64
  store i64 %x, ptr %slot
  %t = trunc i128 %w to i64
  ret i64 %t
}
""", 0)
    function = module.function("g")
    assert function is not None
    problem = build_problem(function)
    assert [v.fits_register for v in problem.values] == [False, True, False, True]
    assert problem.incoming_registers == (9, 10, 11) and problem.registers == (12,)


def test_declarations_have_no_problem() -> None:
    module = module_from_text(LOOP.replace("CALL", MEMCPY), 0)
    declaration = module.function("llvm.umax.i32")
    assert declaration is not None
    with pytest.raises(ProblemError, match="declaration"):
        build_problem(declaration)
