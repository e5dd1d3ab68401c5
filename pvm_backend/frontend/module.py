"""An llvmlite module → `ir.Module`: globals with their initial bytes, then every function.

What it does: names every global and function (unnamed globals get LLVM's slot number, ``@0`` → ``0``), reads
each global's printed definition into size, alignment, initial bytes and pointer relocations, and builds the
view of every function declaration and of every function definition (or, given roots, of the definitions the
roots reach: `reachable_definitions`).

Assumes: the module verified and uses the 32-bit pointer data layout of wasm32 (any layout works for sizes, but
the backend expects 4-byte pointers). Iterates `module.global_variables` (``get_global_variable`` misses
private globals).

Guarantees: rejects data layouts whose pointers are not 32 bits. Globals and functions in source order. A global's `data` is `size` bytes with zeros in pointer slots;
`relocations` list those slots. Unsupported initializers (floating point, vectors, blockaddress, addresses in
slots narrower than 4 bytes) raise `UnsupportedError` naming the global.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

import llvmlite.binding as llvm

from pvm_backend.errors import UnsupportedError
from pvm_backend.ir import FunctionAddr, GlobalAddr, GlobalVar, Module, Relocation

from .constants import ConstantReader, Unfoldable, layout
from .function import ModuleSymbols, build_function, declaration
from .lexer import GLOBAL_TOKEN, TokenStream, symbol_name, tokenize
from .types import TypeTable, contains_unsupported

_GLOBAL_KINDS = frozenset({"global", "constant"})


def build_module(m: llvm.ModuleRef, source_name: str = "", roots: Collection[str] | None = None,
                 printed: PrintedModule | None = None) -> Module:
    """The IR view of a verified llvmlite module. With `roots`, only the function definitions the functions
    named there reach (`reachable_definitions`) are viewed, the others left out (declarations and globals are
    all kept). `printed` is `split_module(str(m))` when the caller has it.

    Raises `UnsupportedError` for functions or globals the backend cannot lower (of the viewed functions only).
    """
    if printed is None:
        printed = split_module(str(m))
    definitions = reachable_definitions(printed, roots) if roots is not None else None
    types = TypeTable(m)
    ptr = types.parse("ptr")
    if ptr.size != 4:
        raise UnsupportedError(f"pointers are {ptr.size * 8} bits in this module's data layout; the PVM needs "
                               "32-bit pointers (compile for --target=wasm32-unknown-unknown)")
    names: dict[llvm.ValueRef, str] = {}
    by_name: dict[str, GlobalAddr | FunctionAddr] = {}
    gvars = list(m.global_variables)
    gtexts: list[str] = []
    unnamed = 0
    for g in gvars:
        text = printed.globals.get(g.name) if g.name else None
        if text is None:
            text = str(g)   # unnamed (@0): its printed name is its slot number
        gtexts.append(text)
        types.of(g.global_value_type)
        nm = g.name
        if not nm:
            nm = symbol_name(text.split(" ", 1)[0])
            unnamed += 1
        names[g] = nm
        by_name[nm] = GlobalAddr(nm)
    funcs = list(m.functions)
    vararg: dict[str, bool] = {}
    for f in funcs:
        if not f.name:
            raise UnsupportedError("unnamed functions are not supported")
        names[f] = f.name
        by_name[f.name] = FunctionAddr(f.name)
        vararg[f.name] = bool(f.global_value_type.is_function_vararg)

    def symbol(token: str) -> GlobalAddr | FunctionAddr:
        s = by_name.get(symbol_name(token))
        if s is None:
            raise Unfoldable(f"unknown symbol {token} (aliases are not supported)")
        return s

    consts = ConstantReader(types, symbol)
    syms = ModuleSymbols(types, consts, names, vararg)
    globals_ = tuple(_global(consts, g, names[g], text) for g, text in zip(gvars, gtexts))
    functions = []
    for f in funcs:
        if f.is_declaration:
            functions.append(declaration(syms, f, f.name))
        elif definitions is None or f.name in definitions:
            text = printed.functions.get(f.name)
            if text is None:   # a name the printed text spells otherwise (an escape): print the function alone
                text = str(f)
            functions.append(build_function(syms, f, f.name, text))
    return Module(functions=tuple(functions), globals=globals_, triple=m.triple, data_layout=m.data_layout,
                  source_name=source_name)


_SYMBOL = re.compile(GLOBAL_TOKEN)
"""A global symbol token of printed IR."""


@dataclass(frozen=True, slots=True)
class PrintedModule:
    """A module's printed text (`str(module)`, the way LLVM prints a whole module), cut into definitions.

    Printing the module once is linear in its size; printing each function or global on its own (`str(value)`)
    sets up LLVM's numbering of the whole module every time, which made the view quadratic in module size (0.41 s
    of anan-as's compiler.wasm, issue 17)."""

    functions: dict[str, str]
    """Each defined function's name → its text, from the ``define`` line to the closing ``}``."""
    globals: dict[str, str]
    """Each global variable's (and alias's) name → its one line."""


