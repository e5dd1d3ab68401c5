"""Empty inline assembly and `llvm.prefetch` in optimised LLVM assembly, rewritten before the view is built
(issue 14 part 4: real C uses both).

What it does: `neutralise(text)` rewrites, line by line:
- an inline asm call with an empty template whose one output is tied to its one input, e.g. the optimisation
  barrier `__asm__("" : "+r"(v))` (xxHash, constant-time crypto), printed `%r = call i64 asm "", "=r,0"(i64 %v)`:
  it computes nothing, so `%r` is `%v` -> `%r = freeze i64 %v` (freeze: the asm's output is some fixed value
  even for a poison input);
- an inline asm call with an empty template and no output, e.g. the compiler barrier `__asm__ volatile("" :::
  "memory")`: removed (the emitter never moves memory accesses across instructions);
- a call of `llvm.prefetch.*`: removed (a cache hint; the PVM has no cache).
Every other inline asm (a non-empty template, several outputs, an output not tied to an input) raises
UnsupportedError naming the function and the instruction. The rewrite runs after LLVM's pipeline, so the
optimiser still treats the barrier as opaque.

Assumes: `text` is a module printed by LLVM 22 (one instruction per line, `define ... @name(` headers).
Guarantees: lines other than those above are unchanged; the result parses when `text` did.
"""

from __future__ import annotations

import re

from pvm_backend.errors import UnsupportedError

_ASM = re.compile(r'^(?P<indent>\s*)(?:(?P<result>%[-\w.$]+) = )?(?:tail |musttail |notail )?call (?P<type>[^"]*?) '
                  r'asm (?:sideeffect |alignstack |inteldialect |unwind )*"(?P<template>(?:[^"\\]|\\.)*)", '
                  r'"(?P<constraints>[^"]*)"\((?P<args>.*?)\)(?: #\d+)?(?:, !.*)?$')
_PREFETCH = re.compile(r'^\s*(?:tail |notail )?call void @llvm\.prefetch\.')
_DEFINE = re.compile(r'^define [^@]*@("(?:[^"\\]|\\.)*"|[-\w.$]+)\(')
_LABEL = re.compile(r'^("(?:[^"\\]|\\.)*"|[-\w.$]+):(?:\s|$)')


def _identity(match: re.Match[str]) -> str | None:
    """`freeze T %v` when the asm is an empty template with one output tied to its one input, else None."""
    parts = [c for c in match["constraints"].split(",") if c and not c.startswith("~")]
    outputs = [c for c in parts if c.startswith("=")]
    inputs = [c for c in parts if not c.startswith("=")]
    if match["template"].strip() or match["result"] is None or len(outputs) != 1 or inputs != ["0"]:
        return None
    args = match["args"].strip()
    if not args.startswith(match["type"].strip() + " "):
        return None
    return f'{match["indent"]}{match["result"]} = freeze {args}'


def neutralise(text: str) -> tuple[str, int]:
    """`text` with empty inline asm and prefetches rewritten (module docstring) and how many lines changed.
    Raises UnsupportedError for any other inline asm."""
    out: list[str] = []
    function = block = None
    changed = 0
    for line in text.splitlines():
        header = _DEFINE.match(line)
        label = _LABEL.match(line)
        if header:
            function, block = header.group(1).strip('"'), "0"   # an unnamed entry block is %0
        elif label:
            block = label.group(1).strip('"')
        if " asm " in line and "call " in line:
            match = _ASM.match(line)
            if match is None:
                raise UnsupportedError("inline assembly is not supported", function=function, block=block,
                                       instruction=line)
            if match["result"] is None and not match["template"].strip() and \
                    not [c for c in match["constraints"].split(",") if c and not c.startswith("~")]:
                changed += 1
                continue
            replacement = _identity(match)
            if replacement is None:
                raise UnsupportedError("inline assembly is not supported (only an empty template whose one output "
                                       "is tied to its one input, or with no operands)", function=function,
                                       block=block, instruction=line)
            out.append(replacement)
            changed += 1
            continue
        if _PREFETCH.match(line):
            changed += 1
            continue
        out.append(line)
    return "\n".join(out) + "\n", changed
