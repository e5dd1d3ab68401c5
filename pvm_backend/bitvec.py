"""The bit-vector protocol that PVM instruction meanings are written against, and its Python-int implementation.

What it does: `BitVec[V, B]` is a small set of operations on 64-bit words (type V) and booleans (type B). The
meanings in `pvm_backend.semantics` use nothing else, so the same meaning runs on Python ints (`IntBitVec`, here),
on Python source expressions (the block compiler in `pvm_backend.blockjit`) and on z3 bit-vectors (the verifier).

Assumes: every V is a 64-bit word (an int implementation keeps it in 0..2^64-1). Shift amounts are already
reduced below 64 by the caller. Bit widths passed to `sext`/`zext` are 1..64.

Guarantees: every operation is total and has one fixed result for every input, except where documented as
"unspecified" (division and remainder by zero): there the operation must still return some word without failing,
and the semantics never let such a value reach the machine state (they select around it with `ite`). Each
operation maps onto one z3 bit-vector operation or a short expression of them (noted per method), so a z3
implementation needs no other knowledge.
"""

from __future__ import annotations

from typing import Protocol, TypeVar

V = TypeVar("V")
B = TypeVar("B")

MASK64 = (1 << 64) - 1
SIGN64 = 1 << 63


class BitVec(Protocol[V, B]):
    """Operations on 64-bit words V and booleans B. Signed operations read words as two's complement."""

    def const(self, value: int) -> V:
        """The word `value mod 2^64` (z3: BitVecVal)."""
        ...

    def add(self, a: V, b: V) -> V:
        """a + b mod 2^64 (z3: +)."""
        ...

    def sub(self, a: V, b: V) -> V:
        """a - b mod 2^64 (z3: -)."""
        ...

    def mul(self, a: V, b: V) -> V:
        """a * b mod 2^64 (z3: *)."""
        ...

    def mul_upper_uu(self, a: V, b: V) -> V:
        """High 64 bits of the 128-bit product of unsigned a and b (z3: Extract of ZeroExt product)."""
        ...

    def mul_upper_ss(self, a: V, b: V) -> V:
        """High 64 bits of the 128-bit product of signed a and b (z3: Extract of SignExt product)."""
        ...

    def mul_upper_su(self, a: V, b: V) -> V:
        """High 64 bits of the 128-bit product of signed a and unsigned b (z3: SignExt(a) * ZeroExt(b))."""
        ...

    def udiv(self, a: V, b: V) -> V:
        """floor(a / b) unsigned; unspecified for b = 0 (z3: UDiv)."""
        ...

    def sdiv(self, a: V, b: V) -> V:
        """Signed a / b truncated toward zero, mod 2^64 (so MIN / -1 = MIN); unspecified for b = 0 (z3: /)."""
        ...

    def urem(self, a: V, b: V) -> V:
        """a mod b unsigned; unspecified for b = 0 (z3: URem)."""
        ...

    def srem(self, a: V, b: V) -> V:
        """Signed remainder with the sign of a (|result| < |b|, MIN rem -1 = 0); unspecified for b = 0
        (z3: SRem)."""
        ...

    def and_(self, a: V, b: V) -> V:
        """Bitwise and (z3: &)."""
        ...

    def or_(self, a: V, b: V) -> V:
        """Bitwise or (z3: |)."""
        ...

    def xor(self, a: V, b: V) -> V:
        """Bitwise exclusive or (z3: ^)."""
        ...

    def not_(self, a: V) -> V:
        """Bitwise complement (z3: ~)."""
        ...

    def shl(self, a: V, amount: V) -> V:
        """a << amount mod 2^64, amount < 64 (z3: <<)."""
        ...

    def lshr(self, a: V, amount: V) -> V:
        """Logical right shift, amount < 64 (z3: LShR)."""
        ...

    def ashr(self, a: V, amount: V) -> V:
        """Arithmetic right shift, amount < 64 (z3: >>)."""
        ...

    def eq(self, a: V, b: V) -> B:
        """a = b (z3: ==)."""
        ...

    def ne(self, a: V, b: V) -> B:
        """a != b (z3: !=)."""
        ...

    def ult(self, a: V, b: V) -> B:
        """a < b unsigned (z3: ULT)."""
        ...

    def ule(self, a: V, b: V) -> B:
        """a <= b unsigned (z3: ULE)."""
        ...

    def slt(self, a: V, b: V) -> B:
        """a < b signed (z3: <)."""
        ...

    def sle(self, a: V, b: V) -> B:
        """a <= b signed (z3: <=)."""
        ...

    def ite(self, cond: B, then: V, other: V) -> V:
        """`then` if cond else `other` (z3: If)."""
        ...

    def sext(self, a: V, bits: int) -> V:
        """Sign-extend the low `bits` bits of a to 64 bits (z3: SignExt(64-bits, Extract(bits-1, 0, a)))."""
        ...

    def zext(self, a: V, bits: int) -> V:
        """The low `bits` bits of a, zero-extended: a mod 2^bits (z3: ZeroExt of Extract)."""
        ...

    def popcount(self, a: V) -> V:
        """Number of set bits, 0..64 (z3: sum of single-bit extracts)."""
        ...

    def clz(self, a: V) -> V:
        """Number of leading zero bits, 64 for 0 (z3: If chain over the bits)."""
        ...

    def ctz(self, a: V) -> V:
        """Number of trailing zero bits, 64 for 0 (z3: If chain over the bits)."""
        ...

    def bswap(self, a: V) -> V:
        """The 8 bytes of a in reverse order (z3: Concat of byte extracts)."""
        ...


