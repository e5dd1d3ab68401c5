"""The PVM instruction set of GP 0.7.2 (Appendix A): opcodes, operand classes, encoding and decoding.

What it does: names all 139 opcodes with their number, operand class (GP A.5.1-A.5.13) and terminator flag
(GP A.5, the set T), and converts between `Instruction` values and bytes.

Assumes: immediates are held as canonical unsigned 64-bit values (the sign-extended X_l of GP A.16);
branch and jump targets are absolute code offsets (pc values).

Guarantees: `decode(encode(i, pc), pc)` gives back `i` for every encodable instruction; encoding picks the
shortest immediate (0-4 bytes) unless told otherwise; `ISAError` is raised for anything not encodable.
Meanings of instructions are not here: they live once in `pvm_backend.semantics`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

MASK64 = (1 << 64) - 1
MASK32 = (1 << 32) - 1
#: GP A.5: an instruction's skip is capped at 24 bytes.
MAX_SKIP = 24
NUM_REGISTERS = 13


class ISAError(ValueError):
    """An instruction that cannot be encoded (bad register, immediate out of range, missing operand)."""


class OperandClass(enum.Enum):
    """The operand encodings of GP A.5.1-A.5.13 (value = GP subsection)."""

    NO_ARGS = "A.5.1"
    ONE_IMM = "A.5.2"
    REG_IMM64 = "A.5.3"
    TWO_IMM = "A.5.4"
    ONE_OFFSET = "A.5.5"
    REG_IMM = "A.5.6"
    REG_TWO_IMM = "A.5.7"
    REG_IMM_OFFSET = "A.5.8"
    TWO_REG = "A.5.9"
    TWO_REG_IMM = "A.5.10"
    TWO_REG_OFFSET = "A.5.11"
    TWO_REG_TWO_IMM = "A.5.12"
    THREE_REG = "A.5.13"


class Opcode(enum.IntEnum):
    """Every opcode of GP 0.7.2 Appendix A; the enum value is the opcode byte."""

    TRAP = 0
    FALLTHROUGH = 1
    ECALLI = 10
    LOAD_IMM_64 = 20
    STORE_IMM_U8 = 30
    STORE_IMM_U16 = 31
    STORE_IMM_U32 = 32
    STORE_IMM_U64 = 33
    JUMP = 40
    JUMP_IND = 50
    LOAD_IMM = 51
    LOAD_U8 = 52
    LOAD_I8 = 53
    LOAD_U16 = 54
    LOAD_I16 = 55
    LOAD_U32 = 56
    LOAD_I32 = 57
    LOAD_U64 = 58
    STORE_U8 = 59
    STORE_U16 = 60
    STORE_U32 = 61
    STORE_U64 = 62
    STORE_IMM_IND_U8 = 70
    STORE_IMM_IND_U16 = 71
    STORE_IMM_IND_U32 = 72
    STORE_IMM_IND_U64 = 73
    LOAD_IMM_JUMP = 80
    BRANCH_EQ_IMM = 81
    BRANCH_NE_IMM = 82
    BRANCH_LT_U_IMM = 83
    BRANCH_LE_U_IMM = 84
    BRANCH_GE_U_IMM = 85
    BRANCH_GT_U_IMM = 86
    BRANCH_LT_S_IMM = 87
    BRANCH_LE_S_IMM = 88
    BRANCH_GE_S_IMM = 89
    BRANCH_GT_S_IMM = 90
    MOVE_REG = 100
    SBRK = 101
    COUNT_SET_BITS_64 = 102
    COUNT_SET_BITS_32 = 103
    LEADING_ZERO_BITS_64 = 104
    LEADING_ZERO_BITS_32 = 105
    TRAILING_ZERO_BITS_64 = 106
    TRAILING_ZERO_BITS_32 = 107
    SIGN_EXTEND_8 = 108
    SIGN_EXTEND_16 = 109
    ZERO_EXTEND_16 = 110
    REVERSE_BYTES = 111
    STORE_IND_U8 = 120
    STORE_IND_U16 = 121
    STORE_IND_U32 = 122
    STORE_IND_U64 = 123
    LOAD_IND_U8 = 124
    LOAD_IND_I8 = 125
    LOAD_IND_U16 = 126
    LOAD_IND_I16 = 127
    LOAD_IND_U32 = 128
    LOAD_IND_I32 = 129
    LOAD_IND_U64 = 130
    ADD_IMM_32 = 131
    AND_IMM = 132
    XOR_IMM = 133
    OR_IMM = 134
    MUL_IMM_32 = 135
    SET_LT_U_IMM = 136
    SET_LT_S_IMM = 137
    SHLO_L_IMM_32 = 138
    SHLO_R_IMM_32 = 139
    SHAR_R_IMM_32 = 140
    NEG_ADD_IMM_32 = 141
    SET_GT_U_IMM = 142
    SET_GT_S_IMM = 143
    SHLO_L_IMM_ALT_32 = 144
    SHLO_R_IMM_ALT_32 = 145
    SHAR_R_IMM_ALT_32 = 146
    CMOV_IZ_IMM = 147
    CMOV_NZ_IMM = 148
    ADD_IMM_64 = 149
    MUL_IMM_64 = 150
    SHLO_L_IMM_64 = 151
    SHLO_R_IMM_64 = 152
    SHAR_R_IMM_64 = 153
    NEG_ADD_IMM_64 = 154
    SHLO_L_IMM_ALT_64 = 155
    SHLO_R_IMM_ALT_64 = 156
    SHAR_R_IMM_ALT_64 = 157
    ROT_R_64_IMM = 158
    ROT_R_64_IMM_ALT = 159
    ROT_R_32_IMM = 160
    ROT_R_32_IMM_ALT = 161
    BRANCH_EQ = 170
    BRANCH_NE = 171
    BRANCH_LT_U = 172
    BRANCH_LT_S = 173
    BRANCH_GE_U = 174
    BRANCH_GE_S = 175
    LOAD_IMM_JUMP_IND = 180
    ADD_32 = 190
    SUB_32 = 191
    MUL_32 = 192
    DIV_U_32 = 193
    DIV_S_32 = 194
    REM_U_32 = 195
    REM_S_32 = 196
    SHLO_L_32 = 197
    SHLO_R_32 = 198
    SHAR_R_32 = 199
    ADD_64 = 200
    SUB_64 = 201
    MUL_64 = 202
    DIV_U_64 = 203
    DIV_S_64 = 204
    REM_U_64 = 205
    REM_S_64 = 206
    SHLO_L_64 = 207
    SHLO_R_64 = 208
    SHAR_R_64 = 209
    AND = 210
    XOR = 211
    OR = 212
    MUL_UPPER_S_S = 213
    MUL_UPPER_U_U = 214
    MUL_UPPER_S_U = 215
    SET_LT_U = 216
    SET_LT_S = 217
    CMOV_IZ = 218
    CMOV_NZ = 219
    ROT_L_64 = 220
    ROT_L_32 = 221
    ROT_R_64 = 222
    ROT_R_32 = 223
    AND_INV = 224
    OR_INV = 225
    XNOR = 226
    MAX = 227
    MAX_U = 228
    MIN = 229
    MIN_U = 230

    @property
    def mnemonic(self) -> str:
        """The Gray Paper's instruction name, e.g. ``load_imm_jump``."""
        return self.name.lower()


