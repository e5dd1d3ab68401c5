"""The meaning of every PVM instruction (GP 0.7.2 Appendix A.5), written once against `BitVec` and `Machine`.

What it does: `execute(bv, machine, ins)` performs one decoded instruction. Values are whatever `bv` computes
with (Python ints in the interpreter, Python source text in the block compiler, z3 terms in the verifier); the
effects that are not pure arithmetic (register file, memory, control flow, host calls, sbrk) go through the
`Machine` interface. This is the only place in the project that says what an opcode does. It also holds the two
control-flow rules of GP A.5 that every machine shares: the block starts π and the dynamic-jump rule `djump`.

Assumes: `ins` was produced by `isa.decode_operands` (registers 0-12, immediates canonical 64-bit, targets
absolute); `machine` implements `Machine` for the same V and B as `bv`.

Guarantees: every instruction reads all its operands and performs at most one memory access before it writes
any register, and writes registers before it calls a control-flow method; so a machine that aborts on a fault
inside `load`/`store` leaves the state exactly as before the instruction (GP A.5, memory exceptions). Gas, the
program counter's fall-through advance and the basic-block check are the machine's business.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from pvm_backend.bitvec import B, BitVec, IntBitVec, V
from pvm_backend.isa import OPCODE_TABLE, TERMINATORS, Instruction, Opcode, decode_operands, skip_length

#: GP A.5 djump: a dynamic jump to this address halts the machine.
HALT_ADDRESS = (1 << 32) - (1 << 16)
#: GP A.5: jump-table alignment factor Z_A.
JUMP_ALIGNMENT = 2


class Machine(Protocol[V, B]):
    """The machine state and effects an instruction meaning may use (GP A.5)."""

    def reg(self, index: int) -> V:
        """Register φ_index (0-12)."""
        ...

    def set_reg(self, index: int, value: V) -> None:
        """φ'_index = value."""
        ...

    def load(self, address: V, size: int) -> V:
        """The `size`-byte (1, 2, 4, 8) little-endian word at `address` (< 2^32; bytes wrap mod 2^32),
        zero-extended. May abort the instruction with a memory exception."""
        ...

    def store(self, address: V, size: int, value: V) -> None:
        """Write the low `size` bytes of `value` little-endian at `address` (< 2^32, wrapping).
        May abort the instruction with a memory exception."""
        ...

    def branch(self, cond: B, target: int) -> None:
        """GP `branch(target, cond)`: when cond holds, continue at target (panic unless it is in π)."""
        ...

    def jump(self, target: int) -> None:
        """GP `branch(target, ⊤)`: an unconditional static jump."""
        ...

    def djump(self, address: V) -> None:
        """GP `djump(address)` for address < 2^32: halt, panic or jump through the table (see `djump_rule`)."""
        ...

    def trap(self) -> None:
        """ε = ☇ (panic)."""
        ...

    def host_call(self, index: int) -> None:
        """ε = h̵ × index; the embedder resumes at the next instruction."""
        ...

    def sbrk(self, size: V) -> V:
        """GP A.5.9 sbrk: make `size` bytes at the lowest suitable address ≥ h writable and return it."""
        ...


# ---------------------------------------------------------------------------------------------- pure operations
# Each function below is one GP mutation written as arithmetic; opcodes that share a meaning share a function.

def s32(bv: BitVec[Any, Any], a: Any) -> Any:
    """GP X_4(a mod 2^32): the low 32 bits sign-extended."""
    return bv.sext(a, 32)


def _amount(bv: BitVec[Any, Any], a: Any, bits: int) -> Any:
    return bv.and_(a, bv.const(bits - 1))


def _bool(bv: BitVec[Any, Any], cond: Any) -> Any:
    return bv.ite(cond, bv.const(1), bv.const(0))


def add32(bv: BitVec[Any, Any], a: Any, b: Any) -> Any:
    return s32(bv, bv.add(a, b))


def sub32(bv: BitVec[Any, Any], a: Any, b: Any) -> Any:
    return s32(bv, bv.sub(a, b))


def mul32(bv: BitVec[Any, Any], a: Any, b: Any) -> Any:
    return s32(bv, bv.mul(a, b))


