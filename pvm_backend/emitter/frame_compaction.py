"""Frame compaction: the value slots the final code still uses, packed together, hottest first.

What it does: `compact_frame(emitted, function)` runs after dead store elimination (`dse`) and jump threading,
when most value slots are no longer loaded or stored: values kept in registers (allocated, block-local and
cross-block ones) lose their slot stores there. The frame built before emission (`frame.build_frame`) has a
slot for every SSA value; this pass keeps the slots some instruction still addresses, packs them from the first
slot's offset (from the header's, when the function saves no register and takes no frame address: the header
is then empty) in order of
how many instructions address them (ties by offset), and moves what lies above the
slots (alloca storage, and the caller's outgoing area holding incoming stack arguments, at offsets >= the frame
size) down by the bytes removed. The prologue's `add_imm_64 r1, r1, -size` and every return's
`add_imm_64 r1, r1, size` take the new size; when none is left (the code addresses only the caller's outgoing
area, its incoming stack arguments), they go, and so does the stack check. Smaller offsets take shorter
immediates (GP A.5: an offset below 128 takes one byte, 0 none), and smaller frames leave more of the stack to
callees (issue 18).

Why it is right: every instruction that reads or writes r1 is one of the shapes listed below, so the code
addresses the frame only through immediates relative to r1; each addressed byte is moved together with the slot
or region containing it, and slots keep their size and their 8-byte alignment (every slot is a multiple of 8
bytes, and so is every removed gap), so no two addressed bytes come to overlap and alloca storage keeps its
alignment. The stack check compares r1 with a constant limit and is unaffected.

The shapes: `load_ind_*` / `store_ind_*` with base r1 (a slot, header, outgoing-area, alloca or incoming
argument access), `add_imm_64 rD, r1, x` with rD != r1 (an address in the frame: alloca storage or a slot), the
prologue's and returns' `add_imm_64 r1, r1, -+size`, and the prologue's `branch_ge_u_imm r1, limit`. Any other
reader or writer of r1 leaves the function unchanged.

Assumes: the frame layout of `frame.build_frame` (header below the slots, slots contiguous, allocas above
them) and the prologue and epilogue shapes of `control.emit_prologue` and `control.lower_ret`.

Guarantees: the result is the input unchanged unless every r1 access has one of the shapes; labels, provenance
and the saved registers' cells (`Frame.save_offset`) are unchanged; `Frame.slot_of` holds exactly the values
whose slots remain (with their new offsets) and the incoming stack parameters.
"""

from __future__ import annotations

from dataclasses import replace

from pvm_backend import abi
from pvm_backend.ir import Function
from pvm_backend.isa import Instruction, MASK64, Opcode
from pvm_backend.semantics import LOADS, STORES, register_effects

from .frame import value_storage
from .frame_elision import prologue_items
from .items import EmittedFunction, Label, SymbolicInstruction

SP = int(abi.Reg.SP)


def _memory_access(ins: Instruction) -> bool:
    """Whether `ins` is a `load_ind_*` or `store_ind_*` with base register r1 (GP A.5.10, A.5.11: the base is
    rB, the accessed register rA), by the one table of loads and stores (`semantics.LOADS`, `STORES`)."""
    return ins.rb == SP and ins.ra != SP and (ins.opcode in LOADS or ins.opcode in STORES)


