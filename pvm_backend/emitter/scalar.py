"""Lowering of scalar (i1-i64 and pointer) IR instructions: arithmetic, logic, shifts, compares, casts,
select, loads, stores, GEP and aggregates of scalars.

What it does: one function per instruction family, each reading operands with `FunctionBuilder.load` into the
temporaries r2-r4, computing, re-canonicalising (abi value representation) and writing the result with
`FunctionBuilder.store`.

Assumes: operand widths are at most 64 bits (i128 goes to `wide`); the frame has a slot for every result.

Guarantees: every result written is in canonical form (i1 0/1, iN sign-extended from bit N-1); LLVM poison
cases (shift count >= width, division by zero, signed overflow of sdiv) give some value and never trap.

Test-only fault switches (`pvm_backend.faults`, on only in a build whose options carry them): ``shared-temporary`` in
`_rhs_temp`, ``cmov-dest`` in `lower_select`; the selection faults ``wrong-shift-kind``, ``off-by-one-immediate``
and ``swapped-operands`` in `lower_binary`, ``wrong-predicate`` in `predicate_of` (value and fused-branch forms),
``missing-sign-extension`` in `lower_cast`, ``wrong-load-width`` in `lower_load`.
"""

from __future__ import annotations

from pvm_backend import abi
from pvm_backend.errors import UnsupportedError
from pvm_backend.faults import Fault, Faults
from pvm_backend.isa import MASK64, Instruction, Opcode, sign_extend
from pvm_backend.ir import Const, GlobalAddr, Instruction as IRInstruction, Operand, TypeKind, ValueRef

from .builder import FunctionBuilder, fits_imm
from .frame import element_layout

T0, T1, T2 = int(abi.Reg.T0), int(abi.Reg.T1), int(abi.Reg.T2)
SP = int(abi.Reg.SP)

# (op32, op64, needs zero-extended operands below 64 bits, needs signed view of i1)
_THREE = {
    "add": (Opcode.ADD_32, Opcode.ADD_64, False, False),
    "sub": (Opcode.SUB_32, Opcode.SUB_64, False, False),
    "mul": (Opcode.MUL_32, Opcode.MUL_64, False, False),
    "and": (Opcode.AND, Opcode.AND, False, False),
    "or": (Opcode.OR, Opcode.OR, False, False),
    "xor": (Opcode.XOR, Opcode.XOR, False, False),
    "shl": (Opcode.SHLO_L_32, Opcode.SHLO_L_64, False, False),
    "lshr": (Opcode.SHLO_R_32, Opcode.SHLO_R_64, True, False),
    "ashr": (Opcode.SHAR_R_32, Opcode.SHAR_R_64, False, True),
    "udiv": (Opcode.DIV_U_32, Opcode.DIV_U_64, True, False),
    "sdiv": (Opcode.DIV_S_32, Opcode.DIV_S_64, False, True),
    "urem": (Opcode.REM_U_32, Opcode.REM_U_64, True, False),
    "srem": (Opcode.REM_S_32, Opcode.REM_S_64, False, True),
}
# immediate forms: (op32, op64) taking A ← f(B, X)
_IMM = {
    "add": (Opcode.ADD_IMM_32, Opcode.ADD_IMM_64),
    "mul": (Opcode.MUL_IMM_32, Opcode.MUL_IMM_64),
    "and": (Opcode.AND_IMM, Opcode.AND_IMM),
    "or": (Opcode.OR_IMM, Opcode.OR_IMM),
    "xor": (Opcode.XOR_IMM, Opcode.XOR_IMM),
    "shl": (Opcode.SHLO_L_IMM_32, Opcode.SHLO_L_IMM_64),
    "lshr": (Opcode.SHLO_R_IMM_32, Opcode.SHLO_R_IMM_64),
    "ashr": (Opcode.SHAR_R_IMM_32, Opcode.SHAR_R_IMM_64),
}
BINARY_OPCODES = frozenset(_THREE)
_COMMUTATIVE = frozenset({"add", "mul", "and", "or", "xor"})


