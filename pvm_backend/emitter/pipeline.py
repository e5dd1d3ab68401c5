"""One function from IR to its final instruction stream: lowering, then the passes the build options enable.

What it does: `emit_function(function, ctx, allocation, passes=Passes(), selection=None, faults=...)`
lowers `function` with the allocation (`lowering.lower_function`, keeping block-local values in registers
unless `passes.block_local` is off; cross-block values too when the caller passes them, `pvm_backend.baseline`),
then runs `peephole.peephole`, `dse.eliminate_dead_stores`, `peephole.thread_jumps`,
`frame_compaction.compact_frame` and `frame_elision.elide_frame` when enabled. It is the one place the order of
these steps is written: the linker builds every function with it and `pvm_backend.gas_model` measures trial
allocations with it (both through `pvm_backend.baseline.emit`), so what is measured is what ships. `Passes` is the one record of which of these
optional steps a build runs.

Assumes / guarantees: those of the steps; raises what `lower_function` raises (UnsupportedError,
CompileError).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from pvm_backend.allocation import Allocation
from pvm_backend.faults import NO_FAULTS, Faults
from pvm_backend.ir import Function
from pvm_backend.selection import Selection

from .block_local import BaselineRegisters
from .builder import LinkContext
from .dse import eliminate_dead_stores
from .frame_compaction import compact_frame
from .frame_elision import elide_frame
from .items import EmittedFunction
from .lowering import DeadlinePassed, lower_function
from .peephole import peephole as run_peephole, thread_jumps


@dataclass(frozen=True, slots=True)
class Passes:
    """The optional steps of emission a build runs (each on by default; off only to measure what it saves)."""

    peephole: bool = True
    """Run `emitter.peephole` (drops redundant reloads and fallthroughs; after dead store elimination, threads
    jumps to jumps and drops code no label reaches)."""
    dse: bool = True
    """Run dead store elimination on value slots (`emitter.dse`; `pvmc compile --no-dse` turns it off)."""
    block_local: bool = True
    """Keep values that never leave their block in registers (`emitter.block_local`; `--no-block-local`)."""
    elide_frames: bool = True
    """Drop the frame of a function whose final code never uses it (`emitter.frame_elision`)."""
    cross_block: bool = True
    """With `block_local`, also keep values that live across blocks but never across a call in r5-r8
    (`pvm_backend.baseline`, which computes them and passes them to `emit_function`; `--no-cross-block`)."""
    compact_frames: bool = True
    """Pack the value slots the final code still uses, the most addressed first (`emitter.frame_compaction`)."""


def emit_function(function: Function, ctx: LinkContext, allocation: Allocation | None = None,
                  passes: Passes = Passes(), selection: Selection | None = None,
                  faults: Faults = NO_FAULTS, *, baseline: BaselineRegisters | None = None,
                  deadline: float | None = None) -> EmittedFunction:
    """The final instruction stream of `function` (module docstring); `baseline` gives the emitter's baseline
    registers when the caller computed them (`pvm_backend.baseline.emit`), else block-local values alone. With a
    `deadline` (a `time.perf_counter()` time), `lowering.DeadlinePassed` when it has passed, found while lowering
    (`lower_function`) or after it."""
    emitted = lower_function(function, ctx, allocation, selection, faults, block_local=passes.block_local,
                             baseline=baseline, deadline=deadline)
    if deadline is not None and time.perf_counter() > deadline:
        raise DeadlinePassed(function.name)
    if passes.peephole:
        emitted = run_peephole(emitted)
    if passes.dse:
        emitted = eliminate_dead_stores(emitted)
    if passes.peephole:
        emitted = thread_jumps(emitted)
    if passes.compact_frames:
        emitted = compact_frame(emitted, function)
    if passes.elide_frames:
        emitted = elide_frame(emitted)
    return emitted
