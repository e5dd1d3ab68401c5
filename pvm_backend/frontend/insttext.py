"""Facts read from the printed text of functions and instructions (what llvmlite's API does not expose).

What it does: splits a function's printed body into block labels and per-instruction text (one `str(function)`
per function, because `str(instruction)` renumbers the whole function on every call when values are unnamed),
and reads from one instruction's text: the icmp predicate, flags, alignment, volatile/atomic, the GEP source type
text, the alloca type text, switch case values and extractvalue/insertvalue indices.

Assumes: LLVM 22 printing (``icmp samesign ult``, switch cases on their own lines, ``#dbg_value`` records on
lines of their own, metadata attachments after a comma at the end of the line).

Guarantees: pure text functions; they raise `ValueError` if the text does not have the expected shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexer import Tok, TokenStream, symbol_name, tokenize

_LABEL_RE = re.compile(r'^("(?:[^"\\]|\\.)*"|[-\w.$]+):')
RESULT_RE = re.compile(r'^\s*(%"[^"]*"|%[-\w.$]+) = ')
"""The start of an instruction that defines a value: group 1 is its ``%name`` token as printed."""
_ALIGN_RE = re.compile(r", align (\d+)")
_ICMP_RE = re.compile(r"\bicmp (?:samesign )?(\w+) ")

FLAG_WORDS = frozenset({"nuw", "nsw", "exact", "disjoint", "nneg", "inbounds", "nusw", "samesign", "volatile",
                        "tail", "musttail", "notail"})
"""Words in an instruction's text that the view keeps as flags."""


@dataclass(frozen=True, slots=True)
class FunctionText:
    """A function body split by block."""

    labels: tuple[str | None, ...]
    """Each block's label as printed (None for an unlabelled entry block)."""
    instructions: tuple[tuple[str, ...], ...]
    """Per block, the text of each instruction (a multi-line switch joined into one line)."""


def split_function(text: str) -> FunctionText:
    """Split the printed function `text` (from ``define`` to ``}``) into blocks and instruction lines."""
    labels: list[str | None] = []
    blocks: list[list[str]] = []
    started = False
    for line in text.split("\n"):
        if not started:
            started = line.startswith("define ")
            continue
        if not line or line == "}" or line[0] == ";":
            continue
        if line[0] != " ":
            m = _LABEL_RE.match(line)
            if m is None:
                raise ValueError(f"unexpected line `{line}`")
            labels.append(symbol_name("%" + m.group(1)))
            blocks.append([])
            continue
        stripped = line.lstrip()
        if stripped.startswith("#dbg_") or stripped.startswith(";"):
            continue
        if not blocks:
            labels.append(None)
            blocks.append([])
        if line.startswith("    ") or stripped == "]":
            blocks[-1][-1] += " " + stripped
        else:
            blocks[-1].append(stripped)
    return FunctionText(tuple(labels), tuple(tuple(b) for b in blocks))


def result_name(inst_text: str) -> str:
    """The LLVM name of the value an instruction defines (``5``, ``x``), or ``""``."""
    m = RESULT_RE.match(inst_text)
    return symbol_name(m.group(1)) if m else ""


_CALL_PREFIX = frozenset({"tail", "musttail", "notail"})


def opcode(inst_text: str) -> str | None:
    """The opcode word of an instruction (``call`` for ``%3 = tail call ...``), or None if not recognisable."""
    words = inst_text.split(None, 4)
    i = 2 if len(words) > 2 and words[1] == "=" else 0
    while i < len(words) and words[i] in _CALL_PREFIX:
        i += 1
    if i < len(words) and words[i].isalpha() or (i < len(words) and words[i].replace("_", "").isalpha()):
        return words[i]
    return None


def _body_words(inst_text: str) -> list[str]:
    """The instruction's words after ``%x =`` (metadata attachments and all)."""
    words = inst_text.split()
    if len(words) > 2 and words[1] == "=":
        return words[2:]
    return words


def flags(inst_text: str, opcode: str) -> frozenset[str]:
    """Flags printed around the opcode: ``nuw nsw`` after ``add``, ``tail`` before ``call``, ``volatile`` ..."""
    words = _body_words(inst_text)
    out: set[str] = set()
    i = 0
    while i < len(words) and words[i] != opcode:
        if words[i] in FLAG_WORDS:
            out.add(words[i])
        i += 1
    i += 1
    while i < len(words) and words[i] in FLAG_WORDS:
        out.add(words[i])
        i += 1
    return frozenset(out)


def is_atomic(inst_text: str) -> bool:
    """Whether a load or store is ``atomic``."""
    words = _body_words(inst_text)
    return len(words) > 1 and (words[1] == "atomic" or (words[1] == "volatile" and words[2:3] == ["atomic"]))


def align(inst_text: str) -> int:
    """The ``, align N`` of a load, store or alloca; 0 when not printed."""
    m = _ALIGN_RE.search(inst_text)
    return int(m.group(1)) if m else 0


def icmp_predicate(inst_text: str) -> str:
    """The predicate of an icmp (``samesign`` dropped)."""
    m = _ICMP_RE.search(inst_text)
    if m is None:
        raise ValueError("icmp without a predicate")
    return m.group(1)


def _after_opcode(inst_text: str, opcode: str, skip: frozenset[str]) -> TokenStream:
    toks = tokenize(inst_text)
    ts = TokenStream(toks)
    while not ts.at(opcode):
        ts.next()
    ts.next()
    while True:
        p = ts.peek()
        if p is None or p.text not in skip:
            break
        ts.next()
        if p.text == "inrange":
            ts.skip_balanced()
    return ts


def gep_source_type(inst_text: str) -> str:
    """Canonical text of a getelementptr's source element type."""
    return _after_opcode(inst_text, "getelementptr", frozenset({"inbounds", "nuw", "nusw", "inrange"})).read_type()


def alloca_type(inst_text: str) -> str:
    """Canonical text of an alloca's allocated type."""
    return _after_opcode(inst_text, "alloca", frozenset({"inalloca", "swifterror"})).read_type()


def switch_case_values(inst_text: str) -> list[int]:
    """The case values of a switch, as printed (signed decimal; ``true``/``false`` for i1), in source order."""
    toks = tokenize(inst_text)
    ts = TokenStream(toks)
    while not ts.at("["):
        ts.next()
    ts.next()
    values: list[int] = []
    while not ts.at("]"):
        ts.read_type()
        v = ts.next()
        values.append(1 if v.text == "true" else 0 if v.text == "false" else int(v.text))
        ts.expect(",")
        ts.expect("label")
        ts.next()
    return values


def aggregate_indices(inst_text: str) -> tuple[int, ...]:
    """The constant indices ending an extractvalue / insertvalue."""
    toks = tokenize(inst_text)
    for i, t in enumerate(toks):
        if t.kind is Tok.META and i > 0 and toks[i - 1].text == ",":
            toks = toks[:i - 1]
            break
    out: list[int] = []
    j = len(toks) - 1
    while j >= 1 and toks[j].kind is Tok.INT and toks[j - 1].text == ",":
        out.append(int(toks[j].text))
        j -= 2
    return tuple(reversed(out))
