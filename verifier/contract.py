"""Check 1: the allocation contract of one function, declared as data and checked with z3 (unsat cores).

What it does: `build_contract(function)` declares what any register allocation of the function must respect,
from the verifier's own liveness (`verifier.liveness`) and the ABI (`pvm_backend.abi`):

  * fits          only values of at most 64 bits (integers, pointers; not static allocas, whose value is
                  r1 + offset) may live in a register (`ir_facts.fits_register`);
  * availability  a value's register is one of r9-r12 minus the registers of the incoming parameters and, in a
                  function that calls, minus every outgoing argument register (SEED-regalloc.md, "Available
                  Registers");
  * conflict      two values live at the same point never share a register: w conflicts with every value live
                  just after w's definition (SSA interference; phis of a block and the parameters are defined
                  together at their block's entry);
  * call clobber  a value live across a call is in no register that call or its argument set-up writes
                  (`abi.CALL_CLOBBERED` and its argument registers; the callee restores r9-r12), nor across an
                  `ecalli` in its argument or result registers.
`check_allocation(contract, registers)` asserts an allocation (value → register) with each constraint tracked
by name, and maps z3's answer to PROVED, or REFUTED with the violated constraint from the unsat core (the
values, the register, the program point), or UNKNOWN. The same contract is the constraint set of the optimal
allocator (issue 6).

Assumes: the IR view's contract; what is a call, a host call, a leaf, and which values fit a register are the
IR facts of `pvm_backend.ir_facts` (the same facts the emitter lowers by).

Guarantees: every constraint names its rule, values and point; unknown is never reported as proved.
"""

from __future__ import annotations

from dataclasses import dataclass

import z3

from pvm_backend import abi
from pvm_backend.ir import Function
from pvm_backend.ir_facts import (CallKind, call_argument_registers, call_clobbered, call_kind, fits_register,
                                   is_outgoing_call, parameter_registers)
from pvm_backend.options import DEFAULT_TIMEOUT_MS

from .liveness import liveness
from .result import AllocationCounterexample, Status

ALLOCATABLE: tuple[int, ...] = tuple(int(r) for r in abi.CALLEE_SAVED)


@dataclass(frozen=True, slots=True)
class Constraint:
    """One declared constraint: `values` may not use `forbidden` registers, or (conflict) not share one."""

    rule: str
    """``fits``, ``availability``, ``conflict`` or ``call-clobber``."""
    values: tuple[int, ...]
    """One value, or two for a conflict."""
    forbidden: tuple[int, ...]
    """Registers the value may not occupy (empty for a conflict)."""
    point: str
    """Where it applies: ``block: IR instruction`` (or ``function entry``)."""


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
    """The registers any value may use (r9-r12 minus parameter and, in calling functions, argument
    registers)."""


def build_contract(function: Function) -> Contract:
    """Declare the allocation contract of `function` (see the module docstring)."""
    names = tuple(f"%{v.name}" if v.name else f"%{v.id}" for v in function.values)
    live = liveness(function)
    taken = set(int(r) for r in parameter_registers(function))
    for call in function.instructions:
        if is_outgoing_call(call):
            taken.update(int(r) for r in call_argument_registers(call))
    available = tuple(r for r in ALLOCATABLE if r not in taken)
    out: list[Constraint] = []
    scalar = {v.id for v in function.values if fits_register(function, v.id)}
    for info in function.values:
        if info.id not in scalar:
            out.append(Constraint("fits", (info.id,), ALLOCATABLE, f"definition of {names[info.id]}"))
        forbidden = tuple(r for r in ALLOCATABLE if r not in available)
        if forbidden:
            out.append(Constraint("availability", (info.id,), forbidden, "whole function"))
    params = [v.id for v in function.values if v.param_index is not None]
    entry_live = live.live_in[0] if function.blocks else frozenset()
    seen: set[tuple[int, int]] = set()
    _conflicts(out, seen, scalar, params, entry_live, "function entry")
    for block in function.blocks:
        phis = [i.result for i in block.instructions if i.opcode == "phi" and i.result is not None]
        _conflicts(out, seen, scalar, phis, live.live_in[block.id], f"{block.name}: entry (phis)")
        for ins in block.instructions:
            where = f"{block.name}: {ins.text.strip()}"
            if ins.result is not None and ins.opcode != "phi":
                _conflicts(out, seen, scalar, [ins.result], live.live_after[ins.id], where)
            if call_kind(ins) not in (CallKind.CALL, CallKind.HOST):
                continue
            clobbered = {int(r) for r in call_argument_registers(ins) + call_clobbered(ins)}
            regs = tuple(r for r in ALLOCATABLE if r in clobbered)
            if regs:
                for v in sorted((live.live_after[ins.id] & scalar) - {ins.result}):
                    out.append(Constraint("call-clobber", (v,), regs, where))
    return Contract(function.name, names, tuple(out), available)


