"""Register allocation changes no result: every corpus case gives the reference output with `--regalloc none`,
with `linear-scan` (the default), with `optimal` (z3's allocation), linear scan also under the full register
model (`--registers full`), and with dead store elimination off, and allocation is really exercised.

Expected values come from wasmtime (the C corpus compiled by clang-16 to wasm32, support/wasm_reference.py; the
WAT corpus run directly, tests/wasm/wasm_harness.py), never from pvmc. The default mode is also run on anan-as
by tests/test_corpus.py and tests/test_wat_corpus.py; here every mode runs on our interpreter, and the outputs of
the modes must be equal to each other as well as to the reference.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

import pytest

from pvm_backend.abi import RegisterModel
from pvm_backend.driver import CompileResult, compile_file
from pvm_backend.interpreter import RunResult, jip1_log_handler, run_spi
from pvm_backend.driver import BuildOptions
from support.both_pvms import GAS, PVM_STATUS
from support.corpus import CorpusCase, all_cases
from support.wasm_reference import WasmReference

sys.path.insert(0, str(Path(__file__).resolve().parent / "wasm"))
from wasm_harness import WAT_DIR, WasmtimeRunner, load_program, pvm_memory_base, service_host_call  # noqa: E402

MODES = {
    "none": BuildOptions(regalloc="none"),
    "linear-scan": BuildOptions(regalloc="linear-scan"),
    "linear-scan-no-dse": BuildOptions(regalloc="linear-scan", dse=False),
    "optimal": BuildOptions(regalloc="optimal"),
    "linear-scan-full": BuildOptions(regalloc="linear-scan", registers=RegisterModel.FULL),
}
"""The optimal allocator under the full model runs on the real-code corpus (tests/test_real_corpus.py) and in
tests/verifier/test_register_model.py; here it would double the file's time."""


@cache
def compiled(source: Path, mode: str) -> CompileResult:
    """One compilation per file and mode per test worker."""
    return compile_file(source, entry="main", opt_level=2, options=MODES[mode])


def _outcome(result: RunResult) -> tuple[str, bytes]:
    return result.status.value, result.output


@pytest.mark.parametrize("case", all_cases(), ids=lambda c: c.case_id)
def test_c_case_in_every_mode(case: CorpusCase, wasm_reference: WasmReference) -> None:
    expected = wasm_reference.run(case.source, case.args)
    want = (PVM_STATUS[expected.status], expected.output)
    outcomes = {mode: _outcome(run_spi(compiled(case.source, mode).program, case.args, GAS,
                                       host_calls=jip1_log_handler))
                for mode in MODES}
    assert outcomes == {mode: want for mode in MODES}


WAT_FILES = sorted(WAT_DIR.glob("*.wat")) + sorted((WAT_DIR / "bench").glob("*.wat"))
WAT_CASES = [(path, i) for path in WAT_FILES for i in range(len(load_program(path).inputs))]
@cache
def _reference(path: Path) -> WasmtimeRunner:
    runner = WasmtimeRunner(load_program(path).wasm)
    runner.memory_base = pvm_memory_base(path)
    return runner


@pytest.mark.parametrize("case", WAT_CASES, ids=[f"{p.relative_to(WAT_DIR).with_suffix('')}#{i}" for p, i in WAT_CASES])
def test_wat_case_in_every_mode(case: tuple[Path, int]) -> None:
    path, i = case
    args = load_program(path).inputs[i]
    expected = _reference(path).run(args)
    want = ({"ok": "halt", "trap": "panic"}[expected.status], expected.output)
    outcomes = {mode: _outcome(run_spi(compiled(path, mode).program, args, GAS, host_calls=service_host_call)) for mode in MODES}
    assert outcomes == {mode: want for mode in MODES}


def _totals(result: CompileResult) -> dict[str, int]:
    fs = result.build.functions
    return {"allocated": sum(f.allocation.summary.allocated_values for f in fs),
            "hits": sum(f.counters.alloc_load_hits for f in fs),
            "stores": sum(f.counters.alloc_store_hits for f in fs),
            "dse": sum(f.counters.dse_removed for f in fs)}


def test_allocation_is_exercised_across_the_c_corpus() -> None:
    """The equality above would be vacuous if nothing were allocated: most looping programs get registers, their
    reads hit them, and `none` allocates nothing at all."""
    sources = sorted({case.source for case in all_cases()})
    scan = {s: _totals(compiled(s, "linear-scan")) for s in sources}
    assert sum(1 for t in scan.values() if t["allocated"] and t["hits"]) >= 20
    assert all(_totals(compiled(s, "none"))["allocated"] == 0 for s in sources)
    assert all(t["dse"] == 0 for s in sources for t in [_totals(compiled(s, "linear-scan-no-dse"))])
    assert sum(t["dse"] for t in scan.values()) > 0
