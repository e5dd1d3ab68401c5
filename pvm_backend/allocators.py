"""The registry of register allocators (the `--regalloc` modes) and the one way a function is allocated.

What it does: `ALLOCATORS` lists every allocator, in the order `--help` shows them; `allocator(name)` finds one;
`MODES` is their names and `DEFAULT_MODE` the default (``linear-scan``, SEED-regalloc.md). The CLI, the
reports and the statistics read this registry (only `report allocation`, a comparison of none, linear scan and
the optimum by definition, names its three). `allocate_function` builds the
allocation request of one function (selection decisions, allocation problem, analysis, the emitter's
conflicts, the gas model through the real emitter) and runs the chosen allocator, then completes the result
with the leaf flag and the allocated values live at each block start.

  none         every SSA value lives only in its 8-byte stack slot (the baseline);
  linear-scan  `linear_scan.allocate`, the specification's allocator (default);
  optimal      z3's allocation maximising the estimated gas saved under the verifier's allocation contract
               (`verifier.optimal`), with the gas model measured by `pvm_backend.gas_model`, warm-started from
               linear scan's allocation and never scoring less than it; linear scan's allocation is emitted
               instead when the function lowered with it costs less (`gas_model.weighted_gas`).

Adding an allocator is one class with `name`, `description` and `allocate(request)`, and one line in
`ALLOCATORS`.

Assumes: functions handed to `allocate_function` are definitions.

Guarantees: the result only names values that fit a register and registers the problem made available (an
`optimal` result satisfies the verifier's contract plus the emitter's conflicts); `leaf` is `ir_facts.is_leaf`.
Raises KeyError from `allocator` for an unknown name (the CLI offers only registered names).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from linear_scan import allocate
from pvm_backend import ir_facts
from pvm_backend.abi import DEFAULT_REGISTER_MODEL, RegisterModel
from pvm_backend.allocation import Allocation, AllocationSummary, AllocationWeights, unallocated
from pvm_backend.allocator_api import AllocationRequest, Allocator
from pvm_backend.emitter.builder import LinkContext
from pvm_backend.faults import NO_FAULTS, Fault, Faults
from pvm_backend.gas_model import measure_weights, weighted_gas
from pvm_backend.ir import Function
from pvm_backend.options import DEFAULT_TIMEOUT_MS
from pvm_backend.regalloc_problem import block_live_in, call_reloads
from pvm_backend.selection import Selection, select


@dataclass(frozen=True)
class NoAllocation:
    """`none`: the stack-slot baseline."""

    name: str = "none"
    description: str = "keeps every value in its 8-byte stack slot"

    def allocate(self, request: AllocationRequest) -> Allocation:
        """The empty allocation (`summary.skipped` = ``regalloc=none``)."""
        return unallocated(request.function.name, "regalloc=none")


@dataclass(frozen=True)
class LinearScan:
    """`linear-scan`: the specification's allocator (`linear_scan.allocate`, SEED-regalloc.md)."""

    name: str = "linear-scan"
    description: str = "keeps hot SSA values of looping functions in r9-r12, by the specification's linear scan"

    def allocate(self, request: AllocationRequest) -> Allocation:
        """Run the linear scan on `request.problem`; the faults ``call-clobber``/``merge-snapshot`` and
        ``expired-reuse`` become its two test-only flags."""
        faults = request.faults
        result = allocate(request.problem, request.analysis,
                          ignore_call_writes=Fault.CALL_CLOBBER in faults or Fault.MERGE_SNAPSHOT in faults,
                          expire_early=Fault.EXPIRED_REUSE in faults)
        s = result.stats
        summary = AllocationSummary(s.candidates, s.allocated_values, s.evicted, s.spilled, s.allocatable_regs,
                                    s.skipped.value if s.skipped else None, request.problem.registers)
        return Allocation(request.function.name, result.assignment, summary=summary)


