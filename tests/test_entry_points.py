"""Entry points of a JAM service (issue 14 part 2): a second entry at pc 5 beside the one at pc 0.

A C program defining `main2`, and a WebAssembly module exporting `main2` or `accumulate*` (with `refine*` as the
first entry when nothing exports `main`), gets at pc 0 a 5-byte `jump` to the first entry's stub and at pc 5 the
second entry's stub. References: wasmtime calling the same export of the same module (for C, clang-16's wasm
build, tests/support/wasm_reference.py); both PVMs must give its output, run from pc 0 and from pc 5.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import wasmtime

from pvm_backend.abi import SECONDARY_ENTRY_PC
from pvm_backend.cli import main as pvmc
from pvm_backend.driver import CompileResult, compile_file
from pvm_backend.frontend.wasm import entry_exports, wat_to_wasm
from pvm_backend.interpreter import run_spi
from support.anan_as import AnanAs
from support.both_pvms import GAS, assert_both_match
from support.wasm_reference import WasmReference, WasmStatus

MASK32 = (1 << 32) - 1
SERVICE_WAT = """\
(module
  (memory (export "memory") 1)
  (data (i32.const 0) "\\2a")
  (func $twice (param i32) (result i32) (i32.shl (local.get 0) (i32.const 1)))
  (func (export "{first}") (param $p i32) (param $n i32) (result i64)
    (i32.store (i32.const 8) (call $twice (i32.load (local.get $p))))
    (i64.const 0x400000008))
  (func (export "{second}") (param $p i32) (param $n i32) (result i64)
    (i32.store (i32.const 8) (i32.add (i32.load8_u (i32.const 0)) (i32.load (local.get $p))))
    (i32.store8 (i32.const 0) (i32.const 0))
    (i64.const 0x400000008)))
