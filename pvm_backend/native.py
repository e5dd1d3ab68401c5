"""The interpreter's native engine: the instruction meanings of `pvm_backend.semantics` compiled to C once.

What it does: `c_source()` runs `semantics.execute` once per opcode with `CBitVec` (a `BitVec[str, str]` whose
words are C expressions over `uint64_t`) and `_CMachine` (whose effects are C statements), on a template
instruction whose operand fields are the C fields of the decoded record (`I->ra`, `I->x`, ...), and wraps the
cases in one C function, `pvm_run`: a loop over a pre-decoded instruction array indexed by pc. `load()` compiles
that source with the system C compiler into a shared library, cached by the machine type and the source's
SHA-256 under `cache_directory()`, and binds it with ctypes. `NativeMachine` is one PVM's state on the C side
(registers, gas, pc, the page tables of its `Memory`), `NativeCode` one program's decoded instructions (shared by
every run of the same blob, as `DecodedProgram` is). The meanings are not restated here: only how to spell each `BitVec`
operation and each machine effect in C.

Contract of `pvm_run(state, budget)` (the same hand-back contract as `pvm_backend.blockjit`, per instruction):
it performs instructions while each is a plain case, charging 1 gas each, and returns with the state at an
instruction boundary: `STEP` when the instruction at `state.pc` must be performed by the exact single-stepper
(out of gas, a memory access that is not an in-page hit of the page tables, trap, invalid opcode, host call,
sbrk, a taken jump to a non-block-start, a dynamic jump that halts or panics, a pc outside the code); `BUDGET`
after about `budget` instructions (so a long run returns to Python now and then, where Ctrl-C works). A hand-back
leaves the instruction without any effect: register writes are made after every check, and an instruction has at
most one memory access. The engine decodes a basic block when it first reaches it, with a C transcription of
`isa.skip_length` and `isa.decode_fields` (the one piece written twice: decoding in Python costs about 3 µs an
instruction, which decided short runs; tests/pvm/test_native.py checks the two agree on every opcode byte, every
skip and random operand bytes).

Assumes: a little-endian host (checked when the library loads) and a C compiler (`cc`, or `$CC`); without one
`load()` returns None and the interpreter uses its Python block compiler. Pages never move: the page tables
point into the `bytearray`s of `Memory.readable` / `Memory.writable`, kept in step through `Memory.changes`.
"""

from __future__ import annotations

import ctypes
import hashlib
import logging
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from pvm_backend.bitvec import MASK64
from pvm_backend.blockjit import HandBack, HandsBackEffects
from pvm_backend.isa import CLASS_FIELDS, MAX_SKIP, NUM_REGISTERS, OPCODE_TABLE, OperandClass, Opcode
from pvm_backend.memory import PAGE_SHIFT, Memory
from pvm_backend.semantics import JUMP_ALIGNMENT, DecodedProgram, execute

LOG = logging.getLogger(__name__)

STEP, BUDGET = 0, 1
"""Return codes of `pvm_run` (module docstring)."""
UNDECODED = 0
"""`kind` of a record not decoded yet."""
STEPPED = 0xFFFF
"""`kind` of a record the single-stepper performs (invalid opcode, trap, ecalli, sbrk)."""
NO_TARGET = 0xFFFFFFFF
"""`target` of a branch or jump whose target is not a block start (taking it is a panic: the stepper's)."""
LEAF_BITS = 10
LEAF = 1 << LEAF_BITS
"""Page tables have two levels: 1024 roots of 1024 pages (4 MiB) each, a leaf allocated when a page in it is
mapped, so a PVM that maps little costs little."""
ROOTS = 1 << (32 - PAGE_SHIFT - LEAF_BITS)
_STEPPED_OPCODES = frozenset({Opcode.TRAP, Opcode.ECALLI, Opcode.SBRK})


