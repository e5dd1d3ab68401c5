"""linear_scan: the allocation problem description and the linear-scan register allocator of SEED-regalloc.md.

The allocator sees a function only through `Problem` (values with definition and use positions in the one
shared block order, blocks, call sites, parameters, available registers); it never sees llvmlite or the emitter.
Its result, `Allocation`, is plain data: value -> register, the intervals, and `AllocationStats`.
"""

from .allocator import (MIN_USES_FOR_ALLOCATION, MIN_USES_FULL, Allocation, AllocationStats, SkipReason, allocate,
                        spill_weight)
from .analysis import Analysis, Interval, Loop, analyse
from .builder import ProblemBuilder
from .problem import (ALLOCATABLE, CALLER_SAVED, FULL_ALLOCATABLE, Block, CallKind, CallSite, Problem, ProblemError, Value,
                      argument_registers, available_registers, call_site)

__all__ = ["ALLOCATABLE", "CALLER_SAVED", "FULL_ALLOCATABLE", "Allocation", "AllocationStats", "Analysis", "Block", "CallKind", "CallSite",
           "Interval", "Loop", "MIN_USES_FOR_ALLOCATION", "MIN_USES_FULL", "Problem", "ProblemBuilder", "ProblemError",
           "SkipReason", "Value", "allocate", "analyse", "argument_registers", "available_registers", "call_site",
           "spill_weight"]
