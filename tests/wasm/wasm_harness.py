"""Test harness for the WASM frontend: run a module on wasmtime (the reference) and its LLVM translation under
MCJIT on the host, with the same arguments, and report the outcome of each in the same shape.

Model: linear memory for the JIT is a host buffer mapped below 2 GiB (MAP_32BIT), whose address is passed to
`translate_wasm` as `memory_base`, so the 32-bit address arithmetic of the translated IR reaches it unchanged.
Each run first copies the module's `@__wasm_memory_image` (its data segments) to the buffer, as the PVM loader
does with the rw data, and adds the base to the WASM output pointer `main` returns, as the entry stub does.
Both runs place the argument bytes at the same WASM address (ARGS_OFFSET below the end of the initial memory)
and call the entry with (that address, length); the JIT calls the `@main(ptr, i32)` wrapper with the host address
of the arguments, which the wrapper converts back to the same WASM address. Each JIT call runs in a forked child:
a WASM trap is `llvm.trap` (x86 `ud2`, SIGILL), so the child's death by SIGILL is the "trap" outcome, any other
signal is a "crash" (a translation bug). Host calls `host_call_N(id, a...)` compute HOST_CALL(id, a...) in both.
"""

from __future__ import annotations

import ctypes
import faulthandler
import mmap
import os
import pickle
import re
import signal
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import llvmlite.binding as llvm
import wasmtime

from pvm_backend.driver import compile_file
from pvm_backend.frontend.wasm import translate_wasm, wat_to_wasm
from pvm_backend.interpreter import Pvm

WAT_DIR = Path(__file__).resolve().parent.parent / "wat"
MAP_32BIT = 0x40  # Linux x86-64: map in the low 2 GiB
ARGS_OFFSET = 4096
JIT_MAX_PAGES = 16
"""Memory limit given to `translate_wasm` for modules that declare no maximum (the default)."""
BUFFER_BYTES = 64 * 65536
"""Size of the host buffer that serves as linear memory for every JIT run (corpus programs use at most 64 pages)."""
MASK64 = (1 << 64) - 1

llvm.initialize_native_target()
llvm.initialize_native_asmprinter()


def host_call(ident: int, *args: int) -> int:
    """The host function both runs use for `host_call_N`: a fixed mixing of the id and the data arguments."""
    acc = (ident * 0x9E3779B97F4A7C15) & MASK64
    for i, a in enumerate(args):
        acc = (acc ^ ((a & MASK64) * (2 * i + 3))) & MASK64
    return acc


HOST_CALL_ARITY = {100: 0, 7: 2, 1: 6}
"""Data arguments of each host-call id the WAT corpus uses (tests/wat/host_call.wat: host_call_0(100),
host_call_2(7, ...), host_call_6(1, ...))."""


def service_host_call(host_id: int, pvm: Pvm) -> bool:
    """Our interpreter's host-call handler for the WAT corpus: r7 <- `host_call(id, r7..)` for the ids of
    `HOST_CALL_ARITY`; any other id is not serviced (returns False)."""
    arity = HOST_CALL_ARITY.get(host_id)
    if arity is None:
        return False
    pvm.registers[7] = host_call(host_id, *pvm.registers[7:7 + arity])
    return True


@dataclass(frozen=True)
class Outcome:
    """What one call of the entry did."""

    status: str
    """`ok`, `trap`, or (JIT only) `crash:<signal>` / `bad-output`."""
    output: bytes
    """The bytes at [ptr, ptr + len) of the returned pair when status is `ok`; empty otherwise."""


@dataclass(frozen=True)
class Program:
    """A corpus program: its WAT source path, binary and listed inputs."""

    path: Path
    wasm: bytes
    inputs: tuple[bytes, ...]


def load_program(path: Path) -> Program:
    """Read a .wat file and its `;; args: <hex>` header lines."""
    text = path.read_text()
    inputs = tuple(bytes.fromhex(m.group(1).replace(" ", "")) for m in
                   re.finditer(r"^;; args:[ \t]*([0-9a-fA-F ]*)$", text, re.M))
    return Program(path, wat_to_wasm(text), inputs)


