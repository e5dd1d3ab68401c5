"""The emitter's baseline registers: values the allocation leaves in their slots, kept in r5-r8 instead.

What it does: `block_local_choice(function, selection, allocation)` chooses, for the values the allocator left
in their slots, a register for each value whose whole life lies inside one basic block (block-local values), so
that the emitter computes it there and every read takes it from there: no slot store survives dead store
elimination (`dse`) and no reload is emitted. `pvm_backend.baseline` then adds the values that live across
blocks but never across a call (cross-block values; that step needs the allocation problem's liveness, which the
emitter does not import) and hands both to the emitter as `BaselineRegisters`. It is the emitter's baseline
getting better (issue 18), not an allocator: the allocation of the specification's linear scan (or any other) is
realised unchanged (the verifier's check 1 proves the same allocation), and baseline values only take the
caller-saved registers the seed model never offers the allocator.

  * A candidate is a value that fits one register (`ir_facts.fits_register`), is not a phi, not an alloca and not
    a fused compare's condition (`Selection.fused`: it has no code of its own); it is read at least once, every
    read is in its defining block (at the position where the emitter reads it, `Selection.reads_at`) and no phi
    reads it. Its live interval is [definition, last read] in instruction indices of the block.
  * Registers: only what the register model does not offer the allocator. Under the seed model (the
    specification's) that is the caller-saved r5-r8 (`abi.CALLER_SAVED`); r2-r4 stay the temporaries of every
    lowering. A function only the entry stub calls (`LinkContext.entry_only`) restores none of r9-r12 for its
    caller (abi "Entry"), so there its parameter registers, which the seed model never offers the allocator,
    are baseline registers too, at no cost: outside the entry block, and in it when no parameter is kept in
    the register (below); only a call writes r9-r12 otherwise, and no interval holds a call. The full model
    (`abi.RegisterModel.FULL`) offers
    r5-r8 to the allocator, so there block-local values get none: the allocator decides about every value
    itself.
  * A value may take register R only if no instruction of its interval, its definition included, writes R for
    itself (`Selection.scratch`: calls, host calls, i128 code, memory intrinsics and `ret` declare theirs, and
    the builder refuses any undeclared write), and no real or host call lies in its interval. Two values share
    a register only when one's last read comes strictly before the other's definition (a lowering may write its
    result before it reads every operand; `selection`).
  * Calls and returns at the ends of an interval: a call (or host call) that defines the value writes its
    register only after the callee has returned, so neither the call nor its clobbers count; a real call whose
    argument is the value's last read reads it before the callee runs (`calls._place_arguments`), so the call
    does not count either, but the value may not take one of the call's argument registers (placing one
    argument would overwrite another). A host call reading the value keeps it out (its arguments travel in r7
    and r8 too). A `ret` returning the value reads it into r7 before it writes anything (`control.lower_ret`),
    so its own use of r7 and r8 does not count. Such values try r7 first, the result register, where the call
    leaves its result and from where the return hands it over: no move either way.
  * A copy or cast (`COPIES`) that is the last read of a block-local source takes over the source's register,
    so that it emits nothing, or computes in place (never a parameter's register: r9-r12 must hold the
    caller's values again at the return).
  * The intervals of one block are coloured in order of definition; when no register is free, the interval that
    ends last loses its register (the classic linear-scan spill choice, Poletto and Sarkar 1999). Allocated
    values are coloured too and then left out of the result, so that whether one value is allocated changes no
    other value's register: the gas model (`pvm_backend.gas_model`) measures each candidate's saving on its own.
  * Parameters: a parameter that arrives in r9-r12 (`ir_facts.incoming_parameter_registers`) whose every read is
    in the entry block, with no real or host call before its last read, stays in the register it arrived in.
    The seed model never offers a parameter register
    to the allocator (SEED-regalloc.md "Available Registers"), and without a call nothing else writes r9-r12 in
    the entry block.

Why the code stays right: the emitter treats a block-local value exactly like an allocated one (write-through at
its definition, `regstate`), and no instruction writes its register for anything else inside its interval (the
rules above), so the register holds the value at every read; where the emitter cannot tell (after a label whose
other predecessors it does not know), it reloads from the slot, whose store then stays. The verifier's check 2
proves every read of the emitted code on its own, without trusting this choice.

Assumes: the IR view's contract (SSA: a definition precedes every read in its block); the selection the emitter
lowers by.

Guarantees: the result maps values to registers of r5-r12, never to a register of `allocation`; it is empty
under the full register model.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pvm_backend import abi
from pvm_backend.allocation import Allocation
from pvm_backend.ir import Function, Instruction, ValueRef
from pvm_backend.ir_facts import (CallKind, call_argument_registers, call_kind, fits_register,
                                  incoming_parameter_registers, parameter_registers, value_operands)
from pvm_backend.selection import Selection

_CALLER_SAVED = tuple(int(r) for r in abi.CALLER_SAVED)
_CALLEE_SAVED = tuple(int(r) for r in abi.CALLEE_SAVED)
#: Instructions whose one operand is copied, or cast in place, into the result (`scalar.lower_cast`, `lower_copy`).
COPIES = frozenset({"zext", "sext", "trunc", "ptrtoint", "inttoptr", "freeze", "bitcast", "addrspacecast"})


@dataclass(frozen=True)
class BaselineRegisters:
    """The registers of the emitter's baseline (module docstring): block-local values and, when the caller
    computed them (`pvm_backend.baseline`), cross-block values."""

    registers: dict[int, int] = field(default_factory=dict)
    """SSA value id -> its register (r5-r8, or a parameter's arrival register)."""
    live_in: dict[int, tuple[int, ...]] = field(default_factory=dict)
    """IR block id -> the cross-block values live on entry to it (its own phis included), ascending: the emitter
    knows them to be in their registers there (`RegisterState.enter_label`, `kept`)."""


@dataclass(frozen=True)
class BlockLocal:
    """The block-local part of the baseline (module docstring), with what the cross-block step
    (`pvm_backend.baseline`) builds on."""

    registers: dict[int, int]
    """SSA value id -> its register: block-local values and parameters kept in their arrival register."""
    coloured: dict[int, int]
    """Every block-local colour, allocated values' included (so the cross-block step stays independent of the
    allocation too)."""
    parameters: frozenset[int]
    """The parameters kept in their arrival register."""
    reads: dict[int, list[tuple[int, int]]]
    """SSA value id -> (block id, index in the block) of every read, where the emitter reads it."""
    free: tuple[int, ...]
    """The registers the allocation leaves free (`free_registers`: r5-r8 under the seed model, and the parameter
    registers of a function only the entry stub calls)."""


def block_local_registers(function: Function, selection: Selection, allocation: Allocation,
                          entry_only: bool = False) -> dict[int, int]:
    """SSA value id -> the register it keeps for its whole life inside its block (module docstring)."""
    return block_local_choice(function, selection, allocation, entry_only).registers


def free_registers(function: Function, allocation: Allocation, entry_only: bool = False) -> tuple[int, ...]:
    """The registers the baseline may give values of `function` allocated `allocation` (module docstring,
    "Registers"): r5-r8 and, when only the entry stub calls it (`entry_only`), its parameter registers, less the
    allocation's. Which registers these are does not depend on the allocation beyond leaving out its own, so
    the gas model's savings stay additive."""
    taken = set(allocation.as_dict().values())
    pool = _CALLER_SAVED + (tuple(int(r) for r in parameter_registers(function)) if entry_only else ())
    return tuple(r for r in pool if r not in taken)


def block_local_choice(function: Function, selection: Selection, allocation: Allocation,
                       entry_only: bool = False) -> BlockLocal:
    """The block-local values' registers (module docstring); `entry_only` for a function only the entry stub
    calls. Empty under the full register model."""
    if function.is_declaration or not function.blocks or allocation.model is not abi.RegisterModel.SEED:
        return BlockLocal({}, {}, frozenset(), {}, ())
    allocated = allocation.as_dict()
    taken = set(allocated.values())
    where = {ins.id: (ins.block, index) for block in function.blocks for index, ins in enumerate(block.instructions)}
    reads: dict[int, list[tuple[int, int]]] = {}
    phi_read: set[int] = set()
    for ins in function.instructions:
        at = where[selection.reads_at(ins)]
        for operand in value_operands(ins):
            if isinstance(operand, ValueRef):
                reads.setdefault(operand.id, []).append(at)
        for _, operand in ins.phi_incoming:
            if isinstance(operand, ValueRef):
                phi_read.add(operand.id)
    out: dict[int, int] = {}
    coloured: dict[int, int] = {}
    params = _parameters(function, allocated, taken, reads, phi_read)
    free = list(free_registers(function, allocation, entry_only))
    arrival = set(params.values())   # a kept parameter's register is taken in the entry block
    for block in function.blocks:
        intervals: list[tuple[int, int, int, int | None]] = []
        for index, ins in enumerate(block.instructions):
            v = ins.result
            if (v is None or ins.opcode in ("phi", "alloca") or v in phi_read
                    or v in selection.fused or v not in reads or not fits_register(function, v)):
                continue
            if all(b == block.id for b, _ in reads[v]):
                source = ins.operands[0] if ins.opcode in COPIES and ins.operands else None
                intervals.append((index, max(i for _, i in reads[v]), v,
                                  source.id if isinstance(source, ValueRef) else None))
        usable = [r for r in free if r not in arrival] if block.id == function.blocks[0].id else free
        if intervals and usable:
            chosen = _colour(block.instructions, intervals, usable, selection)
            coloured.update(chosen)
            out.update((v, r) for v, r in chosen.items() if v not in allocated)
    out.update(params)
    return BlockLocal(out, coloured, frozenset(params), reads, tuple(free))


def _blocked(instructions: tuple[Instruction, ...], selection: Selection) -> tuple[list[int], dict[int, list[int]]]:
    """Prefix counts over the block's instructions: of real and host calls, and per register of r5-r12 of the
    instructions that write it for themselves (`Selection.scratch`)."""
    calls = [0]
    scratch = {r: [0] for r in (*_CALLER_SAVED, *_CALLEE_SAVED)}
    for ins in instructions:
        calls.append(calls[-1] + (call_kind(ins) in (CallKind.CALL, CallKind.HOST)))
        written = selection.scratch_of(ins)
        for r, counts in scratch.items():
            counts.append(counts[-1] + (r in written))
    return calls, scratch


def _inner(instructions: tuple[Instruction, ...], start: int, end: int) -> tuple[int, int, frozenset[int]] | None:
    """The part [first, last] of the interval [start, end] whose calls and scratch registers count (module
    docstring, "Calls and returns at the ends of an interval"), and the registers the value may not take for a
    call at its end; None when the value cannot stay in a register around a call there (a host call reading
    it)."""
    first, last, excluded = start, end, frozenset[int]()
    if call_kind(instructions[start]) in (CallKind.CALL, CallKind.HOST):
        first = start + 1   # the call's result: defined when the callee has returned
    if last >= first and instructions[end].opcode == "ret":
        last = end - 1      # the result: read into r7 before the return writes anything
    elif last >= first and (kind := call_kind(instructions[end])) is not None and kind is not CallKind.INTRINSIC:
        if kind is not CallKind.CALL:
            return None
        last = end - 1      # an argument: read before the callee runs
        excluded = frozenset(int(r) for r in call_argument_registers(instructions[end]))
    return first, last, excluded


def _preferred(instructions: tuple[Instruction, ...], start: int, end: int, registers: list[int]) -> list[int]:
    """`registers` with r7 first for a value a call defines or `ret` reads: the result register (abi), so that
    the value needs no move there (module docstring, "Calls and returns at the ends of an interval")."""
    result = int(abi.Reg.A0)
    if result in registers and (instructions[end].opcode == "ret"
                                or call_kind(instructions[start]) in (CallKind.CALL, CallKind.HOST)):
        return [result, *(r for r in registers if r != result)]
    return registers


def _colour(instructions: tuple[Instruction, ...], intervals: list[tuple[int, int, int, int | None]],
            registers: list[int], selection: Selection) -> dict[int, int]:
    """Registers for the intervals (definition index, last read index, value, the value a copy or cast copies)
    of one block: linear scan over the block, in order of definition (module docstring)."""
    calls, scratch = _blocked(instructions, selection)
    out: dict[int, int] = {}
    active: dict[int, tuple[int, int]] = {}   # register -> (last read, value)
    for start, end, value, source in sorted(intervals):
        inner = _inner(instructions, start, end)
        if inner is None:
            continue
        first, last, excluded = inner
        if last >= first and calls[last + 1] - calls[first]:
            continue
        held = out.get(source) if source is not None else None
        if held is not None and active.get(held) == (start, source) and held not in excluded and \
                scratch[held][last + 1] - scratch[held][first] == 0:
            active[held] = (end, value)   # coalesced: the copy is the source's last read, and emits nothing
            out[value] = held
            continue
        for reg in [r for r, (last_read, _) in active.items() if last_read < start]:
            del active[reg]
        fits = [r for r in _preferred(instructions, start, end, registers)
                if r not in excluded and (last < first or scratch[r][last + 1] - scratch[r][first] == 0)]
        chosen = next((r for r in fits if r not in active), None)
        if chosen is None:
            longest = max((r for r in fits), key=lambda r: active[r][0], default=None)
            if longest is None or active[longest][0] <= end:
                continue
            del out[active[longest][1]]   # the interval ending last gives its register up
            chosen = longest
        active[chosen] = (end, value)
        out[value] = chosen
    return out


def _parameters(function: Function, allocated: dict[int, int], taken: set[int],
                reads: dict[int, list[tuple[int, int]]], phi_read: set[int]) -> dict[int, int]:
    """Parameters kept in the register they arrived in (seed model; module docstring)."""
    entry = function.blocks[0]
    out: dict[int, int] = {}
    first_call = next((index for index, ins in enumerate(entry.instructions)
                       if call_kind(ins) in (CallKind.CALL, CallKind.HOST)), len(entry.instructions))
    for value, reg in incoming_parameter_registers(function):
        uses = reads.get(value)
        if (value in allocated or int(reg) in taken or value in phi_read or not uses
                or not fits_register(function, value)):
            continue
        if all(b == entry.id and i < first_call for b, i in uses):
            out[value] = int(reg)
    return out
