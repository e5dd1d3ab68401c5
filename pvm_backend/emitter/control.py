"""Control flow: prologue, epilogue, br, switch, ret, unreachable and the phi copies on CFG edges.

What it does: emits the stack-overflow-checked prologue (GP A.42 stack bounds), the epilogue with
`jump_ind r0, 0`, conditional branches (fusing a single-use icmp of the same block into one `branch_*`),
switch as a compare chain, and the parallel copies of phi nodes on each edge (sequentialised by `phi`).
Edges that need copies and leave a block with several successors get an edge block (critical edges split).

Assumes: the caller (`lowering`) emits blocks in the shared block order and places each block's label.

Guarantees: every branch target is a label (a block start); phi copies of edge P→S run after the branch
decision and before S's first instruction; a stack overflow ends in `trap` (panic) before any frame store.

Test-only fault switches (`pvm_backend.faults`, on only in a build whose options carry them): ``phi-edge-overwrite``
in `emit_edge_copies`; ``wrong-predicate`` reaches the fused compare-and-branch of `lower_br` through
`scalar.predicate_of`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pvm_backend import abi
from pvm_backend.errors import UnsupportedError
from pvm_backend.faults import Fault
from pvm_backend.isa import Instruction, Opcode, sign_extend
from pvm_backend.ir import Instruction as IRInstruction, Operand, Undef, ValueRef

from .builder import fits_imm
from .items import edge_label
from .phi import sequentialize
from .scalar import BRANCH_IMM, BRANCH_RR, NEGATED, compare_claims, compare_operands, predicate_of

if TYPE_CHECKING:
    from .context import FunctionLowering

SP, RA = int(abi.Reg.SP), int(abi.Reg.RA)
T0, T1 = int(abi.Reg.T0), int(abi.Reg.T1)
#: The parallel move's spare register for a cycle of phi copies: a temporary, so that no phi copy needs any of
#: the caller-saved r5-r8 the full register model allocates (sources travel through r2).
CYCLE = T1


def emit_prologue(cx: FunctionLowering) -> None:
    """Lower r1 by the frame size, trap on stack overflow, save registers, home the parameters (register words
    to their slots; a parameter passed in memory and allocated a register is loaded into it, after every
    register word is homed, since its register may be a parameter register)."""
    b, frame, fn = cx.b, cx.frame, cx.fn
    if frame.size:
        b.op(Opcode.ADD_IMM_64, ra=SP, rb=SP, x=-frame.size)
        ok = b.new_label("frame_ok")
        b.branch_imm(Opcode.BRANCH_GE_U_IMM, SP, sign_extend(frame.stack_limit, 4), ok)
        b.trap()
        b.label(ok)
    for reg in frame.saved:
        b.emit(Instruction(Opcode.STORE_IND_U64, ra=int(reg), rb=SP, x=frame.save_offset(reg)),
               reads=((int(reg), None), (SP, None)))
    firsts, _ = abi.argument_words([t.bits for t in fn.param_types])
    for index, first in enumerate(firsts):
        if first >= len(abi.PARAM_REGISTERS) or index not in frame.slot_of:
            continue  # lives in the caller's outgoing area, or has no slot
        for part in range(2 if fn.param_types[index].bits > 64 else 1):
            word = first + part
            reg = abi.word_register(word)
            if reg is None:
                b.emit(Instruction(Opcode.LOAD_IND_U64, ra=T0, rb=SP,
                                   x=frame.size + abi.stack_word_offset(word)), reads=((SP, None),))
                b.store(index, T0, part)
            else:
                b.store(index, int(reg), part)
    for index, first in enumerate(firsts):   # an allocated parameter passed in memory: into its register now
        if first >= len(abi.PARAM_REGISTERS) and b.regs.register_of(index) is not None:
            b.use(ValueRef(index), T0)


def lower_ret(cx: FunctionLowering, ins: IRInstruction) -> None:
    """ret [value]: result to r7 (r8 = high half of i128), restore saved registers, pop the frame, return."""
    b, frame = cx.b, cx.frame
    if ins.operands:
        b.load(ins.operands[0], int(abi.Reg.A0), 0)
        if ins.operand_types[0].bits > 64:
            b.load(ins.operands[0], int(abi.Reg.A1), 1)
    for reg in frame.saved:
        b.emit(Instruction(Opcode.LOAD_IND_U64, ra=int(reg), rb=SP, x=frame.save_offset(reg)),
               reads=((SP, None),))
    if frame.size:
        b.op(Opcode.ADD_IMM_64, ra=SP, rb=SP, x=frame.size)
    b.emit(Instruction(Opcode.JUMP_IND, ra=RA, x=0), reads=((RA, None),))


# --------------------------------------------------------------------------------------------- edges

def edge_moves(cx: FunctionLowering, pred: int, succ: int) -> list[tuple[object, object]]:
    """The parallel move of the phis of `succ` on edge pred→succ, as (dst, src) locations.

    Locations: ("slot", offset); non-location sources: ("op", operand, part).
    """
    moves: list[tuple[object, object]] = []
    for phi in cx.fn.blocks[succ].instructions:
        if phi.opcode != "phi":
            break
        incoming = cx.incoming[phi.id].get(pred)
        assert phi.result is not None
        if incoming is None:
            raise UnsupportedError("phi without an incoming value for a predecessor", cx.fn.name,
                                   cx.fn.blocks[succ].name, phi.text)
        parts = 2 if phi.type.bits > 64 else 1
        for part in range(parts):
            dst = ("slot", cx.frame.slot_of[phi.result] + 8 * part)
            moves.append((dst, _source(cx, incoming, part)))
    return moves


def _source(cx: FunctionLowering, operand: Operand, part: int) -> object:
    if isinstance(operand, ValueRef) and operand.id in cx.frame.slot_of:
        return ("slot", cx.frame.slot_of[operand.id] + 8 * part)
    return ("op", operand, part)


def emit_edge_copies(cx: FunctionLowering, pred: int, succ: int) -> None:
    """Emit the phi copies of edge pred→succ here, as one parallel move (`phi.sequentialize`): each source is
    read from its register when that register holds it, else from its slot into r2 (never reloading a register:
    an edge writes no register but those of succ's phis); each phi is written to its slot and through to its
    register; cycles go through r3 (`CYCLE`).

    The move is over registers where the values are in registers (`_register_moves`): a phi with a register is
    written there, and a source held in a register is read there, so that copies whose registers form a cycle
    (the register of one phi holds the source of another, and the other way round) go through r3 too; a phi
    already in its register (coalesced with its source) only gets its slot store, after the other copies. Where
    registers do not describe the edge (an i128 phi; a copy reading the old value of a phi with a register from
    that phi's slot, which the write-through would overwrite unordered), the move is over the phis' slots,
    copies that would overwrite another copy's source register ordered last (`_reads_first`), and a source
    whose register is overwritten all the same is read from its slot."""
    b = cx.b
    slot_moves = edge_moves(cx, pred, succ)
    if not slot_moves:
        return
    forget_writes = Fault.PHI_EDGE_OVERWRITE in cx.faults
    # FAULT phi-edge-overwrite: ordered over the slots alone, as if no copy wrote a register another one reads
    register_moves = None if forget_writes else _register_moves(cx, slot_moves)
    moves = register_moves[0] if register_moves is not None else _reads_first(cx, slot_moves)
    phi_at = register_moves[1] if register_moves is not None else {}
    source_at = register_moves[2] if register_moves is not None else {}
    saved_ir = b.current_ir
    scratch = ("reg", CYCLE)
    copies = list(sequentialize(moves, scratch, naive_cycles=Fault.PHI_CYCLE_NAIVE in cx.faults))
    for index, (dst, src) in enumerate(copies):
        before_copy = b.regs.snapshot() if forget_writes else None
        phi_value, part = phi_at.get(dst), 0
        if phi_value is None and dst[0] == "slot":
            phi_value, part = _slot_word(cx, dst[1])
        b.current_ir = cx.phi_id_of_value.get(phi_value) if phi_value is not None else saved_ir
        if dst == scratch:
            original = source_at.get(src, src)
            reader = _wide_scratch_reader(cx, original, copies[index + 1:], scratch, phi_at)
            if reader is not None:   # a wide phi's word: loaded under the provenance of the phi that stores it
                b.current_ir = cx.phi_id_of_value.get(reader)
            reg = _read_source(cx, original, CYCLE)
            if reg != CYCLE:
                b.emit(Instruction(Opcode.MOVE_REG, rd=CYCLE, ra=reg), reads=((reg, _held_value(cx, src, source_at)),))
            continue
        src = source_at.get(src, src) if src != scratch else src
        # A source that is not already in a register is loaded straight into the phi's register when it has one.
        into = b.result_register(phi_value, T0) if phi_value is not None and part == 0 else T0
        if src[0] == "slot" and b.temp_holds(T0, cx.value_at_slot.get(src[1])):
            into = T0   # the source is still in r2 from earlier in this block: no load at all
        reg = CYCLE if src == scratch else _read_source(cx, src, into)
        if phi_value is not None and src[0] == "op" and src[2] == 0 and isinstance(src[1], Undef):
            b.claim_last_write(reg, phi_value)   # any value is the phi's on this edge (a constant is proved as one)
        if phi_value is not None:
            b.store(phi_value, reg, part)
        else:
            b.emit(Instruction(Opcode.STORE_IND_U64, ra=reg, rb=SP, x=dst[1]), reads=((reg, None), (SP, None)))
        if before_copy is not None:   # FAULT phi-edge-overwrite: the copy's register writes are not recorded
            b.regs.restore(before_copy)
    for dst, src in moves:   # a phi already in its register (coalesced): its slot is written all the same, last
        if dst == src and dst[0] == "reg":
            phi_value = phi_at[dst]
            b.current_ir = cx.phi_id_of_value.get(phi_value)
            b.store(phi_value, int(dst[1]))
    b.current_ir = saved_ir


def _slot_word(cx: FunctionLowering, offset: int) -> tuple[int | None, int]:
    """(the IR value, its 64-bit part) whose home slot word is at frame offset `offset`: part 1 is the high word
    of a value wider than 64 bits (abi: an iN above 64 bits takes 16 bytes); (None, 0) for no value's word."""
    value = cx.value_at_slot.get(offset)
    if value is not None:
        return value, 0
    low = cx.value_at_slot.get(offset - 8)
    if low is not None and cx.fn.values[low].type.bits > 64:
        return low, 1
    return None, 0


def _wide_scratch_reader(cx: FunctionLowering, source: object, later: list[tuple[object, object]], scratch: object,
                        phi_at: dict[object, int]) -> int | None:
    """The phi whose copy reads the scratch next (among the `later` copies), when the scratch is about to take
    a word of a value wider than 64 bits from its slot (a cycle of wide phis); else None. The words of a wide
    phi are untracked memory to check 2 (`verifier.model`): a word loaded from one is what the load's provenance
    claims, so the load goes under the phi whose store then reads it."""
    if not (isinstance(source, tuple) and source[0] == "slot"):
        return None
    value, _ = _slot_word(cx, source[1])
    if value is None or cx.fn.values[value].type.bits <= 64:
        return None
    for dst, src in later:
        if src == scratch:
            if isinstance(dst, tuple) and dst[0] == "slot":
                return _slot_word(cx, dst[1])[0]
            return phi_at.get(dst)
    return None


def _held_value(cx: FunctionLowering, src: object, source_at: dict[object, object]) -> int | None:
    """The IR value a parallel-move source location holds (for the provenance of a copy into the scratch)."""
    original = source_at.get(src, src)
    if isinstance(original, tuple) and original[0] == "slot":
        return cx.value_at_slot.get(original[1])
    return None


def _register_moves(cx: FunctionLowering, moves: list[tuple[object, object]]
                    ) -> tuple[list[tuple[object, object]], dict[object, int], dict[object, object]] | None:
    """The parallel move `moves` (over slots) restated over registers where the values are in registers: each
    phi's destination is its register if it has one, each source held in a register is that register. Returns
    (the moves, location -> the phi it defines, register location -> the slot-level source it stands for), or
    None when the restatement does not describe the edge: an i128 phi, or a source read from the slot of a phi
    that is written in its register (that copy would see the write-through of the slot unordered)."""
    b = cx.b
    out: list[tuple[object, object]] = []
    phi_at: dict[object, int] = {}
    source_at: dict[object, object] = {}
    written_slots: set[int] = set()
    locations: list[object] = []
    for dst, _ in moves:
        phi = cx.value_at_slot.get(dst[1]) if isinstance(dst, tuple) and dst[0] == "slot" else None
        if phi is None:
            return None
        reg = b.regs.register_of(phi)
        if reg is not None:
            written_slots.add(dst[1])
        location = ("reg", reg) if reg is not None else dst
        phi_at[location] = phi
        locations.append(location)
    for (dst, src), location in zip(moves, locations):
        assert isinstance(src, tuple)
        if src[0] == "slot":
            value = cx.value_at_slot.get(src[1])
            reg = b.regs.register_of(value) if value is not None else None
            if value is not None and reg is not None and b.regs.holds(reg, value):
                source_at[("reg", reg)] = src
                src = ("reg", reg)
            elif src[1] in written_slots:
                return None
        out.append((location, src))
    return out, phi_at, source_at


def _reads_first(cx: FunctionLowering, moves: list[tuple[object, object]]) -> list[tuple[object, object]]:
    """`moves` with the copies into phis whose register holds another copy's source last (stable otherwise).

    The parallel move is over slots, but each copy also writes its phi's register (write-through): a copy whose
    phi shares a register with the value another copy reads (the source's interval ends at this edge) would
    otherwise make that source come from its slot. `phi.sequentialize` keeps the input order among copies it is
    free to order, so this costs nothing where the slots leave no choice."""
    b = cx.b
    held: set[int] = set()
    for _, src in moves:
        if isinstance(src, tuple) and src[0] == "slot" and (value := cx.value_at_slot.get(src[1])) is not None:
            reg = b.regs.register_of(value)
            if reg is not None and b.regs.holds(reg, value):
                held.add(reg)

    def clobbers(move: tuple[object, object]) -> bool:
        dst = move[0]
        phi = cx.value_at_slot.get(dst[1]) if isinstance(dst, tuple) and dst[0] == "slot" else None
        return phi is not None and b.regs.register_of(phi) in held

    return sorted(moves, key=clobbers)


def _read_source(cx: FunctionLowering, src: object, temp: int) -> int:
    """A register holding the parallel-move source `src` (a slot location or an operand) without reloading."""
    b = cx.b
    assert isinstance(src, tuple)
    if src[0] == "slot":
        value, part = _slot_word(cx, src[1])
        if value is not None and part == 0:
            return b.use(ValueRef(value), temp, reload=False)
        if value is not None:
            b.load(ValueRef(value), temp, part, reload=False)
            return temp
        b.emit(Instruction(Opcode.LOAD_IND_U64, ra=temp, rb=SP, x=src[1]), reads=((SP, None),))
        return temp
    _, operand, part = src
    b.load(operand, temp, part, reload=False)
    return temp


def has_phis(cx: FunctionLowering, block: int) -> bool:
    """Whether `block` starts with a phi."""
    instructions = cx.fn.blocks[block].instructions
    return bool(instructions) and instructions[0].opcode == "phi"


def target_label(cx: FunctionLowering, pred: int, succ: int) -> str:
    """Where a branch from `pred` to `succ` must go: the block, or an edge block holding the phi copies."""
    if not has_phis(cx, succ):
        return cx.block_label(succ)
    label = edge_label(cx.fn.name, pred, succ)
    if label not in cx.edge_blocks:
        cx.edge_blocks[label] = (pred, succ)
        _emit_edge_block(cx, label, pred, succ)
    return label


def _emit_edge_block(cx: FunctionLowering, label: str, pred: int, succ: int) -> None:
    """Build the edge block `label` (copies of pred→succ, then a jump to succ) out of line, starting from the
    register state of the branch about to be emitted; it is appended after the function's last block."""
    b = cx.b
    saved_ir, b.current_ir = b.current_ir, cx.fn.blocks[pred].terminator.id
    with b.detached() as items:
        b.expect_branch(label)
        b.label(label)
        emit_edge_copies(cx, pred, succ)
        b.jump(cx.block_label(succ))
    cx.edge_items.extend(items)
    b.current_ir = saved_ir


def go_to(cx: FunctionLowering, pred: int, succ: int) -> None:
    """Continue to `succ` from the end of `pred`: copies, then a jump unless `succ` is laid out next."""
    emit_edge_copies(cx, pred, succ)
    if cx.next_block(pred) != succ:
        cx.b.jump(cx.block_label(succ))


def lower_br(cx: FunctionLowering, ins: IRInstruction) -> None:
    """br label %s | br i1 %c, label %t, label %f."""
    b = cx.b
    pred = ins.block
    if len(ins.successors) == 1:
        go_to(cx, pred, ins.successors[0])
        return
    true_block, false_block = ins.successors
    if true_block == false_block:
        go_to(cx, pred, true_block)
        return
    cond = ins.operands[0]
    fused = cx.fused_compare(cond)
    invert = cx.next_block(pred) == true_block and not has_phis(cx, true_block)
    if invert:
        taken, fall = false_block, true_block
    else:
        taken, fall = true_block, false_block
    # Operands first: the edge block of `taken` starts from the register state at the branch itself.
    if fused is not None:
        pred_name = predicate_of(fused, cx.faults)
        if invert:
            pred_name = NEGATED[pred_name]
        saved_ir, b.current_ir = b.current_ir, fused.id
        lhs, rhs, imm = compare_operands(b, fused)
        b.current_ir = saved_ir
        lv, rv = compare_claims(fused)
        label = target_label(cx, pred, taken)
        if imm is not None:
            b.branch_imm(BRANCH_IMM[pred_name], lhs, imm, label, lv)
        else:
            opcode, swap = BRANCH_RR[pred_name]
            b.branch(opcode, rhs if swap else lhs, lhs if swap else rhs, label, (rv, lv) if swap else (lv, rv))
    else:
        reg = b.use(cond, T0)
        label = target_label(cx, pred, taken)
        b.branch_imm(Opcode.BRANCH_EQ_IMM if invert else Opcode.BRANCH_NE_IMM, reg, 0, label,
                     cond.id if isinstance(cond, ValueRef) else None)
    go_to(cx, pred, fall)


def lower_switch(cx: FunctionLowering, ins: IRInstruction) -> None:
    """switch as a compare chain: one branch_eq(_imm) per case, then the default edge."""
    b = cx.b
    pred = ins.block
    bits = ins.operand_types[0].bits
    if bits > 64:
        raise UnsupportedError("switch on an integer wider than 64 bits is not supported")
    cond = ins.operands[0]
    reg = b.use(cond, T0)
    vid = cond.id if isinstance(cond, ValueRef) else None
    for value, succ in ins.switch_cases:
        image = abi.canonical_const(value, bits)
        label = target_label(cx, pred, succ)
        if fits_imm(image):
            b.branch_imm(Opcode.BRANCH_EQ_IMM, reg, image, label, vid)
        else:
            b.load_imm(T1, image)
            b.branch(Opcode.BRANCH_EQ, reg, T1, label, (vid, None))
    go_to(cx, pred, ins.successors[0])
