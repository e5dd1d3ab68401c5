"""An independent checker of allocations: its own per-position liveness, its own reading of the spec's rules.

It imports only the public data types of `linear_scan` (Problem, Allocation) and recomputes everything else:
  * liveness per position by a backward fixed point over positions (position p flows to p+1 inside a block and
    to the first position of each successor at a block's last position): live_in(p) = uses(p) ∪ (live_out(p) −
    defs(p)); a value *occupies* position p when it is defined at p, used at p, or live out of p;
  * a register is unavailable at p when it is outside `Problem.registers` or a call site at p writes it
    (`CallSite.argument_registers` and `clobbered`, read as data);
  * back-edges: an edge to a block at or before its source in the linear order.

`check_allocation` returns every violated property as a message (empty list = sound):
  - an allocated value that does not fit a register or has fewer than 3 uses;
  - an allocated register unavailable at a position the value occupies or at a position of its reported interval;
  - a position the value occupies that lies outside its reported interval;
  - two values sharing a register that occupy a common position, or whose reported intervals overlap;
  - an evicted value in the assignment; an allocation in a function without back-edges.
"""

from __future__ import annotations

from linear_scan import Allocation, Problem

ALLOCATABLE = (9, 10, 11, 12)


def occupancy(problem: Problem) -> list[int]:
    """Bitset (over value ids) of the values occupying each position."""
    count = problem.blocks[-1].end + 1
    uses = [0] * count
    defs = [0] * count
    for value in problem.values:
        defs[value.definition] |= 1 << value.id
        for p in value.uses:
            uses[p] |= 1 << value.id
    succ: list[list[int]] = [[p + 1] for p in range(count)]
    for block in problem.blocks:
        succ[block.end] = [problem.blocks[s].start for s in block.successors]
    live_in = [0] * count
    live_out = [0] * count
    changed = True
    while changed:
        changed = False
        for p in range(count - 1, -1, -1):
            out = 0
            for q in succ[p]:
                out |= live_in[q]
            new_in = uses[p] | (out & ~defs[p])
            if out != live_out[p] or new_in != live_in[p]:
                live_out[p], live_in[p] = out, new_in
                changed = True
    return [uses[p] | defs[p] | live_out[p] for p in range(count)]


def unavailable(problem: Problem, position: int) -> set[int]:
    """Allocatable registers no value may hold at `position`."""
    out = {r for r in ALLOCATABLE if r not in problem.registers}
    for call in problem.calls:
        if call.position == position:
            out |= set(call.argument_registers) | set(call.clobbered)
    return out


def has_back_edge(problem: Problem) -> bool:
    """Whether some edge goes to a block at or before its source."""
    return any(s <= b.id for b in problem.blocks for s in b.successors)


def check_allocation(problem: Problem, allocation: Allocation) -> list[str]:
    """Every violated property (module docstring); empty when the allocation is sound."""
    errors: list[str] = []
    occupied = occupancy(problem)
    where: dict[int, list[int]] = {v.id: [] for v in problem.values}
    for p, mask in enumerate(occupied):
        while mask:
            low = mask & -mask
            where[low.bit_length() - 1].append(p)
            mask ^= low
    interval = {iv.value: iv for iv in allocation.intervals}
    assigned = dict(allocation.assignment)
    if assigned and not has_back_edge(problem):
        errors.append("allocation in a function without back-edges")
    for vid in allocation.evicted:
        if vid in assigned:
            errors.append(f"evicted v{vid} is allocated")
    for vid, reg in assigned.items():
        value = problem.values[vid]
        if not value.fits_register or len(value.uses) < 3:
            errors.append(f"v{vid} allocated with {len(value.uses)} uses (fits={value.fits_register})")
        iv = interval[vid]
        for p in where[vid]:
            if not iv.start <= p <= iv.end:
                errors.append(f"v{vid} occupies {p} outside its interval [{iv.start}, {iv.end}]")
        for p in sorted(set(where[vid]) | set(range(iv.start, iv.end + 1))):
            if reg in unavailable(problem, p):
                errors.append(f"v{vid} in r{reg} where r{reg} is unavailable (position {p})")
    by_reg: dict[int, list[int]] = {}
    for vid, reg in assigned.items():
        by_reg.setdefault(reg, []).append(vid)
    for reg, vids in by_reg.items():
        for i, a in enumerate(vids):
            for b in vids[i + 1:]:
                common = set(where[a]) & set(where[b])
                if common:
                    errors.append(f"v{a} and v{b} share r{reg} and both occupy position {min(common)}")
                ia, ib = interval[a], interval[b]
                if ia.start <= ib.end and ib.start <= ia.end:
                    errors.append(f"v{a} and v{b} share r{reg} with overlapping intervals")
    return errors
