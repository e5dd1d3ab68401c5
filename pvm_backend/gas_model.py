"""The gas model of register allocation, measured from the emitter itself (the optimal allocator's objective).

What it does: `measure_weights(function, ctx, problem, analysis, selection)` estimates, for every value that could
take a register, the gas its allocation saves, and for every register the gas of saving and restoring it
(`pvm_backend.allocation.AllocationWeights`). The driver hands it to allocators through
`AllocationRequest.gas_model`, so an allocator never imports the emitter. Nothing is modelled by hand: trial
allocations are lowered through the real pipeline (`baseline.emit`: the baseline registers, lowering, peephole, DSE) and
compared with the stack-slot baseline. Every emitted instruction costs 1 gas (GP 0.7.2: one unit per instruction
executed) times the estimated executions of its IR block, 10 ** loop depth (the loop depth of
`linear_scan.analyse`, the same weighting as linear scan's spill weight); the prologue counts once.

What is measured: the saving of v is what the emitter does differently when v is in a register R: reads served
by R (`alloc_load_hits`), the write-through moves of its definitions, reloads after calls and at loop heads of
non-leaf functions, phi copies into R on every incoming edge, the slot stores DSE removes once nothing loads
them, and the loads of other values that a temporary still holds because v's access no longer overwrote it
(the builder's per-block cache of temporaries):

    saving(v)        = W(baseline) - W(v alone in R), without the save and restores of R
    register_cost(R) = the weighted save and restores of R, 0 when the baseline function saves R anyway

How, in a number of lowerings that does not grow with the candidates: the candidates are packed into batches
(`plan_batches`), each a valid allocation (values sharing a register have disjoint live intervals, as in linear
scan; a register only where the problem makes it available) in which no two members are touched by the same IR
instruction (`touched`: definition, reads, a phi's copies on its incoming edges, a parameter's homing in the
prologue), nor two that interact through the builder's per-block cache of temporaries as the baseline shows
it (`interactions`: x's slot load at k was needed because the instructions at j1..jn overwrote the temporary that
held x; a value touching jn, in a register, may leave x there, which x in its own register saves as well; up to
`JOINT_WRITERS` such instructions, their values may together save what none saves alone). One baseline and one
lowering per batch; the number of batches is about the most values live or touched at one point divided by the
registers, so it depends on register pressure, not on the function's size.
Each emitted instruction carries its IR instruction (`EmittedInstruction.ir_instruction`) and, for a slot load
or store, the value whose slot it accesses (`writes` of a `load_ind_u64` from the value's slot,
`slot_store`); the difference between a batch and the baseline is attributed per IR instruction and per slot
(`_attribute`): a member's slot accesses and everything at an instruction that touches a member are that
member's; a load of another value's slot that the batch no longer needs is due to the member whose access
overwrote that temporary in the baseline (`_evictions`), and a store DSE now removes to whoever saved that
value's loads.

What is approximated, and why: v's saving is measured with other values in registers too. Where members
still interact inside the emitter, the batched saving differs from lowering v alone: a temporary overwritten by
more than `JOINT_WRITERS` instructions that members all leave alone (the last one's member is credited,
lowering each alone credits none), a non-member's store removed by DSE, an edge block's copies (out of line, so
the temporary's history is not that of the branch). `benchmarks/gas_model.py` counts these differences over the
corpus against the per-candidate lowering (kept as `measure(..., per_candidate=True)`, the reference) and
compares the gas of the optimal builds.
The model stays additive: interactions between allocated values are ignored by the objective itself; the
allocation tables measure real gas to show what that misses. A value without uses is not lowered: no read a
register could serve, so its saving is 0; so is that of a value no register may hold over its whole interval.

Assumes: `function` is a definition; `ctx` is the link context of its program (only instruction counts matter,
so jump-table entries requested by trial lowerings are not recorded); the emitter's temporaries r2-r4 are never
allocated registers (r5 and r6, which a few lowerings also use as temporaries, are allocated under the full
model only where no instruction inside the value's interval uses them, `Problem.scratch`; a slot load into them
that the cache of temporaries could skip is then not attributed exactly, one of the differences counted by
`benchmarks/gas_model.py`).

Guarantees: savings and costs are integers; candidates are exactly the values the allocation problem marks
`fits_register` (integers and pointers of at most 64 bits that are not allocas); a function with no available
register has no candidates; every trial lowered is a valid allocation of `problem`. Raises what lowering raises
(UnsupportedError, CompileError).
"""

