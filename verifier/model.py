"""The verifier's model of one emitted function: program points, control-flow edges and location facts.

What it does: `build_model(function, emitted)` turns the final instruction stream of one function into facts
about *locations* — the 13 registers and the 8-byte frame cells — and *values* — the function's SSA values plus
the caller's r0 and r9-r12 on entry (``entry r0`` ...). One program point per real instruction, "before it
executes". Per point:

  * `copies`   (dst, src): after the instruction dst holds whatever src held (register moves, 8-byte frame
               loads and stores; derived from the instruction's meaning, `verifier.effects`);
  * `defs`     (location, value): the location holds exactly that value afterwards (an instruction that
               computes the value, claimed by its provenance `writes`; a call's result in r7 by the ABI; the
               store of a word of an i128 result into its home, `_word_definition`);
  * `kills`    location: holds nothing known afterwards (any other write; registers a call or `ecalli`
               clobbers under the ABI; narrower or computed stores to a cell);
  * `claims`   (location, value): the location must hold the value when the instruction executes: operand
               reads claimed by provenance (except pure moves, loads and stores, which carry no claims), and
               the ABI's obligations the verifier adds itself from the IR view: the arguments of every call and
               `ecalli`, and at every return the result in r7 and the caller's r0 and r9-r12 restored. Every
               other register an instruction reads (`semantics.register_effects`) is claimed too: inside an IR
               instruction's code, for that instruction's temporary (`CodeModel.temporaries`); in the
               prologue, for the caller's value. What is left is counted (`CodeModel.unchecked_reads`).
  Values: the IR values, the caller's registers on entry, the constants some load reads back
  (`value_classes`), the two 64-bit words of each i128 (`CodeModel.parts`: an i128 is never in one register; its
  words are in its home's two cells, in r7/r8 as a result and in argument word pairs; provenance names the word
  a read expects, `EmittedInstruction.read_parts`), and one temporary per IR instruction whose code reads one.
  Edges: fall-through, branch targets, and a call's return site (`load_imm_jump r0, ret, callee`); a return
  (`jump_ind r0`) and `trap` have none.

Assumes: the frame layout of the emitted function (value cells below the alloca storage, incoming stack
arguments at ``size + 8·(w-4)``, abi docstring); memory accessed through any base other than r1 never aliases a
frame cell (IR pointers only reach allocas, globals and the heap); a callee restores r1 and r9-r12 and leaves the
caller's frame cells alone, except its incoming-argument area (the caller's outgoing area), which it may change.

Guarantees: every fact comes from the instruction's meaning, the ABI or the IR view — never from the emitter's
register state; a stack pointer that is not a known constant distance from its entry value at some point, or
an unrecognised dynamic jump, raises `ModelError` (the function is then refuted).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from pvm_backend import abi
from pvm_backend.emitter.items import EmittedFunction, EmittedInstruction, Label, SymbolicInstruction
from pvm_backend.ir import (Const, Function, FunctionAddr, GlobalAddr, Instruction as IRInstruction, Operand, TypeKind,
                            ValueRef)
from pvm_backend.ir_facts import incoming_by_predecessor, is_word
from pvm_backend.isa import Instruction, Opcode, sign_extend
from pvm_backend.semantics import register_effects

from .effects import ControlKind, Effects, WriteKind, effects

NUM_REGISTERS = 13
#: Registers whose caller value must survive a call of this function (r0 is the return address).
ENTRY_REGISTERS: tuple[int, ...] = (int(abi.Reg.RA), *(int(r) for r in abi.CALLEE_SAVED))
RA, SP, A0 = int(abi.Reg.RA), int(abi.Reg.SP), int(abi.Reg.A0)


class ModelError(Exception):
    """The instruction stream is outside what the model describes (the function cannot be proved)."""

    def __init__(self, message: str, point: int | None = None) -> None:
        super().__init__(message)
        self.point = point


@dataclass
class CodeModel:
    """Facts of one function (see the module docstring); points, locations and values are dense ints."""

    name: str
    """Function name."""
    points: int
    """Number of program points (real instructions)."""
    locations: list[str]
    """Location names: ``r0``..``r12``, then ``[sp+off]`` for each frame cell (offset from the frame base)."""
    value_names: list[str]
    """Value names: the IR values (``%name``), then ``entry r0``, ``entry r9`` ... ``entry r12``."""
    edges: list[tuple[int, int]] = field(default_factory=list)
    """(from point, to point)."""
    copies: list[tuple[int, int, int]] = field(default_factory=list)
    """(point, destination location, source location)."""
    defs: list[tuple[int, int, int]] = field(default_factory=list)
    """(point, location, value)."""
    kills: list[tuple[int, int]] = field(default_factory=list)
    """(point, location)."""
    claims: list[tuple[int, int, int]] = field(default_factory=list)
    """(point, location, value): the location must hold the value when the point executes."""
    renames: list[tuple[int, int, int, int]] = field(default_factory=list)
    """(from point, to point, phi, incoming): on this edge into a block, the phi's value is the incoming
    value's (SSA phi semantics, all phis of the block at once); a constant or address incoming is that
    constant's value (`_incoming_images`: what the copy code's `load_imm` loads must be it); a phi with an undef
    incoming value, or an i128 one, is its own incoming (the copy code defines it)."""
    init: list[tuple[int, int]] = field(default_factory=list)
    """(location, value) pairs that hold on function entry (point 0)."""
    block_of: list[str] = field(default_factory=list)
    """Label of the code block each point belongs to."""
    text: list[str] = field(default_factory=list)
    """Each point's instruction as assembly text."""
    ir_of: list[int | None] = field(default_factory=list)
    """IR instruction id each point implements."""
    ir_text: dict[int, str] = field(default_factory=dict)
    """IR instruction id → its text (for counterexamples)."""
    why_killed: dict[tuple[int, int], str] = field(default_factory=dict)
    """(point, location) → why the location is killed there (for counterexamples)."""
    frame_offsets: dict[int, int] = field(default_factory=dict)
    """Location id of each frame cell → its offset in bytes from the frame base (for counterexamples)."""
    invariant: frozenset[int] = frozenset()
    """Values every definition of which gives the same bits within one invocation (`invariant_values`): static
    alloca addresses, parameters, constants, and pure computations of these. Recomputing one (the emitter
    rematerialises addresses and constants instead of keeping them) leaves other copies valid."""
    recomputations: frozenset[tuple[int, int]] = frozenset()
    """(point, value) of the defs that recompute the value's current instance instead of a new one: the
    instruction computes a member of the value's class (`value_classes`) from the current instance of its
    representative (an identity cast, a load of what the block just stored there)."""
    claimed_as: dict[tuple[int, int, int], int] = field(default_factory=dict)
    """(point, location, value) of a claim → the IR value its provenance named, where that is another member
    of the value's class (for counterexamples)."""
    temporaries: frozenset[int] = frozenset()
    """Values that stand for what the code of one IR instruction computes on its way to the result (an address
    before its last addition, a constant for an operand, a shift amount, a loop counter of a memcpy): every
    register the code of IR instruction i writes holds i's temporary afterwards (besides the SSA value its
    provenance names, if any), and every register read by i's code that no SSA claim covers must hold i's
    temporary — written by i's own code on every path, not by another instruction, a call or the caller. A
    temporary is invariant (i's code may rewrite its registers many times, as loops do)."""
    satisfies: list[tuple[int, int, int]] = field(default_factory=list)
    """(point, location, temporary): a demand for the temporary of IR instruction i in the location just after
    the point is met there: the point is i's code, claims an SSA operand in that location (checked like every
    claim) and does not write it, so what i's code reads there later started as that operand (a `fallthrough`
    into the head of a loop of i's own code claims the operands it still holds, `FunctionBuilder.label`)."""
    temporary_reads: int = 0
    unchecked_reads: int = 0
    """Registers read (`semantics.register_effects`, r1 aside: the stack pointer's model) by instructions that
    are not pure moves and that no claim covers: reads the check does not check. Only code outside every IR
    instruction after the prologue (the epilogue) could have one."""
    """How many claims are temporaries' (the rest name SSA values or ABI obligations)."""
    ir_values: int = 0
    """Number of IR values: value ids below it are IR values; then the entry values, then the constants."""
    classes: ValueClasses | None = None
    """The value classes the facts are stated in (`value_classes`): claims and defs name representatives."""
    parts: dict[int, tuple[int, int]] = field(default_factory=dict)
    """Value id of a word of an i128 → (the i128's IR value id, k): the value's k-th 64-bit word (0 the low half, 1
    the high half; abi docstring). An i128 lives in two 8-byte cells of its home slot and in register pairs of
    the ABI (`_i128_words`); each word is a value of its own."""

    def redefinitions(self) -> set[tuple[int, int]]:
        """(point, value): the point computes a new instance of the value, so a copy of an older instance is
        stale after it (the ``defines`` relation of check 2); invariant values are never stale, and a
        recomputation of the current instance makes no copy stale."""
        return {(p, v) for p, _, v in self.defs if v not in self.invariant and (p, v) not in self.recomputations}