class CBitVec:
    """`BitVec[str, str]`: words are C expressions of type `uint64_t`, booleans C expressions of type `int`."""

    def const(self, value: int | str) -> str:
        return value if isinstance(value, str) else f"{value & MASK64}ULL"

    def add(self, a: str, b: str) -> str:
        return f"({a} + {b})"

    def sub(self, a: str, b: str) -> str:
        return f"({a} - {b})"

    def mul(self, a: str, b: str) -> str:
        return f"({a} * {b})"

    def mul_upper_uu(self, a: str, b: str) -> str:
        return f"(uint64_t)(((unsigned __int128){a} * {b}) >> 64)"

    def mul_upper_ss(self, a: str, b: str) -> str:
        return f"(uint64_t)(((__int128)(int64_t){a} * (int64_t){b}) >> 64)"

    def mul_upper_su(self, a: str, b: str) -> str:
        return f"(uint64_t)(((__int128)(int64_t){a} * (__int128){b}) >> 64)"

    def udiv(self, a: str, b: str) -> str:
        return f"udiv64({a}, {b})"

    def sdiv(self, a: str, b: str) -> str:
        return f"sdiv64({a}, {b})"

    def urem(self, a: str, b: str) -> str:
        return f"urem64({a}, {b})"

    def srem(self, a: str, b: str) -> str:
        return f"srem64({a}, {b})"

    def and_(self, a: str, b: str) -> str:
        return f"({a} & {b})"

    def or_(self, a: str, b: str) -> str:
        return f"({a} | {b})"

    def xor(self, a: str, b: str) -> str:
        return f"({a} ^ {b})"

    def not_(self, a: str) -> str:
        return f"(~{a})"

    def shl(self, a: str, amount: str) -> str:
        return f"shl64({a}, {amount})"

    def lshr(self, a: str, amount: str) -> str:
        return f"lshr64({a}, {amount})"

    def ashr(self, a: str, amount: str) -> str:
        return f"ashr64({a}, {amount})"

    def eq(self, a: str, b: str) -> str:
        return f"({a} == {b})"

    def ne(self, a: str, b: str) -> str:
        return f"({a} != {b})"

    def ult(self, a: str, b: str) -> str:
        return f"({a} < {b})"

    def ule(self, a: str, b: str) -> str:
        return f"({a} <= {b})"

    def slt(self, a: str, b: str) -> str:
        return f"((int64_t){a} < (int64_t){b})"

    def sle(self, a: str, b: str) -> str:
        return f"((int64_t){a} <= (int64_t){b})"

    def ite(self, cond: str, then: str, other: str) -> str:
        return f"({cond} ? {then} : {other})"

    def sext(self, a: str, bits: int) -> str:
        return a if bits == 64 else f"(uint64_t)(int64_t)(int{bits}_t)(uint{bits}_t){a}"

    def zext(self, a: str, bits: int) -> str:
        return a if bits == 64 else f"({a} & {(1 << bits) - 1}ULL)"

    def popcount(self, a: str) -> str:
        return f"(uint64_t)__builtin_popcountll({a})"

    def clz(self, a: str) -> str:
        return f"clz64({a})"

    def ctz(self, a: str) -> str:
        return f"ctz64({a})"

    def bswap(self, a: str) -> str:
        return f"__builtin_bswap64({a})"


