"""ISA encoding and decoding: round trips for every opcode, hand-checked encodings from the README (GP A.5)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pvm_backend.isa import (CLASS_FIELDS, MAX_SKIP, OPCODE_TABLE, TERMINATORS, Instruction, Opcode, OperandClass,
                             decode_operands, encode, format_instruction, imm32, sign_extend, skip_length)

M64 = (1 << 64) - 1
imm_values = st.one_of(st.sampled_from([0, 1, 0x7F, 0x80, 0xFF, 0x7FFF, 0x8000, 2**31 - 1]),
                       st.integers(-2**31, 2**31 - 1)).map(lambda v: v & M64)


@st.composite
def instruction_at(draw: st.DrawFn, op: Opcode) -> tuple[Instruction, int]:
    info = OPCODE_TABLE[op]
    assert info is not None
    pc = draw(st.integers(0, 2**20))
    fields: dict[str, int] = {}
    for name in CLASS_FIELDS[info.operand_class]:
        if name in ("ra", "rb", "rd"):
            fields[name] = draw(st.integers(0, 12))
        elif name == "target":
            fields[name] = pc + draw(st.integers(-min(pc, 2**31), 2**31 - 1))
        elif info.operand_class is OperandClass.REG_IMM64:
            fields[name] = draw(st.integers(0, M64))
        else:
            fields[name] = draw(imm_values)
    return Instruction(op, **fields), pc


@pytest.mark.parametrize("op", list(Opcode), ids=lambda op: op.mnemonic)
@settings(max_examples=40, deadline=None)
@given(data=st.data(), fixed=st.sampled_from([None, 4]))
def test_round_trip_every_opcode(op: Opcode, data: st.DataObject, fixed: int | None) -> None:
    ins, pc = data.draw(instruction_at(op))
    encoded = encode(ins, pc, fixed)
    assert encoded[0] == op and len(encoded) <= 16
    code = bytes(pc) + encoded
    mask = bytes(pc) + b"\x01" + bytes(len(encoded) - 1)
    skip = skip_length(mask, pc, len(code))
    assert skip == len(encoded) - 1
    assert decode_operands(code, pc, skip) == ins


@pytest.mark.parametrize(("value", "encoded"), [
    (0, b""), (M64, b"\xff"), (imm32(0xFFFF0000), b"\x00\x00\xff"), (0x80, b"\x80\x00"),
    (2**31 - 1, b"\xff\xff\xff\x7f"),
])
def test_shortest_immediates(value: int, encoded: bytes) -> None:
    # README §3.3 encoder guidance: load_imm r2, value = 51, 0x02, then the shortest signed bytes.
    assert encode(Instruction(Opcode.LOAD_IMM, ra=2, x=value)) == bytes([51, 2]) + encoded


def test_readme_add_len_listing() -> None:
    # README §4.5: each instruction's bytes, as listed there.
    listing = [
        (Instruction(Opcode.LOAD_IND_U32, ra=2, rb=7, x=0), "8072"),
        (Instruction(Opcode.LOAD_IND_U32, ra=3, rb=7, x=4), "807304"),
        (Instruction(Opcode.ADD_32, ra=2, rb=3, rd=4), "be3204"),
        (Instruction(Opcode.ADD_IMM_64, ra=1, rb=1, x=imm32(-8)), "9511f8"),
        (Instruction(Opcode.STORE_IND_U32, ra=4, rb=1, x=0), "7a14"),
        (Instruction(Opcode.MOVE_REG, rd=7, ra=1), "6417"),
        (Instruction(Opcode.LOAD_IMM, ra=8, x=4), "330804"),
        (Instruction(Opcode.JUMP_IND, ra=0, x=0), "3200"),
    ]
    for ins, hexbytes in listing:
        assert encode(ins).hex() == hexbytes


def test_branch_offsets_are_relative_to_the_branch() -> None:
    assert encode(Instruction(Opcode.JUMP, target=10), pc=20) == bytes([40, 0xF6])
    assert encode(Instruction(Opcode.BRANCH_EQ, ra=1, rb=2, target=30), pc=20) == bytes([170, 0x21, 10])


def test_skip_is_capped_at_24() -> None:
    mask = b"\x01" + bytes(40)
    assert skip_length(mask, 0, 41) == MAX_SKIP
    assert skip_length(b"\x01\x00\x00", 0, 3) == 2  # k ⌢ [1, 1, ...]: the end counts as an opcode


@settings(max_examples=300, deadline=None)
@given(code=st.binary(min_size=1, max_size=20), skip=st.integers(0, 24))
def test_decode_never_raises(code: bytes, skip: int) -> None:
    ins = decode_operands(code, 0, skip)
    assert (ins is None) == (OPCODE_TABLE[code[0]] is None)
    if ins is not None:
        assert format_instruction(ins).startswith(ins.opcode.mnemonic)


def test_table_shape() -> None:
    assert sum(info is not None for info in OPCODE_TABLE) == 139
    assert len(TERMINATORS) == 22
    assert sign_extend(0x80, 1) == M64 - 0x7F
