"""Cross-block values of the emitter's baseline: values the allocation leaves out that live across blocks, but
never across a call, kept in a free register of r5-r8, or of its parameter registers in a function only the entry
stub calls (`block_local.free_registers`; issue 18).

What it does: `baseline_registers(function, selection, allocation)` takes the block-local values of
`emitter.block_local` (`block_local_choice`) and adds the cross-block values; `emit(...)` is
`emitter.pipeline.emit_function` with that baseline, what the linker builds every function with and what the
gas model measures trials with (so what is measured is what ships). The step lives here, in the linker's layer,
because it needs the allocation problem's liveness (`regalloc_problem.build_problem`,
`linear_scan.analysis.analyse`), which the emitter does not import (ARCHITECTURE.md).

Cross-block values:
  * Live ranges. A value's live range is, for every block where it lives, the closed range from its definition
    (a phi's: its block's start) or the block's start when it is live on entry, to its last read there (a phi
    incoming value's: the predecessor's end) or past the block's end when it is live on exit: the dataflow
    liveness of `linear_scan.analysis` (`Analysis.live_in`), not the hull the specification's intervals take,
    so values that live in different arms of a loop, or before and after it, may share a register. Positions
    are counted in halves: an instruction reads at 2p and writes its result at 2p + 1 when its lowering reads
    every operand first (`selection.reads_before_write`, integer binary operations), else at 2p, so such a
    result may take the register of an operand it reads for the last time (`add r5, r5, r6`).
  * A phi's copy on an edge writes its register between the predecessor's terminator and the successor's start,
    where exactly the values live on entry to the successor are live; the phi's range, which starts at that
    block's start, meets all of them, so no value the copy could destroy shares its register.
  * A candidate is a value that fits one register, is read, is not a parameter, an alloca or a fused compare's
    condition, has no block-local register, and whose live range holds no real or host call.
  * Coalescing. A phi and the values it copies on its edges form one group when their live ranges stay
    disjoint (union-find over the candidates, heaviest first); a group takes one register for all its members
    when one is free over all their ranges, so its edge copies are no-ops (`emitter.control` then emits an
    edge block holding a dead slot store and a jump; dead store elimination removes the store and
    `emitter.peephole.thread_jumps` the block). A group that does not fit is split into its members.
  * Groups (at their heaviest member's weight) and values take registers in order of spill weight (each
    definition and read counts 10^loop depth, the specification's weighting), first fit over r5-r8; a group that
    fits no register as a whole goes back into that order as its members, each at its own weight, and tries its
    phi partners' registers first and the registers of the other phis of the block it flows into last (they
    would make the edge's copies a cycle, one move more through r3): a register is free for a range when no
    scratch use of it (`Selection.scratch`, both halves of its instruction) and no block-local or earlier
    cross-block range in it meets the range.
  * Allocated values are chosen too and then left out, as for block-local values, so the gas model's savings
    stay additive.
  * The emitter knows a cross-block value to be in its register at every block start where it is live
    (`BaselineRegisters.live_in`, `RegisterState.enter_label`'s `kept`), in leaf and non-leaf functions alike.
    Why the register holds it at every read: on any path from its definition to a point where it is live, it
    is live at every point after the definition (SSA), so any other write of the register on that path would
    lie in both live ranges (a definition, a phi copy at a block start, a scratch use), which never share a
    register; calls, which break this for allocated values of non-leaf functions, lie outside.

Assumes: what `emitter.block_local` assumes; the block order of `regalloc_problem.instruction_positions` is the
emitter's.

Guarantees: registers of r5-r12 only, never one of `allocation`'s; nothing under the full register model (it offers
r5-r8 to the allocator).
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, insort

from sortedcontainers import SortedList

from linear_scan.analysis import Analysis, analyse
from linear_scan.problem import Problem
from pvm_backend.allocation import Allocation
from pvm_backend.emitter.block_local import BaselineRegisters, block_local_choice
from pvm_backend.emitter.builder import LinkContext
from pvm_backend.emitter.items import EmittedFunction
from pvm_backend.emitter.pipeline import Passes, emit_function
from pvm_backend.faults import NO_FAULTS, Faults
from pvm_backend.ir import Function, ValueRef
from pvm_backend.regalloc_problem import build_problem, instruction_positions
from pvm_backend.selection import Selection, reads_before_write, select


def emit(function: Function, ctx: LinkContext, allocation: Allocation | None = None, passes: Passes = Passes(),
         selection: Selection | None = None, faults: Faults = NO_FAULTS,
         deadline: float | None = None) -> EmittedFunction:
    """`emit_function` with the baseline's cross-block values when `passes` has both `block_local` and
    `cross_block` (with only `block_local`, the emitter keeps block-local values alone); `deadline` as there
    (raises `emitter.lowering.DeadlinePassed`)."""
    selection = selection or select(function)
    baseline = None
    if passes.block_local and passes.cross_block:
        baseline = baseline_registers(function, selection, allocation or Allocation(function.name),
                                      function.name in ctx.entry_only)
    return emit_function(function, ctx, allocation, passes, selection, faults, baseline=baseline, deadline=deadline)


def baseline_registers(function: Function, selection: Selection, allocation: Allocation,
                       entry_only: bool = False) -> BaselineRegisters:
    """The block-local and the cross-block values' registers, and the cross-block values live on entry to each
    block (module docstring); `entry_only` for a function only the entry stub calls (`block_local.free_registers`)."""
    local = block_local_choice(function, selection, allocation, entry_only)
    if not local.free:
        return BaselineRegisters(local.registers)
    allocated = allocation.as_dict()
    spans = _block_local_spans(function, selection, local.coloured, local.reads)
    entry = function.blocks[0].instructions
    if entry:   # a parameter kept in the register it arrived in holds it through the entry block
        whole = instruction_positions(function)
        for value in local.parameters:
            insort(spans.setdefault(local.registers[value], []), (whole[entry[0].id], whole[entry[-1].id]))
    cross, live_in = _cross_block(function, selection, set(local.coloured) | local.parameters, spans,
                                  list(local.free))
    registers = dict(local.registers)
    registers.update((v, r) for v, r in cross.items() if v not in allocated)
    kept = {b: tuple(v for v in values if v not in allocated) for b, values in live_in.items()}
    return BaselineRegisters(registers, {b: values for b, values in kept.items() if values})


def _block_local_spans(function: Function, selection: Selection, coloured: dict[int, int],
                       reads: dict[int, list[tuple[int, int]]]) -> dict[int, list[tuple[int, int]]]:
    """Register -> the sorted, disjoint position ranges [definition, last read] (`instruction_positions`) of the
    block-local colours in it."""
    positions = instruction_positions(function)
    starts = {block.id: positions[block.instructions[0].id] for block in function.blocks if block.instructions}
    spans: dict[int, list[tuple[int, int]]] = {}
    for value, reg in coloured.items():
        definition = function.values[value].instruction
        assert definition is not None
        start = positions[definition]
        block = function.instructions[definition].block
        end = max(starts[block] + index for _, index in reads[value])
        spans.setdefault(reg, []).append((start, end))
    merged: dict[int, list[tuple[int, int]]] = {}
    for reg, ranges in spans.items():   # a coalesced copy's range touches its source's: keep them disjoint
        out: list[tuple[int, int]] = []
        for start, end in sorted(ranges):
            if out and start <= out[-1][1]:
                out[-1] = (out[-1][0], max(out[-1][1], end))
            else:
                out.append((start, end))
        merged[reg] = out
    return merged


def _live_ranges(function: Function, problem: Problem, analysis: Analysis) -> dict[int, list[tuple[int, int]]]:
    """Value id -> its live range as sorted closed ranges of half-positions, one per block where it lives.

    Half-positions: an instruction at position p reads at 2p and writes its result at 2p + 1 when its lowering
    reads every operand first (`selection.reads_before_write`), else at 2p, so that such a result may take the
    register of an operand whose last read it is. In a block, the range runs from the definition (a phi's: the
    block's start) or the block's start when the value is live on entry, to its last read there (a phi incoming
    value's: the predecessor's end) or, when it is live on exit, past the block's end (2·end + 1). This is
    `analysis.live_in`'s dataflow liveness, not the hull `analysis.intervals` takes (module docstring, "Live
    ranges")."""
    live_out = [frozenset().union(*(analysis.live_in[s] for s in block.successors)) for block in problem.blocks]
    positions = instruction_positions(function)
    late = {2 * positions[ins.id] for ins in function.instructions
            if ins.result is not None and reads_before_write(ins)}
    last_read: dict[tuple[int, int], int] = {}
    for value in problem.values:
        for use in value.uses:
            key = (value.id, problem.block_of(use).id)
            last_read[key] = max(last_read.get(key, 2 * use), 2 * use)
    ranges: dict[int, list[tuple[int, int]]] = {}

    def add(value: int, block_id: int, start: int) -> None:
        block = problem.blocks[block_id]
        end = 2 * block.end + 1 if value in live_out[block_id] else max(start, last_read.get((value, block_id), start))
        ranges.setdefault(value, []).append((start, end))

    for block in problem.blocks:
        for value_id in analysis.live_in[block.id]:
            add(value_id, block.id, 2 * block.start)
    for value in problem.values:
        block = problem.block_of(value.definition)
        if value.id not in analysis.live_in[block.id]:
            start = 2 * value.definition
            add(value.id, block.id, start + 1 if start in late and not value.is_phi else start)
    return {value_id: sorted(spans) for value_id, spans in ranges.items()}


def _phi_partners(function: Function) -> dict[int, list[int]]:
    """Value id -> the values a phi copies it to or from (phi -> its incoming values, a value -> the phis it
    flows into): sharing a register with one of them makes that edge copy a no-op."""
    partners: dict[int, list[int]] = {}
    for ins in function.instructions:
        if ins.opcode == "phi" and ins.result is not None:
            for _, incoming in ins.phi_incoming:
                if isinstance(incoming, ValueRef) and incoming.id != ins.result:
                    partners.setdefault(ins.result, []).append(incoming.id)
                    partners.setdefault(incoming.id, []).append(ins.result)
    return partners


def _meets(occupied: list[tuple[int, int]] | SortedList, start: int, end: int) -> bool:
    """Whether [start, end] meets a range of the sorted, disjoint `occupied`."""
    i = occupied.bisect_left((start, start)) if isinstance(occupied, SortedList) else \
        bisect_left(occupied, (start, start))
    if i < len(occupied) and occupied[i][0] <= end:
        return True
    return i > 0 and occupied[i - 1][1] >= start


def _coalesced(candidates: list[tuple[float, int]], ranges: dict[int, list[tuple[int, int]]],
               partners: dict[int, list[int]]) -> list[list[int]]:
    """The candidates in groups that may share one register, each group's members heaviest first: a phi and the
    values it copies on its edges join one group whenever their live ranges stay disjoint (module docstring,
    "Coalescing")."""
    weight = {value_id: -negative for negative, value_id in candidates}
    leader = {value_id: value_id for value_id in weight}
    spans = {value_id: SortedList(ranges[value_id]) for value_id in weight}

    def find(v: int) -> int:
        while leader[v] != v:
            leader[v] = leader[leader[v]]
            v = leader[v]
        return v

    for _, value_id in sorted(candidates):
        for other in partners.get(value_id, ()):
            if other not in weight:
                continue
            a, b = find(value_id), find(other)
            if a != b and not _overlap(spans[a], spans[b]):
                leader[b] = a
                smaller, larger = sorted((spans[a], spans.pop(b)), key=len)
                larger.update(smaller)   # the smaller into the larger: a long chain of phis stays n·log n
                spans[a] = larger
    groups: dict[int, list[int]] = {}
    for _, value_id in sorted(candidates):
        groups.setdefault(find(value_id), []).append(value_id)
    return sorted(groups.values(), key=lambda g: (-sum(weight[v] for v in g), g[0]))


def _overlap(a: SortedList, b: SortedList) -> bool:
    """Whether two sorted lists of disjoint closed ranges share a position: each range of the shorter list is
    looked up in the longer (a group that coalesces a long chain of phis grows with the function, its next
    member's ranges do not, and walking both lists made coalescing quadratic, issue 17; so did merging them by
    sorting the concatenation, hence `SortedList`)."""
    if len(a) < len(b):
        a, b = b, a
    return any(_meets(a, start, end) for start, end in b)


def _any_in(points: list[int], start: int, end: int) -> bool:
    """Whether the sorted `points` hold one in [start, end]."""
    i = bisect_left(points, start)
    return i < len(points) and points[i] <= end


def _cross_block(function: Function, selection: Selection, taken_values: set[int],
                 spans: dict[int, list[tuple[int, int]]], free: list[int]
                 ) -> tuple[dict[int, int], dict[int, tuple[int, ...]]]:
    """Registers of `free` (`block_local.free_registers`) for values that live across blocks, and which of them
    each block has live on entry (module docstring, "Cross-block values"). `taken_values` already have a
    register; `spans` are the block-local ranges per register."""
    problem = build_problem(function, selection)
    analysis = analyse(problem)
    ranges = _live_ranges(function, problem, analysis)
    partners = _phi_partners(function)
    phis_of_block: dict[int, list[int]] = {}
    block_of_phi: dict[int, int] = {}
    flows_into: dict[int, list[int]] = {}
    for ins in function.instructions:
        if ins.opcode == "phi" and ins.result is not None:
            phis_of_block.setdefault(ins.block, []).append(ins.result)
            block_of_phi[ins.result] = ins.block
            for _, incoming in ins.phi_incoming:
                if isinstance(incoming, ValueRef):
                    flows_into.setdefault(incoming.id, []).append(ins.result)
    calls = sorted(q for call in problem.calls for q in (2 * call.position, 2 * call.position + 1))
    blocked: dict[int, list[int]] = {r: [] for r in free}
    for position, regs in problem.scratch:
        for reg in regs:
            if reg in blocked:
                blocked[reg].extend((2 * position, 2 * position + 1))
    for points in blocked.values():
        points.sort()
    occupied = {r: [(2 * start, 2 * end) for start, end in spans.get(r, ())] for r in free}
    depth = [0] * (problem.blocks[-1].end + 1 if problem.blocks else 0)
    for block in problem.blocks:
        for position in range(block.start, block.end + 1):
            depth[position] = analysis.block_depth[block.id]
    candidates: list[tuple[float, int]] = []
    for value in problem.values:
        info = function.values[value.id]
        if (value.id in taken_values or not value.fits_register or not value.uses or info.param_index is not None
                or value.id in selection.fused or value.id not in ranges
                or (info.instruction is not None and function.instructions[info.instruction].opcode == "alloca")):
            continue
        if any(_any_in(calls, start, end) for start, end in ranges[value.id]):
            continue
        weight = sum(10.0 ** depth[p] for p in (*value.uses, value.definition))
        candidates.append((-weight, value.id))
    out: dict[int, int] = {}

    def fits(reg: int, spans: list[tuple[int, int]]) -> bool:
        return all(not _any_in(blocked[reg], start, end) and not _meets(occupied[reg], start, end)
                   for start, end in spans)

    weight_of = {value_id: -negative for negative, value_id in candidates}
    # one queue by weight (a group's: its heaviest member's): a group that fits no register as a whole goes back
    # as its members, each at its own weight
    queue = [(-max(weight_of[v] for v in group), index, tuple(group))
             for index, group in enumerate(_coalesced(candidates, ranges, partners))]
    heapq.heapify(queue)
    tie = len(queue)
    while queue:
        _, _, group = heapq.heappop(queue)
        if len(group) > 1:
            together = sorted(span for value_id in group for span in ranges[value_id])
            shared = next((r for r in free if fits(r, together)), None)
            if shared is not None:
                for span in together:
                    insort(occupied[shared], span)
                out.update((value_id, shared) for value_id in group)
            else:
                for value_id in group:
                    heapq.heappush(queue, (-weight_of[value_id], tie, (value_id,)))
                    tie += 1
            continue
        value_id = group[0]
        preferred = [out[p] for p in partners.get(value_id, ()) if p in out]
        # the other phis of a block this value flows into last: their registers would make the edge's copies a
        # cycle (one more move, through r3)
        siblings = {out[y] for x in flows_into.get(value_id, ()) for y in phis_of_block[block_of_phi[x]]
                    if y != x and y in out}
        if value_id in block_of_phi:   # and for a phi, the values that flow into the other phis of its block
            siblings |= {out[u] for y in phis_of_block[block_of_phi[value_id]] if y != value_id
                         for u in partners.get(y, ()) if u in out and u not in block_of_phi}
        order = [*preferred, *(r for r in free if r not in siblings), *free]
        own = next((r for r in dict.fromkeys(order) if fits(r, ranges[value_id])), None)
        if own is not None:
            for span in ranges[value_id]:
                insort(occupied[own], span)
            out[value_id] = own
    phis: dict[int, set[int]] = {}
    for value in problem.values:
        if value.is_phi and value.id in out:
            phis.setdefault(value.definition, set()).add(value.id)
    live_in: dict[int, tuple[int, ...]] = {}
    for block in problem.blocks:
        live = tuple(sorted(v for v in analysis.live_in[block.id] | phis.get(block.start, set()) if v in out))
        if live and block.origin is not None:
            live_in[block.origin] = live
    return out, live_in
