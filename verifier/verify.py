"""Verify every function of a build: check 1 (allocation contract) and check 2 (emitted code), with time limits.

What it does: `verify_function(function, emitted, timeout_ms)` runs check 1 (`verifier.contract`) on the
allocation the emitted function realises (`EmittedFunction.registers`) and check 2 (`verifier.code_check`) on
its final instruction stream, and returns a `FunctionVerdict`. `verify_build(build)` does it for every function
of a `pvm_backend.linker.BuildResult`. Per-function times are logged on logger ``verifier`` at DEBUG::

    verify fib: allocation=proved code=proved values=12 allocated=2 seconds=0.041

Assumes: `emitted` is the function's final instruction stream (after peephole and dead store elimination) and
`function` the IR view it was lowered from.

Guarantees: a function is proved only when both checks are PROVED; a z3 time limit gives UNKNOWN; a stream the
code model cannot describe (`ModelError`) is REFUTED with the reason as counterexample.
"""

from __future__ import annotations

import logging
import time

from pvm_backend.emitter.items import EmittedFunction
from pvm_backend.ir import Function
from pvm_backend.linker import BuildResult
from pvm_backend.options import DEFAULT_TIMEOUT_MS

from .code_check import check_code
from .contract import build_contract, check_allocation
from .model import ModelError, build_model
from .result import CodeCounterexample, FunctionVerdict, Status


logger = logging.getLogger("verifier")


def verify_function(function: Function, emitted: EmittedFunction,
                    timeout_ms: int = DEFAULT_TIMEOUT_MS) -> FunctionVerdict:
    """Both checks on one function; `timeout_ms` is z3's limit per check in milliseconds."""
    start = time.perf_counter()
    registers = dict(emitted.registers)
    allocation = check_allocation(build_contract(function), registers, timeout_ms)
    counterexample = allocation.counterexample
    reason = allocation.reason
    try:
        code = check_code(build_model(function, emitted), timeout_ms)
        code_status = code.status
        counterexample = counterexample or code.counterexample
        reason = reason or code.reason
    except ModelError as exc:
        code_status = Status.REFUTED
        counterexample = counterexample or CodeCounterexample(
            "", "", "", "", f"code the verifier cannot model: {exc}", (emitted.name,))
    verdict = FunctionVerdict(emitted.name, len(function.values), len(registers), allocation.status, code_status,
                              time.perf_counter() - start, counterexample, reason)
    logger.debug("verify %s: allocation=%s code=%s values=%d allocated=%d seconds=%.3f", verdict.name,
                 verdict.allocation.value, verdict.code.value, verdict.values, verdict.allocated, verdict.seconds)
    return verdict


def verify_build(build: BuildResult, timeout_ms: int = DEFAULT_TIMEOUT_MS) -> tuple[FunctionVerdict, ...]:
    """Verify every emitted function of `build` (in emission order)."""
    if build.module is None:
        raise ValueError("the build result carries no IR module")
    functions = {f.name: f for f in build.module.functions}
    return tuple(verify_function(functions[e.name], e, timeout_ms) for e in build.emitted)
