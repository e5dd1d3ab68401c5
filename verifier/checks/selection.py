"""Check `selection` (check 3): the PVM code of every IR instruction computes what the IR instruction computes.

What it does: builds (or reuses, `verifier.model.model_of`) check 2's model of the final instruction stream for
its claims and definitions, and proves instruction by instruction with z3 bit-vectors that the code computes the
IR instruction's result, memory and branch for all inputs (`verifier.selection.check_selection`). A stream the
model cannot describe is refuted by check 2 already; here it makes the whole function uncovered (UNKNOWN with
the reason). `CHECK` is the registry entry.

Assumes: `emitted` is the function's final instruction stream and `function` the IR view it was lowered from.

Guarantees: PROVED only when every covered instruction's obligations are proved (`InstructionCoverage` counts
the ones outside the subset); z3's unknown or the time limit is UNKNOWN; violations are ordered by the first
program point of the instruction's code.
"""

from __future__ import annotations

from pvm_backend.emitter.items import EmittedFunction
from pvm_backend.ir import Function

from ..model import ModelError, model_of
from ..result import Finding, Status
from ..selection import check_selection
from .interface import Check


def prove(function: Function, emitted: EmittedFunction, timeout_ms: int) -> Finding:
    """Check 3 on one function; `timeout_ms` bounds each of its z3 queries (milliseconds)."""
    try:
        model = model_of(function, emitted)
    except ModelError as exc:
        return Finding(Status.UNKNOWN, reason=f"code the verifier cannot model: {exc}")
    return check_selection(function, emitted, model, timeout_ms)


CHECK = Check("selection", "the code of every IR instruction computes what the instruction computes (z3 "
              "bit-vectors, for all inputs)", prove)