def shl32(bv: BitVec[Any, Any], a: Any, b: Any) -> Any:
    return s32(bv, bv.shl(a, _amount(bv, b, 32)))


def shr32(bv: BitVec[Any, Any], a: Any, b: Any) -> Any:
    return s32(bv, bv.lshr(bv.zext(a, 32), _amount(bv, b, 32)))


def sar32(bv: BitVec[Any, Any], a: Any, b: Any) -> Any:
    return bv.ashr(s32(bv, a), _amount(bv, b, 32))


def shl64(bv: BitVec[Any, Any], a: Any, b: Any) -> Any:
    return bv.shl(a, _amount(bv, b, 64))


def shr64(bv: BitVec[Any, Any], a: Any, b: Any) -> Any:
    return bv.lshr(a, _amount(bv, b, 64))


def sar64(bv: BitVec[Any, Any], a: Any, b: Any) -> Any:
    return bv.ashr(a, _amount(bv, b, 64))


def rotr64(bv: BitVec[Any, Any], a: Any, b: Any) -> Any:
    n = _amount(bv, b, 64)
    return bv.or_(bv.lshr(a, n), bv.shl(a, _amount(bv, bv.sub(bv.const(64), n), 64)))


def rotl64(bv: BitVec[Any, Any], a: Any, b: Any) -> Any:
    n = _amount(bv, b, 64)
    return bv.or_(bv.shl(a, n), bv.lshr(a, _amount(bv, bv.sub(bv.const(64), n), 64)))


def rotr32(bv: BitVec[Any, Any], a: Any, b: Any) -> Any:
    x, n = bv.zext(a, 32), _amount(bv, b, 32)
    return s32(bv, bv.or_(bv.lshr(x, n), bv.shl(x, _amount(bv, bv.sub(bv.const(32), n), 32))))


def rotl32(bv: BitVec[Any, Any], a: Any, b: Any) -> Any:
    x, n = bv.zext(a, 32), _amount(bv, b, 32)
    return s32(bv, bv.or_(bv.shl(x, n), bv.lshr(x, _amount(bv, bv.sub(bv.const(32), n), 32))))


def divu32(bv: BitVec[Any, Any], a: Any, b: Any) -> Any:
    x, y = bv.zext(a, 32), bv.zext(b, 32)
    return bv.ite(bv.eq(y, bv.const(0)), bv.const(-1), s32(bv, bv.udiv(x, y)))


def divs32(bv: BitVec[Any, Any], a: Any, b: Any) -> Any:
    # GP: b = 0 → 2^64-1; a = -2^31 ∧ b = -1 → a; otherwise trunc(a/b). The 64-bit quotient of the
    # sign-extended operands is 2^31 in the overflow case, whose s32 is a, so one expression covers both.
    x, y = s32(bv, a), s32(bv, b)
    return bv.ite(bv.eq(y, bv.const(0)), bv.const(-1), s32(bv, bv.sdiv(x, y)))


def remu32(bv: BitVec[Any, Any], a: Any, b: Any) -> Any:
    x, y = bv.zext(a, 32), bv.zext(b, 32)
    return bv.ite(bv.eq(y, bv.const(0)), s32(bv, x), s32(bv, bv.urem(x, y)))


def rems32(bv: BitVec[Any, Any], a: Any, b: Any) -> Any:
    # GP: overflow (−2^31 rem −1) → 0, which srem gives; b = 0 → a (smod(a, 0) = a).
    x, y = s32(bv, a), s32(bv, b)
    return bv.ite(bv.eq(y, bv.const(0)), x, s32(bv, bv.srem(x, y)))


def divu64(bv: BitVec[Any, Any], a: Any, b: Any) -> Any:
    return bv.ite(bv.eq(b, bv.const(0)), bv.const(-1), bv.udiv(a, b))


def divs64(bv: BitVec[Any, Any], a: Any, b: Any) -> Any:
    # GP: overflow (−2^63 / −1) → a, which the wrapping signed quotient gives.
    return bv.ite(bv.eq(b, bv.const(0)), bv.const(-1), bv.sdiv(a, b))


def remu64(bv: BitVec[Any, Any], a: Any, b: Any) -> Any:
    return bv.ite(bv.eq(b, bv.const(0)), a, bv.urem(a, b))