def compact_frame(emitted: EmittedFunction, function: Function) -> EmittedFunction:
    """`emitted` with its value slots packed (module docstring)."""
    frame = emitted.frame
    size = frame.size
    if not size:
        return emitted
    slots = {v: off for v, off in frame.slot_of.items() if off < size}
    if not slots:
        return emitted
    extent = {v: value_storage(function.values[v].type) for v in slots}
    # the slots start above the header; a function that saves no register and takes no frame address leaves
    # the header empty, and the slots may take its place (not the address of storage: `add_imm_64 rD, r1, 0`
    # would then be a mere copy of r1 in the verifier's model)
    takes_address = any(isinstance(e.instruction, Instruction) and e.instruction.opcode is Opcode.ADD_IMM_64
                        and e.instruction.rb == SP and e.instruction.ra != SP for e in emitted.instructions)
    start = frame.header_offset if not frame.saved and not takes_address else min(slots.values())
    end = max(off + extent[v] for v, off in slots.items())
    at = sorted((off, v) for v, off in slots.items())
    uses: dict[int, int] = {}
    addressed: list[int] = []   # item indices of the instructions whose immediate is a frame offset
    for k, item in enumerate(emitted.instructions):
        ins = item.instruction
        if isinstance(ins, Label):
            continue
        concrete = ins.placeholder() if isinstance(ins, SymbolicInstruction) else ins
        reads, writes = register_effects(concrete)
        if SP not in reads and SP not in writes:
            continue
        if isinstance(ins, SymbolicInstruction):
            if not (ins.opcode is Opcode.BRANCH_GE_U_IMM and ins.ra == SP):
                return emitted
            continue
        if ins.opcode is Opcode.ADD_IMM_64 and ins.ra == SP and ins.rb == SP:
            if ins.x is None or ins.x & MASK64 not in (size, -size & MASK64):
                return emitted
            continue
        if not (_memory_access(ins) or (ins.opcode is Opcode.ADD_IMM_64 and ins.rb == SP and ins.ra != SP)):
            return emitted
        assert ins.x is not None
        offset = ins.x
        if start <= offset < end:
            owner = _owner(at, extent, offset)
            if owner is None:
                return emitted
            uses[owner] = uses.get(owner, 0) + 1
        addressed.append(k)
    kept = sorted(uses, key=lambda v: (-uses[v], slots[v]))
    placed: dict[int, int] = {}
    cursor = start
    for v in kept:
        placed[v] = cursor
        cursor += extent[v]
    removed = end - cursor
    if not removed:
        return emitted

    def moved(offset: int) -> int:
        if offset < start:
            return offset
        if offset >= end:
            return offset - removed
        owner = _owner(at, extent, offset)
        assert owner is not None
        return placed[owner] + offset - slots[owner]

    items = list(emitted.instructions)
    for k in addressed:
        ins = items[k].instruction
        assert isinstance(ins, Instruction) and ins.x is not None
        items[k] = replace(items[k], instruction=replace(ins, x=moved(ins.x)))
    new_size = size - removed
    dropped: set[int] = set()
    if not new_size:   # no frame left: no adjustment of r1 and no stack check either (as `elide_frame` does)
        dropped = set(prologue_items(emitted) or ())
        if not dropped:
            return emitted
    for k, item in enumerate(items):
        ins = item.instruction
        if isinstance(ins, Instruction) and ins.opcode is Opcode.ADD_IMM_64 and ins.ra == SP and ins.rb == SP:
            assert ins.x is not None
            if not new_size:
                dropped.add(k)
            items[k] = replace(item, instruction=replace(ins, x=new_size if ins.x & MASK64 == size else -new_size))
    items = [item for k, item in enumerate(items) if k not in dropped]
    slot_of = {v: placed[v] for v in kept}
    slot_of.update((v, off - removed) for v, off in frame.slot_of.items() if off >= size)
    alloca_of = {v: moved(off) for v, off in frame.alloca_of.items()}
    return replace(emitted, instructions=tuple(items),
                   frame=replace(frame, size=new_size, slot_of=slot_of, alloca_of=alloca_of))


def _owner(at: list[tuple[int, int]], extent: dict[int, int], offset: int) -> int | None:
    """The value whose slot holds byte `offset` (`at`: (slot offset, value) ascending), or None."""
    lo, hi = 0, len(at)
    while lo < hi:
        mid = (lo + hi) // 2
        if at[mid][0] <= offset:
            lo = mid + 1
        else:
            hi = mid
    if not lo:
        return None
    off, v = at[lo - 1]
    return v if offset < off + extent[v] else None
