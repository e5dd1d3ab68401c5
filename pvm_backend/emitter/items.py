"""The emitter's output data: emitted instructions with provenance, labels, symbolic references, functions.

What it does: defines the frozen values the emitter produces and the linker consumes. An emitted function is a
sequence of `EmittedInstruction`s, each holding either a concrete `isa.Instruction`, a `Label` (a position that
is a basic-block start) or a `SymbolicInstruction` whose branch target and/or immediate are resolved at link
time (label → pc, label or function → jump-table address).

Assumes: label names are unique within a program (the emitter prefixes them with the function name).

Guarantees: every `Label` is immediately preceded by a terminator or sits at the function's start (the emitter
inserts `fallthrough`, GP A.5 / README §3.5), so a resolved label is always a block start. Provenance fields
(`ir_instruction`, `reads`, `writes`) describe the baseline code for the verifier of a later issue.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from pvm_backend.abi import DEFAULT_REGISTER_MODEL, RegisterModel
from pvm_backend.isa import Instruction, Opcode

from .frame import Frame
from .regstate import LoweringCounters


@dataclass(frozen=True, slots=True)
class Label:
    """A position in the code that branches, calls or the jump table may reach. Printed ``name:``."""

    name: str
    """Program-wide unique label name, e.g. ``fib/b3`` or ``fn:fib`` for a function entry."""


class SymbolKind(enum.Enum):
    """What a symbolic immediate stands for."""

    JUMP_ADDRESS = "jump-address"
    """The jump-table address 2·(k+1) of the entry holding the label's pc (return sites, function pointers)."""


@dataclass(frozen=True, slots=True)
class SymbolicInstruction:
    """An instruction whose `target` and/or `x` is a label, resolved by the linker's layout.

    Fields mirror `isa.Instruction`; `target` is a label name (instead of a pc) and `x_label`, when set,
    replaces `x` by the jump-table address of that label.
    """

    opcode: Opcode
    """The opcode."""
    ra: int | None = None
    """Register A."""
    rb: int | None = None
    """Register B."""
    x: int | None = None
    """Immediate X (ignored when `x_label` is set)."""
    y: int | None = None
    """Immediate Y."""
    target: str | None = None
    """Label whose pc is the branch/jump target."""
    x_label: str | None = None
    """Label whose jump-table address is immediate X."""
    offset_bytes: int | None = None
    """A fixed width in bytes for the branch offset (the entry stub's 5-byte `jump` at pc 0); None: the shortest
    that holds the distance (`layout`)."""

    def placeholder(self) -> Instruction:
        """The concrete instruction with every label resolved to 0 (for questions about registers only)."""
        return Instruction(self.opcode, ra=self.ra, rb=self.rb, x=0 if self.x_label is not None else self.x,
                           y=self.y, target=0 if self.target is not None else None)

    def resolve(self, pc_of: dict[str, int], jump_address_of: dict[str, int]) -> Instruction:
        """The concrete instruction, given label → pc and label → jump-table address (bytes/addresses)."""
        x = jump_address_of[self.x_label] if self.x_label is not None else self.x
        target = pc_of[self.target] if self.target is not None else None
        return Instruction(self.opcode, ra=self.ra, rb=self.rb, x=x, y=self.y, target=target)


Item = Instruction | Label | SymbolicInstruction


@dataclass(frozen=True, slots=True)
class EmittedInstruction:
    """One emitted item with its provenance."""

    instruction: Item
    """A concrete instruction, a label, or a symbolic instruction."""
    ir_instruction: int | None
    """Id of the IR instruction this implements (None for prologue/entry code and labels)."""
    reads: tuple[tuple[int, int | None], ...] = ()
    """(register, IR value id expected in it) for each register read; value None for non-values (sp, partial
    results, addresses)."""
    writes: int | None = None
    """IR value id that the destination register holds afterwards (None for partial results or no dest)."""
    slot_store: int | None = None
    """IR value id whose frame slot this instruction writes (stores of a value to its home slot)."""
    read_parts: tuple[tuple[int, int], ...] = ()
    """(register, k) for each read (in `reads`) of a value wider than one register: the register is expected to
    hold the value's k-th 64-bit word (an i128: 0 the low half, 1 the high half; abi docstring), not the whole
    value."""


@dataclass(frozen=True, slots=True)
class EmittedFunction:
    """A lowered function: items in layout order, its frame and its labels."""

    name: str
    """Function name."""
    instructions: tuple[EmittedInstruction, ...]
    """Items in layout order; the first is the entry label ``fn:<name>``."""
    frame: Frame
    """Frame layout: where every value lives."""
    labels: tuple[str, ...]
    """Every label defined in this function, in order."""
    block_labels: tuple[tuple[int, str], ...]
    """(IR block id, label) for every IR block, in the shared block order."""
    ir_instruction_count: int
    """Number of IR instructions of the function."""
    registers: tuple[tuple[int, int], ...] = ()
    """The register allocation the code realises: (SSA value id, register) pairs (empty: stack slots only)."""
    counters: LoweringCounters = LoweringCounters()
    """Usage counters of the allocation (hits, reloads, invalidations, stores removed by DSE)."""
    register_model: RegisterModel = DEFAULT_REGISTER_MODEL
    """The register model the allocation was made under (check 1 proves `registers` under it)."""
    addresses: tuple[tuple[str, int], ...] = ()
    """(name, address) of every global (its PVM address) and function (its jump-table address) that an IR
    operand of the function names: what the code's constants for them must be (check 3)."""
    entry_only: bool = False
    """Whether only the entry stub calls the function (`LinkContext.entry_only`): its returns restore r0 alone,
    not r9-r12 (abi "Entry", `abi.STUB_CALLEE_RESTORED`)."""

    @property
    def pvm_instruction_count(self) -> int:
        """Number of real (non-label) instructions."""
        return sum(1 for e in self.instructions if not isinstance(e.instruction, Label))


def entry_label(function: str) -> str:
    """Label of a function's first instruction."""
    return f"fn:{function}"


def edge_label(function: str, pred: int, succ: int) -> str:
    """Label of the edge block holding the phi copies of IR edge pred -> succ (`emitter.control`)."""
    return f"{function}/e{pred}_{succ}"


def is_edge_label(name: str) -> bool:
    """Whether `name` is an `edge_label` (such a block may be threaded away: `peephole.thread_jumps`)."""
    head, _, tail = name.rpartition("/e")
    pred, _, succ = tail.partition("_")
    return bool(head) and pred.isdigit() and succ.isdigit()