def fused_owner(function: Function, ir: IRInstruction) -> IRInstruction:
    """The IR instruction whose code `ir`'s code continues: a conditional branch on the result of an icmp of its
    own block continues the icmp's (the emitter may fuse the two into one compare-and-branch, whose operands the
    icmp's code loads), so they share a temporary (check 2) and are checked as one (check 3); every other
    instruction is its own."""
    if ir.opcode == "br" and ir.operands and isinstance(ir.operands[0], ValueRef):
        info = function.values[ir.operands[0].id]
        if info.instruction is not None:
            cond = function.instructions[info.instruction]
            if cond.opcode == "icmp" and cond.block == ir.block:
                return cond
    return ir


class _Builder:
    def __init__(self, function: Function, emitted: EmittedFunction) -> None:
        self.fn = function
        self.em = emitted
        frame = emitted.frame
        self.frame_size = frame.size
        self.alloca_start = min(frame.alloca_of.values(), default=frame.size)
        self.out_area = frame.out_area
        self.cells: dict[int, int] = {}
        self.words = _i128_words(function, frame.slot_of)
        """(i128 value, k) → the frame offset of its k-th word's cell (`_i128_words`)."""
        self.word_at = {offset: word for word, offset in self.words.items()}
        self.untracked = _wide_homes(function, frame.slot_of) - set(self.word_at)
        self.reading: list[tuple[int, tuple[int, ...]]] = []   # (point, registers read) of claim-carrying points
        self.temporaries: dict[int, int] = {}                    # IR instruction id -> its temporary's value id
        self.temporary_defs: list[tuple[int, int, int, str, bool]] = []
        """(point, location, IR id, why killed, nothing else written there): where IR id's temporary is written."""
        self.operand_held: list[tuple[int, int, int]] = []     # (point, register, IR id): `CodeModel.satisfies`
        self.unclaimed: list[tuple[int, tuple[int, ...]]] = []  # the same, of points outside every IR instruction
        n = len(function.values)
        self.entry_value = {reg: n + k for k, reg in enumerate(ENTRY_REGISTERS)}
        self.classes = value_classes(function, n + len(ENTRY_REGISTERS))
        self.incoming_image = _incoming_images(function, dict(emitted.addresses))
        """(phi, IR block) → the register image of a constant or address the phi receives from that block."""
        extra = sorted(set(self.incoming_image.values()) - set(self.classes.constants))
        self.classes = ValueClasses(self.classes.representative, [*self.classes.constants, *extra])
        self.constant_value = {image: n + len(ENTRY_REGISTERS) + k for k, image in enumerate(self.classes.constants)}
        names = [f"%{v.name}" if v.name else f"%{v.id}" for v in function.values]
        names += [f"entry r{reg}" for reg in ENTRY_REGISTERS]
        names += [f"the constant {image - (1 << 64) if image >> 63 else image}" for image in self.classes.constants]
        self.word_value: dict[tuple[int, int], int] = {}
        """(i128 value, k) → the value id of its k-th word (`CodeModel.parts`)."""
        for word in self.words:
            self.word_value[word] = len(names)
            names.append(f"the {('low', 'high')[word[1]]} half of {names[word[0]]}")
        self.classes = _with_low_halves(function, self.classes, self.word_value)
        self.model = CodeModel(emitted.name, 0, [f"r{i}" for i in range(NUM_REGISTERS)], names,
                               ir_text={ins.id: ins.text.strip() for ins in function.instructions}, ir_values=n,
                               parts={v: word for word, v in self.word_value.items()})

    def word_values(self, operand: object) -> list[int]:
        """The value ids of the words of an i128 operand whose words the model tracks (`_i128_words`), low half
        first; [] for any other operand."""
        if not isinstance(operand, ValueRef) or (operand.id, 0) not in self.word_value:
            return []
        return [self.word_value[(operand.id, k)] for k in (0, 1)]

    def temporary(self, ir: IRInstruction) -> int:
        """The value id of IR instruction `ir`'s temporary: whatever its own code computes on the way to its
        result (`CodeModel.temporaries`)."""
        owner = self.temporary_owner(ir)
        if owner.id not in self.temporaries:
            self.temporaries[owner.id] = len(self.model.value_names)
            self.model.value_names.append(f"a temporary of `{owner.text.strip()}`")
        return self.temporaries[owner.id]

    def temporary_owner(self, ir: IRInstruction) -> IRInstruction:
        """The IR instruction whose temporary `ir`'s code shares (`fused_owner`)."""
        return fused_owner(self.fn, ir)

    def cell(self, offset: int) -> int | None:
        """Location id of the frame cell at `offset` (from the frame base), or None for alloca storage."""
        if offset % 8 or (self.alloca_start <= offset < self.frame_size) or offset in self.untracked:
            return None
        if offset not in self.cells:
            self.cells[offset] = len(self.model.locations)
            self.model.frame_offsets[self.cells[offset]] = offset
            self.model.locations.append(f"[sp+{offset}]")
        return self.cells[offset]

    def cells_overlapping(self, offset: int, size: int) -> list[int]:
        return [c for c in (self.cell(o) for o in range(offset - offset % 8, offset + size, 8)) if c is not None]


