"""The state of lowering one function, shared by the lowering of each instruction family.

What it does: `FunctionLowering` bundles the IR function, its frame, the link context, the allocation being
realised, the selection decisions (`pvm_backend.selection`), the build's fault switches and the
`FunctionBuilder` that accumulates the instructions; the family modules (`scalar`, `wide`, `calls`,
`intrinsics`, `control`) take it as their first argument, and `lowering` creates it. It lives in its own module
so that `lowering` imports the families and the families import only this (no import cycle).

Assumes: the IR view's contract; `frame` was built for `function` with the allocation's registers saved.

Guarantees: the block order is `ir_facts.block_order`, the one order of emission, liveness and allocation.
"""

from __future__ import annotations

from pvm_backend.allocation import Allocation
from pvm_backend.faults import NO_FAULTS, Faults
from pvm_backend.ir import Function, Instruction as IRInstruction, Operand, ValueRef
from pvm_backend.ir_facts import block_order, incoming_by_predecessor, is_word
from pvm_backend.selection import Selection

from .builder import FunctionBuilder, LinkContext
from .frame import Frame
from .items import EmittedInstruction


class FunctionLowering:
    """State of lowering one function (shared by the family modules)."""

    def __init__(self, function: Function, frame: Frame, ctx: LinkContext, allocation: Allocation,
                 selection: Selection, faults: Faults = NO_FAULTS, block_local: dict[int, int] | None = None) -> None:
        self.fn = function
        self.frame = frame
        self.ctx = ctx
        self.assignment = allocation
        """The allocation being realised."""
        self.selection = selection
        """The function's selection decisions (fused compares)."""
        self.faults = faults
        """The build's test-only fault switches."""
        self.b = FunctionBuilder(function.name, frame, ctx, allocation, faults, selection.scratch_of,
                                 {ins.id: ins.result for ins in function.instructions if ins.result is not None},
                                 frozenset(v.id for v in function.values if not is_word(v.type)), block_local)
        self.order = block_order(function)
        self._next = {a: c for a, c in zip(self.order, self.order[1:])}
        self.edge_blocks: dict[str, tuple[int, int]] = {}
        self.edge_items: list[EmittedInstruction] = []
        self.value_at_slot = {offset: vid for vid, offset in frame.slot_of.items()}
        self.phi_id_of_value = {ins.result: ins.id for ins in function.instructions if ins.opcode == "phi"}
        self.incoming = incoming_by_predecessor(function)
        """Phi id -> predecessor block -> its incoming value (`ir_facts.incoming_by_predecessor`)."""
        self.reloads_after = dict(allocation.reloads_after)
        """IR id of a call -> allocated values split around it (`Allocation.reloads_after`)."""

    def reload_split_values(self, call: int) -> None:
        """Right after call `call`: reload every value split around it into its register (live-range splitting
        at call sites, `Allocation.reloads_after`; counted in `reloads`)."""
        b = self.b
        for value in self.reloads_after.get(call, ()):
            reg = b.regs.register_of(value)
            if reg is not None and not b.regs.holds(reg, value):
                b.use(ValueRef(value), reg)

    def block_label(self, block: int) -> str:
        """Label of IR block `block`."""
        return f"{self.fn.name}/b{block}"

    def next_block(self, block: int) -> int | None:
        """The block laid out after `block`, or None."""
        return self._next.get(block)

    def fused_compare(self, cond: Operand) -> IRInstruction | None:
        """The icmp fused into the branch on `cond`, if any (`Selection.fused_compare`)."""
        return self.selection.fused_compare(cond)
