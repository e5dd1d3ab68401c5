"""Calls: direct and indirect calls of PVM functions, and host calls (`ecalli`).

What it does: places arguments by the abi (words 0-3 in r9-r12, further words in the outgoing area at
8·(w-4)), emits `load_imm_jump r0, ret, callee` or `load_imm_jump_ind r0, rF, ret, 0` with the return site
`ret` registered in the jump table, and stores r7 (and r8 for i128) to the result's slot. A call of a
declaration `host_call_N(id, a1..aN)` becomes `ecalli id` with a1..aN in r7, r8, r9, ... (abi docstring).

Assumes: direct callees are defined functions of the module (their signatures are in the link context).

Guarantees: the return site is a block start (it follows a terminator); calls of undefined functions,
varargs calls and non-constant host-call ids raise UnsupportedError naming the call.

Test-only fault switch (`pvm_backend.faults`, on only in a build whose options carry it): ``call-clobber`` in `lower_call`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pvm_backend import abi
from pvm_backend.errors import UnsupportedError
from pvm_backend.faults import Fault
from pvm_backend.isa import Instruction, Opcode
from pvm_backend.ir import Const, Instruction as IRInstruction, Operand, TypeKind, ValueRef
from pvm_backend.ir_facts import call_argument_registers, host_call_arity

from .items import SymbolicInstruction

SP, RA = int(abi.Reg.SP), int(abi.Reg.RA)
T0 = int(abi.Reg.T0)

if TYPE_CHECKING:
    from .context import FunctionLowering


def _check_types(cx: FunctionLowering, ins: IRInstruction) -> None:
    for ty in ins.operand_types:
        if ty.kind not in (TypeKind.INT, TypeKind.PTR):
            raise UnsupportedError(f"call argument of type {ty.text} is not supported")
    if ins.type.kind not in (TypeKind.INT, TypeKind.PTR, TypeKind.VOID):
        raise UnsupportedError(f"call result of type {ins.type.text} is not supported")


def _reload(cx: FunctionLowering, operand: Operand, destinations: tuple[int, ...]) -> bool:
    """Whether placing `operand` as an argument may lazily reload its allocated register: not when that register
    is one the argument set-up writes (the reload would overwrite an argument already placed; the value is
    read from its slot instead). Under the seed register model no allocated register is ever one of them."""
    if not isinstance(operand, ValueRef):
        return True
    return cx.b.regs.register_of(operand.id) not in destinations


def _place_arguments(cx: FunctionLowering, ins: IRInstruction) -> None:
    b = cx.b
    firsts, _ = abi.argument_words([t.bits for t in ins.operand_types])
    destinations = tuple(int(r) for r in call_argument_registers(ins))
    for operand, ty, first in zip(ins.operands, ins.operand_types, firsts):
        for part in range(2 if ty.bits > 64 else 1):
            word = first + part
            reg = abi.word_register(word)
            reload = _reload(cx, operand, destinations)
            if reg is None:
                b.load(operand, T0, part, reload)
                b.emit(Instruction(Opcode.STORE_IND_U64, ra=T0, rb=SP, x=abi.stack_word_offset(word)),
                       reads=((T0, operand.id if isinstance(operand, ValueRef) and ty.bits <= 64 else None),
                              (SP, None)))
            else:
                b.load(operand, int(reg), part, reload)


def _store_call_result(cx: FunctionLowering, ins: IRInstruction) -> None:
    if ins.result is None or ins.result not in cx.frame.slot_of:
        return
    cx.b.store(ins.result, int(abi.Reg.A0), 0)
    if ins.type.bits > 64:
        cx.b.store(ins.result, int(abi.Reg.A1), 1)


def lower_call(cx: FunctionLowering, ins: IRInstruction) -> None:
    """A call of a defined function (direct) or through a function pointer (indirect)."""
    b = cx.b
    _check_types(cx, ins)
    ret = b.new_label("ret")
    cx.ctx.jump_entry(ret)
    keep_state = b.regs.snapshot() if Fault.CALL_CLOBBER in cx.faults else None   # FAULT call-clobber
    if ins.callee is not None:
        signature = cx.ctx.signatures.get(ins.callee)
        if signature is None:
            raise UnsupportedError(f"call of undefined function @{ins.callee}")
        if len(signature[0]) != len(ins.operands):
            raise UnsupportedError(f"call of @{ins.callee} with {len(ins.operands)} arguments "
                                   f"(it takes {len(signature[0])}; varargs are not supported)")
        _place_arguments(cx, ins)
        b.emit(SymbolicInstruction(Opcode.LOAD_IMM_JUMP, ra=RA, x_label=ret,
                                   target=cx.ctx.function_label(ins.callee)))
    else:
        _place_arguments(cx, ins)
        assert ins.callee_operand is not None
        destinations = tuple(int(r) for r in call_argument_registers(ins))
        b.load(ins.callee_operand, T0, reload=_reload(cx, ins.callee_operand, destinations))
        b.emit(SymbolicInstruction(Opcode.LOAD_IMM_JUMP_IND, ra=RA, rb=T0, x_label=ret, y=0),
               reads=((T0, ins.callee_operand.id if isinstance(ins.callee_operand, ValueRef) else None),))
    b.label(ret)
    if keep_state is not None:   # FAULT call-clobber: the call sequence is taken to leave allocated registers alone
        b.regs.restore(keep_state)
    elif not cx.assignment.leaf:
        b.regs.after_call()   # SEED-regalloc.md: allocated mappings are invalidated after calls, lazily reloaded
    _store_call_result(cx, ins)
    cx.reload_split_values(ins.id)


def lower_host_call(cx: FunctionLowering, ins: IRInstruction) -> None:
    """host_call_N(id, a1..aN) → a_i in r7, r8, r9..; ecalli id; result r7."""
    b = cx.b
    _check_types(cx, ins)
    arity = host_call_arity(ins.callee)
    assert arity is not None
    if len(ins.operands) != arity + 1:
        raise UnsupportedError(f"@{ins.callee} takes an id and {arity} arguments, not {len(ins.operands) - 1}")
    ident = ins.operands[0]
    if not isinstance(ident, Const) or not 0 <= ident.value < 1 << 32:
        raise UnsupportedError(f"the host-call id of @{ins.callee} must be a constant below 2^32")
    destinations = tuple(int(r) for r in call_argument_registers(ins))
    for operand, ty, reg in zip(ins.operands[1:], ins.operand_types[1:], abi.HOST_ARG_REGISTERS):
        if ty.bits > 64:
            raise UnsupportedError(f"@{ins.callee}: i128 host-call arguments are not supported")
        b.load(operand, int(reg), reload=_reload(cx, operand, destinations))
    b.emit(Instruction(Opcode.ECALLI, x=ident.value if ident.value < 1 << 31 else ident.value | ~0xFFFFFFFF))
    if ins.type.bits > 64:
        raise UnsupportedError(f"@{ins.callee}: an i128 host-call result is not supported")
    if ins.result is not None and ins.result in cx.frame.slot_of:
        reg = int(abi.Reg.A0)
        if ins.type.kind is TypeKind.INT and ins.type.bits < 64:
            cx.b.canon(reg, ins.type.bits)
        elif ins.type.kind is TypeKind.PTR:
            cx.b.canon(reg, 32)
        cx.b.claim_last_write(reg, ins.result)   # the canonical form of the host's r7 is the result
        cx.b.store(ins.result, reg)
    cx.reload_split_values(ins.id)