from __future__ import annotations

import bisect
import time
from collections import Counter
from dataclasses import dataclass, replace

from linear_scan import Analysis, Problem
from pvm_backend import abi
from pvm_backend.allocation import Allocation, AllocationWeights, LoweredGas, Site
from pvm_backend.emitter.builder import LinkContext
from pvm_backend.emitter.frame_elision import prologue_items
from pvm_backend.emitter.items import EmittedFunction, EmittedInstruction, Label, entry_label, is_edge_label
from pvm_backend.emitter.lowering import DeadlinePassed
from pvm_backend.baseline import emit
from pvm_backend.emitter.pipeline import Passes
from pvm_backend.ir import Function, ValueRef
from pvm_backend.ir_facts import value_operands
from pvm_backend.isa import TERMINATORS, Instruction, Opcode
from pvm_backend.regalloc_problem import block_live_in, call_reloads
from pvm_backend.selection import Selection
from pvm_backend.semantics import register_effects

SP = int(abi.Reg.SP)
PROLOGUE: None = None
"""The key of the prologue's instructions (emitted before any IR instruction; `EmittedInstruction.ir_instruction`
None), where parameters are homed."""

Key = int | None
"""An IR instruction id, or `PROLOGUE`: what an emitted instruction is attributed to."""


JOINT_WRITERS = 2
"""Up to this many instructions overwriting a temporary between two loads of one value, the values touching them
are kept in different batches (together they could save the second load, which none saves alone); beyond, only
the last one is kept apart (`interactions`), so that the batches do not grow with the length of a block."""


@dataclass(frozen=True, slots=True)
class Measurement:
    """The gas model of one function and what measuring it took."""

    weights: AllocationWeights
    """The objective coefficients."""
    lowerings: int
    """Whole-function lowerings done, the baseline included."""
    batches: tuple[tuple[tuple[int, int], ...], ...] = ()
    """The trial allocations lowered, (value, register) pairs each (empty for the per-candidate reference)."""
    unattributed: int = 0
    """Weighted gas by which a trial differed from the baseline at instructions no member of the trial touches
    and no member touched earlier in the same block (left out of every saving)."""


def _weighted_gas(emitted: EmittedFunction, weight: tuple[int, ...]) -> int:
    """Σ over real instructions of the executions of their IR instruction's block (`weight`, by IR instruction
    id; 1 for the prologue)."""
    return sum(1 if item.ir_instruction is None else weight[item.ir_instruction]
               for item in emitted.instructions if not isinstance(item.instruction, Label))


def _save_restores(emitted: EmittedFunction) -> dict[tuple[int, int], int]:
    """(register, header offset) of the prologue's saves and the returns' restores -> the register."""
    return {(int(r), emitted.frame.save_offset(r)): int(r) for r in emitted.frame.saved}


def _is_save_restore(ins: object, saves: dict[tuple[int, int], int]) -> bool:
    return (isinstance(ins, Instruction) and ins.opcode in (Opcode.STORE_IND_U64, Opcode.LOAD_IND_U64)
            and ins.rb == SP and (ins.ra, ins.x) in saves)


def _save_restore_gas(emitted: EmittedFunction, reg: int, weight: tuple[int, ...]) -> int:
    """Weighted gas of the prologue save and the restores of `reg` at its frame save offset."""
    if abi.Reg(reg) not in emitted.frame.saved:
        return 0
    saves = {(reg, emitted.frame.save_offset(abi.Reg(reg))): reg}
    return sum(1 if item.ir_instruction is None else weight[item.ir_instruction]
               for item in emitted.instructions if _is_save_restore(item.instruction, saves))


