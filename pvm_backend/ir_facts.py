"""Facts about the IR view that several stages need, each decided once here (ARCHITECTURE.md, "one module of
facts"): the kind of a call, host-call arity and argument registers, the registers a call writes, whether a
function is a leaf, whether a value fits a register, the operands an instruction reads, and the block order.

What it does: pure functions of the IR view (`pvm_backend.ir`) and the ABI (`pvm_backend.abi`). The allocation
problem (`regalloc_problem`), the emitter (`emitter/`), the frame layout, the linker and the verifier's contract
all ask these functions instead of deciding for themselves; before this module five copies of "is this a call"
disagreed on ``@host_call_foo``.

The rules:
  * call kind: a `call` whose callee is an ``llvm.*`` intrinsic is INTRINSIC (lowered inline, touches no
    argument or callee-saved register); one whose callee is ``host_call_N`` with 0 <= N <= 6 is HOST (`ecalli`,
    README "Host calls from C"); every other call, direct or indirect, is CALL (a call of a PVM function:
    ``@host_call_foo`` and ``@host_call_7`` are ordinary calls of functions named so, and fail to link when
    they are not defined);
  * argument registers: a CALL writes r9.. for its first four argument words (i128 takes two words,
    `abi.argument_words`); a HOST call of arity N writes r7, r8, r9.. for its N data arguments
    (`abi.HOST_ARG_REGISTERS`); clobbers: `abi.CALL_CLOBBERED` / `abi.HOST_CALL_CLOBBERED`;
  * leaf: no CALL (host calls and intrinsics do not count; SEED-regalloc.md "Available Registers");
  * one word (`is_word`): an integer or pointer of 1-64 bits is one 64-bit register word by the ABI;
  * fits a register: a one-word value that is not a static alloca (an alloca's value is r1 + offset and has
    no slot);
  * operands: `value_operands` are read at the instruction's own position (the listed operands and an indirect
    callee; a GEP's variable indices are among `operands` already, so its `gep.terms` add nothing); a phi reads
    its incoming values on the edges instead (`phi_incoming`);
  * phi incoming values by predecessor (`incoming_by_predecessor`): the first pair listed for each predecessor;
  * block order: the IR layout order, the one order used by emission, liveness and allocation;
  * references: a function references the functions it calls directly and those and the globals an operand
    names (`FunctionAddr`, `GlobalAddr`); a global references what its initializer's relocations point at. A
    linked function no linked function or global references is entered only from the entry stub
    (`entered_only_from_stub`): nothing else can obtain its address.

Assumes: the IR view's contract (dense ids, phis first in their block).

Guarantees: total functions of their arguments; nothing here raises for a well-formed IR view.
"""

from __future__ import annotations

import enum

from pvm_backend import abi
from collections.abc import Iterable

from pvm_backend.ir import (Function, FunctionAddr, GlobalAddr, GlobalVar, Instruction, IRType, Operand, TypeKind,
                            ValueRef)

INTRINSIC_PREFIX = "llvm."
"""Name prefix of LLVM intrinsics (lowered inline by `emitter.intrinsics`)."""


class CallKind(enum.Enum):
    """What a `call` instruction is (module docstring, "call kind")."""

    CALL = "call"
    """A call of a PVM function, direct or indirect: writes r0, r2-r8 and its argument registers."""
    HOST = "host"
    """A host call ``host_call_N(id, a1..aN)``: `ecalli id`, arguments in r7, r8, r9..; r9-r12 survive."""
    INTRINSIC = "intrinsic"
    """An ``llvm.*`` intrinsic lowered inline: not a call site at all."""


def host_call_arity(callee: str | None) -> int | None:
    """N for a callee named ``host_call_N`` with 0 <= N <= 6 (`abi.MAX_HOST_ARGS`), else None."""
    if callee is None or not callee.startswith(abi.HOST_CALL_PREFIX):
        return None
    tail = callee[len(abi.HOST_CALL_PREFIX):]
    if tail.isdigit() and int(tail) <= abi.MAX_HOST_ARGS:
        return int(tail)
    return None


