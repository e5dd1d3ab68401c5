"""Instruction-selection decisions made before register allocation, read by the allocation problem and the emitter.

What it does: `select(function)` decides, once per function, the choices of instruction selection that change
*where* an operand is read, so that the allocation problem (`regalloc_problem`) places uses where the emitter
really reads them and the emitter (`emitter.lowering`) emits exactly what was decided:

  * fused compares: an `icmp` whose only use is the condition of its own block's two-way `br`, comparing at
    most 64 bits, emits no code at its own position; the branch compares its operands directly
    (`branch_eq` / `branch_lt_u` ...), so they are read at the block's terminator.

A second decision is a property of every lowering rather than a choice per instruction, and is stated here so
that allocators other than linear scan respect it: an instruction may write its result register before it has
read all its operands (`select` loads the false value into the destination, then conditionally moves the true
value), so a result never shares a register with an operand of its own instruction
(`regalloc_problem.emitter_conflicts`).

Assumes: the IR view's contract; operand occurrences as `ir_facts.all_operands` counts them.

Guarantees: `Selection` is frozen; `reads_at(ins)` is the id of the instruction at whose position `ins`'s
operands are read (itself, or its block's terminator for a fused icmp).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pvm_backend.ir import Function, Instruction, Operand, ValueRef
from pvm_backend.ir_facts import use_counts


@dataclass(frozen=True, slots=True)
class Selection:
    """The selection decisions of one function."""

    fused: dict[int, Instruction] = field(default_factory=dict)
    """Value id of an i1 branch condition -> the icmp fused into that branch (emits no code of its own)."""
    read_position: dict[int, int] = field(default_factory=dict)
    """Instruction id -> id of the instruction at whose position its operands are read, for instructions
    whose operands are not read at their own position (fused icmps: their block's terminator)."""

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
    return Selection(fused, read_position)
