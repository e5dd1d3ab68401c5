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
               linear scan's allocation and never scoring less than it; under ``--registers full`` emitted only
               where its lowering costs no more gas than linear scan's at any execution site (`dominating`,
               `gas_model.dearer_sites`), else repaired towards linear scan's, else linear scan's: never dearer
               on any input; under the seed model emitted where its estimated gas is less than linear scan's.

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
from pvm_backend.allocation import Allocation, AllocationSummary, AllocationWeights, LoweredGas, unallocated
from pvm_backend.allocator_api import AllocationRequest, Allocator
from pvm_backend.emitter.builder import LinkContext
from pvm_backend.emitter.pipeline import Passes
from pvm_backend.faults import NO_FAULTS, Fault, Faults
from pvm_backend.gas_model import Key, dearer_sites, lowered_gas, measure_weights, touched
from pvm_backend.ir import Function
from pvm_backend.options import DEFAULT_TIMEOUT_MS
from pvm_backend.regalloc_problem import block_live_in, call_reloads
from pvm_backend.selection import Selection, select


@dataclass(frozen=True)
class NoAllocation:
    """`none`: the stack-slot baseline."""

    name: str = "none"
    description: str = ("allocates nothing: values live in their 8-byte stack slots, except those the emitter "
                        "keeps in a register within their block")

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
        costs no more gas than linear scan's at any execution site and less in all (`dominating`); else the
        solver's with the values that make some site dearer taken back to linear scan's choice, when that
        repair dominates (`Objective.emitted` ``repaired``); else linear scan's (``linear-scan``). That is the
        rule under ``--registers full``; under the seed model the solver's is emitted when its estimated gas
        (`gas_model.lowered_gas`, 10 ** loop depth per block) is less than linear scan's, else linear scan's.
        Why two rules, measured over the corpus (median gas / none, every input): under full the site rule
        costs nothing (optimal 0.633 before, 0.631 with it; no input dearer than linear scan instead of 26);
        under seed every register is callee-saved, so each register the solver uses beyond linear scan's costs
        a save in the prologue and a restore at each return, a site the rule never lets be dearer: it took
        optimal from 0.802 to 0.853 (linear scan 0.950; real-code corpus 0.951 to 0.994), while the estimate
        rule left no corpus input dearer under seed (with block-local values in the baseline, issue 18, one input
        is: tests/wat/br_table.wat with no arguments, whose loop never runs, 27 gas against 26). The objective
        is additive and weighs a block by 10 ** its loop depth, the code runs real trip counts: an allocation
        that saves one instruction per iteration of a loop by saving a register in the prologue, or that trades
        an instruction of one block for two of a block at the same depth, costs more gas whenever the loop runs
        fewer times than the weights assume. Sites execute equally often in both lowerings on every input, so an
        allocation no dearer at any site is no dearer on any input."""
        from verifier.optimal import allocate_optimally, score   # z3 is loaded only when this mode runs
        linear = LinearScan().allocate(request)
        result = allocate_optimally(request, linear.as_dict())
        objective = result.objective
        if request.gas_of is None or objective is None or result.registers == linear.registers:
            return result
        if request.model is not RegisterModel.FULL:   # the estimate rule (class docstring)
            if request.gas_of(request, result.as_dict()).weighted < request.gas_of(request, linear.as_dict()).weighted:
                return result
            chosen, rounds = None, 0
        else:
            chosen, rounds = dominating(request, result.as_dict(), linear.as_dict())
        if chosen is not None and rounds == 0:
            return result
        registers = linear.as_dict() if chosen is None else chosen
        kept = replace(objective, value=score(objective.weights, registers),
                       emitted="linear-scan" if chosen is None else "repaired")
        summary = replace(result.summary, allocated_values=len(registers))
        return replace(result, registers=tuple(sorted(registers.items())), summary=summary, objective=kept)


REPAIR_ROUNDS = 8
"""How many times `dominating` takes values back to linear scan's choice before it gives up (each round one
lowering); on tests/programs under the full model a repair that succeeds takes at most 2."""


def dominating(request: AllocationRequest, solver: dict[int, int], linear: dict[int, int]
               ) -> tuple[dict[int, int] | None, int]:
    """An allocation to emit instead of linear scan's `linear`, starting from the solver's `solver` (value id ->
    register each, valid for `request.problem`), with the repair rounds it took; None when none was found.

    The rule (`gas_model.dearer_sites`): the allocation's lowering costs no more gas than linear scan's at every
    execution site and less in total. Where the solver's is dearer at some sites, every value allocated
    differently from linear scan (another register, or in one build only) that the emitter touches at such a
    site (`gas_model.touched`; for a register the prologue saves only for the solver, the values in it) is
    taken back: removed, and given linear scan's register when linear scan had one; the values of that register
    whose live intervals overlap its own (`request.analysis`, linear scan's own validity rule, so none of them
    is where linear scan put it) are taken back in turn. Each round lowers once and leaves fewer values
    allocated differently; it stops at `REPAIR_ROUNDS` rounds, at linear scan's allocation, or when nothing is
    left to take back."""
    if request.gas_of is None:
        return None, 0
    reference = request.gas_of(request, linear)
    keys = touched(request.function, request.selection)
    intervals = request.analysis.intervals
    candidate = dict(solver)
    for rounds in range(REPAIR_ROUNDS + 1):
        lowered = request.gas_of(request, candidate)
        dearer = dearer_sites(lowered, reference)
        if dearer is None:
            return None, rounds
        if not dearer:
            return (candidate if lowered.weighted < reference.weighted else None), rounds
        at: set[Key] = set().union(*(lowered.keys[i] for i in dearer))
        saved: set[int] = set().union(*(lowered.saves[i] for i in dearer)) - reference.saved
        differing = {v for v in candidate.keys() | linear.keys() if candidate.get(v) != linear.get(v)}
        culprits = {v for v in differing if not keys[v].isdisjoint(at) or candidate.get(v) in saved}
        if not culprits:
            return None, rounds
        before = dict(candidate)
        pending = sorted(culprits)
        while pending:
            value = pending.pop()
            candidate.pop(value, None)
            reg = linear.get(value)
            if reg is None:
                continue
            blocking = [v for v, r in candidate.items() if r == reg and intervals[v].overlaps(intervals[value])]
            for other in blocking:   # allocated differently from linear scan, which gives `reg` to `value` here
                del candidate[other]
                pending.append(other)
            candidate[value] = reg
        if candidate == before:
            return None, rounds + 1
        if candidate == linear:
            return None, rounds + 1
    return None, REPAIR_ROUNDS


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


def allocate_function(function: Function, chosen: Allocator, ctx: LinkContext, *, passes: Passes = Passes(),
                      timeout_ms: int = DEFAULT_TIMEOUT_MS, faults: Faults = NO_FAULTS,
                      selection: Selection | None = None,
                      model: RegisterModel = DEFAULT_REGISTER_MODEL) -> Allocation:
    """Allocate `function` (a definition) with `chosen` (module docstring) under the register `model`. `ctx` is
    the link context its gas model lowers trial allocations in; `passes` describe the build;
    `timeout_ms` is a solver's limit in milliseconds. Raises what lowering raises (UnsupportedError,
    CompileError) when the gas model is measured."""
    def gas_model(request: AllocationRequest, deadline: float | None) -> AllocationWeights | None:
        return measure_weights(request.function, ctx, request.problem, request.analysis, request.selection,
                               passes=passes, deadline=deadline)

    def gas_of(request: AllocationRequest, registers: Mapping[int, int]) -> LoweredGas:
        return lowered_gas(request.function, ctx, request.problem, request.analysis, request.selection,
                            dict(registers), passes=passes)

    request = AllocationRequest(function, selection or select(function), gas_model, timeout_ms, faults, model,
                                gas_of)
    result = chosen.allocate(request)
    if not result.registers:
        return replace(result, leaf=ir_facts.is_leaf(function), live_in=(), model=model)
    return replace(result, leaf=request.problem.is_leaf, model=model,
                   live_in=block_live_in(request.problem, request.analysis, result.as_dict()),
                   reloads_after=call_reloads(function, request.problem, request.analysis, result.as_dict()))
