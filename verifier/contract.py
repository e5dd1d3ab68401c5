"""Check 1: the allocation contract of one function, declared as data and checked with z3 (unsat cores).

What it does: `build_contract(function)` declares what any register allocation of the function must respect,
from the verifier's own liveness (`verifier.liveness`) and the ABI (`pvm_backend.abi`):

  * fits          only values of at most 64 bits (integers, pointers; not static allocas, whose value is
                  r1 + offset) may live in a register (`ir_facts.fits_register`);
  * availability  under the seed register model (`abi.RegisterModel.SEED`), a value's register is one of r9-r12
                  minus the registers of the incoming parameters and, in a function that calls, minus every
                  outgoing argument register (SEED-regalloc.md, "Available Registers"); under the full model
                  every one of r5-r12 is available and the rules below say where it is not; no other register
                  of r0-r12 ever is;
  * precoloured   (full model) a parameter that arrives in one of r9-r12 may be kept in that register and no
                  other (`ir_facts.incoming_parameter_registers`);
  * conflict      two values live at the same point never share a register: w conflicts with every value live
                  just after w's definition (SSA interference; phis of a block and the parameters are defined
                  together at their block's entry);
  * call clobber  a value live across a call is in no register that call or its argument set-up writes
                  (`abi.CALL_CLOBBERED` and its argument registers; the callee restores r9-r12), nor across an
                  `ecalli` in its argument or result registers. Under the full model the argument registers
                  are left out: a value in one is split around the call (stored before it by write-through,
                  reloaded right after it, `Allocation.reloads_after`), which check 2 proves on the code.
  * scratch       (full model, which also offers the caller-saved r5-r8, `abi.CALLER_SAVED`) a value defined,
                  read or live at an instruction is in none of the caller-saved registers that instruction's
                  lowering writes for itself (`pvm_backend.selection.Selection.scratch`; where the emitter
                  reads operands, `Selection.reads_at`: a fused compare's at its branch).
`check_allocation(contract, registers)` asserts an allocation (value → register) and every constraint, and
maps z3's answers to PROVED, or REFUTED with *every* violated constraint (the values, the register, the
program point), or UNKNOWN: on unsat each constraint is put behind its own assumption literal and, while z3
answers unsat, the constraints of its unsat core are set aside (a core of one is violated; the members of a
larger core are asked one by one) and the rest is asked again, until z3 answers sat. The same contract is the
constraint set of the optimal allocator (issue 6); `verifier.checks.allocation` registers this check and
locates each violation's IR instruction.

Assumes: the IR view's contract; what is a call, a host call, a leaf, and which values fit a register are the
IR facts of `pvm_backend.ir_facts` (the same facts the emitter lowers by).

Guarantees: every constraint names its rule, values and point; unknown is never reported as proved; all of
z3's queries of one check share one time limit.
"""

from __future__ import annotations

import time
from collections.abc import Collection
from dataclasses import dataclass

import z3

from pvm_backend import abi
from pvm_backend.abi import DEFAULT_REGISTER_MODEL, RegisterModel
from pvm_backend.ir import Function, ValueRef
from pvm_backend.ir_facts import (CallKind, call_argument_registers, call_clobbered, call_kind, fits_register,
                                   incoming_parameter_registers, is_outgoing_call, parameter_registers,
                                   value_operands)
from pvm_backend.selection import Selection, select
from pvm_backend.options import DEFAULT_TIMEOUT_MS

from .liveness import Liveness, liveness
from .result import AllocationCounterexample, Finding, Status

ALLOCATABLE: tuple[int, ...] = tuple(int(r) for r in abi.CALLEE_SAVED)
"""The registers of the seed model (r9-r12)."""
FULL_ALLOCATABLE: tuple[int, ...] = tuple(sorted(int(r) for r in (*abi.CALLER_SAVED, *abi.CALLEE_SAVED)))
"""The registers of the full model (r5-r12)."""


EVERY_REGISTER: tuple[int, ...] = tuple(int(r) for r in abi.Reg)
"""r0-r12: an allocation naming any register outside its model's available ones breaks ``availability``."""


def universe(model: RegisterModel) -> tuple[int, ...]:
    """The registers `model` can ever offer, ascending."""
    return FULL_ALLOCATABLE if model is RegisterModel.FULL else ALLOCATABLE


