"""What one IR instruction computes, for the integer subset pvmc lowers: LLVM's semantics written once on z3.

What it does: `evaluate(ins, operand, memory)` gives the outcome of one IR instruction (`pvm_backend.ir`) as z3
terms: its result at the IR type's width (i1 .. i64; pointers are i32), the condition under which the instruction is
*defined* (no undefined behaviour and no poison result: outside it any behaviour of the emitted code refines the IR,
LLVM LangRef), the memory after it (stores), and for a conditional `br` or a `switch` the condition under which each
successor is taken. `operand(op)` supplies each operand as a term of its IR width; memory is a z3 array from 32-bit
PVM addresses to bytes. Check 3 (`verifier.selection`) compares this with what the emitted PVM code computes from
the one semantics table the interpreter runs (`pvm_backend.semantics`). The approach is Alive2's (Lopes et al., PLDI
2021: refinement of an instruction's UB-free, poison-free behaviour) and ARM-TV's for a backend (Dasgupta et al.):
per instruction, for all inputs, with bit-vectors and memory as arrays.

The rules (LangRef; "undefined" means the outcome is outside `defined`):
  * add/sub/mul wrap; ``nuw``/``nsw`` make unsigned/signed overflow poison. shl/lshr/ashr: an amount ≥ the
    width is poison; ``nuw``/``nsw`` on shl and ``exact`` on lshr/ashr make lost bits poison.
  * udiv/urem by zero is undefined; sdiv/srem by zero or of INT_MIN by -1 is undefined; ``exact`` division with a
    remainder is poison.
  * and/or/xor; ``or disjoint`` with a common bit is poison.
  * icmp: the ten predicates, an i1 result; ``samesign`` with operands of different signs is poison.
  * select; zext/sext/trunc (``nneg`` on zext, ``nuw``/``nsw`` on trunc make lost information poison);
    ptrtoint/inttoptr between i32 pointers and integers (truncate or zero-extend); bitcast/addrspacecast/freeze
    are the identity (freeze of a non-poison value).
  * getelementptr: base + offset + Σ sext-or-trunc(index)·scale, wrapping at 32 bits (its ``inbounds``/``nuw``
    poison conditions are not used: the wrapping result is one of the allowed ones).
  * i65..i128: the same rules at N bits (a product by 64-bit words, `_product`).
  * load/store of i1..i128 and ptr: the ceil(N/8) little-endian bytes at the 32-bit address; i1 occupies
    one byte (stored 0 or 1; a load of a byte that is neither is undefined). For N not a multiple of 8 (LangRef:
    the bits above N of the last byte are unspecified when stored, the load undefined unless an iN store wrote
    them) a store writes them as zeros and a load takes the low N bits, the choices of the backend, which refine
    LLVM's.
  * br: the condition's bit. switch: the successor of the case whose value equals the condition (case values
    are distinct), else the default.

Assumes: operands are not poison (an instruction with a poison operand has a poison result or is undefined, so
any behaviour refines it); the module's pointers are 32 bits (`pvm_backend.ir`).

Guarantees: `evaluate` returns None for every instruction outside the subset (calls, phis, returns,
aggregates, allocas and odd widths): check 3 counts those as not covered and never as proved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import z3

from pvm_backend.ir import IRType, Instruction, Operand, TypeKind

POINTER_BITS = 32
"""Width of a pointer value (wasm32 data layout, PVM addresses; `pvm_backend.ir`)."""

Memory = z3.ArrayRef
"""Bytes of PVM memory: a z3 array from 32-bit addresses to 8-bit bytes."""


@dataclass(frozen=True)
class Outcome:
    """What one IR instruction does, as z3 terms over its operands (see the module docstring)."""

    defined: z3.BoolRef
    """The instruction has no undefined behaviour and its result is not poison."""
    value: z3.BitVecRef | None = None
    """The result at the IR type's width (i1 is 1 bit, a pointer 32); None without a result."""
    memory: Memory | None = None
    """Memory afterwards, for a store; None when the instruction writes none."""
    taken: z3.BoolRef | None = None
    """For a conditional `br`: the first successor is taken."""
    successors: tuple[tuple[z3.BoolRef, int], ...] = ()
    """For a conditional `br` or a `switch`: (condition, IR block id) per successor edge, in the instruction's
    order; exactly one condition holds (a block named twice is reached when either of its conditions holds)."""


def width(ty: IRType) -> int | None:
    """Bits of an integer or pointer type within the subset (1..128; pointers 32), else None."""
    if ty.kind is TypeKind.PTR:
        return POINTER_BITS
    if ty.kind is TypeKind.INT and 1 <= ty.bits <= 128:
        return ty.bits
    return None


