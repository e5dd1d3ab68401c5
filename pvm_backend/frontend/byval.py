"""`byval` pointer arguments made explicit: the callee copies the pointed-to value into its own frame.

What it does: `copy_byval_arguments(text, sizes)` rewrites the LLVM assembly of a module so that every function
whose parameter carries the ``byval(T)`` attribute starts with ``%pvmc.byval.K = alloca T`` and a `llvm.memcpy`
of sizeof(T) bytes from the parameter into it, and every other use of the parameter in the body uses the copy.

Why: LLVM's semantics of ``byval`` (LangRef, "Parameter Attributes") is that the callee receives a hidden copy
of the caller's object, so that the callee's stores to it never reach the caller's memory; the call passes
only the pointer and leaves the copy to the code generator. clang passes C structs by value this way on wasm32
(at -O0 always, at -O2 where the callee is not internal or not promoted). Without the copy, a callee that
assigns to a struct parameter changes the caller's struct (found by csmith seed 99 at -O0: wrong checksum,
every function proved, because the verifier does not model memory). The copy in the callee, before anything
else runs, gives the same result as one in the caller: nothing writes the object between the call and the
callee's entry.

Assumes: 32-bit pointers (the wasm32 data layout, so the memcpy length is i32); `sizes` maps each byval type's
text to its allocation size in bytes (from the module's data layout, `load`).

Guarantees: functions without byval parameters are unchanged, byte for byte; the result is valid assembly for
the same module (the caller re-parses and verifies it).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_DEFINE = re.compile(r"^define [^\n]*?@(?P<name>\"[^\"\n]*\"|[-\w.$]+)\((?P<params>.*)\)[^\n]*\{$", re.M)
_MEMCPY = "llvm.memcpy.p0.p0.i32"


def _split_params(text: str) -> list[str]:
    """The parameter list of a `define` line, split at its top-level commas."""
    out: list[str] = []
    depth, start = 0, 0
    for i, ch in enumerate(text):
        if ch in "([{<":
            depth += 1
        elif ch in ")]}>":
            depth -= 1
        elif ch == "," and depth == 0:
            out.append(text[start:i].strip())
            start = i + 1
    if text[start:].strip():
        out.append(text[start:].strip())
    return out


def _byval(param: str) -> tuple[str, int, str] | None:
    """(type text, alignment in bytes, parameter name) of a byval parameter's text, else None."""
    m = re.search(r"\bbyval\((.*)\)", param)
    if m is None or not param.split()[-1].startswith("%"):
        return None
    depth, end = 0, len(m.group(1))
    for i, ch in enumerate(m.group(1)):   # the type ends at the parenthesis that closes byval(
        if ch in "([{<":
            depth += 1
        elif ch in ")]}>":
            if depth == 0:
                end = i
                break
            depth -= 1
    align = re.search(r"\balign (\d+)", param)
    return m.group(1)[:end], int(align.group(1)) if align else 1, param.split()[-1]


def copy_byval_arguments(text: str, size_of: Callable[[str], int]) -> tuple[str, int]:
    """`text` with every byval parameter copied at its function's entry (module docstring), and how many function
    definitions were rewritten (the caller checks it against the module's own count, so a definition this
    parser did not recognise is an error, not a silent miscompile); `size_of(type text)` gives a type's
    allocation size in bytes."""
    pieces: list[str] = []
    cursor = 0
    copies = rewritten = 0
    for define in _DEFINE.finditer(text):
        params = [p for p in (_byval(q) for q in _split_params(define.group("params"))) if p is not None]
        if not params:
            continue
        body_start = define.end() + 1
        end = re.compile(r"^}$", re.M).search(text, body_start)
        if end is None:
            break   # not a whole function: counted as not rewritten
        body_end = end.start() - 1
        rewritten += 1
        body = text[body_start:body_end]
        first_line_end = body.find("\n") + 1 if body else 0
        label = re.match(r"^[-\w.$\"]+:", body)
        head, rest = (body[:first_line_end], body[first_line_end:]) if label else ("", body)
        lines = []
        for ty, align, name in params:
            copy = f"%pvmc.byval.{copies}"
            copies += 1
            rest = re.sub(re.escape(name) + r"(?![-\w.$])", copy, rest)
            lines.append(f"  {copy} = alloca {ty}, align {align}\n")
            lines.append(f"  call void @{_MEMCPY}(ptr align {align} {copy}, ptr align {align} {name}, "
                         f"i32 {size_of(ty)}, i1 false)\n")
        pieces.append(text[cursor:body_start] + head + "".join(lines) + rest)
        cursor = body_end
    if not copies:
        return text, 0
    pieces.append(text[cursor:])
    out = "".join(pieces)
    if f"declare void @{_MEMCPY}(" not in out:
        out += f"\ndeclare void @{_MEMCPY}(ptr, ptr, i32, i1)\n"
    return out, rewritten
