"""LLVM types → `ir.IRType`, with sizes, alignments and struct offsets from the module's data layout.

What it does: converts llvmlite `TypeRef`s into `IRType`s (cached per `TypeRef`, which LLVM uniques per context)
and resolves type *text* read from instructions (GEP source types, alloca types, constant expressions) through a
cache keyed by the canonical text that LLVM prints.

Assumes: one `TypeTable` per module and per llvmlite context. Text of a type never seen as a `TypeRef` is resolved
by parsing a tiny helper module (the module's data layout, its named struct definitions and one external global of
that type) in a fresh context, so LLVM itself always computes the layout.

Guarantees: sizes are LLVM's `getTypeAllocSize`, alignments the ABI alignment, offsets `getElementOffset`, all in
bytes. Unsized types (void, label, function, metadata, token, opaque structs) get size 0 and are never passed to
the layout queries (llvmlite aborts the process on those).
"""

from __future__ import annotations

import llvmlite.binding as llvm

from pvm_backend.ir import IRType, TypeKind

from .lexer import TokenStream, tokenize

_KIND = {
    llvm.TypeKind.void: TypeKind.VOID,
    llvm.TypeKind.integer: TypeKind.INT,
    llvm.TypeKind.pointer: TypeKind.PTR,
    llvm.TypeKind.array: TypeKind.ARRAY,
    llvm.TypeKind.struct: TypeKind.STRUCT,
    llvm.TypeKind.function: TypeKind.FUNCTION,
    llvm.TypeKind.label: TypeKind.LABEL,
    llvm.TypeKind.half: TypeKind.FLOAT,
    llvm.TypeKind.bfloat: TypeKind.FLOAT,
    llvm.TypeKind.float: TypeKind.FLOAT,
    llvm.TypeKind.double: TypeKind.FLOAT,
    llvm.TypeKind.x86_fp80: TypeKind.FLOAT,
    llvm.TypeKind.fp128: TypeKind.FLOAT,
    llvm.TypeKind.ppc_fp128: TypeKind.FLOAT,
    llvm.TypeKind.vector: TypeKind.VECTOR,
    llvm.TypeKind.scalable_vector: TypeKind.VECTOR,
}

VOID = IRType(TypeKind.VOID, text="void")
"""The void type."""


def struct_ref_text(name: str) -> str:
    """How LLVM prints a reference to the named struct `name` (``%struct.S`` or ``%"a b"``)."""
    if name and all(c.isalnum() or c in "-_.$" for c in name) and not name[0].isdigit():
        return "%" + name
    if name.isdigit():
        return "%" + name
    return '%"' + name + '"'