def intrinsic_family(name: str) -> str:
    """The intrinsic family of an ``llvm.*`` callee, without its type suffixes: ``llvm.sadd.with.overflow.i32``
    -> ``sadd.with.overflow``; ``llvm.memcpy.p0.p0.i32`` -> ``memcpy``."""
    parts = name[len(INTRINSIC_PREFIX):].split(".")
    keep = [p for p in parts if not (p[:1] in "ip" and p[1:].isdigit()) and p not in ("inline",)]
    return ".".join(keep)


def call_kind(ins: Instruction) -> CallKind | None:
    """The kind of `ins` if it is a `call`, else None (module docstring)."""
    if ins.opcode != "call":
        return None
    if ins.callee is not None and ins.callee.startswith(INTRINSIC_PREFIX):
        return CallKind.INTRINSIC
    if host_call_arity(ins.callee) is not None:
        return CallKind.HOST
    return CallKind.CALL


def is_outgoing_call(ins: Instruction) -> bool:
    """Whether `ins` calls a PVM function (`CallKind.CALL`): it clobbers r0, r2-r8 and makes a non-leaf."""
    return call_kind(ins) is CallKind.CALL


def argument_words(types_bits: tuple[int, ...] | list[int]) -> int:
    """Total 64-bit argument words of arguments of these widths in bits (`abi.argument_words`)."""
    return abi.argument_words(list(types_bits))[1]


def call_argument_registers(ins: Instruction) -> tuple[abi.Reg, ...]:
    """Registers the argument set-up of call `ins` writes, in argument order: r9.. for a CALL's first four
    words, r7, r8, r9.. for a HOST call's data arguments (by its arity N, not by its operand count); () for an
    intrinsic or a non-call."""
    kind = call_kind(ins)
    if kind is CallKind.CALL:
        return abi.PARAM_REGISTERS[:argument_words([t.bits for t in ins.operand_types])]
    if kind is CallKind.HOST:
        arity = host_call_arity(ins.callee)
        assert arity is not None
        return abi.HOST_ARG_REGISTERS[:arity]
    return ()


def call_clobbered(ins: Instruction) -> tuple[abi.Reg, ...]:
    """Registers besides the argument registers whose contents call `ins` may change: `abi.CALL_CLOBBERED` for
    a CALL, `abi.HOST_CALL_CLOBBERED` for a HOST call, () otherwise."""
    kind = call_kind(ins)
    if kind is CallKind.CALL:
        return abi.CALL_CLOBBERED
    if kind is CallKind.HOST:
        return abi.HOST_CALL_CLOBBERED
    return ()


def is_leaf(function: Function) -> bool:
    """Whether `function` makes no `CallKind.CALL` (host calls and intrinsics do not count)."""
    return not any(is_outgoing_call(ins) for ins in function.instructions)


def parameter_registers(function: Function) -> tuple[abi.Reg, ...]:
    """Registers holding `function`'s incoming parameter words at entry (r9.. for the first four words)."""
    return abi.PARAM_REGISTERS[:argument_words([t.bits for t in function.param_types])]


def incoming_parameter_registers(function: Function) -> tuple[tuple[int, abi.Reg], ...]:
    """(parameter value id, the register it arrives in) for every parameter of one word (`is_word`) whose word
    travels in r9-r12 (`abi.argument_words`): under the full register model these are the precoloured
    parameters. An i128 parameter (two words) or a parameter in memory (word >= 4) is not listed."""
    firsts, _ = abi.argument_words([t.bits for t in function.param_types])
    out: list[tuple[int, abi.Reg]] = []
    for info in function.values:
        if info.param_index is None or not is_word(function.param_types[info.param_index]):
            continue
        reg = abi.word_register(firsts[info.param_index])
        if reg is not None:
            out.append((info.id, reg))
    return tuple(out)


