"""Linking WASM-translated modules: the SPI memory map holds the linear memory, and `pvmc` takes .wat/.wasm.

Expected values are hand-derived: the GP A.42 map (rw/heap region [h, h + P(|w|) + z·4096) with
h = 0x20000 + Z(|o|)), the page limits wasmtime reads from each module, and 5 + 7 = 12 for the CLI run.
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
from pvm_backend.frontend.wasm import WASM_MEMORY_BASE, translate_wasm, wat_to_wasm
from pvm_backend.driver import build_program
from pvm_backend.linker import heap_pages_for, wasm_memory

REPO = Path(__file__).resolve().parents[1]
WAT_DIR = REPO / "tests" / "wat"
WAT_FILES = sorted(WAT_DIR.glob("*.wat")) + sorted((WAT_DIR / "bench").glob("*.wat"))
PAGE = 65536


def _limits(path: Path) -> tuple[int, int | None]:
    module = wasmtime.Module(wasmtime.Engine(), wat_to_wasm(path.read_text()))
    memory = next(e.type for e in module.exports if isinstance(e.type, wasmtime.MemoryType))
    return memory.limits.min, memory.limits.max


@pytest.mark.parametrize("path", WAT_FILES, ids=lambda p: p.stem)
def test_linear_memory_is_inside_the_writable_region(path: Path) -> None:
    result = compile_file(path)
    program = result.program
    initial, maximum = _limits(path)
    assert maximum is not None, "corpus programs declare a maximum"
    start = 0x20000 + round_zone(len(program.ro_data))
    end = start + round_page(len(program.rw_data)) + program.heap_pages * 4096
    assert start + len(program.rw_data) <= WASM_MEMORY_BASE
    assert end == WASM_MEMORY_BASE + maximum * PAGE  # exactly the declared memory, nothing more
    memory = wasm_memory(result.module)
    assert memory is not None and (memory.initial_pages, memory.max_pages) == (initial, maximum)


def test_module_without_wasm_memory_keeps_requested_heap() -> None:
    assert heap_pages_for(None, 100, 100, 16) == 16


def _module(wat: str, memory_base: int = WASM_MEMORY_BASE):  # noqa: ANN202 (an ir.Module)
    return module_from_llvm(translate_wasm(wat_to_wasm(wat), memory_base=memory_base), 2, "t.wat")


MAIN = '(func (export "main") (param i32 i32) (result i64) (i64.const 0))'


def test_memory_overlapping_the_data_is_a_compile_error() -> None:
    # base 0x20000 is below h = 0x30000 (ro data holds the data segment's bytes).
    module = _module(f'(module (memory 1 1) (data (i32.const 0) "abc") {MAIN})', memory_base=0x20000)
    with pytest.raises(CompileError, match="overlaps"):
        build_program(module, "main")


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
