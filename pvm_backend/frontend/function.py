"""One llvmlite function → `ir.Function`.

What it does: walks a function's blocks and instructions once, assigns dense ids (parameters, then instruction
results in layout order; instructions in layout order; blocks by layout index), converts operands, and reads the
facts llvmlite does not expose from the function's printed text (see `insttext`; cut from the module printed once,
`module.split_module`).

Assumes: the module verified; `ModuleSymbols` maps every global and function llvmlite can hand us as an
operand. llvmlite aborts the process on API misuse, so `.opcode`/`.operands` are only asked of instructions and
`.incoming_blocks` only of phis.

Guarantees: the result follows the `ir` contract (operand conventions in `ir.Instruction`'s docstring). Inputs
the backend cannot lower raise `UnsupportedError` naming the function, block and instruction: floating point,
vectors, atomics, varargs, exception handling, inline assembly, indirect branches, unfoldable constants.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

import llvmlite.binding as llvm

from pvm_backend.errors import UnsupportedError
from pvm_backend.ir import (Block, Const, FunctionAddr, GepInfo, GlobalAddr, Instruction, IRType, Operand, TypeKind,
                            Undef, ValueInfo, ValueRef)
from pvm_backend.ir import Function as IRFunction

from . import insttext
from .constants import ConstantReader, NegatedAddr, Scalar, Unfoldable
from .lexer import LOCAL_TOKEN
from .types import TypeTable

VK = llvm.ValueKind

REJECTED_OPCODES = {
    **dict.fromkeys(("fadd", "fsub", "fmul", "fdiv", "frem", "fneg", "fcmp", "fptrunc", "fpext", "fptoui", "fptosi",
                     "uitofp", "sitofp"), "floating point is not supported"),
    **dict.fromkeys(("atomicrmw", "cmpxchg", "fence"), "atomics are not supported"),
    "va_arg": "varargs are not supported",
    **dict.fromkeys(("extractelement", "insertelement", "shufflevector"), "vectors are not supported"),
    **dict.fromkeys(("invoke", "landingpad", "resume", "callbr", "cleanuppad", "catchpad", "catchret", "cleanupret",
                     "catchswitch"), "exception handling is not supported"),
    "indirectbr": "indirect branches (blockaddress) are not supported",
}
"""Opcodes rejected with the reason given."""

_TEXT_FLAG_OPCODES = frozenset({"add", "sub", "mul", "shl", "udiv", "sdiv", "lshr", "ashr", "or", "trunc", "zext",
                                "getelementptr", "load", "store", "call", "icmp", "uitofp"})


@dataclass(slots=True)
class ModuleSymbols:
    """What every function walk needs from its module."""

    types: TypeTable
    """The module's type cache."""
    consts: ConstantReader
    """Constant-expression folding."""
    names: dict[llvm.ValueRef, str]
    """View name of each global variable and function."""
    vararg: dict[str, bool]
    """Whether each function (by view name) is variadic."""
    folded: dict[llvm.ValueRef, Scalar | NegatedAddr | str] = field(default_factory=dict)
    """Each constant expression met as an operand, folded (`ConstantReader.scalar_or_negated`), or why it does
    not fold: LLVM uniques constants in their context, and printing one costs far more than the lookup."""

    def fold(self, op: llvm.ValueRef) -> Scalar | NegatedAddr:
        """The constant expression `op` folded; raises `Unfoldable` with the reason it does not fold."""
        hit = self.folded.get(op)
        if hit is None:
            try:
                hit = self.consts.scalar_or_negated(str(op))
            except (Unfoldable, ValueError) as e:
                hit = str(e)
            self.folded[op] = hit
        if isinstance(hit, str):
            raise Unfoldable(hit)
        return hit


