"""The z3 verifier of pvmc: proves, per function, that the register allocation respects its contract (check 1)
and that the emitted PVM code reads, on every path, the value the IR says it reads (check 2).

Public API: `verify_function`, `verify_build` (`verifier.verify`); results `FunctionVerdict`, `Status` and the
counterexamples (`verifier.result`); the declared allocation constraints `build_contract` / `check_allocation`
(`verifier.contract`); the code model and its Datalog check (`verifier.model`, `verifier.code_check`).
It imports the IR view, the ABI, the instruction semantics and the emitted functions, never `linear_scan` or
the emitter's internal state (ARCHITECTURE.md).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .result import AllocationCounterexample, CodeCounterexample, FunctionVerdict, Status
    from .verify import DEFAULT_TIMEOUT_MS, verify_build, verify_function

_HOME = {"AllocationCounterexample": "result", "CodeCounterexample": "result", "FunctionVerdict": "result",
         "Status": "result", "DEFAULT_TIMEOUT_MS": "verify", "verify_build": "verify",
         "verify_function": "verify"}


def __getattr__(name: str) -> Any:
    """The public names, imported on first use: `import verifier` (e.g. for `pvmc report`'s parser) stays free
    of z3 until something is verified."""
    if name in _HOME:
        return getattr(importlib.import_module(f".{_HOME[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = ["AllocationCounterexample", "CodeCounterexample", "DEFAULT_TIMEOUT_MS", "FunctionVerdict", "Status",
           "verify_build", "verify_function"]
