"""The z3 implementation of the bit-vector protocol `pvm_backend.bitvec.BitVec` (64-bit terms).

What it does: lets `pvm_backend.semantics.execute` run on z3 terms, so the verifier derives what an emitted
instruction does (which register it copies, which frame cell it loads or stores) from the one statement of
its meaning instead of a second table (`verifier.effects`).

Assumes: every value is a 64-bit z3 bit-vector term; conditions are z3 Booleans.

Guarantees: each operation means what the int implementation `pvm_backend.bitvec.IntBitVec` means, bit for bit
(tests/pvm/test_semantics.py checks the two against each other on random inputs).
"""

from __future__ import annotations

import z3

W = 64


def _bits(a: z3.BitVecRef) -> list[z3.BitVecRef]:
    return [z3.Extract(i, i, a) for i in range(W)]


class Z3BitVec:
    """`BitVec[z3.BitVecRef, z3.BoolRef]` on 64-bit z3 terms."""

    def const(self, value: int) -> z3.BitVecRef:
        return z3.BitVecVal(value % (1 << W), W)

    def add(self, a, b):
        return a + b

    def sub(self, a, b):
        return a - b

    def mul(self, a, b):
        return a * b

    def mul_upper_uu(self, a, b):
        return z3.Extract(127, 64, z3.ZeroExt(W, a) * z3.ZeroExt(W, b))

    def mul_upper_ss(self, a, b):
        return z3.Extract(127, 64, z3.SignExt(W, a) * z3.SignExt(W, b))

    def mul_upper_su(self, a, b):
        return z3.Extract(127, 64, z3.SignExt(W, a) * z3.ZeroExt(W, b))

    def udiv(self, a, b):
        return z3.UDiv(a, b)

    def sdiv(self, a, b):
        return a / b

    def urem(self, a, b):
        return z3.URem(a, b)

    def srem(self, a, b):
        return z3.SRem(a, b)

    def and_(self, a, b):
        return a & b

    def or_(self, a, b):
        return a | b

    def xor(self, a, b):
        return a ^ b

    def not_(self, a):
        return ~a

    def shl(self, a, n):
        return a << n

    def lshr(self, a, n):
        return z3.LShR(a, n)

    def ashr(self, a, n):
        return a >> n

    def eq(self, a, b):
        return a == b

    def ne(self, a, b):
        return a != b

    def ult(self, a, b):
        return z3.ULT(a, b)

    def ule(self, a, b):
        return z3.ULE(a, b)

    def slt(self, a, b):
        return a < b

    def sle(self, a, b):
        return a <= b

    def ite(self, cond, then, other):
        return z3.If(cond, then, other)

    def sext(self, a, bits: int):
        return a if bits == W else z3.SignExt(W - bits, z3.Extract(bits - 1, 0, a))

    def zext(self, a, bits: int):
        return a if bits == W else z3.ZeroExt(W - bits, z3.Extract(bits - 1, 0, a))

    def popcount(self, a):
        return z3.Sum([z3.ZeroExt(W - 1, bit) for bit in _bits(a)])

    def clz(self, a):
        result = self.const(W)
        for i in range(W):  # the highest set bit wins, so scan upwards
            result = z3.If(z3.Extract(i, i, a) == 1, self.const(W - 1 - i), result)
        return result

    def ctz(self, a):
        result = self.const(W)
        for i in reversed(range(W)):  # the lowest set bit wins, so scan downwards
            result = z3.If(z3.Extract(i, i, a) == 1, self.const(i), result)
        return result

    def bswap(self, a):
        return z3.Concat(*[z3.Extract(8 * i + 7, 8 * i, a) for i in range(8)])