class _Walk:
    """State of one function walk."""

    def __init__(self, syms: ModuleSymbols, fn: llvm.ValueRef, name: str, text: str) -> None:
        self.syms = syms
        self.text = text
        self.types = syms.types
        self.fn = fn
        self.name = name
        self.values: dict[llvm.ValueRef, int] = {}
        self.value_types: list[IRType] = []
        self.block_ids: dict[llvm.ValueRef, int] = {}
        self.block_names: list[str] = []
        self.cur_block = ""
        self.cur_text = ""

    def fail(self, message: str) -> UnsupportedError:
        return UnsupportedError(message, function=self.name, block=self.cur_block or None,
                                instruction=self.cur_text or None)

    def check_type(self, t: IRType) -> None:
        why = self.types.unsupported(t)
        if why is not None:
            raise self.fail(f"{why} is not supported (type {t.text})")

    def typed_operand(self, op: llvm.ValueRef) -> tuple[Operand, IRType]:
        """An operand and its type (SSA values take their type from the table: fewer llvmlite calls)."""
        k = op.value_kind
        if k is VK.instruction or k is VK.argument:
            vid = self.values[op]
            return ValueRef(vid), self.value_types[vid]
        t = self.types.of(op.type)
        self.check_type(t)
        return self._constant(op, k, t), t

    def _arithmetic_operands(self, opcode: str, flags: frozenset[str], ops: list[llvm.ValueRef]
                             ) -> tuple[str, frozenset[str], list[tuple[Operand, IRType]]]:
        """The operands of `add` / `sub`, where a constant may fold to `c - @g` (`NegatedAddr`: LLVM writes
        ``sub x, ptrtoint @g`` as ``add x, sub (0, ptrtoint @g)``): the instruction then becomes the opposite
        operation on `GlobalAddr(g, -c)` (x + (c - @g) = x - (@g - c); x - (c - @g) = x + (@g - c)), without
        its nuw/nsw flags (dropping them only removes poison)."""
        pairs: list[tuple[Operand | NegatedAddr, IRType]] = []
        for op in ops:
            k = op.value_kind
            if k is VK.constant_expr:
                t = self.types.of(op.type)
                self.check_type(t)
                try:
                    pairs.append((self.syms.fold(op), t))
                except Unfoldable as e:
                    raise self.fail(f"unsupported constant expression: {e}") from None
            else:
                pairs.append(self.typed_operand(op))
        negated = [i for i, (v, _) in enumerate(pairs) if isinstance(v, NegatedAddr)]
        if not negated:
            return opcode, flags, [(v, t) for v, t in pairs if not isinstance(v, NegatedAddr)]
        index = negated[0]
        if len(negated) > 1 or (opcode == "sub" and index == 0):
            raise self.fail("unsupported constant expression: a negated address")
        value, t = pairs[index]
        other, other_t = pairs[1 - index]
        assert isinstance(value, NegatedAddr) and not isinstance(other, NegatedAddr)
        address = GlobalAddr(value.name, -value.offset)
        return ("sub" if opcode == "add" else "add"), flags - {"nuw", "nsw"}, [(other, other_t), (address, t)]

    def operand(self, op: llvm.ValueRef, t: IRType) -> Operand:
        """An operand of known type `t`."""
        k = op.value_kind
        if k is VK.instruction or k is VK.argument:
            return ValueRef(self.values[op])
        return self._constant(op, k, t)

    def _constant(self, op: llvm.ValueRef, k: llvm.ValueKind, t: IRType) -> Operand:
        if k is VK.constant_int:
            return Const(op.get_constant_value() & ((1 << t.bits) - 1), t.bits)
        if k is VK.constant_pointer_null:
            return Const(0, t.bits)
        if k is VK.undef_value or k is VK.poison_value:
            return Undef(t.bits)
        if k is VK.global_variable:
            return GlobalAddr(self.syms.names[op])
        if k is VK.function:
            return FunctionAddr(self.syms.names[op])
        if k is VK.constant_expr:
            try:
                value = self.syms.fold(op)
            except Unfoldable as e:
                raise self.fail(f"unsupported constant expression: {e}") from None
            if isinstance(value, NegatedAddr):
                raise self.fail("unsupported constant expression: a negated address")
            return value
        if k is VK.metadata_as_value:
            return Undef(0)
        if k is VK.constant_fp:
            raise self.fail("floating point is not supported")
        if k in (VK.constant_vector, VK.constant_data_vector):
            raise self.fail("vectors are not supported")
        if k is VK.inline_asm:
            raise self.fail("inline assembly is not supported")
        if k is VK.global_alias or k is VK.global_ifunc:
            raise self.fail("global aliases are not supported")
        raise self.fail(f"unsupported operand kind {k.name}")

    def build(self) -> IRFunction:
        fn = self.fn
        ftype = fn.global_value_type
        ret_t = self.types.of(ftype.get_function_return())
        params = list(fn.arguments)
        param_types = tuple(self.types.of(a.type) for a in params)
        if ftype.is_function_vararg:
            raise UnsupportedError("varargs are not supported (variadic function definition)", function=self.name)
        for t in (ret_t, *param_types):
            self.check_type(t)
        values: list[ValueInfo] = []
        unnamed = 0
        for i, (a, t) in enumerate(zip(params, param_types)):
            nm = a.name
            if not nm:
                nm = str(unnamed)
                unnamed += 1
            self.values[a] = i
            values.append(ValueInfo(i, nm, t, param_index=i))
            self.value_types.append(t)
        blocks = list(fn.blocks)
        text = insttext.split_function(self.text)
        if len(text.labels) != len(blocks):
            raise self.fail("cannot match the printed function with its blocks")
        raw: list[list[tuple[llvm.ValueRef, str, IRType, str, int | None]]] = []
        listed: list[list[tuple[llvm.ValueRef, str]]] = []
        count = 0
        for bi, b in enumerate(blocks):
            self.block_ids[b] = bi
            label = text.labels[bi]
            self.block_names.append(label if label is not None else (b.name or str(unnamed)))
            insts = list(b.instructions)
            lines = text.instructions[bi]
            if len(lines) != len(insts):
                lines = tuple(str(ins).strip() for ins in insts)
            listed.append(list(zip(insts, lines)))
        dropped = _assumptions(listed)
        for bi, pairs in enumerate(listed):
            row = []
            for ins, line in pairs:
                if ins in dropped:
                    continue
                opcode = insttext.opcode(line) or ins.opcode
                t = self.types.of(ins.type)
                vid: int | None = None
                if t.kind is not TypeKind.VOID:
                    vid = len(values)
                    self.values[ins] = vid
                    values.append(ValueInfo(vid, insttext.result_name(line), t, instruction=count))
                    self.value_types.append(t)
                row.append((ins, opcode, t, line, vid))
                count += 1
            raw.append(row)
        out_blocks: list[list[Instruction]] = []
        next_id = 0
        for bi, row in enumerate(raw):
            self.cur_block = self.block_names[bi]
            built = []
            for ins, opcode, t, line, vid in row:
                self.cur_text = line
                built.append(self.instruction(next_id, bi, ins, opcode, t, line, vid))
                next_id += 1
            out_blocks.append(built)
        self.cur_block = self.cur_text = ""
        preds = _predecessors(out_blocks)
        return IRFunction(
            name=self.name, return_type=ret_t, param_types=param_types, values=tuple(values),
            blocks=tuple(Block(bi, self.block_names[bi], tuple(insts), tuple(sorted(preds[bi])))
                         for bi, insts in enumerate(out_blocks)),
            is_declaration=False, is_vararg=False)

    def instruction(self, iid: int, bi: int, ins: llvm.ValueRef, opcode: str, t: IRType, line: str,
                    result: int | None) -> Instruction:
        why = REJECTED_OPCODES.get(opcode)
        if why is not None:
            raise self.fail(why)
        self.check_type(t)
        ops = list(ins.operands)
        f = _Fields()
        if opcode in _TEXT_FLAG_OPCODES:
            f.flags = insttext.flags(line, opcode)
        if opcode == "br":
            if len(ops) == 3:
                f.successors = (self.block_ids[ops[2]], self.block_ids[ops[1]])
                ops = ops[:1]
            else:
                f.successors = (self.block_ids[ops[0]],)
                ops = []
        elif opcode == "switch":
            self._switch(ops, line, f)
            ops = ops[:1]
        elif opcode == "phi":
            blocks = [self.block_ids[b] for b in ins.incoming_blocks]
            f.phi_incoming = tuple((b, self.operand(o, t)) for b, o in zip(blocks, ops))
            ops = []
        elif opcode == "icmp":
            f.predicate = insttext.icmp_predicate(line)
        elif opcode in ("load", "store"):
            if insttext.is_atomic(line):
                raise self.fail("atomics are not supported")
            f.align = insttext.align(line)
        elif opcode == "alloca":
            f.allocated_type = self._type_text(insttext.alloca_type, line)
            self.check_type(f.allocated_type)
            f.align = insttext.align(line)
        elif opcode in ("extractvalue", "insertvalue"):
            f.indices = insttext.aggregate_indices(line)
        elif opcode == "call":
            ops = self._call(ops, line, f)
        if opcode in ("add", "sub"):
            opcode, f.flags, pairs = self._arithmetic_operands(opcode, f.flags, ops)
        else:
            pairs = [self.typed_operand(o) for o in ops]
        operands = tuple(p[0] for p in pairs)
        op_types = tuple(p[1] for p in pairs)
        if opcode == "getelementptr":
            f.gep = self._gep(line, operands, op_types)
        return Instruction(
            id=iid, opcode=opcode, result=result, type=t,
            operands=operands, operand_types=op_types, block=bi, text=line, predicate=f.predicate, flags=f.flags,
            align=f.align, successors=f.successors, switch_cases=f.switch_cases, phi_incoming=f.phi_incoming,
            callee=f.callee, callee_operand=f.callee_operand, gep=f.gep, indices=f.indices,
            allocated_type=f.allocated_type)

    def _switch(self, ops: list[llvm.ValueRef], line: str, f: "_Fields") -> None:
        cond_t = self.types.of(ops[0].type)
        targets = [self.block_ids[o] for o in ops[1:]]
        values = insttext.switch_case_values(line)
        if len(values) != len(targets) - 1:
            raise self.fail("cannot read the switch cases")
        mask = (1 << cond_t.bits) - 1
        f.switch_cases = tuple((v & mask, b) for v, b in zip(values, targets[1:]))
        f.successors = tuple(targets)

    def _call(self, ops: list[llvm.ValueRef], line: str, f: "_Fields") -> list[llvm.ValueRef]:
        callee = ops[-1]
        kind = callee.value_kind
        if kind is VK.function:
            f.callee = self.syms.names[callee]
            if self.syms.vararg.get(f.callee, False):
                raise self.fail(f"varargs are not supported (call to variadic @{f.callee})")
        elif kind is VK.inline_asm:
            raise self.fail("inline assembly is not supported")
        else:
            if "...)" in line:
                raise self.fail("varargs are not supported (variadic indirect call)")
            ptr_t = self.types.of(callee.type)
            target = self.operand(callee, ptr_t)
            if isinstance(target, FunctionAddr):
                f.callee = target.name
            else:
                f.callee_operand = target
        return ops[:-1]

    def _type_text(self, reader: Callable[[str], str], line: str) -> IRType:
        try:
            return self.types.from_text(reader(line))
        except ValueError as e:
            raise self.fail(f"cannot read the type: {e}") from None

    def _gep(self, line: str, operands: tuple[Operand, ...], op_types: tuple[IRType, ...]) -> GepInfo:
        src = self._type_text(insttext.gep_source_type, line)
        offset = 0
        terms: list[tuple[Operand, int, int]] = []
        cur = src
        for n, (idx, it) in enumerate(zip(operands[1:], op_types[1:])):
            if n == 0:
                scale = cur.size
            elif cur.kind is TypeKind.STRUCT:
                if not isinstance(idx, Const):
                    raise self.fail("getelementptr with a variable struct index")
                offset += cur.offsets[idx.value]
                cur = cur.elements[idx.value]
                continue
            elif cur.kind is TypeKind.ARRAY:
                cur = cur.elements[0]
                scale = cur.size
            else:
                raise self.fail(f"getelementptr into {cur.text}")
            if isinstance(idx, Const):
                v = idx.value
                offset += (v - (1 << idx.bits) if v >> (idx.bits - 1) & 1 else v) * scale
            elif scale:
                terms.append((idx, it.bits, scale))
        return GepInfo(src, offset, tuple(terms))


