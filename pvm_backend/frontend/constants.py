"""Constants from printed IR: folding constant expressions and laying out global initializers.

What it does: reads a typed constant as LLVM prints it (``i32 5``, ``ptr getelementptr inbounds (i8, ptr @g,
i32 4)``, ``[2 x ptr] [ptr @f, ptr null]``, ``c"hi\\00"``, ``{ i32, i8 } { i32 1, i8 2 }``, zeroinitializer,
packed structs) into a folded value, and writes folded aggregates into bytes plus pointer relocations.

Assumes: LLVM printed the text (canonical spelling). Symbol names in the text are mapped to view names by the
caller's `names` function (unnamed globals print as ``@0``).

Guarantees: a scalar folds to `Const`, `Undef`, `GlobalAddr` or `FunctionAddr`; address arithmetic on globals
(getelementptr, ptrtoint/inttoptr to ≥ 32 bits, bitcast, add/sub of a constant) folds into `GlobalAddr.offset`.
Anything else raises `Unfoldable` with a short reason; callers turn it into `UnsupportedError`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from pvm_backend.ir import Const, FunctionAddr, GlobalAddr, IRType, Relocation, TypeKind, Undef

from .lexer import Tok, TokenStream, decode_string, tokenize
from .types import TypeTable


class Unfoldable(Exception):
    """A constant the backend cannot represent (the message says why)."""


@dataclass(frozen=True, slots=True)
class Aggregate:
    """A folded array or struct constant."""

    type: IRType
    """Its type."""
    elements: tuple["Folded", ...]
    """One folded value per element."""


@dataclass(frozen=True, slots=True)
class Zero:
    """``zeroinitializer`` of an aggregate type."""

    type: IRType
    """Its type."""


@dataclass(frozen=True, slots=True)
class ByteString:
    """A ``c"..."`` array of i8."""

    data: bytes
    """Its bytes."""


@dataclass(frozen=True, slots=True)
class NegatedAddr:
    """``offset - @name``: an intermediate of folding only (``sub (i32 0, ptrtoint (ptr @g to i32))``, which
    LLVM leaves when a WebAssembly entry wrapper inlined into its caller subtracts and re-adds the memory base);
    adding ``@name`` back folds it to a `Const`, and one left at the end is `Unfoldable`."""

    name: str
    """The global's name."""
    offset: int
    """The constant term, in bytes."""


Scalar = Const | Undef | GlobalAddr | FunctionAddr
Folded = Scalar | Aggregate | Zero | ByteString | NegatedAddr

NameOf = Callable[[str], "GlobalAddr | FunctionAddr"]
"""Maps a ``@token`` to the symbol it names (GlobalAddr for variables, FunctionAddr for functions)."""

_CASTS = frozenset({"ptrtoint", "inttoptr", "bitcast", "addrspacecast", "trunc", "zext", "sext"})
_BINOPS = frozenset({"add", "sub", "mul", "xor", "and", "or", "shl"})
_EXPR_FLAGS = frozenset({"nuw", "nsw", "inbounds", "nusw", "exact", "disjoint"})