def const_image(operand: Operand) -> int | None:
    """The canonical 64-bit image of a scalar constant operand, or None when `operand` is not a constant."""
    if isinstance(operand, Const) and operand.bits <= 64:
        return abi.canonical_const(operand.value, operand.bits)
    return None


def lower_binary(b: FunctionBuilder, ins: IRInstruction) -> None:
    """add sub mul and or xor shl lshr ashr udiv sdiv urem srem on i1..i64."""
    bits = ins.type.bits
    lhs, rhs = ins.operands
    native = bits in (32, 64)
    # FAULT wrong-shift-kind: a native ashr takes the logical shift's opcodes (its operand flags stay)
    shift_kind = "lshr" if ins.opcode == "ashr" and native and Fault.WRONG_SHIFT_KIND in b.faults else ins.opcode
    op32, op64 = _THREE[shift_kind][:2]
    unsigned, signed = _THREE[ins.opcode][2:]
    imm = const_image(rhs)
    opcode_name = ins.opcode
    if imm is not None and opcode_name == "sub" and fits_imm((-imm) & MASK64):
        opcode_name, imm = "add", (-imm) & MASK64
    if imm is not None and opcode_name == "and" and bits == 64 and not fits_imm(imm) and imm & (imm + 1) == 0:
        # and with 2^k - 1, 32 <= k < 64 (no immediate form: GP A.5 immediates are sign-extended 32-bit): two
        # shifts, 6 bytes, instead of load_imm_64 and `and`, 13 bytes; two instructions either way.
        a = b.use(lhs, T0)
        out = b.result_register(ins.result, T0)
        b.zext(a, imm.bit_length(), dst=out, value=_vid(lhs))
        _store_result(b, ins, out)
        return
    if imm is not None and opcode_name in _IMM and fits_imm(imm) and not (unsigned and not native and bits != 1):
        i32, i64 = _IMM[shift_kind if opcode_name == "ashr" else opcode_name]
        if opcode_name in ("shl", "lshr", "ashr"):
            imm &= 63 if bits == 64 else (31 if bits == 32 else 63)
        if ins.opcode == "add" and Fault.OFF_BY_ONE_IMMEDIATE in b.faults and fits_imm((imm + 1) & MASK64):
            imm = (imm + 1) & MASK64   # FAULT off-by-one-immediate: the IR constant C becomes immediate C+1
        out = b.result_register(ins.result, T0)
        if signed and bits == 1:
            b.load(lhs, T0)
            b.signed(T0, bits)
            a = T0
        else:
            a = b.use(lhs, T0)
        b.emit(Instruction(i32 if bits == 32 else i64, ra=out, rb=a, x=imm), reads=((a, _vid(lhs)),))
    else:
        if native:
            a = b.use(lhs, T0)
            c = b.use(rhs, _rhs_temp(a, b.faults))
        else:
            b.load(lhs, T0)
            b.load(rhs, T1)
            a, c = T0, T1
            if unsigned:
                b.zext(T0, bits)
                b.zext(T1, bits)
            if signed:
                b.signed(T0, bits)
                b.signed(T1, bits)
        out = b.result_register(ins.result, T0)
        first, second = a, c
        if ins.opcode not in _COMMUTATIVE and Fault.SWAPPED_OPERANDS in b.faults:
            first, second = c, a   # FAULT swapped-operands: rhs op lhs (each register still reads its own value)
        b.emit(Instruction(op32 if bits == 32 else op64, ra=first, rb=second, rd=out),
               reads=((a, _vid(lhs) if native else None), (c, _vid(rhs) if native else None)))
    if not native:
        b.canon(out, bits)
    _store_result(b, ins, out)


def _vid(operand: Operand) -> int | None:
    return operand.id if isinstance(operand, ValueRef) else None


def _store_result(b: FunctionBuilder, ins: IRInstruction, reg: int) -> None:
    """Store `reg` (holding the whole result) to the result's slot, marking the last instruction as its def."""
    assert ins.result is not None
    b.claim_last_write(reg, ins.result)
    b.store(ins.result, reg)


