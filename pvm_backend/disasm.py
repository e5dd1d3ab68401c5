"""Disassembler: one line per instruction, with its pc, for `.jam`, SPI and generic program blobs.

What it does: `disassemble(data)` detects the container (`containers.decode_container`: JAM, then SPI, then
generic), then walks the code from offset 0 instruction by instruction (GP A.3: the next instruction is at
pc + 1 + skip(pc)) and prints each with `isa.format_instruction`. Lines look like

    ; jam, metadata 'add.wasm', ro 0 B, rw 0 B, heap 0 pages, stack 4096 B, code 20 B, jump table 1 entries
    @block 0 [jump 2]:
        0: load_ind_u32 r2, r7, 0

`@block` marks a basic-block start (GP A.5 π) and `[jump N]` says the jump table reaches it with the dynamic
address N. Bytes whose mask bit is clear at the walk position, or that hold an undefined opcode, print as
`invalid 0xNN (acts as trap)`. A jump-table entry that is not a block start is listed at the end.

Guarantees: never raises for a decodable container; raises `ContainerError` (an `InputError`) otherwise.
"""

from __future__ import annotations

from pvm_backend.containers import ContainerKind, decode_container
from pvm_backend.isa import format_instruction
from pvm_backend.semantics import JUMP_ALIGNMENT, DecodedProgram


def _header(data: bytes) -> tuple[str, DecodedProgram]:
    found = decode_container(data)
    blob = found.blob
    parts = [found.kind.value]
    if found.kind is ContainerKind.JAM and found.metadata is not None:
        parts.append(f"metadata {found.metadata.decode('utf-8', errors='replace')!r}")
    if found.program is not None:
        p = found.program
        parts += [f"ro {len(p.ro_data)} B", f"rw {len(p.rw_data)} B", f"heap {p.heap_pages} pages",
                  f"stack {p.stack_size} B"]
    parts += [f"code {len(blob.code)} B", f"jump table {len(blob.jump_table)} entries"]
    return "; " + ", ".join(parts), DecodedProgram(blob.code, blob.mask, blob.jump_table)


def disassemble(data: bytes) -> list[str]:
    """The listing of the program in `data` (any container), one instruction per line. Raises `ContainerError`."""
    header, program = _header(data)
    lines = [header]
    jump_addresses: dict[int, list[int]] = {}
    for i, entry in enumerate(program.jump_table):
        jump_addresses.setdefault(entry, []).append((i + 1) * JUMP_ALIGNMENT)
    width = len(str(max(len(program.code), 1)))
    pc = 0
    while pc < len(program.code):
        marks = ""
        if pc in jump_addresses:
            marks = " [jump " + ", ".join(str(a) for a in jump_addresses[pc]) + "]"
        if pc in program.starts:
            lines.append(f"@block {pc}{marks}:")
        elif marks:
            lines.append(f"@not-a-block {pc}{marks}:")
        ins, next_pc = program.instruction(pc)
        text = format_instruction(ins) if ins is not None else f"invalid {program.code[pc]:#04x} (acts as trap)"
        lines.append(f"    {pc:>{width}}: {text}")
        pc = next_pc
    stray = sorted(e for e in jump_addresses if e >= len(program.code))
    for entry in stray:
        lines.append(f"; jump-table entry {entry} (address {jump_addresses[entry][0]}) is past the end of the code")
    return lines
