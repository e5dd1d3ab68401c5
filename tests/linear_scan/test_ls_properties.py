"""Property tests: random valid problems through the allocator, judged by the independent checker
(`ls_reference.check_allocation`: its own per-position liveness and register availability).

The generator draws a control-flow graph (any edges except into the entry, so loops, self-loops, irreducible flow and unreachable
blocks all occur), phis at block starts with one incoming value per predecessor, ordinary instructions, real
calls and host calls with random argument counts, and uses of any value of the function (including values
defined later in the linear order). Properties:
  * no two values whose occupied positions or intervals overlap share a register;
  * no allocated register is unavailable at any position of its interval;
  * every allocated value has at least 3 uses; evicted values are absent; loop-free functions get nothing;
  * the interval of every value covers every position where the reference finds it live, defined or used.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st
from ls_reference import check_allocation, has_back_edge, occupancy

from linear_scan import Problem, ProblemBuilder, allocate, analyse


@st.composite
def problems(draw: st.DrawFn) -> Problem:
    n_blocks = draw(st.integers(1, 7))
    params = draw(st.integers(0, 4))
    targets = st.integers(1, n_blocks - 1) if n_blocks > 1 else st.nothing()   # the entry has no predecessors
    succs = [draw(st.lists(targets, max_size=2, unique=True)) if n_blocks > 1 else [] for _ in range(n_blocks)]
    preds = [[a for a in range(n_blocks) if b in succs[a]] for b in range(n_blocks)]
    # plan: per block, number of phis and a list of instruction kinds (op/call/host, with or without result)
    plans = []
    total = params
    for block in range(n_blocks):
        phis = draw(st.integers(0, 2)) if preds[block] else 0
        kinds = draw(st.lists(st.tuples(st.sampled_from(["op"] * 10 + ["call", "host"]), st.booleans()),
                              max_size=8))
        plans.append((phis, kinds))
        total += phis + sum(1 for _, has_result in kinds if has_result)
    if total == 0:
        total_values: list[int] = []
    else:
        total_values = list(range(total))
    value = st.sampled_from(total_values) if total_values else st.nothing()
    b = ProblemBuilder("random", params=params, param_words=params + draw(st.integers(0, 1)))
    defined = params          # values defined so far: uses favour the last three (short, shareable intervals)
    for block in range(n_blocks):
        b.block()
        phis, kinds = plans[block]
        defined += phis
        for _ in range(phis):
            b.phi(*[(p, draw(st.one_of(st.none(), value)) if total_values else None) for p in preds[block]])
        for kind, has_result in kinds:
            recent = st.integers(max(0, defined - 3), defined - 1) if defined else value
            uses = tuple(draw(st.lists(st.one_of(value, recent, recent), max_size=5))) if total_values else ()
            defined += has_result
            if kind == "op":
                b.op(*uses, result=has_result, fits=draw(st.integers(0, 9)) > 0)
            elif kind == "call":
                b.call(*uses, argument_words=draw(st.integers(0, 5)), result=has_result)
            else:
                b.host_call(*uses[:6], result=has_result)
        term_uses = tuple(draw(st.lists(value, max_size=2))) if total_values else ()
        if succs[block]:
            b.branch(*succs[block], uses=term_uses)
        else:
            b.ret(*term_uses)
    return b.build()


SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(problems())
def test_allocation_is_sound(problem: Problem) -> None:
    result = allocate(problem)
    assert check_allocation(problem, result) == []
    assert not set(result.evicted) & set(dict(result.assignment))
    if not has_back_edge(problem):
        assert result.assignment == ()
    s = result.stats
    assert s.allocated_values == len(result.assignment) and s.evicted == len(result.evicted)
    assert s.allocated_values + s.evicted + s.spilled == s.candidates


@SETTINGS
@given(problems())
def test_intervals_cover_reference_liveness(problem: Problem) -> None:
    analysis = analyse(problem)
    for position, mask in enumerate(occupancy(problem)):
        for value in problem.values:
            if mask >> value.id & 1:
                interval = analysis.intervals[value.id]
                assert interval.start <= position <= interval.end, (value.id, position, interval)


@SETTINGS
@given(problems())
def test_loop_extension_reaches_the_loop_end(problem: Problem) -> None:
    """A value that starts before a loop and is live inside it lives to the loop's last position."""
    analysis = analyse(problem)
    for loop in analysis.loops:
        for interval in analysis.intervals:
            if interval.start < loop.start <= interval.end:
                assert interval.end >= loop.end
