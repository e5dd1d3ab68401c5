"""Parallel moves: turn the simultaneous copies of phi nodes on one CFG edge into a sequence of single moves.

What it does: `sequentialize(moves, scratch)` takes a parallel move {dst_i ← src_i} (all reads happen before
all writes) and returns an ordered list of moves with the same effect, breaking every cycle (swaps, rotations)
through one scratch location.

Assumes: locations are hashable values with equality meaning "the same storage" (stack-slot offsets, registers,
or anything else a later allocator uses); destinations are pairwise distinct; a source that is not a
destination (a constant, an untouched location) is never written by the sequence; `scratch` is neither a
source nor a destination.

Guarantees: executing the result one move at a time leaves every destination holding the value its source had
before the parallel move, and changes no location other than the destinations and `scratch`. Moves whose source
equals their destination are dropped. The scratch is used at most once per cycle; the output has at most
(number of moves + number of cycles) entries. The order is deterministic (it follows the input order).

Test-only fault switch (`pvm_backend.faults`, on only in a build whose options carry it): ``phi-cycle-naive`` breaks the
guarantee on purpose (cycles emitted without the scratch).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TypeVar


L = TypeVar("L", bound=Hashable)


def sequentialize(moves: Sequence[tuple[L, L]], scratch: L, *, naive_cycles: bool = False) -> list[tuple[L, L]]:
    """Order the parallel move `moves` = [(dst, src), ...] into sequential (dst, src) moves. `naive_cycles` is
    the test-only fault ``phi-cycle-naive`` (cycles emitted in input order without the scratch: wrong).

    Raises ValueError when two moves share a destination or `scratch` appears in `moves`.
    """
    pending: dict[L, L] = {}
    for dst, src in moves:
        if dst in pending:
            raise ValueError(f"parallel move writes {dst!r} twice")
        if dst == scratch or src == scratch:
            raise ValueError("the scratch location must not take part in the parallel move")
        if dst != src:
            pending[dst] = src
    out: list[tuple[L, L]] = []
    readers: dict[L, int] = {}
    for src in pending.values():
        readers[src] = readers.get(src, 0) + 1
    while pending:
        ready = next((d for d in pending if readers.get(d, 0) == 0), None)
        if ready is not None:
            src = pending.pop(ready)
            out.append((ready, src))
            readers[src] -= 1
            continue
        # Every pending destination is still read by another pending move: only cycles remain.
        if naive_cycles:   # FAULT phi-cycle-naive: the cycles' copies in input order, no scratch
            out.extend(pending.items())
            break
        # Save one destination's old value in the scratch and redirect its readers there.
        victim = next(iter(pending))
        out.append((scratch, victim))
        moved = 0
        for d, s in pending.items():
            if s == victim:
                pending[d] = scratch
                moved += 1
        readers[victim] -= moved
        readers[scratch] = readers.get(scratch, 0) + moved
    return out