def split_module(text: str) -> PrintedModule:
    """Cut the printed module `text` into function definitions and global lines (`PrintedModule`)."""
    functions: dict[str, str] = {}
    globals_: dict[str, str] = {}
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("define "):
            j = lines.index("}", i)
            functions[symbol_name(_SYMBOL.findall(line)[0])] = "\n".join(lines[i:j + 1])
            i = j
        elif line.startswith("@"):
            name = _SYMBOL.match(line)
            if name is not None:
                globals_[symbol_name(name.group(0))] = line
        i += 1
    return PrintedModule(functions, globals_)


def reachable_definitions(printed: PrintedModule, roots: Collection[str]) -> frozenset[str]:
    """The functions defined in `printed` that the functions named `roots` reach, roots included: through
    every symbol a reached function's definition names (calls, addresses, constant expressions) and every
    symbol in the definitions of the globals it names, transitively.

    Every ``@`` token counts, string contents included, so this is a superset of what the linker follows
    (`linker.reachable`): a function left out can never run in a program entered at the roots. Roots the module
    does not define are ignored.
    """
    seen: set[str] = set()
    work = [r for r in roots if r in printed.functions]
    while work:
        name = work.pop()
        if name in seen:
            continue
        seen.add(name)
        text = printed.functions.get(name)
        if text is None:
            text = printed.globals.get(name)
            if text is None:
                continue   # a declaration
            text = text[text.index(" = "):] if " = " in text else ""
        work.extend(n for n in map(symbol_name, _SYMBOL.findall(text)) if n not in seen)
    return frozenset(seen & printed.functions.keys())


def _global(consts: ConstantReader, g: llvm.ValueRef, name: str, text: str) -> GlobalVar:
    """Read one printed global definition (``@x = internal constant [2 x i32] [...], align 4``)."""
    try:
        ts = TokenStream(tokenize(text))
        ts.next()
        ts.expect("=")
        kind = ""
        while kind not in _GLOBAL_KINDS:
            tok = ts.peek()
            if tok is None:
                raise ValueError("no `global`/`constant` keyword")
            if tok.text in ("addrspace", "thread_local", "partition") and ts.toks[ts.pos + 1:ts.pos + 2] \
                    and ts.toks[ts.pos + 1].text == "(":
                ts.next()
                ts.skip_balanced()
                continue
            kind = ts.next().text
        t = consts.types.read(ts)
        why = contains_unsupported(t)
        if why is not None:
            raise UnsupportedError(f"global @{name}: {why} is not supported (type {t.text})")
        align = 0
        declared = bool(g.is_declaration)
        data = b""
        relocs: tuple[Relocation, ...] = ()
        if not declared:
            value = consts.value(ts, t)
            data, relocs = layout(t, value)
        rest = [tok.text for tok in ts.toks[ts.pos:]]
        for i, word in enumerate(rest[:-1]):
            if word == "align" and rest[i - 1] == ",":
                align = int(rest[i + 1])
        if not align:
            align = t.align
        return GlobalVar(name=name, size=t.size, align=align, data=data, relocations=relocs,
                         constant=kind == "constant", is_declaration=declared)
    except Unfoldable as e:
        raise UnsupportedError(f"global @{name}: unsupported initializer: {e}") from None
    except ValueError as e:
        raise UnsupportedError(f"global @{name}: cannot read the definition: {e}") from None
