"""The linear-scan register allocator of SEED-regalloc.md ("Register Allocation").

What it does: `allocate(problem)` assigns frequently used SSA values to the callee-saved registers r9-r12 (under
the full register model also to the caller-saved r5-r8, which are lower-numbered and so tried first):
  1. Eligibility: only functions with back-edges (`Analysis.has_back_edges`); loop-free functions are skipped
     (`SkipReason.NO_BACK_EDGES`; under the full register model they are allocated too). A function with
     `allocatable_regs=0` is skipped too (`NO_REGISTERS`).
  2. Candidates: values that fit one register and have at least `MIN_USES_FOR_ALLOCATION` = 3 uses (under the
     full register model at least `MIN_USES_FULL` = 1), with their live intervals (use-def liveness with loop
     extension, `linear_scan.analysis`).
  3. Linear scan over the candidates sorted by (interval start, value id): intervals that ended before the new
     start expire (they free their register and *stay in the mapping*: their earlier uses still benefit); the
     new interval takes the lowest-numbered free register it may occupy; if none is free, the active interval
     of lowest priority among those whose register the new one may occupy is evicted when the new interval's
     priority is strictly higher (ties: the later-ending, then the higher value id, is evicted). An evicted
     interval is removed from the mapping entirely (a whole-interval mapping is invalid after eviction) and is
     never reconsidered; a new interval that wins no register is simply left unallocated (`spilled`).
  4. Priority (the spill weight): ``Σ over the definition and every use p of 10 ** depth(p)`` divided by the
     interval length in positions (``end - start + 1``), where depth(p) is the loop nesting depth of p's block.
  A register "may be occupied" by an interval when it is in `Problem.allowed` for its value (`Problem.registers`;
  under the full register model a precoloured parameter's own register only) and no call site inside the
  interval takes it (`Problem.call_blocks`: under the full model a call's argument registers are not taken, the
  value is split around the call instead) and no instruction inside it needs it as scratch (`Problem.scratch`,
  r5-r8), so even a hand-built problem whose register list ignores a call gets a sound allocation. The register model changes only what `Problem` offers, never the scan.

Logging: logger ``linear_scan`` at DEBUG prints, per function, one line in the original's words::

    regalloc::run() fib: candidates=3 allocated_values=2 evicted=0 allocatable_regs=3 skipped=-

Assumes: a `Problem` that passed its checks.

Guarantees: in the returned `Allocation`, no two values whose intervals overlap share a register, every
register is available at every position of its value's interval, every allocated value has >= 3 uses and fits
a register, and no evicted value is allocated.
"""

from __future__ import annotations

import bisect
import enum
import logging
from dataclasses import dataclass

from pvm_backend.abi import RegisterModel

from .analysis import Analysis, Interval, analyse
from .problem import Problem

MIN_USES_FOR_ALLOCATION = 3
"""Minimum number of uses of a value for it to be a candidate (SEED-regalloc.md "Eligibility")."""
MIN_USES_FULL = 1
"""The same minimum under the full register model: every value with a use is a candidate, ranked by its spill
weight. The seed's threshold pays for what a register costs there (a prologue save and a restore at every
return, every mapping dropped after each call); under the full model the caller-saved r5-r8 cost no save, a
call drops only the registers it writes, and a value used once in a register saves its slot load (and, through
DSE, its slot store). Measured on the real-code corpus (`benchmarks/regalloc_gas.py`, linear scan under the
full model against `none`): median gas 0.913 with a threshold of 3, 0.630 with 1."""

logger = logging.getLogger("linear_scan")


class SkipReason(enum.Enum):
    """Why a function got no allocation run."""

    NO_BACK_EDGES = "no_back_edges"
    """Loop-free function: allocation is only considered for functions with back-edges."""
    NO_REGISTERS = "allocatable_regs=0"
    """Every callee-saved register is taken by parameters or call arguments."""


@dataclass(frozen=True, slots=True)
class AllocationStats:
    """The counters of one allocator run (names as in the original system's `regalloc::run()` log)."""

    function: str
    """Function name."""
    candidates: int
    """Values that passed eligibility (fit a register, >= 3 uses) in a function with back-edges (0 when the
    function has none)."""
    allocated_values: int
    """Values holding a register in the final allocation."""
    evicted: int
    """Intervals that held a register and lost it to a higher-priority interval."""
    spilled: int
    """Candidates that never got a register (neither allocated nor evicted)."""
    allocatable_regs: int
    """Number of registers available for allocation (`Problem.registers`)."""
    skipped: SkipReason | None
    """Why the scan did not run, or None when it ran."""

    def log_line(self) -> str:
        """The one-line debug summary (see the module docstring)."""
        return (f"regalloc::run() {self.function}: candidates={self.candidates} "
                f"allocated_values={self.allocated_values} evicted={self.evicted} spilled={self.spilled} "
                f"allocatable_regs={self.allocatable_regs} "
                f"skipped={self.skipped.value if self.skipped else '-'}")


@dataclass(frozen=True, slots=True)
class Allocation:
    """The result: which value lives in which register, over which interval. A plain value for the emitter."""

    function: str
    """Function name."""
    assignment: tuple[tuple[int, int], ...]
    """(value id, register number) pairs, ascending by value id."""
    intervals: tuple[Interval, ...]
    """The live interval of each allocated value, ascending by value id (parallel to `assignment`)."""
    evicted: tuple[int, ...]
    """Ids of evicted values, ascending (absent from `assignment`)."""
    stats: AllocationStats
    """The run's counters."""

    def register_of(self, value: int) -> int | None:
        """The register holding `value`, or None when it lives only in its stack slot."""
        for vid, reg in self.assignment:
            if vid == value:
                return reg
        return None

    def as_dict(self) -> dict[int, int]:
        """The assignment as a fresh dict (value id -> register)."""
        return dict(self.assignment)

    @property
    def used_registers(self) -> tuple[int, ...]:
        """Registers that hold some value (the prologue must save them), ascending."""
        return tuple(sorted({reg for _, reg in self.assignment}))


