"""Errors a user can cause, as typed exceptions; the CLI turns each into one line on stderr and exit code 2.

Guarantees: `str(error)` is a single line naming, where known, the function, the block and the instruction.
"""

from __future__ import annotations


class PvmcError(Exception):
    """Base of every error caused by input or usage (exit code 2)."""


class InputError(PvmcError):
    """A file that cannot be read or parsed (malformed IR, bitcode, blob, missing tool such as clang)."""


class UnsupportedError(PvmcError):
    """Valid input that uses a feature the PVM backend does not support (floats, vectors, atomics, varargs)."""

    def __init__(self, message: str, function: str | None = None, block: str | None = None,
                 instruction: str | None = None) -> None:
        self.function = function
        self.block = block
        self.instruction = instruction
        where = []
        if function is not None:
            where.append(f"function @{function}")
        if block is not None:
            where.append(f"block %{block}")
        if instruction is not None:
            where.append(f"instruction `{' '.join(instruction.split())}`")
        super().__init__((", ".join(where) + ": " if where else "") + message)


class CompileError(UnsupportedError):
    """A program the backend cannot lower for a reason other than an unsupported feature (e.g. no entry)."""
