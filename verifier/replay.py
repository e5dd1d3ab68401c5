"""Counterexamples of check 2: every failing read, what may be there instead, and a path from the entry to it.

What it does: `explain(model, failures)` takes z3's answer for the ``fail`` relation of `verifier.code_check`
and returns one violation per claimed read (point, location, value) whose demand reaches one of those failures,
in program order (by point, then location and value). Which reads fail is decided in one pass over the demand
graph (the Datalog program's D and A rules, walked backwards from every claim at once, then the failures
propagated back to the claims that reach them). For each failing read, the chain of locations the value was
expected to travel through is rebuilt by walking the same rules backwards breadth-first from that read alone
(so the chain is a shortest one), prefixed by a shortest path from the function entry to the failure's origin.

Assumes: `failures` came from z3 for this model (used to confirm the origins the walk finds).

Guarantees: at least one violation; every returned path starts at the entry block and ends at the block of
the reading instruction; a read is reported exactly when its backward walk reproduces one of z3's failures, so
the first violation is the one a walk from the reads in program order meets first; when the walk cannot
reproduce any of z3's failures, the one violation says so instead of inventing one.
"""

from __future__ import annotations

import dataclasses
from collections import deque
from collections.abc import Iterator

from .model import NUM_REGISTERS, CodeModel
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
        self.defs: dict[tuple[int, int], list[int]] = {}
        for p, loc, v in m.defs:
            self.defs.setdefault((p, loc), []).append(v)
        self.defines: set[tuple[int, int]] = m.redefinitions()
        self.kills: set[tuple[int, int]] = set(m.kills)
        self.init: set[tuple[int, int]] = set(m.init)
        self.satisfies: set[tuple[int, int, int]] = set(m.satisfies)
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
            return ("ok", None) if value in self.defs[(q, loc)] else ("fail", None)
        if (q, value) in self.defines:
            return "fail", None
        if (q, loc) in self.copy:
            return "continue", self.copy[(q, loc)]
        if (q, loc, value) in self.satisfies:
            return "ok", None
        return "continue", loc


def explain(m: CodeModel, failures: set[tuple[int, ...]]) -> tuple[CodeCounterexample, ...]:
    """Every failing read of a refuted model, in program order (see the module docstring)."""
    ix = _Index(m)
    claims = sorted({claim for claim in m.claims if ix.reach[claim[0]]})
    failing = _failing_states(ix, claims, failures)
    found = [_walk(m, ix, point, loc, value, failures) for point, loc, value in claims
             if (point, loc, value) in failing]
    out = tuple(cx for cx in found if cx is not None)
    if out:
        return out
    # None reproduced: report z3's first failure origin as it is (its point is where the value is lost, not a
    # read, so no IR text is given).
    p, loc, value = sorted(failures)[0] if failures else (0, 0, 0)
    cx = _counterexample(m, p if m.points else -1, loc, value, origin=p if m.points else None,
                         instead="a value the walk could not reproduce (z3 reported this failure origin)",
                         path=(m.block_of[p],) if m.points else ())
    return (dataclasses.replace(cx, ir_instruction=""),)


def _unmet_at_entry(ix: _Index, state: tuple[int, int, int]) -> bool:
    """A demand at the function entry (point 0) that the entry state does not meet."""
    p, here, v = state
    return p == 0 and (here, v) not in ix.init


def _steps_back(ix: _Index, state: tuple[int, int, int]
                ) -> Iterator[tuple[int, int, int, str, int | None]]:
    """One backward step of a demand (point, location, value) into each reachable predecessor q: yields
    (q, location, the value wanted after q's phi renaming, the step's outcome, the next location)."""
    p, here, v = state
    for q in ix.preds[p]:
        if ix.reach[q]:
            wanted = ix.rename.get((q, p, v), v)
            outcome, nxt = ix.step(q, here, wanted)
            yield q, here, wanted, outcome, nxt


def _failing_states(ix: _Index, claims: list[tuple[int, int, int]],
                    failures: set[tuple[int, ...]]) -> set[tuple[int, int, int]]:
    """The demand states (point, location, value) reachable from `claims` whose backward walk meets a failure
    (`_walk`'s rules: a demand at the entry that the entry state does not meet, or a step that fails at one of
    z3's failures), found for all claims together: one walk over the demand graph, then the failures
    propagated back along its edges."""
    seen = set(claims)
    work = list(claims)
    bad: list[tuple[int, int, int]] = []
    demanded_by: dict[tuple[int, int, int], list[tuple[int, int, int]]] = {}
    while work:
        state = work.pop()
        if _unmet_at_entry(ix, state):
            bad.append(state)
        for q, here, wanted, outcome, nxt in _steps_back(ix, state):
            if outcome == "fail" and (q, here, wanted) in failures:
                bad.append(state)
            elif outcome == "continue" and nxt is not None:
                following = (q, nxt, wanted)
                demanded_by.setdefault(following, []).append(state)
                if following not in seen:
                    seen.add(following)
                    work.append(following)
    failing = set(bad)
    while bad:
        for earlier in demanded_by.get(bad.pop(), ()):
            if earlier not in failing:
                failing.add(earlier)
                bad.append(earlier)
    return failing


def _walk(m: CodeModel, ix: _Index, point: int, loc: int, value: int,
          failures: set[tuple[int, ...]]) -> CodeCounterexample | None:
    """Breadth-first over (point, location, value) demands, backwards from one claim."""
    start = (point, loc, value)
    parent: dict[tuple[int, int, int], tuple[int, int, int] | None] = {start: None}
    work = deque([start])
    while work:
        state = work.popleft()
        if _unmet_at_entry(ix, state):
            return _report(m, ix, start, state, parent, None)
        for q, here, wanted, outcome, nxt in _steps_back(ix, state):
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
        return f"{m.value_names[ix.defs[(origin, loc)][0]]}, written by {where}"
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
    _, origin_loc, origin_value = origin_state
    return _counterexample(m, point, loc, value, origin=origin, path=tuple(blocks),
                           instead=_instead(m, ix, origin, origin_loc, origin_value))


def _counterexample(m: CodeModel, point: int, loc: int, value: int, *, origin: int | None, instead: str,
                    path: tuple[str, ...]) -> CodeCounterexample:
    """The record of a read at `point` (-1: none) of location `loc` expecting `value`."""
    ir = m.ir_of[point] if 0 <= point < m.points else None
    named = m.claimed_as.get((point, loc, value), value)
    expected = m.value_names[named] + (f" (the same as {m.value_names[value]})" if named != value else "")
    return CodeCounterexample(
        m.text[point] if 0 <= point < m.points else "",
        "" if ir is None else m.ir_text.get(ir, ""),
        m.locations[loc], expected, instead, path,
        index=point, ir_id=ir, register=loc if loc < NUM_REGISTERS else None,
        frame_offset=m.frame_offsets.get(loc), value_id=named if named < m.ir_values else None, origin=origin)


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