def _i128_words(function: Function, slot_of: dict[int, int]) -> dict[tuple[int, int], int]:
    """(value, k) → frame offset of the cell holding the k-th 64-bit word of each i128 (or other integer wider
    than 64 bits, in its two-word form) value with a home slot
    (low half at the slot, high half 8 bytes above, abi docstring), phi results aside (their words stay
    untracked memory, `_wide_homes`): the model tracks these words as values of their own."""
    phis = {ins.result for ins in function.instructions if ins.opcode == "phi"}
    out: dict[tuple[int, int], int] = {}
    for vid, offset in slot_of.items():
        ty = function.values[vid].type
        if ty.kind is TypeKind.INT and ty.bits > 64 and vid not in phis:
            out[(vid, 0)], out[(vid, 1)] = offset, offset + 8
    return out


def _wide_homes(function: Function, slot_of: dict[int, int]) -> set[int]:
    """Frame offsets of the 8-byte cells inside homes of values wider than one register (i128, aggregates).
    Those of aggregates and of i128 phis are untracked memory to the model, so what is loaded from them is whatever
    the loading instruction's provenance claims; the other i128 homes hold tracked words (`_i128_words`)."""
    out: set[int] = set()
    for vid, offset in slot_of.items():
        ty = function.values[vid].type
        if not is_word(ty):
            size = sum(abi.value_slot_size(e.bits) for e in ty.elements) if ty.elements else \
                abi.value_slot_size(ty.bits)
            out.update(range(offset, offset + size, 8))
    return out


#: IR casts whose result has the same 64-bit register image as their operand under the ABI's representation
#: (abi docstring: iN sign-extended, i1 0/1, pointers like i32): the two SSA values are one value to the model.
_COPY_CASTS = frozenset({"bitcast", "freeze", "addrspacecast"})
_WIDTH_CASTS = frozenset({"ptrtoint", "inttoptr", "zext", "sext", "trunc"})


@dataclass(frozen=True)
class ValueClasses:
    """SSA values with identical register images, as classes (`value_classes`)."""

    representative: list[int]
    """For each SSA value, its class's representative: an SSA value id, or ``first_constant + k`` for a class
    whose every member is the constant ``constants[k]``."""
    constants: list[int]
    """Register images (64-bit, the abi's representation) of the constants some class equals."""


def value_classes(function: Function, first_constant: int) -> ValueClasses:
    """Classes of SSA values that hold the same bits whenever the later-defined one is defined: an identity
    cast and its operand (`_COPY_CASTS`, `_WIDTH_CASTS` of the same register image; `llvm.expect.*`, which
    returns its first argument), and a load and the value
    its block stored at the same address just before (`forwarded_loads`; a stored constant makes the class that
    constant). The representative of a class is its original: the operand of the casts, the stored value."""
    n = len(function.values)
    constants: dict[int, int] = {}   # image -> node n + k
    rep = list(range(n))             # union-find over the SSA values, then one node per constant

    def find(v: int) -> int:
        while rep[v] != v:
            rep[v] = rep[rep[v]]
            v = rep[v]
        return v

    def merge(result: int, source: int) -> None:
        root, other = find(result), find(source)
        if root == other:
            return
        if root >= n:                # a constant stays its class's root
            root, other = other, root
        if root < n:
            rep[root] = other

    for ins in function.instructions:
        if ins.result is None or not ins.operands or not isinstance(ins.operands[0], ValueRef):
            continue
        src_bits, dst_bits = ins.operand_types[0].bits, ins.type.bits
        identity = ins.opcode in _COPY_CASTS or (
            ins.opcode in _WIDTH_CASTS and 0 < dst_bits <= 64 and
            (src_bits == dst_bits                                  # ptrtoint/inttoptr of i32, no-op casts
             or (ins.opcode == "zext" and src_bits == 1)           # i1 is 0/1 either way
             or (ins.opcode == "sext" and 1 < src_bits < dst_bits)))   # iN is held sign-extended already
        identity = identity or (ins.opcode == "call" and (ins.callee or "").startswith("llvm.expect."))
        if identity and 0 < dst_bits <= 64:
            merge(ins.result, ins.operands[0].id)
    for load, stored in forwarded_loads(function).items():
        if isinstance(stored, ValueRef):
            merge(load, stored.id)
        else:
            image = abi.canonical_const(stored.value, stored.bits)
            if image not in constants:
                constants[image] = len(rep)
                rep.append(len(rep))
            merge(load, constants[image])
    roots = [find(v) for v in range(n)]
    return ValueClasses([r if r < n else first_constant + (r - n) for r in roots], list(constants))


