"""Reader of the golden case files in tests/frontend/golden/ (format described at the top of each file)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

GOLDEN_DIR = Path(__file__).parent / "golden"

WASM32_HEADER = ('target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"\n'
                 'target triple = "wasm32-unknown-unknown"\n')
"""clang-16's wasm32 data layout and triple, prepended to cases that name none (2 lines)."""


@dataclass(frozen=True)
class GoldenCase:
    """One case of a golden file."""

    name: str
    """The text after ``===``."""
    ir: str
    """The LLVM IR input (with the wasm32 header when the case gives none)."""
    opt_level: int
    """Optimisation level, ``[opt=N]`` after the name (default 0)."""
    expect: str
    """Expected printed view, or the expected error message."""
    error: str | None
    """Name of the expected exception class, or None for a view."""


def read_cases(filename: str) -> list[GoldenCase]:
    """Parse a golden file into cases."""
    cases: list[GoldenCase] = []
    name = ""
    section = ""
    ir: list[str] = []
    out: list[str] = []
    error: str | None = None

    def flush() -> None:
        if name:
            text = "\n".join(ir).strip() + "\n"
            if "target datalayout" not in text:
                text = WASM32_HEADER + text
            opt = 0
            label = name
            if "[opt=" in name:
                label, _, rest = name.partition("[opt=")
                opt = int(rest.rstrip("]"))
            cases.append(GoldenCase(label.strip(), text, opt, "\n".join(out).strip() + "\n", error))

    for line in (GOLDEN_DIR / filename).read_text().splitlines():
        if line.startswith("=== "):
            flush()
            name, section, ir, out, error = line[4:].strip(), "ir", [], [], None
        elif line.startswith("--- expect"):
            section = "out"
        elif line.startswith("--- error "):
            section, error = "out", line[len("--- error "):].strip()
        elif section == "ir":
            ir.append(line)
        elif section == "out":
            out.append(line)
    flush()
    return cases