_PURE = frozenset({"icmp", "add", "sub", "mul", "and", "or", "xor", "shl", "lshr", "ashr", "trunc", "zext", "sext",
                   "select", "getelementptr", "ptrtoint", "inttoptr", "freeze"})
"""Opcodes without side effects or undefined behaviour that traps (no division), whatever their operands."""


def _assumptions(blocks: list[list[tuple[llvm.ValueRef, str]]]) -> set[llvm.ValueRef]:
    """The `llvm.assume` calls of a function (each block: its instructions with their printed lines), and the
    instructions of `_PURE` opcodes all of whose uses are among them, transitively: facts stated for LLVM's
    optimiser, which have no effect on what the program computes (LangRef: llvm.assume) and would otherwise cost
    the backend code (typically the `icmp` that the loop unroller asserts of a remainder count, issue 18). A
    pure instruction without any use is not among them.

    Uses are read from the printed lines: an instruction's result prints as the same ``%name`` wherever it is
    an operand, and a ``%`` token that is not an operand (a block label, text in a string) can only add a
    user, which keeps an instruction rather than dropping it."""
    dropped: set[llvm.ValueRef] = set()
    if not any("@llvm.assume(" in line for pairs in blocks for _, line in pairs):
        return dropped   # the common case
    users: dict[str, list[llvm.ValueRef]] = {}
    pure: list[tuple[llvm.ValueRef, str]] = []
    for pairs in blocks:
        for ins, line in pairs:
            opcode = insttext.opcode(line) or ins.opcode
            result = insttext.RESULT_RE.match(line)
            if opcode == "call" and "@llvm.assume(" in line:
                dropped.add(ins)
            elif opcode in _PURE and result is not None:
                pure.append((ins, result.group(1)))
            for token in _LOCAL.findall(line, result.end() if result is not None else 0):
                users.setdefault(token, []).append(ins)
    changed = True
    while changed:
        changed = False
        for ins, name in reversed(pure):
            if ins not in dropped and name in users and all(u in dropped for u in users[name]):
                dropped.add(ins)
                changed = True
    return dropped


