"""One function from IR to its final instruction stream: lowering, then the passes the build options enable.

What it does: `emit_function(function, ctx, allocation, peephole=True, dse=True, selection=None, faults=...)`
lowers `function` with the allocation (`lowering.lower_function`), then runs `peephole.peephole` and
`dse.eliminate_dead_stores` when enabled. It is the one place the order of these steps is written: the linker
builds every function with it, and `pvm_backend.gas_model` measures trial allocations with it, so what is
measured is what ships.

Assumes / guarantees: those of the three steps; raises what `lower_function` raises (UnsupportedError,
CompileError).
"""

from __future__ import annotations

from pvm_backend.allocation import Allocation
from pvm_backend.faults import NO_FAULTS, Faults
from pvm_backend.ir import Function
from pvm_backend.selection import Selection

from .builder import LinkContext
from .dse import eliminate_dead_stores
from .items import EmittedFunction
from .lowering import lower_function
from .peephole import peephole as run_peephole


def emit_function(function: Function, ctx: LinkContext, allocation: Allocation | None = None,
                  peephole: bool = True, dse: bool = True, selection: Selection | None = None,
                  faults: Faults = NO_FAULTS) -> EmittedFunction:
    """The final instruction stream of `function` (module docstring)."""
    emitted = lower_function(function, ctx, allocation, selection, faults)
    if peephole:
        emitted = run_peephole(emitted)
    if dse:
        emitted = eliminate_dead_stores(emitted)
    return emitted
