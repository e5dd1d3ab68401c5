"""Lowering of one IR function to emitted PVM instructions (the stack-slot baseline).

What it does: `lower_function(function, ctx)` builds the frame, emits the entry label and prologue, then every
block in the shared block order (`block_order`) with its label, dispatching each IR instruction to the lowering
of its family (scalar, wide i128, calls, intrinsics, control flow), and finally the edge blocks that hold phi
copies of split critical edges.

Assumes: the IR view's contract (dense ids, layout-ordered blocks); the link context knows every global address
and every defined function's signature.

Guarantees: returns an `EmittedFunction` whose labels are block starts and whose instructions carry
provenance; raises UnsupportedError (function, block and instruction named) for anything outside the integer
subset: floating point, vectors, atomics, varargs, unknown intrinsics, undefined callees.
"""

from __future__ import annotations

from pvm_backend import abi
from pvm_backend.errors import UnsupportedError
from pvm_backend.ir import Function, Instruction as IRInstruction, Operand, TypeKind, ValueRef

from . import calls, control, intrinsics, scalar, wide
from .builder import FunctionBuilder, LinkContext
from .frame import Frame, build_frame, host_call_arity
from .items import EmittedFunction, EmittedInstruction, Label, entry_label
from .regstate import RegisterAssignment

_IGNORED = frozenset({"phi", "alloca"})
_UNSUPPORTED_OPS = {
    "fadd": "floating point", "fsub": "floating point", "fmul": "floating point", "fdiv": "floating point",
    "frem": "floating point", "fneg": "floating point", "fcmp": "floating point", "fptrunc": "floating point",
    "fpext": "floating point", "fptoui": "floating point", "fptosi": "floating point",
    "uitofp": "floating point", "sitofp": "floating point", "atomicrmw": "atomics", "cmpxchg": "atomics",
    "fence": "atomics", "va_arg": "varargs", "extractelement": "vectors", "insertelement": "vectors",
    "shufflevector": "vectors", "landingpad": "exceptions", "invoke": "exceptions", "resume": "exceptions",
    "indirectbr": "indirect branches", "callbr": "callbr",
}


def block_order(function: Function) -> tuple[int, ...]:
    """The one block order used by emission, liveness and allocation alike: the IR layout order."""
    return tuple(block.id for block in function.blocks)


class FunctionLowering:
    """State of lowering one function (shared by the family modules)."""

    def __init__(self, function: Function, frame: Frame, ctx: LinkContext,
                 assignment: RegisterAssignment | None = None) -> None:
        self.fn = function
        self.frame = frame
        self.ctx = ctx
        self.assignment = assignment or RegisterAssignment()
        self.b = FunctionBuilder(function.name, frame, ctx, self.assignment)
        self.order = block_order(function)
        self._next = {a: c for a, c in zip(self.order, self.order[1:])}
        self.edge_blocks: dict[str, tuple[int, int]] = {}
        self.edge_items: list[EmittedInstruction] = []
        self.value_at_slot = {offset: vid for vid, offset in frame.slot_of.items()}
        self.phi_id_of_value = {ins.result: ins.id for ins in function.instructions if ins.opcode == "phi"}
        self.fused = fused_compares(function)

    def block_label(self, block: int) -> str:
        """Label of IR block `block`."""
        return f"{self.fn.name}/b{block}"

    def next_block(self, block: int) -> int | None:
        """The block laid out after `block`, or None."""
        return self._next.get(block)

    def fused_compare(self, cond: Operand) -> IRInstruction | None:
        """The icmp fused into the branch on `cond`, if any."""
        return self.fused.get(cond.id) if isinstance(cond, ValueRef) else None


def fused_compares(function: Function) -> dict[int, IRInstruction]:
    """The icmps the emitter fuses into their block's conditional branch: i1 result id → icmp.

    An icmp is fused when its only use is the condition of its own block's two-way `br` and it compares at most
    64 bits; it then emits no code at its own position, and its operands are read at the branch (the block's
    terminator). The allocation problem must place those reads there too (`regalloc_problem`).
    """
    uses: dict[int, int] = {}
    for ins in function.instructions:
        for operand in _operands(ins):
            if isinstance(operand, ValueRef):
                uses[operand.id] = uses.get(operand.id, 0) + 1
    fused: dict[int, IRInstruction] = {}
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
    return fused


def _operands(ins: IRInstruction) -> list[Operand]:
    ops = list(ins.operands)
    ops.extend(v for _, v in ins.phi_incoming)
    if ins.callee_operand is not None:
        ops.append(ins.callee_operand)
    if ins.gep is not None:
        ops.extend(t[0] for t in ins.gep.terms)
    return ops