class _CMachine(HandsBackEffects):
    """`Machine[str, str]` whose effects are C statements; register writes wait until every check is made."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.writes: list[tuple[str, str]] = []
        self.count = 0
        self.ends = False
        """Whether the instruction sets `npc` itself (control flow)."""

    def temp(self, expr: str) -> str:
        name = f"t{self.count}"
        self.count += 1
        self.lines.append(f"uint64_t {name} = {expr};")
        return name

    def reg(self, index: str) -> str:
        return self.temp(f"R[{index}]")

    def set_reg(self, index: str, value: str) -> None:
        self.writes.append((index, self.temp(value)))

    def _page(self, table: str, address: str, size: int) -> tuple[str, str]:
        a = self.temp(address)
        page = f"p{self.count}"
        self.count += 1
        self.lines.append(f"uint8_t **{page}l = S->{table}[{a} >> {PAGE_SHIFT + LEAF_BITS}];")
        self.lines.append(f"if ({page}l == 0) goto step;")
        self.lines.append(f"uint8_t *{page} = {page}l[({a} >> {PAGE_SHIFT}) & {LEAF - 1}];")
        self.lines.append(f"if ({page} == 0 || ({a} & 4095) > {4096 - size}) goto step;")
        return page, f"({a} & 4095)"

    def load(self, address: str, size: int) -> str:
        page, offset = self._page("rd", address, size)
        word = f"w{self.count}"
        self.count += 1
        self.lines.append(f"uint64_t {word} = 0; memcpy(&{word}, {page} + {offset}, {size});")
        return word

    def store(self, address: str, size: int, value: str) -> None:
        v = self.temp(value)
        page, offset = self._page("wr", address, size)
        self.lines.append(f"memcpy({page} + {offset}, &{v}, {size});")

    def branch(self, cond: str, target: str) -> None:
        self.lines.append(f"if ({cond}) {{ if ({target} == {NO_TARGET}u) goto step; npc = {target}; }}")

    def jump(self, target: str) -> None:
        self.lines.append(f"if ({target} == {NO_TARGET}u) goto step;")
        self.lines.append(f"npc = {target};")

    def djump(self, address: str) -> None:
        a = self.temp(address)
        self.lines.append(f"if ({a} >= S->jn || S->jt[{a}] == {NO_TARGET}u) goto step;")
        self.lines.append(f"npc = S->jt[{a}];")


_FIELDS = {"ra": "I->ra", "rb": "I->rb", "rd": "I->rd", "x": "I->x", "y": "I->y", "target": "I->target"}

_PRELUDE = r"""
#include <stdint.h>
#include <string.h>

typedef struct { uint64_t x, y; uint32_t target, next; uint16_t kind; uint8_t ra, rb, rd, pad[3]; } Ins;
typedef struct {
    uint64_t regs[13];
    int64_t gas;
    uint64_t pc;
    uint64_t n;
    Ins *ins;
    uint8_t ***rd;
    uint8_t ***wr;
    uint32_t *jt;
    uint64_t jn;
    const uint8_t *code;
    const uint8_t *mask;
    const uint8_t *starts;
} State;

@TABLES@

static inline uint64_t udiv64(uint64_t a, uint64_t b) { return b ? a / b : 0; }
static inline uint64_t urem64(uint64_t a, uint64_t b) { return b ? a % b : 0; }
static inline uint64_t sdiv64(uint64_t a, uint64_t b) {
    if (b == 0) return 0;
    if ((int64_t)b == -1) return 0 - a;
    return (uint64_t)((int64_t)a / (int64_t)b);
}
static inline uint64_t srem64(uint64_t a, uint64_t b) {
    if (b == 0 || (int64_t)b == -1) return 0;
    return (uint64_t)((int64_t)a % (int64_t)b);
}
static inline uint64_t shl64(uint64_t a, uint64_t n) { return n < 64 ? a << n : 0; }
static inline uint64_t lshr64(uint64_t a, uint64_t n) { return n < 64 ? a >> n : 0; }
static inline uint64_t ashr64(uint64_t a, uint64_t n) {
    return (uint64_t)((int64_t)a >> (n < 64 ? n : 63));
}
static inline uint64_t clz64(uint64_t a) { return a ? (uint64_t)__builtin_clzll(a) : 64; }
static inline uint64_t ctz64(uint64_t a) { return a ? (uint64_t)__builtin_ctzll(a) : 64; }

/* Decoding, GP A.3-A.5: a transcription of isa.skip_length and isa.decode_fields (their docstrings are the
   rules), checked against them by tests/pvm/test_native.py on every opcode byte, skip and operand pattern. */