def _incoming_images(function: Function, addresses: dict[str, int]) -> dict[tuple[int, int], int]:
    """(phi, predecessor block) → the 64-bit register image (abi) of the constant, global address or function
    address that a one-register phi receives on that edge, where the image is known (the link layout's
    addresses, `EmittedFunction.addresses`). On that edge the phi is that constant (`_phi_renames`): the copy
    code must put it there, which check 2 proves from what the `load_imm` loads."""
    out: dict[tuple[int, int], int] = {}
    for ins in function.instructions:
        if ins.opcode != "phi" or ins.result is None or not is_word(ins.type):
            continue
        for block, incoming in ins.phi_incoming:
            if isinstance(incoming, Const):
                out[(ins.result, block)] = abi.canonical_const(incoming.value, incoming.bits)
            elif isinstance(incoming, GlobalAddr) and incoming.name in addresses:
                out[(ins.result, block)] = sign_extend((addresses[incoming.name] + incoming.offset) & 0xFFFFFFFF, 4)
            elif isinstance(incoming, FunctionAddr) and incoming.name in addresses:
                out[(ins.result, block)] = addresses[incoming.name]
    return out


def _with_low_halves(function: Function, classes: ValueClasses,
                     word_value: dict[tuple[int, int], int]) -> ValueClasses:
    """`classes` with the class of each `trunc i128 %x to i64` represented by the low half of %x (model value id
    `word_value[(x, 0)]`): the i64's register image is that word (abi docstring), so the emitter reads the word
    where the IR names the truncation (check 3 proves the identity like any other cast's)."""
    low_half: dict[int, int] = {}   # class root -> the word that now represents its class
    for ins in function.instructions:
        if ins.opcode != "trunc" or ins.result is None or ins.type.bits != 64 or \
                not isinstance(ins.operands[0], ValueRef) or (ins.operands[0].id, 0) not in word_value:
            continue
        if classes.representative[ins.result] == ins.result:
            low_half[ins.result] = word_value[(ins.operands[0].id, 0)]
    if not low_half:
        return classes
    return ValueClasses([low_half.get(r, r) for r in classes.representative], classes.constants)


#: IR operations that neither write memory nor have other side effects: between a store and a load of the same
#: address, only these may come for the load to read what the store wrote (`forwarded_loads`).
_NO_MEMORY_WRITE = frozenset({"add", "sub", "mul", "and", "or", "xor", "shl", "lshr", "ashr", "udiv", "sdiv",
                              "urem", "srem", "icmp", "select", "getelementptr", "bitcast", "addrspacecast",
                              "ptrtoint", "inttoptr", "zext", "sext", "trunc", "load", "alloca", "phi",
                              "extractvalue", "insertvalue", "freeze"})


def _address(function: Function, pointer: Operand) -> tuple[object, int] | None:
    """A pointer as (base, byte offset mod 2^32): through bitcasts and getelementptrs with constant indices down
    to an SSA value that is neither (an alloca, a parameter, a load ...) or a global; None for other operands.
    Two pointers with equal keys are the same address."""
    offset = 0
    while isinstance(pointer, ValueRef):
        info = function.values[pointer.id]
        if info.instruction is None:
            break
        ins = function.instructions[info.instruction]
        if ins.opcode == "getelementptr" and ins.gep is not None and not ins.gep.terms:
            offset += ins.gep.offset
        elif ins.opcode not in ("bitcast", "addrspacecast"):
            break
        pointer = ins.operands[0]
    if isinstance(pointer, ValueRef):
        return ("value", pointer.id), offset & 0xFFFFFFFF
    if isinstance(pointer, GlobalAddr):
        return ("global", pointer.name), (offset + pointer.offset) & 0xFFFFFFFF
    return None


def forwarded_loads(function: Function) -> dict[int, ValueRef | Const]:
    """Loads whose result is, by LLVM's memory semantics, the value stored just before: load id -> stored
    operand. The store comes earlier in the same basic block, to the same address (`_address`), with the same
    type (one register word), and only instructions that write no memory come between (`llvm.lifetime.*` of
    another object, `_NO_MEMORY_EFFECT` intrinsics included). Volatile accesses count
    like the others: the PVM has no memory-mapped devices and nothing but the program itself reads or writes its
    memory, so a volatile load of what was just stored reads that value (the emitter's peephole drops such a
    reload, `pvm_backend.emitter.peephole`). A constant stored is forwarded as that constant; undef is not."""
    out: dict[int, ValueRef | Const] = {}
    for block in function.blocks:
        known: dict[tuple[object, int], tuple[ValueRef | Const, tuple[TypeKind, int]]] = {}
        for ins in block.instructions:
            if ins.opcode == "store":
                key = _address(function, ins.operands[1])
                known.clear()
                value, ty = ins.operands[0], ins.operand_types[0]
                if key is not None and isinstance(value, ValueRef | Const) and is_word(ty):
                    known[key] = (value, (ty.kind, ty.bits))
            elif ins.opcode == "load" and ins.result is not None:
                key = _address(function, ins.operands[0])
                hit = known.get(key) if key is not None else None
                if hit is not None and hit[1] == (ins.type.kind, ins.type.bits):
                    out[ins.result] = hit[0]
            elif ins.opcode == "call" and (ins.callee or "").startswith("llvm.lifetime."):
                key = _address(function, ins.operands[-1])   # only that object's contents become undefined
                if key is None:
                    known.clear()
                else:
                    known.pop(key, None)
            elif not (ins.opcode in _NO_MEMORY_WRITE or (ins.opcode == "call" and ins.callee in _NO_MEMORY_EFFECT)):
                known.clear()
    return out


_NO_MEMORY_EFFECT = frozenset({"llvm.assume", "llvm.dbg.declare", "llvm.dbg.value", "llvm.donothing",
                               "llvm.experimental.noalias.scope.decl"})