def _operand_class(op: int) -> OperandClass:
    if op in (0, 1):
        return OperandClass.NO_ARGS
    if op == 10:
        return OperandClass.ONE_IMM
    if op == 20:
        return OperandClass.REG_IMM64
    if 30 <= op <= 33:
        return OperandClass.TWO_IMM
    if op == 40:
        return OperandClass.ONE_OFFSET
    if 50 <= op <= 62:
        return OperandClass.REG_IMM
    if 70 <= op <= 73:
        return OperandClass.REG_TWO_IMM
    if 80 <= op <= 90:
        return OperandClass.REG_IMM_OFFSET
    if 100 <= op <= 111:
        return OperandClass.TWO_REG
    if 120 <= op <= 161:
        return OperandClass.TWO_REG_IMM
    if 170 <= op <= 175:
        return OperandClass.TWO_REG_OFFSET
    if op == 180:
        return OperandClass.TWO_REG_TWO_IMM
    if 190 <= op <= 230:
        return OperandClass.THREE_REG
    raise ISAError(f"opcode {op} has no operand class")


#: GP A.5: the terminators T (22 opcodes). ecalli and sbrk are not terminators.
TERMINATORS: frozenset[Opcode] = frozenset(
    op
    for op in Opcode
    if op in (Opcode.TRAP, Opcode.FALLTHROUGH, Opcode.JUMP, Opcode.JUMP_IND, Opcode.LOAD_IMM_JUMP,
              Opcode.LOAD_IMM_JUMP_IND)
    or 81 <= op <= 90
    or 170 <= op <= 175
)