Slot = tuple[Key, int | None, bool]
"""(key, value, is a store): what an emitted instruction serves; the value is the one whose stack slot it loads
(`EmittedInstruction.writes` of a `load_ind_u64` from that slot) or stores (`slot_store`), else None."""


def _served(item: EmittedInstruction, slot_of: dict[int, int]) -> tuple[int | None, bool]:
    ins = item.instruction
    if item.slot_store is not None:
        return item.slot_store, True
    if (item.writes is not None and isinstance(ins, Instruction) and ins.opcode is Opcode.LOAD_IND_U64
            and ins.rb == SP and ins.x == slot_of.get(item.writes)):
        return item.writes, False
    return None, False


def _gas_by_key(emitted: EmittedFunction, weight: tuple[int, ...]) -> Counter[Slot]:
    """Weighted gas of the real instructions by what they serve (`Slot`), without the saves and restores of
    registers (`register_cost` measures those)."""
    saves = _save_restores(emitted)
    gas: Counter[Slot] = Counter()
    for item in emitted.instructions:
        if isinstance(item.instruction, Label) or _is_save_restore(item.instruction, saves):
            continue
        key = item.ir_instruction
        gas[(key, *_served(item, emitted.frame.slot_of))] += 1 if key is None else weight[key]
    return gas


def _evictions(baseline: EmittedFunction) -> dict[tuple[Key, int], tuple[Key, ...]]:
    """(key, value) of each slot load into a temporary that held that value earlier in the same block (since the
    last label, `FunctionBuilder._temps`) -> the keys of the instructions that overwrote the temporary in between,
    in order: only if all of them stop writing it does the builder skip the load. The first such load per (key,
    value)."""
    out: dict[tuple[Key, int], tuple[Key, ...]] = {}
    history: dict[int, list[tuple[Key, int | None]]] = {}   # register -> (key, value it now holds) per write
    for item in baseline.instructions:
        ins = item.instruction
        if isinstance(ins, Label):
            history.clear()
            continue
        concrete = ins if isinstance(ins, Instruction) else ins.placeholder()
        value, store = _served(item, baseline.frame.slot_of)
        if value is not None and not store and concrete.ra is not None:
            events = history.get(concrete.ra, [])
            for index in range(len(events) - 1, -1, -1):
                if events[index][1] == value:
                    if index + 1 < len(events):
                        out.setdefault((item.ir_instruction, value), tuple(k for k, _ in events[index + 1:]))
                    break
        if concrete.opcode is Opcode.ECALLI:
            history.clear()
        for reg in register_effects(concrete)[1]:
            history.setdefault(reg, []).append((item.ir_instruction, None))
        if value is not None and concrete.ra is not None:
            history.setdefault(concrete.ra, []).append((item.ir_instruction, value))
    return out


def block_frequencies(function: Function, problem: Problem, analysis: Analysis) -> dict[int, int]:
    """IR block id -> estimated executions per call, 10 ** loop depth."""
    return {block.origin: 10 ** analysis.block_depth[block.id] for block in problem.blocks
            if block.origin is not None}


def touched(function: Function, selection: Selection) -> dict[int, set[Key]]:
    """SSA value -> the keys under which the emitter may emit code for it: its defining instruction, every
    instruction reading it (and where that instruction's operands are read, `Selection.reads_at`), for a phi and
    for a phi's incoming value the phi and the terminators of the phi's predecessors (edge copies, the scratch
    copy of a cycle), for a parameter the prologue."""
    keys: dict[int, set[Key]] = {info.id: set() for info in function.values}
    for info in function.values:
        if info.param_index is not None:
            keys[info.id].add(PROLOGUE)
    for ins in function.instructions:
        edges = {function.blocks[pred].terminator.id for pred, _ in ins.phi_incoming}
        if ins.result is not None:
            keys[ins.result].update({ins.id, *edges})
        for operand in value_operands(ins):
            if isinstance(operand, ValueRef):
                keys[operand.id].update((ins.id, selection.reads_at(ins)))
        for _, operand in ins.phi_incoming:
            if isinstance(operand, ValueRef):
                keys[operand.id].update({ins.id, *edges})
    return keys


