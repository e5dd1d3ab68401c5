"""The adapter from the IR view to the allocation problem of `linear_scan` (IR view -> `Problem`).

What it does: `build_problem(function, selection)` describes one IR function for the allocators: positions are
the IR instructions numbered in the one block order (`ir_facts.block_order`, shared by liveness and emission);
values keep their IR ids; phi definitions sit at the first position of their block and phi incoming uses at the
last position of the predecessor (the `linear_scan.problem` convention); operands are used where the emitter
reads them (`Selection.reads_at`: a fused compare's operands at its branch); call sites, leaf-ness, argument
registers and which values fit a register are the IR facts of `pvm_backend.ir_facts` (so ``llvm.*``
intrinsics, lowered inline without touching r9-r12, are not calls and cannot make a function look non-leaf).
The register model (`abi.RegisterModel`) decides the available registers (`linear_scan.available_registers`)
and, under the full model, precolours the parameters that arrive in r9-r12
(`ir_facts.incoming_parameter_registers`); the emitter's scratch registers (`Selection.scratch`) are placed at
their instructions' positions.
`instruction_positions(function)` gives the position of every IR instruction. `block_live_in`, `call_reloads`
and `emitter_conflicts` derive what the emitter and non-linear-scan allocators need from the problem's analysis.

Assumes: the IR view's contract (dense ids; phis first in their block; `Block.predecessors` matches the
terminators' successors); the ABI's argument words (`abi.argument_words`: i128 takes two words).

Test-only faults (`pvm_backend.faults`, only when the build's `Faults` carry them): ``liveness-order`` lists the
blocks (their ranges, hence loops and block-level liveness) in reverse postorder while definitions, uses and
calls keep their layout positions; ``call-clobber`` and ``merge-snapshot`` leave the outgoing argument
registers available.

Guarantees: use counts are operand occurrences (`ir_facts.value_operands` at the instruction, phi incoming
values at the predecessor's end); `Value.fits_register` is `ir_facts.fits_register`. Raises ProblemError for a
declaration (no body).
"""

from __future__ import annotations

from linear_scan.analysis import Analysis
from linear_scan.problem import (ALLOCATABLE, Block, CallKind, CallSite, Problem, ProblemError, Value,
                                 argument_registers, available_registers)
from pvm_backend import ir_facts
from pvm_backend.abi import DEFAULT_REGISTER_MODEL, RegisterModel
from pvm_backend.faults import NO_FAULTS, Fault, Faults
from pvm_backend.ir import Function, ValueRef
from pvm_backend.ir_facts import block_order
from pvm_backend.selection import Selection, select


def instruction_positions(function: Function, order: tuple[int, ...] | None = None) -> tuple[int, ...]:
    """Position of each IR instruction (index = instruction id) in the shared block order (or in `order`, a
    permutation of the block ids)."""
    positions = [0] * len(function.instructions)
    position = 0
    for block_id in block_order(function) if order is None else order:
        for ins in function.blocks[block_id].instructions:
            positions[ins.id] = position
            position += 1
    return tuple(positions)


_PROBLEM_KIND = {ir_facts.CallKind.CALL: CallKind.CALL, ir_facts.CallKind.HOST: CallKind.HOST}


def _call_sites(function: Function, positions: tuple[int, ...]) -> tuple[CallSite, ...]:
    """Every real and host call as a call site, with the registers it writes as `ir_facts` states them: its
    argument registers among r9-r12, and the other registers it may change."""
    sites = []
    for ins in function.instructions:
        fact = ir_facts.call_kind(ins)
        kind = _PROBLEM_KIND.get(fact) if fact is not None else None
        if kind is None:
            continue
        arguments = tuple(sorted(int(r) for r in ir_facts.call_argument_registers(ins) if int(r) in ALLOCATABLE))
        clobbered = tuple(sorted(int(r) for r in ir_facts.call_clobbered(ins)))
        sites.append(CallSite(positions[ins.id], kind, arguments, clobbered))
    return tuple(sorted(sites, key=lambda c: c.position))