class ConstantReader:
    """Reads and folds constants for one module."""

    def __init__(self, types: TypeTable, symbol: NameOf) -> None:
        self.types = types
        self.symbol = symbol

    def typed(self, ts: TokenStream) -> tuple[IRType, Folded]:
        """Read ``<type> <value>``."""
        t = self.types.read(ts)
        return t, self.value(ts, t)

    def value(self, ts: TokenStream, t: IRType) -> Folded:
        """Read a value of known type `t`."""
        tok = ts.next()
        txt = tok.text
        if tok.kind is Tok.INT:
            return _int_const(int(txt), t)
        if txt in ("true", "false"):
            return Const(1 if txt == "true" else 0, 1)
        if txt == "null":
            return Const(0, t.bits or 32)
        if txt in ("undef", "poison"):
            return Undef(t.bits) if t.kind in (TypeKind.INT, TypeKind.PTR) else Zero(t)
        if txt == "zeroinitializer":
            return Const(0, t.bits) if t.kind in (TypeKind.INT, TypeKind.PTR) else Zero(t)
        if tok.kind is Tok.GLOBAL:
            return self.symbol(txt)
        if tok.kind is Tok.STRING:
            return ByteString(decode_string(txt[2:-1]))
        if txt in ("[", "{", "<{"):
            return self._aggregate(ts, t, txt)
        if tok.kind is Tok.FLOAT or t.kind is TypeKind.FLOAT:
            raise Unfoldable("floating-point constant")
        if txt == "<":
            raise Unfoldable("vector constant")
        if tok.kind is Tok.WORD:
            return self._expr(ts, txt, t)
        raise Unfoldable(f"constant `{txt}`")

    def _aggregate(self, ts: TokenStream, t: IRType, open_: str) -> Aggregate:
        close = {"[": "]", "{": "}", "<{": "}>"}[open_]
        elems: list[Folded] = []
        while not ts.at(close):
            elems.append(self.typed(ts)[1])
            if not ts.accept(","):
                break
        ts.expect(close)
        return Aggregate(t, tuple(elems))

    def _expr(self, ts: TokenStream, op: str, t: IRType) -> Folded:
        if op in ("blockaddress", "dso_local_equivalent", "no_cfi"):
            raise Unfoldable(f"`{op}` constant")
        while True:
            p = ts.peek()
            if p is None or (p.text not in _EXPR_FLAGS and p.text != "inrange"):
                break
            ts.next()
            if p.text == "inrange":
                ts.skip_balanced()
        ts.expect("(")
        if op == "getelementptr":
            return self._gep(ts)
        if op in _CASTS:
            src_t, src = self.typed(ts)
            ts.expect("to")
            self.types.read(ts)
            ts.expect(")")
            return fold_cast(op, src_t, src, t)
        if op in _BINOPS:
            _, a = self.typed(ts)
            ts.expect(",")
            _, b = self.typed(ts)
            ts.expect(")")
            return fold_binop(op, a, b, t)
        raise Unfoldable(f"constant expression `{op}`")

    def _gep(self, ts: TokenStream) -> Folded:
        src = self.types.read(ts)
        ts.expect(",")
        _, base = self.typed(ts)
        offset = 0
        cur = src
        first = True
        while ts.accept(","):
            it, idx = self.typed(ts)
            if not isinstance(idx, Const):
                raise Unfoldable("non-constant index in a constant getelementptr")
            i = _signed(idx.value, idx.bits)
            if first:
                offset += i * cur.size
                first = False
            elif cur.kind is TypeKind.STRUCT:
                offset += cur.offsets[i]
                cur = cur.elements[i]
            elif cur.kind is TypeKind.ARRAY:
                cur = cur.elements[0]
                offset += i * cur.size
            else:
                raise Unfoldable(f"getelementptr into `{cur.text}`")
        ts.expect(")")
        return add_offset(base, offset)

    def scalar(self, text: str) -> Scalar:
        """Fold a typed scalar constant printed as text (an operand); raise `Unfoldable` for aggregates and
        negated addresses."""
        v = self.scalar_or_negated(text)
        if isinstance(v, NegatedAddr):
            raise Unfoldable("a negated address")
        return v

    def scalar_or_negated(self, text: str) -> Scalar | NegatedAddr:
        """`scalar`, except that a negated address is returned (an operand of `add` or `sub` the caller turns
        into the opposite operation on a `GlobalAddr`)."""
        ts = TokenStream(tokenize(text))
        t, v = self.typed(ts)
        if isinstance(v, (Aggregate, Zero, ByteString)):
            raise Unfoldable(f"aggregate constant of type `{t.text}`")
        return v


def _int_const(v: int, t: IRType) -> Const:
    bits = t.bits or 32
    return Const(v & ((1 << bits) - 1), bits)


def _signed(v: int, bits: int) -> int:
    return v - (1 << bits) if bits and v >> (bits - 1) & 1 else v


def add_offset(base: Folded, offset: int) -> Scalar:
    """`base` + `offset` bytes, for a folded pointer."""
    if isinstance(base, GlobalAddr):
        return GlobalAddr(base.name, base.offset + offset)
    if isinstance(base, Const):
        return Const((base.value + offset) & ((1 << base.bits) - 1), base.bits)
    if isinstance(base, FunctionAddr) and offset == 0:
        return base
    raise Unfoldable("address arithmetic on a function or undefined pointer")