"""Intrinsics that neither read nor write memory (LangRef)."""


def invariant_values(function: Function, allocas: Iterable[int]) -> set[int]:
    """SSA values that have the same bits at every definition within one invocation: parameters, static alloca
    addresses (r1 is a constant distance from its entry value at every point, `_stack_offsets`), and the results
    of pure instructions (`_PURE`) whose operands are all constants, globals, functions or invariant values."""
    out = {v.id for v in function.values if v.param_index is not None} | set(allocas)
    changed = True
    while changed:
        changed = False
        for ins in function.instructions:
            if ins.result is None or ins.result in out or ins.opcode not in _PURE:
                continue
            if all(isinstance(op, Const | GlobalAddr | FunctionAddr) or (isinstance(op, ValueRef) and op.id in out)
                   for op in ins.operands) and ins.operands:
                out.add(ins.result)
                changed = True
    return out


_LAST: list[tuple[Function, EmittedFunction, CodeModel | ModelError]] = []


def model_of(function: Function, emitted: EmittedFunction) -> CodeModel:
    """`build_model(function, emitted)`, built once for the checks that run one after the other on the same
    function (checks 2 and 3): the last function's model (or its ModelError) is kept. Raises ModelError."""
    if not (_LAST and _LAST[0][0] is function and _LAST[0][1] is emitted):
        try:
            built: CodeModel | ModelError = build_model(function, emitted)
        except ModelError as exc:
            built = exc
        _LAST[:] = [(function, emitted, built)]
    result = _LAST[0][2]
    if isinstance(result, ModelError):
        raise result
    return result


def build_model(function: Function, emitted: EmittedFunction) -> CodeModel:
    """Facts of `emitted` (the final instruction stream of IR function `function`). Raises ModelError."""
    b = _Builder(function, emitted)
    m = b.model
    items: list[tuple[Instruction, SymbolicInstruction | None, int]] = []
    label_point: dict[str, int] = {}
    block = emitted.name
    for index, e in enumerate(emitted.instructions):
        ins = e.instruction
        if isinstance(ins, Label):
            label_point[ins.name] = len(items)
            block = ins.name
            continue
        symbolic = ins if isinstance(ins, SymbolicInstruction) else None
        concrete = ins.placeholder() if isinstance(ins, SymbolicInstruction) else ins
        items.append((concrete, symbolic, index))
        m.block_of.append(block)
        m.text.append(f"{concrete.opcode.mnemonic}" + _operands_text(concrete, symbolic))
        m.ir_of.append(e.ir_instruction)
    m.points = len(items)
    m.classes = b.classes
    successors = [_successors(p, c, s, label_point, len(items)) for p, (c, s, _) in enumerate(items)]
    sp = _stack_offsets(items, successors)
    _entry_state(b)
    for point, (concrete, symbolic, index) in enumerate(items):
        m.edges.extend((point, q) for q in successors[point])
        _facts(b, point, concrete, symbolic, emitted.instructions[index], sp[point])
    block_start: dict[int, list[int]] = {}
    for block, label in emitted.block_labels:
        if label in label_point:
            block_start.setdefault(label_point[label], []).append(block)
    _phi_renames(b, successors, block_start, set(label_point.values()))
    claimed = {(p, loc) for p, loc, _ in m.claims}
    for p, regs in b.reading:
        ir = m.ir_of[p]
        assert ir is not None
        for r in regs:
            if r != SP and (p, r) not in claimed:
                m.claims.append((p, r, b.temporary(function.instructions[ir])))
                m.temporary_reads += 1
    m.satisfies = [(p, loc, b.temporaries[ir_id]) for p, loc, ir_id in b.operand_held if ir_id in b.temporaries]
    for p, loc, ir_id, why, alone in b.temporary_defs:   # only temporaries some read claims are facts
        if ir_id in b.temporaries:
            m.defs.append((p, loc, b.temporaries[ir_id]))
        elif alone:
            _kill(m, p, loc, why)
    body = next((p for p in range(m.points) if m.ir_of[p] is not None), m.points)
    for p, regs in b.unclaimed:   # the prologue, before the body, reads parameters as the caller passed them
        for r in regs:
            if r in b.entry_value and (p, r) not in claimed and p < body:
                m.claims.append((p, r, b.entry_value[r]))
                claimed.add((p, r))
    b.unclaimed = [(p, regs) for p, regs in b.unclaimed if any(r != SP and (p, r) not in claimed for r in regs)]
    m.temporaries = frozenset(b.temporaries.values())
    m.unchecked_reads = len(b.unclaimed)
    cls = b.classes.representative
    same = lambda v: cls[v] if v < len(cls) else v  # noqa: E731 - entry values and constants are their own class
    m.recomputations = frozenset((p, same(v)) for p, _, v in m.defs if v < len(cls) and cls[v] != v)
    m.claimed_as = {(p, loc, same(v)): v for p, loc, v in m.claims if same(v) != v}
    m.claims = [(p, loc, same(v)) for p, loc, v in m.claims]
    m.defs = [(p, loc, same(v)) for p, loc, v in m.defs]
    m.init = [(loc, same(v)) for loc, v in m.init]
    m.renames = [(q, t, same(p), same(i)) for q, t, p, i in m.renames]
    invariant = invariant_values(function, emitted.frame.alloca_of)
    m.invariant = frozenset(same(v) for v in invariant) | frozenset(b.constant_value.values()) | m.temporaries | \
        frozenset(word for (v, _), word in b.word_value.items() if v in invariant)
    return m


