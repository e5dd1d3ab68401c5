"""Golden case files: one text file holds many small cases, each an input with its expected output lines.

What it does: `read_cases(path)` parses a golden file; `check(case, actual, update)` compares a case's expected
output with what the code under test printed and either fails with a unified diff or, when `update` is set
(pytest's ``--update-golden``, tests/conftest.py), rewrites that case's expected section in the file from
`actual`, so the change shows up in ``git diff`` for review.

The format (modelled on mypyc's data files and xdsl's filecheck tests)::

    # Lines before the first case are the file's header: what the file pins and how it was checked.

    === case name [opt=2 entry=main]
    <input: LLVM IR; the wasm32 data layout and triple are prepended when the input names none>
    --- expect
    <expected output lines>

``=== `` starts a case; a bracket of ``key=value`` words at the end of its name gives options (`GoldenCase.options`,
``opt`` being the LLVM optimisation level, default 0). ``--- expect`` starts the expected output;
``--- error <ExceptionClass>`` starts an expected one-line diagnostic instead. Blank lines around a section are
not part of it.

Assumes: case names are unique within a file (checked by `read_cases`).

Guarantees: `check` writes only the expected section of the one case it is given, under an exclusive lock on the
file (pytest-xdist workers may update cases of the same file concurrently); a case without an expected section
gets one appended after its input.
"""

from __future__ import annotations

import difflib
import fcntl
from dataclasses import dataclass, field
from pathlib import Path

import pytest

WASM32_HEADER = ('target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"\n'
                 'target triple = "wasm32-unknown-unknown"\n')
"""clang-16's wasm32 data layout and triple, prepended to cases that name none (2 lines)."""

CASE = "=== "
EXPECT = "--- expect"
ERROR = "--- error "


@dataclass(frozen=True)
class GoldenCase:
    """One case of a golden file."""

    path: Path
    """The golden file the case comes from."""
    header: str
    """The text after ``=== `` exactly as written (name and options): identifies the case when rewriting."""
    name: str
    """The case name (the header without its option bracket)."""
    ir: str
    """The LLVM IR input (with the wasm32 header when the case gives none)."""
    expect: str
    """Expected output (lines joined by newlines, ending in one), or the expected error message."""
    error: str | None = None
    """Name of the expected exception class, or None for an output."""
    options: dict[str, str] = field(default_factory=dict)
    """The ``key=value`` words of the option bracket."""

    @property
    def opt_level(self) -> int:
        """LLVM optimisation level (option ``opt``, default 0: the IR stays as written)."""
        return int(self.options.get("opt", "0"))


def _split_header(header: str) -> tuple[str, dict[str, str]]:
    """(name, options) of a case header ``name [k=v k=v]``."""
    text = header.strip()
    if text.endswith("]") and "[" in text:
        name, _, bracket = text.rpartition("[")
        words = bracket[:-1].split()
        if words and all("=" in w for w in words):
            return name.strip(), dict(w.split("=", 1) for w in words)
    return text, {}


def _block(lines: list[str]) -> str:
    """Lines without the blank lines around them, joined, ending in a newline."""
    while lines and not lines[0].strip():
        lines = lines[1:]
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    return "\n".join(lines) + "\n"


def read_cases(path: Path) -> list[GoldenCase]:
    """Parse the golden file `path` into cases (format in the module docstring). Raises ValueError for a
    repeated case name."""
    cases: list[GoldenCase] = []
    header = ""
    section = ""
    ir: list[str] = []
    out: list[str] = []
    error: str | None = None

    def flush() -> None:
        if header:
            text = _block(ir)
            if "target datalayout" not in text:
                text = WASM32_HEADER + text
            name, options = _split_header(header)
            cases.append(GoldenCase(path, header, name, text, _block(out) if out else "", error, options))

    for line in path.read_text().splitlines():
        if line.startswith(CASE):
            flush()
            header, section, ir, out, error = line[len(CASE):].strip(), "ir", [], [], None
        elif line.startswith(EXPECT):
            section = "out"
        elif line.startswith(ERROR):
            section, error = "out", line[len(ERROR):].strip()
        elif section == "ir":
            ir.append(line)
        elif section == "out":
            out.append(line)
    flush()
    names = [c.name for c in cases]
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        raise ValueError(f"{path.name}: repeated case names {repeated}")
    return cases


def check(case: GoldenCase, actual: str, update: bool) -> None:
    """Pass when `actual` equals the case's expected output; otherwise rewrite the expected section when
    `update`, else fail with a unified diff (expected -> actual)."""
    if not actual.endswith("\n"):
        actual += "\n"
    if actual == case.expect:
        return
    if update:
        rewrite(case, actual)
        return
    diff = difflib.unified_diff(case.expect.splitlines(), actual.splitlines(),
                                f"{case.path.name}: {case.name} (expected)", "actual", lineterm="")
    pytest.fail(f"golden case {case.name!r} of {case.path} differs; if the change is intended, rerun with "
                "--update-golden and review the diff:\n" + "\n".join(diff), pytrace=False)


def rewrite(case: GoldenCase, actual: str) -> None:
    """Replace the expected section of `case` in its file with `actual` (module docstring, "Guarantees")."""
    with open(case.path, "r+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        lines = handle.read().splitlines()
        start = lines.index(CASE + case.header)
        end = next((k for k in range(start + 1, len(lines)) if lines[k].startswith(CASE)), len(lines))
        body = lines[start:end]
        mark = next((k for k, line in enumerate(body) if line.startswith((EXPECT, ERROR))), None)
        head = body if mark is None else body[:mark]
        while head and not head[-1].strip():
            head.pop()
        section = body[mark] if mark is not None else EXPECT
        new = head + [section] + actual.rstrip("\n").split("\n") + ([""] if end < len(lines) else [])
        handle.seek(0)
        handle.truncate()
        handle.write("\n".join(lines[:start] + new + lines[end:]) + "\n")