class TypeTable:
    """Per-module cache of `IRType`s, fed by `TypeRef`s and by type text."""

    def __init__(self, module: llvm.ModuleRef) -> None:
        self._layout = module.data_layout
        self._td = llvm.create_target_data(self._layout)
        self._by_ref: dict[llvm.TypeRef, IRType] = {}
        self._by_text: dict[str, IRType] = {"void": VOID}
        self._struct_defs: list[str] = []
        self._unsupported: dict[str, str | None] = {}
        for st in module.struct_types:
            if st.name:
                self._struct_defs.append(str(st))
                self.of(st)

    def of(self, tref: llvm.TypeRef) -> IRType:
        """The `IRType` of an llvmlite type (cached)."""
        t = self._by_ref.get(tref)
        if t is None:
            t = self._build(tref, self._td)
            self._by_ref[tref] = t
            self._by_text.setdefault(t.text, t)
        return t

    def _build(self, tref: llvm.TypeRef, td: llvm.TargetData) -> IRType:
        kind = _KIND.get(tref.type_kind, TypeKind.OTHER)
        if kind is TypeKind.STRUCT and tref.name:
            text = struct_ref_text(tref.name)
        else:
            text = str(tref)
        if kind is TypeKind.VOID:
            return VOID
        if kind in (TypeKind.FUNCTION, TypeKind.LABEL, TypeKind.OTHER) or (
                kind is TypeKind.STRUCT and tref.is_opaque_struct) or tref.type_kind is llvm.TypeKind.scalable_vector:
            return IRType(kind, text=text)
        size = td.get_abi_size(tref)
        align = td.get_abi_alignment(tref)
        if kind is TypeKind.INT:
            return IRType(kind, bits=tref.type_width, size=size, align=align, text=text)
        if kind is TypeKind.PTR:
            return IRType(kind, bits=size * 8, size=size, align=align, text=text)
        if kind is TypeKind.ARRAY or kind is TypeKind.VECTOR:
            elem = self._sub(next(iter(tref.elements)), td)
            return IRType(kind, size=size, align=align, elements=(elem,), count=tref.element_count, text=text)
        if kind is TypeKind.STRUCT:
            elems = tuple(self._sub(e, td) for e in tref.elements)
            offsets = tuple(td.get_element_offset(tref, i) for i in range(len(elems)))
            return IRType(kind, size=size, align=align, elements=elems, offsets=offsets, text=text)
        return IRType(kind, bits=tref.type_width, size=size, align=align, text=text)

    def unsupported(self, t: IRType) -> str | None:
        """`contains_unsupported(t)`, memoised per type text (types are walked once per module)."""
        try:
            return self._unsupported[t.text]
        except KeyError:
            r = self._unsupported[t.text] = contains_unsupported(t)
            return r

    def _sub(self, tref: llvm.TypeRef, td: llvm.TargetData) -> IRType:
        if td is self._td:
            return self.of(tref)
        return self._build(tref, td)

    def from_text(self, text: str) -> IRType:
        """The `IRType` for canonical type text (as `TokenStream.read_type` returns it).

        Raises `ValueError` if LLVM cannot parse the type (a printing mismatch; callers report it).
        """
        t = self._by_text.get(text)
        if t is None:
            t = self._resolve_text(text)
            self._by_text[text] = t
        return t

    def _resolve_text(self, text: str) -> IRType:
        if text.startswith("%") and not text.endswith((")", "]", "}")):
            raise ValueError(f"unknown named type {text}")
        helper = "\n".join([f'target datalayout = "{self._layout}"', *self._struct_defs,
                            f"@__pvmc_type = external global {text}", ""])
        ctx = llvm.create_context()
        try:
            hm = llvm.parse_assembly(helper, context=ctx)
        except RuntimeError as e:
            ctx.close()
            raise ValueError(f"cannot resolve type `{text}`: {_first_error(str(e))}") from None
        try:
            gv = next(iter(hm.global_variables))
            td = llvm.create_target_data(self._layout)
            t = self._build(gv.global_value_type, td)
        finally:
            hm.close()
            ctx.close()
        if t.text != text:
            t = IRType(t.kind, t.bits, t.size, t.align, t.elements, t.offsets, t.count, text)
        return t

    def read(self, ts: TokenStream) -> IRType:
        """Read one type from a token stream and resolve it."""
        return self.from_text(ts.read_type())

    def parse(self, text: str) -> IRType:
        """Resolve a type written as text (any spelling `TokenStream.read_type` accepts)."""
        return self.from_text(TokenStream(tokenize(text)).read_type())


def _first_error(message: str) -> str:
    for line in message.splitlines():
        if "error:" in line:
            return line.split("error:", 1)[1].strip()
    return message.strip().splitlines()[-1] if message.strip() else "parse error"


def contains_unsupported(t: IRType) -> str | None:
    """``"floating point"`` or ``"vector"`` if `t` is or contains such a type, else None."""
    if t.kind is TypeKind.FLOAT:
        return "floating point"
    if t.kind is TypeKind.VECTOR:
        return "vector"
    for e in t.elements:
        r = contains_unsupported(e)
        if r is not None:
            return r
    return None
