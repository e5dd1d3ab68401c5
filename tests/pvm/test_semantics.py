"""Instruction meanings: hand-derived GP A.5 facts on ints, and ints vs z3 terms on random inputs.

The z3 half proves the semantics really are written once against the protocol: the same `execute` runs on
`Z3BitVec` (verifier/z3_bitvec.py) with symbolic registers, and after substituting the concrete inputs every
register, branch condition and store agrees with the Python-int run.
"""

from __future__ import annotations

from typing import Any

import pytest
import z3
from hypothesis import given, settings
from hypothesis import strategies as st

from verifier.z3_bitvec import Z3BitVec
from pvm_backend.bitvec import INT_BV
from pvm_backend.isa import Instruction, Opcode, OperandClass, imm32, sign_extend
from pvm_backend.semantics import BRANCH, THREE_REG, TWO_REG, TWO_REG_IMM, execute

M64 = (1 << 64) - 1
MIN64 = 1 << 63


def neg(x: int) -> int:
    return x & M64


class RecordingMachine:
    """A `Machine` that keeps registers, returns a fixed word for loads and records effects."""

    def __init__(self, registers: list[Any], loaded: Any) -> None:
        self.registers = list(registers)
        self.loaded = loaded
        self.events: list[tuple[Any, ...]] = []

    def reg(self, index: int) -> Any:
        return self.registers[index]

    def set_reg(self, index: int, value: Any) -> None:
        self.registers[index] = value

    def load(self, address: Any, size: int) -> Any:
        self.events.append(("load", address, size))
        return self.loaded

    def store(self, address: Any, size: int, value: Any) -> None:
        self.events.append(("store", address, size, value))

    def branch(self, cond: Any, target: int) -> None:
        self.events.append(("branch", cond, target))

    def jump(self, target: int) -> None:
        self.events.append(("jump", target))

    def djump(self, address: Any) -> None:
        self.events.append(("djump", address))

    def trap(self) -> None:
        self.events.append(("trap",))

    def host_call(self, index: int) -> None:
        self.events.append(("host", index))

    def sbrk(self, size: Any) -> Any:
        self.events.append(("sbrk", size))
        return self.loaded


def run_int(ins: Instruction, regs: dict[int, int], loaded: int = 0) -> RecordingMachine:
    values = [regs.get(i, 0) for i in range(13)]
    machine = RecordingMachine(values, loaded)
    execute(INT_BV, machine, ins)
    return machine


def three(op: Opcode, a: int, b: int, d: int = 0) -> int:
    return run_int(Instruction(op, ra=1, rb=2, rd=3), {1: a, 2: b, 3: d}).registers[3]


def reg_imm(op: Opcode, b: int, x: int, a: int = 0) -> int:
    return run_int(Instruction(op, ra=3, rb=2, x=x), {2: b, 3: a}).registers[3]


def two(op: Opcode, a: int) -> int:
    return run_int(Instruction(op, rd=3, ra=1), {1: a}).registers[3]


# Expected values derived by hand from the GP 0.7.2 A.5 tables (README §3.4).
THREE_REG_FACTS = [
    (Opcode.ADD_32, 0x7FFFFFFF, 1, 0xFFFFFFFF80000000),
    (Opcode.ADD_64, M64, 2, 1),
    (Opcode.SUB_32, 0, 1, M64),
    (Opcode.MUL_32, 0x10000, 0x10000, 0),
    (Opcode.DIV_U_32, 7, 0x100000000, M64),  # low 32 bits of B are 0
    (Opcode.DIV_U_32, 0xFFFFFFFF, 1, M64),  # 2^32-1 sign-extended
    (Opcode.DIV_S_32, 0x80000000, 0xFFFFFFFF, 0xFFFFFFFF80000000),  # overflow → a
    (Opcode.DIV_S_32, neg(-7), 2, neg(-3)),
    (Opcode.REM_U_32, 0x1FFFFFFFF, 0, M64),  # b = 0 → s32(a)
    (Opcode.REM_S_32, 0x80000000, 0xFFFFFFFF, 0),
    (Opcode.REM_S_32, neg(-7), 0, neg(-7)),
    (Opcode.REM_S_32, neg(-7), 2, neg(-1)),
    (Opcode.SHLO_L_32, 1, 31, 0xFFFFFFFF80000000),
    (Opcode.SHLO_L_32, 5, 32, 5),
    (Opcode.SHLO_R_32, 0xFFFFFFFF80000000, 31, 1),
    (Opcode.SHAR_R_32, 0x80000000, 4, 0xFFFFFFFFF8000000),
    (Opcode.DIV_U_64, 5, 0, M64),
    (Opcode.DIV_S_64, MIN64, M64, MIN64),
    (Opcode.DIV_S_64, neg(-7), 2, neg(-3)),
    (Opcode.REM_U_64, 5, 0, 5),
    (Opcode.REM_S_64, MIN64, M64, 0),
    (Opcode.REM_S_64, neg(-7), 2, neg(-1)),
    (Opcode.REM_S_64, 7, neg(-2), 1),
    (Opcode.SHLO_L_64, 1, 64 + 63, MIN64),
    (Opcode.SHLO_R_64, MIN64, 63, 1),
    (Opcode.SHAR_R_64, MIN64, 63, M64),
    (Opcode.MUL_UPPER_S_S, M64, M64, 0),
    (Opcode.MUL_UPPER_U_U, M64, M64, M64 - 1),
    (Opcode.MUL_UPPER_S_U, M64, M64, M64),
    (Opcode.SET_LT_U, M64, 0, 0),
    (Opcode.SET_LT_S, M64, 0, 1),
    (Opcode.ROT_L_64, 0x8000000000000001, 1, 3),
    (Opcode.ROT_R_64, 3, 1, 0x8000000000000001),
    (Opcode.ROT_L_32, 0x80000000, 1, 1),
    (Opcode.ROT_R_32, 1, 1, 0xFFFFFFFF80000000),
    (Opcode.AND_INV, 0b1100, 0b1010, 0b0100),
    (Opcode.OR_INV, 0, M64, 0),
    (Opcode.XNOR, 0, 0, M64),
    (Opcode.MAX, M64, 1, 1),
    (Opcode.MAX_U, M64, 1, M64),
    (Opcode.MIN, M64, 1, M64),
    (Opcode.MIN_U, M64, 1, 1),
]


