"""The C corpus of tests/programs/: discovery and the per-file input cases.

Each ``tests/programs/*.c`` carries its inputs in its leading comment, one case per line:

    // args: 0a000000          argument bytes in hex (whitespace between bytes allowed)
    // args:                   an empty argument string

The lines are read by `verifier.reports.manifest.read_args_lines`, the parser the reports and tests/corpus.toml
share (one source of truth for corpus inputs); this module keeps the tests' view of the C corpus.

Guarantees: cases come back in file order; a file with fewer than ``MIN_CASES`` cases or a malformed hex line
raises ValueError naming the file and line (a broken corpus fails loudly, it is not skipped).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pvm_backend.errors import InputError
from verifier.reports.manifest import read_args_lines

PROGRAMS_DIR = Path(__file__).resolve().parents[1] / "programs"
"""tests/programs/."""
MIN_CASES = 3


@dataclass(frozen=True)
class CorpusCase:
    """One input of one corpus program."""

    source: Path
    """The C file."""
    index: int
    """0-based position of the case among the file's ``// args:`` lines."""
    args: bytes
    """Argument bytes (SPI args for the PVM, the copied buffer for wasm)."""

    @property
    def case_id(self) -> str:
        """Test id: ``<stem>-<index>``."""
        return f"{self.source.stem}-{self.index}"


def program_files() -> list[Path]:
    """All corpus C files, sorted by name."""
    return sorted(PROGRAMS_DIR.glob("*.c"))


def cases_of(source: Path) -> list[CorpusCase]:
    """The ``// args:`` cases of one file. Raises ValueError on bad hex or fewer than MIN_CASES cases."""
    try:
        inputs = read_args_lines(source)
    except InputError as exc:
        raise ValueError(str(exc)) from exc
    cases = [CorpusCase(source, index, args) for index, args in enumerate(inputs)]
    if len(cases) < MIN_CASES:
        raise ValueError(f"{source.name}: {len(cases)} args lines, at least {MIN_CASES} needed")
    return cases


def all_cases() -> list[CorpusCase]:
    """Every case of every corpus file, in file then case order."""
    return [case for source in program_files() for case in cases_of(source)]
