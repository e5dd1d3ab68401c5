"""Lowering of one IR function to emitted PVM instructions (the stack-slot baseline).

What it does: `lower_function(function, ctx, allocation, selection, faults)` builds the frame, emits the entry
label and prologue, then every block in the shared block order (`ir_facts.block_order`) with its label, dispatching each IR instruction to the lowering
of its family (scalar, wide i128, calls, intrinsics, control flow), and finally the edge blocks that hold phi
copies of split critical edges.

Assumes: the IR view's contract (dense ids, layout-ordered blocks); the link context knows every global address
and every defined function's signature.

Guarantees: returns an `EmittedFunction` whose labels are block starts and whose instructions carry
provenance; raises UnsupportedError (function, block and instruction named) for anything outside the integer
subset: floating point, vectors, atomics, varargs, unknown intrinsics, undefined callees.
"""

from __future__ import annotations

import time

from pvm_backend import abi
from pvm_backend.allocation import Allocation
from pvm_backend.errors import UnsupportedError
from pvm_backend.faults import NO_FAULTS, Fault, Faults
from pvm_backend.ir import Function, GlobalAddr, Instruction as IRInstruction, TypeKind
from pvm_backend.ir_facts import CallKind, call_kind, incoming_parameter_registers
from pvm_backend.selection import Selection, select

from . import calls, control, intrinsics, scalar, wide
from .block_local import BaselineRegisters, block_local_registers
from .builder import LinkContext
from .context import FunctionLowering
from .frame import build_frame
from .items import EmittedFunction, Label, entry_label

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


class DeadlinePassed(Exception):
    """A lowering given a `deadline` found it passed (`lower_function`, `pipeline.emit_function`)."""


DEADLINE_STRIDE = 256
"""A lowering with a deadline looks at the clock before each IR instruction whose id is a multiple of this (about
every 25 ms of lowering at 10k IR instructions/s)."""