def _allowed(blocked: dict[int, tuple[int, ...]], start: int, end: int) -> list[int]:
    """The registers free of `blocked` positions over [start, end], ascending."""
    out = []
    for reg, positions in blocked.items():
        i = bisect.bisect_left(positions, start)
        if i == len(positions) or positions[i] > end:
            out.append(reg)
    return sorted(out)


@dataclass
class _Batch:
    registers: list[tuple[int, int]]
    last_end: dict[int, int]
    keys: set[Key]
    values: set[int]


def interactions(keys: dict[int, set[Key]], evictions: dict[tuple[Key, int], tuple[Key, ...]]
                 ) -> dict[int, set[int]]:
    """Value -> the values whose saving it may change through the baseline's temporaries (symmetric): x's slot
    load at key k was needed because the instructions at keys j1..jn overwrote the temporary holding x, so values
    touching them, once in registers, may leave x there (x in its own register saves the same load), and
    together they may save a load that none saves alone."""
    touching: dict[Key, set[int]] = {}
    for value, mine in keys.items():
        for key in mine:
            touching.setdefault(key, set()).add(value)
    out: dict[int, set[int]] = {}
    for (_, value), writers in evictions.items():
        last = touching.get(writers[-1], set()) - {value}
        group = {value} | last
        if len(set(writers)) <= JOINT_WRITERS:
            group = group.union(*(touching.get(writer, set()) for writer in writers))
        for one in last | {value}:
            out.setdefault(one, set()).update(group - {one})
        for one in group - last - {value}:
            out.setdefault(one, set()).update(last | {value})
    return out


def plan_batches(function: Function, problem: Problem, analysis: Analysis, selection: Selection,
                 candidates: list[int], interact: dict[int, set[int]] | None = None
                 ) -> tuple[tuple[tuple[int, int], ...], ...]:
    """Trial allocations covering every candidate that some register may hold once: (value, register) pairs,
    each a valid allocation (values sharing a register have disjoint live intervals of `analysis`, as linear
    scan's; no register at a position where the problem makes it unavailable), and no two members touching one
    key (`touched`), so that each emitted instruction serves at most one member, and no two that `interact`
    (`interactions`). First fit by interval start:
    for a fixed register pressure the number of batches does not grow with the number of candidates (it is
    about the most values live or touched at one point, over the registers)."""
    blocked = problem.blocked_positions()
    keys = touched(function, selection)
    batches: list[_Batch] = []
    for value in sorted(candidates, key=lambda v: (analysis.intervals[v].start, v)):
        interval = analysis.intervals[value]
        own = problem.allowed(value)   # a precoloured parameter: its own register only
        allowed = [r for r in _allowed(blocked, interval.start, interval.end) if r in own]
        if not allowed:
            continue
        mine = keys[value]
        others = (interact or {}).get(value, set())
        for batch in batches:
            if not mine.isdisjoint(batch.keys) or not others.isdisjoint(batch.values):
                continue
            free = [r for r in allowed if batch.last_end.get(r, -1) < interval.start]
            if free:
                break
        else:
            batch, free = _Batch([], {}, set(), set()), allowed
            batches.append(batch)
        batch.registers.append((value, free[0]))
        batch.last_end[free[0]] = interval.end
        batch.keys |= mine
        batch.values.add(value)
    return tuple(tuple(sorted(b.registers)) for b in batches)


