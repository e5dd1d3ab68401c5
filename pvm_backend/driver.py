"""The pipeline as one function: source file → IR view → emitted functions → linked program → container bytes.

What it does: `compile_file` reads a `.c`, `.ll`, `.bc`, `.wat` or `.wasm` file, optimises it, builds the IR
view, lowers every function and links a standard program (SPI, GP A.7), also wrapped as a `.jam` service blob
(GP 9.4).

Assumes: the frontend, linker and containers modules keep their public APIs.

Guarantees: either returns a complete `CompileResult` or raises a `PvmcError` subclass with a one-line message;
it never writes files (the CLI does, only on success).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from pvm_backend.containers import StandardProgram, encode_jam
from pvm_backend.errors import InputError
from pvm_backend.frontend.load import load_module
from pvm_backend.ir import Module
from pvm_backend.linker import BuildOptions, BuildResult, build_program

__version__ = "0.1.0"

#: Input suffixes the driver accepts, and what they are.
SOURCE_KINDS: dict[str, str] = {".c": "C (clang-16, wasm32 target)", ".ll": "LLVM IR text", ".bc": "LLVM bitcode",
                                 ".wat": "WebAssembly text", ".wasm": "WebAssembly binary"}


@dataclass(frozen=True, slots=True)
class CompileResult:
    """Everything one compilation produced."""

    source: Path
    """The input file."""
    module: Module
    """The IR view of the optimised module."""
    build: BuildResult
    """Emitted functions, per-function statistics and the linked program."""
    program: StandardProgram
    """The standard program (SPI, GP A.7)."""
    spi: bytes
    """`program` encoded as SPI bytes."""
    jam: bytes
    """The `.jam` service blob: varint metadata length, metadata, SPI (GP 9.4)."""
    seconds: float
    """Wall-clock compile time in seconds."""

    @property
    def code_bytes(self) -> int:
        """Length of the PVM code in bytes."""
        return len(self.program.code.code)


def compile_file(path: Path, entry: str = "main", opt_level: int = 2,
                 options: BuildOptions | None = None) -> CompileResult:
    """Compile `path` (.c, .ll, .bc, .wat or .wasm) with LLVM optimisation level `opt_level` (0-3) and entry
    function `entry` (for WebAssembly: the exported function that gets the entry wrapper).

    Raises InputError (unreadable or malformed input, unknown suffix, clang missing), UnsupportedError
    (features the PVM backend does not lower) and CompileError (e.g. no entry function).
    """
    start = time.perf_counter()
    path = Path(path)
    if path.suffix not in SOURCE_KINDS:
        kinds = ", ".join(SOURCE_KINDS)
        raise InputError(f"{path}: unknown input kind {path.suffix or '(no suffix)'!r}; expected one of {kinds}")
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    if not 0 <= opt_level <= 3:
        raise InputError(f"optimisation level must be 0-3, not {opt_level}")
    module = load_module(path, opt_level, entry)
    build = build_program(module, entry, options)
    spi = build.program.encode()
    jam = encode_jam(build.program, f"{path.name} (pvmc {__version__})".encode())
    return CompileResult(source=path, module=module, build=build, program=build.program, spi=spi, jam=jam,
                         seconds=time.perf_counter() - start)