def spill_weight(problem: Problem, analysis: Analysis, value: int) -> float:
    """Priority of `value`: Σ over its definition and uses of 10**loop_depth, over its interval length."""
    info = problem.values[value]
    total = sum(10 ** analysis.block_depth[problem.block_of(p).id] for p in (info.definition, *info.uses))
    return total / analysis.intervals[value].length


def allocate(problem: Problem, analysis: Analysis | None = None, *, ignore_call_writes: bool = False,
             expire_early: bool = False) -> Allocation:
    """Run the linear scan of the module docstring over `problem` (analysed here unless given).

    The two flags are test-only faults (`pvm_backend.faults`), both False by default; each breaks the
    guarantees above on purpose: `ignore_call_writes` lets an interval occupy a register that a call inside it
    writes (fault ``call-clobber``); `expire_early` expires an active interval after its last definition or use
    instead of its interval end (fault ``expired-reuse``)."""
    info = analysis if analysis is not None else analyse(problem)
    regs = len(problem.registers)
    if not info.has_back_edges and problem.model is not RegisterModel.FULL:
        return _finish(problem, info, {}, [], 0, 0, SkipReason.NO_BACK_EDGES)
    min_uses = MIN_USES_FULL if problem.model is RegisterModel.FULL else MIN_USES_FOR_ALLOCATION
    candidates = [v.id for v in problem.values if v.fits_register and info.use_counts[v.id] >= min_uses]
    if not regs:
        return _finish(problem, info, {}, [], len(candidates), len(candidates), SkipReason.NO_REGISTERS)
    mapping, evicted = _scan(problem, info, candidates, ignore_call_writes, expire_early)
    spilled = len(candidates) - len(mapping) - len(evicted)
    return _finish(problem, info, mapping, evicted, len(candidates), spilled, None)


def _allowed(problem: Problem, interval: Interval, blocked: dict[int, tuple[int, ...]],
             ignore_call_writes: bool = False) -> list[int]:
    """Registers `interval` may occupy, ascending: allowed for its value (`Problem.allowed`: the available
    registers, or a precoloured parameter's own) and, by `blocked` (`Problem.blocked_positions`), neither written
    by a call inside it nor used there by the emitter as scratch (full model, r5-r8)."""
    registers = problem.allowed(interval.value)
    if ignore_call_writes:   # FAULT call-clobber / merge-snapshot: call sites' writes ignored (scratch is not)
        scratch = {r for q, regs in problem.scratch if interval.covers(q) for r in regs}
        return [r for r in registers if r not in scratch]
    out = []
    for reg in registers:
        positions = blocked.get(reg, ())
        i = bisect.bisect_left(positions, interval.start)
        if i == len(positions) or positions[i] > interval.end:
            out.append(reg)
    return out


def _scan(problem: Problem, info: Analysis, candidates: list[int], ignore_call_writes: bool = False,
          expire_early: bool = False) -> tuple[dict[int, int], list[int]]:
    """The scan proper: returns (value -> register, evicted values)."""
    order = sorted(candidates, key=lambda v: (info.intervals[v].start, v))
    end = {v: info.intervals[v].end for v in candidates}
    if expire_early:   # FAULT expired-reuse: expire at the last def/use, ignoring liveness and loop extension
        end = {v: max((problem.values[v].definition, *problem.values[v].uses)) for v in candidates}
    weight = {v: spill_weight(problem, info, v) for v in candidates}
    blocked = problem.blocked_positions()
    mapping: dict[int, int] = {}
    evicted: list[int] = []
    active: list[int] = []   # values currently holding their register
    for vid in order:
        current = info.intervals[vid]
        active = [a for a in active if end[a] >= current.start]   # expired stay in `mapping`
        allowed = _allowed(problem, current, blocked, ignore_call_writes)
        busy = {mapping[a] for a in active}
        free = [r for r in allowed if r not in busy]
        if free:
            mapping[vid] = free[0]
            active.append(vid)
            continue
        rivals = [a for a in active if mapping[a] in allowed]
        if not rivals:
            continue
        victim = min(rivals, key=lambda a: (weight[a], -info.intervals[a].end, -a))
        if weight[vid] > weight[victim]:
            mapping[vid] = mapping.pop(victim)
            evicted.append(victim)
            active.remove(victim)
            active.append(vid)
    return mapping, sorted(evicted)


def _finish(problem: Problem, info: Analysis, mapping: dict[int, int], evicted: list[int], candidates: int,
            spilled: int, skipped: SkipReason | None) -> Allocation:
    stats = AllocationStats(function=problem.name, candidates=candidates, allocated_values=len(mapping),
                            evicted=len(evicted), spilled=spilled, allocatable_regs=len(problem.registers),
                            skipped=skipped)
    logger.debug("%s", stats.log_line())
    pairs = tuple(sorted(mapping.items()))
    return Allocation(function=problem.name, assignment=pairs,
                      intervals=tuple(info.intervals[v] for v, _ in pairs), evicted=tuple(evicted), stats=stats)