def build_problem(function: Function, selection: Selection | None = None, faults: Faults = NO_FAULTS,
                  model: RegisterModel = DEFAULT_REGISTER_MODEL) -> Problem:
    """The allocation problem of `function` under the register `model` (see the module docstring); `selection`
    defaults to `pvm_backend.selection.select(function)`. Raises ProblemError for a declaration."""
    if function.is_declaration or not function.blocks:
        raise ProblemError(f"{function.name}: a declaration has no allocation problem")
    order = block_order(function)
    index_of = {block_id: index for index, block_id in enumerate(order)}
    positions = instruction_positions(function)
    starts = {b: positions[function.blocks[b].instructions[0].id] for b in order}
    ends = {b: positions[function.blocks[b].terminator.id] for b in order}
    listed, ranges = order, {b: (starts[b], ends[b]) for b in order}
    if Fault.LIVENESS_ORDER in faults:   # FAULT: blocks listed and ranged in reverse postorder, positions not
        listed = reverse_postorder(function)
        index_of = {block_id: index for index, block_id in enumerate(listed)}
        numbered = instruction_positions(function, listed)
        ranges = {b: (numbered[function.blocks[b].instructions[0].id], numbered[function.blocks[b].terminator.id])
                  for b in order}
    definition = [0] * len(function.values)
    uses: list[list[int]] = [[] for _ in function.values]
    selection = selection or select(function)
    for ins in function.instructions:
        if ins.result is not None:
            definition[ins.result] = starts[ins.block] if ins.opcode == "phi" else positions[ins.id]
        for operand in ir_facts.value_operands(ins):
            if isinstance(operand, ValueRef):
                uses[operand.id].append(positions[selection.reads_at(ins)])
        for pred, operand in ins.phi_incoming:
            if isinstance(operand, ValueRef):
                uses[operand.id].append(ends[pred])
    values = []
    for info in function.values:
        is_phi = info.instruction is not None and function.instructions[info.instruction].opcode == "phi"
        values.append(Value(info.id, definition[info.id], tuple(sorted(uses[info.id])), info.param_index,
                            is_phi, ir_facts.fits_register(function, info.id)))
    blocks = []
    for index, block_id in enumerate(listed):
        block = function.blocks[block_id]
        succs = tuple(index_of[s] for s in dict.fromkeys(block.terminator.successors))
        preds = tuple(sorted(index_of[p] for p in block.predecessors))
        blocks.append(Block(index, *ranges[block_id], succs, preds, origin=block_id))
    calls = _call_sites(function, positions)
    incoming = argument_registers(ir_facts.argument_words([t.bits for t in function.param_types]))
    is_leaf = ir_facts.is_leaf(function)
    outgoing = tuple(sorted({r for c in calls if c.kind is CallKind.CALL for r in c.argument_registers}))
    host = tuple(sorted({r for c in calls if c.kind is CallKind.HOST for r in c.argument_registers}))
    registers = available_registers(incoming, is_leaf, outgoing, host, model)
    if Fault.CALL_CLOBBER in faults or Fault.MERGE_SNAPSHOT in faults:   # FAULT: arguments allocatable
        registers = available_registers(incoming, True, outgoing, host, model)
    precoloured: tuple[tuple[int, int], ...] = ()
    if model is RegisterModel.FULL:
        precoloured = tuple((vid, int(reg)) for vid, reg in ir_facts.incoming_parameter_registers(function))
    scratch = tuple(sorted((positions[ins_id], tuple(sorted(regs))) for ins_id, regs in selection.scratch.items()))
    return Problem(function.name, tuple(values), tuple(blocks), calls, len(function.param_types), incoming,
                   is_leaf, outgoing, registers, model, precoloured, scratch)


def block_live_in(problem: Problem, analysis: Analysis,
                  registers: dict[int, int]) -> tuple[tuple[int, tuple[int, ...]], ...]:
    """(IR block id, allocated values live on entry to it, its own phis included) for every block with any:
    what `Allocation.live_in` tells the emitter, from the dataflow liveness of `analysis`."""
    live_in: list[tuple[int, tuple[int, ...]]] = []
    phis_at: dict[int, set[int]] = {}
    for v in problem.values:
        if v.is_phi:
            phis_at.setdefault(v.definition, set()).add(v.id)
    for block in problem.blocks:
        phis = phis_at.get(block.start, set())
        live = sorted(v for v in analysis.live_in[block.id] | phis if v in registers)
        if live and block.origin is not None:   # built from the IR view: every block has its IR id
            live_in.append((block.origin, tuple(live)))
    return tuple(live_in)