# --------------------------------------------------------------------------------------------- compares

#: predicate → (set opcode, swap operands, negate result)
_SET = {
    "ult": (Opcode.SET_LT_U, False, False), "ugt": (Opcode.SET_LT_U, True, False),
    "uge": (Opcode.SET_LT_U, False, True), "ule": (Opcode.SET_LT_U, True, True),
    "slt": (Opcode.SET_LT_S, False, False), "sgt": (Opcode.SET_LT_S, True, False),
    "sge": (Opcode.SET_LT_S, False, True), "sle": (Opcode.SET_LT_S, True, True),
}
#: predicate → (branch opcode, swap operands) for register-register branches
BRANCH_RR = {
    "eq": (Opcode.BRANCH_EQ, False), "ne": (Opcode.BRANCH_NE, False),
    "ult": (Opcode.BRANCH_LT_U, False), "uge": (Opcode.BRANCH_GE_U, False),
    "ugt": (Opcode.BRANCH_LT_U, True), "ule": (Opcode.BRANCH_GE_U, True),
    "slt": (Opcode.BRANCH_LT_S, False), "sge": (Opcode.BRANCH_GE_S, False),
    "sgt": (Opcode.BRANCH_LT_S, True), "sle": (Opcode.BRANCH_GE_S, True),
}
BRANCH_IMM = {
    "eq": Opcode.BRANCH_EQ_IMM, "ne": Opcode.BRANCH_NE_IMM, "ult": Opcode.BRANCH_LT_U_IMM,
    "ule": Opcode.BRANCH_LE_U_IMM, "uge": Opcode.BRANCH_GE_U_IMM, "ugt": Opcode.BRANCH_GT_U_IMM,
    "slt": Opcode.BRANCH_LT_S_IMM, "sle": Opcode.BRANCH_LE_S_IMM, "sge": Opcode.BRANCH_GE_S_IMM,
    "sgt": Opcode.BRANCH_GT_S_IMM,
}
NEGATED = {"eq": "ne", "ne": "eq", "ult": "uge", "uge": "ult", "ugt": "ule", "ule": "ugt",
           "slt": "sge", "sge": "slt", "sgt": "sle", "sle": "sgt"}
#: predicate → its strict/non-strict neighbour (only under the fault ``wrong-predicate``)
_NEIGHBOUR = {"ult": "ule", "ule": "ult", "ugt": "uge", "uge": "ugt",
              "slt": "sle", "sle": "slt", "sgt": "sge", "sge": "sgt"}


def predicate_of(ins: IRInstruction, faults: Faults) -> str:
    """The predicate an icmp is lowered with, as a value or fused into a branch: its own ("" when it has none)."""
    pred = ins.predicate or ""
    if Fault.WRONG_PREDICATE in faults:   # FAULT wrong-predicate: the strict/non-strict neighbour
        return _NEIGHBOUR.get(pred, pred)
    return pred


def compare_operands(b: FunctionBuilder, ins: IRInstruction) -> tuple[int, int, int | None]:
    """Registers holding the icmp operands for reading: (lhs register, rhs register, None), or (lhs register,
    -1, rhs immediate) when rhs is a constant that fits an immediate. Non-allocated operands go to r2 (lhs)
    and r3 (rhs); signed predicates on i1 get the signed view (-1 for true) in those temporaries first.
    """
    lhs, rhs = ins.operands
    bits = ins.operand_types[0].bits
    view = ins.predicate is not None and ins.predicate.startswith("s") and bits == 1
    if view:
        b.load(lhs, T0)
        b.signed(T0, bits)
        a = T0
    else:
        a = b.use(lhs, T0)
    imm = const_image(rhs)
    if imm is not None and view:
        imm = (-imm) & MASK64
    if imm is not None and fits_imm(imm):
        return a, -1, imm
    if view:
        b.load(rhs, T1)
        b.signed(T1, bits)
        return a, T1, None
    return a, b.use(rhs, _rhs_temp(a, b.faults)), None


