"""PVM program containers: varints, the generic program blob, the standard program (SPI) and `.jam` files.

What it does: encodes and decodes
* `E(x)`, the variable-length natural of GP C.5 (`encode_varint` / `decode_varint`);
* the generic program blob of GP A.2 (`deblob`) as `CodeBlob` (code, unpacked opcode mask, jump table);
* the standard program of GP A.7 (eq. A.38) as `StandardProgram`, with the validity check of the same section;
* the JAM service code blob `E(|m|) ‖ m ‖ SPI` (GP 9.4) with `encode_jam` / `decode_jam`;
and guesses which of the three a byte string is (`detect_container`).

Assumes: jump-table entries and code offsets are byte offsets into the code; the mask is given unpacked (one byte
0 or 1 per code byte).

Guarantees: every decoder consumes its input exactly and rejects trailing bytes, truncation, non-canonical varints
(GP C.5 has exactly one encoding per number), non-zero mask padding bits, and SPI programs failing the validity
check, raising `ContainerError` (an `InputError`) with a one-line message. `X.decode(x.encode()) == x` for
every valid value. Encoding picks the jump-table entry width z = 0 for an empty table and otherwise the fewest
bytes (1-4) that hold the largest entry.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pvm_backend.errors import InputError
from pvm_backend.isa import Instruction, encode

#: GP A.7 constants: zone size Z_Z, page size Z_P, maximum argument size Z_I (bytes).
ZONE_SIZE = 1 << 16
PAGE_SIZE = 1 << 12
MAX_ARGS_SIZE = 1 << 24


class ContainerError(InputError):
    """A program container (generic blob, SPI, .jam) that cannot be decoded or is not valid."""


class ContainerKind(enum.Enum):
    """The three program containers this project reads and writes."""

    JAM = "jam"
    """`E(|m|) ‖ m ‖ SPI`: a JAM service code blob with metadata (GP 9.4)."""
    SPI = "spi"
    """A bare standard program (GP A.7)."""
    GENERIC = "generic"
    """A bare generic program blob (GP A.2): code, mask and jump table only."""


# ---------------------------------------------------------------------------------------------- varints

def encode_varint(x: int) -> bytes:
    """GP C.5 `E(x)` for 0 <= x < 2^64: 1 to 9 bytes, the count of leading 1-bits of byte 0 = extra bytes.

    Raises `ContainerError` for a negative or too large `x`.
    """
    if not 0 <= x < 1 << 64:
        raise ContainerError(f"varint: {x} is outside 0..2^64-1")
    for length in range(8):
        if x < 1 << (7 * (length + 1)):
            head = 256 - (1 << (8 - length)) + (x >> (8 * length))
            return bytes([head]) + (x & ((1 << (8 * length)) - 1)).to_bytes(length, "little")
    return b"\xff" + x.to_bytes(8, "little")


def decode_varint(data: bytes, offset: int = 0) -> tuple[int, int]:
    """Decode one GP C.5 varint at `offset`; returns (value, offset just after it).

    Raises `ContainerError` when the input is truncated or the encoding is not the canonical one.
    """
    if offset >= len(data):
        raise ContainerError(f"varint: input ends at byte {offset}")
    head = data[offset]
    length = 0
    while length < 8 and head & (0x80 >> length):
        length += 1
    end = offset + 1 + length
    if end > len(data):
        raise ContainerError(f"varint: input ends inside the varint at byte {offset}")
    low = int.from_bytes(data[offset + 1:end], "little")
    if length == 8:
        value = low
    else:
        value = low + ((head & ((1 << (7 - length)) - 1)) << (8 * length))
    if encode_varint(value) != data[offset:end]:
        raise ContainerError(f"varint: non-canonical encoding at byte {offset}")
    return value, end


class _Reader:
    """A cursor over bytes that raises `ContainerError` naming `what` on truncation."""

    def __init__(self, data: bytes, what: str) -> None:
        self.data = bytes(data)
        self.pos = 0
        self.what = what

    def take(self, n: int, field: str) -> bytes:
        if n < 0 or self.pos + n > len(self.data):
            raise ContainerError(f"{self.what}: input ends inside {field} (needs {n} bytes at {self.pos}, "
                                 f"has {len(self.data) - self.pos})")
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk

    def uint(self, n: int, field: str) -> int:
        return int.from_bytes(self.take(n, field), "little")

    def varint(self, field: str) -> int:
        try:
            value, self.pos = decode_varint(self.data, self.pos)
        except ContainerError as exc:
            raise ContainerError(f"{self.what}: {field}: {exc}") from None
        return value

    def finish(self) -> None:
        if self.pos != len(self.data):
            raise ContainerError(f"{self.what}: {len(self.data) - self.pos} trailing bytes after byte {self.pos}")


# ---------------------------------------------------------------------------------------------- generic blob

@dataclass(frozen=True)
class CodeBlob:
    """A generic program blob (GP A.2): instruction bytes, opcode mask and dynamic jump table."""

    code: bytes
    """The instruction bytes c."""
    mask: bytes
    """The opcode bitmask k, unpacked: one byte per code byte, 1 where an instruction starts, else 0."""
    jump_table: tuple[int, ...] = ()
    """The dynamic jump table j: code offsets; entry i is reached by a dynamic jump to address 2*(i+1)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "code", bytes(self.code))
        object.__setattr__(self, "mask", bytes(self.mask))
        object.__setattr__(self, "jump_table", tuple(self.jump_table))
        if len(self.mask) != len(self.code):
            raise ContainerError(f"code blob: mask has {len(self.mask)} entries for {len(self.code)} code bytes")
        if any(b > 1 for b in self.mask):
            raise ContainerError("code blob: mask entries must be 0 or 1")
        for entry in self.jump_table:
            if not 0 <= entry < 1 << 32:
                raise ContainerError(f"code blob: jump-table entry {entry} is not a 32-bit code offset")

    @classmethod
    def from_pieces(cls, pieces: Iterable[bytes], jump_table: Sequence[int] = ()) -> CodeBlob:
        """Concatenate encoded instructions (one `bytes` each, opcode first) and mark each opcode byte."""
        code = bytearray()
        mask = bytearray()
        for piece in pieces:
            if not piece:
                raise ContainerError("code blob: empty instruction encoding")
            code += piece
            mask += b"\x01" + bytes(len(piece) - 1)
        return cls(bytes(code), bytes(mask), tuple(jump_table))

    @classmethod
    def assemble(cls, instructions: Iterable[Instruction], jump_table: Sequence[int] = (),
                 offset_bytes: int | None = None) -> CodeBlob:
        """Lay out `instructions` back to back from pc 0 with `isa.encode` (targets are absolute pcs).

        Raises `isa.ISAError` for an instruction that cannot be encoded.
        """
        pieces: list[bytes] = []
        pc = 0
        for ins in instructions:
            piece = encode(ins, pc, offset_bytes)
            pieces.append(piece)
            pc += len(piece)
        return cls.from_pieces(pieces, jump_table)

    @property
    def entry_width(self) -> int:
        """z of GP A.2: bytes per jump-table entry (0 for an empty table)."""
        if not self.jump_table:
            return 0
        top = max(self.jump_table)
        width = 1
        while top >= 1 << (8 * width):
            width += 1
        return width

    def packed_mask(self) -> bytes:
        """The mask as GP packs it: bit i of the blob is byte i//8, bit i%8 (LSB first), zero padding."""
        out = bytearray((len(self.mask) + 7) // 8)
        for i, bit in enumerate(self.mask):
            if bit:
                out[i >> 3] |= 1 << (i & 7)
        return bytes(out)

    def encode(self) -> bytes:
        """`E(|j|) ‖ E_1(z) ‖ E(|c|) ‖ E_z(j) ‖ c ‖ E(k)` (GP A.2)."""
        z = self.entry_width
        out = bytearray(encode_varint(len(self.jump_table)))
        out.append(z)
        out += encode_varint(len(self.code))
        for entry in self.jump_table:
            out += entry.to_bytes(z, "little")
        out += self.code
        out += self.packed_mask()
        return bytes(out)

    @classmethod
    def decode(cls, data: bytes) -> CodeBlob:
        """GP A.2 `deblob`; raises `ContainerError` unless `data` is exactly one well-formed blob."""
        reader = _Reader(data, "code blob")
        count = reader.varint("jump-table length")
        z = reader.uint(1, "jump-table entry width")
        code_len = reader.varint("code length")
        if count and not 1 <= z <= 4:
            raise ContainerError(f"code blob: jump-table entry width {z} is not in 1..4")
        if count * max(z, 1) > len(data) or code_len > len(data):
            raise ContainerError("code blob: lengths exceed the input")
        table = tuple(reader.uint(z, "jump table") for _ in range(count))
        code = reader.take(code_len, "code")
        packed = reader.take((code_len + 7) // 8, "opcode mask")
        reader.finish()
        mask = bytes((packed[i >> 3] >> (i & 7)) & 1 for i in range(code_len))
        if code_len % 8 and packed[-1] >> (code_len % 8):
            raise ContainerError("code blob: opcode mask padding bits are not zero")
        return cls(code, mask, table)


# ---------------------------------------------------------------------------------------------- standard program

def round_page(x: int) -> int:
    """GP A.7 P(x): `x` rounded up to a multiple of the page size Z_P = 4096."""
    return -(-x // PAGE_SIZE) * PAGE_SIZE


def round_zone(x: int) -> int:
    """GP A.7 Z(x): `x` rounded up to a multiple of the zone size Z_Z = 65536."""
    return -(-x // ZONE_SIZE) * ZONE_SIZE


@dataclass(frozen=True)
class StandardProgram:
    """A standard program (SPI, GP A.7 eq. A.38): data sections, heap and stack sizes, and the code blob.

    Construction raises `ContainerError` when a size does not fit its field or the memory layout does not fit
    in 2^32 bytes (GP A.7 validity condition).
    """

    ro_data: bytes
    """o: read-only data, mapped at 0x10000."""
    rw_data: bytes
    """w: read-write data, mapped at 2*Z_Z + Z(|o|)."""
    heap_pages: int
    """z: extra zero-filled writable pages after the rw data (u16)."""
    stack_size: int
    """s: stack size in bytes (u24); the stack ends at 0xFEFE0000."""
    code: CodeBlob
    """The generic program blob."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "ro_data", bytes(self.ro_data))
        object.__setattr__(self, "rw_data", bytes(self.rw_data))
        for name, value, bits in (("read-only data length", len(self.ro_data), 24),
                                  ("read-write data length", len(self.rw_data), 24),
                                  ("heap pages", self.heap_pages, 16), ("stack size", self.stack_size, 24)):
            if not 0 <= value < 1 << bits:
                raise ContainerError(f"standard program: {name} {value} does not fit in {bits} bits")
        total = (5 * ZONE_SIZE + round_zone(len(self.ro_data))
                 + round_zone(len(self.rw_data) + self.heap_pages * PAGE_SIZE)
                 + round_zone(self.stack_size) + MAX_ARGS_SIZE)
        if total > 1 << 32:
            raise ContainerError(f"standard program: memory layout needs {total} bytes, more than 2^32 (GP A.7)")

    @property
    def heap_start(self) -> int:
        """h of GP A.5.9 / A.42: the address where rw data (then the heap) begins, 2*Z_Z + Z(|o|)."""
        return 2 * ZONE_SIZE + round_zone(len(self.ro_data))

    def encode(self) -> bytes:
        """`E_3(|o|) ‖ E_3(|w|) ‖ E_2(z) ‖ E_3(s) ‖ o ‖ w ‖ E_4(|c|) ‖ c` (GP A.38)."""
        blob = self.code.encode()
        if len(blob) >= 1 << 32:
            raise ContainerError("standard program: code blob longer than 2^32 bytes")
        return (len(self.ro_data).to_bytes(3, "little") + len(self.rw_data).to_bytes(3, "little")
                + self.heap_pages.to_bytes(2, "little") + self.stack_size.to_bytes(3, "little")
                + self.ro_data + self.rw_data + len(blob).to_bytes(4, "little") + blob)

    @classmethod
    def decode(cls, data: bytes) -> StandardProgram:
        """Inverse of `encode`; raises `ContainerError` unless `data` is exactly one valid standard program."""
        reader = _Reader(data, "standard program")
        ro_len = reader.uint(3, "read-only data length")
        rw_len = reader.uint(3, "read-write data length")
        heap_pages = reader.uint(2, "heap pages")
        stack_size = reader.uint(3, "stack size")
        ro_data = reader.take(ro_len, "read-only data")
        rw_data = reader.take(rw_len, "read-write data")
        blob_len = reader.uint(4, "code length")
        blob = reader.take(blob_len, "code blob")
        reader.finish()
        return cls(ro_data, rw_data, heap_pages, stack_size, CodeBlob.decode(blob))


def encode_jam(program: StandardProgram, metadata: bytes = b"") -> bytes:
    """A JAM service code blob: `E(|m|) ‖ m ‖ SPI` (GP 9.4), the input anan-as reads by default."""
    return encode_varint(len(metadata)) + bytes(metadata) + program.encode()


def decode_jam(data: bytes) -> tuple[bytes, StandardProgram]:
    """Inverse of `encode_jam`: (metadata, program). Raises `ContainerError`."""
    reader = _Reader(data, ".jam")
    meta_len = reader.varint("metadata length")
    metadata = reader.take(meta_len, "metadata")
    return metadata, StandardProgram.decode(data[reader.pos:])


# ---------------------------------------------------------------------------------------------- detection

@dataclass(frozen=True)
class DecodedContainer:
    """The result of `decode_container`: what the bytes were and what they hold."""

    kind: ContainerKind
    """Which container the bytes decoded as."""
    blob: CodeBlob
    """The code blob (for every kind)."""
    program: StandardProgram | None
    """The standard program (JAM and SPI only)."""
    metadata: bytes | None
    """The metadata (JAM only)."""


def decode_container(data: bytes) -> DecodedContainer:
    """Decode `data` as the first container that accepts it exactly, in the order JAM, SPI, generic.

    The order puts the richest format first: a `.jam` file is never a valid bare SPI (the metadata-length prefix
    shifts every field), and SPI's fixed 11-byte header plus u32 code length rarely parses as a generic blob.
    Raises `ContainerError` naming the three failures when none accepts the bytes.
    """
    errors: list[str] = []
    try:
        metadata, program = decode_jam(data)
        return DecodedContainer(ContainerKind.JAM, program.code, program, metadata)
    except ContainerError as exc:
        errors.append(str(exc))
    try:
        program = StandardProgram.decode(data)
        return DecodedContainer(ContainerKind.SPI, program.code, program, None)
    except ContainerError as exc:
        errors.append(str(exc))
    try:
        return DecodedContainer(ContainerKind.GENERIC, CodeBlob.decode(data), None, None)
    except ContainerError as exc:
        errors.append(str(exc))
    raise ContainerError("not a .jam, SPI or generic program blob (" + "; ".join(errors) + ")")


def detect_container(data: bytes) -> ContainerKind:
    """Which container `data` is, by the rule of `decode_container` (JAM, then SPI, then generic).

    Raises `ContainerError` when it is none of them.
    """
    return decode_container(data).kind
