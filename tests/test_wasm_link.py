"""Linking WASM-translated modules: the SPI memory map holds the linear memory, and `pvmc` takes .wat/.wasm.

Expected values are hand-derived: the GP A.42 map (rw/heap region [h, h + P(|w|) + z·4096) with
h = 0x20000 + Z(|o|)), the page limits wasmtime reads from each module, the initial memory wasmtime instantiates
(its data segments), and 5 + 7 = 12 for the CLI run.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import wasmtime

from pvm_backend.containers import round_page, round_zone
from pvm_backend.driver import compile_file
from pvm_backend.errors import CompileError
from pvm_backend.frontend.load import module_from_llvm
from pvm_backend.frontend.wasm import translate_wasm, wat_to_wasm
from pvm_backend.driver import build_program
from pvm_backend.interpreter import run_spi
from pvm_backend.linker import heap_pages_for, wasm_memory

REPO = Path(__file__).resolve().parents[1]
WAT_DIR = REPO / "tests" / "wat"
WAT_FILES = sorted(WAT_DIR.glob("*.wat")) + sorted((WAT_DIR / "bench").glob("*.wat"))
PAGE = 65536


def _limits(path: Path) -> tuple[int, int | None]:
    module = wasmtime.Module(wasmtime.Engine(), wat_to_wasm(path.read_text()))
    memory = next(e.type for e in module.exports if isinstance(e.type, wasmtime.MemoryType))
    return memory.limits.min, memory.limits.max


def _initial_memory(path: Path) -> bytes:
    """Linear memory of `path` as wasmtime instantiates it (every import a function that traps)."""
    store = wasmtime.Store()
    module = wasmtime.Module(store.engine, wat_to_wasm(path.read_text()))
    imports = [wasmtime.Func(store, imp.type, lambda *_: None) for imp in module.imports]
    memory = wasmtime.Instance(store, module, imports).exports(store)["memory"]
    assert isinstance(memory, wasmtime.Memory)
    return bytes(memory.read(store, 0, memory.data_len(store)))


@pytest.mark.parametrize("path", WAT_FILES, ids=lambda p: p.stem)
def test_linear_memory_is_inside_the_writable_region(path: Path) -> None:
    result = compile_file(path)
    program = result.program
    initial, maximum = _limits(path)
    assert maximum is not None, "corpus programs declare a maximum"
    start = 0x20000 + round_zone(len(program.ro_data))
    end = start + round_page(len(program.rw_data)) + program.heap_pages * 4096
    base = result.build.wasm_memory_base
    assert base is not None and start <= base and base % 4096 == 0
    # exactly the declared memory, or the default 16 heap pages (abi.DEFAULT_HEAP_PAGES) when more
    assert end == max(base + maximum * PAGE, start + round_page(len(program.rw_data)) + 16 * 4096)
    memory = wasm_memory(result.module, dict(result.build.global_addresses))
    assert memory is not None and (memory.base, memory.initial_pages, memory.max_pages) == (base, initial, maximum)
    # The rw data ends with the initial memory's bytes, up to its last non-zero byte (the heap after is zero).
    image = program.rw_data[base - start:]
    wasmtime_memory = _initial_memory(path)
    assert image == wasmtime_memory[:len(image)] and not any(wasmtime_memory[len(image):])


def test_module_without_wasm_memory_keeps_requested_heap() -> None:
    assert heap_pages_for(None, 100, 100, 16) == 16


def _module(wat: str):  # noqa: ANN202 (an ir.Module)
    return module_from_llvm(translate_wasm(wat_to_wasm(wat)), 2, "t.wat")


MAIN = '(func (export "main") (param i32 i32) (result i64) (i64.const 0))'


def test_linear_memory_starts_at_the_page_after_the_read_write_globals() -> None:
    """A mutable global the code keeps (8 bytes of rw data at h = 0x20000) puts WASM address 0 at 0x21000, the
    data segment's bytes at 0x21000 + 16, and the stub adds 0x21000 to the output pointer 16."""
    wat = ('(module (memory (export "memory") 1 1) (global $g (mut i64) (i64.const 5)) (data (i32.const 16) "abc") '
           '(func (export "main") (param i32 i32) (result i64) (global.set $g (i64.add (global.get $g) '
           '(i64.extend_i32_u (local.get 1)))) (i64.store (i32.const 24) (global.get $g)) (i64.const 0xb00000010)))')
    result = build_program(_module(wat), "main")
    program = result.program
    assert result.wasm_memory_base == 0x21000
    assert program.rw_data[:8] == (5).to_bytes(8, "little")
    assert program.rw_data[0x1000:] == bytes(16) + b"abc"
    run = run_spi(program, b"xy", 10_000)
    assert run.status.value == "halt" and run.output == b"abc" + bytes(5) + (7).to_bytes(8, "little")[:3]


def test_output_from_a_data_segment_that_no_instruction_touches() -> None:
    """Linear memory is placed, its image loaded and the output pointer converted even when no code addresses
    memory (LLVM then drops the `@__wasm_memory` declaration): the output is the segment's bytes."""
    wat = ('(module (memory 1 1) (data (i32.const 16) "hello") '
           '(func (export "main") (param i32 i32) (result i64) (i64.const 0x500000010)))')
    run = run_spi(build_program(_module(wat), "main").program, b"", 10_000)
    assert (run.status.value, run.output) == ("halt", b"hello")


@pytest.mark.parametrize("args", [b"", b"x", b"xyz"])
def test_computed_output_pointer_is_converted_by_the_stub(args: bytes) -> None:
    """An output pointer main computes (16 + the argument length) is a WASM address the stub converts; the output
    is the data at that WASM address (\"hello world\" from 16, hand-derived)."""
    wat = ('(module (memory 1 1) (data (i32.const 16) "hello world") (func (export "main") (param i32 i32) '
           '(result i64) (i64.or (i64.extend_i32_u (i32.add (local.get 1) (i32.const 16))) (i64.const 0x300000000))))')
    run = run_spi(build_program(_module(wat), "main").program, args, 10_000)
    assert (run.status.value, run.output) == ("halt", b"hello world"[len(args):len(args) + 3])


def test_memory_beyond_the_spi_heap_limit_is_a_compile_error() -> None:
    # 5000 pages of 64 KiB need 80,000 heap pages of 4 KiB; SPI's z is a u16.
    with pytest.raises(CompileError, match="65535"):
        build_program(_module(f"(module (memory 1 5000) {MAIN})"), "main")


def test_module_without_memory_links() -> None:
    program = build_program(_module(f"(module {MAIN})"), "main").program
    assert program.heap_pages >= 16


def pvmc(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pvm_backend.cli", *args], capture_output=True, text=True,
                          cwd=REPO, timeout=300)


@pytest.mark.parametrize("kind", ["wat", "wasm"])
def test_pvmc_compiles_and_runs_webassembly(kind: str, tmp_path: Path) -> None:
    source = WAT_DIR / "bench" / "add.wat"
    if kind == "wasm":
        binary = tmp_path / "add.wasm"
        binary.write_bytes(wat_to_wasm(source.read_text()))
        source = binary
    out = tmp_path / "add.jam"
    done = pvmc("compile", str(source), "-o", str(out))
    assert done.returncode == 0, done.stderr
    done = pvmc("run", str(out), "--args", "0500000007000000")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "status: halt"
    assert lines[2] == "output: " + (12).to_bytes(4, "little").hex()