@dataclass(frozen=True, slots=True)
class Constraint:
    """One declared constraint: `values` may not use `forbidden` registers, or (conflict) not share one."""

    rule: str
    """``fits``, ``availability``, ``precoloured``, ``conflict``, ``call-clobber`` or ``scratch``."""
    values: tuple[int, ...]
    """One value, or two for a conflict."""
    forbidden: tuple[int, ...]
    """Registers the value may not occupy (empty for a conflict)."""
    point: str
    """Where it applies: ``block: IR instruction`` (or ``function entry``)."""
    ir_id: int | None = None
    """The IR instruction where it applies (for a rule about a value as a whole, ``fits`` and
    ``availability``, the value's definition; for a block's phis, the block's first instruction); None at the
    function entry and for constraints added by others (the optimal allocator's emitter conflicts)."""


@dataclass(frozen=True, slots=True)
class Contract:
    """Everything an allocation of one function must respect."""

    function: str
    """Function name."""
    value_names: tuple[str, ...]
    """Per value id: its IR name."""
    constraints: tuple[Constraint, ...]
    """All constraints, in program order."""
    available: tuple[int, ...]
    """The registers any value may use (seed model: r9-r12 minus parameter and, in calling functions, argument
    registers; full model: r5-r12)."""
    model: RegisterModel = DEFAULT_REGISTER_MODEL
    """The register model the contract was declared for."""


def build_contract(function: Function, model: RegisterModel = DEFAULT_REGISTER_MODEL,
                   values: Collection[int] | None = None) -> Contract:
    """Declare the allocation contract of `function` under the register `model` (see the module docstring).
    With `values`, only the constraints all of whose values are among them (check 1 passes the allocated values:
    a constraint on a value in no register cannot be broken, and leaving those out makes the contract grow with
    the allocation instead of with every pair of live values; 7k-value loop nests: 95,102 constraints in 0.63 s,
    of which 454 apply)."""
    names = tuple(f"%{v.name}" if v.name else f"%{v.id}" for v in function.values)
    live = liveness(function)
    regs_of_model = universe(model)
    taken: set[int] = set()
    if model is RegisterModel.SEED:
        taken.update(int(r) for r in parameter_registers(function))
        for call in function.instructions:
            if is_outgoing_call(call):
                taken.update(int(r) for r in call_argument_registers(call))
    available = tuple(r for r in regs_of_model if r not in taken)
    precoloured = ({vid: int(reg) for vid, reg in incoming_parameter_registers(function)}
                   if model is RegisterModel.FULL else {})
    out: list[Constraint] = []
    wanted = None if values is None else set(values)
    scalar = {v.id for v in function.values if fits_register(function, v.id) and (wanted is None or v.id in wanted)}
    for info in function.values:
        if wanted is not None and info.id not in wanted:
            continue
        if info.id not in scalar:
            out.append(Constraint("fits", (info.id,), EVERY_REGISTER, f"definition of {names[info.id]}",
                                  info.instruction))
        forbidden = tuple(r for r in EVERY_REGISTER if r not in available)
        if forbidden:
            out.append(Constraint("availability", (info.id,), forbidden, "whole function", info.instruction))
        if info.id in precoloured and info.id in scalar:
            others = tuple(r for r in regs_of_model if r != precoloured[info.id])
            out.append(Constraint("precoloured", (info.id,), others, "function entry", None))
    selection = select(function)
    occupied = _occupied(function, live, selection) if model is RegisterModel.FULL else {}
    params = [v.id for v in function.values if v.param_index is not None]
    entry_live = live.live_in[0] if function.blocks else frozenset()
    seen: set[tuple[int, int]] = set()
    _conflicts(out, seen, scalar, params, entry_live, "function entry", None)
    for block in function.blocks:
        phis = [i.result for i in block.instructions if i.opcode == "phi" and i.result is not None]
        first = block.instructions[0].id if block.instructions else None
        _conflicts(out, seen, scalar, phis, live.live_in[block.id], f"{block.name}: entry (phis)", first)
        for ins in block.instructions:
            where = f"{block.name}: {ins.text.strip()}"
            if ins.result is not None and ins.opcode != "phi":
                _conflicts(out, seen, scalar, [ins.result], live.live_after[ins.id], where, ins.id)
            if model is RegisterModel.FULL and selection.scratch_of(ins):
                regs = tuple(sorted(selection.scratch_of(ins)))
                for v in sorted(occupied[ins.id] & scalar):
                    out.append(Constraint("scratch", (v,), regs, where, ins.id))
            if call_kind(ins) not in (CallKind.CALL, CallKind.HOST):
                continue
            clobbered = {int(r) for r in call_clobbered(ins)}
            if model is RegisterModel.SEED:   # the full model splits a value around its call instead
                clobbered.update(int(r) for r in call_argument_registers(ins))
            regs = tuple(r for r in regs_of_model if r in clobbered)
            if regs:
                for v in sorted((live.live_after[ins.id] & scalar) - {ins.result}):
                    out.append(Constraint("call-clobber", (v,), regs, where, ins.id))
    return Contract(function.name, names, tuple(out), available, model)