def lower_function(function: Function, ctx: LinkContext,
                   assignment: RegisterAssignment | None = None) -> EmittedFunction:
    """Lower `function` (a definition) to an `EmittedFunction`, keeping the values of `assignment` (value ->
    callee-saved register) in registers as well as in their slots (`regstate`); without it, the stack-slot
    baseline. Raises UnsupportedError / CompileError."""
    if function.is_vararg:
        raise UnsupportedError("varargs functions are not supported", function.name)
    for ty in (*function.param_types, function.return_type):
        if ty.kind not in (TypeKind.INT, TypeKind.PTR, TypeKind.VOID):
            raise UnsupportedError(f"parameters and results of type {ty.text} are not supported", function.name)
    assignment = assignment or RegisterAssignment()
    extra = tuple(abi.Reg(r) for r in assignment.used_registers)
    frame = build_frame(function, ctx.stack_size, extra_saved=extra)
    cx = FunctionLowering(function, frame, ctx, assignment)
    b = cx.b
    b.label(entry_label(function.name))
    control.emit_prologue(cx)
    emitted: set[int] = set()
    live_in = dict(assignment.live_in)
    for block_id in cx.order:
        block = function.blocks[block_id]
        # The label's fall-through (if any) still belongs to the previous block's terminator, so every edge into
        # a block leaves from an instruction of its IR predecessor (the verifier maps phis by that edge).
        b.label(cx.block_label(block_id), back_edge=any(p not in emitted for p in block.predecessors),
                live=live_in.get(block_id, ()), merge=len(block.predecessors) > 1)
        b.current_ir = block.instructions[0].id if block.instructions else None
        emitted.add(block_id)
        for ins in block.instructions:
            b.current_ir = ins.id
            try:
                lower_instruction(cx, ins)
            except UnsupportedError as exc:
                if exc.function is not None or exc.instruction is not None:
                    raise
                raise UnsupportedError(str(exc), function.name, block.name, ins.text) from None
    b.items.extend(cx.edge_items)
    items = b.finish_items()
    return EmittedFunction(name=function.name, instructions=items, frame=frame,
                           labels=tuple(e.instruction.name for e in items if isinstance(e.instruction, Label)),
                           block_labels=tuple((i, cx.block_label(i)) for i in cx.order),
                           ir_instruction_count=len(function.instructions),
                           registers=assignment.registers, counters=b.regs.counters())


def lower_instruction(cx: FunctionLowering, ins: IRInstruction) -> None:
    """Dispatch one IR instruction to its family's lowering."""
    op = ins.opcode
    if op in _UNSUPPORTED_OPS:
        raise UnsupportedError(f"{_UNSUPPORTED_OPS[op]} is not supported ({op})")
    for ty in (ins.type, *ins.operand_types):
        if ty.kind in (TypeKind.FLOAT, TypeKind.VECTOR):
            raise UnsupportedError(f"{'vectors' if ty.kind is TypeKind.VECTOR else 'floating point'} "
                                   f"are not supported (type {ty.text})")
    if "atomic" in ins.flags or (op in ("load", "store") and " atomic " in f" {ins.text} "):
        raise UnsupportedError("atomics are not supported")
    if op in _IGNORED:
        return
    if op == "br":
        control.lower_br(cx, ins)
    elif op == "switch":
        control.lower_switch(cx, ins)
    elif op == "ret":
        control.lower_ret(cx, ins)
    elif op == "unreachable":
        cx.b.trap()
    elif op == "call":
        if ins.callee is not None and ins.callee.startswith("llvm."):
            intrinsics.lower_intrinsic(cx, ins)
        elif host_call_arity(ins.callee) is not None:
            calls.lower_host_call(cx, ins)
        else:
            calls.lower_call(cx, ins)
    elif wide.is_wide(ins):
        wide.lower_wide(cx, ins)
    elif op in scalar.BINARY_OPCODES:
        scalar.lower_binary(cx.b, ins)
    elif op == "icmp":
        if ins.result not in cx.fused:
            scalar.lower_icmp(cx.b, ins)
    elif op in ("zext", "sext", "trunc", "ptrtoint", "inttoptr"):
        scalar.lower_cast(cx.b, ins)
    elif op in ("freeze", "bitcast", "addrspacecast"):
        scalar.lower_copy(cx.b, ins, 2 if ins.type.bits > 64 else 1)
    elif op == "select":
        if ins.type.kind not in (TypeKind.INT, TypeKind.PTR):
            raise UnsupportedError(f"select of type {ins.type.text} is not supported")
        scalar.lower_select(cx.b, ins, 2 if ins.type.bits > 64 else 1)
    elif op == "load":
        scalar.lower_load(cx.b, ins)
    elif op == "store":
        scalar.lower_store(cx.b, ins)
    elif op == "getelementptr":
        scalar.lower_gep(cx.b, ins)
    elif op == "extractvalue":
        scalar.lower_extractvalue(cx.b, ins)
    elif op == "insertvalue":
        scalar.lower_insertvalue(cx.b, ins)
    else:
        raise UnsupportedError(f"instruction {op!r} is not supported")
