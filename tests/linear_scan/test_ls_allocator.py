"""The linear-scan allocator on hand-built problems: each expected assignment, weight and counter is derived by
hand from SEED-regalloc.md's rules and the weight formula (Σ 10**depth over the definition and uses, over the
interval length), with the positions written next to each instruction."""

from __future__ import annotations

import dataclasses
import logging

import pytest

from linear_scan import (MIN_USES_FOR_ALLOCATION, ProblemBuilder, SkipReason, allocate, analyse,
                         spill_weight)


def eviction_case():
    """Three parameters leave only r12. v3 (long, weight 22/6) is evicted by v4 (short and hot, 40/2)."""
    b = ProblemBuilder("evict", params=3)
    b.block()
    v3 = b.op()                                    # 0
    b.jump(1)                                      # 1
    b.block()
    v4 = b.op(v3)                                  # 2
    b.op(v4, v4, v4, result=False)                 # 3
    b.branch(1, 2, uses=(v3,))                     # 4  back-edge 1 -> 1
    b.block()
    b.ret(v3)                                      # 5
    return b.build(), v3, v4


def test_eviction_by_priority() -> None:
    problem, v3, v4 = eviction_case()
    assert problem.registers == (12,)
    a = analyse(problem)
    assert (a.intervals[v3].start, a.intervals[v3].end) == (0, 5)
    assert (a.intervals[v4].start, a.intervals[v4].end) == (2, 3)
    assert spill_weight(problem, a, v3) == pytest.approx((1 + 10 + 10 + 1) / 6)
    assert spill_weight(problem, a, v4) == pytest.approx((10 + 10 + 10 + 10) / 2)
    result = allocate(problem)
    assert result.assignment == ((v4, 12),)
    assert result.evicted == (v3,) and result.register_of(v3) is None
    s = result.stats
    assert (s.candidates, s.allocated_values, s.evicted, s.spilled, s.allocatable_regs, s.skipped) == \
        (2, 1, 1, 0, 1, None)


def test_lower_priority_newcomer_does_not_evict() -> None:
    """v3 is hot in the loop ((1 + 4·10 + 10)/5 = 10.2); v4 starts while v3 holds r12, its weight
    (10 + 3)/3 is lower, so it stays in its slot."""
    b = ProblemBuilder("keep", params=3)
    b.block()
    v3 = b.op()                                    # 0
    b.jump(1)                                      # 1
    b.block()
    b.op(v3, v3, v3, v3, result=False)             # 2
    v4 = b.op()                                    # 3
    b.branch(1, 2, uses=(v3,))                     # 4
    b.block()
    b.op(v4, v4, v4, result=False)                 # 5
    b.ret()                                        # 6
    problem = b.build()
    a = analyse(problem)
    assert (a.intervals[v3].start, a.intervals[v3].end) == (0, 4)
    assert (a.intervals[v4].start, a.intervals[v4].end) == (3, 5)
    assert spill_weight(problem, a, v3) == pytest.approx(51 / 5)
    assert spill_weight(problem, a, v4) == pytest.approx(13 / 3)
    result = allocate(problem)
    assert result.assignment == ((v3, 12),) and result.evicted == ()
    assert (result.stats.candidates, result.stats.spilled) == (2, 1)


def test_expired_interval_keeps_its_mapping() -> None:
    """v (positions 1-2) expires before w (3-4) starts: both keep r12."""
    b = ProblemBuilder("expire", params=3)
    b.block()
    b.jump(1)                                      # 0
    b.block()
    v = b.op()                                     # 1
    b.op(v, v, v, result=False)                    # 2
    w = b.op()                                     # 3
    b.op(w, w, w, result=False)                    # 4
    b.branch(1, 2)                                 # 5
    b.block()
    b.ret()                                        # 6
    result = allocate(b.build())
    assert result.assignment == ((v, 12), (w, 12))
    assert [(i.start, i.end) for i in result.intervals] == [(1, 2), (3, 4)]
    assert result.stats.evicted == 0 and result.used_registers == (12,)


def hot_loop(params: int, call_words: int | None = None, host_args: int | None = None):
    """A loop holding three long-lived values x, y, z (each used 3 times inside), plus optional calls."""
    b = ProblemBuilder("hot", params=params)
    b.block()
    x, y, z = b.op(), b.op(), b.op()               # 0, 1, 2
    b.jump(1)                                      # 3
    b.block()
    b.op(x, y, z, result=False)                    # 4
    if call_words is not None:
        b.call(argument_words=call_words, result=False)
    if host_args is not None:
        b.host_call(*([x] * host_args), result=False)
    b.op(x, y, z, result=False)
    b.branch(1, 2, uses=(x, y, z))
    b.block()
    b.ret()
    return b.build(), (x, y, z)