def rems64(bv: BitVec[Any, Any], a: Any, b: Any) -> Any:
    # GP: overflow → 0, which srem gives; b = 0 → a.
    return bv.ite(bv.eq(b, bv.const(0)), a, bv.srem(a, b))


def set_lt_u(bv: BitVec[Any, Any], a: Any, b: Any) -> Any:
    return _bool(bv, bv.ult(a, b))


def set_lt_s(bv: BitVec[Any, Any], a: Any, b: Any) -> Any:
    return _bool(bv, bv.slt(a, b))


def max_s(bv: BitVec[Any, Any], a: Any, b: Any) -> Any:
    return bv.ite(bv.slt(a, b), b, a)


def max_u(bv: BitVec[Any, Any], a: Any, b: Any) -> Any:
    return bv.ite(bv.ult(a, b), b, a)


def min_s(bv: BitVec[Any, Any], a: Any, b: Any) -> Any:
    return bv.ite(bv.slt(a, b), a, b)


def min_u(bv: BitVec[Any, Any], a: Any, b: Any) -> Any:
    return bv.ite(bv.ult(a, b), a, b)


Binary = Callable[[Any, Any, Any], Any]

#: Three-register operations (GP A.5.13): D ← f(A, B).
THREE_REG: dict[Opcode, Binary] = {
    Opcode.ADD_32: add32, Opcode.SUB_32: sub32, Opcode.MUL_32: mul32,
    Opcode.DIV_U_32: divu32, Opcode.DIV_S_32: divs32, Opcode.REM_U_32: remu32, Opcode.REM_S_32: rems32,
    Opcode.SHLO_L_32: shl32, Opcode.SHLO_R_32: shr32, Opcode.SHAR_R_32: sar32,
    Opcode.ADD_64: lambda bv, a, b: bv.add(a, b), Opcode.SUB_64: lambda bv, a, b: bv.sub(a, b),
    Opcode.MUL_64: lambda bv, a, b: bv.mul(a, b),
    Opcode.DIV_U_64: divu64, Opcode.DIV_S_64: divs64, Opcode.REM_U_64: remu64, Opcode.REM_S_64: rems64,
    Opcode.SHLO_L_64: shl64, Opcode.SHLO_R_64: shr64, Opcode.SHAR_R_64: sar64,
    Opcode.AND: lambda bv, a, b: bv.and_(a, b), Opcode.XOR: lambda bv, a, b: bv.xor(a, b),
    Opcode.OR: lambda bv, a, b: bv.or_(a, b),
    Opcode.MUL_UPPER_S_S: lambda bv, a, b: bv.mul_upper_ss(a, b),
    Opcode.MUL_UPPER_U_U: lambda bv, a, b: bv.mul_upper_uu(a, b),
    Opcode.MUL_UPPER_S_U: lambda bv, a, b: bv.mul_upper_su(a, b),
    Opcode.SET_LT_U: set_lt_u, Opcode.SET_LT_S: set_lt_s,
    Opcode.ROT_L_64: rotl64, Opcode.ROT_L_32: rotl32, Opcode.ROT_R_64: rotr64, Opcode.ROT_R_32: rotr32,
    Opcode.AND_INV: lambda bv, a, b: bv.and_(a, bv.not_(b)),
    Opcode.OR_INV: lambda bv, a, b: bv.or_(a, bv.not_(b)),
    Opcode.XNOR: lambda bv, a, b: bv.not_(bv.xor(a, b)),
    Opcode.MAX: max_s, Opcode.MAX_U: max_u, Opcode.MIN: min_s, Opcode.MIN_U: min_u,
}

_swap: Callable[[Binary], Binary] = lambda f: (lambda bv, a, b: f(bv, b, a))  # noqa: E731