def _phi_renames(b: _Builder, successors: list[list[int]], block_start: dict[int, list[int]],
                 labelled: set[int]) -> None:
    """Rename facts for every edge into the first point of an IR block with phis. The IR predecessor of an
    edge is the block of the IR instruction the edge leaves from (the emitter attributes every instruction
    that leaves a block, branch, jump or fall-through, to that block's terminator). An edge that leaves from
    the successor's own phi copies (a block falling through into the next one after its copies, with no jump:
    unoptimised WebAssembly) comes from the block of the instruction before the copies, which only falls
    through into them (`labelled`: the points a label precedes, which other code could jump to). Copies that open
    the entry block (its only instruction, the branch, became the fall-through) come from the entry block: it
    has no IR predecessors, so only the prologue reaches its label.

    Several IR blocks start at one point (`block_start`: point -> the blocks whose label is there, in layout
    order) when all but the last have no code: a block of phis alone, whose copies are on its incoming edges,
    falling through into the next. An edge enters the one of them its IR predecessor is a predecessor of (csmith
    seed 341256: a loop header of phis alone shared its point with the block it falls into, and the renames of
    its phis were lost)."""
    m, fn = b.model, b.fn
    incoming_of = incoming_by_predecessor(fn)
    into: dict[int, list[int]] = {}
    for q, targets in enumerate(successors):
        for t in targets:
            into.setdefault(t, []).append(q)
    for q, targets in enumerate(successors):
        for t in targets:
            candidates = [fn.blocks[block] for block in block_start.get(t, ())]
            phis_of = {succ.id: [ins for ins in succ.instructions if ins.opcode == "phi" and ins.result is not None
                                 and _scalar_value(fn, ValueRef(ins.result)) is not None] for succ in candidates}
            if not any(phis_of.values()):
                continue
            entered = None
            for succ in sorted(candidates, key=lambda c: not phis_of[c.id]):   # blocks with phis first
                pred = _edge_predecessor(m, fn, q, succ.id, successors, block_start, labelled, into)
                if pred in succ.predecessors:
                    entered = succ
                    break
            if entered is None:
                raise ModelError(f"cannot tell which predecessor of {candidates[0].name} an edge into it comes from",
                                 q)
            for phi in phis_of[entered.id]:
                assert phi.result is not None
                incoming = incoming_of[phi.id][pred]
                source = _scalar_value(fn, incoming)
                if source is None and (phi.result, pred) in b.incoming_image:   # a constant: its value's id
                    source = b.constant_value[b.incoming_image[(phi.result, pred)]]
                m.renames.append((q, t, phi.result, phi.result if source is None else source))


def _edge_predecessor(m: CodeModel, fn: Function, q: int, succ: int, successors: list[list[int]],
                      block_start: dict[int, list[int]], labelled: set[int], into: dict[int, list[int]]) -> int | None:
    """The IR block the edge leaving point `q` comes from, as an edge into IR block `succ` (`_phi_renames`)."""
    ir = m.ir_of[q]
    pred = fn.instructions[ir].block if ir is not None else None
    if _is_phi_of(fn, ir, succ):   # the edge leaves from succ's own phi copies
        p = q
        while p > 0 and p not in labelled and _is_phi_of(fn, m.ir_of[p], succ):
            p -= 1
        before = m.ir_of[p]
        falls = p + 1 not in labelled and p + 1 in successors[p] and not _is_phi_of(fn, before, succ)
        pred = fn.instructions[before].block if falls and before is not None else None
        if 0 in block_start.get(p, ()) and _is_phi_of(fn, before, succ):
            pred = fn.blocks[0].id   # the copies open the entry block: nothing but the prologue reaches them
        elif _is_phi_of(fn, before, succ) and len(into.get(p, ())) == 1:
            only = m.ir_of[into[p][0]]   # the copies open a label one instruction reaches (a call's return)
            if only is not None and not _is_phi_of(fn, only, succ):
                pred = fn.instructions[only].block
    return pred


def _is_phi_of(fn: Function, ir: int | None, block: int) -> bool:
    """Whether IR instruction `ir` is a phi of block `block` (its copies are the edge's parallel move)."""
    return ir is not None and fn.instructions[ir].opcode == "phi" and fn.instructions[ir].block == block


def _operands_text(ins: Instruction, symbolic: SymbolicInstruction | None) -> str:
    parts = [f"r{r}" for r in (ins.rd, ins.ra, ins.rb) if r is not None]
    if ins.x is not None and (symbolic is None or symbolic.x_label is None):
        parts.append(str(ins.x if ins.x < 1 << 63 else ins.x - (1 << 64)))
    if symbolic is not None and symbolic.x_label is not None:
        parts.append(symbolic.x_label)
    if symbolic is not None and symbolic.target is not None:
        parts.append(symbolic.target)
    return (" " + ", ".join(parts)) if parts else ""


def _is_call(symbolic: SymbolicInstruction | None) -> bool:
    """A call under the ABI: `load_imm_jump(_ind) r0, <return site>, ...` whose immediate is a local label."""
    return (symbolic is not None and symbolic.x_label is not None and symbolic.ra == RA
            and symbolic.opcode in (Opcode.LOAD_IMM_JUMP, Opcode.LOAD_IMM_JUMP_IND))


def _successors(point: int, ins: Instruction, symbolic: SymbolicInstruction | None, label_point: dict[str, int],
                count: int) -> list[int]:
    eff = effects(ins)

    def local(label: str | None) -> int:
        if label is None or label not in label_point:
            raise ModelError(f"branch to {label!r} outside the function", point)
        return label_point[label]

    if _is_call(symbolic):
        assert symbolic is not None
        return [local(symbolic.x_label)]
    out: list[int] = []
    for kind in eff.control:
        if kind is ControlKind.BRANCH:
            out.append(local(symbolic.target if symbolic else None))
        elif kind is ControlKind.JUMP:
            return out + [local(symbolic.target if symbolic else None)]
        elif kind is ControlKind.DJUMP:
            if eff.djump_register == RA and ins.x == 0:
                return out   # return to the caller
            raise ModelError(f"dynamic jump {ins.opcode.mnemonic} that is neither a call nor a return", point)
        elif kind is ControlKind.TRAP:
            return out
    if point + 1 < count:
        out.append(point + 1)
    elif ins.opcode is not Opcode.FALLTHROUGH or not out:
        if not eff.control or ControlKind.BRANCH in eff.control:
            raise ModelError("control falls off the end of the function", point)
    return out


