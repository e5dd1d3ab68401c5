"""Code layout: the one place where labels become pcs and symbolic instructions become bytes.

What it does: `JumpTable` hands out jump-table entries (address 2·(k+1) for entry k, GP A.5 djump) to labels
before layout; `lay_out(sections, jump_table)` places the emitted items of all sections back to back from
pc 0, gives every branch and jump offset the shortest width that holds its distance (branch relaxation,
`_relax`), resolves every label to its pc, encodes every instruction and fills the jump table with the pcs of
its labels.

Assumes: every jump-table address is assigned before `lay_out` (so immediate lengths are known); every
label that is a branch target is preceded by a terminator (the builder guarantees it).

Guarantees: the returned code, mask and jump table form a valid generic blob (GP A.2); label pcs are block
starts (GP A.5, set π); the widths are a fixed point (every offset fits; none was shrunk, so the pcs they
were computed from are the final ones). Raises KeyError for a
reference to a label that no section defines (an emitter bug, never user input).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pvm_backend import abi
from pvm_backend.isa import Instruction, encode, offset_length

from .items import EmittedInstruction, Label, SymbolicInstruction

#: The widest branch/jump offset in bytes (GP A.5: a 32-bit signed offset).
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
    probe = _Probe()
    items = [(name, item) for name, section in sections for item in section]
    base: list[int] = []      # bytes of each item without its branch offset (0 for a label)
    width: list[int] = []     # bytes of its branch offset (0 without one)
    fixed: list[bool] = []    # whether that width is fixed by the item (`SymbolicInstruction.offset_bytes`)
    for _, item in items:
        ins = item.instruction
        if isinstance(ins, Label):
            base.append(0)
            width.append(0)
            fixed.append(False)
            continue
        base.append(len(encode(_resolve(ins, probe, jumps), 0, 0 if _has_offset(ins) else None)))
        wanted = ins.offset_bytes if isinstance(ins, SymbolicInstruction) else None
        width.append(wanted or 0)
        fixed.append(wanted is not None)
    label_pc = _relax(items, base, width, fixed)
    code = bytearray()
    mask = bytearray()
    placed: list[PlacedInstruction] = []
    ranges: list[tuple[str, int, int]] = []
    position = 0
    for name, section in sections:
        start = len(code)
        for index, item in enumerate(section):
            k = position + index
            if isinstance(item.instruction, Label):
                continue
            ins = _resolve(item.instruction, label_pc, jumps)
            data = encode(ins, len(code), width[k] if _has_offset(item.instruction) else None)
            assert len(data) == base[k] + width[k], "instruction size changed between layout passes"
            placed.append(PlacedInstruction(len(code), ins, len(data), name, index))
            mask += b"\x01" + bytes(len(data) - 1)
            code += data
        position += len(section)
        ranges.append((name, start, len(code)))
    table = tuple(label_pc[label] for label in jump_table.labels)
    return Layout(bytes(code), bytes(mask), table, label_pc, tuple(placed), tuple(ranges))


def _has_offset(ins: Instruction | SymbolicInstruction) -> bool:
    """Whether `ins` encodes a branch or jump offset (a pc-relative target)."""
    return ins.target is not None


def _relax(items: list[tuple[str, EmittedInstruction]], base: list[int], width: list[int],
           fixed: list[bool]) -> dict[str, int]:
    """Branch relaxation: grow each offset width (in place, from its initial value) to the shortest that holds
    its target's distance (GP A.5: offsets are sign-extended immediates of 0-4 bytes), recomputing the pcs until
    no width grows. Widths only grow, so this ends (after at most 4 rounds per offset); every offset then fits
    its width, and an offset no longer needing it keeps the wider encoding it already has. Returns label → pc."""
    while True:
        label_pc: dict[str, int] = {}
        pcs: list[int] = []
        pc = 0
        for (_, item), size, extra in zip(items, base, width):
            pcs.append(pc)
            if isinstance(item.instruction, Label):
                label_pc[item.instruction.name] = pc
            pc += size + extra
        grew = False
        for k, (_, item) in enumerate(items):
            ins = item.instruction
            if isinstance(ins, SymbolicInstruction) and ins.target is not None and not fixed[k]:
                needed = offset_length(label_pc[ins.target] - pcs[k])
                if needed > width[k]:
                    width[k] = needed
                    grew = True
        if not grew:
            return label_pc


class _Probe(dict[str, int]):
    """A label → pc map that answers 0 for every label (for sizing: offsets have a fixed width)."""

    def __missing__(self, key: str) -> int:
        return 0