def _attribute(function: Function, members: dict[Key, int], delta: Counter[Slot],
               evictions: dict[tuple[Key, int], tuple[Key, ...]]) -> tuple[Counter[int], int]:
    """The savings of a trial's members from its gas difference to the baseline (`delta`). A load or store of a
    member's slot is the member's. A load of another value's slot that the trial no longer needs (its temporary
    still holds it) is due to the owner of the key that overwrote that temporary in the baseline (`evictions`),
    and a store DSE now removes to whoever saved that value's loads. Anything else at a key is the key's
    owner's, at an unowned key the owner's of the nearest earlier key of the block (for a phi's copies: of a
    predecessor). Returns the savings by member and the gas attributed
    to nobody."""
    allocated = set(members.values())
    earlier_of: dict[Key, int | None] = {PROLOGUE: None}
    last_owner: dict[int, int | None] = {}
    for block in function.blocks:
        earlier: int | None = None
        for ins in block.instructions:
            earlier_of[ins.id] = earlier
            earlier = members.get(ins.id, earlier)
        last_owner[block.id] = earlier
    for ins in function.instructions:
        if ins.phi_incoming:
            earlier_of[ins.id] = next((last_owner[p] for p, _ in ins.phi_incoming if last_owner[p] is not None), None)
    savings: Counter[int] = Counter()
    unattributed = 0
    saver: dict[int, int] = {}
    pending: list[tuple[Key, int, int]] = []
    for (key, value, store), gas in delta.items():
        if not gas:
            continue
        owner = members.get(key)
        fallback = owner if owner is not None else earlier_of.get(key)
        if value is not None and value in allocated:
            who: int | None = value
        elif value is not None and store:
            pending.append((key, value, gas))
            continue
        elif value is not None:
            writers = evictions.get((key, value), ())
            who = members.get(writers[-1]) if writers else None
            if who is None:
                who = fallback
            if who is not None:
                saver.setdefault(value, who)
        else:
            who = fallback
        if who is None:
            unattributed += gas
        else:
            savings[who] += gas
    for key, value, gas in pending:
        owner = members.get(key)
        who = saver.get(value, owner if owner is not None else earlier_of.get(key))
        if who is None:
            unattributed += gas
        else:
            savings[who] += gas
    return savings, unattributed


def _first_allowed(problem: Problem, analysis: Analysis, value: int) -> int | None:
    """The register a candidate is tried in alone (the per-candidate reference): the first register free over its
    whole interval (`Problem.blocked_positions`; a precoloured parameter's own only), or None."""
    interval = analysis.intervals[value]
    own = problem.allowed(value)
    free = [r for r in _allowed(problem.blocked_positions(), interval.start, interval.end) if r in own]
    return free[0] if free else None


