"""The z3 verifier of pvmc: proves, per function, that the register allocation respects its contract (check 1)
and that the emitted PVM code reads, on every path, the value the IR says it reads (check 2).

Public API: `verify_function`, `verify_build` (`verifier.verify`); results `FunctionVerdict`, `Status` and the
counterexamples (`verifier.result`); the declared allocation constraints `build_contract` / `check_allocation`
(`verifier.contract`); the code model and its Datalog check (`verifier.model`, `verifier.code_check`).
It imports the IR view, the ABI, the instruction semantics and the emitted functions, never `linear_scan` or
the emitter's internal state (ARCHITECTURE.md).
"""

from .result import AllocationCounterexample, CodeCounterexample, FunctionVerdict, Status
from .verify import DEFAULT_TIMEOUT_MS, verify_build, verify_function

__all__ = ["AllocationCounterexample", "CodeCounterexample", "DEFAULT_TIMEOUT_MS", "FunctionVerdict", "Status",
           "verify_build", "verify_function"]
