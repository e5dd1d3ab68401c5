"""Run one compiled C-corpus case on both PVMs and check it against the wasmtime reference (one place for the
comparison that tests/test_corpus.py and tests/test_wat_corpus.py both make).

Assumes: the JIP-1 log call (ecalli 100) is serviced on both PVMs the way the anan-as CLI does it (r7 <- WHAT,
10 gas); any other host call is not expected. Guarantees: asserts reference status and output on each PVM, equal
gas and registers on the two, and the same host-call ids as the reference.
"""

from __future__ import annotations

from pvm_backend.driver import CompileResult
from pvm_backend.interpreter import RunResult, jip1_log_handler, run_spi
from support.anan_as import JIP1_LOG_ID, AnanAs, HostAction, OracleResult
from support.wasm_reference import WasmResult, WasmStatus

GAS = 50_000_000
"""Gas for every run; the largest case uses under 10^6, so running out means a miscompiled loop."""
PVM_STATUS = {WasmStatus.HALT: "halt", WasmStatus.TRAP: "panic"}
"""A wasm trap corresponds to a PVM panic (GP A.44: no output)."""


def assert_both_match(ours: RunResult, theirs: OracleResult, want: str, output: bytes) -> None:
    """Our run and anan-as's both end with status `want` ("halt" / "panic") and `output`, and agree with each
    other on gas and registers."""
    assert ours.status.value == want, f"ours: {ours.status.value} at pc {ours.pc}, reference: {want}"
    assert ours.output == output
    assert theirs.status == want, f"anan-as: {theirs.status} at pc {theirs.pc}, reference: {want}"
    assert theirs.output == output
    assert ours.gas_used == theirs.gas_used
    assert ours.registers == theirs.registers


def check_case(result: CompileResult, args: bytes, expected: WasmResult, anan: AnanAs) -> None:
    """Run `result` with `args` on our interpreter and on anan-as; assert both match `expected` and each other."""
    ours = run_spi(result.program, args, GAS, host_calls=jip1_log_handler)
    theirs = anan.run_spi(result.jam, args, GAS, metadata=True, host_calls={JIP1_LOG_ID: HostAction.JIP1_LOG})

    assert_both_match(ours, theirs, PVM_STATUS[expected.status], expected.output)
    host_ids = [call[0] for call in expected.host_calls]
    assert [c.host_id for c in theirs.host_calls] == host_ids
    assert len(ours.log) == len(host_ids)
