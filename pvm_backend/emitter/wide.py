"""Lowering of arithmetic on integers wider than 64 bits (i128, and the i72..i120 of bit-fields): add, sub, mul,
and/or/xor, shl/lshr/ashr, icmp, zext/sext/trunc.

What it does: such a value lives in 16 bytes of its frame slot (low half first, high word sign-extended from
bit N-1: abi docstring); each operation loads the halves into registers, computes at 128 bits with carries
(add/sub), `mul_upper_u_u` (mul) or branch-free cmov selection (shifts by any amount 0..127, compares) and
stores both halves, the high one brought back to the two-word form for N < 128 (`canon_high`): the low N bits
of a 128-bit sum, difference, product or left shift are those of the N-bit one; a logical right shift first
zero-extends its operand from N bits; and/or/xor, ashr, sext and compares keep the form.

Assumes: operands are values or constants of the instruction's width in the two-word form. Moves (load,
store, select, phi, freeze, call arguments, ret) are done elsewhere by halves.

Guarantees: results equal LLVM's on every input (shift amounts >= 128 are poison in LLVM; here only the low
7 bits of the amount are used). Division and other i128 operations raise UnsupportedError.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pvm_backend import abi
from pvm_backend.errors import UnsupportedError
from pvm_backend.isa import Opcode
from pvm_backend.ir import Instruction as IRInstruction

from .builder import FunctionBuilder

if TYPE_CHECKING:
    from .context import FunctionLowering

R2, R3, R4, R5, R6, R7, R8 = 2, 3, 4, 5, 6, 7, 8
_MOVES = frozenset({"load", "store", "select", "freeze", "bitcast", "phi", "extractvalue", "insertvalue",
                    "call", "ret"})


def is_wide(ins: IRInstruction) -> bool:
    """Whether `ins` computes on i128 values (moves of i128 are handled by the scalar lowering)."""
    if ins.opcode in _MOVES:
        return False
    return ins.type.bits > 64 or any(t.bits > 64 for t in ins.operand_types)


def lower_wide(cx: FunctionLowering, ins: IRInstruction) -> None:
    """Lower one i128 operation (see module docstring). Raises UnsupportedError for the others."""
    b = cx.b
    op = ins.opcode
    if op in ("add", "sub", "mul", "and", "or", "xor"):
        _arith(b, ins)
    elif op in ("shl", "lshr", "ashr"):
        _shift(b, ins)
    elif op == "icmp":
        _icmp(b, ins)
    elif op in ("zext", "sext", "trunc", "ptrtoint", "inttoptr"):
        _cast(b, ins)
    else:
        raise UnsupportedError(f"i128 {op} is not supported")


def _load_pair(b: FunctionBuilder, ins: IRInstruction) -> None:
    """r2:r3 ← lhs (lo:hi), r4:r5 ← rhs."""
    lhs, rhs = ins.operands
    b.load(lhs, R2, 0)
    b.load(lhs, R3, 1)
    b.load(rhs, R4, 0)
    b.load(rhs, R5, 1)


def _store_pair(b: FunctionBuilder, ins: IRInstruction, lo: int, hi: int) -> None:
    assert ins.result is not None
    b.store(ins.result, lo, 0)
    b.store(ins.result, hi, 1)


def _arith(b: FunctionBuilder, ins: IRInstruction) -> None:
    _load_pair(b, ins)
    op = ins.opcode
    if op in ("and", "or", "xor"):
        opcode = {"and": Opcode.AND, "or": Opcode.OR, "xor": Opcode.XOR}[op]
        b.op(opcode, ra=R2, rb=R4, rd=R6)
        b.op(opcode, ra=R3, rb=R5, rd=R3)
    elif op == "add":
        b.op(Opcode.ADD_64, ra=R2, rb=R4, rd=R6)
        b.op(Opcode.SET_LT_U, ra=R6, rb=R2, rd=R7)          # carry out of the low half
        b.op(Opcode.ADD_64, ra=R3, rb=R5, rd=R3)
        b.op(Opcode.ADD_64, ra=R3, rb=R7, rd=R3)
    elif op == "sub":
        b.op(Opcode.SUB_64, ra=R2, rb=R4, rd=R6)
        b.op(Opcode.SET_LT_U, ra=R2, rb=R4, rd=R7)          # borrow from the high half
        b.op(Opcode.SUB_64, ra=R3, rb=R5, rd=R3)
        b.op(Opcode.SUB_64, ra=R3, rb=R7, rd=R3)
    else:  # mul: lo = alo·blo; hi = umulhi(alo, blo) + alo·bhi + ahi·blo
        b.op(Opcode.MUL_64, ra=R2, rb=R4, rd=R6)
        b.op(Opcode.MUL_UPPER_U_U, ra=R2, rb=R4, rd=R7)
        b.op(Opcode.MUL_64, ra=R2, rb=R5, rd=R8)
        b.op(Opcode.ADD_64, ra=R7, rb=R8, rd=R7)
        b.op(Opcode.MUL_64, ra=R3, rb=R4, rd=R8)
        b.op(Opcode.ADD_64, ra=R7, rb=R8, rd=R3)
    if op in ("add", "sub", "mul"):   # and/or/xor keep the two-word form
        b.canon_high(R3, ins.type.bits)
    _store_pair(b, ins, R6, R3)


def _shift(b: FunctionBuilder, ins: IRInstruction) -> None:
    """Shifts by n = amount mod 128: compute the n < 64 result and the n >= 64 result, select by bit 6 of n."""
    value, amount = ins.operands
    bits = ins.type.bits
    b.load(value, R2, 0)
    b.load(value, R3, 1)
    if ins.opcode == "lshr":   # shift in zeros above bit N-1, not the two-word form's sign copies
        b.zext_high(R3, bits)
    b.load(amount, R4, 0)
    b.op(Opcode.AND_IMM, ra=R4, rb=R4, x=127)
    b.op(Opcode.NEG_ADD_IMM_64, ra=R8, rb=R4, x=63)         # 63 - n (used only when n < 64)
    b.op(Opcode.AND_IMM, ra=R5, rb=R4, x=64)                # big ⇔ n >= 64
    if ins.opcode == "shl":
        b.op(Opcode.SHLO_L_64, ra=R2, rb=R4, rd=R6)         # lo << n (mod 64)
        b.op(Opcode.SHLO_L_64, ra=R3, rb=R4, rd=R3)         # hi << n
        b.op(Opcode.SHLO_R_IMM_64, ra=R7, rb=R2, x=1)
        b.op(Opcode.SHLO_R_64, ra=R7, rb=R8, rd=R7)         # lo >> (64 - n), 0 when n = 0
        b.op(Opcode.OR, ra=R3, rb=R7, rd=R3)
        b.op(Opcode.CMOV_NZ, ra=R6, rb=R5, rd=R3)           # big: hi = lo << (n - 64)
        b.op(Opcode.CMOV_NZ_IMM, ra=R6, rb=R5, x=0)         # big: lo = 0
        b.canon_high(R3, bits)
        _store_pair(b, ins, R6, R3)
        return
    arithmetic = ins.opcode == "ashr"
    b.op(Opcode.SHAR_R_64 if arithmetic else Opcode.SHLO_R_64, ra=R3, rb=R4, rd=R6)   # hi >> n
    b.op(Opcode.SHLO_R_64, ra=R2, rb=R4, rd=R2)             # lo >> n
    b.op(Opcode.SHLO_L_IMM_64, ra=R7, rb=R3, x=1)
    b.op(Opcode.SHLO_L_64, ra=R7, rb=R8, rd=R7)             # hi << (64 - n), 0 when n = 0
    b.op(Opcode.OR, ra=R2, rb=R7, rd=R2)
    if arithmetic:
        b.op(Opcode.SHAR_R_IMM_64, ra=R7, rb=R3, x=63)
    else:
        b.load_imm(R7, 0)
    b.op(Opcode.CMOV_NZ, ra=R6, rb=R5, rd=R2)               # big: lo = hi >> (n - 64)
    b.op(Opcode.CMOV_NZ, ra=R7, rb=R5, rd=R6)               # big: hi = sign or 0
    b.canon_high(R6, bits)
    _store_pair(b, ins, R2, R6)


def _icmp(b: FunctionBuilder, ins: IRInstruction) -> None:
    assert ins.result is not None
    pred = ins.predicate or ""
    _load_pair(b, ins)
    if pred in ("eq", "ne"):
        b.op(Opcode.XOR, ra=R2, rb=R4, rd=R6)
        b.op(Opcode.XOR, ra=R3, rb=R5, rd=R7)
        b.op(Opcode.OR, ra=R6, rb=R7, rd=R6)
        if pred == "eq":
            b.op(Opcode.SET_LT_U_IMM, ra=R6, rb=R6, x=1)
        else:
            b.op(Opcode.SET_GT_U_IMM, ra=R6, rb=R6, x=0)
    else:
        swap = pred[1:] in ("gt", "le")
        negate = pred[1:] in ("ge", "le")
        (xlo, xhi), (ylo, yhi) = ((R4, R5), (R2, R3)) if swap else ((R2, R3), (R4, R5))
        lt = Opcode.SET_LT_S if pred[0] == "s" else Opcode.SET_LT_U
        b.op(lt, ra=xhi, rb=yhi, rd=R6)                     # x.hi < y.hi
        b.op(Opcode.SET_LT_U, ra=xlo, rb=ylo, rd=R7)        # x.lo < y.lo (unsigned)
        b.op(Opcode.XOR, ra=xhi, rb=yhi, rd=R8)
        b.op(Opcode.CMOV_IZ, ra=R7, rb=R8, rd=R6)           # equal high halves: decide on the low ones
        if negate:
            b.op(Opcode.XOR_IMM, ra=R6, rb=R6, x=1)
    b.claim_last_write(R6, ins.result)
    b.store(ins.result, R6)


def _cast(b: FunctionBuilder, ins: IRInstruction) -> None:
    assert ins.result is not None
    src = ins.operands[0]
    s, d = ins.operand_types[0].bits, ins.type.bits
    if d <= 64:  # trunc i128 → iN
        b.load(src, R2, 0)
        b.canon(R2, d)
        b.claim_last_write(R2, ins.result)   # the low word (canonicalised) is the result
        b.store(ins.result, R2)
        return
    if s > 64:  # between widths above 64: trunc to the narrower form, zext from the unsigned high word
        b.load(src, R2, 0)
        b.load(src, R3, 1)
        if ins.opcode == "zext":
            b.zext_high(R3, s)
        b.canon_high(R3, d)
        _store_pair(b, ins, R2, R3)
        return
    b.load(src, R2)
    if ins.opcode == "sext":
        b.signed(R2, s)
        b.op(Opcode.SHAR_R_IMM_64, ra=R3, rb=R2, x=63)
    else:
        b.zext(R2, s)
        b.load_imm(R3, 0)
    _store_pair(b, ins, R2, R3)
