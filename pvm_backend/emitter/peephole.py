"""Peephole passes over an emitted function: drop instructions that provably do nothing.

What it does: `peephole(function)` removes
* a `load_ind_u64 rX, r1, k` that directly follows `store_ind_u64 rX, r1, k` (same register, same slot, no label
  in between): rX still holds the stored value;
* a `fallthrough` whose following labels are never the target of a branch, jump or jump-table entry (such
  labels need not be block starts: GP A.5 checks only taken transfers and dynamic-jump targets).

`thread_jumps(function)` (run after dead store elimination, which empties the edge blocks of phis that share
their register with the value they copy) sends every branch or jump whose target label is followed directly by
a `jump T` of the same IR instruction to T instead (jump threading), and then drops the code no label reaches:
what follows an unconditional transfer (`jump`, `jump_ind`, `trap`, a call) up to the next referenced label.

Assumes: labels referenced from outside the function are only its entry label (calls, function pointers);
return-site labels are referenced by the function's own call instructions (`x_label`).

Guarantees: the result computes the same as the input on every path; provenance of kept instructions is
unchanged; every referenced label keeps a terminator (or the function start) before it.
"""

from __future__ import annotations

from dataclasses import replace

from pvm_backend import abi
from pvm_backend.isa import Instruction, Opcode

from .items import EmittedFunction, EmittedInstruction, Label, SymbolicInstruction, entry_label

SP = int(abi.Reg.SP)


def _referenced(items: tuple[EmittedInstruction, ...], function: str) -> set[str]:
    refs = {entry_label(function)}
    for item in items:
        ins = item.instruction
        if isinstance(ins, SymbolicInstruction):
            if ins.target is not None:
                refs.add(ins.target)
            if ins.x_label is not None:
                refs.add(ins.x_label)
    return refs


def _is_reload(previous: EmittedInstruction | None, item: EmittedInstruction) -> bool:
    if previous is None:
        return False
    a, b = previous.instruction, item.instruction
    return (isinstance(a, Instruction) and isinstance(b, Instruction) and a.opcode == Opcode.STORE_IND_U64
            and b.opcode == Opcode.LOAD_IND_U64 and a.rb == SP and b.rb == SP and a.ra == b.ra and a.x == b.x
            and a.ra != SP)


def peephole(function: EmittedFunction) -> EmittedFunction:
    """`function` without redundant slot reloads and unneeded fallthroughs (see module docstring)."""
    items = function.instructions
    refs = _referenced(items, function.name)
    out: list[EmittedInstruction] = []
    for index, item in enumerate(items):
        ins = item.instruction
        if isinstance(ins, Instruction) and ins.opcode == Opcode.FALLTHROUGH:
            following = []
            for later in items[index + 1:]:
                if not isinstance(later.instruction, Label):
                    break
                following.append(later.instruction.name)
            if following and not any(name in refs for name in following):
                continue
        previous = out[-1] if out else None
        if _is_reload(previous, item):
            continue
        out.append(item)
    return replace(function, instructions=tuple(out))


#: Transfers after which the next instruction is reached only through a label (a call returns to its x_label).
_UNCONDITIONAL = frozenset({Opcode.JUMP, Opcode.JUMP_IND, Opcode.TRAP, Opcode.LOAD_IMM_JUMP,
                            Opcode.LOAD_IMM_JUMP_IND})


def thread_jumps(function: EmittedFunction) -> EmittedFunction:
    """`function` with branches to a lone `jump T` of the same IR instruction sent to T, and code no label
    reaches dropped (module docstring). Only a jump with the branch's own provenance is threaded (the jump that
    ends an edge block belongs to the branching block's terminator), so every edge still leaves from the IR
    block it comes from: the verifier tells a phi's predecessor by that. Return addresses (`x_label`) and the
    entry label are kept as they are."""
    items = function.instructions
    forward: dict[str, tuple[str, int | None]] = {}
    pending: list[str] = []
    for item in items:
        ins = item.instruction
        if isinstance(ins, Label):
            pending.append(ins.name)
            continue
        if isinstance(ins, SymbolicInstruction) and ins.opcode == Opcode.JUMP and ins.target is not None:
            forward.update((name, (ins.target, item.ir_instruction)) for name in pending)
        pending = []
    if not forward:
        return function

    def final(label: str, ir: int | None) -> str:
        seen = {label}
        while label in forward and forward[label][1] == ir and forward[label][0] not in seen:
            label = forward[label][0]
            seen.add(label)
        return label

    threaded: list[EmittedInstruction] = []
    for item in items:
        ins = item.instruction
        if isinstance(ins, SymbolicInstruction) and ins.target is not None and ins.opcode != Opcode.LOAD_IMM_JUMP:
            target = final(ins.target, item.ir_instruction)
            if target != ins.target:
                item = replace(item, instruction=replace(ins, target=target))
        threaded.append(item)
    refs = _referenced(tuple(threaded), function.name)
    out: list[EmittedInstruction] = []
    reached = True
    for item in threaded:
        ins = item.instruction
        if isinstance(ins, Label):
            reached = reached or ins.name in refs
        if reached:
            out.append(item)
        if not isinstance(ins, Label) and ins.opcode in _UNCONDITIONAL:
            reached = False
    if len(out) == len(items) and all(a is b for a, b in zip(out, items)):
        return function
    return replace(function, instructions=tuple(out))