@pytest.mark.parametrize(("op", "a", "b", "expected"), THREE_REG_FACTS, ids=lambda v: getattr(v, "name", None))
def test_three_register_facts(op: Opcode, a: int, b: int, expected: int) -> None:
    assert three(op, a, b) == expected


def test_cmov_keeps_or_replaces_destination() -> None:
    assert three(Opcode.CMOV_IZ, 7, 0, d=9) == 7
    assert three(Opcode.CMOV_IZ, 7, 1, d=9) == 9
    assert three(Opcode.CMOV_NZ, 7, 1, d=9) == 7
    assert three(Opcode.CMOV_NZ, 7, 0, d=9) == 9
    assert reg_imm(Opcode.CMOV_IZ_IMM, 0, 5, a=9) == 5
    assert reg_imm(Opcode.CMOV_NZ_IMM, 0, 5, a=9) == 9


REG_IMM_FACTS = [
    (Opcode.NEG_ADD_IMM_32, 1, 0, M64),
    (Opcode.NEG_ADD_IMM_64, 1, 10, 9),
    (Opcode.SET_GT_U_IMM, M64, 1, 1),
    (Opcode.SET_GT_S_IMM, M64, 1, 0),
    (Opcode.SHLO_L_IMM_ALT_32, 4, 1, 16),
    (Opcode.SHAR_R_IMM_ALT_64, 2, neg(-16), neg(-4)),
    (Opcode.SHLO_R_IMM_ALT_32, 1, 0xFFFFFFFF, 0x7FFFFFFF),
    (Opcode.ROT_R_64_IMM_ALT, 1, 3, 0x8000000000000001),
    (Opcode.ROT_R_32_IMM, 1, 1, 0xFFFFFFFF80000000),
    (Opcode.AND_IMM, 0x1234, neg(-1), 0x1234),
    (Opcode.MUL_IMM_32, 3, neg(-1), neg(-3)),
    (Opcode.ADD_IMM_32, 0xFFFFFFFF, 1, 0),
]


@pytest.mark.parametrize(("op", "b", "x", "expected"), REG_IMM_FACTS, ids=lambda v: getattr(v, "name", None))
def test_register_immediate_facts(op: Opcode, b: int, x: int, expected: int) -> None:
    assert reg_imm(op, b, x) == expected


@pytest.mark.parametrize(("op", "a", "expected"), [
    (Opcode.COUNT_SET_BITS_64, M64, 64), (Opcode.COUNT_SET_BITS_32, M64, 32),
    (Opcode.LEADING_ZERO_BITS_64, 0, 64), (Opcode.LEADING_ZERO_BITS_64, 1, 63),
    (Opcode.LEADING_ZERO_BITS_32, 0, 32), (Opcode.LEADING_ZERO_BITS_32, 0x100000001, 31),
    (Opcode.TRAILING_ZERO_BITS_64, 0, 64), (Opcode.TRAILING_ZERO_BITS_32, 0x100000000, 32),
    (Opcode.TRAILING_ZERO_BITS_32, 8, 3),
    (Opcode.SIGN_EXTEND_8, 0x80, 0xFFFFFFFFFFFFFF80), (Opcode.SIGN_EXTEND_16, 0x17FFF, 0x7FFF),
    (Opcode.ZERO_EXTEND_16, 0x12345678, 0x5678), (Opcode.REVERSE_BYTES, 0x0102030405060708, 0x0807060504030201),
    (Opcode.MOVE_REG, 42, 42),
])
def test_two_register_facts(op: Opcode, a: int, expected: int) -> None:
    assert two(op, a) == expected


