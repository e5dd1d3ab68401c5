"""The parallel-move resolver against a direct simulation of the parallel move (hypothesis).

Reference semantics (independent of the resolver): a parallel move {d_i ← s_i} sets every d_i to the value
s_i held before the move and leaves every other location unchanged. The resolver's sequential output is
executed one move at a time on a dict and must agree on every location except the scratch.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pvm_backend.emitter.phi import sequentialize

SCRATCH = "scratch"


@st.composite
def parallel_moves(draw: st.DrawFn) -> list[tuple[object, object]]:
    """Distinct destinations among a few locations; sources are locations (maybe destinations) or constants."""
    n_locations = draw(st.integers(1, 8))
    locations = [f"L{i}" for i in range(n_locations)]
    dsts = draw(st.lists(st.sampled_from(locations), unique=True, max_size=n_locations))
    sources = st.one_of(st.sampled_from(locations), st.integers(0, 3).map(lambda c: ("const", c)))
    return [(d, draw(sources)) for d in dsts]


def simulate_parallel(state: dict[object, object], moves: list[tuple[object, object]]) -> dict[object, object]:
    def value(src: object) -> object:
        return src[1] if isinstance(src, tuple) else state[src]
    new = dict(state)
    for dst, src in moves:
        new[dst] = value(src)
    return new


def simulate_sequence(state: dict[object, object], seq: list[tuple[object, object]]) -> dict[object, object]:
    current = dict(state)
    for dst, src in seq:
        current[dst] = src[1] if isinstance(src, tuple) else current[src]
    return current


@settings(max_examples=500, deadline=None)
@given(parallel_moves())
def test_sequence_matches_parallel_semantics(moves: list[tuple[object, object]]) -> None:
    locations = {loc for move in moves for loc in move if not isinstance(loc, tuple)} | {f"L{i}" for i in range(8)}
    initial: dict[object, object] = {loc: f"old-{loc}" for loc in locations}
    initial[SCRATCH] = "garbage"
    seq = sequentialize(moves, SCRATCH)
    expected = simulate_parallel(initial, moves)
    got = simulate_sequence(initial, seq)
    expected.pop(SCRATCH)
    got.pop(SCRATCH)
    assert got == expected
    # no move writes a location that is not a destination (other than the scratch)
    dsts = {d for d, _ in moves}
    assert all(d in dsts or d == SCRATCH for d, _ in seq)
    # at most one extra move per cycle, and no self-moves
    assert all(d != s for d, s in seq)
    assert len(seq) <= len(moves) + len(moves) // 2


def test_swap_uses_scratch_once() -> None:
    seq = sequentialize([("a", "b"), ("b", "a")], SCRATCH)
    assert seq[0][0] == SCRATCH and len(seq) == 3
    state = simulate_sequence({"a": 1, "b": 2, SCRATCH: 0}, seq)
    assert (state["a"], state["b"]) == (2, 1)


def test_rotation_of_three() -> None:
    moves = [("a", "c"), ("b", "a"), ("c", "b")]
    state = simulate_sequence({"a": 1, "b": 2, "c": 3, SCRATCH: 0}, sequentialize(moves, SCRATCH))
    assert (state["a"], state["b"], state["c"]) == (3, 1, 2)


def test_rejects_duplicate_destination_and_scratch_use() -> None:
    with pytest.raises(ValueError):
        sequentialize([("a", "b"), ("a", "c")], SCRATCH)
    with pytest.raises(ValueError):
        sequentialize([("a", SCRATCH)], SCRATCH)
