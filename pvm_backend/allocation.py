"""The result of register allocation as data: what every allocator returns and the emitter realises.

What it does: defines, as plain frozen data, `Allocation` — the one result type of register allocation for one
function: value -> register, whether the function is a leaf, the allocated values live at each block start, the
common statistics (`AllocationSummary`) and, for allocators that optimise an objective, that objective
(`Objective`, with the gas model `AllocationWeights` it is computed from). The emitter realises an
`Allocation`; the verifier proves it; the CLI and the reports print it. What an allocator is given and the
interface it implements are in `pvm_backend.allocator_api`; the registry of allocators is
`pvm_backend.allocators`.

Assumes: nothing but the ABI's register models (`abi.RegisterModel`; the emitter depends on this module, not on
allocators).

Guarantees: an `Allocation` only names values that fit a register (`ir_facts.fits_register`) and registers its
register model offers (r9-r12; r5-r12 under the full model); `live_in` is consistent with `registers` (every listed value is allocated).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pvm_backend.abi import DEFAULT_REGISTER_MODEL, RegisterModel


@dataclass(frozen=True, slots=True)
class AllocationWeights:
    """The gas model of one function, in gas (PVM instructions executed, 10 ** loop depth per execution of a
    block), measured by `pvm_backend.gas_model.measure_weights`."""

    savings: tuple[tuple[int, int], ...]
    """(value id, estimated gas saved when the value is kept in a register), for every candidate value (values
    that fit a register and have a stack slot); the save and restore of the register itself are not included."""
    register_costs: tuple[tuple[int, int], ...]
    """(register, gas spent saving it in the prologue and restoring it before every return when some value uses
    it; 0 when the function saves it anyway)."""

    def saving(self, value: int) -> int:
        """Estimated gas saved by `value` in a register (0 for a value that is not a candidate)."""
        return dict(self.savings).get(value, 0)


@dataclass(frozen=True, slots=True)
class AllocationSummary:
    """Counters every allocator reports (names as in SEED-regalloc.md's `regalloc::run()` log line)."""

    candidates: int = 0
    """Values the allocator considered for a register."""
    allocated_values: int = 0
    """Values holding a register in the result."""
    evicted: int = 0
    """Values that held a register during allocation and lost it (linear scan only; 0 otherwise)."""
    spilled: int = 0
    """Candidates that never got a register (linear scan only; 0 otherwise)."""
    allocatable_regs: int = 0
    """Registers available for allocation in the function."""
    skipped: str | None = None
    """Why no allocation was attempted (e.g. ``no-loops``, ``regalloc=none``), or None."""
    available: tuple[int, ...] = ()
    """The registers the allocator could use, ascending (``allocatable_regs`` of them)."""


@dataclass(frozen=True, slots=True)
class Objective:
    """The objective of an allocator that optimises one (today `optimal`): estimated gas saved."""

    weights: AllocationWeights
    """The gas model the objective is computed from."""
    value: int
    """The objective of the returned allocation (gas)."""
    bound: int
    """A proven upper bound on the objective (equals `value` when the status is ``optimal``)."""
    status: str
    """``optimal`` (proved), ``bounded`` (time ran out, best found) or ``timeout`` (nothing found)."""
    seconds: float
    """Wall time of the whole optimisation step: measuring the gas model and solving (seconds)."""
    emitted: str = "solver"
    """Whose allocation was emitted: ``solver`` (the one the status describes), ``repaired`` (the solver's with
    the values that made some execution site dearer than linear scan's taken back to linear scan's choice), or
    ``linear-scan`` (`pvm_backend.allocators.dominating`: the gas model is additive and weighs blocks by
    10 ** loop depth, so the solver's optimum can cost more gas than linear scan's on some inputs)."""


@dataclass(frozen=True, slots=True)
class Allocation:
    """The register allocation of one function: the one result type of every allocator."""

    function: str
    """Function name."""
    registers: tuple[tuple[int, int], ...] = ()
    """(SSA value id, register: r9-r12, or r5-r12 under the full model) pairs, ascending by value id; values
    not listed live only in their stack slot."""
    leaf: bool = True
    """Whether the function makes no real call (`ir_facts.is_leaf`)."""
    live_in: tuple[tuple[int, tuple[int, ...]], ...] = ()
    """(IR block id, allocated values live on entry to it, the block's own phis included); used by leaf
    functions to know every live allocated value is in its register at a block start (`emitter.regstate`)."""
    summary: AllocationSummary = field(default_factory=AllocationSummary)
    """The allocator's counters."""
    objective: Objective | None = None
    """For an allocator that optimises: its objective, bound and status."""
    model: RegisterModel = DEFAULT_REGISTER_MODEL
    """The register model the allocation was made under (`abi.RegisterModel`): the emitter realises it and check 1
    proves it under that model."""
    reloads_after: tuple[tuple[int, tuple[int, ...]], ...] = ()
    """(IR id of a call, allocated values the emitter reloads into their registers right after it): live-range
    splitting at call sites under the full register model (`regalloc_problem.call_reloads`); empty under the
    seed model."""

    def as_dict(self) -> dict[int, int]:
        """value id -> register."""
        return dict(self.registers)

    @property
    def used_registers(self) -> tuple[int, ...]:
        """Registers written by the allocation (the prologue saves them), ascending."""
        return tuple(sorted({reg for _, reg in self.registers}))

    def statistics(self) -> dict[str, object]:
        """The JSON fields of `pvmc compile --stats --json` for this allocation, in order: the register model
        (``register_model``), the summary's counters, then for an optimising allocator ``optimal_status``,
        ``objective``, ``bound``, ``optimal_seconds`` (seconds, 3 decimals) and ``optimal_emitted``
        (`Objective.emitted`)."""
        s = self.summary
        out: dict[str, object] = {"register_model": self.model.value,
                                  "candidates": s.candidates, "allocated_values": s.allocated_values,
                                  "evicted": s.evicted, "spilled": s.spilled,
                                  "allocatable_regs": s.allocatable_regs, "skipped": s.skipped}
        if self.objective is not None:
            o = self.objective
            out.update({"optimal_status": o.status, "objective": o.value, "bound": o.bound,
                        "optimal_seconds": round(o.seconds, 3), "optimal_emitted": o.emitted})
        return out


def unallocated(function: str, reason: str | None = None) -> Allocation:
    """The empty allocation of `function` (every value in its slot), with `reason` as `summary.skipped`."""
    return Allocation(function, summary=AllocationSummary(skipped=reason))


Site = tuple[str, int]
"""An execution site of an emitted function: (the label it starts at or after, the number of terminators between
that label and its start). A site is a run of instructions with no label inside and no terminator before its
last instruction (GP A.5: the terminators T; `fallthrough` included), so every instruction of a site executes
as often as the site itself."""


@dataclass(frozen=True, slots=True)
class LoweredGas:
    """What one lowering of a function costs: its estimated gas and its gas per execution site."""

    weighted: int
    """Estimated gas of one call (`gas_model.weighted_gas`: 10 ** loop depth per instruction, the prologue once)."""
    sites: tuple[tuple[Site, int], ...]
    """Every execution site in layout order (`gas_model.execution_sites`), with its instructions (gas per
    execution, unweighted); an empty site (a label right after another label) included, so that two lowerings
    with the same control flow have the same sites."""
    keys: tuple[frozenset[int | None], ...]
    """Per site (same order): the IR instruction ids its instructions implement (None: the prologue)."""
    saves: tuple[frozenset[int], ...]
    """Per site (same order): the registers it saves to or restores from the frame's save area."""
    saved: frozenset[int]
    """Every register the frame saves."""