static uint64_t zeta(const uint8_t *code, uint64_t n, uint64_t start, unsigned len) {
    uint64_t v = 0;
    for (unsigned i = 0; i < len; i++) {
        if (start + i < n) v |= (uint64_t)code[start + i] << (8 * i);
    }
    return v;
}
static uint64_t sx(uint64_t v, unsigned nbytes) {
    if (nbytes == 0) return 0;
    if (nbytes >= 8) return v;
    uint64_t low = (1ULL << (8 * nbytes)) - 1;
    v &= low;
    return (v >> (8 * nbytes - 1)) ? v | ~low : v;
}
static uint8_t reg(unsigned nibble) { return nibble < 12 ? (uint8_t)nibble : 12; }
static unsigned umin(long a, long b) { return (unsigned)(a < b ? a : b); }
static long nonneg(long a) { return a < 0 ? 0 : a; }

static uint32_t target_of(const State *S, uint64_t pc, uint64_t rel, unsigned nbytes) {
    int64_t t = (int64_t)pc + (int64_t)sx(rel, nbytes);
    return (t >= 0 && (uint64_t)t < S->n && S->starts[t]) ? (uint32_t)t : NO_TARGET;
}

/* Fills code[pc]; returns whether it ends the decoded run (terminator or stepped). */
int pvm_decode_one(const State *S, uint64_t pc) {
    const uint8_t *c = S->code;
    const uint64_t n = S->n;
    Ins *I = &S->ins[pc];
    unsigned skip = 0;
    for (uint64_t i = pc + 1; skip < MAX_SKIP && i < n && !S->mask[i]; i++) skip++;
    I->next = (uint32_t)(pc + 1 + skip);
    uint8_t op = c[pc];
    if (!S->mask[pc] || OPCLASS[op] == 0 || STEPPED_OP[op]) { I->kind = STEPPED; return 1; }
    I->kind = (uint16_t)(op + 1);
    uint64_t p = pc + 1;
    unsigned b1 = (unsigned)zeta(c, n, p, 1), lx, ly;
    switch (OPCLASS[op]) {
    case CLASS_ONE_IMM: lx = umin(4, skip); I->x = sx(zeta(c, n, p, lx), lx); break;
    case CLASS_REG_IMM64: I->ra = reg(b1 & 15); I->x = zeta(c, n, p + 1, 8); break;
    case CLASS_TWO_IMM:
        lx = umin(4, b1 % 8); ly = umin(4, nonneg((long)skip - lx - 1));
        I->x = sx(zeta(c, n, p + 1, lx), lx); I->y = sx(zeta(c, n, p + 1 + lx, ly), ly); break;
    case CLASS_ONE_OFFSET: lx = umin(4, skip); I->target = target_of(S, pc, zeta(c, n, p, lx), lx); break;
    case CLASS_REG_IMM:
        lx = umin(4, nonneg((long)skip - 1)); I->ra = reg(b1 & 15); I->x = sx(zeta(c, n, p + 1, lx), lx); break;
    case CLASS_REG_TWO_IMM: case CLASS_REG_IMM_OFFSET:
        lx = umin(4, (b1 >> 4) % 8); ly = umin(4, nonneg((long)skip - lx - 1));
        I->ra = reg(b1 & 15); I->x = sx(zeta(c, n, p + 1, lx), lx);
        if (OPCLASS[op] == CLASS_REG_TWO_IMM) I->y = sx(zeta(c, n, p + 1 + lx, ly), ly);
        else I->target = target_of(S, pc, zeta(c, n, p + 1 + lx, ly), ly);
        break;
    case CLASS_TWO_REG: I->rd = reg(b1 & 15); I->ra = reg(b1 >> 4); break;
    case CLASS_TWO_REG_IMM:
        lx = umin(4, nonneg((long)skip - 1)); I->ra = reg(b1 & 15); I->rb = reg(b1 >> 4);
        I->x = sx(zeta(c, n, p + 1, lx), lx); break;
    case CLASS_TWO_REG_OFFSET:
        lx = umin(4, nonneg((long)skip - 1)); I->ra = reg(b1 & 15); I->rb = reg(b1 >> 4);
        I->target = target_of(S, pc, zeta(c, n, p + 1, lx), lx); break;
    case CLASS_TWO_REG_TWO_IMM:
        lx = umin(4, zeta(c, n, p + 1, 1) % 8); ly = umin(4, nonneg((long)skip - lx - 2));
        I->ra = reg(b1 & 15); I->rb = reg(b1 >> 4);
        I->x = sx(zeta(c, n, p + 2, lx), lx); I->y = sx(zeta(c, n, p + 2 + lx, ly), ly); break;
    case CLASS_THREE_REG:
        I->ra = reg(b1 & 15); I->rb = reg(b1 >> 4); I->rd = reg((unsigned)zeta(c, n, p + 1, 1)); break;
    default: break;
    }
    return TERMINATOR[op];
}