def lower_function(function: Function, ctx: LinkContext, allocation: Allocation | None = None,
                   selection: Selection | None = None, faults: Faults = NO_FAULTS, *,
                   block_local: bool = True, baseline: BaselineRegisters | None = None,
                   deadline: float | None = None) -> EmittedFunction:
    """Lower `function` (a definition) to an `EmittedFunction`, keeping the values of `allocation` (value ->
    callee-saved register) in registers as well as in their slots (`regstate`); without it, the stack-slot
    baseline. With `block_local`, values that never leave their block are kept in registers the allocation
    leaves free (`block_local.block_local_registers`), or, when `baseline` is given, the registers it names
    and the values it keeps at block starts (cross-block values too: `pvm_backend.baseline`). `selection` is
    the function's selection decisions
    (`pvm_backend.selection.select`, computed when not given); `faults` the build's test-only fault switches.
    With a `deadline` (a `time.perf_counter()` time) it raises DeadlinePassed as soon as it finds the deadline
    passed (it looks before lowering each IR instruction whose id is a multiple of `DEADLINE_STRIDE`): a caller
    measuring within a time limit (the optimal allocator's gas model) does not wait for the rest of a large
    function.
    Raises UnsupportedError / CompileError."""
    if function.is_vararg:
        raise UnsupportedError("varargs functions are not supported", function.name)
    for ty in (*function.param_types, function.return_type):
        if ty.kind not in (TypeKind.INT, TypeKind.PTR, TypeKind.VOID):
            raise UnsupportedError(f"parameters and results of type {ty.text} are not supported", function.name)
    assignment = allocation or Allocation(function.name)
    # A precoloured parameter kept in the register it arrived in writes nothing: only other values make the
    # prologue save a register (and every return restore it); the caller-saved r5-r8 are never saved.
    arrived = set(incoming_parameter_registers(function))
    extra = tuple(sorted({abi.Reg(r) for v, r in assignment.registers
                          if (v, abi.Reg(r)) not in arrived and abi.Reg(r) in abi.CALLEE_SAVED}))
    entry_only = function.name in ctx.entry_only
    frame = build_frame(function, ctx.stack_size, extra_saved=extra, entry_only=entry_only)
    selection = selection or select(function)
    if block_local and baseline is None:
        baseline = BaselineRegisters(block_local_registers(function, selection, assignment, entry_only))
    local = baseline.registers if block_local and baseline is not None else {}
    kept = baseline.live_in if block_local and baseline is not None else {}
    cx = FunctionLowering(function, frame, ctx, assignment, selection, faults, local)
    b = cx.b
    b.label(entry_label(function.name))
    control.emit_prologue(cx)
    emitted: set[int] = set()
    live_in = dict(assignment.live_in)
    for block_id in cx.order:
        block = function.blocks[block_id]
        # The label's fall-through (if any) still belongs to the previous block's terminator, so every edge into
        # a block leaves from an instruction of its IR predecessor (the verifier maps phis by that edge).
        stale = Fault.LABEL_STALE_STATE in faults and len(block.predecessors) > 1   # FAULT: keep r2-r8's cache
        b.label(cx.block_label(block_id), back_edge=any(p not in emitted for p in block.predecessors),
                live=live_in.get(block_id, ()), kept=kept.get(block_id, ()), keep_temps=stale)
        b.current_ir = block.instructions[0].id if block.instructions else None
        emitted.add(block_id)
        for ins in block.instructions:
            if deadline is not None and ins.id % DEADLINE_STRIDE == 0 and time.perf_counter() > deadline:
                raise DeadlinePassed(function.name)
            b.current_ir = ins.id
            # The registers this instruction writes for itself hold nothing that is read after it starts
            # (`Selection.scratch`): forget them now, so that a loop inside its code (memcpy) finds at its back
            # edge the state its head assumed. A call's clobbers happen in the callee, after its arguments are
            # read (a block-local value may be one, `block_local`), and `after_call` forgets them there.
            if call_kind(ins) is not CallKind.CALL:
                b.regs.clobber(tuple(cx.selection.scratch_of(ins)))
            try:
                lower_instruction(cx, ins)
            except UnsupportedError as exc:
                if exc.function is not None or exc.instruction is not None:
                    raise
                raise type(exc)(str(exc), function.name, block.name, ins.text) from None
    b.items.extend(cx.edge_items)
    items = b.finish_items()
    return EmittedFunction(name=function.name, instructions=items, frame=frame,
                           labels=tuple(e.instruction.name for e in items if isinstance(e.instruction, Label)),
                           block_labels=tuple((i, cx.block_label(i)) for i in cx.order),
                           ir_instruction_count=len(function.instructions),
                           registers=assignment.registers, counters=b.regs.counters(),
                           register_model=assignment.model, addresses=_addresses(function, ctx, b.function_addresses),
                           entry_only=entry_only)


def _addresses(function: Function, ctx: LinkContext, functions: dict[str, int]) -> tuple[tuple[str, int], ...]:
    """`EmittedFunction.addresses`: the globals the IR operands name (by the link layout) and the functions whose
    jump-table address the code loaded."""
    names = {op.name for ins in function.instructions
             for op in (*ins.operands, *(v for _, v in ins.phi_incoming)) if isinstance(op, GlobalAddr)}
    found = {name: ctx.global_address[name] for name in names if name in ctx.global_address}
    return tuple(sorted({**found, **functions}.items()))


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
        kind = call_kind(ins)
        if kind is CallKind.INTRINSIC:
            intrinsics.lower_intrinsic(cx, ins)
        elif kind is CallKind.HOST:
            calls.lower_host_call(cx, ins)
        else:
            calls.lower_call(cx, ins)
    elif wide.is_wide(ins):
        wide.lower_wide(cx, ins)
    elif op in scalar.BINARY_OPCODES:
        scalar.lower_binary(cx.b, ins)
    elif op == "icmp":
        if ins.result not in cx.selection.fused:
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