_LOCAL = re.compile(LOCAL_TOKEN)
"""A local symbol token of printed IR."""


def _predecessors(blocks: list[list[Instruction]]) -> list[list[int]]:
    """Per block, the blocks whose terminator names it, in layout order, without duplicates (blocks are visited
    in layout order, so a repeat can only be the list's last entry)."""
    preds: list[list[int]] = [[] for _ in blocks]
    for bi, insts in enumerate(blocks):
        for s in insts[-1].successors:
            if not preds[s] or preds[s][-1] != bi:
                preds[s].append(bi)
    return preds


@dataclass(slots=True)
class _Fields:
    """Optional `Instruction` fields collected while reading one instruction."""

    predicate: str | None = None
    flags: frozenset[str] = frozenset()
    align: int = 0
    successors: tuple[int, ...] = ()
    switch_cases: tuple[tuple[int, int], ...] = ()
    phi_incoming: tuple[tuple[int, Operand], ...] = ()
    callee: str | None = None
    callee_operand: Operand | None = None
    gep: GepInfo | None = None
    indices: tuple[int, ...] = ()
    allocated_type: IRType | None = None


def build_function(syms: ModuleSymbols, fn: llvm.ValueRef, name: str, text: str) -> IRFunction:
    """The view of the function definition `fn` (named `name` in the view), whose printed definition (from
    ``define`` to ``}``) is `text`.

    Raises `UnsupportedError` (function, block, instruction named) for inputs the backend cannot lower.
    """
    return _Walk(syms, fn, name, text).build()


def declaration(syms: ModuleSymbols, fn: llvm.ValueRef, name: str) -> IRFunction:
    """The view of an external declaration or intrinsic: signature only, parameters as values 0..n-1."""
    ftype = fn.global_value_type
    ret_t = syms.types.of(ftype.get_function_return())
    param_types = tuple(syms.types.of(p) for p in ftype.get_function_parameters())
    values = tuple(ValueInfo(i, a.name, t, param_index=i) for i, (a, t) in enumerate(zip(fn.arguments, param_types)))
    return IRFunction(name=name, return_type=ret_t, param_types=param_types, values=values, blocks=(),
                      is_declaration=True, is_vararg=bool(ftype.is_function_vararg))