def _product(a: z3.BitVecRef, b: z3.BitVecRef) -> z3.BitVecRef:
    """a·b mod 2^bits. At 128 bits, by 64-bit words (schoolbook): with a = ah·2^64 + al and b = bh·2^64 + bl,
    a·b ≡ al·bl + 2^64·(al·bh + ah·bl) (mod 2^128), where al·bl is the full 128-bit product of the low words:
    the low word of a·b is al·bl mod 2^64, the high word the high half of al·bl plus al·bh + ah·bl (mod 2^64).
    The identity is ring arithmetic; z3 gives up on a 128-bit product against any other form of it
    (bit-blasting multipliers: a minute without an answer), so the IR side states the product this way (tests
    check the identity against Python's integers)."""
    if a.size() <= 64:
        return a * b
    if a.size() < 128:   # the low N bits of the 128-bit product of the zero-extended operands
        wide = _product(z3.ZeroExt(128 - a.size(), a), z3.ZeroExt(128 - b.size(), b))
        return z3.Extract(a.size() - 1, 0, wide)
    al, ah, bl, bh = z3.Extract(63, 0, a), z3.Extract(127, 64, a), z3.Extract(63, 0, b), z3.Extract(127, 64, b)
    high_of_low = z3.Extract(127, 64, z3.ZeroExt(64, al) * z3.ZeroExt(64, bl))
    return z3.Concat(high_of_low + al * bh + ah * bl, al * bl)


def _resize(a: z3.BitVecRef, bits: int, signed: bool) -> z3.BitVecRef:
    """`a` truncated or (sign- or zero-)extended to `bits`."""
    have = a.size()
    if have == bits:
        return a
    if have > bits:
        return z3.Extract(bits - 1, 0, a)
    return z3.SignExt(bits - have, a) if signed else z3.ZeroExt(bits - have, a)


def load_bytes(memory: Memory, address: z3.BitVecRef, size: int) -> z3.BitVecRef:
    """The `size`-byte little-endian word at the 32-bit `address` (bytes wrap mod 2^32)."""
    parts = [z3.Select(memory, address + k) for k in range(size)]
    return parts[0] if size == 1 else z3.Concat(*reversed(parts))


def store_bytes(memory: Memory, address: z3.BitVecRef, size: int, word: z3.BitVecRef) -> Memory:
    """`memory` with the low `size` bytes of `word` written little-endian at the 32-bit `address`."""
    for k in range(size):
        memory = z3.Store(memory, address + k, z3.Extract(8 * k + 7, 8 * k, word))
    return memory


_TRUE = z3.BoolVal(True)


def _arithmetic(ins: Instruction, a: z3.BitVecRef, b: z3.BitVecRef) -> Outcome | None:
    op, flags, bits = ins.opcode, ins.flags, a.size()
    ok: list[z3.BoolRef] = []
    value: z3.BitVecRef
    if op == "add":
        value = a + b
        ok += [z3.BVAddNoOverflow(a, b, False)] if "nuw" in flags else []
        ok += [z3.BVAddNoOverflow(a, b, True), z3.BVAddNoUnderflow(a, b)] if "nsw" in flags else []
    elif op == "sub":
        value = a - b
        ok += [z3.BVSubNoUnderflow(a, b, False)] if "nuw" in flags else []
        ok += [z3.BVSubNoOverflow(a, b), z3.BVSubNoUnderflow(a, b, True)] if "nsw" in flags else []
    elif op == "mul":
        value = _product(a, b)
        ok += [z3.BVMulNoOverflow(a, b, False)] if "nuw" in flags else []
        ok += [z3.BVMulNoOverflow(a, b, True), z3.BVMulNoUnderflow(a, b)] if "nsw" in flags else []
    elif op in ("udiv", "urem"):
        value = z3.UDiv(a, b) if op == "udiv" else z3.URem(a, b)
        ok.append(b != 0)
        ok += [z3.URem(a, b) == 0] if "exact" in flags else []
    elif op in ("sdiv", "srem"):
        minimum = z3.BitVecVal(1 << (bits - 1), bits)
        value = a / b if op == "sdiv" else z3.SRem(a, b)
        ok += [b != 0, z3.Not(z3.And(a == minimum, b == -1))]
        ok += [z3.SRem(a, b) == 0] if "exact" in flags else []
    elif op in ("shl", "lshr", "ashr"):
        ok.append(z3.ULT(b, bits))
        value = a << b if op == "shl" else z3.LShR(a, b) if op == "lshr" else a >> b
        if op == "shl":
            ok += [z3.LShR(value, b) == a] if "nuw" in flags else []
            ok += [(value >> b) == a] if "nsw" in flags else []
        elif "exact" in flags:
            ok.append((value << b) == a)
    elif op in ("and", "or", "xor"):
        value = a & b if op == "and" else a | b if op == "or" else a ^ b
        ok += [(a & b) == 0] if op == "or" and "disjoint" in flags else []
    else:
        return None
    return Outcome(z3.And(*ok) if ok else _TRUE, value)


