"""A basic-block compiler: runs the instruction meanings of `pvm_backend.semantics` on Python source text.

What it does: `compile_block(program, pc)` decodes the instructions from `pc` up to and including the next
terminator (at most `MAX_BLOCK` instructions), runs `semantics.execute` on each with `SourceBitVec` (a
`BitVec[str, str]` whose words are Python expressions) and `_SourceMachine` (whose effects emit statements), and
`exec`s the result into one Python function. The meanings are not restated here: only how to spell each protocol
operation in Python and how to leave the block.

The compiled function is `fn(R, RD, WR, DJ) -> int` with R the register list, RD/WR the `Memory.readable` /
`Memory.writable` page dictionaries and DJ `DecodedProgram.djump_targets`. It returns the next pc (>= 0) when the
whole block ran, or `~k` when instruction k of the block must be performed by the exact single-stepper instead
(memory access that is not a simple in-page hit, trap, invalid opcode, host call, sbrk, a taken jump to a
non-block-start, a dynamic jump that halts or panics). In that case R holds exactly the registers before
instruction k and memory holds the effects of instructions 0..k-1 only.

Assumes: the caller charges gas (`CompiledBlock.count`) before calling and refunds `count - k` on `~k`.
Guarantees: registers are held in local SSA names and written back only at exits; single-use pure temporaries
are inlined; constant subexpressions are folded with `IntBitVec`, the same implementation single-stepping uses.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pvm_backend.bitvec import INT_BV, MASK64
from pvm_backend.isa import Opcode
from pvm_backend.semantics import DecodedProgram, execute

#: Longest block compiled (instructions); longer straight-line code is split into several blocks.
MAX_BLOCK = 64
_M = str(MASK64)
_S = str(1 << 63)
_NAME = re.compile(r"\b(t\d+)\b")
#: Opcodes the compiler leaves to the single-stepper (they end the compiled part of a block).
_STEPPED = frozenset({Opcode.TRAP, Opcode.ECALLI, Opcode.SBRK})


@dataclass(frozen=True)
class CompiledBlock:
    """One compiled run of instructions."""

    fn: Callable[[list[int], dict[int, bytearray], dict[int, bytearray], dict[int, int]], int]
    """The compiled function (see the module docstring for its contract)."""
    count: int
    """Number of instructions (= gas charged up front)."""
    pcs: tuple[int, ...]
    """Code offset of each instruction, for resuming at instruction k."""
    source: str
    """The generated Python source (for debugging)."""


class HandBack(Exception):
    """The instruction being compiled exits to the single-stepper unconditionally."""


class HandsBackEffects:
    """The `Machine` effects a compiler never compiles (trap, host call, sbrk): each raises `HandBack`, so the
    instruction is left to the exact single-stepper (shared by this module and `pvm_backend.native`)."""

    def trap(self) -> None:
        raise HandBack

    def host_call(self, index: int) -> None:
        raise HandBack

    def sbrk(self, size: str) -> str:
        raise HandBack


def _lit(text: str) -> int | None:
    return int(text) if text.isdigit() else None


class SourceBitVec:
    """`BitVec[str, str]`: each word is a Python expression over locals; constants fold through `IntBitVec`."""

    def __init__(self, gen: _Generator) -> None:
        self.gen = gen

    def _op(self, name: str, template: str, *args: str) -> str:
        values = [_lit(a) for a in args]
        if all(v is not None for v in values):
            return str(getattr(INT_BV, name)(*values))
        return self.gen.temp(template.format(*args))

    def _cmp(self, name: str, template: str, a: str, b: str) -> str:
        x, y = _lit(a), _lit(b)
        if x is not None and y is not None:
            return "True" if getattr(INT_BV, name)(x, y) else "False"
        return self.gen.temp(template.format(a, b))

    def const(self, value: int) -> str:
        return str(value & MASK64)

    def add(self, a: str, b: str) -> str:
        return self._op("add", "({} + {}) & " + _M, a, b)

    def sub(self, a: str, b: str) -> str:
        return self._op("sub", "({} - {}) & " + _M, a, b)

    def mul(self, a: str, b: str) -> str:
        return self._op("mul", "({} * {}) & " + _M, a, b)

    def mul_upper_uu(self, a: str, b: str) -> str:
        return self._op("mul_upper_uu", "({} * {}) >> 64", a, b)

    def mul_upper_ss(self, a: str, b: str) -> str:
        return self._op("mul_upper_ss", f"(((({{}} ^ {_S}) - {_S}) * (({{}} ^ {_S}) - {_S})) >> 64) & {_M}", a, b)

    def mul_upper_su(self, a: str, b: str) -> str:
        return self._op("mul_upper_su", f"(((({{}} ^ {_S}) - {_S}) * {{}}) >> 64) & {_M}", a, b)

    def udiv(self, a: str, b: str) -> str:
        return self._op("udiv", "_udiv({}, {})", a, b)

    def sdiv(self, a: str, b: str) -> str:
        return self._op("sdiv", "_sdiv({}, {})", a, b)

    def urem(self, a: str, b: str) -> str:
        return self._op("urem", "_urem({}, {})", a, b)

    def srem(self, a: str, b: str) -> str:
        return self._op("srem", "_srem({}, {})", a, b)

    def and_(self, a: str, b: str) -> str:
        return self._op("and_", "{} & {}", a, b)

    def or_(self, a: str, b: str) -> str:
        return self._op("or_", "{} | {}", a, b)

    def xor(self, a: str, b: str) -> str:
        return self._op("xor", "{} ^ {}", a, b)

    def not_(self, a: str) -> str:
        return self._op("not_", "{} ^ " + _M, a)

    def shl(self, a: str, amount: str) -> str:
        return self._op("shl", "({} << {}) & " + _M, a, amount)

    def lshr(self, a: str, amount: str) -> str:
        return self._op("lshr", "{} >> {}", a, amount)

    def ashr(self, a: str, amount: str) -> str:
        return self._op("ashr", f"((({{}} ^ {_S}) - {_S}) >> {{}}) & {_M}", a, amount)

    def eq(self, a: str, b: str) -> str:
        return self._cmp("eq", "{} == {}", a, b)

    def ne(self, a: str, b: str) -> str:
        return self._cmp("ne", "{} != {}", a, b)

    def ult(self, a: str, b: str) -> str:
        return self._cmp("ult", "{} < {}", a, b)

    def ule(self, a: str, b: str) -> str:
        return self._cmp("ule", "{} <= {}", a, b)

    def slt(self, a: str, b: str) -> str:
        return self._cmp("slt", f"({{}} ^ {_S}) < ({{}} ^ {_S})", a, b)

    def sle(self, a: str, b: str) -> str:
        return self._cmp("sle", f"({{}} ^ {_S}) <= ({{}} ^ {_S})", a, b)

    def ite(self, cond: str, then: str, other: str) -> str:
        if cond in ("True", "False"):
            return then if cond == "True" else other
        return self.gen.temp(f"{then} if {cond} else {other}")

    def sext(self, a: str, bits: int) -> str:
        if bits == 64:
            return a
        sign = 1 << (bits - 1)
        return self._op("sext", f"((({{}} & {(1 << bits) - 1}) ^ {sign}) - {sign}) & {_M}", a, str(bits))

    def zext(self, a: str, bits: int) -> str:
        if bits == 64:
            return a
        return self._op("and_", "{} & {}", a, str((1 << bits) - 1))

    def popcount(self, a: str) -> str:
        return self._op("popcount", "({}).bit_count()", a)

    def clz(self, a: str) -> str:
        return self._op("clz", "64 - ({}).bit_length()", a)

    def ctz(self, a: str) -> str:
        return self._op("ctz", "_ctz({})", a)

    def bswap(self, a: str) -> str:
        return self._op("bswap", "_bswap({})", a)


class _Generator:
    """Straight-line code under construction: (target, text, inlinable) lines plus the register SSA map."""

    def __init__(self) -> None:
        self.lines: list[tuple[str | None, str, bool]] = []
        self.count = 0
        self.current: dict[int, str] = {}
        """Register → the expression (name or literal) holding its value now."""
        self.read_first: set[int] = set()
        """Registers read before being written (loaded in the prologue)."""

    def temp(self, expr: str, inlinable: bool = True) -> str:
        name = f"t{self.count}"
        self.count += 1
        self.lines.append((name, expr, inlinable))
        return name

    def stmt(self, text: str) -> None:
        self.lines.append((None, text, False))

    def reg(self, index: int) -> str:
        value = self.current.get(index)
        if value is None:
            value = self.current[index] = f"r{index}"
            self.read_first.add(index)
        return value

    def write_back(self, regs: dict[int, str], indent: str) -> str:
        return "".join(f"{indent}R[{i}] = {v}\n" for i, v in sorted(regs.items()) if v != f"r{i}")

    def exit_to_stepper(self, k: int, snapshot: dict[int, str], indent: str = "") -> str:
        return self.write_back(snapshot, indent) + f"{indent}return {~k}\n"

    def source(self) -> str:
        """The function text, with single-use pure temporaries inlined and unused ones dropped."""
        uses: dict[str, int] = {}
        for _, text, _ in self.lines:
            for name in _NAME.findall(text):
                uses[name] = uses.get(name, 0) + 1
        inline: dict[str, str] = {}
        body: list[str] = []
        for target, text, inlinable in self.lines:
            text = _NAME.sub(lambda m: inline.get(m.group(1), m.group(1)), text)
            if target is None:
                body.append(text if text.endswith("\n") else text + "\n")
            elif inlinable and uses.get(target, 0) <= 1:
                inline[target] = f"({text})"
            else:
                body.append(f"{target} = {text}\n")
        prologue = "".join(f"r{i} = R[{i}]\n" for i in sorted(self.read_first))
        code = prologue + "".join(body)
        return "def block(R, RD, WR, DJ):\n" + "".join("    " + line + "\n" for line in code.splitlines())


class _SourceMachine(HandsBackEffects):
    """`Machine[str, str]` that emits code for instruction `k` of the block being compiled."""

    def __init__(self, gen: _Generator, program: DecodedProgram) -> None:
        self.gen = gen
        self.program = program
        self.k = 0
        """Index of the instruction being compiled within the block."""
        self.pc = 0
        """Its code offset."""
        self.snapshot: dict[int, str] = {}
        self.ending: str | None = None
        """Set when the instruction ends the block: the code that leaves it."""

    def reg(self, index: int) -> str:
        return self.gen.reg(index)

    def set_reg(self, index: int, value: str) -> None:
        self.gen.current[index] = value

    def _access(self, table: str, address: str, size: int) -> tuple[str, str]:
        gen = self.gen
        page = gen.temp(f"{table}.get({address} >> 12)", inlinable=False)
        offset = gen.temp(f"{address} & 4095")
        gen.stmt(f"if {page} is None or {offset} > {4096 - size}:\n"
                 + gen.exit_to_stepper(self.k, self.snapshot, "    "))
        return page, offset

    def load(self, address: str, size: int) -> str:
        page, offset = self._access("RD", address, size)
        if size == 1:
            return self.gen.temp(f"{page}[{offset}]", inlinable=False)
        return self.gen.temp(f"int.from_bytes({page}[{offset}:{offset} + {size}], 'little')", inlinable=False)

    def store(self, address: str, size: int, value: str) -> None:
        page, offset = self._access("WR", address, size)
        if size == 1:
            self.gen.stmt(f"{page}[{offset}] = {value} & 255")
        else:
            self.gen.stmt(f"{page}[{offset}:{offset} + {size}] = "
                          f"({value} & {(1 << (8 * size)) - 1}).to_bytes({size}, 'little')")

    def branch(self, cond: str, target: str | int) -> None:
        gen = self.gen
        if cond == "False":
            return
        if cond == "True":
            self.jump(int(target))
            return
        _, next_pc = self.program.instruction(self.pc)
        if int(target) in self.program.starts:
            self.ending = gen.write_back(gen.current, "") + f"return {target} if {cond} else {next_pc}\n"
        else:
            self.ending = (f"if {cond}:\n" + gen.exit_to_stepper(self.k, self.snapshot, "    ")
                           + gen.write_back(gen.current, "") + f"return {next_pc}\n")

    def jump(self, target: int) -> None:
        if target not in self.program.starts:
            raise HandBack
        self.ending = self.gen.write_back(self.gen.current, "") + f"return {target}\n"

    def djump(self, address: str) -> None:
        gen = self.gen
        dest = gen.temp(f"DJ.get({address})", inlinable=False)
        self.ending = (f"if {dest} is None:\n" + gen.exit_to_stepper(self.k, self.snapshot, "    ")
                       + gen.write_back(gen.current, "") + f"return {dest}\n")


_NAMESPACE = {"_udiv": INT_BV.udiv, "_sdiv": INT_BV.sdiv, "_urem": INT_BV.urem, "_srem": INT_BV.srem,
              "_ctz": INT_BV.ctz, "_bswap": INT_BV.bswap}


def compile_block(program: DecodedProgram, pc: int) -> CompiledBlock:
    """Compile the instructions from `pc` to the next terminator (or `MAX_BLOCK` of them, or the first one
    that must be single-stepped, which is then included as an unconditional hand-back)."""
    gen = _Generator()
    bv = SourceBitVec(gen)
    machine = _SourceMachine(gen, program)
    pcs: list[int] = []
    ending: str | None = None
    while ending is None:
        k = len(pcs)
        ins, next_pc = program.instruction(pc)
        pcs.append(pc)
        machine.k, machine.pc, machine.snapshot = k, pc, dict(gen.current)
        mark = len(gen.lines)
        try:
            if ins is None or ins.opcode in _STEPPED:
                raise HandBack
            execute(bv, machine, ins)
        except HandBack:
            del gen.lines[mark:]
            gen.current = machine.snapshot
            ending = gen.exit_to_stepper(k, gen.current)
            break
        if machine.ending is not None:
            ending = machine.ending
        elif ins.is_terminator or len(pcs) >= MAX_BLOCK:
            ending = gen.write_back(gen.current, "") + f"return {next_pc}\n"
        pc = next_pc
    gen.stmt(ending)
    source = gen.source()
    namespace: dict[str, Any] = dict(_NAMESPACE)
    exec(compile(source, f"<pvm block @{pcs[0]}>", "exec"), namespace)
    return CompiledBlock(namespace["block"], len(pcs), tuple(pcs), source)