def fold_cast(op: str, src_t: IRType, src: Folded, dst: IRType) -> Folded:
    """Fold a cast constant expression."""
    bits = dst.bits
    if isinstance(src, Const):
        v = src.value
        if op == "sext":
            v = _signed(v, src.bits)
        return Const(v & ((1 << bits) - 1), bits)
    if isinstance(src, Undef):
        return Undef(bits)
    if isinstance(src, (GlobalAddr, FunctionAddr, NegatedAddr)):
        if op in ("bitcast", "addrspacecast", "inttoptr", "ptrtoint", "zext", "trunc") and bits >= 32:
            return src
        raise Unfoldable(f"`{op}` of an address to {dst.text}")
    raise Unfoldable(f"`{op}` of an aggregate")


def fold_binop(op: str, a: Folded, b: Folded, t: IRType) -> Folded:
    """Fold an integer constant expression; addresses allow ``+ c``, ``c +`` and ``- c`` and same-symbol ``-``."""
    bits = t.bits
    mask = (1 << bits) - 1
    if isinstance(a, Const) and isinstance(b, Const):
        x, y = a.value, b.value
        r = {"add": x + y, "sub": x - y, "mul": x * y, "xor": x ^ y, "and": x & y, "or": x | y,
             "shl": x << y if y < bits else 0}[op]
        return Const(r & mask, bits)
    if op == "add" and isinstance(a, GlobalAddr) and isinstance(b, Const):
        return add_offset(a, _signed(b.value, b.bits))
    if op == "add" and isinstance(b, GlobalAddr) and isinstance(a, Const):
        return add_offset(b, _signed(a.value, a.bits))
    if op == "sub" and isinstance(a, GlobalAddr) and isinstance(b, Const):
        return add_offset(a, -_signed(b.value, b.bits))
    if op == "sub" and isinstance(a, GlobalAddr) and isinstance(b, GlobalAddr) and a.name == b.name:
        return Const((a.offset - b.offset) & mask, bits)
    if op == "sub" and isinstance(a, Const) and isinstance(b, GlobalAddr):
        return NegatedAddr(b.name, _signed(a.value, a.bits) - b.offset)
    if op == "add" and isinstance(a, NegatedAddr) and isinstance(b, NegatedAddr):
        raise Unfoldable("`add` of two negated addresses")
    if op == "add" and isinstance(b, NegatedAddr):
        a, b = b, a
    if op in ("add", "sub") and isinstance(a, NegatedAddr):
        sign = 1 if op == "add" else -1
        if isinstance(b, Const):
            return NegatedAddr(a.name, a.offset + sign * _signed(b.value, b.bits))
        if op == "add" and isinstance(b, GlobalAddr) and b.name == a.name:
            return Const((a.offset + b.offset) & mask, bits)
    raise Unfoldable(f"`{op}` of addresses")


def layout(t: IRType, v: Folded) -> tuple[bytes, tuple[Relocation, ...]]:
    """Bytes (little-endian, `t.size` long) and pointer relocations of a folded initializer of type `t`."""
    buf = bytearray(t.size)
    relocs: list[Relocation] = []
    _write(buf, relocs, 0, t, v)
    return bytes(buf), tuple(relocs)


def _write(buf: bytearray, relocs: list[Relocation], at: int, t: IRType, v: Folded) -> None:
    if isinstance(v, (Zero, Undef)):
        return
    if isinstance(v, NegatedAddr):
        raise Unfoldable("a negated address in an initializer")
    if isinstance(v, Const):
        n = (t.bits + 7) // 8 if t.kind is TypeKind.INT else t.size
        buf[at:at + n] = (v.value & ((1 << (8 * n)) - 1)).to_bytes(n, "little")
        return
    if isinstance(v, (GlobalAddr, FunctionAddr)):
        if t.size < 4:
            raise Unfoldable(f"address stored in a {t.text}")
        relocs.append(Relocation(at, t.size, v))
        return
    if isinstance(v, ByteString):
        buf[at:at + len(v.data)] = v.data
        return
    if t.kind is TypeKind.STRUCT:
        for off, et, ev in zip(t.offsets, t.elements, v.elements):
            _write(buf, relocs, at + off, et, ev)
        return
    if t.kind is TypeKind.ARRAY:
        et = t.elements[0]
        for i, ev in enumerate(v.elements):
            _write(buf, relocs, at + i * et.size, et, ev)
        return
    raise Unfoldable(f"initializer of type {t.text}")


__all__ = ["ConstantReader", "Unfoldable", "Aggregate", "Zero", "ByteString", "Folded", "Scalar", "layout"]
