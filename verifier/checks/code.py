"""Check `code` (check 2): every read of the emitted code finds, on every path, the IR value it expects.

What it does: builds the verifier's model of the final instruction stream (`verifier.model.build_model`) and
asks z3's Datalog engine whether any read can fail (`verifier.code_check.check_code`), which returns every
failing read in program order. A stream the model cannot describe (`ModelError`) is refuted with one violation
saying why. `CHECK` is the registry entry.

Assumes: `emitted` is the function's final instruction stream (after peephole and dead store elimination) and
`function` the IR view it was lowered from.

Guarantees: PROVED only when z3 proves no read can fail; z3's unknown is UNKNOWN; violations are ordered by the
reading instruction's index in the stream.
"""

from __future__ import annotations

import dataclasses

from pvm_backend.emitter.items import EmittedFunction
from pvm_backend.ir import Function
from pvm_backend.options import scaled_timeout_ms

from ..code_check import check_code
from ..model import ModelError, model_of
from ..result import CodeCounterexample, Finding, ReadCoverage, Status
from .interface import Check


def prove(function: Function, emitted: EmittedFunction, timeout_ms: int) -> Finding:
    """Check 2 on one function; `timeout_ms` bounds the z3 query (milliseconds) per started 10,000 IR instructions
    of the function (`options.scaled_timeout_ms`). See the module docstring."""
    try:
        model = model_of(function, emitted)
    except ModelError as exc:
        return Finding(Status.REFUTED, (CodeCounterexample(
            "", "", "", "", f"code the verifier cannot model: {exc}", (emitted.name,),
            index=-1 if exc.point is None else exc.point),))
    coverage = ReadCoverage(len(model.claims) - model.temporary_reads, model.temporary_reads, model.unchecked_reads)
    limit = scaled_timeout_ms(timeout_ms, len(function.instructions))
    return dataclasses.replace(check_code(model, limit), coverage=coverage)


CHECK = Check("code", "every read of the emitted code finds, on every path, the IR value it expects", prove)