@dataclass(frozen=True, slots=True)
class OpcodeInfo:
    """One row of the instruction table."""

    opcode: Opcode
    """The opcode and its byte value."""
    operand_class: OperandClass
    """How its operands are encoded (GP A.5.x)."""
    terminator: bool
    """Whether it ends a basic block (GP A.5, set T)."""


#: The instruction table, indexed by opcode byte (None for the 117 invalid byte values).
OPCODE_TABLE: tuple[OpcodeInfo | None, ...] = tuple(
    OpcodeInfo(Opcode(b), _operand_class(b), Opcode(b) in TERMINATORS) if b in Opcode._value2member_map_ else None
    for b in range(256)
)

#: Which fields each operand class uses, in GP naming.
CLASS_FIELDS: dict[OperandClass, tuple[str, ...]] = {
    OperandClass.NO_ARGS: (),
    OperandClass.ONE_IMM: ("x",),
    OperandClass.REG_IMM64: ("ra", "x"),
    OperandClass.TWO_IMM: ("x", "y"),
    OperandClass.ONE_OFFSET: ("target",),
    OperandClass.REG_IMM: ("ra", "x"),
    OperandClass.REG_TWO_IMM: ("ra", "x", "y"),
    OperandClass.REG_IMM_OFFSET: ("ra", "x", "target"),
    OperandClass.TWO_REG: ("rd", "ra"),
    OperandClass.TWO_REG_IMM: ("ra", "rb", "x"),
    OperandClass.TWO_REG_OFFSET: ("ra", "rb", "target"),
    OperandClass.TWO_REG_TWO_IMM: ("ra", "rb", "x", "y"),
    OperandClass.THREE_REG: ("ra", "rb", "rd"),
}


def sign_extend(value: int, nbytes: int) -> int:
    """GP A.16 X_n: sign-extend the low `nbytes` bytes of `value` to a canonical unsigned 64-bit value."""
    if nbytes == 0:
        return 0
    bits = 8 * nbytes
    value &= (1 << bits) - 1
    if value >> (bits - 1):
        value |= MASK64 ^ ((1 << bits) - 1)
    return value


def to_signed(value: int, bits: int = 64) -> int:
    """Interpret the low `bits` bits of `value` as two's complement."""
    value &= (1 << bits) - 1
    return value - (1 << bits) if value >> (bits - 1) else value


def imm32(value: int) -> int:
    """The canonical immediate whose low 32 bits are `value` (an address or u32): sign-extend from bit 31.

    Use it for address immediates, which the PVM reduces mod 2^32 (GP A.5, "↺").
    """
    return sign_extend(value & MASK32, 4)


