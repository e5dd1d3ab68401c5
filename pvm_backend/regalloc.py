"""Choosing a register allocation for each function: the `--regalloc` modes and their plumbing.

What it does: `RegallocMode` names the allocators a user can pick (`none`: the stack-slot baseline, every SSA
value only in its 8-byte slot; `linear-scan`: `linear_scan.allocate`, SEED-regalloc.md, the default).
`assign_registers(function, mode)` describes the function for the allocator (`regalloc_problem.build_problem`),
runs it and returns what the emitter needs (`RegisterAssignment`: value -> register, leaf or not) with the
allocator's statistics.

Assumes: `function` is a definition of the IR view.

Test-only faults (`pvm_backend.faults`, off unless `PVMC_FAULT` is set) break this on purpose: ``call-clobber``
and ``merge-snapshot`` let values take argument registers and registers calls write, ``expired-reuse`` expires
intervals early, ``liveness-order`` builds the problem in another block order.

Guarantees: the assignment only names values that fit a register and registers the allocator's problem made
available (r9-r12 minus incoming parameters and, in non-leaf functions, outgoing argument registers); the
`leaf` flag is the problem's (real calls only; host calls and inline intrinsics do not count).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from linear_scan import AllocationStats, allocate, analyse
from pvm_backend import faults
from pvm_backend.emitter.regstate import RegisterAssignment
from pvm_backend.faults import Fault
from pvm_backend.ir import Function
from pvm_backend.regalloc_problem import build_problem


class RegallocMode(enum.Enum):
    """Which register allocator `pvmc compile --regalloc` uses."""

    NONE = "none"
    """Every SSA value lives only in its stack slot (the baseline)."""
    LINEAR_SCAN = "linear-scan"
    """The linear-scan allocator of SEED-regalloc.md (default)."""


@dataclass(frozen=True, slots=True)
class FunctionAllocation:
    """The allocation chosen for one function."""

    assignment: RegisterAssignment
    """What the emitter realises."""
    stats: AllocationStats | None
    """The allocator's counters (None for `none`)."""


def assign_registers(function: Function, mode: RegallocMode) -> FunctionAllocation:
    """Run the allocator `mode` on `function` (a definition). Raises nothing for valid IR."""
    if mode is RegallocMode.NONE:
        return FunctionAllocation(RegisterAssignment(), None)
    problem = build_problem(function)
    analysis = analyse(problem)
    relaxed = faults.enabled(Fault.CALL_CLOBBER) or faults.enabled(Fault.MERGE_SNAPSHOT)   # FAULT (test-only)
    allocation = allocate(problem, analysis, ignore_call_writes=relaxed,
                          expire_early=faults.enabled(Fault.EXPIRED_REUSE))
    registers = allocation.as_dict()
    live_in = []
    for block in problem.blocks:
        phis = {v.id for v in problem.values if v.is_phi and v.definition == block.start}
        live = sorted(v for v in analysis.live_in[block.id] | phis if v in registers)
        if live:
            live_in.append((block.origin, tuple(live)))
    assignment = RegisterAssignment(allocation.assignment, problem.is_leaf, tuple(live_in))
    return FunctionAllocation(assignment, allocation.stats)