def _initial_pages(wasm: bytes) -> int:
    module = wasmtime.Module(wasmtime.Engine(), wasm)
    for export in module.exports:
        if isinstance(export.type, wasmtime.MemoryType):
            return export.type.limits.min
    raise AssertionError("corpus programs export their memory as `memory`")


@cache
def pvm_memory_base(path: Path) -> int:
    """PVM address of WASM address 0 in pvmc's build of the WASM or WAT file `path` (`BuildResult.wasm_memory_base`;
    the linker's choice depends on the module's globals only, not on the allocation mode): what a reference run's
    `pvm_ptr` adds (`WasmtimeRunner.memory_base`)."""
    base = compile_file(path).build.wasm_memory_base
    assert base is not None, f"{path} has no linear memory"
    return base


class WasmtimeRunner:
    """Runs `main(args_ptr, args_len)` of a module on wasmtime, one fresh instance per call."""

    def __init__(self, wasm: bytes) -> None:
        self.engine = wasmtime.Engine()
        self.module = wasmtime.Module(self.engine, wasm)
        self.memory_base = MEMORY_BASE
        self.args_addr = _initial_pages(wasm) * 65536 - ARGS_OFFSET

    def _imports(self, store: wasmtime.Store) -> list[wasmtime.Func]:
        funcs = []
        for imp in self.module.imports:
            ftype = imp.type
            assert isinstance(ftype, wasmtime.FuncType), imp.name
            funcs.append(wasmtime.Func(store, ftype, self._host_function(str(imp.name), ftype)))
        return funcs

    def _host_function(self, name: str, ftype: wasmtime.FuncType):  # noqa: ANN202 (a wasmtime callback)
        params = [str(t) for t in ftype.params]
        results = [str(t) for t in ftype.results]

        def call(*args: int) -> int | None:
            if name == "abort":
                raise wasmtime.WasmtimeError("abort")
            if name == "pvm_ptr":
                value = (args[0] + self.memory_base) & 0xFFFFFFFF
            else:
                value = host_call(*[a & (0xFFFFFFFF if t == "i32" else MASK64) for a, t in zip(args, params)])
            if not results:
                return None
            bits = 32 if results[0] == "i32" else 64
            value &= (1 << bits) - 1
            return value - (1 << bits) if value >> (bits - 1) else value
        return call

    def run(self, args: bytes) -> Outcome:
        store = wasmtime.Store(self.engine)
        instance = wasmtime.Instance(store, self.module, self._imports(store))
        memory = instance.exports(store)["memory"]
        assert isinstance(memory, wasmtime.Memory)
        memory.write(store, args, self.args_addr)
        main = instance.exports(store)["main"]
        assert isinstance(main, wasmtime.Func)
        try:
            result = main(store, self.args_addr, len(args)) & MASK64
        except wasmtime.Trap:
            return Outcome("trap", b"")
        except wasmtime.WasmtimeError as error:
            if "abort" in str(error):
                return Outcome("trap", b"")
            raise
        ptr, length = result & 0xFFFFFFFF, result >> 32
        return Outcome("ok", bytes(memory.read(store, ptr, ptr + length)))


def _host_target_machine() -> llvm.TargetMachine:
    return llvm.Target.from_default_triple().create_target_machine(opt=2, jit=True)


_BUFFER = mmap.mmap(-1, BUFFER_BYTES, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS | MAP_32BIT)
MEMORY_BASE = ctypes.addressof(ctypes.c_char.from_buffer(_BUFFER))
"""Host address of WASM address 0 in every JIT run (the buffer is only ever written by forked children)."""
assert MEMORY_BASE + BUFFER_BYTES < 1 << 32


