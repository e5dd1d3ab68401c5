"""Run one compiled C-corpus case on both PVMs and check it against the wasmtime reference (one place for the
comparison that tests/test_corpus.py and tests/test_wat_corpus.py both make).

Assumes: the JIP-1 log call (ecalli 100) is serviced on both PVMs the way the anan-as CLI does it (r7 <- WHAT,
10 gas); any other host call is not expected. Guarantees: asserts reference status and output on each PVM, equal
gas and registers on the two, and the same host-call ids as the reference.
"""

from __future__ import annotations

from pvm_backend.abi import PAGE_SIZE
from pvm_backend.containers import StandardProgram
from pvm_backend.driver import CompileResult
from pvm_backend.interpreter import Engine, HostHandler, Pvm, RunResult, Status, jip1_log_handler, load_spi, run_spi
from pvm_backend.memory import Memory
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


class _Straddle(Exception):
    """Raised by `_WatchedMemory` at the first access that touches two pages."""

    def __init__(self, address: int, size: int) -> None:
        super().__init__(f"{size}-byte access at {address:#x}")


class _WatchedMemory(Memory):
    """PVM memory that raises _Straddle on a load or store touching two pages (GP A.5: Z_P = 4096 bytes)."""

    def load(self, address: int, size: int) -> int:
        if address // PAGE_SIZE != (address + size - 1) // PAGE_SIZE:
            raise _Straddle(address, size)
        return super().load(address, size)

    def store(self, address: int, size: int, value: int) -> None:
        if address // PAGE_SIZE != (address + size - 1) // PAGE_SIZE:
            raise _Straddle(address, size)
        super().store(address, size, value)


def first_straddle(program: StandardProgram, args: bytes, gas: int = GAS,
                   host_calls: HostHandler | None = jip1_log_handler) -> tuple[int, str] | None:
    """When our interpreter's run of `program` on `args` first loads or stores across a page boundary: (gas used
    before that instruction, "pc P: N-byte access at A"), stepping one instruction at a time; None when never.

    anan-as 1.2.0's deviation 4 (tests/oracle/test_differential.py): after such an access, later loads from
    those pages return wrong bytes. A disagreement with anan-as that starts after it is that deviation."""
    memory, registers = load_spi(program, args)
    memory.__class__ = _WatchedMemory
    pvm = Pvm(program.code, registers, memory, gas, heap_start=program.heap_start, engine=Engine.STEP)
    try:
        while True:
            stop = pvm.run()
            if stop.status is not Status.HOST or stop.host_id is None or host_calls is None \
                    or not host_calls(stop.host_id, pvm):
                return None
    except _Straddle as straddle:
        return gas - pvm.gas - 1, f"pc {pvm.pc}: {straddle}"


def deviation_4(program: StandardProgram, args: bytes, ours: RunResult, theirs: OracleResult, gas: int = GAS,
                host_calls: HostHandler | None = jip1_log_handler) -> str | None:
    """Why anan-as's run `theirs` may differ from `ours`: the text naming anan-as's deviation 4 when our run made
    a page-straddling access before anan-as stopped, else None (then a difference is a real disagreement)."""
    straddle = first_straddle(program, args, gas, host_calls)
    if straddle is None or straddle[0] >= theirs.gas_used:
        return None
    return (f"anan-as 1.2.0 deviation 4: {theirs.status} at gas {theirs.gas_used}, pc {theirs.pc}, after our run's "
            f"first page-straddling access (gas {straddle[0]}, {straddle[1]}); ours: {ours.status.value}")
