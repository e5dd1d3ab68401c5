"""The wasmtime reference: run a corpus C program compiled to wasm32 and return its status and output.

What it does: compiles a C file with clang-16 for ``wasm32-unknown-unknown`` (flags in ``CLANG_FLAGS``, linked
with wasm-ld-16 and compiler-rt's wasm32 builtins for ``__multi3`` and friends), instantiates it in wasmtime,
copies the argument bytes into linear memory and calls ``main(args_ptr, args_len) -> i64``. The result is read
as in the program ABI of issue 2: pointer = low 32 bits, length = high 32 bits.

Where the arguments go: memory is grown by enough 64 KiB pages to hold them and they are copied to the start of
the new pages (the old end of memory), an address nothing in the program owns (no heap allocator exists in the
corpus: no libc). A program that writes to its argument buffer would differ from the PVM, where the argument
area is read-only; the corpus does not.

Host calls: a program may declare ``extern long long host_call_N(long long id, ...N args)`` (N = 0..6): the PVM
backend turns it into ``ecalli id``. Here each such import is a wasmtime function that records the call and
returns 0; corpus programs ignore that value (the PVM side resumes with registers unchanged), so it is never
observable in the output.

What it assumes: clang-16, wasm-ld-16 and libclang-rt-16-dev-wasm32 installed (Debian packages); raises
``ReferenceUnavailable`` naming the packages otherwise. What it guarantees: identical source and flags give the
same cached ``.wasm``; a wasm trap gives status trap (the PVM counterpart is panic); running out of fuel raises
``WasmReferenceError`` (a corpus case that does not terminate is a broken case, not an outcome).
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import wasmtime

CLANG = "clang-16"
BUILTINS = Path("/usr/lib/llvm-16/lib/clang/16/lib/wasi/libclang_rt.builtins-wasm32.a")
CLANG_FLAGS = ("--target=wasm32-unknown-unknown", "-O2", "-nostdlib", "-ffreestanding", "-mbulk-memory",
               "-fuse-ld=lld", "-Wl,--no-entry", "-Wl,--export-all", "-Wl,--allow-undefined",
               "-Wall", "-Werror")
"""clang-16 flags: freestanding wasm32, every function exported, host_call_* left as imports."""
WASM_PAGE = 65536
DEFAULT_FUEL = 2_000_000_000
"""wasmtime fuel (about one unit per wasm instruction) granted per call."""
HOST_CALL_PREFIX = "host_call_"
MAX_HOST_ARGS = 6


class ReferenceUnavailable(RuntimeError):
    """clang-16 / lld-16 / compiler-rt for wasm32 is missing; the message names the Debian packages."""


class WasmReferenceError(RuntimeError):
    """The C did not compile, imports something unknown, has no `main`, or ran out of fuel."""


class WasmStatus(StrEnum):
    """How a reference run ended."""

    HALT = "halt"
    """main returned."""
    TRAP = "trap"
    """wasm trap (unreachable, out-of-bounds access, division by zero...): the PVM counterpart is panic."""


@dataclass(frozen=True)
class WasmResult:
    """Outcome of one reference run."""

    status: WasmStatus
    """halt or trap."""
    output: bytes
    """memory[ptr, ptr + len) for the returned ptr | len << 32; b'' on trap or when out of bounds."""
    host_calls: tuple[tuple[int, ...], ...] = ()
    """(id, data args...) of each host call made, in order (signed 64-bit values as passed)."""
    trap_message: str = ""
    """wasmtime's trap message when status is trap."""
    fuel_used: int = 0
    """wasmtime fuel the call consumed (about one unit per wasm instruction executed; 0 when not measured)."""