static void decode_block(const State *S, uint64_t pc) {
    while (pc < S->n && S->ins[pc].kind == 0) {
        if (pvm_decode_one(S, pc)) return;
        pc = S->ins[pc].next;
    }
}

int pvm_little_endian(void) { uint16_t one = 1; return *(uint8_t *)&one; }
uint64_t pvm_record_size(void) { return sizeof(Ins); }
uint64_t pvm_state_size(void) { return sizeof(State); }

int pvm_run(State *S, int64_t budget) {
    uint64_t *R = S->regs;
    uint64_t pc = S->pc;
    int64_t gas = S->gas;
    const Ins *code = S->ins;
    const uint64_t n = S->n;
    int rc = 0;
    for (;;) {
        if (pc >= n || gas < 1) goto step;
        if (budget-- <= 0) { rc = 1; goto out; }
        const Ins *I = &code[pc];
        uint64_t npc = I->next;
        switch (I->kind) {
        case 0: decode_block(S, pc); continue;
"""

_POSTLUDE = r"""
        default: goto step;
        }
        gas -= 1;
        pc = npc;
        continue;
    step:
        rc = 0;
        goto out;
    }
out:
    S->pc = pc;
    S->gas = gas;
    return rc;
}
"""


def _case(opcode: Opcode) -> str:
    """The C statements of one opcode's case (a plain `goto step` for the stepper's opcodes)."""
    info = OPCODE_TABLE[int(opcode)]
    assert info is not None
    fields = {name: (_FIELDS[name] if name in CLASS_FIELDS[info.operand_class] else None) for name in _FIELDS}
    template = SimpleNamespace(opcode=opcode, **fields)
    machine = _CMachine()
    try:
        if opcode in _STEPPED_OPCODES:
            raise HandBack
        execute(CBitVec(), machine, template)  # type: ignore[arg-type]
    except HandBack:
        return f"        case {int(opcode) + 1}: goto step;  /* {opcode.mnemonic} */\n"
    body = machine.lines + [f"R[{index}] = {value};" for index, value in machine.writes]
    inner = "".join(f"            {line}\n" for line in body)
    return f"        case {int(opcode) + 1}: {{  /* {opcode.mnemonic} */\n{inner}            break;\n        }}\n"


def _tables() -> str:
    """The decoder's tables, from `isa.OPCODE_TABLE`: operand class (0 = invalid byte), terminator, stepped."""
    classes = list(OperandClass)
    lines = [f"#define CLASS_{cls.name} {k + 1}" for k, cls in enumerate(classes)]
    lines += [f"#define MAX_SKIP {MAX_SKIP}", f"#define STEPPED {STEPPED}", f"#define NO_TARGET {NO_TARGET}u"]

    def table(name: str, values: Sequence[int]) -> str:
        return f"static const uint8_t {name}[256] = {{{', '.join(map(str, values))}}};"
    infos = OPCODE_TABLE
    lines.append(table("OPCLASS", [classes.index(i.operand_class) + 1 if i else 0 for i in infos]))
    lines.append(table("TERMINATOR", [int(i is not None and i.terminator) for i in infos]))
    lines.append(table("STEPPED_OP", [int(i is not None and i.opcode in _STEPPED_OPCODES) for i in infos]))
    return "\n".join(lines)


def c_source() -> str:
    """The whole C source of the engine (deterministic: same semantics, same text)."""
    return _PRELUDE.replace("@TABLES@", _tables()) + "".join(_case(op) for op in Opcode) + _POSTLUDE