def _occupied(function: Function, live: Liveness, selection: Selection) -> dict[int, frozenset[int]]:
    """Per instruction id: the values defined, read or live just after it, with every operand read where the
    emitter reads it (`Selection.reads_at`: a fused compare's operands at its branch, and live in between)."""
    read_at: dict[int, set[int]] = {}
    for ins in function.instructions:
        for operand in value_operands(ins):
            if isinstance(operand, ValueRef):
                read_at.setdefault(selection.reads_at(ins), set()).add(operand.id)
    out: dict[int, frozenset[int]] = {}
    for block in function.blocks:
        current = set(live.live_out[block.id])
        for ins in reversed(block.instructions):
            if ins.opcode == "phi":
                break
            read = read_at.get(ins.id, set())
            out[ins.id] = frozenset(current | read | ({ins.result} if ins.result is not None else set()))
            current.discard(ins.result)
            current |= read
    return out


def _conflicts(out: list[Constraint], seen: set[tuple[int, int]], scalar: set[int], defined: list[int],
               live: frozenset[int], where: str, ir_id: int | None) -> None:
    """Each value of `defined` (defined together here) conflicts with every other value in `live`; a pair is
    declared once, at its first point in program order (only values that may be in a register count)."""
    for w in defined:
        if w not in scalar:
            continue
        for v in sorted(live & scalar):
            pair = (min(v, w), max(v, w))
            if v != w and pair not in seen:
                seen.add(pair)
                out.append(Constraint("conflict", pair, (), where, ir_id))


def check_allocation(contract: Contract, registers: dict[int, int],
                     timeout_ms: int = DEFAULT_TIMEOUT_MS) -> Finding:
    """Check 1: does `registers` (value id → register) respect `contract`? See the module docstring.

    Returns PROVED, REFUTED with every violated constraint (in contract order; `ir_id` is left unset, the
    registered check locates it), or UNKNOWN with z3's reason. `timeout_ms` (milliseconds) bounds all of z3's
    queries together. The first query, which alone decides the status and gets all of it, asserts the
    allocation and every constraint that applies to it (both values in registers) as one SMT-LIB script parsed
    by z3 (`Solver.from_string`): building 10⁵ terms through z3's Python API took 20 s of a 66k-value function's
    23 s (csmith seed 341061), the script 2 s. Only when z3 answers unsat are the constraints put behind
    assumption literals and the violated ones found from unsat cores; when the time runs out after the first
    violation the result stays REFUTED with the violations found and says in `reason` that the list may be
    incomplete, and before the first it is UNKNOWN (never a pass)."""
    applies = [index for index, c in enumerate(contract.constraints) if all(v in registers for v in c.values)]
    deadline = time.monotonic() + max(1, timeout_ms) / 1000
    assignment = _smt_assignment(registers)
    solver = z3.Solver()
    solver.from_string("\n".join([*assignment, *(f"(assert {_smt_holds(contract.constraints[i])})"
                                                 for i in applies)]))
    answer, reason = _check(solver, [], max(1, timeout_ms))
    if answer == z3.unknown:
        return Finding(Status.UNKNOWN, reason=reason)
    if answer == z3.sat:
        return Finding(Status.PROVED)
    solver = z3.Solver()
    solver.from_string("\n".join([*assignment, *(f"(declare-fun c{i} () Bool)(assert (=> c{i} "
                                                 f"{_smt_holds(contract.constraints[i])}))" for i in applies)]))
    active = {index: z3.Bool(f"c{index}") for index in applies}
    violated: list[int] = []
    answer, reason = _check(solver, list(active.values()), _left_ms(deadline))
    while answer == z3.unsat:
        core = sorted(int(str(name)[1:]) for name in solver.unsat_core())
        for index in core:
            del active[index]
        if len(core) == 1:   # the assignment is fixed: a core of one constraint is a violated constraint
            violated.append(core[0])
        else:                # else find the violated ones among them, one at a time
            for index in core:
                alone, _ = _check(solver, [z3.Bool(f"c{index}")], _left_ms(deadline))
                if alone == z3.unsat:
                    violated.append(index)
                elif alone == z3.unknown:
                    active[index] = z3.Bool(f"c{index}")   # undecided: asked again with the rest
        answer, reason = _check(solver, list(active.values()), _left_ms(deadline))
    if not violated:
        return Finding(Status.UNKNOWN, reason=f"z3 found the allocation breaks the contract but gave no answer "
                                              f"while locating a violated constraint ({reason})")
    incomplete = "" if answer == z3.sat else \
        f"z3 gave no answer while looking for more violations ({reason}); the list may be incomplete"
    return Finding(Status.REFUTED, _violations(contract, registers, sorted(violated)), incomplete)


