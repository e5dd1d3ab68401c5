"""Where a report goes: standard output, or a file written atomically.

What it does: `check_output(output)` fails early, before a long run, when the report could not be written there;
`emit(text, output)` prints `text` or writes it to `output` with `pvm_backend.options.write_atomically` (the one
atomic write, shared with `pvmc compile`), so a reader never sees a partial report and a failed run leaves the
previous report untouched.

Assumes: `text` is the whole report.

Guarantees: on failure no file is left at `output` or at the temporary name; the error is an `InputError` with a
one-line message naming the file (the CLI's exit code 2).
"""

from __future__ import annotations

import sys
from pathlib import Path

from pvm_backend.options import check_output_path, write_atomically


def emit(text: str, output: str | Path | None) -> None:
    """Print `text` to stdout (`output` None) or write it to `output` atomically. Raises InputError."""
    text = text if text.endswith("\n") else text + "\n"
    if output is None:
        sys.stdout.write(text)
        return
    write_atomically(Path(output), text, "report")


def plural(count: int, noun: str) -> str:
    """``1 program``, ``0 programs``, ``2 functions``: a count and its noun, for summary lines."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def check_output(output: str | Path | None) -> None:
    """Raise InputError now when `output`'s directory does not exist or `output` is a directory (so a report run
    does not fail only after all its work)."""
    check_output_path(output, "report")