"""
SERVICE_C = """\
#include <stdint.h>
static uint32_t out[2];
static uint32_t calls = 40;
uint64_t main(const uint8_t *args, uint32_t len) {
    out[0] = len ? args[0] * 3u : 1u;
    return (uint64_t)(uintptr_t)out | (uint64_t)4 << 32;
}
uint64_t main2(const uint8_t *args, uint32_t len) {
    calls += len;
    out[0] = calls;
    out[1] = len ? args[len - 1] : 7u;
    return (uint64_t)(uintptr_t)out | (uint64_t)8 << 32;
}
"""


def _wasmtime(wat: str, export: str, args: bytes) -> bytes:
    engine = wasmtime.Engine()
    store = wasmtime.Store(engine)
    instance = wasmtime.Instance(store, wasmtime.Module(engine, wat_to_wasm(wat)), [])
    memory, function = instance.exports(store)["memory"], instance.exports(store)[export]
    assert isinstance(memory, wasmtime.Memory) and isinstance(function, wasmtime.Func)
    memory.write(store, args, 0x1000)
    result = function(store, 0x1000, len(args)) & ((1 << 64) - 1)
    return bytes(memory.read(store, result & MASK32, (result & MASK32) + (result >> 32)))


def _both_pcs(result: CompileResult, args: bytes, expected: tuple[bytes, bytes], anan: AnanAs) -> None:
    for pc, output in zip((0, SECONDARY_ENTRY_PC), expected):
        ours = run_spi(result.program, args, GAS, pc)
        theirs = anan.run_spi(result.jam, args, GAS, pc, metadata=True)
        assert_both_match(ours, theirs, "halt", output)


@pytest.mark.parametrize("first, second", [("main", "main2"), ("refine_work", "accumulate"),
                                           ("main", "accumulate_all")])
def test_a_wasm_service_has_its_second_entry_at_pc_5(tmp_path: Path, anan: AnanAs, first: str,
                                                      second: str) -> None:
    wat = SERVICE_WAT.format(first=first, second=second)
    source = tmp_path / "service.wat"
    source.write_text(wat)
    result = compile_file(source)
    args = (5).to_bytes(4, "little")
    _both_pcs(result, args, (_wasmtime(wat, first, args), _wasmtime(wat, second, args)), anan)
    assert result.program.code.code[0] == 40, "pc 0 holds `jump` (opcode 40, GP A.5.4)"


def test_a_c_program_with_main2_has_its_second_entry_at_pc_5(tmp_path: Path, anan: AnanAs,
                                                              wasm_reference: WasmReference) -> None:
    source = tmp_path / "service.c"
    source.write_text(SERVICE_C)
    result = compile_file(source)
    for args in (b"", bytes([9, 200])):
        expected = [wasm_reference.run(source, args, entry) for entry in ("main", "main2")]
        assert all(e.status is WasmStatus.HALT for e in expected)
        _both_pcs(result, args, (expected[0].output, expected[1].output), anan)


def test_without_a_second_entry_the_stub_starts_at_pc_0_and_pc_5_panics(tmp_path: Path) -> None:
    source = tmp_path / "one.wat"
    source.write_text(SERVICE_WAT.format(first="main", second="other"))
    result = compile_file(source)
    assert result.program.code.code[0] != 40
    assert run_spi(result.program, b"\x01\x00\x00\x00", GAS, SECONDARY_ENTRY_PC).status.value == "panic"


def test_entry_exports_prefers_the_canonical_names() -> None:
    assert entry_exports({"main", "main2", "refine", "accumulate"}, "main") == ("main", "main2")
    assert entry_exports({"refine_b", "refine_a", "accumulate_z", "accumulate_y"}, "main") == \
        ("refine_a", "accumulate_y")
    assert entry_exports({"go", "main2"}, "go") == ("go", "main2")
    assert entry_exports({"main"}, "main") == ("main", None)
    assert entry_exports({"main2"}, "main2") == ("main2", None)


def test_pvmc_run_pc_5_runs_the_second_entry(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    wat = SERVICE_WAT.format(first="refine", second="accumulate")
    source = tmp_path / "service.wat"
    source.write_text(wat)
    out = tmp_path / "service.jam"
    assert pvmc(["compile", str(source), "-o", str(out)]) == 0
    capsys.readouterr()
    assert pvmc(["run", str(out), "--args", "05000000", "--pc", "5"]) == 0
    printed = capsys.readouterr().out
    assert f"output: {_wasmtime(wat, 'accumulate', bytes.fromhex('05000000')).hex()}" in printed


@pytest.mark.parametrize("reads", ["neither", "pointer", "length", "both"])
def test_the_stub_passes_only_the_arguments_the_entry_reads(tmp_path: Path, anan: AnanAs, reads: str) -> None:
    """The stub sets r9 (arguments pointer) and r10 (length) only for an entry that reads them (issue 18); the
    result is wasmtime's either way, on both PVMs."""
    body = {"neither": "(i32.const 7)",
            "pointer": "(i32.load8_u (local.get $p))",
            "length": "(local.get $n)",
            "both": "(i32.add (i32.load8_u (local.get $p)) (local.get $n))"}[reads]
    wat = tmp_path / f"{reads}.wat"
    wat.write_text(f"""(module (memory (export "memory") 1)
  (func (export "main") (param $p i32) (param $n i32) (result i64)
    (i32.store (i32.const 0) {body})
    (i64.const 0x400000000)))""")
    result = compile_file(wat)
    stub = [p.instruction for p in result.build.layout.placed if p.section == "_start"]
    set_registers = {ins.ra for ins in stub if ins.opcode.name == "ADD_IMM_32"}
    assert (9 in set_registers) is (reads in ("pointer", "both"))
    assert (10 in set_registers) is (reads in ("length", "both"))
    args = bytes([5, 1, 2])
    expected = {"neither": 7, "pointer": 5, "length": 3, "both": 8}[reads]
    ours = run_spi(result.program, args, GAS)
    theirs = anan.run_spi(result.jam, args, GAS, 0, metadata=True)
    assert_both_match(ours, theirs, "halt", expected.to_bytes(4, "little"))