def _smt_assignment(registers: dict[int, int]) -> list[str]:
    """SMT-LIB declarations of one integer constant ``reg_V`` per value id V, each asserted equal to its
    register number."""
    return [f"(declare-fun reg_{v} () Int)(assert (= reg_{v} {r}))" for v, r in sorted(registers.items())]


def _smt_holds(constraint: Constraint) -> str:
    """SMT-LIB text of `constraint` holding, over the constants of `_smt_assignment`: a conflict's two values
    in different registers, any other rule's value in none of its forbidden registers."""
    if constraint.rule == "conflict":
        a, b = constraint.values
        return f"(distinct reg_{a} reg_{b})"
    v = constraint.values[0]
    return "(and true " + " ".join(f"(distinct reg_{v} {r})" for r in constraint.forbidden) + ")"


def _own(constraint: Constraint) -> int:
    """The one register a ``precoloured`` constraint leaves its parameter."""
    return next(r for r in FULL_ALLOCATABLE if r not in constraint.forbidden)


def _left_ms(deadline: float) -> int:
    """Milliseconds left until `deadline` (a `time.monotonic()` time)."""
    return int((deadline - time.monotonic()) * 1000)


def _check(solver: z3.Solver, assumptions: list[z3.BoolRef], limit_ms: int) -> tuple[z3.CheckSatResult, str]:
    """`solver.check(assumptions)` within `limit_ms` milliseconds: (answer, reason for unknown); unknown with
    reason ``timeout`` without asking when `limit_ms` < 1."""
    if limit_ms < 1:
        return z3.unknown, "timeout"
    solver.set(timeout=limit_ms)
    answer = solver.check(*assumptions)
    return answer, (solver.reason_unknown() or "unknown") if answer == z3.unknown else ""


def _violations(contract: Contract, registers: dict[int, int],
                indices: list[int]) -> tuple[AllocationCounterexample, ...]:
    """One record per violated constraint index, in the order given."""
    out = []
    for index in indices:
        c = contract.constraints[index]
        names = tuple(contract.value_names[v] for v in c.values)
        register = registers[c.values[0]]
        if c.rule == "conflict":
            detail = f"{names[0]} and {names[1]} are live at the same point and share r{register}"
        elif c.rule == "fits":
            detail = f"{names[0]} does not fit a register but is assigned r{register}"
        elif c.rule == "precoloured":
            detail = (f"{names[0]} is a parameter arriving in r{_own(c)} but is assigned r{register} (under the "
                      f"full register model a parameter may stay only in its own register)")
        elif c.rule == "availability":
            available = ", ".join(f"r{r}" for r in contract.available) or "none"
            detail = (f"{names[0]} is assigned r{register}, which is reserved in {contract.function} "
                      f"(available: {available})")
        elif c.rule == "scratch":
            detail = (f"{names[0]} is live at an instruction whose code uses r{register} itself "
                      f"(selection.scratch_registers)")
        else:
            detail = f"{names[0]} is live across a call that writes r{register}"
        out.append(AllocationCounterexample(c.rule, names, register, c.point, detail, value_ids=c.values,
                                            constraint=index))
    return tuple(out)