_ARGS_BUFFER = mmap.mmap(-1, 65536, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS | MAP_32BIT)
OUTSIDE_ARGS_ADDRESS = ctypes.addressof(ctypes.c_char.from_buffer(_ARGS_BUFFER))
"""A host address outside linear memory where a test may place the arguments, as SPI does at 0xFEFF0000."""


class JitRunner:
    """Translates a module with its memory at a low host buffer and runs the `main` wrapper under MCJIT."""

    _HOST_FUNCS = {n: ctypes.CFUNCTYPE(ctypes.c_uint64, *[ctypes.c_uint64] * (n + 1)) for n in range(7)}

    def __init__(self, wasm: bytes, optimize: bool) -> None:
        initial = _initial_pages(wasm)
        self.base = MEMORY_BASE
        self.size = BUFFER_BYTES
        self.args_addr = initial * 65536 - ARGS_OFFSET
        self.ir_text = translate_wasm(wasm, memory_base=self.base, default_max_pages=JIT_MAX_PAGES)
        self._callbacks = [proto(host_call) for proto in self._HOST_FUNCS.values()]
        for n, callback in enumerate(self._callbacks):
            llvm.add_symbol(f"host_call_{n}", ctypes.cast(callback, ctypes.c_void_p).value)
        tm = _host_target_machine()
        text = re.sub(r'^target (triple|datalayout) = .*$', "", self.ir_text, flags=re.M)
        module = llvm.parse_assembly(text, context=llvm.create_context())
        module.triple = tm.triple
        module.data_layout = str(tm.target_data)
        module.verify()
        if optimize:
            pb = llvm.create_pass_builder(tm, llvm.create_pipeline_tuning_options(speed_level=2))
            pb.getModulePassManager().run(module, pb)
            module.verify()
        self.engine = llvm.create_mcjit_compiler(module, tm)
        self.engine.finalize_object()
        image = next((g for g in module.global_variables if g.name == "__wasm_memory_image"), None)
        self.image = b"" if image is None else ctypes.string_at(
            self.engine.get_global_value_address(image.name), image.global_value_type.element_count)
        address = self.engine.get_function_address("main")
        self.main = ctypes.CFUNCTYPE(ctypes.c_uint64, ctypes.c_void_p, ctypes.c_uint32)(address)

    def _child(self, args: bytes, pipe: int, args_address: int | None) -> None:
        ctypes.memmove(self.base, self.image, len(self.image))
        address = self.base + self.args_addr if args_address is None else args_address
        ctypes.memmove(address, args, len(args))
        result = self.main(address, len(args))
        ptr, length = (result + self.base) & 0xFFFFFFFF, result >> 32
        if self.base <= ptr and ptr + length <= self.base + self.size:
            outcome = Outcome("ok", ctypes.string_at(ptr, length))
        else:
            outcome = Outcome("bad-output", b"")
        os.write(pipe, pickle.dumps(outcome))

    def run(self, args: bytes, args_address: int | None = None) -> Outcome:
        """Call the entry wrapper with `args` placed at host address `args_address` (default: inside linear
        memory at the same WASM address as the wasmtime run) in a forked child; return its outcome."""
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # child: run, report, exit without running any Python cleanup
            os.close(read_end)
            faulthandler.disable()  # the expected SIGILL of a trap is not a crash to report
            code = 0
            try:
                self._child(args, write_end, args_address)
            except BaseException:
                code = 3
            os._exit(code)
        os.close(write_end)
        chunks = []
        while chunk := os.read(read_end, 1 << 16):
            chunks.append(chunk)
        os.close(read_end)
        _, status = os.waitpid(pid, 0)
        if os.WIFSIGNALED(status):
            sig = os.WTERMSIG(status)
            return Outcome("trap" if sig == signal.SIGILL else f"crash:{signal.Signals(sig).name}", b"")
        assert os.WEXITSTATUS(status) == 0, "JIT child failed"
        outcome = pickle.loads(b"".join(chunks))
        assert isinstance(outcome, Outcome)
        return outcome
