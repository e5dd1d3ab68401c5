"""A tokenizer and a type reader for the textual LLVM IR that llvmlite prints.

What it does: splits one printed instruction, global or constant into tokens, and reads LLVM type syntax back
into a canonical text (the exact spelling LLVM 22 prints, so it can key a cache of `IRType`s).

Assumes: the text was printed by LLVM itself (llvmlite's `str()`), so it is well formed; we never see user-typed
IR here, only LLVM's own canonical printing of a module that already parsed and verified.

Guarantees: `tokenize` never raises on printed IR; unknown characters become single-character punctuation
tokens. `TokenStream` raises `ValueError` on a mismatch (a bug or an LLVM printing change, reported by callers
as an `InputError`/`UnsupportedError`).
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass


class Tok(enum.Enum):
    """Token kinds."""

    STRING = "string"
    """``c"..."`` or ``"..."`` (quotes kept in the text)."""
    LOCAL = "local"
    """``%name`` or ``%"quoted name"``."""
    GLOBAL = "global"
    """``@name`` or ``@"quoted name"``."""
    META = "meta"
    """``!name`` or ``!0``."""
    ATTR = "attr"
    """``#0`` attribute group references."""
    INT = "int"
    """A decimal integer, possibly negative."""
    FLOAT = "float"
    """A floating-point literal (decimal with ``.``/``e``, or LLVM's ``0x`` hex forms)."""
    WORD = "word"
    """A keyword or type name: ``i32``, ``ptr``, ``getelementptr``, ``align``, ``x``."""
    PUNCT = "punct"
    """Punctuation: ``( ) [ ] { } < > <{ }> , = * :`` and anything else."""


@dataclass(frozen=True, slots=True)
class Token:
    """One token."""

    kind: Tok
    """Its kind."""
    text: str
    """Its text exactly as printed."""


LOCAL_TOKEN = r'%(?:"[^"]*"|[-\w.$]+)'
"""Regular expression of a ``LOCAL`` token (``%name``, ``%"quoted name"``)."""
GLOBAL_TOKEN = r'@(?:"[^"]*"|[-\w.$]+)'
"""Regular expression of a ``GLOBAL`` token (``@name``, ``@"quoted name"``)."""

_TOKEN_RE = re.compile(r"""
    (?P<string>c?"[^"]*")
  | (?P<local>""" + LOCAL_TOKEN + r""")
  | (?P<global>""" + GLOBAL_TOKEN + r""")
  | (?P<meta>!(?:"[^"]*"|[-\w.$]*))
  | (?P<attr>\#\d+)
  | (?P<float>-?\d+\.\d*(?:[eE][-+]?\d+)? | 0x[KLMHR]?[0-9A-Fa-f]+ | [-+]?(?:inf|nan)\b)
  | (?P<int>-?\d+)
  | (?P<word>[A-Za-z_$][\w.$]*)
  | (?P<punct><\{|\}>|\.\.\.|\S)
""", re.X)

_KINDS = {"string": Tok.STRING, "local": Tok.LOCAL, "global": Tok.GLOBAL, "meta": Tok.META, "attr": Tok.ATTR,
          "int": Tok.INT, "float": Tok.FLOAT, "word": Tok.WORD, "punct": Tok.PUNCT}


def tokenize(text: str) -> list[Token]:
    """Split printed IR into tokens; whitespace and ``;`` comments are dropped."""
    out: list[Token] = []
    cut = _comment_start(text)
    if cut >= 0:
        text = text[:cut]
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup
        assert kind is not None
        out.append(Token(_KINDS[kind], m.group(kind)))
    return out


def _comment_start(text: str) -> int:
    """Index of a ``;`` comment outside quotes, or -1."""
    if ";" not in text:
        return -1
    quoted = False
    for i, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif ch == ";" and not quoted:
            return i
    return -1


def symbol_name(token_text: str) -> str:
    """The bare name of ``%x``/``@x``/``%"a b"`` (quotes removed, ``\\XX`` escapes decoded)."""
    body = token_text[1:]
    if body.startswith('"'):
        return decode_string(body[1:-1]).decode("utf-8", errors="replace")
    return body


def decode_string(body: str) -> bytes:
    """Decode the body of an LLVM string literal (``\\XX`` hex escapes, ``\\\\``) into bytes."""
    raw = body.encode("utf-8")
    if b"\\" not in raw:
        return raw
    out = bytearray()
    i = 0
    while i < len(raw):
        if raw[i] == 0x5C:
            if raw[i + 1:i + 2] == b"\\":
                out.append(0x5C)
                i += 2
            else:
                out.append(int(raw[i + 1:i + 3], 16))
                i += 3
        else:
            out.append(raw[i])
            i += 1
    return bytes(out)


