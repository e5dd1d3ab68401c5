"""Code layout: the one place where labels become pcs and symbolic instructions become bytes.

What it does: `JumpTable` hands out jump-table entries (address 2·(k+1) for entry k, GP A.5 djump) to labels
before layout; `lay_out(sections, jump_table)` places the emitted items of all sections back to back from
pc 0 in a single pass with fixed 4-byte branch offsets, resolves every label to its pc, encodes every
instruction and fills the jump table with the pcs of its labels.

Assumes: every jump-table address is assigned before `lay_out` (so immediate lengths are known); every
label that is a branch target is preceded by a terminator (the builder guarantees it).

Guarantees: the returned code, mask and jump table form a valid generic blob (GP A.2); label pcs are block
starts (GP A.5, set π); instruction sizes do not depend on pcs (single pass is exact). Raises KeyError for a
reference to a label that no section defines (an emitter bug, never user input).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pvm_backend import abi
from pvm_backend.isa import Instruction, encode

from .items import EmittedInstruction, Label, SymbolicInstruction

#: Branch/jump offsets are always encoded in 4 bytes (single-pass layout, README §3.2).
OFFSET_BYTES = 4


class JumpTable:
    """Jump-table entries in allocation order; entry k holds the pc of `labels[k]`."""

    def __init__(self) -> None:
        self.labels: list[str] = []
        self._index: dict[str, int] = {}

    def address(self, label: str) -> int:
        """The dynamic-jump address of `label`'s entry, allocating the entry on first use."""
        if label not in self._index:
            self._index[label] = len(self.labels)
            self.labels.append(label)
        return abi.jump_address(self._index[label])

    def addresses(self) -> dict[str, int]:
        """label → address for every allocated entry."""
        return {label: abi.jump_address(k) for label, k in self._index.items()}


@dataclass(frozen=True)
class PlacedInstruction:
    """One encoded instruction of the final code."""

    pc: int
    """Its code offset in bytes."""
    instruction: Instruction
    """The resolved instruction."""
    size: int
    """Encoded length in bytes."""
    section: str
    """Name of the section (function or entry stub) it belongs to."""
    index: int
    """Index of the item in its section's emitted instructions."""


@dataclass(frozen=True)
class Layout:
    """The laid-out program code."""

    code: bytes
    """Instruction bytes."""
    mask: bytes
    """Unpacked opcode mask (1 at each instruction start)."""
    jump_table: tuple[int, ...]
    """pc of each jump-table entry."""
    label_pc: dict[str, int]
    """Every label → its pc."""
    placed: tuple[PlacedInstruction, ...]
    """Every instruction in code order."""
    section_ranges: tuple[tuple[str, int, int], ...]
    """(section name, first pc, end pc) in code order."""


def _resolve(item: Instruction | SymbolicInstruction, pc_of: dict[str, int], jumps: dict[str, int]) -> Instruction:
    if isinstance(item, SymbolicInstruction):
        return item.resolve(pc_of, jumps)
    return item


def lay_out(sections: Sequence[tuple[str, Sequence[EmittedInstruction]]], jump_table: JumpTable) -> Layout:
    """Place `sections` (name, items) in order from pc 0 and encode them (see module docstring)."""
    jumps = jump_table.addresses()
    label_pc: dict[str, int] = {}
    sizes: list[list[int]] = []
    pc = 0
    probe = _Probe()
    for _, items in sections:
        section_sizes: list[int] = []
        for item in items:
            ins = item.instruction
            if isinstance(ins, Label):
                label_pc[ins.name] = pc
                section_sizes.append(0)
                continue
            size = len(encode(_resolve(ins, probe, jumps), 0, OFFSET_BYTES))
            section_sizes.append(size)
            pc += size
        sizes.append(section_sizes)
    code = bytearray()
    mask = bytearray()
    placed: list[PlacedInstruction] = []
    ranges: list[tuple[str, int, int]] = []
    for (name, items), section_sizes in zip(sections, sizes):
        start = len(code)
        for index, (item, size) in enumerate(zip(items, section_sizes)):
            if isinstance(item.instruction, Label):
                continue
            ins = _resolve(item.instruction, label_pc, jumps)
            data = encode(ins, len(code), OFFSET_BYTES)
            assert len(data) == size, "instruction size changed between layout passes"
            placed.append(PlacedInstruction(len(code), ins, size, name, index))
            mask += b"\x01" + bytes(size - 1)
            code += data
        ranges.append((name, start, len(code)))
    table = tuple(label_pc[label] for label in jump_table.labels)
    return Layout(bytes(code), bytes(mask), table, label_pc, tuple(placed), tuple(ranges))


class _Probe(dict[str, int]):
    """A label → pc map that answers 0 for every label (for sizing: offsets have a fixed width)."""

    def __missing__(self, key: str) -> int:
        return 0