def cache_directory() -> Path:
    """Where compiled engines are kept: `$PVMC_CACHE`, else `$XDG_CACHE_HOME/pvmc`, else `~/.cache/pvmc`."""
    explicit = os.environ.get("PVMC_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "pvmc"


class Ins(ctypes.Structure):
    """One decoded instruction as the C engine reads it (`kind` = opcode + 1, or `UNDECODED` / `STEPPED`)."""

    _fields_ = [("x", ctypes.c_uint64), ("y", ctypes.c_uint64), ("target", ctypes.c_uint32),
                ("next", ctypes.c_uint32), ("kind", ctypes.c_uint16), ("ra", ctypes.c_uint8),
                ("rb", ctypes.c_uint8), ("rd", ctypes.c_uint8), ("pad", ctypes.c_uint8 * 3)]


class State(ctypes.Structure):
    """The C engine's view of one PVM (registers, gas ρ, pc, code, page tables, dynamic-jump table)."""

    _fields_ = [("regs", ctypes.c_uint64 * NUM_REGISTERS), ("gas", ctypes.c_int64), ("pc", ctypes.c_uint64),
                ("n", ctypes.c_uint64), ("ins", ctypes.POINTER(Ins)),
                ("rd", ctypes.POINTER(ctypes.c_void_p)), ("wr", ctypes.POINTER(ctypes.c_void_p)),
                ("jt", ctypes.POINTER(ctypes.c_uint32)), ("jn", ctypes.c_uint64),
                ("code", ctypes.c_void_p), ("mask", ctypes.c_void_p), ("starts", ctypes.c_void_p)]


_LIBRARY: list[ctypes.CDLL | None] = []


def load() -> ctypes.CDLL | None:
    """The compiled engine (built on first use, then from the cache), or None when it cannot be built: no C
    compiler, a failed compile or a big-endian host (logged once at WARNING; the interpreter then runs its Python
    block compiler, which gives the same results more slowly)."""
    if _LIBRARY:
        return _LIBRARY[0]
    library = None
    try:
        library = _build()
    except (OSError, subprocess.CalledProcessError, RuntimeError) as error:
        LOG.warning("native interpreter engine unavailable (%s); using the Python block compiler", error)
    _LIBRARY.append(library)
    return library


def _build() -> ctypes.CDLL:
    source = c_source()
    digest = hashlib.sha256(source.encode()).hexdigest()[:16]
    directory = cache_directory()
    target = directory / f"pvm-engine-{platform.machine() or 'host'}-{digest}.so"   # a home shared by machines
    if not target.exists():
        compiler = os.environ.get("CC") or shutil.which("cc") or shutil.which("gcc")
        if compiler is None:
            raise RuntimeError("no C compiler (cc) on PATH")
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=directory) as scratch:
            c_file = Path(scratch) / "engine.c"
            c_file.write_text(source)
            built = Path(scratch) / "engine.so"
            subprocess.run([compiler, "-O2", "-shared", "-fPIC", "-o", str(built), str(c_file)], check=True,
                           capture_output=True, timeout=300)
            os.replace(built, target)   # atomic: concurrent builders agree on the same bytes
    library = ctypes.CDLL(str(target))
    if not library.pvm_little_endian():
        raise RuntimeError("big-endian host")
    library.pvm_record_size.restype = ctypes.c_uint64
    library.pvm_state_size.restype = ctypes.c_uint64
    if library.pvm_record_size() != ctypes.sizeof(Ins) or library.pvm_state_size() != ctypes.sizeof(State):
        raise RuntimeError("record layout differs between C and ctypes")
    library.pvm_run.argtypes = [ctypes.POINTER(State), ctypes.c_int64]
    library.pvm_run.restype = ctypes.c_int
    library.pvm_decode_one.argtypes = [ctypes.POINTER(State), ctypes.c_uint64]
    library.pvm_decode_one.restype = ctypes.c_int
    return library