@dataclass(frozen=True, slots=True)
class Instruction:
    """One PVM instruction with decoded operands, in the Gray Paper's naming.

    Which fields are set depends on the opcode's operand class (`CLASS_FIELDS`); the others are None.
    Printed form: ``add_32 r4, r2, r3`` style via `format_instruction`.
    """

    opcode: Opcode
    """The opcode."""
    ra: int | None = None
    """Register A (0-12)."""
    rb: int | None = None
    """Register B (0-12)."""
    rd: int | None = None
    """Register D (0-12), the destination of two- and three-register instructions."""
    x: int | None = None
    """Immediate X as a canonical unsigned 64-bit value (sign-extended, GP A.16); the 64-bit immediate of
    load_imm_64."""
    y: int | None = None
    """Immediate Y as a canonical unsigned 64-bit value."""
    target: int | None = None
    """Absolute branch/jump target (code offset in bytes) of classes with an offset."""

    def __post_init__(self) -> None:
        info = OPCODE_TABLE[int(self.opcode)]
        if info is None:
            raise ISAError(f"invalid opcode {self.opcode}")
        if not isinstance(self.opcode, Opcode):
            object.__setattr__(self, "opcode", Opcode(self.opcode))
        fields = CLASS_FIELDS[info.operand_class]
        for name in ("ra", "rb", "rd", "x", "y", "target"):
            value = getattr(self, name)
            if name in fields:
                if value is None:
                    raise ISAError(f"{self.opcode.mnemonic}: operand {name} is missing")
            elif value is not None:
                raise ISAError(f"{self.opcode.mnemonic}: operand {name} does not belong to "
                               f"{info.operand_class.name}")
        for name in ("ra", "rb", "rd"):
            reg = getattr(self, name)
            if reg is not None and not 0 <= reg < NUM_REGISTERS:
                raise ISAError(f"{self.opcode.mnemonic}: register r{reg} does not exist")
        for name in ("x", "y"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, value & MASK64)

    @property
    def info(self) -> OpcodeInfo:
        """This instruction's row of the table."""
        info = OPCODE_TABLE[int(self.opcode)]
        assert info is not None
        return info

    @property
    def is_terminator(self) -> bool:
        """Whether the instruction ends a basic block (GP A.5)."""
        return self.opcode in TERMINATORS


# ---------------------------------------------------------------------------------------------- encoding

def _imm_len(value: int, what: str, opcode: Opcode) -> int:
    """Shortest l in 0..4 such that sign-extending l bytes of `value` gives back `value` (64-bit canonical)."""
    value &= MASK64
    for n in range(5):
        if sign_extend(value, n) == value:
            return n
    raise ISAError(f"{opcode.mnemonic}: immediate {what}={to_signed(value):#x} does not fit in 32 signed bits")


def _le(value: int, n: int) -> bytes:
    return (value & ((1 << (8 * n)) - 1)).to_bytes(n, "little") if n else b""


def offset_length(rel: int) -> int:
    """The shortest width in bytes (0-4) of a branch or jump offset `rel` (GP A.5: sign-extended, pc-relative).
    Raises ISAError beyond 32 signed bits."""
    return _imm_len(rel, "offset", Opcode.JUMP)


def _offset_len(rel: int, fixed: int | None, opcode: Opcode) -> int:
    if fixed is not None:
        if sign_extend(rel, fixed) != rel & MASK64:
            raise ISAError(f"{opcode.mnemonic}: offset {rel} does not fit in {fixed} bytes")
        return fixed
    return _imm_len(rel, "offset", opcode)