def call_reloads(function: Function, problem: Problem, analysis: Analysis,
                 registers: dict[int, int]) -> tuple[tuple[int, tuple[int, ...]], ...]:
    """(IR id of a call, allocated values to reload into their registers right after it), ascending, for every
    call that writes the register of an allocated value live just after it: the second half of live-range
    splitting at call sites under the full register model (`Problem.call_blocks`; the first half, the store
    before the call, is the write-through every definition already does). Empty under the seed model, whose
    intervals never contain a call that writes their register. Liveness is the dataflow liveness of `analysis`
    (block live-in, then a backward walk of the block), not the wider interval."""
    if problem.model is not RegisterModel.FULL or not registers or not problem.calls:
        return ()
    by_position = {call.position: call for call in problem.calls}
    ir_at = {position: ins_id for ins_id, position in enumerate(instruction_positions(function))}
    defs: dict[int, list[int]] = {}
    uses: dict[int, list[int]] = {}
    for value in problem.values:
        if value.id in registers:
            defs.setdefault(value.definition, []).append(value.id)
            for use in value.uses:
                uses.setdefault(use, []).append(value.id)
    out: list[tuple[int, tuple[int, ...]]] = []
    for block in problem.blocks:
        live = {v for succ in block.successors for v in analysis.live_in[succ]} & set(registers)
        for position in range(block.end, block.start - 1, -1):
            call = by_position.get(position)
            if call is not None:
                written = call.writes
                split = tuple(sorted(v for v in live if registers[v] in written))
                if split:
                    out.append((ir_at[position], split))
            live = (live - set(defs.get(position, ()))) | set(uses.get(position, ()))
    return tuple(sorted(out))


def emitter_conflicts(problem: Problem, analysis: Analysis) -> tuple[tuple[int, int, int], ...]:
    """(a, b, position) for every pair of register-fitting values the emitter cannot give one register: b is
    defined at `position` while a is live just after it, read at it, or defined at it too.

    This is SSA interference at the positions the emitter really reads (a fused compare's operands at the
    branch) with one addition the verifier's contract does not make: a definition conflicts with the operands of
    its own instruction, because lowerings may write the result register before reading every operand
    (`select` loads the false value into it, for one). Linear scan gets both from its closed intervals; the
    optimal allocator adds these pairs to the contract (`verifier.optimal.allocate_optimally`)."""
    defs: dict[int, list[int]] = {}
    uses: dict[int, set[int]] = {}
    fits = {v.id for v in problem.values if v.fits_register}
    for value in problem.values:
        if value.id in fits:
            defs.setdefault(value.definition, []).append(value.id)
            for use in value.uses:
                uses.setdefault(use, set()).add(value.id)
    pairs: list[tuple[int, int, int]] = []
    for block in problem.blocks:
        live = {v for succ in block.successors for v in analysis.live_in[succ]} & fits
        for position in range(block.end, block.start - 1, -1):
            defined = defs.get(position, [])
            read = uses.get(position, set())
            for w in defined:
                pairs.extend((v, w, position) for v in sorted(live | read | set(defined)) if v != w)
            live = (live - set(defined)) | read
    return tuple(pairs)


def reverse_postorder(function: Function) -> tuple[int, ...]:
    """The block ids in reverse postorder of a depth-first walk from the entry (successors in terminator order),
    then the unreachable blocks in layout order. Only the test-only fault ``liveness-order`` uses it."""
    seen = {function.blocks[0].id}
    postorder: list[int] = []
    stack: list[tuple[int, list[int]]] = [(function.blocks[0].id, list(function.blocks[0].terminator.successors))]
    while stack:
        block_id, pending = stack[-1]
        while pending and pending[0] in seen:
            pending.pop(0)
        if not pending:
            stack.pop()
            postorder.append(block_id)
            continue
        succ = pending.pop(0)
        seen.add(succ)
        stack.append((succ, list(function.blocks[succ].terminator.successors)))
    reached = postorder[::-1]
    return tuple(reached) + tuple(b for b in block_order(function) if b not in seen)