class NativeCode:
    """One program for the C engine: its bytes, opcode mask and block starts (GP π), the `Ins` records the engine
    decodes one basic block at a time as it first reaches them, and the dynamic-jump table."""

    def __init__(self, program: DecodedProgram) -> None:
        self.program = program
        self.size = len(program.code)
        self.records = (Ins * max(1, self.size))()
        size = len(program.jump_table) * JUMP_ALIGNMENT + 1
        self.table = (ctypes.c_uint32 * size)(*([NO_TARGET] * size))
        for address, target in program.djump_targets.items():
            self.table[address] = target
        starts = bytearray(self.size + 1)
        for pc in program.starts:
            starts[pc] = 1
        self.code = ctypes.create_string_buffer(program.code, self.size + 1)
        self.mask = ctypes.create_string_buffer(program.mask, self.size + 1)
        self.starts = ctypes.create_string_buffer(bytes(starts), self.size + 1)


class NativeMachine:
    """One PVM's state for the C engine: registers, gas and pc pass through `State`; the two-level page tables
    follow the `Memory` through its change log (`Memory.changes`)."""

    def __init__(self, code: NativeCode, memory: Memory) -> None:
        self.code = code
        self.memory = memory
        self.state = State()
        self._roots = ((ctypes.c_void_p * ROOTS)(), (ctypes.c_void_p * ROOTS)())
        """Root tables of the readable and the writable pages."""
        self._leaves: tuple[dict[int, Any], dict[int, Any]] = ({}, {})
        self.state.n = code.size
        self.state.ins = ctypes.cast(code.records, ctypes.POINTER(Ins))
        self.state.rd = ctypes.cast(self._roots[0], ctypes.POINTER(ctypes.c_void_p))
        self.state.wr = ctypes.cast(self._roots[1], ctypes.POINTER(ctypes.c_void_p))
        self.state.jt = ctypes.cast(code.table, ctypes.POINTER(ctypes.c_uint32))
        self.state.jn = len(code.table)
        self.state.code = ctypes.addressof(code.code)
        self.state.mask = ctypes.addressof(code.mask)
        self.state.starts = ctypes.addressof(code.starts)
        self._views: dict[int, Any] = {}
        """Page number → the ctypes view that pins its bytearray (keeps the pointer valid)."""
        self._synced = 0
        self.sync()

    def _set(self, which: int, number: int, address: int | None) -> None:
        root, leaves = self._roots[which], self._leaves[which]
        leaf = leaves.get(number >> LEAF_BITS)
        if leaf is None:
            if address is None:
                return
            leaf = leaves[number >> LEAF_BITS] = (ctypes.c_void_p * LEAF)()
            root[number >> LEAF_BITS] = ctypes.addressof(leaf)
        leaf[number & (LEAF - 1)] = address

    def _sync_page(self, number: int) -> None:
        memory = self.memory
        page = memory.readable.get(number)
        address = None
        if page is not None:
            view = self._views.get(number)
            if view is None:
                view = self._views[number] = (ctypes.c_char * len(page)).from_buffer(page)
            address = ctypes.addressof(view)
        self._set(0, number, address)
        self._set(1, number, address if number in memory.writable else None)

    def sync(self) -> None:
        """Bring the page tables up to date with the pages `Memory` mapped or unmapped since the last call."""
        changes = self.memory.changes
        if len(changes) != self._synced:
            for number in changes[self._synced:]:
                self._sync_page(number)
            self._synced = len(changes)

    def run(self, library: ctypes.CDLL, registers: list[int], pc: int, gas: int,
            budget: int) -> tuple[int, int, int]:
        """Run the engine from (`registers`, `pc`, `gas`); `registers` is updated in place. Returns
        (return code, pc, gas) with the return codes of the module docstring."""
        self.sync()
        state = self.state
        state.regs[:] = registers
        state.pc, state.gas = pc, gas
        rc = library.pvm_run(ctypes.byref(state), budget)
        registers[:] = state.regs
        return rc, state.pc, state.gas


if __name__ == "__main__":   # `python -m pvm_backend.native` prints the engine's C source
    sys.stdout.write(c_source())
