"""The foundation's C corpus (tests/programs/*.c) through the WASM route: clang-16 compiles each program to a
wasm32 module (bulk memory on, compiler-rt builtins linked, `host_call_N` left as imports), the frontend
translates it, and MCJIT runs the optimised translation on every listed input.

Reference: wasmtime running the same `.wasm` (status and output bytes must be equal). The C programs read
their arguments through `main(const unsigned char *args, unsigned len)`, i.e. the WASM entry ABI.
"""

from __future__ import annotations

import functools
import re
import subprocess
from pathlib import Path

import pytest

from wasm_harness import JitRunner, WasmtimeRunner

PROGRAMS = Path(__file__).resolve().parent.parent / "programs"
BUILTINS = "/usr/lib/llvm-16/lib/clang/16/lib/wasi/libclang_rt.builtins-wasm32.a"
CLANG_FLAGS = ["--target=wasm32-unknown-unknown", "-O2", "-nostdlib", "-ffreestanding", "-mbulk-memory",
               "-fuse-ld=lld", "-Wl,--no-entry", "-Wl,--export=main", "-Wl,--export-memory",
               "-Wl,--allow-undefined"]
SOURCES = sorted(PROGRAMS.glob("*.c"))
CASES = [(src, i) for src in SOURCES
         for i, _ in enumerate(re.finditer(r"^// args:", src.read_text(), re.M))]


def _inputs(src: Path) -> list[bytes]:
    return [bytes.fromhex(m.group(1).replace(" ", ""))
            for m in re.finditer(r"^// args:[ \t]*([0-9a-fA-F ]*)$", src.read_text(), re.M)]


@functools.cache
def _runners(src: Path, out_dir: Path) -> tuple[WasmtimeRunner, JitRunner]:
    wasm_path = out_dir / f"{src.stem}.wasm"
    subprocess.run(["clang-16", *CLANG_FLAGS, "-o", str(wasm_path), str(src), BUILTINS], check=True,
                   capture_output=True)
    wasm = wasm_path.read_bytes()
    return WasmtimeRunner(wasm), JitRunner(wasm, optimize=True)


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("c-to-wasm")


def test_c_corpus_is_present() -> None:
    assert len(SOURCES) >= 20 and len(CASES) >= len(SOURCES)


@pytest.mark.parametrize("case", CASES, ids=[f"{s.stem}#{i}" for s, i in CASES])
def test_c_program_through_wasm_matches_wasmtime(case: tuple[Path, int], out_dir: Path) -> None:
    src, i = case
    args = _inputs(src)[i]
    reference, jit = _runners(src, out_dir)
    assert jit.run(args) == reference.run(args)