def test_memory_and_control_effects() -> None:
    m = run_int(Instruction(Opcode.LOAD_IND_I8, ra=3, rb=2, x=imm32(-1)), {2: 0x10000}, loaded=0x80)
    assert m.events == [("load", 0xFFFF, 1)] and m.registers[3] == 0xFFFFFFFFFFFFFF80
    m = run_int(Instruction(Opcode.STORE_IND_U16, ra=3, rb=2, x=4), {2: 0xFFFFFFFF, 3: 0xABCD})
    assert m.events == [("store", 3, 2, 0xABCD)]  # address wraps mod 2^32
    m = run_int(Instruction(Opcode.STORE_IMM_IND_U64, ra=2, x=8, y=neg(-2)), {2: 0x20000})
    assert m.events == [("store", 0x20008, 8, neg(-2))]
    m = run_int(Instruction(Opcode.LOAD_IMM_JUMP_IND, ra=2, rb=2, x=7, y=2), {2: 10})
    assert m.registers[2] == 7 and m.events == [("djump", 12)]  # B read before A is written
    m = run_int(Instruction(Opcode.JUMP_IND, ra=0, x=0), {0: neg(-65536)})
    assert m.events == [("djump", 0xFFFF0000)]
    m = run_int(Instruction(Opcode.BRANCH_GE_S_IMM, ra=1, x=neg(-1), target=40), {1: 0})
    assert m.events == [("branch", True, 40)]
    m = run_int(Instruction(Opcode.ECALLI, x=100), {})
    assert m.events == [("host", 100)]


# ---------------------------------------------------------------------------------------------- ints vs z3

EDGE = [0, 1, 2, 31, 32, 63, 64, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0x100000000, MIN64, MIN64 - 1, M64, M64 - 1]
words = st.one_of(st.sampled_from(EDGE), st.integers(0, M64))
imms = st.one_of(st.sampled_from([0, 1, 31, 32, 63, neg(-1), neg(-2**31), 2**31 - 1]),
                 st.integers(-2**31, 2**31 - 1).map(lambda v: sign_extend(v & 0xFFFFFFFF, 4)))
ALU = sorted(set(THREE_REG) | set(TWO_REG_IMM) | set(TWO_REG) | set(BRANCH)
             | {Opcode.CMOV_IZ, Opcode.CMOV_NZ, Opcode.CMOV_IZ_IMM, Opcode.CMOV_NZ_IMM, Opcode.MOVE_REG,
                Opcode.LOAD_IMM, Opcode.LOAD_IMM_64, Opcode.STORE_IND_U32, Opcode.LOAD_IND_I16,
                Opcode.STORE_IMM_IND_U16, Opcode.JUMP_IND, Opcode.LOAD_IMM_JUMP_IND})


@st.composite
def instructions(draw: st.DrawFn) -> Instruction:
    op = draw(st.sampled_from(ALU))
    cls = Instruction(op, **_dummy(op)).info.operand_class
    fields: dict[str, int] = {}
    for name in _dummy(op):
        if name in ("ra", "rb", "rd"):
            fields[name] = draw(st.integers(0, 12))
        elif name == "target":
            fields[name] = 100
        elif cls is OperandClass.REG_IMM64:
            fields[name] = draw(words)
        else:
            fields[name] = draw(imms)
    return Instruction(op, **fields)


def _dummy(op: Opcode) -> dict[str, int]:
    from pvm_backend.isa import CLASS_FIELDS, OPCODE_TABLE
    info = OPCODE_TABLE[op]
    assert info is not None
    return {name: 0 for name in CLASS_FIELDS[info.operand_class]}


def _concrete(term: Any, subst: list[tuple[Any, Any]]) -> int | bool:
    value = z3.simplify(z3.substitute(term, *subst)) if subst else z3.simplify(term)
    if z3.is_bool(value):
        assert z3.is_true(value) or z3.is_false(value)
        return z3.is_true(value)
    return value.as_long()


@settings(max_examples=400, deadline=None)
@given(ins=instructions(), values=st.lists(words, min_size=13, max_size=13), loaded=words)
def test_int_and_z3_agree(ins: Instruction, values: list[int], loaded: int) -> None:
    concrete = RecordingMachine(values, loaded)
    execute(INT_BV, concrete, ins)
    symbols = [z3.BitVec(f"r{i}", 64) for i in range(13)]
    word = z3.BitVec("loaded", 64)
    symbolic = RecordingMachine(symbols, word)
    execute(Z3BitVec(), symbolic, ins)
    subst = [(s, z3.BitVecVal(v, 64)) for s, v in zip(symbols, values)] + [(word, z3.BitVecVal(loaded, 64))]
    assert [_concrete(r, subst) for r in symbolic.registers] == concrete.registers
    assert len(symbolic.events) == len(concrete.events)
    for sym_event, int_event in zip(symbolic.events, concrete.events):
        assert sym_event[0] == int_event[0]
        converted = [_concrete(v, subst) if isinstance(v, z3.ExprRef) else v for v in sym_event[1:]]
        assert converted == list(int_event[1:])