def is_word(ty: IRType) -> bool:
    """Whether a value of type `ty` is one 64-bit word by the ABI: an integer or pointer of 1-64 bits (i128 takes
    two words; aggregates one slot cell per element; `abi` docstring)."""
    return ty.kind in (TypeKind.INT, TypeKind.PTR) and 0 < ty.bits <= 64


def fits_register(function: Function, value: int) -> bool:
    """Whether SSA value `value` of `function` may live in one 64-bit register (module docstring)."""
    info = function.values[value]
    if not is_word(info.type):
        return False
    return info.instruction is None or function.instructions[info.instruction].opcode != "alloca"


def value_operands(ins: Instruction) -> tuple[Operand, ...]:
    """The operands `ins` reads at its own position, in operand order (a phi: none; module docstring)."""
    if ins.opcode == "phi":
        return ()
    if ins.callee_operand is not None:
        return (*ins.operands, ins.callee_operand)
    return ins.operands


def all_operands(ins: Instruction) -> tuple[Operand, ...]:
    """Every operand occurrence of `ins`: `value_operands`, then a phi's incoming values."""
    return (*value_operands(ins), *(value for _, value in ins.phi_incoming))


def use_counts(function: Function) -> dict[int, int]:
    """SSA value id -> operand occurrences that read it (`all_operands`); values never read are absent."""
    counts: dict[int, int] = {}
    for ins in function.instructions:
        for operand in all_operands(ins):
            if isinstance(operand, ValueRef):
                counts[operand.id] = counts.get(operand.id, 0) + 1
    return counts


def incoming_by_predecessor(function: Function) -> dict[int, dict[int, Operand]]:
    """For every phi of `function` (by instruction id): predecessor block id -> the value the phi takes on the
    edge from it (the first listed, where LLVM lists a predecessor twice with the same value). One dictionary per
    phi, so that an edge finds its value without a walk over every incoming pair: a block with N predecessors
    and a phi of N incoming values made those walks quadratic (a `switch` in a loop, issue 17)."""
    out: dict[int, dict[int, Operand]] = {}
    for ins in function.instructions:
        if ins.opcode == "phi":
            by_pred: dict[int, Operand] = {}
            for pred, value in ins.phi_incoming:
                by_pred.setdefault(pred, value)
            out[ins.id] = by_pred
    return out


def block_order(function: Function) -> tuple[int, ...]:
    """The one block order used by emission, liveness and allocation alike: the IR layout order."""
    return tuple(block.id for block in function.blocks)


def references(function: Function) -> tuple[set[str], set[str]]:
    """(function names, global names) that `function`'s instructions reference: direct callees, and the functions
    and globals an operand names (module docstring, "references")."""
    funcs: set[str] = set()
    globs: set[str] = set()
    for ins in function.instructions:
        if ins.callee is not None:
            funcs.add(ins.callee)
        for op in all_operands(ins):
            if isinstance(op, FunctionAddr):
                funcs.add(op.name)
            elif isinstance(op, GlobalAddr):
                globs.add(op.name)
    return funcs, globs


def entered_only_from_stub(functions: Iterable[Function], globals_: Iterable[GlobalVar]) -> frozenset[str]:
    """The names of the defined `functions` (a program's linked functions) that none of `functions` and none of
    the initializers of `globals_` (its linked globals) references, by call or by address: the program's code
    can reach them only through the entry stub's call (abi "Entry"), whose code after the return reads r7
    alone."""
    functions = tuple(functions)
    referenced: set[str] = set()
    for function in functions:
        referenced |= references(function)[0]
    for gv in globals_:
        referenced.update(rel.target.name for rel in gv.relocations if isinstance(rel.target, FunctionAddr))
    return frozenset(f.name for f in functions if not f.is_declaration and f.name not in referenced)