#: Two-register-plus-immediate operations (GP A.5.10): A ← f(B, X). "alt" forms swap the operands.
TWO_REG_IMM: dict[Opcode, Binary] = {
    Opcode.ADD_IMM_32: add32, Opcode.AND_IMM: THREE_REG[Opcode.AND], Opcode.XOR_IMM: THREE_REG[Opcode.XOR],
    Opcode.OR_IMM: THREE_REG[Opcode.OR], Opcode.MUL_IMM_32: mul32,
    Opcode.SET_LT_U_IMM: set_lt_u, Opcode.SET_LT_S_IMM: set_lt_s,
    Opcode.SHLO_L_IMM_32: shl32, Opcode.SHLO_R_IMM_32: shr32, Opcode.SHAR_R_IMM_32: sar32,
    Opcode.NEG_ADD_IMM_32: _swap(sub32),
    Opcode.SET_GT_U_IMM: _swap(set_lt_u), Opcode.SET_GT_S_IMM: _swap(set_lt_s),
    Opcode.SHLO_L_IMM_ALT_32: _swap(shl32), Opcode.SHLO_R_IMM_ALT_32: _swap(shr32),
    Opcode.SHAR_R_IMM_ALT_32: _swap(sar32),
    Opcode.ADD_IMM_64: THREE_REG[Opcode.ADD_64], Opcode.MUL_IMM_64: THREE_REG[Opcode.MUL_64],
    Opcode.SHLO_L_IMM_64: shl64, Opcode.SHLO_R_IMM_64: shr64, Opcode.SHAR_R_IMM_64: sar64,
    Opcode.NEG_ADD_IMM_64: _swap(THREE_REG[Opcode.SUB_64]),
    Opcode.SHLO_L_IMM_ALT_64: _swap(shl64), Opcode.SHLO_R_IMM_ALT_64: _swap(shr64),
    Opcode.SHAR_R_IMM_ALT_64: _swap(sar64),
    Opcode.ROT_R_64_IMM: rotr64, Opcode.ROT_R_64_IMM_ALT: _swap(rotr64),
    Opcode.ROT_R_32_IMM: rotr32, Opcode.ROT_R_32_IMM_ALT: _swap(rotr32),
}

Unary = Callable[[Any, Any], Any]

#: Two-register operations (GP A.5.9, except move_reg and sbrk): D ← f(A).
TWO_REG: dict[Opcode, Unary] = {
    Opcode.COUNT_SET_BITS_64: lambda bv, a: bv.popcount(a),
    Opcode.COUNT_SET_BITS_32: lambda bv, a: bv.popcount(bv.zext(a, 32)),
    Opcode.LEADING_ZERO_BITS_64: lambda bv, a: bv.clz(a),
    Opcode.LEADING_ZERO_BITS_32: lambda bv, a: bv.sub(bv.clz(bv.zext(a, 32)), bv.const(32)),
    Opcode.TRAILING_ZERO_BITS_64: lambda bv, a: bv.ctz(a),
    Opcode.TRAILING_ZERO_BITS_32: lambda bv, a: bv.ctz(bv.or_(bv.zext(a, 32), bv.const(1 << 32))),
    Opcode.SIGN_EXTEND_8: lambda bv, a: bv.sext(a, 8),
    Opcode.SIGN_EXTEND_16: lambda bv, a: bv.sext(a, 16),
    Opcode.ZERO_EXTEND_16: lambda bv, a: bv.zext(a, 16),
    Opcode.REVERSE_BYTES: lambda bv, a: bv.bswap(a),
}

Compare = Callable[[Any, Any, Any], Any]

#: Branch conditions (GP A.5.8 with X, A.5.11 with B): taken iff f(A, other).
BRANCH: dict[Opcode, Compare] = {
    Opcode.BRANCH_EQ_IMM: lambda bv, a, x: bv.eq(a, x), Opcode.BRANCH_NE_IMM: lambda bv, a, x: bv.ne(a, x),
    Opcode.BRANCH_LT_U_IMM: lambda bv, a, x: bv.ult(a, x), Opcode.BRANCH_LE_U_IMM: lambda bv, a, x: bv.ule(a, x),
    Opcode.BRANCH_GE_U_IMM: lambda bv, a, x: bv.ule(x, a), Opcode.BRANCH_GT_U_IMM: lambda bv, a, x: bv.ult(x, a),
    Opcode.BRANCH_LT_S_IMM: lambda bv, a, x: bv.slt(a, x), Opcode.BRANCH_LE_S_IMM: lambda bv, a, x: bv.sle(a, x),
    Opcode.BRANCH_GE_S_IMM: lambda bv, a, x: bv.sle(x, a), Opcode.BRANCH_GT_S_IMM: lambda bv, a, x: bv.slt(x, a),
    Opcode.BRANCH_EQ: lambda bv, a, b: bv.eq(a, b), Opcode.BRANCH_NE: lambda bv, a, b: bv.ne(a, b),
    Opcode.BRANCH_LT_U: lambda bv, a, b: bv.ult(a, b), Opcode.BRANCH_LT_S: lambda bv, a, b: bv.slt(a, b),
    Opcode.BRANCH_GE_U: lambda bv, a, b: bv.ule(b, a), Opcode.BRANCH_GE_S: lambda bv, a, b: bv.sle(b, a),
}

