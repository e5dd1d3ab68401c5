"""The pipeline, composed: source file → IR view → allocations → emitted functions → linked program → bytes.

What it does: `compile_file` reads a `.c`, `.ll`, `.bc`, `.wat` or `.wasm` file, optimises it and builds the IR
view (`frontend.load`); `build_program(module, entry, options)` plans the link (`linker.plan_link`: reachable
functions, globals, link context), runs the selected register allocator on every function
(`allocators.allocate_function`, the registry's allocator named by `BuildOptions.regalloc`), then links with
those allocations (`linker.link`) into a standard program (SPI, GP A.7), also wrapped as a `.jam` service blob
(GP 9.4). This is the one place the stages are put together: the linker and the emitter never run an
allocator, and the allocators never import the emitter (the gas model reaches them through the request).

Assumes: the frontend, allocators, linker and containers modules keep their public APIs.

Guarantees: either returns a complete `CompileResult` or raises a `PvmcError` subclass with a one-line message;
it never writes files (the CLI does, only on success).
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from pvm_backend import abi
from pvm_backend.allocators import DEFAULT_MODE, MODES, allocate_function, allocator
from pvm_backend.containers import StandardProgram, encode_jam
from pvm_backend.emitter.pipeline import Passes
from pvm_backend.errors import InputError
from pvm_backend.faults import NO_FAULTS, Faults
from pvm_backend.frontend.load import SourceOptions, WasmOptions, load_module
from pvm_backend.ir import Module
from pvm_backend.linker import BuildResult, link, plan_link
from pvm_backend.options import DEFAULT_OPT_LEVEL, DEFAULT_TIMEOUT_MS, OptLevel, ordered_map, parse_opt_level

__version__ = "0.1.0"

#: Input suffixes the driver accepts, and what they are.
SOURCE_KINDS: dict[str, str] = {".c": "C (clang-16, wasm32 target)", ".ll": "LLVM IR text", ".bc": "LLVM bitcode",
                                 ".wat": "WebAssembly text", ".wasm": "WebAssembly binary"}


@dataclass(frozen=True)
class BuildOptions:
    """How to build a program from an IR module."""

    stack_size: int = abi.DEFAULT_STACK_SIZE
    """Stack size in bytes (SPI field s, u24)."""
    heap_pages: int = abi.DEFAULT_HEAP_PAGES
    """Zero-filled writable pages after the rw data (SPI field z); a WASM module gets at least what its linear
    memory needs (`linker.heap_pages_for`)."""
    peephole: bool = True
    """Run `emitter.peephole` on every function (drops redundant reloads and fallthroughs)."""
    regalloc: str = DEFAULT_MODE
    """Register allocator: a name of the registry (`allocators.MODES`; `pvmc compile --regalloc`)."""
    registers: abi.RegisterModel = abi.DEFAULT_REGISTER_MODEL
    """The register model every allocator is given (`abi.RegisterModel`; `pvmc compile --registers`)."""
    dse: bool = True
    """Run dead store elimination on value slots (`emitter.dse`; `pvmc compile --no-dse` turns it off)."""
    block_local: bool = True
    """Keep values that never leave their block in registers (`emitter.block_local`; `--no-block-local`)."""
    elide_frames: bool = True
    """Drop the frame of a function whose final code never uses it (`emitter.frame_elision`)."""
    cross_block: bool = True
    """With `block_local`, also keep values living across blocks but never across a call in r5-r8
    (`emitter.block_local`; `--no-cross-block`)."""
    compact_frames: bool = True
    """Pack the value slots the final code still uses (`emitter.frame_compaction`)."""
    optimal_timeout_ms: int = DEFAULT_TIMEOUT_MS
    """A solver-based allocator's limit per function, in milliseconds (`pvmc compile --optimal-timeout`)."""
    result: abi.ResultRegisters = abi.ResultRegisters.LENGTH
    """What the entry stub leaves in r8: the result's length (GP A.44) or its end address (`--result-r8`)."""
    faults: Faults = NO_FAULTS
    """Test-only fault switches (`pvm_backend.faults`; the CLI reads `PVMC_FAULT` once into this)."""
    jobs: int = 1
    """Worker processes that allocate registers for (and trial-lower) the functions, one function at a time
    (`pvmc compile --jobs`); the program is the same for any number (`options.ordered_map`). The workers are
    spawned, so a script that sets this needs the `if __name__ == "__main__":` guard of `multiprocessing`."""

    @property
    def passes(self) -> Passes:
        """The optional emission steps these options turn on (`emitter.pipeline.Passes`)."""
        return Passes(self.peephole, self.dse, self.block_local, self.elide_frames, self.cross_block,
                      self.compact_frames)


