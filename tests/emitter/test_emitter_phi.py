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


def test_a_phi_sharing_a_register_with_another_copys_source_is_written_after_that_copy_reads_it() -> None:
    """The entry edge copies %p <- %t and %q <- %s, with %p and %s both in r11 (%s's interval ends at the edge).
    Copying %p first would overwrite r11 before %q's copy reads %s, which would then come from its slot: the copies
    are ordered so that %s is read from r11 (`control._reads_first`), and its slot is never loaded."""
    from linear_scan import analyse
    from pvm_backend.allocation import Allocation
    from pvm_backend.emitter.builder import LinkContext
    from pvm_backend.emitter.pipeline import Passes, emit_function
    from pvm_backend.frontend.load import module_from_text
    from pvm_backend.isa import Instruction, Opcode
    from pvm_backend.regalloc_problem import block_live_in, build_problem
    from pvm_backend.selection import select
    from verifier import verify_function

    text = """define i64 @f(i64 %n) {
entry:
  %s = add i64 %n, 1
  %t = add i64 %n, 2
  br label %loop
loop:
  %p = phi i64 [ %t, %entry ], [ %p1, %loop ]
  %q = phi i64 [ %s, %entry ], [ %q1, %loop ]
  %p1 = add i64 %p, %q
  %q1 = add i64 %q, 1
  %c = icmp ult i64 %q1, %n
  br i1 %c, label %loop, label %done
done:
  ret i64 %p1
}
"""
    fn = module_from_text(text, 0).function("f")
    assert fn is not None
    ids = {v.name: v.id for v in fn.values}
    registers = {ids["s"]: 11, ids["p"]: 11}
    selection = select(fn)
    problem = build_problem(fn, selection)
    allocation = Allocation(fn.name, tuple(sorted(registers.items())), True,
                            block_live_in(problem, analyse(problem), registers))
    ctx = LinkContext(global_address={}, function_label=lambda name: f"fn:{name}", jump_entry=lambda label: 2)
    emitted = emit_function(fn, ctx, allocation, Passes(block_local=False, compact_frames=False), selection)
    slot = emitted.frame.slot_of[ids["s"]]   # without frame compaction, which would drop the unused slot
    assert not any(isinstance(e.instruction, Instruction) and e.instruction.opcode is Opcode.LOAD_IND_U64
                   and e.instruction.rb == 1 and e.instruction.x == slot for e in emitted.instructions)
    assert verify_function(fn, emitted).proved