#: Memory access width in bytes and signedness of each load (GP A.5.6, A.5.10).
LOADS: dict[Opcode, tuple[int, bool]] = {
    Opcode.LOAD_U8: (1, False), Opcode.LOAD_I8: (1, True), Opcode.LOAD_U16: (2, False),
    Opcode.LOAD_I16: (2, True), Opcode.LOAD_U32: (4, False), Opcode.LOAD_I32: (4, True),
    Opcode.LOAD_U64: (8, False),
    Opcode.LOAD_IND_U8: (1, False), Opcode.LOAD_IND_I8: (1, True), Opcode.LOAD_IND_U16: (2, False),
    Opcode.LOAD_IND_I16: (2, True), Opcode.LOAD_IND_U32: (4, False), Opcode.LOAD_IND_I32: (4, True),
    Opcode.LOAD_IND_U64: (8, False),
}

#: Memory access width in bytes of each store.
STORES: dict[Opcode, int] = {
    Opcode.STORE_IMM_U8: 1, Opcode.STORE_IMM_U16: 2, Opcode.STORE_IMM_U32: 4, Opcode.STORE_IMM_U64: 8,
    Opcode.STORE_U8: 1, Opcode.STORE_U16: 2, Opcode.STORE_U32: 4, Opcode.STORE_U64: 8,
    Opcode.STORE_IMM_IND_U8: 1, Opcode.STORE_IMM_IND_U16: 2, Opcode.STORE_IMM_IND_U32: 4,
    Opcode.STORE_IMM_IND_U64: 8,
    Opcode.STORE_IND_U8: 1, Opcode.STORE_IND_U16: 2, Opcode.STORE_IND_U32: 4, Opcode.STORE_IND_U64: 8,
}


def _address(bv: BitVec[Any, Any], base: Any, offset: Any) -> Any:
    """GP A.5: memory indices and djump addresses are taken mod 2^32."""
    return bv.zext(bv.add(base, offset), 32)


def execute(bv: BitVec[V, B], m: Machine[V, B], ins: Instruction) -> None:
    """Perform `ins` (GP A.5 tables): compute with `bv`, act through `m`.

    Does not advance the program counter or charge gas; a machine that sees no control-flow call continues
    at the next instruction. Raises whatever `m` raises to abort (memory exceptions).
    """
    op = ins.opcode
    c = bv.const
    if op in THREE_REG:
        m.set_reg(ins.rd, THREE_REG[op](bv, m.reg(ins.ra), m.reg(ins.rb)))
    elif op in TWO_REG_IMM:
        m.set_reg(ins.ra, TWO_REG_IMM[op](bv, m.reg(ins.rb), c(ins.x)))
    elif op in LOADS:
        size, signed = LOADS[op]
        base = m.reg(ins.rb) if ins.rb is not None else c(0)
        word = m.load(_address(bv, base, c(ins.x)), size)
        m.set_reg(ins.ra, bv.sext(word, 8 * size) if signed else word)
    elif op in STORES:
        _store(bv, m, ins, STORES[op])
    elif op in BRANCH:
        other = m.reg(ins.rb) if ins.rb is not None else c(ins.x)
        m.branch(BRANCH[op](bv, m.reg(ins.ra), other), ins.target)
    elif op in TWO_REG:
        m.set_reg(ins.rd, TWO_REG[op](bv, m.reg(ins.ra)))
    else:
        _special(bv, m, ins)


