"""Containers (GP A.2, A.7, C.5, 9.4): varints, generic blobs, SPI, .jam, detection, and the disassembler."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pvm_backend.containers import (CodeBlob, ContainerError, ContainerKind, StandardProgram, decode_jam,
                                    decode_varint, detect_container, encode_jam, encode_varint)
from pvm_backend.disasm import disassemble
from pvm_backend.errors import InputError
from pvm_backend.isa import Instruction, Opcode, imm32

ADD_LEN_SPI = bytes.fromhex("000000" "000000" "0000" "001000" "1a000000" "00" "00" "14"
                            "8072" "807304" "be3204" "9511f8" "7a14" "6417" "330804" "3200" "25a904")


@pytest.mark.parametrize(("value", "hexbytes"), [
    (0, "00"), (127, "7f"), (128, "8080"), (145, "8091"), (300, "812c"), (16383, "bfff"), (16384, "c00040"),
])
def test_varint_readme_examples(value: int, hexbytes: str) -> None:
    assert encode_varint(value).hex() == hexbytes
    assert decode_varint(bytes.fromhex(hexbytes)) == (value, len(hexbytes) // 2)


def test_varint_extremes_and_errors() -> None:
    assert encode_varint(2**64 - 1) == b"\xff" + b"\xff" * 8
    assert encode_varint(2**56 - 1) == b"\xfe" + b"\xff" * 7
    with pytest.raises(ContainerError):
        decode_varint(bytes.fromhex("8001"))  # 1 encoded in two bytes: not canonical
    with pytest.raises(ContainerError):
        decode_varint(bytes.fromhex("c000"))  # truncated
    with pytest.raises(ContainerError):
        encode_varint(-1)


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 2**64 - 1))
def test_varint_round_trip(value: int) -> None:
    data = encode_varint(value) + b"tail"
    assert decode_varint(data) == (value, len(data) - 4)


def add_len_program() -> StandardProgram:
    listing = [
        Instruction(Opcode.LOAD_IND_U32, ra=2, rb=7, x=0), Instruction(Opcode.LOAD_IND_U32, ra=3, rb=7, x=4),
        Instruction(Opcode.ADD_32, ra=2, rb=3, rd=4), Instruction(Opcode.ADD_IMM_64, ra=1, rb=1, x=imm32(-8)),
        Instruction(Opcode.STORE_IND_U32, ra=4, rb=1, x=0), Instruction(Opcode.MOVE_REG, rd=7, ra=1),
        Instruction(Opcode.LOAD_IMM, ra=8, x=4), Instruction(Opcode.JUMP_IND, ra=0, x=0),
    ]
    return StandardProgram(b"", b"", 0, 0x1000, CodeBlob.assemble(listing))


def test_readme_worked_example_bytes() -> None:
    program = add_len_program()
    assert program.encode() == ADD_LEN_SPI and len(ADD_LEN_SPI) == 41
    assert StandardProgram.decode(ADD_LEN_SPI) == program
    assert program.code.packed_mask() == bytes.fromhex("25a904")


blobs = st.builds(
    lambda code, bits, table: CodeBlob(code, bytes(b & 1 for b in bits[:len(code)].ljust(len(code), b"\0")),
                                       tuple(table)),
    st.binary(max_size=200), st.binary(max_size=200), st.lists(st.integers(0, 2**32 - 1), max_size=20))
programs = st.builds(StandardProgram, st.binary(max_size=100), st.binary(max_size=100), st.integers(0, 100),
                     st.integers(0, 2**20), blobs)


@settings(max_examples=200, deadline=None)
@given(blobs)
def test_blob_round_trip(blob: CodeBlob) -> None:
    data = blob.encode()
    assert CodeBlob.decode(data) == blob
    z = data[len(encode_varint(len(blob.jump_table)))]
    if blob.jump_table:  # minimal width (at least 1): the fewest bytes that hold the largest entry
        assert z == max(1, (max(blob.jump_table).bit_length() + 7) // 8)
    else:
        assert z == 0


@settings(max_examples=200, deadline=None)
@given(programs, st.binary(max_size=40))
def test_program_and_jam_round_trip(program: StandardProgram, metadata: bytes) -> None:
    assert StandardProgram.decode(program.encode()) == program
    assert decode_jam(encode_jam(program, metadata)) == (metadata, program)
    assert detect_container(encode_jam(program, metadata)) is ContainerKind.JAM


def test_minimal_jump_table_width() -> None:
    # |j| = 2, z = 2 (300 needs two bytes), |c| = 1, entries LE, code, mask.
    assert CodeBlob(b"\x01", b"\x01", (5, 300)).encode().hex() == "02" "02" "01" "0500" "2c01" "01" "01"
    assert CodeBlob(b"\x01", b"\x01").encode().hex() == "00" "00" "01" "01" "01"


@pytest.mark.parametrize(("data", "fragment"), [
    (b"", "varint"),
    (bytes.fromhex("000001" "00"), "ends inside"),  # code length 1, then nothing
    (bytes.fromhex("00000101" "01" "ff"), "trailing"),
    (bytes.fromhex("000009" + "00" * 9 + "01" "02"), "mask padding"),
])
def test_malformed_blobs(data: bytes, fragment: str) -> None:
    with pytest.raises(ContainerError) as info:
        CodeBlob.decode(data)
    assert fragment in str(info.value) and "\n" not in str(info.value)
    assert isinstance(info.value, InputError)


def test_malformed_programs() -> None:
    with pytest.raises(ContainerError, match="trailing"):
        StandardProgram.decode(ADD_LEN_SPI + b"\0")
    with pytest.raises(ContainerError, match="ends inside"):
        StandardProgram.decode(ADD_LEN_SPI[:-1])
    with pytest.raises(ContainerError, match="does not fit in 16 bits"):
        StandardProgram(b"", b"", 0x10000, 0, CodeBlob(b"", b""))
    with pytest.raises(ContainerError, match="not a .jam, SPI or generic"):
        detect_container(b"\xff\xff\xff")


def test_detection_order() -> None:
    program = add_len_program()
    assert detect_container(ADD_LEN_SPI) is ContainerKind.SPI
    assert detect_container(encode_jam(program, b"add.wasm")) is ContainerKind.JAM
    assert detect_container(program.code.encode()) is ContainerKind.GENERIC


def test_disassembly_of_every_container() -> None:
    program = add_len_program()
    expected_body = ["@block 0:", "     0: load_ind_u32 r2, r7, 0", "     2: load_ind_u32 r3, r7, 4",
                     "     5: add_32 r4, r2, r3", "     8: add_imm_64 r1, r1, -8", "    11: store_ind_u32 r4, r1, 0",
                     "    13: move_reg r7, r1", "    15: load_imm r8, 4", "    18: jump_ind r0, 0"]
    for data, kind in ((ADD_LEN_SPI, "spi"), (encode_jam(program, b"m"), "jam"), (program.code.encode(), "generic")):
        lines = disassemble(data)
        assert lines[0].startswith(f"; {kind}") and lines[1:] == expected_body


def test_disassembly_marks_jump_targets_and_invalid_bytes() -> None:
    # GP A.5 π: 2 follows a terminator but holds no valid opcode (0x02 is undefined) so it is not a block
    # start, and 3 follows that invalid instruction, so neither is 3; 4 follows fallthrough.
    blob = CodeBlob(bytes([40, 3, 2, 1, 0]), b"\x01\x00\x01\x01\x01", (3, 4))
    lines = disassemble(blob.encode())
    assert lines[1:] == ["@block 0:", "    0: jump @3", "    2: invalid 0x02 (acts as trap)",
                         "@not-a-block 3 [jump 2]:", "    3: fallthrough", "@block 4 [jump 4]:", "    4: trap"]