def _rhs_temp(lhs: int, faults: Faults) -> int:
    """The temporary for a right-hand operand when the left-hand one is in register `lhs`: r3 (r2 may hold the
    left-hand one)."""
    if lhs == T0 and Fault.SHARED_TEMPORARY in faults:   # FAULT: the rhs lands in the lhs's temporary
        return T0
    return T1


def compare_claims(ins: IRInstruction) -> tuple[int | None, int | None]:
    """The IR values `compare_operands`' registers hold (lhs, rhs), or (None, None) for the signed view of
    an i1 (a derived value)."""
    if ins.predicate is not None and ins.predicate.startswith("s") and ins.operand_types[0].bits == 1:
        return None, None
    return _vid(ins.operands[0]), _vid(ins.operands[1])


def lower_icmp(b: FunctionBuilder, ins: IRInstruction) -> None:
    """icmp with any predicate on i1..i64 or pointers; result i1 (0/1) in the result slot."""
    pred = predicate_of(ins, b.faults)
    a, c, imm = compare_operands(b, ins)
    out = b.result_register(ins.result, T0)
    lhs, rhs = compare_claims(ins)
    if pred in ("eq", "ne"):
        first: tuple[int | None, ...] = (lhs,)
        if imm is not None:
            if imm:
                b.op(Opcode.XOR_IMM, (lhs,), ra=out, rb=a, x=imm)
                a, first = out, ()
        else:
            b.op(Opcode.XOR, (lhs, rhs), ra=a, rb=c, rd=out)
            a, first = out, ()
        if pred == "eq":
            b.op(Opcode.SET_LT_U_IMM, first, ra=out, rb=a, x=1)
        else:
            b.op(Opcode.SET_GT_U_IMM, first, ra=out, rb=a, x=0)
    elif imm is not None:
        unsigned = pred.startswith("u")
        lt = Opcode.SET_LT_U_IMM if unsigned else Opcode.SET_LT_S_IMM
        gt = Opcode.SET_GT_U_IMM if unsigned else Opcode.SET_GT_S_IMM
        opcode, negate = {"lt": (lt, False), "gt": (gt, False), "ge": (lt, True), "le": (gt, True)}[pred[1:]]
        b.op(opcode, (lhs,), ra=out, rb=a, x=imm)
        if negate:
            b.op(Opcode.XOR_IMM, ra=out, rb=out, x=1)
    else:
        if pred not in _SET:
            raise UnsupportedError(f"icmp predicate {pred!r} is not supported")
        opcode, swap, negate = _SET[pred]
        first, second = (c, a) if swap else (a, c)
        b.op(opcode, (rhs, lhs) if swap else (lhs, rhs), ra=first, rb=second, rd=out)
        if negate:
            b.op(Opcode.XOR_IMM, ra=out, rb=out, x=1)
    _store_result(b, ins, out)


# --------------------------------------------------------------------------------------------- casts, select

def lower_cast(b: FunctionBuilder, ins: IRInstruction) -> None:
    """zext sext trunc ptrtoint inttoptr bitcast freeze between scalar types of at most 64 bits."""
    src = ins.operands[0]
    s, d = ins.operand_types[0].bits, ins.type.bits
    a = b.use(src, T0)
    out = b.result_register(ins.result, T0)
    op = ins.opcode
    # FAULT missing-sign-extension: a truncation to i8/i16/i32 is a plain move, its result not re-sign-extended
    bare = op == "trunc" and 1 < d <= 32 and Fault.MISSING_SIGN_EXTENSION in b.faults
    if op == "sext" and s == 1:
        b.op(Opcode.NEG_ADD_IMM_64, (_vid(src),), ra=out, rb=a, x=0)
    elif op in ("zext", "ptrtoint", "inttoptr") and d > s and s != 1:
        b.zext(a, s, dst=out, value=_vid(src))
    elif d < s and not bare:
        b.canon(out, d, src=a, value=_vid(src))
    elif a != out:
        b.op(Opcode.MOVE_REG, rd=out, ra=a)
    _store_result(b, ins, out)