def encode(ins: Instruction, pc: int = 0, offset_bytes: int | None = None) -> bytes:
    """Encode one instruction placed at code offset `pc` (bytes; needed for relative offsets).

    `offset_bytes` fixes the width of a branch/jump offset (e.g. 4 for single-pass layout); by default the
    shortest width is used. The result is at most 16 bytes (GP A.5). Raises `ISAError`.
    """
    op = ins.opcode
    cls = ins.info.operand_class
    ra, rb, rd = ins.ra or 0, ins.rb or 0, ins.rd or 0
    x, y, target = ins.x or 0, ins.y or 0, ins.target or 0
    out = bytearray([op])
    if cls is OperandClass.NO_ARGS:
        pass
    elif cls is OperandClass.ONE_IMM:
        out += _le(x, _imm_len(x, "x", op))
    elif cls is OperandClass.REG_IMM64:
        out.append(ra)
        out += _le(x, 8)
    elif cls is OperandClass.TWO_IMM:
        lx = _imm_len(x, "x", op)
        out.append(lx)
        out += _le(x, lx) + _le(y, _imm_len(y, "y", op))
    elif cls is OperandClass.ONE_OFFSET:
        rel = target - pc
        out += _le(rel, _offset_len(rel, offset_bytes, op))
    elif cls is OperandClass.REG_IMM:
        out.append(ra)
        out += _le(x, _imm_len(x, "x", op))
    elif cls is OperandClass.REG_TWO_IMM:
        lx = _imm_len(x, "x", op)
        out.append(ra | lx << 4)
        out += _le(x, lx) + _le(y, _imm_len(y, "y", op))
    elif cls is OperandClass.REG_IMM_OFFSET:
        lx = _imm_len(x, "x", op)
        rel = target - pc
        out.append(ra | lx << 4)
        out += _le(x, lx) + _le(rel, _offset_len(rel, offset_bytes, op))
    elif cls is OperandClass.TWO_REG:
        out.append(rd | ra << 4)
    elif cls is OperandClass.TWO_REG_IMM:
        out.append(ra | rb << 4)
        out += _le(x, _imm_len(x, "x", op))
    elif cls is OperandClass.TWO_REG_OFFSET:
        rel = target - pc
        out.append(ra | rb << 4)
        out += _le(rel, _offset_len(rel, offset_bytes, op))
    elif cls is OperandClass.TWO_REG_TWO_IMM:
        lx = _imm_len(x, "x", op)
        out.append(ra | rb << 4)
        out.append(lx)
        out += _le(x, lx) + _le(y, _imm_len(y, "y", op))
    else:  # THREE_REG
        out.append(ra | rb << 4)
        out.append(rd)
    if len(out) - 1 > MAX_SKIP:
        raise ISAError(f"{op.mnemonic}: encoding longer than the skip limit")
    return bytes(out)


# ---------------------------------------------------------------------------------------------- decoding

def skip_length(mask: bytes | bytearray | list[bool], pc: int, code_length: int) -> int:
    """GP A.3 skip(i): bytes after the opcode at `pc` up to the next opcode bit of k ⌢ [1, 1, ...], capped at 24.

    `mask` is the unpacked opcode bitmask (one truthy entry per code byte).
    """
    n = 0
    i = pc + 1
    while n < MAX_SKIP and i < code_length and not mask[i]:
        n += 1
        i += 1
    return n


def _read(code: bytes, start: int, n: int) -> int:
    """Little-endian n bytes of ζ (code followed by zeros) at `start`."""
    chunk = code[start:start + n]
    if len(chunk) == n:
        return int.from_bytes(chunk, "little")
    return int.from_bytes(chunk + bytes(n - len(chunk)), "little")


def _reg(nibble: int) -> int:
    return nibble if nibble < 12 else 12


Fields = tuple[Opcode, int | None, int | None, int | None, int | None, int | None, int | None]
"""(opcode, ra, rb, rd, x, y, target) of one decoded instruction, None where its operand class has no such field."""