def _conflicts(out: list[Constraint], seen: set[tuple[int, int]], scalar: set[int], defined: list[int],
               live: frozenset[int], where: str) -> None:
    """Each value of `defined` (defined together here) conflicts with every other value in `live`; a pair is
    declared once, at its first point in program order (only values that may be in a register count)."""
    for w in defined:
        if w not in scalar:
            continue
        for v in sorted(live & scalar):
            pair = (min(v, w), max(v, w))
            if v != w and pair not in seen:
                seen.add(pair)
                out.append(Constraint("conflict", pair, (), where))


@dataclass(frozen=True, slots=True)
class AllocationResult:
    """Outcome of check 1 for one function."""

    status: Status
    """PROVED, REFUTED or UNKNOWN."""
    counterexample: AllocationCounterexample | None = None
    """For REFUTED: the violated constraint."""
    reason: str = ""
    """For UNKNOWN: z3's reason."""


def check_allocation(contract: Contract, registers: dict[int, int], timeout_ms: int = DEFAULT_TIMEOUT_MS) -> AllocationResult:
    """Check 1: does `registers` (value id → register) respect `contract`? See the module docstring."""
    solver = z3.Solver()
    solver.set(timeout=max(1, timeout_ms))
    reg = {v: z3.Int(f"reg_{v}") for v in registers}
    for v, r in sorted(registers.items()):
        solver.assert_and_track(reg[v] == r, f"assign_{v}")
    tracked: dict[str, Constraint] = {}
    for index, c in enumerate(contract.constraints):
        if not all(v in reg for v in c.values):
            continue
        name = f"c{index}"
        if c.rule == "conflict":
            a, b = c.values
            solver.assert_and_track(reg[a] != reg[b], name)
        else:
            solver.assert_and_track(z3.And([reg[c.values[0]] != r for r in c.forbidden]), name)
        tracked[name] = c
    answer = solver.check()
    if answer == z3.sat:
        return AllocationResult(Status.PROVED)
    if answer == z3.unknown:
        return AllocationResult(Status.UNKNOWN, reason=solver.reason_unknown())
    core = sorted((str(n) for n in solver.unsat_core() if str(n) in tracked), key=lambda n: int(n[1:]))
    c = tracked[core[0]]
    names = tuple(contract.value_names[v] for v in c.values)
    register = registers[c.values[0]]
    if c.rule == "conflict":
        detail = f"{names[0]} and {names[1]} are live at the same point and share r{register}"
    elif c.rule == "fits":
        detail = f"{names[0]} does not fit a register but is assigned r{register}"
    elif c.rule == "availability":
        available = ", ".join(f"r{r}" for r in contract.available) or "none"
        detail = (f"{names[0]} is assigned r{register}, which is reserved in {contract.function} "
                  f"(available: {available})")
    else:
        detail = f"{names[0]} is live across a call that writes r{register}"
    return AllocationResult(Status.REFUTED, AllocationCounterexample(c.rule, names, register, c.point, detail))
