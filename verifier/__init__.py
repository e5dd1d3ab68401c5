"""The z3 verifier of pvmc: proves, per function, that the register allocation respects its contract (check
`allocation`) and that the emitted PVM code reads, on every path, the value the IR says it reads (check `code`).

Public API: `verify_function`, `verify_build` (`verifier.verify`); the checks as a list: the interface `Check`
and the ordered `REGISTRY` (`verifier.checks`); results `FunctionVerdict` (one `CheckResult` per check),
`Finding`, `Status` and the violation records `AllocationCounterexample`, `CodeCounterexample`
(`verifier.result`); the declared allocation constraints `build_contract` / `check_allocation`
(`verifier.contract`); the code model and its Datalog check (`verifier.model`, `verifier.code_check`).
It imports the IR view, the ABI, the instruction semantics and the emitted functions, never `linear_scan` or
the emitter's internal state (ARCHITECTURE.md).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .checks import REGISTRY, Check
    from .result import (AllocationCounterexample, CheckResult, CodeCounterexample, Finding, FunctionVerdict,
                         Status, Violation)
    from .verify import DEFAULT_TIMEOUT_MS, verify_build, verify_function

_HOME = {"AllocationCounterexample": "result", "CheckResult": "result", "CodeCounterexample": "result",
         "Finding": "result", "FunctionVerdict": "result", "Status": "result", "Violation": "result",
         "Check": "checks", "REGISTRY": "checks", "DEFAULT_TIMEOUT_MS": "verify", "verify_build": "verify",
         "verify_function": "verify"}


def __getattr__(name: str) -> Any:
    """The public names, imported on first use: `import verifier` (e.g. for `pvmc report`'s parser) stays free
    of z3 until something is verified."""
    if name in _HOME:
        return getattr(importlib.import_module(f".{_HOME[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = ["AllocationCounterexample", "Check", "CheckResult", "CodeCounterexample", "DEFAULT_TIMEOUT_MS", "Finding",
           "FunctionVerdict", "REGISTRY", "Status", "Violation", "verify_build", "verify_function"]
