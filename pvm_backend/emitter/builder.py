"""The function builder: appends emitted instructions with provenance and gives access to values.

What it does: `FunctionBuilder` collects `EmittedInstruction`s for one function, places labels (inserting
`fallthrough` where a label would not otherwise be a block start, GP A.5 / README §3.5), and implements every
access to SSA values:
  * `load(operand, reg)` materialises an operand in `reg` (which the caller may modify): slot load, constant,
    global or function address, alloca address, or `move_reg` from the value's allocated register;
  * `use(operand, temp)` returns a register holding the operand for reading only: its allocated register when
    that holds it (no instruction), else the register after a lazy reload, else `temp` after `load`;
  * `result_register(value, temp)` is where a definition computes its result (its allocated register or
    `temp`), and `store(value, reg)` writes the result to the value's home slot, through to its register.
Which allocated register holds which value is `regs` (`regstate.RegisterState`, the original's
`alloc_reg_slot`), updated on every emitted instruction from its meaning (`semantics.register_effects`). Within a
block the builder also remembers which temporary still holds which slot, and skips a load into that same
register. It also provides the integer-representation helpers of `abi` (canonical form of iN, zero extension,
signed view of i1).

Assumes: the frame describes every value's home; the link context supplies global addresses and jump-table
addresses (assigned before code layout); the register assignment respects the allocator's contract.

Guarantees: all value reads and writes go through these methods, so the stack-slot baseline (empty assignment)
and the allocated code differ only here; `use` never returns a register other than `temp` or the value's own
allocated register, so two operands of one instruction never share a temporary; every emitted instruction
carries the current IR instruction id.

The test-only fault ``label-stale-state`` is decided by the caller (`lowering`, `label(keep_temps=...)`).
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable

from pvm_backend import abi
from pvm_backend.allocation import Allocation
from pvm_backend.errors import CompileError, UnsupportedError
from pvm_backend.faults import NO_FAULTS, Faults
from pvm_backend.isa import MASK64, TERMINATORS, Instruction, Opcode, sign_extend
from pvm_backend.ir import Const, FunctionAddr, GlobalAddr, Operand, Undef, ValueRef
from pvm_backend.semantics import register_effects

from .frame import Frame
from .items import EmittedInstruction, Item, Label, SymbolicInstruction
from .regstate import RegisterState

SP = int(abi.Reg.SP)
_CALLER_SAVED = frozenset(int(r) for r in abi.CALLER_SAVED)
_NO_SCRATCH: frozenset[int] = frozenset()


@dataclass
class LinkContext:
    """What the emitter needs to know about the rest of the program (filled by the linker)."""

    global_address: dict[str, int]
    """Global name → PVM address."""
    function_label: Callable[[str], str]
    """Function name → its entry label (raises for unknown functions)."""
    jump_entry: Callable[[str], int]
    """Label → jump-table address 2·(k+1), allocating entry k on first use."""
    signatures: dict[str, tuple[tuple[int, ...], int]] = field(default_factory=dict)
    """Defined function name → (parameter widths in bits, return width in bits, 0 for void)."""
    stack_size: int = abi.DEFAULT_STACK_SIZE
    """Stack size in bytes (for the overflow check)."""
    entry_only: frozenset[str] = frozenset()
    """The functions only the entry stub calls (`ir_facts.entered_only_from_stub`): they restore r0 alone at a
    return (abi "Entry")."""


def fits_imm(value: int) -> bool:
    """Whether the canonical 64-bit `value` is a sign-extended 32-bit immediate (GP A.16)."""
    return sign_extend(value, 4) == value & MASK64


class FunctionBuilder:
    """Accumulates the items of one function."""

    def __init__(self, name: str, frame: Frame, ctx: LinkContext,
                 allocation: Allocation | None = None, faults: Faults = NO_FAULTS,
                 scratch: Callable[[int], frozenset[int]] | None = None,
                 results: dict[int, int] | None = None, wide: frozenset[int] = frozenset(),
                 block_local: dict[int, int] | None = None) -> None:
        self.name = name
        self.frame = frame
        self.ctx = ctx
        self.function_addresses: dict[str, int] = {}
        """Function name → the jump-table address the code loaded for it (`EmittedFunction.addresses`)."""
        self.items: list[EmittedInstruction] = []
        self.labels: list[str] = []
        self.current_ir: int | None = None
        self._counter = 0
        self.faults = faults
        """The build's test-only fault switches (`pvm_backend.faults`)."""
        self.regs = RegisterState(name, allocation or Allocation(name), faults, dict(block_local or {}))
        self._allocated = self.regs.allocated_registers
        self._temps: dict[int, int] = {}
        """Temporary (non-allocated) register -> SSA value whose slot it holds, within the current block."""
        self._operands: dict[int, tuple[int, int | None]] = {}
        """Register -> (SSA operand, 64-bit word of it or None for the whole value) that the current IR instruction's
        code loaded into it (provenance, `emit`): a word index only for values wider than one register."""
        self._operands_ir: int | None = None
        """The IR instruction `_operands` belongs to."""
        self._scratch = scratch or (lambda ir: _NO_SCRATCH)
        """IR instruction id -> the caller-saved registers its lowering may write for itself (`Selection.scratch`)."""
        self._results = results or {}
        """IR instruction id -> the SSA value it defines."""
        self._wide = wide
        """SSA values wider than one register (i128, aggregates): a read of one names the word read (`emit`)."""

    # ------------------------------------------------------------------ raw emission

    def emit(self, ins: Instruction | SymbolicInstruction, reads: tuple[tuple[int, int | None], ...] = (),
             writes: int | None = None, slot_store: int | None = None) -> None:
        """Append one instruction attributed to the current IR instruction (and track allocated registers).

        Provenance: `reads` names the IR value each register read is expected to hold; a register read that
        `reads` leaves without a value is claimed for the SSA operand this IR instruction's code last loaded into
        it (`load`, `use`; forgotten at a write of the register, a label and the next IR instruction), or for
        that operand where `reads` names the instruction's own result in a register that still holds the
        operand (an identity such as zext i64 to i128), so that every operand read is checked by the verifier's
        check 2. The word of an i128 operand a register holds becomes the read's part (`read_parts`). A
        `fallthrough` into a label claims the operands still held (`label`)."""
        concrete = ins if isinstance(ins, Instruction) else ins.placeholder()
        read, written = register_effects(concrete)
        if self._operands_ir != self.current_ir:
            self._operands, self._operands_ir = {}, self.current_ir
        parts: tuple[tuple[int, int], ...] = ()
        if self._operands:
            own = self._results.get(self.current_ir) if self.current_ir is not None else None
            listed = {reg for reg, _ in reads}
            filled = [reg for reg, value in reads if (value is None or value == own) and reg in self._operands]
            filled += [reg for reg in read if reg not in listed and reg in self._operands]
            reads = tuple((reg, self._operands[reg][0] if reg in filled else value) for reg, value in reads) + \
                tuple((reg, self._operands[reg][0]) for reg in filled if reg not in listed)
            parts = tuple((reg, part) for reg in filled if (part := self._operands[reg][1]) is not None)
        self.items.append(EmittedInstruction(ins, self.current_ir, reads, writes, slot_store, parts))
        for reg in written:
            self._operands.pop(reg, None)
        if self.current_ir is not None:
            for reg in written:
                if reg in _CALLER_SAVED:
                    self._check_scratch(reg, writes)
        if self._temps:
            if concrete.opcode is Opcode.ECALLI:
                self._temps.clear()   # the host may change any register it likes to report through
            for reg in written:
                self._temps.pop(reg, None)
            if slot_store is not None:
                self._temps = {r: v for r, v in self._temps.items() if v != slot_store}
        if not self._allocated:
            return
        self.regs.clobber(tuple(r for r in written if r in self._allocated))
        if isinstance(ins, SymbolicInstruction):
            if ins.target is not None:
                self.regs.branch_to(ins.target)
            if ins.x_label is not None:
                self.regs.branch_to(ins.x_label)

    def _check_scratch(self, reg: int, writes: int | None) -> None:
        """An instruction of the current IR instruction writes the caller-saved `reg`: allowed when the selection
        declares it the instruction's scratch (`Selection.scratch`), or when `reg` is the allocated register of
        the value the instruction defines or of the value written (`writes`: a reload, a write-through, a
        copy). Raises CompileError otherwise: the declaration the allocation problem relies on would be wrong."""
        ir = self.current_ir
        assert ir is not None
        if reg in self._scratch(ir):
            return
        own = self._results.get(ir)
        if own is not None and self.regs.register_of(own) == reg:
            return
        if writes is not None and self.regs.register_of(writes) == reg:
            return
        raise CompileError(f"{self.name}: internal error: the lowering of IR instruction {ir} writes r{reg}, "
                           f"which its selection does not declare (selection.scratch_registers)")

    def claim_last_write(self, reg: int, value: int) -> None:
        """Record that the last emitted instruction, if it belongs to the current IR instruction and writes `reg`,
        leaves IR value `value` there (its provenance `writes`, read by the verifier). Does nothing otherwise
        (e.g. when the current IR instruction emitted no code of its own)."""
        if not self.items:
            return
        last = self.items[-1]
        ins = last.instruction
        if isinstance(ins, Label) or last.ir_instruction != self.current_ir:
            return
        concrete = ins if isinstance(ins, Instruction) else ins.placeholder()
        written = register_effects(concrete)[1]
        if written and written[-1] == reg:
            self.items[-1] = dataclasses.replace(last, writes=value)

    def op(self, opcode: Opcode, claims: tuple[int | None, ...] = (), **fields: int) -> None:
        """Append `Instruction(opcode, **fields)`. The i-th register it reads (order: rA, rB, then rD of a
        conditional move; `_default_reads`) is expected to hold IR value `claims[i]` (provenance for the
        verifier); registers beyond `claims` hold no particular value."""
        ins = Instruction(opcode, **fields)
        reads = _default_reads(ins)
        reads = tuple((reg, claims[i] if i < len(claims) else None) for i, (reg, _) in enumerate(reads))
        self.emit(ins, reads=reads)

    def new_label(self, hint: str) -> str:
        """A fresh program-unique label name."""
        self._counter += 1
        return f"{self.name}/{hint}{self._counter}"

    def last_is_terminator(self) -> bool:
        """Whether the last real instruction ends a basic block (or nothing was emitted)."""
        for item in reversed(self.items):
            ins = item.instruction
            if isinstance(ins, Label):
                continue
            return ins.opcode in TERMINATORS
        return True

    def label(self, name: str, back_edge: bool = False, live: tuple[int, ...] = (), keep_temps: bool = False,
              kept: tuple[int, ...] = ()) -> None:
        """Place `name` here, first emitting `fallthrough` unless the previous instruction is a terminator.

        `back_edge`: some branch to this label is emitted later (a loop head); the register state then starts
        conservatively in non-leaf functions. `live`: allocated values live here (block starts; `regstate`);
        `kept`: cross-block values of the baseline live here, in their registers in every function.
        `keep_temps`: keep the per-block cache of which temporary holds which slot across a fall-through into
        the label (sound only when the label has no other incoming edge; the test-only fault
        ``label-stale-state`` sets it at merge labels)."""
        falls_through = not self.last_is_terminator()
        if falls_through:
            # provenance: the operands the code of this IR instruction still holds reach the label this way
            held = tuple((reg, None) for reg in self._operands) if self._operands_ir == self.current_ir else ()
            self.emit(Instruction(Opcode.FALLTHROUGH), reads=held)   # `emit` fills in what they hold
        self.items.append(EmittedInstruction(Label(name), self.current_ir))
        self.labels.append(name)
        self._operands = {}   # a loop of the instruction's own code may come back here with other contents
        if not (falls_through and keep_temps):
            self._temps.clear()
        if self._allocated:
            self.regs.enter_label(name, falls_through, back_edge, live, kept)

    def expect_branch(self, label: str) -> None:
        """Record that a branch to `label` will leave from the current point (for out-of-line code built before
        the branch instruction itself is emitted)."""
        if self._allocated:
            self.regs.branch_to(label)

    @contextmanager
    def detached(self) -> Iterator[list[EmittedInstruction]]:
        """Emit out-of-line code (an edge block) into a separate list, starting from the current register state;
        afterwards the main sequence and its register state continue unchanged."""
        saved_items, saved_state, saved_temps = self.items, self.regs.snapshot(), dict(self._temps)
        saved_operands = dict(self._operands), self._operands_ir
        self.items = []
        try:
            yield self.items
        finally:
            self.items = saved_items
            self.regs.restore(saved_state)
            self._temps = saved_temps
            self._operands, self._operands_ir = saved_operands

    def jump(self, label: str) -> None:
        """Unconditional jump to `label`."""
        self.emit(SymbolicInstruction(Opcode.JUMP, target=label))

    def branch_imm(self, opcode: Opcode, reg: int, imm: int, label: str, value: int | None = None) -> None:
        """`branch_*_imm reg, imm, label` (reg expected to hold IR value `value`)."""
        self.emit(SymbolicInstruction(opcode, ra=reg, x=imm & MASK64, target=label), reads=((reg, value),))

    def branch(self, opcode: Opcode, ra: int, rb: int, label: str,
               values: tuple[int | None, int | None] = (None, None)) -> None:
        """`branch_* ra, rb, label`."""
        self.emit(SymbolicInstruction(opcode, ra=ra, rb=rb, target=label),
                  reads=((ra, values[0]), (rb, values[1])))

    def trap(self) -> None:
        """`trap` (a clean panic)."""
        self.emit(Instruction(Opcode.TRAP))

    # ------------------------------------------------------------------ value access

    def load_imm(self, reg: int, value: int) -> None:
        """reg ← the 64-bit `value` (load_imm when it fits 32 signed bits, else load_imm_64)."""
        value &= MASK64
        if fits_imm(value):
            self.emit(Instruction(Opcode.LOAD_IMM, ra=reg, x=value))
        else:
            self.emit(Instruction(Opcode.LOAD_IMM_64, ra=reg, x=value))

    def load(self, operand: Operand, reg: int, part: int = 0, reload: bool = True) -> None:
        """Materialise 64-bit part `part` (0 = low, 1 = high half of an i128; or aggregate element offset/8) of
        `operand` in register `reg` (which the caller may then modify).

        An allocated value comes from its register when the register holds it (`move_reg`, counted in
        `alloc_load_hits`), else from its slot, reloading the register first when `reload` (SEED-regalloc.md
        "Runtime Integration": load_operand checks regalloc before the stack)."""
        if isinstance(operand, ValueRef) and part == 0 and self.regs.register_of(operand.id) is not None:
            source = self.use(operand, reg, reload)
            if source != reg:
                self.emit(Instruction(Opcode.MOVE_REG, rd=reg, ra=source), reads=((source, operand.id),),
                          writes=operand.id)
            self._operand_in(reg, operand.id)
            return
        if isinstance(operand, ValueRef):
            vid = operand.id
            if vid in self.frame.alloca_of:
                self.emit(Instruction(Opcode.ADD_IMM_64, ra=reg, rb=SP, x=self.frame.alloca_of[vid]),
                          reads=((SP, None),), writes=vid)
                self._operand_in(reg, vid)
                return
            if part == 0 and self._temps.get(reg) == vid:
                self._operand_in(reg, vid, part)
                return   # `reg` still holds what the slot holds (same block, not overwritten since)
            offset = self.frame.slot_of[vid] + 8 * part
            self.emit(Instruction(Opcode.LOAD_IND_U64, ra=reg, rb=SP, x=offset), reads=((SP, None),),
                      writes=vid if part == 0 else None)
            if part == 0:
                self._note_temp(reg, vid)
            self._operand_in(reg, vid, part)
        elif isinstance(operand, Const):
            if operand.bits > 64:
                self.load_imm(reg, abi.wide_word(operand.value, operand.bits, part))
            else:
                self.load_imm(reg, abi.canonical_const(operand.value, operand.bits) if part == 0 else 0)
        elif isinstance(operand, Undef):
            self.load_imm(reg, 0)
        elif isinstance(operand, GlobalAddr):
            if operand.name not in self.ctx.global_address:
                raise UnsupportedError(f"reference to undefined global @{operand.name}", self.name)
            address = (self.ctx.global_address[operand.name] + operand.offset) & 0xFFFFFFFF
            self.load_imm(reg, sign_extend(address, 4))
        elif isinstance(operand, FunctionAddr):
            address = self.ctx.jump_entry(self.ctx.function_label(operand.name))
            self.function_addresses[operand.name] = address
            self.load_imm(reg, address)
        else:  # pragma: no cover - exhaustive over Operand
            raise UnsupportedError(f"operand {operand!r} is not supported", self.name)

    def _operand_in(self, reg: int, value: int, part: int = 0) -> None:
        """`reg` now holds SSA operand `value` (its 64-bit word `part` when the value is wider than one register)
        for the current IR instruction's code (provenance, `emit`)."""
        if self._operands_ir != self.current_ir:
            self._operands, self._operands_ir = {}, self.current_ir
        self._operands[reg] = (value, part if value in self._wide else None)

    def use(self, operand: Operand, temp: int, reload: bool = True) -> int:
        """A register holding `operand` (64-bit part 0) for reading only: the allocated register when it holds
        the value (`alloc_load_hits`), the allocated register after reloading it from the slot when `reload`
        (`reloads`), else `temp` after `load`. The caller must not write the returned register."""
        if isinstance(operand, ValueRef):
            reg = self.regs.register_of(operand.id)
            if reg is not None:
                if self.regs.holds(reg, operand.id):
                    self.regs.count_read(operand.id, reload=False)
                    self._operand_in(reg, operand.id)
                    return reg
                if reload:
                    self._load_slot(operand.id, reg)
                    self.regs.set(reg, operand.id)
                    self.regs.count_read(operand.id, reload=True)
                    self._operand_in(reg, operand.id)
                    return reg
                self._load_slot(operand.id, temp)
                self._operand_in(temp, operand.id)
                return temp
        self.load(operand, temp)
        return temp

    def _load_slot(self, value: int, reg: int) -> None:
        if self._temps.get(reg) == value:
            return
        self.emit(Instruction(Opcode.LOAD_IND_U64, ra=reg, rb=SP, x=self.frame.slot_of[value]),
                  reads=((SP, None),), writes=value)
        self._note_temp(reg, value)

    def temp_holds(self, reg: int, value: int | None) -> bool:
        """Whether the temporary `reg` is known to hold `value`'s slot contents here (same block)."""
        return value is not None and self._temps.get(reg) == value

    def _note_temp(self, reg: int, value: int) -> None:
        """Remember that the temporary `reg` now holds `value`'s slot contents (until a write or a label)."""
        if reg not in self._allocated and reg != SP:
            self._temps[reg] = value

    def result_register(self, value: int | None, temp: int) -> int:
        """Where to compute the value `value` defined here: its allocated register, else `temp`."""
        reg = self.regs.register_of(value) if value is not None else None
        return temp if reg is None else reg

    def store(self, value: int, reg: int, part: int = 0) -> None:
        """Write register `reg` to part `part` of value `value`'s home slot; an allocated value is also written
        through to its register (`alloc_store_hits`; the slot store may later fall to `dse`)."""
        offset = self.frame.slot_of[value] + 8 * part
        allocated = self.regs.register_of(value) if part == 0 else None
        if allocated is not None and allocated != reg:
            self.emit(Instruction(Opcode.MOVE_REG, rd=allocated, ra=reg), reads=((reg, value),), writes=value)
        # a word of a wider value claims nothing itself: the verifier takes the store as that word's definition
        self.emit(Instruction(Opcode.STORE_IND_U64, ra=reg, rb=SP, x=offset),
                  reads=((reg, None if value in self._wide else value), (SP, None)), slot_store=value)
        if allocated is not None:
            self.regs.set(allocated, value)
            self.regs.count_write(value)
        if part == 0:
            self._note_temp(reg, value)

    # ------------------------------------------------------------------ representation helpers (abi)

    def canon(self, reg: int, bits: int, src: int | None = None, value: int | None = None) -> None:
        """reg ← the low `bits` bits of `src` (default: reg itself) in the abi's canonical form for iN; `value`
        is the IR value `src` holds (provenance of the first instruction's read)."""
        src = reg if src is None else src
        claim = (value,)
        if bits >= 64:
            if src != reg:
                self.op(Opcode.MOVE_REG, rd=reg, ra=src)
            return
        if bits == 1:
            self.op(Opcode.AND_IMM, claim, ra=reg, rb=src, x=1)
        elif bits == 8:
            self.op(Opcode.SIGN_EXTEND_8, claim, rd=reg, ra=src)
        elif bits == 16:
            self.op(Opcode.SIGN_EXTEND_16, claim, rd=reg, ra=src)
        elif bits == 32:
            self.op(Opcode.ADD_IMM_32, claim, ra=reg, rb=src, x=0)
        else:
            self.op(Opcode.SHLO_L_IMM_64, claim, ra=reg, rb=src, x=64 - bits)
            self.op(Opcode.SHAR_R_IMM_64, ra=reg, rb=reg, x=64 - bits)

    def canon_high(self, reg: int, bits: int) -> None:
        """reg, the high word of an iN value (64 < N <= 128), ← its low N - 64 bits sign-extended: the abi's
        two-word form (nothing to do for i128)."""
        if bits < 128:
            self.op(Opcode.SHLO_L_IMM_64, ra=reg, rb=reg, x=128 - bits)
            self.op(Opcode.SHAR_R_IMM_64, ra=reg, rb=reg, x=128 - bits)

    def zext_high(self, reg: int, bits: int) -> None:
        """reg, the high word of an iN value (64 < N <= 128), ← its low N - 64 bits zero-extended (the high word
        of the value read as unsigned)."""
        if bits < 128:
            self.op(Opcode.SHLO_L_IMM_64, ra=reg, rb=reg, x=128 - bits)
            self.op(Opcode.SHLO_R_IMM_64, ra=reg, rb=reg, x=128 - bits)

    def zext(self, reg: int, bits: int, dst: int | None = None, value: int | None = None) -> None:
        """dst (default reg) ← the low `bits` bits of `reg`, zero-extended to 64 bits; `value` is the IR value
        `reg` holds (provenance of the first instruction's read)."""
        dst = reg if dst is None else dst
        claim = (value,)
        if bits >= 64 or bits == 1:
            if dst != reg:
                self.op(Opcode.MOVE_REG, rd=dst, ra=reg)
            return
        if bits < 32:
            if bits == 16:
                self.op(Opcode.ZERO_EXTEND_16, claim, rd=dst, ra=reg)
            else:
                self.op(Opcode.AND_IMM, claim, ra=dst, rb=reg, x=(1 << bits) - 1)
            return
        self.op(Opcode.SHLO_L_IMM_64, claim, ra=dst, rb=reg, x=64 - bits)
        self.op(Opcode.SHLO_R_IMM_64, ra=dst, rb=dst, x=64 - bits)

    def signed(self, reg: int, bits: int) -> None:
        """Make `reg` hold the signed 64-bit view of its iN value (only i1 needs work: 1 → -1)."""
        if bits == 1:
            self.op(Opcode.NEG_ADD_IMM_64, ra=reg, rb=reg, x=0)

    def finish_items(self) -> tuple[EmittedInstruction, ...]:
        """The items so far, frozen."""
        return tuple(self.items)


def _default_reads(ins: Instruction) -> tuple[tuple[int, int | None], ...]:
    """Registers an instruction reads, each with an unknown (partial) value."""
    regs: list[int] = []
    op = ins.opcode
    if 100 <= op <= 111:
        regs = [ins.ra]
    elif 120 <= op <= 123:
        regs = [ins.ra, ins.rb]
    elif 124 <= op <= 161:
        regs = [ins.rb]
        if op in (Opcode.CMOV_IZ_IMM, Opcode.CMOV_NZ_IMM):
            regs.append(ins.ra)
    elif 190 <= op <= 230:
        regs = [ins.ra, ins.rb]
        if op in (Opcode.CMOV_IZ, Opcode.CMOV_NZ):
            regs.append(ins.rd)
    elif op in (Opcode.JUMP_IND,) or 59 <= op <= 62 or 70 <= op <= 73:
        regs = [ins.ra]
    return tuple((r, None) for r in regs if r is not None)
