"""One compiled C program checked end to end: wasmtime's output on every input, and every function proved."""

from __future__ import annotations

from pathlib import Path

from pvm_backend.driver import CompileResult
from pvm_backend.interpreter import jip1_log_handler, run_spi
from support.both_pvms import GAS, PVM_STATUS
from support.wasm_reference import WasmReference
from verifier import Status, verify_build


def runs_right_and_proves(result: CompileResult, source: Path, inputs: tuple[bytes, ...],
                          wasm_reference: WasmReference) -> None:
    """On every input the build ends as wasmtime's run of the same C does (status, output), and every function of
    it is proved by every check. Raises AssertionError naming what differs or what is not proved."""
    for args in inputs:
        expected = wasm_reference.run(source, args)
        run = run_spi(result.program, args, GAS, host_calls=jip1_log_handler)
        assert (run.status.value, run.output) == (PVM_STATUS[expected.status], expected.output), args.hex()
    verdicts = verify_build(result.build)
    assert [(v.name, [(c.name, c.status) for c in v.checks]) for v in verdicts
            if any(c.status is not Status.PROVED for c in v.checks)] == []