def _signed(a: int) -> int:
    return a - (1 << 64) if a & SIGN64 else a


class IntBitVec:
    """`BitVec[int, bool]` on Python ints in 0..2^64-1. Zero divisors give 0 (the unspecified value)."""

    def const(self, value: int) -> int:
        return value & MASK64

    def add(self, a: int, b: int) -> int:
        return (a + b) & MASK64

    def sub(self, a: int, b: int) -> int:
        return (a - b) & MASK64

    def mul(self, a: int, b: int) -> int:
        return (a * b) & MASK64

    def mul_upper_uu(self, a: int, b: int) -> int:
        return (a * b) >> 64

    def mul_upper_ss(self, a: int, b: int) -> int:
        return ((_signed(a) * _signed(b)) >> 64) & MASK64

    def mul_upper_su(self, a: int, b: int) -> int:
        return ((_signed(a) * b) >> 64) & MASK64

    def udiv(self, a: int, b: int) -> int:
        return a // b if b else 0

    def sdiv(self, a: int, b: int) -> int:
        if not b:
            return 0
        sa, sb = _signed(a), _signed(b)
        q = abs(sa) // abs(sb)
        return (-q if (sa < 0) != (sb < 0) else q) & MASK64

    def urem(self, a: int, b: int) -> int:
        return a % b if b else 0

    def srem(self, a: int, b: int) -> int:
        if not b:
            return 0
        sa, sb = _signed(a), _signed(b)
        r = abs(sa) % abs(sb)
        return (-r if sa < 0 else r) & MASK64

    def and_(self, a: int, b: int) -> int:
        return a & b

    def or_(self, a: int, b: int) -> int:
        return a | b

    def xor(self, a: int, b: int) -> int:
        return a ^ b

    def not_(self, a: int) -> int:
        return a ^ MASK64

    def shl(self, a: int, amount: int) -> int:
        return (a << amount) & MASK64

    def lshr(self, a: int, amount: int) -> int:
        return a >> amount

    def ashr(self, a: int, amount: int) -> int:
        return (_signed(a) >> amount) & MASK64

    def eq(self, a: int, b: int) -> bool:
        return a == b

    def ne(self, a: int, b: int) -> bool:
        return a != b

    def ult(self, a: int, b: int) -> bool:
        return a < b

    def ule(self, a: int, b: int) -> bool:
        return a <= b

    def slt(self, a: int, b: int) -> bool:
        return (a ^ SIGN64) < (b ^ SIGN64)

    def sle(self, a: int, b: int) -> bool:
        return (a ^ SIGN64) <= (b ^ SIGN64)

    def ite(self, cond: bool, then: int, other: int) -> int:
        return then if cond else other

    def sext(self, a: int, bits: int) -> int:
        sign = 1 << (bits - 1)
        return (((a & ((1 << bits) - 1)) ^ sign) - sign) & MASK64

    def zext(self, a: int, bits: int) -> int:
        return a & ((1 << bits) - 1)

    def popcount(self, a: int) -> int:
        return a.bit_count()

    def clz(self, a: int) -> int:
        return 64 - a.bit_length()

    def ctz(self, a: int) -> int:
        return (a & -a).bit_length() - 1 if a else 64

    def bswap(self, a: int) -> int:
        return int.from_bytes(a.to_bytes(8, "little"), "big")


#: The shared instance used by the interpreter.
INT_BV = IntBitVec()
