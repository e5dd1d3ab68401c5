"""The allocation problem and its builder: positions, edges, call sites and register rules, hand-derived.

Expected values come from the conventions stated in linear_scan.problem's docstring and from the ABI text
(abi.py docstring: r9-r12 carry parameter words 0-3; host_call_N passes a1..aN in r7, r8, r9, ...;
calls clobber r0 and r2-r8).
"""

from __future__ import annotations

import dataclasses

import pytest

from linear_scan import Block, CallKind, ProblemBuilder, ProblemError, available_registers


def counting_loop():
    """b0: jump; b1: i = phi(b0: -, b1: j); j = i + p0; br b1/b2 on (j, p1); b2: ret j."""
    b = ProblemBuilder("count", params=2)
    b.block()
    b.jump(1)                                  # 0
    b.block()
    i = b.phi((0, None), (1, 3))               # 1
    j = b.op(i, 0)                             # 2
    b.branch(1, 2, uses=(j, 1))                # 3
    b.block()
    b.ret(j)                                   # 4
    return b.build(), i, j


def test_positions_blocks_and_phi_convention() -> None:
    problem, i, j = counting_loop()
    assert (i, j) == (2, 3)
    assert [(blk.start, blk.end) for blk in problem.blocks] == [(0, 0), (1, 3), (4, 4)]
    assert [blk.successors for blk in problem.blocks] == [(1,), (1, 2), ()]
    assert [blk.predecessors for blk in problem.blocks] == [(), (0, 1), (1,)]
    # parameters are defined at 0; the phi at its block's first position; j at its own position
    assert [v.definition for v in problem.values] == [0, 0, 1, 2]
    # j: the branch reads it at 3, the phi's incoming from b1 is read at b1's end (3), the ret at 4
    assert problem.values[j].uses == (3, 3, 4)
    assert problem.values[i].is_phi and problem.values[0].param_index == 0
    assert problem.position_count == 5
    assert problem.block_of(2).id == 1 and problem.block_of(4).id == 2


def test_two_parameters_leave_r11_r12() -> None:
    problem, _, _ = counting_loop()
    assert problem.incoming_registers == (9, 10)
    assert problem.registers == (11, 12)
    assert problem.is_leaf


def test_real_call_reserves_argument_registers_in_non_leaf() -> None:
    b = ProblemBuilder("caller", params=1)
    b.block()
    x = b.op()
    b.call(x, x, argument_words=2)
    b.ret()
    problem = b.build()
    assert not problem.is_leaf
    (site,) = problem.calls
    assert (site.position, site.kind, site.argument_registers) == (1, CallKind.CALL, (9, 10))
    assert site.clobbered == (0, 2, 3, 4, 5, 6, 7, 8)
    assert problem.outgoing_registers == (9, 10)
    assert problem.registers == (11, 12)


def test_host_call_is_not_a_real_call_but_its_register_arguments_are_reserved() -> None:
    b = ProblemBuilder("logger", params=0)
    b.block()
    x = b.op()
    b.host_call(x, x, x, x, result=False)       # a1..a4 in r7, r8, r9, r10
    b.ret()
    problem = b.build()
    assert problem.is_leaf
    (site,) = problem.calls
    assert (site.kind, site.argument_registers) == (CallKind.HOST, (9, 10))
    assert problem.registers == (11, 12)
    assert problem.unavailable_at(1) == frozenset({9, 10})
    assert problem.unavailable_at(0) == frozenset({9, 10})


def test_wide_parameters_take_two_words() -> None:
    b = ProblemBuilder("wide", params=2, param_words=3)   # i128, i64
    b.block()
    b.ret()
    assert b.build().registers == (12,)


def test_available_registers_rule() -> None:
    assert available_registers((9,), True, (9, 10, 11)) == (10, 11, 12)       # leaf: outgoing ignored
    assert available_registers((9,), False, (9, 10, 11)) == (12,)
    assert available_registers((9, 10, 11, 12), True, ()) == ()
    assert available_registers((), True, (), (9,)) == (10, 11, 12)


def test_builder_errors() -> None:
    b = ProblemBuilder("f")
    b.block()
    b.op()
    with pytest.raises(ProblemError, match="phi after a non-phi"):
        b.phi((0, None))
    with pytest.raises(ProblemError, match="no terminator"):
        b.block()
    b2 = ProblemBuilder("g")
    with pytest.raises(ProblemError, match="outside an open block"):
        b2.op()
    b3 = ProblemBuilder("h")
    b3.block()
    b3.ret(7)
    with pytest.raises(ProblemError, match="position 0 uses unknown value 7"):
        b3.build()


def test_problem_checks_reject_broken_structure() -> None:
    problem, _, _ = counting_loop()
    gap = list(problem.blocks)
    gap[2] = dataclasses.replace(gap[2], start=5, end=5)
    with pytest.raises(ProblemError, match="expected to start at 4"):
        dataclasses.replace(problem, blocks=tuple(gap))
    wrong_preds = list(problem.blocks)
    wrong_preds[1] = Block(1, 1, 3, (1, 2), (0,))
    with pytest.raises(ProblemError, match="predecessors"):
        dataclasses.replace(problem, blocks=tuple(wrong_preds))
    with pytest.raises(ProblemError, match="incoming parameter registers"):
        dataclasses.replace(problem, registers=(10, 11, 12))
    with pytest.raises(ProblemError, match="is_leaf"):
        dataclasses.replace(problem, is_leaf=False)
    bad_use = list(problem.values)
    bad_use[3] = dataclasses.replace(bad_use[3], uses=(9,))
    with pytest.raises(ProblemError, match="out-of-range uses"):
        dataclasses.replace(problem, values=tuple(bad_use))