_FP_WORDS = frozenset({"half", "bfloat", "float", "double", "x86_fp80", "fp128", "ppc_fp128"})
"""Floating-point type keywords."""

_SIMPLE_TYPES = frozenset({"void", "ptr", "label", "metadata", "token", "x86_amx", "x86_mmx"}) | _FP_WORDS


class TokenStream:
    """A cursor over tokens with the small reading helpers the parsers need."""

    __slots__ = ("toks", "pos")

    def __init__(self, toks: list[Token], pos: int = 0) -> None:
        self.toks = toks
        self.pos = pos

    def peek(self, ahead: int = 0) -> Token | None:
        """The token `ahead` places after the cursor, or None past the end."""
        i = self.pos + ahead
        return self.toks[i] if i < len(self.toks) else None

    def at(self, text: str) -> bool:
        """Whether the next token's text is `text`."""
        t = self.peek()
        return t is not None and t.text == text

    def next(self) -> Token:
        """Consume and return the next token."""
        if self.pos >= len(self.toks):
            raise ValueError("unexpected end of IR text")
        t = self.toks[self.pos]
        self.pos += 1
        return t

    def expect(self, text: str) -> Token:
        """Consume the next token, which must read `text`."""
        t = self.next()
        if t.text != text:
            raise ValueError(f"expected `{text}`, found `{t.text}`")
        return t

    def accept(self, text: str) -> bool:
        """Consume the next token if it reads `text`."""
        if self.at(text):
            self.pos += 1
            return True
        return False

    def skip_balanced(self) -> None:
        """Consume one token; if it opens a bracket, consume through its matching close."""
        opens = {"(": ")", "[": "]", "{": "}", "<": ">", "<{": "}>"}
        t = self.next()
        if t.text not in opens:
            return
        depth = 1
        while depth:
            u = self.next()
            if u.text in opens:
                depth += 1
            elif u.text in (")", "]", "}", ">", "}>"):
                depth -= 1

    def read_type(self) -> str:
        """Read one type and return its canonical text (``[4 x i32]``, ``{ i32, i8 }``, ``ptr``, ``%struct.S``)."""
        t = self.next()
        txt = t.text
        if t.kind is Tok.WORD and (txt in _SIMPLE_TYPES or _is_int_type(txt)):
            base = txt
            if txt == "ptr" and self.at("addrspace"):
                self.next()
                self.expect("(")
                space = self.next().text
                self.expect(")")
                base = f"ptr addrspace({space})"
        elif t.kind is Tok.LOCAL:
            base = txt
        elif txt == "[":
            count = self.next().text
            self.expect("x")
            elem = self.read_type()
            self.expect("]")
            base = f"[{count} x {elem}]"
        elif txt == "<":
            scale = "vscale x " if self.accept("vscale") and self.accept("x") else ""
            count = self.next().text
            self.expect("x")
            elem = self.read_type()
            self.expect(">")
            base = f"<{scale}{count} x {elem}>"
        elif txt in ("{", "<{"):
            close = "}" if txt == "{" else "}>"
            elems: list[str] = []
            while not self.at(close):
                elems.append(self.read_type())
                if not self.accept(","):
                    break
            self.expect(close)
            if txt == "{":
                base = "{ " + ", ".join(elems) + " }" if elems else "{}"
            else:
                base = "<{ " + ", ".join(elems) + " }>" if elems else "<{}>"
        else:
            raise ValueError(f"expected a type, found `{txt}`")
        while self.at("(") and _looks_like_function_type(self):
            base = self._read_function_params(base)
        while self.at("*"):
            self.next()
            base = "ptr"
        return base

    def _read_function_params(self, ret: str) -> str:
        self.expect("(")
        params: list[str] = []
        while not self.at(")"):
            if self.accept("..."):
                params.append("...")
            else:
                params.append(self.read_type())
            if not self.accept(","):
                break
        self.expect(")")
        return f"{ret} ({', '.join(params)})"


def _is_int_type(txt: str) -> bool:
    return len(txt) > 1 and txt[0] == "i" and txt[1:].isdigit()


def _looks_like_function_type(ts: TokenStream) -> bool:
    """After a type, ``(`` starts a parameter list only if a type (or ``...``/``)``) follows."""
    t = ts.peek(1)
    if t is None:
        return False
    if t.text in (")", "..."):
        return True
    return (t.kind is Tok.WORD and (t.text in _SIMPLE_TYPES or _is_int_type(t.text))) or t.text in ("[", "{", "<{") \
        or t.kind is Tok.LOCAL


def is_float_type_text(text: str) -> bool:
    """Whether a canonical type text is a floating-point scalar type."""
    return text in _FP_WORDS


def int_type_bits(text: str) -> int | None:
    """Width of ``iN`` text, or None."""
    return int(text[1:]) if _is_int_type(text) else None
