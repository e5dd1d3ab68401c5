"""Lowering of LLVM intrinsics: memory loops, min/max, abs, funnel shifts, bit counts, bswap, overflow ops.

What it does: `lower_intrinsic` maps each supported `llvm.*` call to inline PVM code:
memcpy / memmove (overlap-safe: forward when src >= dst, else backward) / memset as 8-byte loops plus a byte
tail (unrolled when the length is a small constant); smax/smin/umax/umin with the PVM max/min instructions;
abs via max(x, -x); fshl/fshr (rotations when both inputs are the same value); ctpop/ctlz/cttz; bswap;
{s,u}{add,sub,mul}.with.overflow producing the {iN, i1} aggregate; {u,s}{add,sub}.sat; ucmp/scmp;
trap/debugtrap/ubsantrap as `trap`; lifetime.*, assume, dbg.*, experimental
noalias scope declarations dropped; expect passes its value through.

Assumes: the abi value representation (i1 0/1, iN sign-extended); widths up to 64 bits (i128 intrinsics are
not lowered). Lengths of memory intrinsics are byte counts below 2^32.

Guarantees: results are canonical; unknown intrinsics raise UnsupportedError naming the intrinsic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pvm_backend import abi
from pvm_backend.errors import UnsupportedError
from pvm_backend.isa import Opcode
from pvm_backend.ir import Const, Instruction as IRInstruction
from pvm_backend.ir_facts import intrinsic_family

from .builder import FunctionBuilder
from .scalar import _store_result

if TYPE_CHECKING:
    from .context import FunctionLowering

T0, T1, T2, S0, S1 = (int(r) for r in (abi.Reg.T0, abi.Reg.T1, abi.Reg.T2, abi.Reg.S0, abi.Reg.S1))
_DROPPED = ("lifetime.", "assume", "dbg.", "experimental.noalias.scope.decl", "donothing", "sideeffect")
_UNROLL_LIMIT = 64


def lower_intrinsic(cx: FunctionLowering, ins: IRInstruction) -> None:
    """Lower a call of an ``llvm.*`` intrinsic (see module docstring). Raises UnsupportedError."""
    name = ins.callee or ""
    tail = name[len("llvm."):]
    if tail.startswith(_DROPPED):
        return
    family = intrinsic_family(name)
    widths = [t.bits for t in ins.operand_types] + [ins.type.bits]
    if family not in ("memcpy", "memmove", "memset") and any(w > 64 for w in widths):
        raise UnsupportedError(f"intrinsic @{name} on i128 is not supported")
    b = cx.b
    if family in ("memcpy", "memmove"):
        _memcopy(cx, ins, backward_possible=family == "memmove")
    elif family == "memset":
        _memset(cx, ins)
    elif family in _MINMAX:
        _minmax(b, ins)
    elif family == "abs":
        _abs(b, ins)
    elif family in ("fshl", "fshr"):
        _funnel(b, ins, family == "fshl")
    elif family in ("ctpop", "ctlz", "cttz"):
        _bitcount(b, ins, family)
    elif family == "bswap":
        _bswap(b, ins)
    elif family.endswith(".with.overflow") and family[:4] in ("sadd", "uadd", "ssub", "usub", "smul", "umul"):
        _overflow(b, ins, family[:4])
    elif family in ("trap", "debugtrap", "ubsantrap"):
        b.trap()
    elif family in ("ucmp", "scmp"):
        _three_way(b, ins, family == "scmp")
    elif family in ("uadd.sat", "usub.sat", "sadd.sat", "ssub.sat"):
        _saturating(b, ins, family[:4])
    elif family == "expect":
        b.load(ins.operands[0], T0)
        _store_result(b, ins, T0)
    else:
        raise UnsupportedError(f"intrinsic @{name} is not supported")


# --------------------------------------------------------------------------------------------- memory

def _unrolled_copy(b: FunctionBuilder, length: int) -> None:
    """Copy `length` bytes from [r3] to [r2] with straight-line loads/stores (r5 as the data register)."""
    offset = 0
    for size, load, store in ((8, Opcode.LOAD_IND_U64, Opcode.STORE_IND_U64),
                              (4, Opcode.LOAD_IND_U32, Opcode.STORE_IND_U32),
                              (2, Opcode.LOAD_IND_U16, Opcode.STORE_IND_U16),
                              (1, Opcode.LOAD_IND_U8, Opcode.STORE_IND_U8)):
        while length - offset >= size:
            b.op(load, ra=S0, rb=T1, x=offset)
            b.op(store, ra=S0, rb=T0, x=offset)
            offset += size


def _copy_loop(b: FunctionBuilder, step: int, backward: bool, done: str) -> None:
    """Loop copying `step`-byte chunks while r4 >= step (forward from r3 to r2, or backward from the ends)."""
    load, store = ((Opcode.LOAD_IND_U64, Opcode.STORE_IND_U64) if step == 8
                   else (Opcode.LOAD_IND_U8, Opcode.STORE_IND_U8))
    head = b.new_label("copy")
    exit_label = b.new_label("copy_end") if step > 1 else done
    b.label(head)
    if step > 1:
        b.branch_imm(Opcode.BRANCH_LT_U_IMM, T2, step, exit_label)
    else:
        b.branch_imm(Opcode.BRANCH_EQ_IMM, T2, 0, exit_label)
    if backward:
        b.op(Opcode.ADD_IMM_64, ra=T0, rb=T0, x=-step)
        b.op(Opcode.ADD_IMM_64, ra=T1, rb=T1, x=-step)
    b.op(load, ra=S0, rb=T1, x=0)
    b.op(store, ra=S0, rb=T0, x=0)
    if not backward:
        b.op(Opcode.ADD_IMM_64, ra=T0, rb=T0, x=step)
        b.op(Opcode.ADD_IMM_64, ra=T1, rb=T1, x=step)
    b.op(Opcode.ADD_IMM_64, ra=T2, rb=T2, x=-step)
    b.jump(head)
    if step > 1:
        b.label(exit_label)


def _memcopy(cx: FunctionLowering, ins: IRInstruction, backward_possible: bool) -> None:
    """memcpy / memmove (dst, src, len, volatile)."""
    b = cx.b
    dst, src, length = ins.operands[:3]
    b.load(dst, T0)
    b.load(src, T1)
    if isinstance(length, Const) and length.value <= _UNROLL_LIMIT and not backward_possible:
        _unrolled_copy(b, length.value)
        return
    b.load(length, T2)
    b.zext(T2, ins.operand_types[2].bits)
    done = b.new_label("copy_done")
    if backward_possible:
        backward = b.new_label("copy_back")
        b.branch(Opcode.BRANCH_LT_U, T1, T0, backward)
    _copy_loop(b, 8, False, done)
    _copy_loop(b, 1, False, done)
    if backward_possible:
        b.label(backward)
        b.op(Opcode.ADD_64, ra=T0, rb=T2, rd=T0)
        b.op(Opcode.ADD_64, ra=T1, rb=T2, rd=T1)
        _copy_loop(b, 8, True, done)
        _copy_loop(b, 1, True, done)
    b.label(done)


def _memset(cx: FunctionLowering, ins: IRInstruction) -> None:
    """memset (dst, i8 value, len, volatile): an 8-byte pattern loop, then bytes."""
    b = cx.b
    dst, value, length = ins.operands[:3]
    b.load(dst, T0)
    if isinstance(value, Const):
        b.load_imm(S0, (value.value & 0xFF) * 0x0101010101010101)
    else:
        b.load(value, S0)
        b.op(Opcode.AND_IMM, ra=S0, rb=S0, x=0xFF)
        b.load_imm(S1, 0x0101010101010101)
        b.op(Opcode.MUL_64, ra=S0, rb=S1, rd=S0)
    if isinstance(length, Const) and length.value <= _UNROLL_LIMIT:
        offset = 0
        for size, store in ((8, Opcode.STORE_IND_U64), (4, Opcode.STORE_IND_U32), (2, Opcode.STORE_IND_U16),
                            (1, Opcode.STORE_IND_U8)):
            while length.value - offset >= size:
                b.op(store, ra=S0, rb=T0, x=offset)
                offset += size
        return
    b.load(length, T2)
    b.zext(T2, ins.operand_types[2].bits)
    done = b.new_label("set_done")
    for step, store in ((8, Opcode.STORE_IND_U64), (1, Opcode.STORE_IND_U8)):
        head = b.new_label("set")
        b.label(head)
        exit_label = b.new_label("set_end") if step > 1 else done
        if step > 1:
            b.branch_imm(Opcode.BRANCH_LT_U_IMM, T2, step, exit_label)
        else:
            b.branch_imm(Opcode.BRANCH_EQ_IMM, T2, 0, exit_label)
        b.op(store, ra=S0, rb=T0, x=0)
        b.op(Opcode.ADD_IMM_64, ra=T0, rb=T0, x=step)
        b.op(Opcode.ADD_IMM_64, ra=T2, rb=T2, x=-step)
        b.jump(head)
        if step > 1:
            b.label(exit_label)
    b.label(done)


# --------------------------------------------------------------------------------------------- arithmetic

_MINMAX = {"smax": (Opcode.MAX, True), "smin": (Opcode.MIN, True), "umax": (Opcode.MAX_U, False),
           "umin": (Opcode.MIN_U, False)}


def _load2(b: FunctionBuilder, ins: IRInstruction, signed: bool) -> int:
    bits = ins.operand_types[0].bits
    b.load(ins.operands[0], T0)
    b.load(ins.operands[1], T1)
    if signed:
        b.signed(T0, bits)
        b.signed(T1, bits)
    return bits


def _minmax(b: FunctionBuilder, ins: IRInstruction) -> None:
    """smax/smin/umax/umin: canonical values keep both orders, so the 64-bit instructions are exact."""
    opcode, signed = _MINMAX[intrinsic_family(ins.callee or "")]
    bits = _load2(b, ins, signed)
    out = b.result_register(ins.result, T0)   # every operand is in T0 and T1 by now
    b.op(opcode, ra=T0, rb=T1, rd=out)
    b.canon(out, bits)
    _store_result(b, ins, out)


def _abs(b: FunctionBuilder, ins: IRInstruction) -> None:
    """abs(x) = max(x, -x) on the signed view, re-canonicalised (abs(INT_MIN) wraps to INT_MIN)."""
    bits = ins.type.bits
    b.load(ins.operands[0], T0)
    b.signed(T0, bits)
    b.op(Opcode.NEG_ADD_IMM_64, ra=T1, rb=T0, x=0)
    out = b.result_register(ins.result, T0)   # the operand is in T0 by now
    b.op(Opcode.MAX, ra=T0, rb=T1, rd=out)
    b.canon(out, bits)
    _store_result(b, ins, out)


def _funnel(b: FunctionBuilder, ins: IRInstruction, left: bool) -> None:
    """fshl/fshr(a, b, c) on iN, N in {8, 16, 32, 64} (other N ≤ 32 too): rotations use rot_* directly."""
    bits = ins.type.bits
    a, bb, c = ins.operands
    if bits > 32 and bits != 64:
        raise UnsupportedError(f"funnel shift on i{bits} is not supported")
    if a == bb and bits in (32, 64):
        if isinstance(c, Const):   # one instruction: reads the operand, then writes the result
            amount = c.value % bits
            rot = amount if not left else (bits - amount) % bits
            source, out = b.use(a, T0), b.result_register(ins.result, T0)
            b.op(Opcode.ROT_R_64_IMM if bits == 64 else Opcode.ROT_R_32_IMM, ra=out, rb=source, x=rot)
            _store_result(b, ins, out)
            return
        b.load(a, T0)
        b.load(c, T1)
        opcode = {(True, 64): Opcode.ROT_L_64, (True, 32): Opcode.ROT_L_32, (False, 64): Opcode.ROT_R_64,
                  (False, 32): Opcode.ROT_R_32}[(left, bits)]
        out = b.result_register(ins.result, T0)   # both operands are in T0 and T1 by now
        b.op(opcode, ra=T0, rb=T1, rd=out)
        _store_result(b, ins, out)
        return
    if bits == 64:
        b.load(c, T2)
        b.op(Opcode.AND_IMM, ra=T2, rb=T2, x=63)
        hi_src, lo_src = (a, bb) if left else (bb, a)
        b.load(hi_src, T0)
        b.op(Opcode.SHLO_L_64 if left else Opcode.SHLO_R_64, ra=T0, rb=T2, rd=T0)
        b.load(lo_src, T1)
        b.op(Opcode.SHLO_R_IMM_64 if left else Opcode.SHLO_L_IMM_64, ra=T1, rb=T1, x=1)
        b.op(Opcode.NEG_ADD_IMM_64, ra=T2, rb=T2, x=63)
        b.op(Opcode.SHLO_R_64 if left else Opcode.SHLO_L_64, ra=T1, rb=T2, rd=T1)
        b.op(Opcode.OR, ra=T0, rb=T1, rd=T0)
        _store_result(b, ins, T0)
        return
    # N <= 32: t = a·2^N + zext(b) fits in 64 bits; shift t by c mod N and take the right N bits.
    b.load(a, T0)
    b.op(Opcode.SHLO_L_IMM_64, ra=T0, rb=T0, x=bits)
    b.load(bb, T1)
    b.zext(T1, bits)
    b.op(Opcode.OR, ra=T0, rb=T1, rd=T0)
    b.load(c, T2)
    if bits & (bits - 1) == 0:
        b.op(Opcode.AND_IMM, ra=T2, rb=T2, x=bits - 1)
    else:
        b.zext(T2, bits)
        b.load_imm(T1, bits)
        b.op(Opcode.REM_U_64, ra=T2, rb=T1, rd=T2)
    if left:
        b.op(Opcode.SHLO_L_64, ra=T0, rb=T2, rd=T0)
        b.op(Opcode.SHLO_R_IMM_64, ra=T0, rb=T0, x=bits)
    else:
        b.op(Opcode.SHLO_R_64, ra=T0, rb=T2, rd=T0)
    b.canon(T0, bits)
    _store_result(b, ins, T0)


def _bitcount(b: FunctionBuilder, ins: IRInstruction, family: str) -> None:
    """ctpop / ctlz / cttz on iN (the is-zero-poison flag is ignored: zero input gives N)."""
    bits = ins.type.bits
    native32 = {"ctpop": Opcode.COUNT_SET_BITS_32, "ctlz": Opcode.LEADING_ZERO_BITS_32,
                "cttz": Opcode.TRAILING_ZERO_BITS_32}
    native64 = {"ctpop": Opcode.COUNT_SET_BITS_64, "ctlz": Opcode.LEADING_ZERO_BITS_64,
                "cttz": Opcode.TRAILING_ZERO_BITS_64}
    if bits in (32, 64):   # one instruction: reads the operand, then writes the result
        source, out = b.use(ins.operands[0], T0), b.result_register(ins.result, T0)
        b.op((native32 if bits == 32 else native64)[family], rd=out, ra=source)
        _store_result(b, ins, out)
        return
    b.load(ins.operands[0], T0)
    b.zext(T0, bits)
    if family == "cttz":
        b.op(Opcode.OR_IMM, ra=T0, rb=T0, x=1 << bits)
    b.op(native64[family], rd=T0, ra=T0)
    if family == "ctlz":
        b.op(Opcode.ADD_IMM_64, ra=T0, rb=T0, x=-(64 - bits))
    b.canon(T0, bits)
    _store_result(b, ins, T0)


def _bswap(b: FunctionBuilder, ins: IRInstruction) -> None:
    """bswap on i16/i32/i48/i64: reverse all 8 bytes, then arithmetic shift the top N bits down."""
    bits = ins.type.bits
    if bits % 16:
        raise UnsupportedError(f"bswap on i{bits} is not supported")
    source, out = b.use(ins.operands[0], T0), b.result_register(ins.result, T0)
    b.op(Opcode.REVERSE_BYTES, rd=out, ra=source)   # reads the operand, then only the result register
    if bits < 64:
        b.op(Opcode.SHAR_R_IMM_64, ra=out, rb=out, x=64 - bits)
    _store_result(b, ins, out)


def _three_way(b: FunctionBuilder, ins: IRInstruction, signed: bool) -> None:
    """ucmp/scmp(a, b) = (a > b) - (a < b) as the (possibly narrower or wider) result type."""
    _load2(b, ins, signed)
    lt = Opcode.SET_LT_S if signed else Opcode.SET_LT_U
    b.op(lt, ra=T1, rb=T0, rd=T2)          # a > b
    b.op(lt, ra=T0, rb=T1, rd=S0)          # a < b
    b.op(Opcode.SUB_64, ra=T2, rb=S0, rd=T2)
    b.canon(T2, ins.type.bits)
    _store_result(b, ins, T2)


def _saturating(b: FunctionBuilder, ins: IRInstruction, kind: str) -> None:
    """{u,s}{add,sub}.sat on iN: clamp the exact result (N < 64) or select on overflow (N = 64)."""
    bits = ins.type.bits
    signed = kind[0] == "s"
    _load2(b, ins, signed)
    if kind == "usub":
        b.op(Opcode.MAX_U, ra=T0, rb=T1, rd=T2)                 # umax(a, b) - b
        b.op(Opcode.SUB_64, ra=T2, rb=T1, rd=T2)
    elif kind == "uadd":
        b.op(Opcode.ADD_64, ra=T0, rb=T1, rd=T2)
        b.canon(T2, bits)
        b.op(Opcode.SET_LT_U, ra=T2, rb=T0, rd=S0)              # wrapped
        b.op(Opcode.CMOV_NZ_IMM, ra=T2, rb=S0, x=1 if bits == 1 else -1)
    elif bits < 64:
        b.op(Opcode.ADD_64 if kind == "sadd" else Opcode.SUB_64, ra=T0, rb=T1, rd=T2)
        b.load_imm(S0, (1 << (bits - 1)) - 1)
        b.op(Opcode.MIN, ra=T2, rb=S0, rd=T2)
        b.load_imm(S0, -(1 << (bits - 1)))
        b.op(Opcode.MAX, ra=T2, rb=S0, rd=T2)
    else:
        add = kind == "sadd"
        b.op(Opcode.ADD_64 if add else Opcode.SUB_64, ra=T0, rb=T1, rd=T2)
        b.op(Opcode.XOR, ra=T0, rb=T2, rd=S0)
        b.op(Opcode.XOR, ra=T1 if add else T0, rb=T2 if add else T1, rd=S1)
        b.op(Opcode.AND, ra=S0, rb=S1, rd=S0)
        b.op(Opcode.SHLO_R_IMM_64, ra=S0, rb=S0, x=63)          # overflowed
        b.op(Opcode.SHAR_R_IMM_64, ra=S1, rb=T0, x=63)          # sign of a: -1 or 0
        b.load_imm(T1, (1 << 63) - 1)
        b.op(Opcode.XOR, ra=S1, rb=T1, rd=S1)                   # MAX when a >= 0, MIN when a < 0
        b.op(Opcode.CMOV_NZ, ra=S1, rb=S0, rd=T2)
    b.canon(T2, bits)
    _store_result(b, ins, T2)


def _sext_view(b: FunctionBuilder, src: int, dst: int, bits: int) -> None:
    """dst ← the low `bits` bits of src, sign-extended (the signed view; for i1 0 or -1)."""
    if bits >= 64:
        b.op(Opcode.MOVE_REG, rd=dst, ra=src)
        return
    b.op(Opcode.SHLO_L_IMM_64, ra=dst, rb=src, x=64 - bits)
    b.op(Opcode.SHAR_R_IMM_64, ra=dst, rb=dst, x=64 - bits)


def _overflow(b: FunctionBuilder, ins: IRInstruction, kind: str) -> None:
    """{s,u}{add,sub,mul}.with.overflow: value (canonical iN) → element 0, overflow bit → element 1."""
    assert ins.result is not None
    bits = ins.operand_types[0].bits
    signed = kind[0] == "s"
    _load2(b, ins, signed)
    base = kind[1:]
    if kind in ("uadd", "usub"):
        b.op(Opcode.ADD_64 if base == "add" else Opcode.SUB_64, ra=T0, rb=T1, rd=T2)
        b.canon(T2, bits)
        if kind == "uadd":
            b.op(Opcode.SET_LT_U, ra=T2, rb=T0, rd=T1)   # wrapped ⇔ result < a
        else:
            b.op(Opcode.SET_LT_U, ra=T0, rb=T1, rd=T1)   # borrow ⇔ a < b
    elif kind == "umul":
        b.zext(T0, bits)
        b.zext(T1, bits)
        b.op(Opcode.MUL_UPPER_U_U, ra=T0, rb=T1, rd=S0)
        b.op(Opcode.MUL_64, ra=T0, rb=T1, rd=T2)
        if bits < 64:
            b.op(Opcode.SHLO_R_IMM_64, ra=S1, rb=T2, x=bits)
            b.op(Opcode.OR, ra=S0, rb=S1, rd=S0)
        b.op(Opcode.SET_GT_U_IMM, ra=T1, rb=S0, x=0)
        b.canon(T2, bits)
    elif bits < 64 and (kind != "smul" or bits <= 32):
        # exact 64-bit result of the signed views; overflow ⇔ it differs from its own N-bit sign extension
        opcode = {"add": Opcode.ADD_64, "sub": Opcode.SUB_64, "mul": Opcode.MUL_64}[base]
        b.op(opcode, ra=T0, rb=T1, rd=S0)
        _sext_view(b, S0, T2, bits)
        b.op(Opcode.XOR, ra=T2, rb=S0, rd=T1)
        b.op(Opcode.SET_GT_U_IMM, ra=T1, rb=T1, x=0)
        b.canon(T2, bits)
    elif kind == "smul":
        b.op(Opcode.MUL_64, ra=T0, rb=T1, rd=T2)
        b.op(Opcode.MUL_UPPER_S_S, ra=T0, rb=T1, rd=S0)
        b.op(Opcode.SHAR_R_IMM_64, ra=S1, rb=T2, x=63)
        b.op(Opcode.XOR, ra=S0, rb=S1, rd=S0)
        if bits < 64:
            _sext_view(b, T2, S1, bits)
            b.op(Opcode.XOR, ra=S1, rb=T2, rd=S1)
            b.op(Opcode.OR, ra=S0, rb=S1, rd=S0)
        b.op(Opcode.SET_GT_U_IMM, ra=T1, rb=S0, x=0)
        b.canon(T2, bits)
    else:  # sadd / ssub on i64: sign of (a^r)&(b^r) resp. (a^b)&(a^r)
        b.op(Opcode.ADD_64 if base == "add" else Opcode.SUB_64, ra=T0, rb=T1, rd=T2)
        b.op(Opcode.XOR, ra=T0, rb=T2, rd=S0)
        if base == "add":
            b.op(Opcode.XOR, ra=T1, rb=T2, rd=S1)
        else:
            b.op(Opcode.XOR, ra=T0, rb=T1, rd=S1)
        b.op(Opcode.AND, ra=S0, rb=S1, rd=S0)
        b.op(Opcode.SHLO_R_IMM_64, ra=T1, rb=S0, x=63)
    b.store(ins.result, T2, 0)
    b.store(ins.result, T1, 1)
