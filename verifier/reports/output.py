"""Where a report goes: standard output, or a file written atomically.

What it does: `check_output(output)` fails early, before a long run, when the report could not be written there;
`emit(text, output)` prints `text` or writes it to `output` through a temporary name in the same
directory that is renamed into place (as `pvmc compile` writes its output), so a reader never sees a partial
report and a failed run leaves the previous report untouched.

Assumes: `text` is the whole report.

Guarantees: on failure no file is left at `output` or at the temporary name; the error is an `InputError` with a
one-line message naming the file (the CLI's exit code 2).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from pvm_backend.errors import InputError


def emit(text: str, output: str | Path | None) -> None:
    """Print `text` to stdout (`output` None) or write it to `output` atomically. Raises InputError."""
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    path = Path(output)
    tmp = path.with_name(f".{path.name}.pvmc-tmp")
    try:
        tmp.write_text(text if text.endswith("\n") else text + "\n")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write report: {exc.strerror or exc}") from None


def check_output(output: str | Path | None) -> None:
    """Raise InputError now when `output`'s directory does not exist or `output` is a directory (so a report run
    does not fail only after all its work)."""
    if output is None:
        return
    path = Path(output)
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a report file")
    if not path.parent.is_dir():
        raise InputError(f"{path}: cannot write report: no directory {path.parent}")