def lower_select(b: FunctionBuilder, ins: IRInstruction, parts: int = 1) -> None:
    """select c, t, f: r4 ← f; r4 ← t if c ≠ 0 (cmov_nz); `parts` 64-bit words per value."""
    cond, t, f = ins.operands
    assert ins.result is not None
    for part in range(parts):
        out = b.result_register(ins.result, T2) if parts == 1 else T2
        b.load(f, out, part)
        c = b.use(cond, T0)
        if parts == 1 and Fault.CMOV_DEST in b.faults:   # FAULT: cmov's destination taken as a free temporary
            b.load(t, out)
            a = out
        else:
            a = b.use(t, T1) if parts == 1 else T1
        if parts != 1:
            b.load(t, T1, part)
        # cmov_nz reads its destination (the value kept when the condition is zero), GP A.5.13
        b.emit(Instruction(Opcode.CMOV_NZ, ra=a, rb=c, rd=out),
               reads=((a, _vid(t) if parts == 1 else None), (c, _vid(cond)), (out, _vid(f) if parts == 1 else None)),
               writes=ins.result if parts == 1 else None)
        b.store(ins.result, out, part)


def lower_copy(b: FunctionBuilder, ins: IRInstruction, parts: int) -> None:
    """A value-preserving copy (freeze, same-width bitcast) of `parts` 64-bit words."""
    assert ins.result is not None
    if parts == 1:
        reg = b.use(ins.operands[0], T0)
        if not isinstance(ins.operands[0], ValueRef):
            b.claim_last_write(reg, ins.result)   # the constant just loaded is the copy (freeze of a constant)
        b.store(ins.result, reg)
        return
    for part in range(parts):
        b.load(ins.operands[0], T0, part)
        b.store(ins.result, T0, part)


# --------------------------------------------------------------------------------------------- memory

_LOADS = {1: (Opcode.LOAD_IND_U8, Opcode.LOAD_U8), 8: (Opcode.LOAD_IND_I8, Opcode.LOAD_I8),
          16: (Opcode.LOAD_IND_I16, Opcode.LOAD_I16), 32: (Opcode.LOAD_IND_I32, Opcode.LOAD_I32),
          64: (Opcode.LOAD_IND_U64, Opcode.LOAD_U64)}
_STORES = {1: (Opcode.STORE_IND_U8, Opcode.STORE_U8), 8: (Opcode.STORE_IND_U8, Opcode.STORE_U8),
           16: (Opcode.STORE_IND_U16, Opcode.STORE_U16), 32: (Opcode.STORE_IND_U32, Opcode.STORE_U32),
           64: (Opcode.STORE_IND_U64, Opcode.STORE_U64)}


def address_base(b: FunctionBuilder, address: Operand, reg: int) -> tuple[int | None, int]:
    """Prepare `address` for a memory access: (base register or None for an absolute address, offset).

    Allocas use r1 + their frame offset; globals and constant addresses (`inttoptr (i32 C to ptr)`, a WASM
    access at a constant offset) below 2^31 an absolute address (`load_u64 ra, C`: one instruction, GP A.5.5);
    anything else is loaded into `reg`.
    """
    if isinstance(address, ValueRef) and address.id in b.frame.alloca_of:
        return SP, b.frame.alloca_of[address.id]
    if isinstance(address, GlobalAddr) and address.name in b.ctx.global_address:
        return None, (b.ctx.global_address[address.name] + address.offset) & 0xFFFFFFFF
    if isinstance(address, Const) and 0 <= abi.canonical_const(address.value, address.bits) < 1 << 31:
        return None, abi.canonical_const(address.value, address.bits)
    return b.use(address, reg), 0


