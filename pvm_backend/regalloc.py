"""Choosing a register allocation for each function: the `--regalloc` modes and their plumbing.

What it does: `RegallocMode` names the allocators a user can pick (`none`: the stack-slot baseline, every SSA
value only in its 8-byte slot; `linear-scan`: `linear_scan.allocate`, SEED-regalloc.md, the default; `optimal`: z3's best allocation under the
verifier's allocation contract, `verifier.optimal`, with the gas model measured by `regalloc_cost`).
`assign_registers(function, mode, ctx)` describes the function for the allocator
(`regalloc_problem.build_problem`), runs it and returns what the emitter needs (`RegisterAssignment`: value ->
register, leaf or not, allocated values live at each block start) with the allocator's statistics or the
optimiser's result.

Assumes: `function` is a definition of the IR view; `ctx` (the program's link context) is given for `optimal`,
which lowers trial allocations to measure their gas.

Test-only faults (`pvm_backend.faults`, off unless `PVMC_FAULT` is set) break this on purpose: ``call-clobber``
and ``merge-snapshot`` let values take argument registers and registers calls write, ``expired-reuse`` expires
intervals early, ``liveness-order`` builds the problem in another block order.

Guarantees: the assignment only names values that fit a register and registers the allocator's problem made
available (r9-r12 minus incoming parameters and, in non-leaf functions, outgoing argument registers); the
`leaf` flag is the problem's (real calls only; host calls and inline intrinsics do not count). An `optimal` assignment satisfies the
verifier's contract (`verifier.contract`: SSA conflicts rather than interval overlap), which is what the
emitter's register-state argument needs (`emitter.regstate`).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from linear_scan import AllocationStats, Analysis, Problem, allocate, analyse
from pvm_backend import faults
from pvm_backend.emitter.builder import LinkContext
from pvm_backend.emitter.regstate import RegisterAssignment
from pvm_backend.faults import Fault
from pvm_backend.ir import Function
from pvm_backend.regalloc_problem import block_live_in, build_problem, emitter_conflicts

if TYPE_CHECKING:
    from verifier.optimal import AllocationWeights, OptimalAllocation


class RegallocMode(enum.Enum):
    """Which register allocator `pvmc compile --regalloc` uses."""

    NONE = "none"
    """Every SSA value lives only in its stack slot (the baseline)."""
    LINEAR_SCAN = "linear-scan"
    """The linear-scan allocator of SEED-regalloc.md (default)."""
    OPTIMAL = "optimal"
    """z3's allocation maximising the estimated gas saved (`verifier.optimal`), proved optimal or bounded."""


@dataclass(frozen=True, slots=True)
class FunctionAllocation:
    """The allocation chosen for one function."""

    assignment: RegisterAssignment
    """What the emitter realises."""
    stats: AllocationStats | None
    """The linear scan's counters (None for `none` and `optimal`)."""
    optimal: OptimalAllocation | None = None
    """For `optimal`: the optimiser's result (status optimal / bounded / timeout, objective, bound, seconds)."""
    weights: AllocationWeights | None = None
    """For `optimal`: the measured gas model its objective uses (`regalloc_cost.measure_weights`)."""


def assign_registers(function: Function, mode: RegallocMode, ctx: LinkContext | None = None, *,
                     peephole: bool = True, dse: bool = True,
                     optimal_timeout_ms: int = 10_000) -> FunctionAllocation:
    """Run the allocator `mode` on `function` (a definition). `ctx`, `peephole` and `dse` describe the build
    (`optimal` measures its gas model with them; ValueError if `ctx` is missing then); `optimal_timeout_ms` is
    z3's limit for `optimal`. Raises nothing else for valid IR."""
    if mode is RegallocMode.NONE:
        return FunctionAllocation(RegisterAssignment(), None)
    problem = build_problem(function)
    analysis = analyse(problem)
    if mode is RegallocMode.OPTIMAL:
        return _optimal(function, problem, analysis, ctx, peephole, dse, optimal_timeout_ms)
    relaxed = faults.enabled(Fault.CALL_CLOBBER) or faults.enabled(Fault.MERGE_SNAPSHOT)   # FAULT (test-only)
    allocation = allocate(problem, analysis, ignore_call_writes=relaxed,
                          expire_early=faults.enabled(Fault.EXPIRED_REUSE))
    registers = allocation.as_dict()
    assignment = RegisterAssignment(allocation.assignment, problem.is_leaf,
                                    block_live_in(problem, analysis, registers))
    return FunctionAllocation(assignment, allocation.stats)


def _optimal(function: Function, problem: Problem, analysis: Analysis, ctx: LinkContext | None, peephole: bool,
             dse: bool, timeout_ms: int) -> FunctionAllocation:
    """`optimal`: measure the gas model, ask z3 for the best allocation under the verifier's contract."""
    from pvm_backend.regalloc_cost import measure_weights   # imports z3 (verifier): only for this mode
    from verifier.contract import Constraint, build_contract
    from verifier.optimal import optimal_allocation
    if ctx is None:
        raise ValueError(f"{function.name}: the optimal allocator needs the link context to measure gas")
    weights = measure_weights(function, ctx, peephole=peephole, dse=dse)
    contract = build_contract(function)
    # The emitter's own requirements on top of the verifier's contract: only the registers it was built to
    # allocate (no host-call argument registers), and no register shared with a value read or live at one's
    # definition (check 2 refuted allocations that met the contract alone: a select writing its result over its
    # condition, a fused compare's operand overwritten before the branch).
    available = tuple(r for r in contract.available if r in problem.registers)
    extra = tuple(Constraint("conflict", (min(a, b), max(a, b)), (), f"position {p}")
                  for a, b, p in emitter_conflicts(problem, analysis))
    contract = replace(contract, constraints=contract.constraints + extra, available=available)
    result = optimal_allocation(contract, weights, timeout_ms)
    registers = dict(result.registers)
    assignment = RegisterAssignment(result.registers, problem.is_leaf, block_live_in(problem, analysis, registers))
    return FunctionAllocation(assignment, None, result, weights)
