"""Dead store elimination over value slots: drop a store to an SSA value's stack slot that nothing ever loads.

What it does: `eliminate_dead_stores(function)` removes every instruction that stores to a value's home slot
(`EmittedInstruction.slot_store` set, `store_ind_*` relative to r1 at an offset inside the frame) when no
instruction of the function loads any byte of that store's range relative to r1. With register allocation, a
value whose every read is served by its register (write-through, SEED-regalloc.md "Runtime Integration") never
has its slot loaded, so its stores go.

Assumes: value slots are private to the function: their addresses are never taken (pointers only ever point to
alloca storage, globals or the heap, `frame`), and every read of a slot is a `load_ind_*` relative to r1 with a
constant offset emitted by this function; incoming stack arguments (offsets >= frame size) belong to the caller
and are never touched here.

Guarantees: the result computes the same as the input on every path (a removed store's bytes are never read);
provenance of kept instructions is unchanged; returns the count of removed stores in `counters.dse_removed`.
"""

from __future__ import annotations

from dataclasses import replace

from pvm_backend import abi
from pvm_backend.isa import Instruction, Opcode

from .items import EmittedFunction

SP = int(abi.Reg.SP)

#: Bytes read by each load relative to a base register (GP A.5.10 load_ind_*).
_LOAD_SIZES = {Opcode.LOAD_IND_U8: 1, Opcode.LOAD_IND_I8: 1, Opcode.LOAD_IND_U16: 2, Opcode.LOAD_IND_I16: 2,
               Opcode.LOAD_IND_U32: 4, Opcode.LOAD_IND_I32: 4, Opcode.LOAD_IND_U64: 8}
_STORE_SIZES = {Opcode.STORE_IND_U8: 1, Opcode.STORE_IND_U16: 2, Opcode.STORE_IND_U32: 4, Opcode.STORE_IND_U64: 8}


def eliminate_dead_stores(function: EmittedFunction) -> EmittedFunction:
    """`function` without slot stores that are never loaded (module docstring)."""
    loaded: set[int] = set()
    for item in function.instructions:
        ins = item.instruction
        if isinstance(ins, Instruction) and ins.opcode in _LOAD_SIZES and ins.rb == SP:
            assert ins.x is not None
            loaded.update(range(ins.x, ins.x + _LOAD_SIZES[ins.opcode]))
    kept = []
    removed = 0
    for item in function.instructions:
        ins = item.instruction
        if (item.slot_store is not None and isinstance(ins, Instruction) and ins.opcode in _STORE_SIZES
                and ins.rb == SP and ins.x is not None and ins.x < function.frame.size
                and loaded.isdisjoint(range(ins.x, ins.x + _STORE_SIZES[ins.opcode]))):
            removed += 1
            continue
        kept.append(item)
    counters = replace(function.counters, dse_removed=function.counters.dse_removed + removed)
    return replace(function, instructions=tuple(kept), counters=counters)
