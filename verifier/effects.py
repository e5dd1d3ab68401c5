"""What one PVM instruction does to registers, stack-relative memory and control, derived from its meaning.

What it does: `effects(ins)` runs the one statement of meaning (`pvm_backend.semantics.execute`) on z3 terms
(`verifier.z3_bitvec`): every register starts as the symbol ``r0``..``r12``, every load returns a fresh
symbol, and the machine records stores and control transfers. Each written register and each store is then
classified by the shape of its term:

  * ``COPY``      the new value is exactly the old value of one register (`move_reg`, and nothing else);
  * ``LOAD``      the new value is exactly an 8-byte word loaded from ``r1 + c`` (a frame cell);
  * ``SP_ADD``    the new value is ``r1 + c`` written to r1 (frame allocation or release);
  * ``COMPUTED``  anything else (arithmetic, narrower or sign-extending loads, loads from other addresses,
                  conditional moves, constants).
  A store's address is likewise ``r1 + c`` (a frame access, `Access.offset` = c) or anything else (memory the
  verifier does not track); its stored value is a register (8-byte stores) or a computed value.

Assumes: the instruction is concrete (symbolic labels resolved to placeholders: only registers matter here).

Guarantees: the classification is exact for the shapes above; anything the classifier does not recognise is
``COMPUTED``, which the verifier treats as "not a copy", never as a copy. Results are cached per instruction.
"""

from __future__ import annotations

import enum
import functools
from dataclasses import dataclass

import z3

from pvm_backend.isa import Instruction
from pvm_backend.semantics import execute

from .z3_bitvec import Z3BitVec

SP = 1
_REGS = tuple(z3.BitVec(f"r{i}", 64) for i in range(13))
_REGISTER_OF = {r.get_id(): i for i, r in enumerate(_REGS)}
"""z3's id of the symbol r_i -> i (z3 shares equal terms: a term is the symbol exactly when it has its id)."""
_BV = Z3BitVec()


class WriteKind(enum.Enum):
    """How a register's new value relates to the machine state before the instruction."""

    COPY = "copy"
    """Exactly the old value of register `RegisterWrite.source`."""
    LOAD = "load"
    """Exactly the 8-byte word at frame offset `RegisterWrite.offset` (relative to the old r1)."""
    SP_ADD = "sp-add"
    """r1 ← r1 + `RegisterWrite.offset` (only ever for r1)."""
    COMPUTED = "computed"
    """Any other value."""


@dataclass(frozen=True, slots=True)
class RegisterWrite:
    """One register written by an instruction."""

    register: int
    """The register written (0-12)."""
    kind: WriteKind
    """How its new value was obtained."""
    source: int | None = None
    """For COPY: the register copied."""
    offset: int | None = None
    """For LOAD: the signed byte offset from r1 of the word loaded; for SP_ADD: the signed amount added."""


@dataclass(frozen=True, slots=True)
class Access:
    """One memory access (load or store) of an instruction."""

    size: int
    """Bytes accessed (1, 2, 4 or 8)."""
    offset: int | None
    """Signed byte offset from r1 when the address is ``r1 + offset`` (mod 2^32); None for other addresses."""
    source: int | None = None
    """For an 8-byte store of a register's exact value: that register; else None (a computed value)."""


class ControlKind(enum.Enum):
    """A control transfer performed by an instruction (GP A.5)."""

    BRANCH = "branch"
    """Conditional static branch to `Effects.target` (or fall through)."""
    JUMP = "jump"
    """Unconditional static jump to `Effects.target`."""
    DJUMP = "djump"
    """Dynamic jump through the jump table to the address in register `Effects.djump_register` + offset."""
    TRAP = "trap"
    """Panic: execution ends here."""
    HOST = "host"
    """Host call (`ecalli`); execution resumes at the next instruction."""


@dataclass(frozen=True, slots=True)
class Effects:
    """Everything the verifier needs to know about one instruction."""

    writes: tuple[RegisterWrite, ...]
    """Registers written, in order of the first write."""
    loads: tuple[Access, ...]
    """Memory loads, in order."""
    stores: tuple[Access, ...]
    """Memory stores, in order."""
    control: tuple[ControlKind, ...]
    """Control transfers, in order (empty: falls through)."""
    djump_register: int | None = None
    """For DJUMP: the register whose value (plus an immediate) is the jump address."""
    sp_in_values: bool = False
    """Whether r1's value reaches anything but a memory address: a written register, a stored value, a branch
    condition or a jump address (the stack pointer is then more than the base of a frame access)."""