def _stack_offsets(items: list[tuple[Instruction, SymbolicInstruction | None, int]],
                   successors: list[list[int]]) -> list[int]:
    """r1 minus its entry value before each point (bytes); ModelError if it is not the same on every path."""
    offset: list[int | None] = [None] * len(items)
    if items:
        offset[0] = 0
    work = [0] if items else []
    while work:
        p = work.pop()
        current = offset[p]
        assert current is not None
        after = current
        for w in effects(items[p][0]).writes:
            if w.register == SP:
                if w.kind is not WriteKind.SP_ADD or w.offset is None:
                    raise ModelError("the stack pointer is written with an unknown value", p)
                after += w.offset
        for q in successors[p]:
            if offset[q] is None:
                offset[q] = after
                work.append(q)
            elif offset[q] != after:
                raise ModelError("the stack pointer differs between paths into one instruction", q)
    return [o if o is not None else 0 for o in offset]


def _entry_state(b: _Builder) -> None:
    m, fn = b.model, b.fn
    for reg, value in b.entry_value.items():
        m.init.append((reg, value))
    firsts, _ = abi.argument_words([t.bits for t in fn.param_types])
    for info in fn.values:
        if info.param_index is None:
            continue
        values = b.word_values(ValueRef(info.id)) or [info.id]   # an i128 takes two words
        for k, value in enumerate(values):
            word = firsts[info.param_index] + k
            reg = abi.word_register(word)
            if reg is not None:
                m.init.append((int(reg), value))
            else:
                cell = b.cell(b.frame_size + abi.stack_word_offset(word))
                if cell is not None:
                    m.init.append((cell, value))


def _scalar_value(fn: Function, operand: object) -> int | None:
    """The value id of an operand that fits one register (part 0 of the ABI's representation), else None."""
    if isinstance(operand, ValueRef):
        ty = fn.values[operand.id].type
        if is_word(ty):
            return operand.id
    return None


def _facts(b: _Builder, point: int, ins: Instruction, symbolic: SymbolicInstruction | None,
           e: EmittedInstruction, sp: int) -> None:
    """Add the copies, defs, kills and claims of one point."""
    m, fn = b.model, b.fn
    ir = fn.instructions[e.ir_instruction] if e.ir_instruction is not None else None
    eff = effects(ins)
    base = sp + b.frame_size   # frame-base offset of r1 here
    word_def = _word_definition(b, e, ir, eff, base)
    pure_move = not _is_call(symbolic) and _moves_between_locations(b, eff, base) and not _computes_new_value(e, ir) \
        and word_def is None
    if not pure_move:
        (b.reading if ir is not None else b.unclaimed).append((point, register_effects(ins)[0]))
        written = {w.register for w in eff.writes}
        parts = dict(e.read_parts)
        for reg, value in e.reads:   # other claims about wider values (aggregates) are left to the temporary
            if value is not None and reg in parts:
                value = b.word_value.get((value, parts[reg]))
            elif value is not None and _scalar_value(fn, ValueRef(value)) is None:
                value = None
            if value is not None:
                m.claims.append((point, reg, value))
                if ir is not None and reg not in written:
                    # the claim proves `reg` holds `value` here and the point leaves it alone: it is where the
                    # code of `ir` found its operand, which serves as `ir`'s temporary from here on
                    b.operand_held.append((point, reg, b.temporary_owner(ir).id))
    if _is_call(symbolic):
        _call_facts(b, point, ir, base)
        return
    last_register = eff.writes[-1].register if eff.writes else None
    for w in eff.writes:
        if w.kind is WriteKind.SP_ADD:
            continue
        if w.kind is WriteKind.COPY and w.source is not None and not _computes_new_value(e, ir):
            m.copies.append((point, w.register, w.source))
            continue
        if w.kind is WriteKind.LOAD and w.offset is not None:
            cell = b.cell(base + w.offset)
            if cell is not None:
                m.copies.append((point, w.register, cell))
                continue
        held = [e.writes] if e.writes is not None and w.register == last_register else []
        constant = _constant_loaded(b, ins, symbolic)
        if constant is not None:
            held.append(constant)
        for value in held:
            m.defs.append((point, w.register, value))
        if ir is not None:
            b.temporary_defs.append((point, w.register, b.temporary_owner(ir).id, f"overwritten by {m.text[point]}",
                                     not held))
        elif not held:
            _kill(m, point, w.register, f"overwritten by {m.text[point]}")
    for access in eff.stores:
        if access.offset is None:
            continue
        offset = base + access.offset
        cell = b.cell(offset) if access.size == 8 else None
        if word_def is not None and cell == word_def[0]:
            m.defs.append((point, *word_def))
        elif cell is not None and access.source is not None:
            m.copies.append((point, cell, access.source))
        else:
            for c in b.cells_overlapping(offset, access.size):
                _kill(m, point, c, f"overwritten by {m.text[point]}")
    if ControlKind.HOST in eff.control:
        _host_facts(b, point, ir)
    if ControlKind.DJUMP in eff.control and not eff.writes:
        _return_facts(b, point, ir, sp)


def _word_definition(b: _Builder, e: EmittedInstruction, ir: IRInstruction | None, eff: Effects,
                     base: int) -> tuple[int, int] | None:
    """(cell, word value) when the instruction stores a word of the i128 its IR instruction defines into that
    word's cell of the result's home slot (`EmittedInstruction.slot_store`): the store defines the word (check 3
    proves that it is the word of the IR result). A call's result words come from r7 and r8 by the ABI
    (`_call_facts`); the store of them is a move."""
    if e.slot_store is None or ir is None or ir.result != e.slot_store or ir.opcode == "call" \
            or len(eff.stores) != 1 or eff.stores[0].offset is None or eff.stores[0].size != 8:
        return None
    word = b.word_at.get(base + eff.stores[0].offset)
    if word is None or word[0] != e.slot_store:
        return None
    cell = b.cell(base + eff.stores[0].offset)
    return None if cell is None else (cell, b.word_value[word])


def _constant_loaded(b: _Builder, ins: Instruction, symbolic: SymbolicInstruction | None) -> int | None:
    """The constant value (model id) a `load_imm` / `load_imm_64` of a constant some class equals writes."""
    if symbolic is not None or ins.opcode not in (Opcode.LOAD_IMM, Opcode.LOAD_IMM_64) or ins.x is None:
        return None
    return b.constant_value.get(ins.x & ((1 << 64) - 1))


