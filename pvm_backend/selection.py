"""Instruction-selection decisions made before register allocation, read by the allocation problem and the emitter.

What it does: `select(function)` decides, once per function, the choices of instruction selection that change
*where* an operand is read, so that the allocation problem (`regalloc_problem`) places uses where the emitter
really reads them and the emitter (`emitter.lowering`) emits exactly what was decided:

  * fused compares: an `icmp` whose only use is the condition of its own block's two-way `br`, comparing at
    most 64 bits, emits no code at its own position; the branch compares its operands directly
    (`branch_eq` / `branch_lt_u` ...), so they are read at the block's terminator.

  * scratch registers: which of the caller-saved r5-r8 (`abi.CALLER_SAVED`) the lowering of each IR
    instruction writes for its own purposes (loop counters and data of memory intrinsics, the parts of i128
    arithmetic, the argument and result registers of calls, host calls and returns), beyond the registers of
    the values it defines or reloads. The full register model offers r5-r8 to a value only where no
    instruction inside its interval needs them (`Selection.scratch`, `regalloc_problem`, the contract's
    ``scratch`` rule); r2-r4 are the temporaries of every lowering and never allocated. The builder refuses a
    write outside this declaration (`emitter.builder.FunctionBuilder.emit`), so the table cannot drift from the
    lowerings.

A second decision is a property of every lowering rather than a choice per instruction, and is stated here so
that allocators other than linear scan respect it: an instruction may write its result register before it has
read all its operands (`select` loads the false value into the destination, then conditionally moves the true
value), so a result never shares a register with an operand of its own instruction
(`regalloc_problem.emitter_conflicts`). The one exception is `READS_BEFORE_WRITE`: the lowering of an integer
binary operation of at most 64 bits (`emitter.scalar.lower_binary`) reads both operands (from their registers, or
into the temporaries r2-r4) before its one instruction writes the result, so there the result may take the
register of an operand whose last read it is (`pvm_backend.baseline` uses this for the emitter's baseline).

Assumes: the IR view's contract; operand occurrences as `ir_facts.all_operands` counts them.

Guarantees: `Selection` is frozen; `reads_at(ins)` is the id of the instruction at whose position `ins`'s
operands are read (itself, or its block's terminator for a fused icmp); `scratch_of(ins)` is a subset of r5-r8.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pvm_backend import abi
from pvm_backend.ir import Function, Instruction, Operand, ValueRef
from pvm_backend.ir_facts import CallKind, call_kind, intrinsic_family, use_counts

_EVERY = frozenset(int(r) for r in abi.CALLER_SAVED)
_RESULT = frozenset({int(abi.Reg.A0), int(abi.Reg.A1)})
_LOOP = frozenset({int(abi.Reg.S0), int(abi.Reg.S1)})
#: Intrinsic families whose inline lowering (`emitter.intrinsics`) computes in r5 and r6.
SCRATCH_INTRINSICS = frozenset({"memcpy", "memmove", "memset", "ucmp", "scmp", "uadd.sat", "usub.sat",
                                "sadd.sat", "ssub.sat", "sadd.with.overflow", "uadd.with.overflow",
                                "ssub.with.overflow", "usub.with.overflow", "smul.with.overflow",
                                "umul.with.overflow"})


#: IR opcodes whose lowering reads every operand before it writes the result (module docstring), when neither
#: the result nor an operand is wider than 64 bits.
READS_BEFORE_WRITE = frozenset({"add", "sub", "mul", "and", "or", "xor", "shl", "lshr", "ashr", "udiv", "sdiv",
                                "urem", "srem"})


def reads_before_write(ins: Instruction) -> bool:
    """Whether `ins`'s result may share a register with an operand whose last read it is (`READS_BEFORE_WRITE`)."""
    return (ins.opcode in READS_BEFORE_WRITE and ins.type.bits <= 64
            and all(t.bits <= 64 for t in ins.operand_types))


@dataclass(frozen=True, slots=True)
class Selection:
    """The selection decisions of one function."""

    fused: dict[int, Instruction] = field(default_factory=dict)
    """Value id of an i1 branch condition -> the icmp fused into that branch (emits no code of its own)."""
    read_position: dict[int, int] = field(default_factory=dict)
    """Instruction id -> id of the instruction at whose position its operands are read, for instructions
    whose operands are not read at their own position (fused icmps: their block's terminator)."""

    scratch: dict[int, frozenset[int]] = field(default_factory=dict)
    """IR instruction id -> the caller-saved registers (r5-r8) its lowering writes for its own purposes; absent
    when none (module docstring)."""

    def scratch_of(self, ins: Instruction | int) -> frozenset[int]:
        """The caller-saved registers (r5-r8) the lowering of `ins` (an instruction or its id) writes for its own
        purposes: no value other than the ones it defines may be in them while it runs."""
        return self.scratch.get(ins if isinstance(ins, int) else ins.id, frozenset())

    def fused_compare(self, cond: Operand) -> Instruction | None:
        """The icmp fused into the branch on `cond`, if any."""
        return self.fused.get(cond.id) if isinstance(cond, ValueRef) else None

    def reads_at(self, ins: Instruction) -> int:
        """Id of the instruction at whose position `ins` reads its operands."""
        return self.read_position.get(ins.id, ins.id)


def select(function: Function) -> Selection:
    """The selection decisions of `function` (module docstring)."""
    uses = use_counts(function)
    fused: dict[int, Instruction] = {}
    read_position: dict[int, int] = {}
    for block in function.blocks:
        term = block.terminator
        if term.opcode == "br" and len(term.successors) == 2 and isinstance(term.operands[0], ValueRef):
            cond = term.operands[0].id
            info = function.values[cond]
            if info.instruction is None:
                continue
            defn = function.instructions[info.instruction]
            if (defn.opcode == "icmp" and defn.block == block.id and uses.get(cond) == 1
                    and defn.operand_types[0].bits <= 64):
                fused[cond] = defn
                read_position[defn.id] = term.id
    scratch = {ins.id: regs for ins in function.instructions if (regs := scratch_registers(ins))}
    return Selection(fused, read_position, scratch)


def scratch_registers(ins: Instruction) -> frozenset[int]:
    """The caller-saved registers (r5-r8) the lowering of `ins` writes for its own purposes: all four for a
    call (it clobbers them, `abi.CALL_CLOBBERED`), a host call (its arguments and result travel in r7 and r8; r5
    and r6 are kept out of its interval too, so no value is ever in r5-r8 across an `ecalli`) and an i128
    computation or move (`emitter.wide` computes in r2-r8); r7 and r8 for `ret` (the result); r5 and r6 for the
    intrinsics of `SCRATCH_INTRINSICS`; none for every other instruction, phis and allocas included."""
    if ins.opcode in ("phi", "alloca"):
        return frozenset()   # no code of their own (a phi's copies are on its edges, through r2 and r3)
    kind = call_kind(ins)
    if kind in (CallKind.CALL, CallKind.HOST):
        return _EVERY
    if kind is CallKind.INTRINSIC:
        if any(t.bits > 64 for t in (ins.type, *ins.operand_types)):
            return _EVERY
        return _LOOP if intrinsic_family(ins.callee or "") in SCRATCH_INTRINSICS else frozenset()
    if ins.opcode == "ret":
        return _RESULT
    if any(t.bits > 64 for t in (ins.type, *ins.operand_types)):
        return _EVERY
    return frozenset()