@dataclass(frozen=True)
class Optimal:
    """`optimal`: z3 weighted MaxSAT over the verifier's allocation contract (`verifier.optimal`)."""

    name: str = "optimal"
    description: str = ("asks z3 for the allocation that saves the most estimated gas (slower; see "
                        "--optimal-timeout)")

    def allocate(self, request: AllocationRequest) -> Allocation:
        """Measure the gas model, solve from linear scan's allocation of the same problem as the warm start, and
        report the objective (`Allocation.objective`); never worse than linear scan under the objective. Then
        lower the function with both allocations (`AllocationRequest.gas_of`) and emit the solver's only when it
        costs less than linear scan's, else linear scan's (`Objective.emitted`): the objective is additive, the emitter is not (a phi and its incoming
        value sharing a register need no copy; a value whose own saving measured 0 may enable another's), so
        the solver's optimum can cost more gas than linear scan's allocation, and is then not used."""
        from verifier.optimal import allocate_optimally, score   # z3 is loaded only when this mode runs
        linear = LinearScan().allocate(request)
        result = allocate_optimally(request, linear.as_dict())
        objective = result.objective
        if (request.gas_of is None or objective is None or result.registers == linear.registers
                or request.gas_of(request, result.as_dict()) < request.gas_of(request, linear.as_dict())):
            return result
        kept = replace(objective, value=score(objective.weights, linear.as_dict()), emitted="linear-scan")
        summary = replace(result.summary, allocated_values=len(linear.registers))
        return replace(result, registers=linear.registers, summary=summary, objective=kept)


ALLOCATORS: tuple[Allocator, ...] = (NoAllocation(), LinearScan(), Optimal())
"""Every allocator, in `--help` order."""

MODES: tuple[str, ...] = tuple(a.name for a in ALLOCATORS)
"""The `--regalloc` names."""

DEFAULT_MODE = "linear-scan"
"""The default allocator (SEED-regalloc.md)."""


def allocator(name: str) -> Allocator:
    """The registered allocator called `name`. Raises KeyError for an unknown name."""
    for entry in ALLOCATORS:
        if entry.name == name:
            return entry
    raise KeyError(f"unknown register allocator {name!r}; expected one of {', '.join(MODES)}")


def allocate_function(function: Function, chosen: Allocator, ctx: LinkContext, *, peephole: bool = True,
                      dse: bool = True, timeout_ms: int = DEFAULT_TIMEOUT_MS, faults: Faults = NO_FAULTS,
                      selection: Selection | None = None,
                      model: RegisterModel = DEFAULT_REGISTER_MODEL) -> Allocation:
    """Allocate `function` (a definition) with `chosen` (module docstring) under the register `model`. `ctx` is
    the link context its gas model lowers trial allocations in; `peephole` and `dse` describe the build;
    `timeout_ms` is a solver's limit in milliseconds. Raises what lowering raises (UnsupportedError,
    CompileError) when the gas model is measured."""
    def gas_model(request: AllocationRequest, deadline: float | None) -> AllocationWeights | None:
        return measure_weights(request.function, ctx, request.problem, request.analysis, request.selection,
                               peephole=peephole, dse=dse, deadline=deadline)

    def gas_of(request: AllocationRequest, registers: Mapping[int, int]) -> int:
        return weighted_gas(request.function, ctx, request.problem, request.analysis, request.selection,
                            dict(registers), peephole=peephole, dse=dse)

    request = AllocationRequest(function, selection or select(function), gas_model, timeout_ms, faults, model,
                                gas_of)
    result = chosen.allocate(request)
    if not result.registers:
        return replace(result, leaf=ir_facts.is_leaf(function), live_in=(), model=model)
    return replace(result, leaf=request.problem.is_leaf, model=model,
                   live_in=block_live_in(request.problem, request.analysis, result.as_dict()),
                   reloads_after=call_reloads(function, request.problem, request.analysis, result.as_dict()))