def _store(bv: BitVec[V, B], m: Machine[V, B], ins: Instruction, size: int) -> None:
    c = bv.const
    op = ins.opcode
    if op <= Opcode.STORE_IMM_U64:  # store_imm_uN: m[X] ← Y
        m.store(_address(bv, c(0), c(ins.x)), size, c(ins.y))
    elif op <= Opcode.STORE_U64:  # store_uN: m[X] ← A
        m.store(_address(bv, c(0), c(ins.x)), size, m.reg(ins.ra))
    elif op <= Opcode.STORE_IMM_IND_U64:  # store_imm_ind_uN: m[A + X] ← Y
        m.store(_address(bv, m.reg(ins.ra), c(ins.x)), size, c(ins.y))
    else:  # store_ind_uN: m[B + X] ← A
        m.store(_address(bv, m.reg(ins.rb), c(ins.x)), size, m.reg(ins.ra))


def _special(bv: BitVec[V, B], m: Machine[V, B], ins: Instruction) -> None:
    op = ins.opcode
    c = bv.const
    if op is Opcode.TRAP:
        m.trap()
    elif op is Opcode.FALLTHROUGH:
        pass
    elif op is Opcode.ECALLI:
        m.host_call(ins.x)
    elif op in (Opcode.LOAD_IMM_64, Opcode.LOAD_IMM):
        m.set_reg(ins.ra, c(ins.x))
    elif op is Opcode.JUMP:
        m.jump(ins.target)
    elif op is Opcode.JUMP_IND:
        m.djump(_address(bv, m.reg(ins.ra), c(ins.x)))
    elif op is Opcode.LOAD_IMM_JUMP:
        m.set_reg(ins.ra, c(ins.x))
        m.jump(ins.target)
    elif op is Opcode.LOAD_IMM_JUMP_IND:
        address = _address(bv, m.reg(ins.rb), c(ins.y))  # B is read before A is written (A may be B)
        m.set_reg(ins.ra, c(ins.x))
        m.djump(address)
    elif op is Opcode.MOVE_REG:
        m.set_reg(ins.rd, m.reg(ins.ra))
    elif op is Opcode.SBRK:
        m.set_reg(ins.rd, m.sbrk(m.reg(ins.ra)))
    elif op in (Opcode.CMOV_IZ_IMM, Opcode.CMOV_NZ_IMM):
        zero = bv.eq(m.reg(ins.rb), c(0))
        old, new = m.reg(ins.ra), c(ins.x)
        m.set_reg(ins.ra, bv.ite(zero, new, old) if op is Opcode.CMOV_IZ_IMM else bv.ite(zero, old, new))
    elif op in (Opcode.CMOV_IZ, Opcode.CMOV_NZ):
        zero = bv.eq(m.reg(ins.rb), c(0))
        old, new = m.reg(ins.rd), m.reg(ins.ra)
        m.set_reg(ins.rd, bv.ite(zero, new, old) if op is Opcode.CMOV_IZ else bv.ite(zero, old, new))
    else:  # pragma: no cover - every one of the 139 opcodes is handled above
        raise AssertionError(f"no meaning for {op.mnemonic}")


# ---------------------------------------------------------------------------------------------- control rules

def block_starts(code: bytes, mask: bytes) -> frozenset[int]:
    """GP A.5 π: {0} ∪ {n + 1 + skip(n) : opcode at n ∈ T}, intersected with the valid opcode positions.

    `mask` is the unpacked opcode bitmask (one 0/1 byte per code byte). Result: code offsets in bytes.
    """
    n = len(code)
    valid = {i for i in range(n) if mask[i] and OPCODE_TABLE[code[i]] is not None}
    starts = {0}
    for i in valid:
        info = OPCODE_TABLE[code[i]]
        if info is not None and info.opcode in TERMINATORS:
            starts.add(i + 1 + skip_length(mask, i, n))
    return frozenset(starts & valid)


class DjumpOutcome(enum.Enum):
    """What GP A.5 `djump(a)` does."""

    HALT = "halt"
    """a = 2^32 - 2^16: regular halt."""
    PANIC = "panic"
    """a = 0, odd, beyond the table, or the entry is not a block start."""
    JUMP = "jump"
    """Continue at the table entry."""


