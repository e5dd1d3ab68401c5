"""Counterexamples of check 2: a failing read, what may be there instead, and a path from the entry to it.

What it does: `explain(model, failures)` takes z3's answer for the ``fail`` relation of `verifier.code_check`
and rebuilds, for the first claimed read in program order whose demand reaches a failure, the chain of
locations the value was expected to travel through (the same rules as the Datalog program, walked backwards
breadth-first, so the chain is a shortest one), prefixed by a shortest path from the function entry to the
failure's origin.

Assumes: `failures` came from z3 for this model (used to confirm the origin the walk finds).

Guarantees: the returned path starts at the entry block and ends at the block of the reading instruction;
when the walk cannot reproduce any of z3's failures, it says so in the counterexample instead of inventing one.
"""

from __future__ import annotations

from collections import deque

from .model import CodeModel
from .result import CodeCounterexample


class _Index:
    """The model's facts indexed by point."""

    def __init__(self, m: CodeModel) -> None:
        n = m.points
        self.preds: list[list[int]] = [[] for _ in range(n)]
        self.succs: list[list[int]] = [[] for _ in range(n)]
        for a, b in m.edges:
            self.preds[b].append(a)
            self.succs[a].append(b)
        self.copy: dict[tuple[int, int], int] = {(p, d): s for p, d, s in m.copies}
        self.defs: dict[tuple[int, int], int] = {(p, loc): v for p, loc, v in m.defs}
        self.defines: set[tuple[int, int]] = {(p, v) for p, _, v in m.defs}
        self.kills: set[tuple[int, int]] = set(m.kills)
        self.init: set[tuple[int, int]] = set(m.init)
        self.rename: dict[tuple[int, int, int], int] = {(q, t, phi): src for q, t, phi, src in m.renames}
        self.reach = self._reachable(n)

    def _reachable(self, n: int) -> list[bool]:
        seen = [False] * n
        if n:
            seen[0] = True
            work = [0]
            while work:
                p = work.pop()
                for q in self.succs[p]:
                    if not seen[q]:
                        seen[q] = True
                        work.append(q)
        return seen

    def step(self, q: int, loc: int, value: int) -> tuple[str, int | None]:
        """Walk back over point q for a demand (loc, value): ("ok"|"fail"|"continue", next location)."""
        if (q, loc) in self.kills:
            return "fail", None
        if (q, loc) in self.defs:
            return ("ok", None) if self.defs[(q, loc)] == value else ("fail", None)
        if (q, value) in self.defines:
            return "fail", None
        if (q, loc) in self.copy:
            return "continue", self.copy[(q, loc)]
        return "continue", loc


def explain(m: CodeModel, failures: set[tuple[int, ...]]) -> CodeCounterexample:
    """A counterexample for a refuted model (see the module docstring)."""
    ix = _Index(m)
    for point, loc, value in sorted(m.claims):
        if not ix.reach[point]:
            continue
        found = _walk(m, ix, point, loc, value, failures)
        if found is not None:
            return found
    p, loc, value = sorted(failures)[0] if failures else (0, 0, 0)
    return CodeCounterexample(m.text[p] if m.points else "", "", m.locations[loc], m.value_names[value],
                              "a value the walk could not reproduce (z3 reported this failure origin)",
                              (m.block_of[p],) if m.points else ())


def _walk(m: CodeModel, ix: _Index, point: int, loc: int, value: int,
          failures: set[tuple[int, ...]]) -> CodeCounterexample | None:
    """Breadth-first over (point, location, value) demands, backwards from one claim."""
    start = (point, loc, value)
    parent: dict[tuple[int, int, int], tuple[int, int, int] | None] = {start: None}
    work = deque([start])
    while work:
        state = work.popleft()
        p, here, v = state
        if p == 0 and (here, v) not in ix.init:
            return _report(m, ix, start, state, parent, None)
        for q in ix.preds[p]:
            if not ix.reach[q]:
                continue
            wanted = ix.rename.get((q, p, v), v)
            outcome, nxt = ix.step(q, here, wanted)
            if outcome == "fail" and (q, here, wanted) in failures:
                return _report(m, ix, start, (q, here, wanted), parent | {(q, here, wanted): state}, q)
            if outcome == "continue" and nxt is not None and (q, nxt, wanted) not in parent:
                parent[(q, nxt, wanted)] = state
                work.append((q, nxt, wanted))
    return None


def _instead(m: CodeModel, ix: _Index, origin: int | None, loc: int, value: int) -> str:
    name = m.locations[loc]
    if origin is None:
        return f"whatever {name} held on entry (nothing writes {m.value_names[value]} there on this path)"
    where = f"`{m.text[origin]}` in {m.block_of[origin]}"
    if (origin, loc) in ix.kills:
        return f"an unknown value: {name} is {m.why_killed.get((origin, loc), 'overwritten')} ({where})"
    if (origin, loc) in ix.defs:
        return f"{m.value_names[ix.defs[(origin, loc)]]}, written by {where}"
    return f"a stale {m.value_names[value]}: the value is recomputed elsewhere by {where}"


def _report(m: CodeModel, ix: _Index, claim: tuple[int, int, int], origin_state: tuple[int, int, int],
            parent: dict[tuple[int, int, int], tuple[int, int, int] | None], origin: int | None) -> CodeCounterexample:
    point, loc, value = claim
    chain: list[int] = []
    cursor: tuple[int, int, int] | None = origin_state
    while cursor is not None:
        chain.append(cursor[0])
        cursor = parent[cursor]
    head = _entry_path(ix, chain[0])
    points = head[:-1] + chain
    blocks: list[str] = []
    for p in points:
        if not blocks or blocks[-1] != m.block_of[p]:
            blocks.append(m.block_of[p])
    ir = m.ir_of[point]
    _, origin_loc, origin_value = origin_state
    return CodeCounterexample(m.text[point], m.ir_text.get(ir, "") if ir is not None else "", m.locations[loc],
                              m.value_names[value], _instead(m, ix, origin, origin_loc, origin_value),
                              tuple(blocks))


def _entry_path(ix: _Index, target: int) -> list[int]:
    """A shortest path of points from the entry (0) to `target`, inclusive."""
    parent: dict[int, int | None] = {0: None}
    work = deque([0])
    while work:
        p = work.popleft()
        if p == target:
            break
        for q in ix.succs[p]:
            if q not in parent:
                parent[q] = p
                work.append(q)
    path: list[int] = []
    cursor: int | None = target if target in parent else None
    while cursor is not None:
        path.append(cursor)
        cursor = parent[cursor]
    return path[::-1]