def measure(function: Function, ctx: LinkContext, problem: Problem, analysis: Analysis, selection: Selection,
            *, passes: Passes = Passes(), deadline: float | None = None,
            per_candidate: bool = False) -> Measurement | None:
    """The gas model of `function` (module docstring) and how many lowerings it took; None as soon as the
    `time.perf_counter()` `deadline` has passed before every trial was lowered (a lowering looks at the clock as it
    goes, `emitter.lowering.DEADLINE_STRIDE`, so the measurement overruns the deadline by a fraction of one).
    `per_candidate` lowers each candidate alone instead of in batches (the
    reference the batched measurement is compared with, `benchmarks/gas_model.py`)."""
    trial_ctx = replace(ctx, jump_entry=lambda label: 0)   # counts only: do not grow the program's jump table
    frequency = block_frequencies(function, problem, analysis)
    weight = tuple(frequency[ins.block] for ins in function.instructions)
    # the baseline is lowered under the problem's register model, as every trial is (block-local values exist
    # under the seed model only, `emitter.block_local`)
    try:
        baseline = emit(function, trial_ctx, Allocation(function.name, model=problem.model), passes, selection,
                        deadline=deadline)
    except DeadlinePassed:
        return None
    if not problem.registers:
        return Measurement(AllocationWeights((), ()), 1)
    candidates = [v.id for v in problem.values if v.fits_register]
    used = [v for v in candidates if problem.values[v].uses]   # no use: nothing a register could serve
    keys = touched(function, selection)
    evictions = _evictions(baseline)
    trials: tuple[tuple[tuple[int, int], ...], ...]
    if per_candidate:
        firsts = {v: _first_allowed(problem, analysis, v) for v in used}
        trials = tuple(((v, reg),) for v, reg in firsts.items() if reg is not None)
    else:
        trials = plan_batches(function, problem, analysis, selection, used, interactions(keys, evictions))
    base_gas = _weighted_gas(baseline, weight)
    base_by_key = _gas_by_key(baseline, weight)
    savings: Counter[int] = Counter()
    register_cost = 0
    unattributed = 0
    for trial in trials:
        if deadline is not None and time.perf_counter() > deadline:
            return None
        registers = dict(trial)
        assignment = Allocation(function.name, trial, problem.is_leaf, block_live_in(problem, analysis, registers),
                                model=problem.model,
                                reloads_after=call_reloads(function, problem, analysis, registers))
        try:
            emitted = emit(function, trial_ctx, assignment, passes, selection, deadline=deadline)
        except DeadlinePassed:
            return None
        for reg in set(registers.values()):
            if abi.Reg(reg) not in baseline.frame.saved:
                register_cost = max(register_cost, _save_restore_gas(emitted, reg, weight))
        if per_candidate:
            (value, reg), = trial
            savings[value] = (base_gas - _weighted_gas(emitted, weight)
                              + (0 if abi.Reg(reg) in baseline.frame.saved
                                 else _save_restore_gas(emitted, reg, weight)))
            continue
        delta = base_by_key.copy()
        delta.subtract(_gas_by_key(emitted, weight))
        members = {key: value for value in registers for key in keys[value]}
        share, lost = _attribute(function, members, delta, evictions)
        savings.update(share)
        unattributed += lost
    weights = AllocationWeights(tuple((v, savings.get(v, 0)) for v in candidates),
                                tuple((int(r), 0 if r in baseline.frame.saved else register_cost)
                                      for r in abi.CALLEE_SAVED))
    return Measurement(weights, 1 + len(trials), () if per_candidate else trials, unattributed)


def execution_sites(emitted: EmittedFunction) -> tuple[tuple[tuple[Site, int], ...], tuple[frozenset[Key], ...],
                                                           tuple[frozenset[int], ...]]:
    """The sites of `emitted` (`Site`) in layout order with their gas per execution, the IR instructions of each
    and the registers each saves or restores (`LoweredGas`). The `trap` of the prologue's stack check is no site:
    it runs only when the stack overflows, which ends the run, and a lowering whose frame is left empty has no
    check at all (`frame_compaction`, `frame_elision`); the linker drops most checks anyway
    (`linker.frames_that_fit`). So the sites compared by `dearer_sites` are those of runs that do not overflow
    the stack."""
    save_restores = _save_restores(emitted)
    prologue = prologue_items(emitted)
    overflow_trap = prologue[2] if prologue is not None else None
    sites: list[tuple[Site, int]] = []
    keys: list[frozenset[Key]] = []
    saves: list[frozenset[int]] = []
    label: str | None = None
    ordinal, gas, mine, regs = 0, 0, set[Key](), set[int]()

    def close() -> None:
        sites.append(((label or entry_label(emitted.name), ordinal), gas))
        keys.append(frozenset(mine))
        saves.append(frozenset(regs))

    for index, item in enumerate(emitted.instructions):
        ins = item.instruction
        if isinstance(ins, Label):
            if label is not None and (gas or not ordinal):
                close()
            label, ordinal, gas, mine, regs = ins.name, 0, 0, set(), set()
            continue
        if index == overflow_trap:
            continue
        gas += 1
        mine.add(item.ir_instruction)
        if _is_save_restore(ins, save_restores):
            assert isinstance(ins, Instruction) and ins.ra is not None
            regs.add(ins.ra)
        if ins.opcode in TERMINATORS:
            close()
            ordinal, gas, mine, regs = ordinal + 1, 0, set(), set()
    if gas:
        close()
    return tuple(sites), tuple(keys), tuple(saves)