def _computes_new_value(e: EmittedInstruction, ir: IRInstruction | None) -> bool:
    """Whether an instruction whose meaning is a register copy (e.g. `or r2, r12, r12`) is really its IR
    arithmetic computing a new SSA value (`%same1 = or %v, %v`): it defines the value its provenance names,
    which is the IR instruction's result and not a value it reads. Its operands' claims are checked; the
    destination holds the new value, not the source's (the two are equal, but they are different SSA values)."""
    return (e.writes is not None and ir is not None and ir.opcode in _ARITHMETIC and ir.result == e.writes
            and all(value != e.writes for _, value in e.reads))


_ARITHMETIC = frozenset({"add", "sub", "mul", "and", "or", "xor", "shl", "lshr", "ashr", "udiv", "sdiv", "urem",
                         "srem"})
"""IR operations that always define a new SSA value; casts, GEPs and phis may be register copies of their
operand and are handled by value classes and phi renaming instead."""

_PURE = _ARITHMETIC | {"icmp", "select", "getelementptr", "bitcast", "addrspacecast", "ptrtoint", "inttoptr", "zext",
                       "sext", "trunc"}
"""IR operations whose result is a function of their operands alone (no memory, no side effect, deterministic:
not freeze, whose result on poison may differ between executions)."""


def _moves_between_locations(b: _Builder, eff: Effects, base: int) -> bool:
    """Whether the instruction only moves data between tracked locations (register copies, frame-cell loads
    and stores): such moves carry no claims, their effect is their meaning. A store to memory, a load from it,
    or any computation is a consumer of its operands and its provenance claims are checked."""
    if eff.control or not (eff.writes or eff.stores):
        return False
    for w in eff.writes:
        if w.kind is WriteKind.COPY:
            continue
        if w.kind is WriteKind.LOAD and w.offset is not None and b.cell(base + w.offset) is not None:
            continue
        return False
    return all(a.offset is not None and a.size == 8 and b.cell(base + a.offset) is not None for a in eff.stores)


def _kill(m: CodeModel, point: int, location: int, why: str) -> None:
    m.kills.append((point, location))
    m.why_killed[(point, location)] = why


def _call_facts(b: _Builder, point: int, ir: IRInstruction | None, base: int) -> None:
    """A call: argument obligations (abi calling convention), then the ABI's clobbers and the result in r7."""
    m, fn = b.model, b.fn
    if ir is None or ir.opcode != "call":
        raise ModelError("a call instruction without its IR call", point)
    firsts, _ = abi.argument_words([t.bits for t in ir.operand_types])
    for operand, first in zip(ir.operands, firsts):
        value = _scalar_value(fn, operand)
        words = [value] if value is not None else b.word_values(operand)   # an i128 takes two words
        for word, value in enumerate(words):
            reg = abi.word_register(first + word)
            if reg is not None:
                m.claims.append((point, int(reg), value))
            else:
                cell = b.cell(base + abi.stack_word_offset(first + word))
                if cell is not None:
                    m.claims.append((point, cell, value))
    result = ir.result if ir.result is not None and _scalar_value(fn, ValueRef(ir.result)) is not None else None
    result_words = b.word_values(ValueRef(ir.result)) if ir.result is not None and result is None else []
    wide = ir.result is not None and result is None   # an i128 or aggregate result: r7, r8 (abi)
    for reg in abi.CALL_CLOBBERED:
        if int(reg) == A0 and result is not None:
            m.defs.append((point, A0, result))
        elif result_words and int(reg) in (A0, A0 + 1):
            m.defs.append((point, int(reg), result_words[int(reg) - A0]))
        elif wide and int(reg) in (A0, A0 + 1):
            b.temporary_defs.append((point, int(reg), ir.id, f"clobbered by the call {ir.text.strip()}", True))
        else:
            _kill(m, point, int(reg), f"clobbered by the call {ir.text.strip()}")
    for offset in range(0, b.out_area, 8):
        cell = b.cell(offset)
        if cell is not None:
            _kill(m, point, cell, f"outgoing argument area, may be changed by the callee of {ir.text.strip()}")


def _host_facts(b: _Builder, point: int, ir: IRInstruction | None) -> None:
    """`ecalli`: argument obligations (abi host calls), then r7/r8 clobbered; an i64 result is r7."""
    m, fn = b.model, b.fn
    if ir is None or ir.opcode != "call":
        raise ModelError("an ecalli without its IR host call", point)
    for operand, reg in zip(ir.operands[1:], abi.HOST_ARG_REGISTERS):   # what `ecalli` reads (abi)
        value = _scalar_value(fn, operand)
        if value is not None:
            m.claims.append((point, int(reg), value))
    full = ir.result is not None and ir.type.kind is TypeKind.INT and ir.type.bits == 64
    for reg in (int(r) for r in abi.HOST_CALL_CLOBBERED):
        if reg == A0 and full:
            assert ir.result is not None
            m.defs.append((point, A0, ir.result))
        elif reg == A0 and ir.result is not None:   # a narrower result: its code takes it from r7 and extends it
            b.temporary_defs.append((point, A0, ir.id, f"clobbered by the host call {ir.text.strip()}", True))
        else:
            _kill(m, point, reg, f"clobbered by the host call {ir.text.strip()}")


def _return_facts(b: _Builder, point: int, ir: IRInstruction | None, sp: int) -> None:
    """A return: r1 back at its entry value, caller's r0 and r9-r12 restored (r0 alone in a function only the
    entry stub calls, `EmittedFunction.entry_only`: abi "Entry"), the result in r7."""
    m, fn = b.model, b.fn
    if sp != 0:
        raise ModelError(f"return with the stack pointer {sp:+d} bytes from its entry value", point)
    restored = abi.STUB_CALLEE_RESTORED if b.em.entry_only else abi.CALLEE_RESTORED
    for reg, value in b.entry_value.items():
        if reg in restored:
            m.claims.append((point, reg, value))
    if ir is not None and ir.opcode == "ret" and ir.operands:
        value = _scalar_value(fn, ir.operands[0])
        words = [value] if value is not None else b.word_values(ir.operands[0])   # an i128 in r7 and r8
        for word, value in enumerate(words):
            m.claims.append((point, A0 + word, value))