def test_two_parameters_allocate_r11_and_r12_only() -> None:
    problem, (x, y, z) = hot_loop(params=2)
    assert problem.registers == (11, 12)
    result = allocate(problem)
    # x, y, z have equal uses in the loop; x starts first and takes r11, y takes r12
    a = analyse(problem)
    weights = [spill_weight(problem, a, v) for v in (x, y, z)]
    # intervals [0, 6], [1, 6], [2, 6]; each has its def (depth 0) and 3 uses at depth 1: 31 / length
    assert weights == pytest.approx([31 / 7, 31 / 6, 31 / 5])
    # z is hotter than the lowest active (x), so x is evicted and z takes r11
    assert result.as_dict() == {y: 12, z: 11}
    assert result.evicted == (x,)
    assert set(result.used_registers) <= {11, 12}


def test_non_leaf_reserves_outgoing_argument_registers() -> None:
    problem, _ = hot_loop(params=1, call_words=2)
    assert not problem.is_leaf and problem.registers == (11, 12)
    assert set(allocate(problem).used_registers) <= {11, 12}
    leafy, _ = hot_loop(params=1)
    assert leafy.is_leaf and leafy.registers == (10, 11, 12)
    assert len(allocate(leafy).assignment) == 3


def test_host_call_arguments_block_their_registers() -> None:
    problem, _ = hot_loop(params=0, host_args=4)      # a3, a4 in r9, r10
    assert problem.is_leaf and problem.registers == (11, 12)
    assert set(allocate(problem).used_registers) <= {11, 12}


def test_call_inside_an_interval_blocks_registers_even_when_the_register_list_ignores_it() -> None:
    problem, _ = hot_loop(params=0, host_args=5)      # writes r9, r10, r11
    loose = dataclasses.replace(problem, registers=(9, 10, 11, 12))
    result = allocate(loose)
    assert result.used_registers == (12,)


def test_loop_free_functions_are_skipped() -> None:
    b = ProblemBuilder("flat", params=0)
    b.block()
    v = b.op()
    b.op(v, v, v, v, result=False)
    b.ret(v)
    result = allocate(b.build())
    assert result.assignment == () and result.stats.skipped is SkipReason.NO_BACK_EDGES
    assert result.stats.candidates == 0


def test_fewer_than_three_uses_are_not_candidates() -> None:
    assert MIN_USES_FOR_ALLOCATION == 3
    b = ProblemBuilder("uses")
    b.block()
    b.jump(1)
    b.block()
    two = b.op()
    three = b.op()
    b.op(two, two, three, result=False)
    b.op(three, three, result=False)
    b.branch(1, 2)
    b.block()
    b.ret()
    result = allocate(b.build())
    assert result.as_dict() == {three: 9} and result.stats.candidates == 1


def test_values_that_do_not_fit_a_register_are_never_allocated() -> None:
    b = ProblemBuilder("wide")
    b.block()
    b.jump(1)
    b.block()
    big = b.op(fits=False)
    b.op(big, big, big, big, result=False)
    b.branch(1, 2)
    b.block()
    b.ret()
    result = allocate(b.build())
    assert result.assignment == () and result.stats.candidates == 0


def test_no_registers_skips_and_logs(caplog: pytest.LogCaptureFixture) -> None:
    problem, _ = hot_loop(params=4)
    with caplog.at_level(logging.DEBUG, logger="linear_scan"):
        result = allocate(problem)
    assert result.assignment == () and result.stats.skipped is SkipReason.NO_REGISTERS
    assert result.stats.spilled == 3
    (record,) = [r for r in caplog.records if r.name == "linear_scan"]
    assert record.getMessage() == ("regalloc::run() hot: candidates=3 allocated_values=0 evicted=0 spilled=3 "
                                   "allocatable_regs=0 skipped=allocatable_regs=0")


def test_run_log_line(caplog: pytest.LogCaptureFixture) -> None:
    problem, _, _ = eviction_case()
    with caplog.at_level(logging.DEBUG, logger="linear_scan"):
        allocate(problem)
    messages = [r.getMessage() for r in caplog.records if r.name == "linear_scan"]
    assert messages == ["regalloc::run() evict: candidates=2 allocated_values=1 evicted=1 spilled=0 "
                        "allocatable_regs=1 skipped=-"]