class _SymbolicMachine:
    """A `semantics.Machine` over z3 terms that records what the instruction does."""

    def __init__(self) -> None:
        self.regs: dict[int, z3.BitVecRef] = {}
        self.order: list[int] = []
        self.loads: list[tuple[z3.BitVecRef, int, z3.BitVecRef]] = []
        self.stores: list[tuple[z3.BitVecRef, int, z3.BitVecRef]] = []
        self.control: list[ControlKind] = []
        self.conditions: list[z3.BoolRef] = []
        self.djump_address: z3.BitVecRef | None = None

    def reg(self, index: int) -> z3.BitVecRef:
        return self.regs.get(index, _REGS[index])

    def set_reg(self, index: int, value: z3.BitVecRef) -> None:
        if index not in self.order:
            self.order.append(index)
        self.regs[index] = value

    def load(self, address: z3.BitVecRef, size: int) -> z3.BitVecRef:
        word = z3.BitVec(f"load{len(self.loads)}", 8 * size)
        value = word if size == 8 else z3.ZeroExt(64 - 8 * size, word)
        self.loads.append((address, size, value))
        return value

    def store(self, address: z3.BitVecRef, size: int, value: z3.BitVecRef) -> None:
        self.stores.append((address, size, value))

    def branch(self, cond: z3.BoolRef, target: int) -> None:
        self.control.append(ControlKind.BRANCH)
        self.conditions.append(cond)

    def jump(self, target: int) -> None:
        self.control.append(ControlKind.JUMP)

    def djump(self, address: z3.BitVecRef) -> None:
        self.control.append(ControlKind.DJUMP)
        self.djump_address = address

    def trap(self) -> None:
        self.control.append(ControlKind.TRAP)

    def host_call(self, index: int) -> None:
        self.control.append(ControlKind.HOST)

    def sbrk(self, size: z3.BitVecRef) -> z3.BitVecRef:
        return z3.BitVec("sbrk", 64)


def _same(a: z3.ExprRef, b: z3.ExprRef) -> bool:
    return bool(z3.eq(z3.simplify(a), z3.simplify(b)))


def _sp_offset(address: z3.BitVecRef) -> int | None:
    """c when `address` is (r1 + c) mod 2^32 for a constant c (as a signed 32-bit number), else None."""
    at_zero = z3.simplify(z3.substitute(address, (_REGS[SP], z3.BitVecVal(0, 64))))
    if not z3.is_bv_value(at_zero):
        return None
    c = at_zero.as_long() & 0xFFFFFFFF
    expected = _BV.zext(_REGS[SP] + z3.BitVecVal(c, 64), 32)
    if not _same(address, expected):
        return None
    return c - (1 << 32) if c >= 1 << 31 else c


def _register_of(term: z3.BitVecRef) -> int | None:
    """i when `term` is exactly the symbol r_i (after z3's rewriter)."""
    simple = z3.simplify(term)
    if not z3.is_const(simple) or z3.is_bv_value(simple):
        return None
    return _REGISTER_OF.get(simple.get_id())


def _classify(index: int, term: z3.BitVecRef, loads: list[tuple[z3.BitVecRef, int, z3.BitVecRef]]) -> RegisterWrite:
    source = _register_of(term)
    if source is not None:
        return RegisterWrite(index, WriteKind.COPY, source=source)
    for address, size, value in loads:
        if size == 8 and z3.eq(term, value):
            offset = _sp_offset(address)
            if offset is not None:
                return RegisterWrite(index, WriteKind.LOAD, offset=offset)
    if index == SP:
        delta = z3.simplify(term - _REGS[SP])
        if z3.is_bv_value(delta):
            amount = delta.as_long()
            return RegisterWrite(index, WriteKind.SP_ADD, offset=amount - (1 << 64) if amount >= 1 << 63 else amount)
    return RegisterWrite(index, WriteKind.COMPUTED)


@functools.lru_cache(maxsize=16384)
def effects(ins: Instruction) -> Effects:
    """The effects of the concrete instruction `ins` (see the module docstring), derived from `execute`."""
    m = _SymbolicMachine()
    execute(_BV, m, ins)
    writes = tuple(_classify(i, m.regs[i], m.loads) for i in m.order)
    loads = tuple(Access(size, _sp_offset(address)) for address, size, _ in m.loads)
    stores = tuple(Access(size, _sp_offset(address), _register_of(value) if size == 8 else None)
                   for address, size, value in m.stores)
    djump_register = None
    if m.djump_address is not None:
        djump_register = _djump_base(m.djump_address)
    values = [*m.regs.values(), *(value for _, _, value in m.stores), *m.conditions,
              *([m.djump_address] if m.djump_address is not None else [])]
    sp_in_values = any(_mentions(term, _REGS[SP]) for term in values)
    return Effects(writes, loads, stores, tuple(m.control), djump_register, sp_in_values)


def _mentions(term: z3.ExprRef, symbol: z3.ExprRef) -> bool:
    """Whether `symbol` occurs in `term` (before any simplification: an occurrence that cancels still counts).
    z3 shares equal terms, and its substitution rebuilds exactly the terms above an occurrence without rewriting
    them: `term` with `symbol` replaced by a symbol of its own is `term` itself only when `symbol` does not
    occur (one call into z3 instead of a walk over the term's nodes from Python)."""
    return not z3.eq(z3.substitute(term, (symbol, z3.FreshConst(symbol.sort(), "absent"))), term)


def _djump_base(address: z3.BitVecRef) -> int | None:
    """The register r when the jump address is (r + c) mod 2^32."""
    for i, r in enumerate(_REGS):
        at_zero = z3.simplify(z3.substitute(address, (r, z3.BitVecVal(0, 64))))
        if z3.is_bv_value(at_zero):
            c = at_zero.as_long()
            if _same(address, _BV.zext(r + z3.BitVecVal(c, 64), 32)):
                return i
    return None
