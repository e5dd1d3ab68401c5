"""End to end through the WASM route: `pvmc compile` of WebAssembly runs on both PVM interpreters like wasmtime.

WAT corpus: for each `;; args:` case of each tests/wat/*.wat and tests/wat/bench/*.wat,
- expected: wasmtime running the same module (tests/wasm/wasm_harness.WasmtimeRunner, the reference the WASM
  frontend's own tests use; its `pvm_ptr` import returns base + a, the PVM address of `a` in our build);
  a wasm trap corresponds to a PVM panic (GP A.44: no output);
- actual: `pvm_backend.driver.compile_file(path)` (what `pvmc compile prog.wat` does), run with the case's
  argument bytes on our interpreter (`run_spi`) and on anan-as 1.2.0 (the `.jam` bytes);
- both PVMs must give the reference status and output and agree with each other on gas and registers.
Host calls (host_call.wat) are serviced on both PVMs by the harness's mixing function `host_call(id, a1..aN)`
put in r7, the value wasmtime's import returns; the arity of each id is read from the file (HOST_CALL_ARITY).

C corpus: each tests/programs/*.c is compiled by clang-16 to `.wasm` (support/wasm_reference.py's compile step,
cached per session); `compile_file` of that `.wasm` must give the wasm reference's status and output on both
PVMs, with equal gas. The JIP-1 log call (ecalli 100) is serviced as in tests/test_corpus.py.

Floats: a module using f64 is rejected by `pvmc compile` with exit 2, one stderr line naming the function, and
no output file.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

import pytest

from pvm_backend.cli import main as pvmc
from pvm_backend.driver import CompileResult, compile_file
from pvm_backend.interpreter import run_spi
from support.anan_as import AnanAs
from support.both_pvms import GAS, assert_both_match, check_case
from support.corpus import CorpusCase, all_cases
from support.wasm_reference import WasmReference

sys.path.insert(0, str(Path(__file__).resolve().parent / "wasm"))
from wasm_harness import (HOST_CALL_ARITY, WAT_DIR, Program, WasmtimeRunner, host_call,  # noqa: E402
                          load_program, service_host_call)

WAT_FILES = sorted(WAT_DIR.glob("*.wat")) + sorted((WAT_DIR / "bench").glob("*.wat"))
WAT_CASES = [(path, i) for path in WAT_FILES for i in range(len(load_program(path).inputs))]
STATUS = {"ok": "halt", "trap": "panic"}
"""wasm harness outcome → PVM status."""


@cache
def _program(path: Path) -> Program:
    return load_program(path)


@cache
def _reference(path: Path) -> WasmtimeRunner:
    runner = WasmtimeRunner(_program(path).wasm)
    runner.memory_base = _compiled(path).build.wasm_memory_base
    return runner


@cache
def _compiled(path: Path) -> CompileResult:
    """One compilation per source file per test worker."""
    return compile_file(path, entry="main", opt_level=2)


def _theirs_host(host_id: int):  # noqa: ANN202 (a HostFunction for one id)
    def service(registers: tuple[int, ...]) -> list[int]:
        result = list(registers)
        result[7] = host_call(host_id, *registers[7:7 + HOST_CALL_ARITY[host_id]])
        return result
    return service


def _case_id(case: tuple[Path, int]) -> str:
    path, i = case
    return f"{path.relative_to(WAT_DIR).with_suffix('')}#{i}"


@pytest.mark.parametrize("case", WAT_CASES, ids=[_case_id(c) for c in WAT_CASES])
def test_wat_case(case: tuple[Path, int], anan: AnanAs) -> None:
    path, i = case
    args = _program(path).inputs[i]
    expected = _reference(path).run(args)
    result = _compiled(path)
    ours = run_spi(result.program, args, GAS, host_calls=service_host_call)
    theirs = anan.run_spi(result.jam, args, GAS, metadata=True,
                          host_calls={h: _theirs_host(h) for h in HOST_CALL_ARITY})

    assert_both_match(ours, theirs, STATUS[expected.status], expected.output)


def test_wat_corpus_has_traps_host_calls_and_results() -> None:
    """The corpus exercises the trap ↔ panic mapping and host calls, not only halting programs."""
    outcomes = [_reference(path).run(_program(path).inputs[i]) for path, i in WAT_CASES]
    assert sum(o.status == "trap" for o in outcomes) >= 5
    assert sum(o.status == "ok" for o in outcomes) > len(outcomes) // 2
    assert len(WAT_FILES) >= 27 and "host_call_6" in (WAT_DIR / "host_call.wat").read_text()


C_CASES = all_cases()


@pytest.mark.parametrize("case", C_CASES, ids=lambda c: c.case_id)
def test_c_case_through_wasm(case: CorpusCase, wasm_reference: WasmReference, anan: AnanAs) -> None:
    expected = wasm_reference.run(case.source, case.args)
    check_case(_compiled(wasm_reference.compile(case.source)), case.args, expected, anan)


FLOAT_WAT = """\
(module
  (memory (export "memory") 1 1)
  (func (export "half") (param f64) (result f64) (f64.mul (local.get 0) (f64.const 0.5)))
  (func (export "main") (param $p i32) (param $len i32) (result i64)
    (drop (call 0 (f64.const 3)))
    (i64.const 0)))
"""


def test_float_wat_is_rejected_naming_the_function(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "float.wat"
    source.write_text(FLOAT_WAT)
    out = tmp_path / "float.jam"
    assert pvmc(["compile", str(source), "-o", str(out)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1
    assert "half" in lines[0] and "floating point" in lines[0]
    assert not out.exists()