def build_program(module: Module, entry: str = "main", options: BuildOptions | None = None) -> BuildResult:
    """Allocate registers for and link every function of `module` reachable from `entry` (module docstring).

    Raises InputError for an unknown `options.regalloc`; CompileError / UnsupportedError as the linker and the
    emitter do."""
    options = options or BuildOptions()
    if options.regalloc not in MODES:
        raise InputError(f"unknown register allocator {options.regalloc!r}; expected one of {', '.join(MODES)}")
    chosen = allocator(options.regalloc)
    plan = plan_link(module, entry, options.stack_size, options.result)
    allocate = partial(allocate_function, chosen=chosen, ctx=plan.ctx, passes=options.passes,
                       timeout_ms=options.optimal_timeout_ms, faults=options.faults, model=options.registers)
    allocations = ordered_map(allocate, plan.functions, options.jobs)
    return link(plan, allocations, heap_pages=options.heap_pages, passes=options.passes,
                faults=options.faults)


@dataclass(frozen=True, slots=True)
class CompileResult:
    """Everything one compilation produced."""

    source: Path
    """The input file."""
    module: Module
    """The IR view of the optimised module: its globals, declarations and the function definitions the entry
    (and `abi.SECONDARY_ENTRY`) reach."""
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


def compile_file(path: Path, entry: str = "main", opt_level: OptLevel = DEFAULT_OPT_LEVEL,
                 options: BuildOptions | None = None, wasm: WasmOptions | None = None,
                 sources: SourceOptions | None = None) -> CompileResult:
    """Compile `path` (.c, .ll, .bc, .wat or .wasm) with LLVM optimisation level `opt_level` (0-3, "s" or "z":
    `frontend.load.OPT_LEVELS`) and entry function `entry` (for WebAssembly: the exported function that gets the
    entry wrapper; `wasm` gives the import map, adapter and memory limit, `frontend.load.WasmOptions`; `sources`
    more translation units to link with it and the C preprocessor's `-I`/`-D`, `frontend.load.SourceOptions`).

    Raises InputError (unreadable or malformed input, unknown suffix, clang missing), UnsupportedError
    (features the PVM backend does not lower) and CompileError (e.g. no entry function).
    """
    with fewer_collections():
        return _compile_file(path, entry, opt_level, options, wasm, sources)


YOUNG_GENERATION_THRESHOLD = 200_000
"""Allocations between two collections of the youngest generation of Python's cyclic garbage collector while a
compile runs (Python's default: 700). A compile allocates millions of small objects and frees almost all of them
by reference counting; collecting every 700 allocations cost 13 % of compiling anan-as's compiler.wasm (5.8 s ->
5.1 s with this threshold, medians of 3; peak memory 151 -> 159 MB). mypy sets the same threshold for the same
reason."""


_collections_lock = threading.Lock()
_collections_depth = 0
_collections_saved: tuple[int, ...] = ()


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the body with `YOUNG_GENERATION_THRESHOLD`; the collector's thresholds are restored when the last of
    the compiles running in this process (threads of a Dask worker, nested calls) ends."""
    global _collections_depth, _collections_saved
    with _collections_lock:
        if _collections_depth == 0:
            _collections_saved = gc.get_threshold()
            gc.set_threshold(YOUNG_GENERATION_THRESHOLD, *_collections_saved[1:])
        _collections_depth += 1
    try:
        yield
    finally:
        with _collections_lock:
            _collections_depth -= 1
            if _collections_depth == 0:
                gc.set_threshold(*_collections_saved)


def _compile_file(path: Path, entry: str, opt_level: OptLevel, options: BuildOptions | None, wasm: WasmOptions | None,
                  sources: SourceOptions | None) -> CompileResult:
    start = time.perf_counter()
    path = Path(path)
    for given in (path, *(sources.others if sources is not None else ())):
        if given.suffix not in SOURCE_KINDS:
            kinds = ", ".join(SOURCE_KINDS)
            raise InputError(f"{given}: unknown input kind {given.suffix or '(no suffix)'!r}; expected one of {kinds}")
        if given.is_dir():
            raise InputError(f"{given}: is a directory, not a source file")
        if not given.is_file():
            raise InputError(f"{given}: no such file")
    opt_level = parse_opt_level(opt_level)
    module = load_module(path, opt_level, entry, wasm, sources, roots=(entry, abi.SECONDARY_ENTRY))
    build = build_program(module, entry, options)
    spi = build.program.encode()
    jam = encode_jam(build.program, f"{path.name} (pvmc {__version__})".encode())
    return CompileResult(source=path, module=module, build=build, program=build.program, spi=spi, jam=jam,
                         seconds=time.perf_counter() - start)