def _address_value(b: FunctionBuilder, address: Operand) -> int | None:
    """The IR value the base register of a memory access holds: the pointer operand, unless it is an alloca
    (then the base is r1) or not an SSA value."""
    if isinstance(address, ValueRef) and address.id not in b.frame.alloca_of:
        return address.id
    return None


def _mem_bits(ty_bits: int, kind: TypeKind, ins: IRInstruction) -> int:
    bits = 32 if kind is TypeKind.PTR else ty_bits
    if kind not in (TypeKind.INT, TypeKind.PTR) or not 1 <= bits <= 128:
        raise UnsupportedError(f"memory access of type {ins.type.text or ins.operand_types[0].text} "
                               "is not supported")
    return bits


def byte_pieces(size: int) -> tuple[tuple[int, int], ...]:
    """(byte offset, bytes) of the PVM accesses that make up an access of `size` bytes (1..8): the widest
    power-of-two piece first (LLVM's type legalisation splits an i24 into i16 + i8, an i56 into i32 + i16 + i8)."""
    pieces, offset = [], 0
    for width in (8, 4, 2, 1):
        if size - offset >= width:
            pieces.append((offset, width))
            offset += width
    return tuple(pieces)


def _piece_base(b: FunctionBuilder, address: Operand, base: int | None, offset: int) -> tuple[int, int | None]:
    """The base register of a piecewise access and the IR value it holds: `address_base`'s register, or for an
    absolute address T1 loaded with it here (a temporary of this instruction)."""
    if base is None:
        b.emit(Instruction(Opcode.LOAD_IMM, ra=T1, x=offset & 0xFFFFFFFF))
        return T1, None
    return base, _address_value(b, address)


_PIECE_LOADS = {1: Opcode.LOAD_IND_U8, 2: Opcode.LOAD_IND_U16, 4: Opcode.LOAD_IND_U32, 8: Opcode.LOAD_IND_U64}
_PIECE_STORES = {1: Opcode.STORE_IND_U8, 2: Opcode.STORE_IND_U16, 4: Opcode.STORE_IND_U32,
                 8: Opcode.STORE_IND_U64}


