"""Analyses of an allocation problem: back-edges, loops and their nesting depth, use counts, live intervals.

What it does: `analyse(problem)` returns an `Analysis`:
  * back-edges — an edge ``a -> b`` whose target is at or before its source in the linear order (``b <= a``).
    This linear-order definition is chosen over the dominance-based one (target dominates source) because the
    linear order is what both the emitter and the intervals live in: it is exactly the set of edges whose target
    is emitted before its source (the specification's "unprocessed predecessors"), it needs no dominator tree,
    and it is defined for irreducible flow as well. Every cycle of the control-flow graph contains an edge that
    goes to an earlier-or-equal block in any linear order, so every function with a loop has a linear
    back-edge; the converse can fail only when a layout places a forward edge's target first (a DAG edge seen
    as a back-edge), which widens eligibility and the loop ranges but never makes an interval too short.
  * loops — one per back-edge target (the header ``h``): the block range ``[h, s]`` where ``s`` is the last
    back-edge source into ``h``; its positions run from ``h.start`` to ``s.end`` (the loop's end).
  * loop depth of a block — the number of loops whose block range contains it (0 outside every loop); the depth
    of a position is that of its block.
  * use counts — `Value.use_count` (operand occurrences).
  * live intervals — for every value the closed position range ``[start, end]``: the hull of its definition,
    its uses and every position where block-level liveness says it is live (backward dataflow; phi uses at the
    end of the predecessor, phi definitions at the start of their block, uses before the definition at one
    position); then loop extension: a value that starts before a loop and is live at some position inside it
    is extended to the loop's end (the last position of the loop's last back-edge source), repeated until no
    interval changes.

Assumes: a `Problem` that passed its own checks.

Guarantees: every position at which a value is live (in the dataflow sense) or defined or used lies inside its
interval; intervals only depend on the problem (deterministic).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from .problem import Problem


@dataclass(frozen=True, slots=True)
class Interval:
    """The live interval of one value: the closed position range ``[start, end]``. Printed ``v4 [3, 17]``."""

    value: int
    """Value id."""
    start: int
    """First position (inclusive)."""
    end: int
    """Last position (inclusive)."""

    @property
    def length(self) -> int:
        """Number of positions covered (``end - start + 1``)."""
        return self.end - self.start + 1

    def overlaps(self, other: Interval) -> bool:
        """Whether the two closed ranges share a position."""
        return self.start <= other.end and other.start <= self.end

    def covers(self, position: int) -> bool:
        """Whether `position` is inside the interval."""
        return self.start <= position <= self.end


@dataclass(frozen=True, slots=True)
class Loop:
    """A loop in the linear order: the block range from its header to its last back-edge source."""

    header: int
    """Id of the back-edge target block."""
    last_block: int
    """Id of the last back-edge source into `header` (the loop's last block; >= header)."""
    start: int
    """First position of the header."""
    end: int
    """Last position of `last_block` (the loop's end)."""
    sources: tuple[int, ...]
    """Ids of every back-edge source into `header`, ascending."""


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the allocator needs to know about a problem beyond the problem itself."""

    back_edges: tuple[tuple[int, int], ...]
    """(source block, target block) of every back-edge, ascending."""
    loops: tuple[Loop, ...]
    """One loop per back-edge target, ascending by header."""
    block_depth: tuple[int, ...]
    """Loop nesting depth of each block (index = block id)."""
    use_counts: tuple[int, ...]
    """Number of uses of each value (index = value id)."""
    intervals: tuple[Interval, ...]
    """Live interval of each value (index = value id)."""
    live_in: tuple[frozenset[int], ...]
    """Values live on entry to each block (phi definitions of the block excluded)."""

    @property
    def has_back_edges(self) -> bool:
        """Whether the function has a loop (the allocator's eligibility rule)."""
        return bool(self.back_edges)


def back_edges(problem: Problem) -> tuple[tuple[int, int], ...]:
    """Edges whose target is at or before their source in the linear order (see the module docstring)."""
    return tuple(sorted((b.id, s) for b in problem.blocks for s in b.successors if s <= b.id))


def find_loops(problem: Problem, edges: tuple[tuple[int, int], ...]) -> tuple[Loop, ...]:
    """One `Loop` per back-edge target, spanning header to the last back-edge source into it."""
    sources: dict[int, list[int]] = {}
    for source, target in edges:
        sources.setdefault(target, []).append(source)
    loops = []
    for header in sorted(sources):
        last = max(sources[header])
        loops.append(Loop(header, last, problem.blocks[header].start, problem.blocks[last].end,
                          tuple(sorted(sources[header]))))
    return tuple(loops)


def loop_depths(problem: Problem, loops: tuple[Loop, ...]) -> tuple[int, ...]:
    """Number of loops whose block range contains each block (counted with one +1 at each loop's header and one -1
    after its last block, then running sums: linear where asking every loop for every block was not)."""
    change = [0] * (len(problem.blocks) + 1)
    for loop in loops:
        change[loop.header] += 1
        change[loop.last_block + 1] -= 1
    depths = []
    depth = 0
    for b in problem.blocks:
        depth += change[b.id]
        depths.append(depth)
    return tuple(depths)


def liveness(problem: Problem) -> tuple[frozenset[int], ...]:
    """Live-in set of every block by backward dataflow to a fixed point (phi uses count at the predecessor's end;
    phi and parameter definitions are ordinary definitions at their positions)."""
    n = len(problem.blocks)
    exposed = [0] * n          # bitsets over value ids: used in the block before (or without) a definition there
    defined = [0] * n
    for value in problem.values:
        bit = 1 << value.id
        def_block = problem.block_of(value.definition).id
        defined[def_block] |= bit
        for use in value.uses:
            block = problem.block_of(use).id
            if block != def_block or use <= value.definition:
                exposed[block] |= bit
    live_in = [0] * n
    changed = True
    while changed:
        changed = False
        for block in reversed(problem.blocks):
            out = 0
            for succ in block.successors:
                out |= live_in[succ]
            new = exposed[block.id] | (out & ~defined[block.id])
            if new != live_in[block.id]:
                live_in[block.id] = new
                changed = True
    return tuple(frozenset(_bits(mask)) for mask in live_in)


def _bits(mask: int) -> list[int]:
    out = []
    while mask:
        low = mask & -mask
        out.append(low.bit_length() - 1)
        mask ^= low
    return out


def live_intervals(problem: Problem, live_in: tuple[frozenset[int], ...],
                   loops: tuple[Loop, ...]) -> tuple[Interval, ...]:
    """The interval of every value: liveness hull, then loop extension to a fixed point (module docstring)."""
    lo = [v.definition for v in problem.values]
    hi = [max((v.definition, *v.uses)) for v in problem.values]
    for value in problem.values:
        lo[value.id] = min(lo[value.id], *value.uses) if value.uses else lo[value.id]
    for block in problem.blocks:
        live_out: set[int] = set()
        for succ in block.successors:
            live_out |= live_in[succ]
        for vid in live_in[block.id]:
            lo[vid] = min(lo[vid], block.start)
            hi[vid] = max(hi[vid], block.start)
        for vid in live_out:
            lo[vid] = min(lo[vid], block.end)
            hi[vid] = max(hi[vid], block.end)
    _extend_through_loops(lo, hi, loops)
    return tuple(Interval(v, lo[v], hi[v]) for v in range(len(problem.values)))


def _extend_through_loops(lo: list[int], hi: list[int], loops: tuple[Loop, ...]) -> None:
    """Loop extension, in place: while some loop has ``lo[v] < loop.start <= hi[v] < loop.end``, set ``hi[v]`` to
    its end (module docstring).

    The fixed point is the least end ``h >= hi[v]`` that no loop starting in ``(lo[v], h]`` passes, whatever order
    the loops are taken in: each step's new end is at most any such ``h``. So each step takes the greatest end
    among the loops starting in ``(lo[v], h]`` at once, found with a range-maximum table over the loops sorted by
    start: O((values + loops) · log loops) where trying every loop for every value was quadratic (issue 17)."""
    if not loops:
        return
    ordered = sorted(loops, key=lambda loop: loop.start)
    starts = [loop.start for loop in ordered]
    table = [[loop.end for loop in ordered]]   # table[k][i]: the greatest end among loops i .. i + 2^k - 1
    width = 1
    while 2 * width <= len(ordered):
        row = table[-1]
        table.append([max(row[i], row[i + width]) for i in range(len(row) - width)])
        width *= 2
    for vid in range(len(lo)):
        first = bisect_right(starts, lo[vid])
        h = hi[vid]
        while True:
            last = bisect_right(starts, h)   # loops first .. last - 1 start in (lo, h]
            if first >= last:
                break
            k = (last - first).bit_length() - 1
            furthest = max(table[k][first], table[k][last - (1 << k)])
            if furthest <= h:
                break
            h = furthest
        hi[vid] = h


def analyse(problem: Problem) -> Analysis:
    """All analyses of `problem` (see the module docstring)."""
    edges = back_edges(problem)
    loops = find_loops(problem, edges)
    live_in = liveness(problem)
    return Analysis(back_edges=edges, loops=loops, block_depth=loop_depths(problem, loops),
                    use_counts=tuple(v.use_count for v in problem.values),
                    intervals=live_intervals(problem, live_in, loops), live_in=live_in)
