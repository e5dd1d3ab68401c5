"""The gas model of register allocation, measured from the emitter itself (the optimal allocator's objective).

What it does: `measure_weights(function, ctx, problem, analysis)` estimates, for every value that could take a
register, the gas its allocation saves, and for every register the gas of saving and restoring it
(`pvm_backend.allocation.AllocationWeights`). The driver hands it to allocators through
`AllocationRequest.gas_model`, so an allocator never imports the emitter. Nothing is modelled by hand: each candidate value v is lowered alone in a register through
the real pipeline (`emitter.pipeline.emit_function`: lowering, peephole, DSE) and compared with the stack-slot
baseline. Every emitted instruction costs 1 gas (GP 0.7.2: one unit per instruction executed) times the
estimated executions of its IR block, 10 ** loop depth (the loop depth of `linear_scan.analyse`, the same
weighting as linear scan's spill weight). So the saving of v includes exactly what the emitter does with it:
reads served by the register (`alloc_load_hits`), the write-through moves of its definitions, reloads after calls
and at loop heads of non-leaf functions, phi copies into its register on every incoming edge, and the slot
stores DSE removes once nothing loads them. Instructions without an IR instruction (the prologue) count once.
A value without uses is not lowered: it has no read a register could serve, so its saving is taken as 0.

    saving(v)        = W(baseline) − W(v alone in R) + save/restore of R in that trial (counted separately)
    register_cost(R) = the weighted save and restores of R, 0 when the baseline function saves R anyway

The model is additive: interactions between allocated values (two operands both in registers, a phi whose
incoming value is allocated) are ignored; the allocation tables measure real gas to show what that misses.

Assumes: `function` is a definition; `ctx` is the link context of its program (only instruction counts matter,
so jump-table entries requested by trial lowerings are not recorded).

Guarantees: savings and costs are integers; candidates are exactly the values the allocation problem marks
`fits_register` (integers and pointers of at most 64 bits that are not allocas); a function with no available
register has no candidates. Raises what lowering raises (UnsupportedError, CompileError).
"""

from __future__ import annotations

import time
from dataclasses import replace

from linear_scan import Analysis, Problem
from pvm_backend import abi
from pvm_backend.allocation import Allocation, AllocationWeights
from pvm_backend.emitter.builder import LinkContext
from pvm_backend.emitter.items import EmittedFunction, Label
from pvm_backend.emitter.pipeline import emit_function
from pvm_backend.ir import Function
from pvm_backend.isa import Instruction, Opcode
from pvm_backend.regalloc_problem import block_live_in, call_reloads
from pvm_backend.selection import Selection

SP = int(abi.Reg.SP)


def _weighted_gas(emitted: EmittedFunction, weight: tuple[int, ...]) -> int:
    """Σ over real instructions of the executions of their IR instruction's block (`weight`, by IR instruction
    id; 1 for the prologue)."""
    return sum(1 if item.ir_instruction is None else weight[item.ir_instruction]
               for item in emitted.instructions if not isinstance(item.instruction, Label))


def _save_restore_gas(emitted: EmittedFunction, reg: int, weight: tuple[int, ...]) -> int:
    """Weighted gas of the prologue save and the restores of `reg` at its frame save offset."""
    if abi.Reg(reg) not in emitted.frame.saved:
        return 0
    offset = emitted.frame.save_offset(abi.Reg(reg))
    total = 0
    for item in emitted.instructions:
        ins = item.instruction
        if (isinstance(ins, Instruction) and ins.opcode in (Opcode.STORE_IND_U64, Opcode.LOAD_IND_U64)
                and ins.ra == reg and ins.rb == SP and ins.x == offset):
            total += 1 if item.ir_instruction is None else weight[item.ir_instruction]
    return total


def block_frequencies(function: Function, problem: Problem, analysis: Analysis) -> dict[int, int]:
    """IR block id -> estimated executions per call, 10 ** loop depth."""
    return {block.origin: 10 ** analysis.block_depth[block.id] for block in problem.blocks
            if block.origin is not None}


def measure_weights(function: Function, ctx: LinkContext, problem: Problem, analysis: Analysis,
                    selection: Selection, *, peephole: bool = True, dse: bool = True,
                    deadline: float | None = None) -> AllocationWeights | None:
    """The objective coefficients of `function` (module docstring), for its allocation `problem` and
    `analysis` and its `selection`; `peephole` and `dse` as in the build. Returns None as soon as the
    `time.perf_counter()` `deadline` has passed before every candidate was measured (each candidate costs one
    lowering of the whole function, so the measurement overruns the deadline by at most one lowering)."""
    trial_ctx = replace(ctx, jump_entry=lambda label: 0)   # counts only: do not grow the program's jump table
    frequency = block_frequencies(function, problem, analysis)
    weight = tuple(frequency[ins.block] for ins in function.instructions)
    baseline = emit_function(function, trial_ctx, Allocation(function.name), peephole, dse, selection)
    base_gas = _weighted_gas(baseline, weight)
    if not problem.registers:
        return AllocationWeights((), ())
    reg = problem.registers[0]
    savings: list[tuple[int, int]] = []
    register_cost = 0
    for value in problem.values:
        if not value.fits_register:
            continue
        if not value.uses:   # nothing to read from the register: at best nothing saved, not worth a lowering
            savings.append((value.id, 0))
            continue
        if deadline is not None and time.perf_counter() > deadline:
            return None
        own = problem.allowed(value.id)
        trial_reg = reg if reg in own else (own[0] if own else None)
        if trial_reg is None:
            savings.append((value.id, 0))
            continue
        registers = {value.id: trial_reg}
        assignment = Allocation(function.name, ((value.id, trial_reg),), problem.is_leaf,
                                block_live_in(problem, analysis, registers), model=problem.model,
                                reloads_after=call_reloads(function, problem, analysis, registers))
        trial = emit_function(function, trial_ctx, assignment, peephole, dse, selection)
        save_restore = 0
        if abi.Reg(trial_reg) not in baseline.frame.saved and trial_reg == reg:
            save_restore = _save_restore_gas(trial, reg, weight)
            register_cost = max(register_cost, save_restore)
        savings.append((value.id, base_gas - _weighted_gas(trial, weight) + save_restore))
    costs = tuple((int(r), 0 if r in baseline.frame.saved else register_cost) for r in abi.CALLEE_SAVED)
    return AllocationWeights(tuple(savings), costs)