def djump_rule(address: int, jump_table: Sequence[int], starts: frozenset[int]) -> tuple[DjumpOutcome, int]:
    """GP A.5 eq. (djump) for a concrete address < 2^32: (outcome, target pc or 0)."""
    if address == HALT_ADDRESS:
        return DjumpOutcome.HALT, 0
    if address == 0 or address > len(jump_table) * JUMP_ALIGNMENT or address % JUMP_ALIGNMENT:
        return DjumpOutcome.PANIC, 0
    target = jump_table[address // JUMP_ALIGNMENT - 1]
    if target not in starts:
        return DjumpOutcome.PANIC, 0
    return DjumpOutcome.JUMP, target


class DecodedProgram:
    """The instruction view of a code blob that both execution modes share (GP A.3-A.5).

    `instruction(pc)` gives the instruction at `pc` and the pc after it: None for an invalid opcode (mask bit
    clear, opcode undefined, or past the end of the code, where ζ reads zeros), which behaves as `trap`.
    `starts` is π; `djump_targets` maps every address < 2^32 whose djump continues normally to its target.
    """

    def __init__(self, code: bytes, mask: bytes, jump_table: Sequence[int]) -> None:
        self.code = bytes(code)
        """Instruction bytes c."""
        self.mask = bytes(mask)
        """Unpacked opcode bitmask k."""
        self.jump_table = tuple(jump_table)
        """Dynamic jump table j."""
        self.starts = block_starts(self.code, self.mask)
        """GP π: the valid block starts."""
        self.djump_targets: dict[int, int] = {}
        """address → target for every dynamic-jump address that jumps (not halt, not panic)."""
        for i in range(len(self.jump_table)):
            address = (i + 1) * JUMP_ALIGNMENT
            outcome, target = djump_rule(address, self.jump_table, self.starts)
            if outcome is DjumpOutcome.JUMP:
                self.djump_targets[address] = target
        self._cache: dict[int, tuple[Instruction | None, int]] = {}
        self.compiled: dict[int, Any] = {}
        """Entry pc → compiled block (or None), filled by the interpreter's block compiler."""
        self.native: Any = None
        """The native engine's decoded records of this program (`native.NativeCode`), made on first use."""
        self.visits: dict[int, int] = {}
        """Entry pc → times reached without a compiled block (the compile heuristic's counter)."""

    def instruction(self, pc: int) -> tuple[Instruction | None, int]:
        """(instruction at pc or None if it acts as trap, pc + 1 + skip(pc))."""
        hit = self._cache.get(pc)
        if hit is not None:
            return hit
        n = len(self.code)
        skip = skip_length(self.mask, pc, n) if pc < n else 0
        ins = None
        if pc < n and self.mask[pc]:
            ins = decode_operands(self.code, pc, skip)
        result = (ins, pc + 1 + skip)
        self._cache[pc] = result
        return result


# ---------------------------------------------------------------------------------------------- register effects

class _EffectRecorder:
    """A `Machine` over ints that records which registers an instruction reads and writes (nothing else)."""

    def __init__(self) -> None:
        self.reads: list[int] = []
        self.writes: list[int] = []

    def reg(self, index: int) -> int:
        if index not in self.reads:
            self.reads.append(index)
        return 1

    def set_reg(self, index: int, value: int) -> None:
        if index not in self.writes:
            self.writes.append(index)

    def load(self, address: int, size: int) -> int:
        return 0

    def store(self, address: int, size: int, value: int) -> None:
        return None

    def branch(self, cond: bool, target: int) -> None:
        return None

    def jump(self, target: int) -> None:
        return None

    def djump(self, address: int) -> None:
        return None

    def trap(self) -> None:
        return None

    def host_call(self, index: int) -> None:
        return None

    def sbrk(self, size: int) -> int:
        return 0


@functools.lru_cache(maxsize=4096)
def register_effects(ins: Instruction) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(registers read, registers written) by `ins`, in first-access order, derived by running `execute`.

    Derived from the one statement of meaning above, so it cannot disagree with it: a conditional move reads its
    destination (GP A.5.13 cmov_iz: the old value survives when the condition fails), `load_imm_jump_ind` reads
    rB before writing rA. Host calls (`ecalli`) are reported as touching nothing: what the host changes is the
    ABI's business (`abi`). Branch targets and immediates do not matter; pass any placeholder.
    """
    recorder = _EffectRecorder()
    execute(IntBitVec(), recorder, ins)
    return tuple(recorder.reads), tuple(recorder.writes)
