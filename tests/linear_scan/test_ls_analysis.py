"""Analyses on hand-built problems: back-edges, loops and depth, liveness, intervals with loop extension.

Every expected interval is derived by hand from the positions written next to each instruction and the rule in
linear_scan.analysis's docstring (liveness hull, then extension to the loop's end).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from linear_scan import ProblemBuilder, analyse
from linear_scan.analysis import Loop, _extend_through_loops


def loop_with_invariant():
    """v1 defined before a loop [b1, b2] and used inside it; v2 a header phi; v4 the latch's next value."""
    b = ProblemBuilder("inv", params=1)              # v0
    b.block()
    v1 = b.op(0)                                     # 0
    b.jump(1)                                        # 1
    b.block()
    v2 = b.phi((0, v1), (2, 4))                      # 2
    v3 = b.op(v2)                                    # 3
    b.branch(2, 3, uses=(v3,))                       # 4
    b.block()
    v4 = b.op(v2, v1)                                # 5
    b.jump(1)                                        # 6  back-edge 2 -> 1
    b.block()
    b.ret(v2)                                        # 7
    assert (v1, v2, v3, v4) == (1, 2, 3, 4)
    return b.build()


def test_back_edges_loops_and_depth() -> None:
    a = analyse(loop_with_invariant())
    assert a.back_edges == ((2, 1),)
    (loop,) = a.loops
    assert (loop.header, loop.last_block, loop.start, loop.end, loop.sources) == (1, 2, 2, 6, (2,))
    assert a.block_depth == (0, 1, 1, 0)
    assert a.has_back_edges


def test_invariant_lives_to_the_end_of_the_back_edge_source() -> None:
    a = analyse(loop_with_invariant())
    # v1: defined at 0, last use at 5, but live around the back-edge: to 6 (the latch's last position)
    assert (a.intervals[1].start, a.intervals[1].end) == (0, 6)
    # v2: the phi, defined at 2 (b1's start), used at 3, 5 and 7
    assert (a.intervals[2].start, a.intervals[2].end) == (2, 7)
    assert (a.intervals[3].start, a.intervals[3].end) == (3, 4)
    # v4: defined at 5, read by the phi at the end of b2 (6)
    assert (a.intervals[4].start, a.intervals[4].end) == (5, 6)
    assert (a.intervals[0].start, a.intervals[0].end) == (0, 0)
    assert a.use_counts == (1, 2, 3, 1, 1)
    assert a.live_in[1] == frozenset({1}) and a.live_in[2] == frozenset({1, 2})


def test_loop_extension_beyond_liveness() -> None:
    """The linear range of the loop [b1, b3] contains b2, which is not on the cycle b1 -> b3 -> b1. v1 is used
    in b2 only, so liveness ends at b2's use (position 4); the loop-extension rule still stretches it to the
    loop's end, b3's last position (5)."""
    b = ProblemBuilder("ext")
    b.block()
    v1 = b.op()                                      # 0
    b.branch(1, 2)                                   # 1
    b.block()
    b.branch(3)                                      # 2
    b.block()
    b.op(v1, v1, result=False)                       # 3
    b.ret(v1)                                        # 4
    b.block()
    b.jump(1)                                        # 5  back-edge 3 -> 1
    a = analyse(b.build())
    assert a.back_edges == ((3, 1),)
    assert a.loops[0].end == 5
    assert (a.intervals[v1].start, a.intervals[v1].end) == (0, 5)


def test_value_defined_inside_the_loop_is_not_extended() -> None:
    b = ProblemBuilder("inner")
    b.block()
    b.jump(1)                                        # 0
    b.block()
    t = b.op()                                       # 1
    b.op(t, result=False)                            # 2
    b.op(result=False)                               # 3
    b.branch(1, 2)                                   # 4
    b.block()
    b.ret()                                          # 5
    a = analyse(b.build())
    assert (a.intervals[t].start, a.intervals[t].end) == (1, 2)


def test_nested_loops_depth() -> None:
    b = ProblemBuilder("nest")
    for succs in ((1,), (2,), (2, 3), (1, 4)):      # b2 loops on itself; b3 goes back to b1
        b.block()
        b.branch(*succs)
    b.block()
    b.ret()
    a = analyse(b.build())
    assert a.back_edges == ((2, 2), (3, 1))
    assert a.block_depth == (0, 1, 2, 1, 0)


def test_loop_free_function_has_no_back_edges() -> None:
    b = ProblemBuilder("straight", params=1)
    b.block()
    b.branch(1, 2, uses=(0,))
    b.block()
    b.jump(2)
    b.block()
    b.ret(0)
    a = analyse(b.build())
    assert a.back_edges == () and not a.has_back_edges and a.block_depth == (0, 0, 0)
    assert (a.intervals[0].start, a.intervals[0].end) == (0, 2)


def test_use_before_definition_in_layout_order_is_covered() -> None:
    """b0 jumps to b2 (laid out last), which defines v and jumps back to b1, which uses it: v is live at
    positions before its definition in the linear order."""
    b = ProblemBuilder("layout")
    b.block()
    b.jump(2)                                        # 0
    b.block()
    b.ret(0)                                         # 1: uses v0 (defined at 2)
    b.block()
    v = b.op()                                       # 2
    b.jump(1)                                        # 3
    assert v == 0
    a = analyse(b.build())
    assert a.back_edges == ((2, 1),)
    assert (a.intervals[v].start, a.intervals[v].end) == (1, 3)


def _extended_one_loop_at_a_time(lo: int, hi: int, loops: list[tuple[int, int]]) -> int:
    """The rule as the module docstring states it: extend to a loop's end while a loop starts after the value's
    start, at or before its end, and ends after it; repeated until nothing changes."""
    changed = True
    while changed:
        changed = False
        for start, end in loops:
            if lo < start <= hi < end:
                hi = end
                changed = True
    return hi


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 30)), max_size=40),
       st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)), min_size=1, max_size=30))
def test_loop_extension_agrees_with_the_rule_applied_one_loop_at_a_time(
        values: list[tuple[int, int]], loops: list[tuple[int, int]]) -> None:
    spans = [(start, start + length) for start, length in loops]
    lo = [start for start, _ in values]
    hi = [start + length for start, length in values]
    expected = [_extended_one_loop_at_a_time(a, b, spans) for a, b in zip(lo, hi)]
    _extend_through_loops(lo, hi, tuple(Loop(0, 0, start, end, ()) for start, end in spans))
    assert hi == expected
