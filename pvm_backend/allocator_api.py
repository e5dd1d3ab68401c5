"""The allocator interface: what a register allocator is given (`AllocationRequest`) and what it implements
(`Allocator`).

What it does: `AllocationRequest` offers every allocator the same view of one function: its IR view, its
selection decisions (`pvm_backend.selection`), the allocation problem (`linear_scan.Problem`, built by
`regalloc_problem.build_problem`: values, positions, calls and the register model, i.e. which registers are
available) with its analysis (liveness, intervals, loops), the value pairs the emitter cannot give one register
(`regalloc_problem.emitter_conflicts`), the build's fault switches, a time limit, and the gas model
(`AllocationWeights`, measured through the real emitter by a callable the driver supplies) and the estimated gas
of the function lowered with a given allocation, per call and per execution site (`gas_of`, likewise). The problem, its
analysis and the conflicts are computed on first use, so an allocator that needs none of them (``none``) costs
nothing. `Allocator` is the interface: a name (the `--regalloc` spelling), a one-line description and
`allocate(request) -> Allocation`. `pvm_backend.allocators` registers the implementations.

Assumes: `function` is a definition.

Guarantees: every property of a request is computed at most once; `problem` raises ProblemError only for a
declaration.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Protocol

from linear_scan import Analysis, Problem, analyse
from pvm_backend.abi import DEFAULT_REGISTER_MODEL, RegisterModel
from pvm_backend.allocation import Allocation, AllocationWeights, LoweredGas
from pvm_backend.faults import NO_FAULTS, Faults
from pvm_backend.ir import Function
from pvm_backend.options import DEFAULT_TIMEOUT_MS
from pvm_backend.regalloc_problem import build_problem, emitter_conflicts
from pvm_backend.selection import Selection


@dataclass(frozen=True)
class AllocationRequest:
    """Everything an allocator may use to allocate one function."""

    function: Function
    """The IR view of the function (a definition)."""
    selection: Selection
    """Its instruction-selection decisions."""
    gas_model: Callable[[AllocationRequest, float | None], AllocationWeights | None]
    """Measures the function's gas model through the real emitter, giving up (None) once the
    `time.perf_counter()` deadline passes (expensive: call `weights()` only when needed)."""
    timeout_ms: int = DEFAULT_TIMEOUT_MS
    """Time limit of a solver-based allocator, in milliseconds."""
    faults: Faults = NO_FAULTS
    """Test-only fault switches of the build (`pvm_backend.faults`)."""
    model: RegisterModel = DEFAULT_REGISTER_MODEL
    """The register model (`abi.RegisterModel`): which registers the problem offers, and where."""
    gas_of: Callable[[AllocationRequest, Mapping[int, int]], LoweredGas] | None = None
    """The gas of the function lowered with an allocation (value id -> register) through the real emitter,
    estimated per call and per execution site (`gas_model.lowered_gas`, one lowering per call); None where no
    emitter is at hand."""

    @cached_property
    def problem(self) -> Problem:
        """The allocation problem (`regalloc_problem.build_problem`, with the build's faults and register
        model)."""
        return build_problem(self.function, self.selection, self.faults, self.model)

    @cached_property
    def analysis(self) -> Analysis:
        """Liveness, live intervals and loops of `problem` (`linear_scan.analyse`)."""
        return analyse(self.problem)

    @cached_property
    def emitter_conflicts(self) -> tuple[tuple[int, int, int], ...]:
        """(a, b, position): value pairs the emitter cannot give one register; linear scan's closed intervals
        imply them, other allocators must add them (`regalloc_problem.emitter_conflicts`)."""
        return emitter_conflicts(self.problem, self.analysis)

    def weights(self, deadline: float | None = None) -> AllocationWeights | None:
        """The gas model (`gas_model(self, deadline)`), measured on each call; None when the `time.perf_counter()`
        `deadline` passed before every candidate was measured."""
        return self.gas_model(self, deadline)


class Allocator(Protocol):
    """A register allocator (`pvm_backend.allocators` registers the implementations)."""

    @property
    def name(self) -> str:
        """The `--regalloc` spelling, e.g. ``linear-scan``."""
        ...

    @property
    def description(self) -> str:
        """One line for `--help`."""
        ...

    def allocate(self, request: AllocationRequest) -> Allocation:
        """The allocation of `request.function`: `registers`, `summary` and `objective`; the registry's
        `allocate_function` fills in `leaf` and `live_in`. Raises nothing for a well-formed request."""
        ...