def decode_fields(code: bytes, pc: int, skip: int) -> Fields | None:
    """The operands of the instruction at `pc` whose skip is `skip` (GP A.5), as the tuple `Fields`; None if the
    opcode byte is not valid. Operand bytes past the end of `code` read as zero (ζ). Never raises for any bytes.
    (`decode_operands` gives the same as an `Instruction`; this form is for callers that decode many.)
    """
    opbyte = code[pc] if pc < len(code) else 0
    info = OPCODE_TABLE[opbyte]
    if info is None:
        return None
    op = info.opcode
    cls = info.operand_class
    p = pc + 1
    b1 = code[p] if p < len(code) else 0
    if cls is OperandClass.NO_ARGS:
        return op, None, None, None, None, None, None
    if cls is OperandClass.ONE_IMM:
        lx = min(4, skip)
        return op, None, None, None, sign_extend(_read(code, p, lx), lx), None, None
    if cls is OperandClass.REG_IMM64:
        return op, _reg(b1 & 15), None, None, _read(code, p + 1, 8), None, None
    if cls is OperandClass.TWO_IMM:
        lx = min(4, b1 % 8)
        ly = min(4, max(0, skip - lx - 1))
        return (op, None, None, None, sign_extend(_read(code, p + 1, lx), lx),
                sign_extend(_read(code, p + 1 + lx, ly), ly), None)
    if cls is OperandClass.ONE_OFFSET:
        lo = min(4, skip)
        return op, None, None, None, None, None, pc + to_signed(sign_extend(_read(code, p, lo), lo))
    if cls is OperandClass.REG_IMM:
        lx = min(4, max(0, skip - 1))
        return op, _reg(b1 & 15), None, None, sign_extend(_read(code, p + 1, lx), lx), None, None
    if cls in (OperandClass.REG_TWO_IMM, OperandClass.REG_IMM_OFFSET):
        lx = min(4, (b1 >> 4) % 8)
        ly = min(4, max(0, skip - lx - 1))
        x = sign_extend(_read(code, p + 1, lx), lx)
        second = sign_extend(_read(code, p + 1 + lx, ly), ly)
        if cls is OperandClass.REG_TWO_IMM:
            return op, _reg(b1 & 15), None, None, x, second, None
        return op, _reg(b1 & 15), None, None, x, None, pc + to_signed(second)
    if cls is OperandClass.TWO_REG:
        return op, _reg(b1 >> 4), None, _reg(b1 & 15), None, None, None
    if cls is OperandClass.TWO_REG_IMM:
        lx = min(4, max(0, skip - 1))
        return op, _reg(b1 & 15), _reg(b1 >> 4), None, sign_extend(_read(code, p + 1, lx), lx), None, None
    if cls is OperandClass.TWO_REG_OFFSET:
        lo = min(4, max(0, skip - 1))
        return (op, _reg(b1 & 15), _reg(b1 >> 4), None, None, None,
                pc + to_signed(sign_extend(_read(code, p + 1, lo), lo)))
    if cls is OperandClass.TWO_REG_TWO_IMM:
        b2 = _read(code, p + 1, 1)
        lx = min(4, b2 % 8)
        ly = min(4, max(0, skip - lx - 2))
        return (op, _reg(b1 & 15), _reg(b1 >> 4), None, sign_extend(_read(code, p + 2, lx), lx),
                sign_extend(_read(code, p + 2 + lx, ly), ly), None)
    return op, _reg(b1 & 15), _reg(b1 >> 4), _reg(_read(code, p + 1, 1)), None, None, None


def decode_operands(code: bytes, pc: int, skip: int) -> Instruction | None:
    """Decode the instruction at `pc` whose skip is `skip` (GP A.5); None if the opcode byte is not valid.

    Operand bytes past the end of `code` read as zero (ζ). Never raises for any bytes.
    """
    fields = decode_fields(code, pc, skip)
    if fields is None:
        return None
    op, ra, rb, rd, x, y, target = fields
    return Instruction(op, ra=ra, rb=rb, rd=rd, x=x, y=y, target=target)


def format_instruction(ins: Instruction) -> str:
    """One-line text form, e.g. ``add_32 r4, r2, r3`` or ``branch_eq_imm r2, 0, @42``.

    Operands appear in GP order: destinations first (D or A), then sources, immediates, target.
    """
    parts: list[str] = []
    cls = ins.info.operand_class
    for name in CLASS_FIELDS[cls] if cls is not OperandClass.THREE_REG else ("rd", "ra", "rb"):
        value = getattr(ins, name)
        if name in ("ra", "rb", "rd"):
            parts.append(f"r{value}")
        elif name == "target":
            parts.append(f"@{value}")
        else:
            s = to_signed(value)
            parts.append(str(s) if -4096 <= s <= 4096 else f"{value:#x}")
    return ins.opcode.mnemonic + (" " + ", ".join(parts) if parts else "")