_PREDICATES: dict[str, Callable[[z3.BitVecRef, z3.BitVecRef], z3.BoolRef]] = {
    "eq": lambda a, b: a == b, "ne": lambda a, b: a != b,
    "ugt": z3.UGT, "uge": z3.UGE, "ult": z3.ULT, "ule": z3.ULE,
    "sgt": lambda a, b: a > b, "sge": lambda a, b: a >= b, "slt": lambda a, b: a < b, "sle": lambda a, b: a <= b,
}


def predicate(name: str, a: z3.BitVecRef, b: z3.BitVecRef) -> z3.BoolRef | None:
    """The icmp predicate `name` (``eq`` .. ``sle``) on `a` and `b`; None for an unknown name."""
    rule = _PREDICATES.get(name)
    return None if rule is None else rule(a, b)


def _bit(cond: z3.BoolRef) -> z3.BitVecRef:
    return z3.If(cond, z3.BitVecVal(1, 1), z3.BitVecVal(0, 1))


def evaluate(ins: Instruction, operand: Callable[[Operand], z3.BitVecRef], memory: Memory) -> Outcome | None:
    """The outcome of `ins` (see the module docstring); `operand(op)` gives an operand's term at its IR width
    (`width`), `memory` the memory before. None: outside the subset."""
    op = ins.opcode
    bits = width(ins.type)
    widths = [width(t) for t in ins.operand_types]
    if any(w is None for w in widths):
        return None
    if op == "br":
        if len(ins.operands) != 1 or len(ins.successors) != 2:
            return None
        taken = operand(ins.operands[0]) == 1
        return Outcome(_TRUE, taken=taken,
                       successors=((taken, ins.successors[0]), (z3.Not(taken), ins.successors[1])))
    if op == "switch":   # LangRef: the case whose value equals the condition, else the default (successors[0])
        if len(ins.operands) != 1 or len(ins.successors) != len(ins.switch_cases) + 1:
            return None
        condition = operand(ins.operands[0])
        cases = [(condition == z3.BitVecVal(value % (1 << condition.size()), condition.size()), block)
                 for value, block in ins.switch_cases]
        default = z3.And(*[z3.Not(c) for c, _ in cases]) if cases else _TRUE
        return Outcome(_TRUE, successors=((default, ins.successors[0]), *cases))
    if op == "store":
        value, address = operand(ins.operands[0]), operand(ins.operands[1])
        size = (value.size() + 7) // 8
        if not 1 <= value.size() <= 128:
            return None
        return Outcome(_TRUE, memory=store_bytes(memory, address, size, _resize(value, 8 * size, False)))
    if bits is None:
        return None
    args = [operand(o) for o in ins.operands]
    if op in ("add", "sub", "mul", "udiv", "sdiv", "urem", "srem", "shl", "lshr", "ashr", "and", "or", "xor"):
        return _arithmetic(ins, args[0], args[1])
    if op == "icmp":
        cond = predicate(ins.predicate or "", args[0], args[1])
        if cond is None:
            return None
        same = (args[0] < 0) == (args[1] < 0) if "samesign" in ins.flags else _TRUE
        return Outcome(same, _bit(cond))
    if op == "select":
        return Outcome(_TRUE, z3.If(args[0] == 1, args[1], args[2]))
    if op in ("zext", "sext", "trunc", "ptrtoint", "inttoptr", "bitcast", "addrspacecast", "freeze"):
        source = args[0]
        value = _resize(source, bits, op == "sext")
        ok: list[z3.BoolRef] = []
        if op == "zext" and "nneg" in ins.flags:
            ok.append(source >= 0)
        if op == "trunc" and "nuw" in ins.flags:
            ok.append(_resize(value, source.size(), False) == source)
        if op == "trunc" and "nsw" in ins.flags:
            ok.append(_resize(value, source.size(), True) == source)
        return Outcome(z3.And(*ok) if ok else _TRUE, value)
    if op == "getelementptr" and ins.gep is not None:
        address = args[0] + z3.BitVecVal(ins.gep.offset, POINTER_BITS)
        for index, _, scale in ins.gep.terms:
            address = address + _resize(operand(index), POINTER_BITS, True) * z3.BitVecVal(scale, POINTER_BITS)
        return Outcome(_TRUE, address)
    if op == "load":
        if not 1 <= bits <= 128:
            return None
        word = load_bytes(memory, args[0], (bits + 7) // 8)
        if bits == 1:
            return Outcome(z3.ULE(word, 1), z3.Extract(0, 0, word))
        return Outcome(_TRUE, z3.Extract(bits - 1, 0, word) if bits % 8 else word)
    return None