def lowered_gas(function: Function, ctx: LinkContext, problem: Problem, analysis: Analysis, selection: Selection,
                registers: dict[int, int], *, passes: Passes = Passes()) -> LoweredGas:
    """`function` lowered with the allocation `registers` (value id -> register, valid for `problem`) through the
    real pipeline, measured two ways (`LoweredGas`): the estimated gas of one call, every emitted instruction
    weighted by the executions of its block, 10 ** loop depth, the prologue once (module docstring), save and
    restores included (what the savings of the gas model approximate additively); and the gas of every
    execution site, unweighted (`execution_sites`), which the optimal allocator compares site by site with
    linear scan's (`pvm_backend.allocators.Optimal`)."""
    trial_ctx = replace(ctx, jump_entry=lambda label: 0)
    frequency = block_frequencies(function, problem, analysis)
    weight = tuple(frequency[ins.block] for ins in function.instructions)
    assignment = Allocation(function.name, tuple(sorted(registers.items())), problem.is_leaf,
                            block_live_in(problem, analysis, registers), model=problem.model,
                            reloads_after=call_reloads(function, problem, analysis, registers))
    emitted = emit(function, trial_ctx, assignment, passes, selection)
    sites, keys, saves = execution_sites(emitted)
    return LoweredGas(_weighted_gas(emitted, weight), sites, keys, saves,
                      frozenset(int(r) for r in emitted.frame.saved))


def weighted_gas(function: Function, ctx: LinkContext, problem: Problem, analysis: Analysis, selection: Selection,
                 registers: dict[int, int], *, passes: Passes = Passes()) -> int:
    """The estimated gas of one call of `function` lowered with the allocation `registers` (`lowered_gas`)."""
    return lowered_gas(function, ctx, problem, analysis, selection, registers, passes=passes).weighted


def dearer_sites(candidate: LoweredGas, reference: LoweredGas) -> tuple[int, ...] | None:
    """The indices of the sites where `candidate` costs more gas per execution than `reference`, two lowerings of
    one function; None when their sites differ otherwise than by edge blocks (`items.is_edge_label`), or the
    sites both have are not in the same order.

    Why per site: both lowerings implement the same IR with the same labels and branches, so on any input each
    site executes equally often in both (a run that faults or stops in a host call may end inside a site). With
    no dearer site the candidate costs at most the reference's gas on every input, whatever the trip counts,
    which the estimated gas (10 ** loop depth) does not promise. Jump threading (`peephole.thread_jumps`) takes
    an edge block out of one lowering where its copies are no-ops, and its branch then goes straight to the
    block the edge block jumped to: every other site still executes equally often. An edge block only the
    candidate has counts as dearer (the reference pays nothing there); one only the reference has costs the
    candidate nothing."""
    theirs = dict(reference.sites)
    mine = dict(candidate.sites)
    if any(not is_edge_label(label) for label, _ in mine.keys() ^ theirs.keys()):
        return None
    if [site for site, _ in candidate.sites if site in theirs] != \
            [site for site, _ in reference.sites if site in mine]:
        return None
    return tuple(i for i, (site, gas) in enumerate(candidate.sites) if gas > theirs.get(site, 0))


def measure_weights(function: Function, ctx: LinkContext, problem: Problem, analysis: Analysis,
                    selection: Selection, *, passes: Passes = Passes(),
                    deadline: float | None = None) -> AllocationWeights | None:
    """The objective coefficients of `function` (module docstring), for its allocation `problem` and
    `analysis` and its `selection`; `passes` as in the build. Returns None as soon as the
    `time.perf_counter()` `deadline` has passed before every trial allocation was lowered."""
    result = measure(function, ctx, problem, analysis, selection, passes=passes, deadline=deadline)
    return None if result is None else result.weights