def _lower_odd_load(b: FunctionBuilder, ins: IRInstruction, bits: int, base: int | None, offset: int) -> None:
    """load iN, N ≤ 64 not 1/8/16/32/64: its ceil(N/8) bytes as zero-extended pieces (`byte_pieces`) shifted into
    place and or-ed in T0, then the low N bits in the abi's canonical form (sign-extended)."""
    assert ins.result is not None
    address = _piece_base(b, ins.operands[0], base, offset)
    base, offset = address[0], (0 if base is None else offset)
    _load_pieces(b, (bits + 7) // 8, base, offset, address)
    out = b.result_register(ins.result, T0)
    b.canon(out, bits, T0)
    _store_result(b, ins, out)


def _lower_odd_store(b: FunctionBuilder, ins: IRInstruction, bits: int, base: int | None, offset: int) -> None:
    """store iN, N ≤ 64 not 1/8/16/32/64: the low ceil(N/8) bytes of the value, zero-extended from N bits, as
    pieces (`byte_pieces`), each from the value shifted right into T2."""
    value, address = ins.operands
    claim = _piece_base(b, address, base, offset)
    base, offset = claim[0], (0 if base is None else offset)
    v = b.use(value, T0)
    if bits % 8:   # the bits above N of the last byte: zero (LangRef leaves them unspecified)
        b.zext(v, bits, dst=T0, value=_vid(value))
        v = T0
    vid = _vid(value) if bits % 8 == 0 else None
    for at, width in byte_pieces((bits + 7) // 8):
        source = v
        if at:
            b.op(Opcode.SHLO_R_IMM_64, (vid,), ra=T2, rb=v, x=8 * at)
            source = T2
        b.emit(Instruction(_PIECE_STORES[width], ra=source, rb=base, x=(offset + at) & MASK64),
               reads=((source, vid if at == 0 else None), claim))


def _load_pieces(b: FunctionBuilder, size: int, base: int, offset: int, claim: tuple[int, int | None]) -> None:
    """T0 ← the `size` bytes (1..8) at base + offset, zero-extended, from pieces (`byte_pieces`; T2 scratch)."""
    for at, width in byte_pieces(size):
        target = T0 if at == 0 else T2
        b.emit(Instruction(_PIECE_LOADS[width], ra=target, rb=base, x=(offset + at) & MASK64), reads=(claim,))
        if at:
            b.op(Opcode.SHLO_L_IMM_64, ra=T2, rb=T2, x=8 * at)
            b.op(Opcode.OR, rd=T0, ra=T0, rb=T2)


def _lower_wide_odd_load(b: FunctionBuilder, ins: IRInstruction, bits: int, base: int | None, offset: int) -> None:
    """load iN, 64 < N < 128: the low word as a u64, then the ceil(N/8) - 8 bytes above as pieces, the high word
    in the abi's two-word form."""
    assert ins.result is not None
    claim = _piece_base(b, ins.operands[0], base, offset)
    base, offset = claim[0], (0 if base is None else offset)
    b.emit(Instruction(Opcode.LOAD_IND_U64, ra=T0, rb=base, x=offset & MASK64), reads=(claim,))
    b.store(ins.result, T0, 0)
    _load_pieces(b, (bits + 7) // 8 - 8, base, offset + 8, claim)
    b.canon_high(T0, bits)
    b.store(ins.result, T0, 1)


def _lower_wide_odd_store(b: FunctionBuilder, ins: IRInstruction, bits: int, base: int | None,
                          offset: int) -> None:
    """store iN, 64 < N < 128: the low word as a u64, then the low ceil(N/8) - 8 bytes of the high word (its bits
    above N - 64 zeroed) as pieces."""
    value, address = ins.operands
    claim = _piece_base(b, address, base, offset)
    base, offset = claim[0], (0 if base is None else offset)
    b.load(value, T0, 0)
    b.emit(Instruction(Opcode.STORE_IND_U64, ra=T0, rb=base, x=offset & MASK64), reads=((T0, None), claim))
    b.load(value, T0, 1)
    if bits % 8:
        b.zext(T0, bits - 64)
    for at, width in byte_pieces((bits + 7) // 8 - 8):
        source = T0
        if at:
            b.op(Opcode.SHLO_R_IMM_64, ra=T2, rb=T0, x=8 * at)
            source = T2
        b.emit(Instruction(_PIECE_STORES[width], ra=source, rb=base, x=(offset + 8 + at) & MASK64),
               reads=((source, None), claim))


def lower_load(b: FunctionBuilder, ins: IRInstruction) -> None:
    """load of i1..i128 (ceil(N/8) bytes) and ptr."""
    assert ins.result is not None
    bits = _mem_bits(ins.type.bits, ins.type.kind, ins)
    base, offset = address_base(b, ins.operands[0], T1)
    if bits not in _LOADS and bits < 64:
        _lower_odd_load(b, ins, bits, base, offset)
        return
    if 64 < bits < 128:
        _lower_wide_odd_load(b, ins, bits, base, offset)
        return
    out = b.result_register(ins.result, T0) if bits <= 64 else T0
    for part, width in ((0, 64), (1, 64)) if bits == 128 else ((0, bits),):
        ind, absolute = _LOADS[width]
        if width in (8, 16, 32) and Fault.WRONG_LOAD_WIDTH in b.faults:   # FAULT wrong-load-width: twice as wide
            ind, absolute = _LOADS[2 * width]
        addr = (offset + 8 * part)
        if base is None:
            b.emit(Instruction(absolute, ra=out, x=addr & 0xFFFFFFFF), writes=ins.result if bits <= 64 else None)
        else:
            b.emit(Instruction(ind, ra=out, rb=base, x=addr & MASK64),
                   reads=((base, _address_value(b, ins.operands[0])),), writes=ins.result if bits <= 64 else None)
        b.store(ins.result, out, part)


def lower_store(b: FunctionBuilder, ins: IRInstruction) -> None:
    """store of i1..i128 (ceil(N/8) bytes) and ptr: the low bytes of the value."""
    value, address = ins.operands
    vty = ins.operand_types[0]
    bits = _mem_bits(vty.bits, vty.kind, ins)
    base, offset = address_base(b, address, T1)
    if bits not in _STORES and bits < 64:
        _lower_odd_store(b, ins, bits, base, offset)
        return
    if 64 < bits < 128:
        _lower_wide_odd_store(b, ins, bits, base, offset)
        return
    for part, width in ((0, 64), (1, 64)) if bits == 128 else ((0, bits),):
        ind, absolute = _STORES[width]
        if bits <= 64:
            v = b.use(value, T0)
        else:
            b.load(value, T0, part)
            v = T0
        addr = offset + 8 * part
        vread = (v, _vid(value) if part == 0 and bits <= 64 else None)
        if base is None:
            b.emit(Instruction(absolute, ra=v, x=addr & 0xFFFFFFFF), reads=(vread,))
        else:
            b.emit(Instruction(ind, ra=v, rb=base, x=addr & MASK64), reads=(vread, (base, _address_value(b, address))))


def lower_gep(b: FunctionBuilder, ins: IRInstruction) -> None:
    """getelementptr: base + offset + Σ index·scale, computed in 64 bits and canonicalised to 32 bits."""
    gep = ins.gep
    assert gep is not None
    base = ins.operands[0]
    acc = b.use(base, T0)
    acc_value = _vid(base)   # the IR value `acc` holds (None once it holds a partial sum)
    for index, index_bits, scale in gep.terms:
        if index_bits == 1 or scale != 1:
            b.load(index, T1)
            term = T1
            if index_bits == 1:
                b.signed(T1, 1)
        else:
            term = b.use(index, T1)
        if scale & (scale - 1) == 0 and scale > 0:
            if scale > 1:
                b.op(Opcode.SHLO_L_IMM_64, ra=T1, rb=T1, x=scale.bit_length() - 1)
        elif fits_imm(scale & MASK64):
            b.op(Opcode.MUL_IMM_64, ra=T1, rb=T1, x=scale & MASK64)
        else:
            raise UnsupportedError(f"GEP scale {scale} does not fit 32 bits")
        scaled = index_bits == 1 or scale != 1   # T1 then holds a multiple of the index, not the index
        b.op(Opcode.ADD_64, (acc_value, None if scaled else _vid(index)), ra=acc, rb=term, rd=T0)
        acc, acc_value = T0, None
    out = b.result_register(ins.result, T0)
    b.op(Opcode.ADD_IMM_32, (acc_value,), ra=out, rb=acc,
         x=sign_extend(gep.offset & 0xFFFFFFFF, 4))
    _store_result(b, ins, out)


# --------------------------------------------------------------------------------------------- aggregates

def lower_extractvalue(b: FunctionBuilder, ins: IRInstruction) -> None:
    """extractvalue of a scalar element from an aggregate of scalars held in the frame."""
    assert ins.result is not None
    layout = element_layout(ins.operand_types[0])
    offset, bits = layout[ins.indices[0]]
    for part in range(2 if bits > 64 else 1):
        b.load(ins.operands[0], T0, offset // 8 + part)
        if part == 0:
            b.claim_last_write(T0, ins.result)   # element `offset` of the aggregate is this value
        b.store(ins.result, T0, part)


def lower_insertvalue(b: FunctionBuilder, ins: IRInstruction) -> None:
    """insertvalue of a scalar element into an aggregate of scalars held in the frame."""
    assert ins.result is not None
    layout = element_layout(ins.type)
    target = ins.indices[0]
    for index, (offset, bits) in enumerate(layout):
        for part in range(2 if bits > 64 else 1):
            if index == target:
                b.load(ins.operands[1], T0, part)
            else:
                b.load(ins.operands[0], T0, offset // 8 + part)
            b.store(ins.result, T0, offset // 8 + part)