class WasmReference:
    """Compiles and runs corpus programs; compiled ``.wasm`` files are cached in ``cache_dir``."""

    def __init__(self, cache_dir: Path) -> None:
        self._cache_dir = cache_dir
        self._engine = self._make_engine()
        self._modules: dict[Path, wasmtime.Module] = {}

    @staticmethod
    def _make_engine() -> wasmtime.Engine:
        config = wasmtime.Config()
        config.consume_fuel = True
        return wasmtime.Engine(config)

    def compile(self, source: Path, opt_level: int = 2) -> Path:
        """Compile ``source`` (C) at clang's -O`opt_level` (default: ``CLANG_FLAGS``' -O2) to a ``.wasm`` file in
        the cache and return its path.

        Raises ReferenceUnavailable when the toolchain is missing, WasmReferenceError when clang fails.
        """
        clang = shutil.which(CLANG)
        if clang is None or shutil.which("wasm-ld-16") is None or not BUILTINS.is_file():
            raise ReferenceUnavailable(
                "the wasm reference needs clang-16, lld-16 and libclang-rt-16-dev-wasm32 "
                "(apt-get install clang-16 lld-16 libclang-rt-16-dev-wasm32)")
        text = source.read_bytes()
        flags = tuple(f"-O{opt_level}" if flag == "-O2" else flag for flag in CLANG_FLAGS)
        key = hashlib.sha256(text + "\0".join(flags).encode()).hexdigest()[:16]
        out = self._cache_dir / f"{source.stem}-{key}.wasm"
        if not out.exists():
            cmd = [clang, *flags, "-o", str(out), str(source), str(BUILTINS)]
            proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
            if proc.returncode != 0:
                raise WasmReferenceError(f"clang-16 failed on {source.name}:\n{proc.stderr}")
        return out

    def _module(self, source: Path, opt_level: int = 2) -> wasmtime.Module:
        path = self.compile(source, opt_level)
        if path not in self._modules:
            self._modules[path] = wasmtime.Module.from_file(self._engine, str(path))
        return self._modules[path]

    def run(self, source: Path, args: bytes, entry: str = "main", fuel: int = DEFAULT_FUEL,
            opt_level: int = 2) -> WasmResult:
        """Run ``entry(args_ptr, len(args))`` of ``source`` built at clang -O`opt_level` on ``args`` and return
        status and output bytes."""
        module = self._module(source, opt_level)
        store = wasmtime.Store(self._engine)
        store.set_fuel(fuel)
        calls: list[tuple[int, ...]] = []
        imports = [self._host_import(store, imp, calls, source) for imp in module.imports]
        instance = wasmtime.Instance(store, module, imports)
        exports = instance.exports(store)
        memory = exports["memory"]
        main = exports[entry] if entry in exports else None
        if not isinstance(memory, wasmtime.Memory) or not isinstance(main, wasmtime.Func):
            raise WasmReferenceError(f"{source.name}: no exported memory or function {entry!r}")
        args_ptr = memory.data_len(store)
        memory.grow(store, (len(args) + WASM_PAGE - 1) // WASM_PAGE)
        if args:
            memory.write(store, args, args_ptr)
        try:
            packed = main(store, args_ptr, len(args))
        except wasmtime.Trap as trap:
            if trap.trap_code == wasmtime.TrapCode.OUT_OF_FUEL:
                raise WasmReferenceError(f"{source.name}: out of fuel after {fuel} units") from trap
            return WasmResult(WasmStatus.TRAP, b"", tuple(calls), trap.message, fuel - store.get_fuel())
        fuel_used = fuel - store.get_fuel()
        if not isinstance(packed, int):
            raise WasmReferenceError(f"{source.name}: {entry} returned {packed!r}, expected an i64")
        packed &= 2**64 - 1
        ptr, length = packed & 0xFFFFFFFF, packed >> 32
        if ptr + length > memory.data_len(store):
            return WasmResult(WasmStatus.HALT, b"", tuple(calls), fuel_used=fuel_used)
        return WasmResult(WasmStatus.HALT, memory.read(store, ptr, ptr + length), tuple(calls), fuel_used=fuel_used)

    @staticmethod
    def _host_import(store: wasmtime.Store, imp: wasmtime.ImportType, calls: list[tuple[int, ...]],
                     source: Path) -> wasmtime.Func:
        name = imp.name or ""
        arity = name.removeprefix(HOST_CALL_PREFIX)
        if imp.module != "env" or not name.startswith(HOST_CALL_PREFIX) or not arity.isdigit() or \
                int(arity) > MAX_HOST_ARGS:
            raise WasmReferenceError(f"{source.name}: unresolved import {imp.module}.{name}")
        i64 = wasmtime.ValType.i64()
        ty = wasmtime.FuncType([i64] * (int(arity) + 1), [i64])

        def host_call(*values: int) -> int:
            calls.append(tuple(values))
            return 0

        return wasmtime.Func(store, ty, host_call)
