"""The IR view: our own frozen, typed description of an LLVM module, built once by the frontend.

What it does: describes each function as blocks in layout order, instructions, operands, types, constants,
predicates, phi incoming pairs, call targets, GEP arithmetic and switch cases, with dense integer ids from 0.
Everything after the frontend (allocator, emitter, verifier) reads this view and never llvmlite.

Assumes: the module was verified by LLVM; pointers are 32 bits wide (wasm32 data layout, PVM addresses).

Guarantees: within a function, SSA value ids are dense from 0 (parameters first, in order, then every
instruction result in layout order); instruction ids are dense from 0 in layout order; block ids are the
layout index (block 0 is the entry). Every `ValueRef` names a value of the same function. Constant
expressions are folded by the frontend into `Const`, `GlobalAddr` or `FunctionAddr`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class TypeKind(enum.Enum):
    """The kinds of LLVM type the view distinguishes."""

    VOID = "void"
    INT = "int"
    PTR = "ptr"
    ARRAY = "array"
    STRUCT = "struct"
    FUNCTION = "function"
    LABEL = "label"
    FLOAT = "float"
    VECTOR = "vector"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class IRType:
    """An LLVM type with the layout facts the backend needs."""

    kind: TypeKind
    """What sort of type it is."""
    bits: int = 0
    """Width in bits of an integer (i1..i128); 32 for pointers; 0 otherwise."""
    size: int = 0
    """Allocation size in bytes (LLVM's `getTypeAllocSize` under the module's data layout); 0 for void."""
    align: int = 1
    """ABI alignment in bytes."""
    elements: tuple["IRType", ...] = ()
    """Struct members, or the single element type of an array."""
    offsets: tuple[int, ...] = ()
    """Byte offset of each struct member."""
    count: int = 0
    """Number of elements of an array."""
    text: str = ""
    """The type as LLVM prints it, e.g. ``i32`` or ``{ i32, i1 }``."""

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True)
class ValueRef:
    """An SSA value of the enclosing function: a parameter or an instruction result. Printed ``%v7``."""

    id: int
    """Dense value id within the function."""


@dataclass(frozen=True, slots=True)
class Const:
    """An integer (or null pointer) constant. Printed ``i32 5``."""

    value: int
    """The value as an unsigned integer of `bits` bits."""
    bits: int
    """Width in bits (1..128; 32 for null pointers)."""


@dataclass(frozen=True, slots=True)
class Undef:
    """`undef` or `poison`: any value will do. Printed ``undef``."""

    bits: int
    """Width in bits (0 for aggregates)."""


@dataclass(frozen=True, slots=True)
class GlobalAddr:
    """The address of a global variable plus a byte offset (folded constant GEPs). Printed ``@g+8``."""

    name: str
    """The global's name, as in `Module.globals`."""
    offset: int = 0
    """Byte offset added to the global's address."""


@dataclass(frozen=True, slots=True)
class FunctionAddr:
    """The address of a function (a jump-table entry on the PVM). Printed ``@f``."""

    name: str
    """The function's name, as in `Module.functions`."""


Operand = ValueRef | Const | Undef | GlobalAddr | FunctionAddr


@dataclass(frozen=True, slots=True)
class GepInfo:
    """A `getelementptr` resolved into byte arithmetic: address = base + offset + Σ index·scale."""

    source_type: IRType
    """The GEP's source element type."""
    offset: int
    """Sum of all constant index contributions, in bytes (signed)."""
    terms: tuple[tuple[Operand, int, int], ...]
    """Variable indices as (index operand, index width in bits, scale in bytes); indices are signed."""


@dataclass(frozen=True, slots=True)
class Instruction:
    """One LLVM instruction. Fields not meaningful for the opcode keep their defaults.

    Operand conventions by opcode (`operands`):
      binary ops / icmp: (lhs, rhs);  select: (cond, if_true, if_false);  casts: (source,);
      load: (address,);  store: (value, address);  getelementptr: (base, *indices) with `gep` set;
      br: () with `successors` = (target,) or (true_target, false_target) and `operands` = (cond,);
      switch: (condition,) with `switch_cases` and `successors` = (default, *case targets);
      ret: () or (value,);  phi: () with `phi_incoming`;  call: arguments only, `callee` or `callee_operand`;
      extractvalue / insertvalue: (aggregate,) / (aggregate, element) with `indices`;  alloca: (count,) with
      `allocated_type`;  freeze: (value,).
    """

    id: int
    """Dense instruction id within the function, in layout order."""
    opcode: str
    """LLVM opcode name: ``add``, ``icmp``, ``phi``, ``call``, ``br`` ..."""
    result: int | None
    """Value id of the result, or None (void results, stores, branches)."""
    type: IRType
    """Result type (void when there is none)."""
    operands: tuple[Operand, ...]
    """Operands as listed in the class docstring."""
    operand_types: tuple[IRType, ...]
    """Type of each operand, parallel to `operands`."""
    block: int
    """Id of the enclosing block."""
    text: str
    """The instruction as LLVM printed it (for diagnostics)."""
    predicate: str | None = None
    """icmp predicate: eq, ne, ugt, uge, ult, ule, sgt, sge, slt, sle (``samesign`` dropped)."""
    flags: frozenset[str] = frozenset()
    """Flags such as nuw, nsw, exact, disjoint, volatile, inbounds."""
    align: int = 0
    """Alignment of a load, store or alloca in bytes (0 when not given)."""
    successors: tuple[int, ...] = ()
    """Target block ids of br / switch (order in the class docstring)."""
    switch_cases: tuple[tuple[int, int], ...] = ()
    """switch: (case value as unsigned int, target block id) pairs, in source order."""
    phi_incoming: tuple[tuple[int, Operand], ...] = ()
    """phi: (predecessor block id, incoming value) pairs."""
    callee: str | None = None
    """Name of a directly called function or intrinsic (``llvm.memcpy.p0.p0.i32``)."""
    callee_operand: Operand | None = None
    """The called pointer of an indirect call."""
    gep: GepInfo | None = None
    """Resolved address arithmetic of a getelementptr."""
    indices: tuple[int, ...] = ()
    """extractvalue / insertvalue indices."""
    allocated_type: IRType | None = None
    """alloca: the allocated element type."""


@dataclass(frozen=True, slots=True)
class Block:
    """A basic block."""

    id: int
    """Layout index within the function (0 = entry)."""
    name: str
    """Label as printed by LLVM (may be a number for unnamed blocks)."""
    instructions: tuple[Instruction, ...]
    """Instructions in order; the last is the terminator; phis come first."""
    predecessors: tuple[int, ...]
    """Ids of predecessor blocks, in layout order, without duplicates."""

    @property
    def terminator(self) -> Instruction:
        """The block's last instruction."""
        return self.instructions[-1]


@dataclass(frozen=True, slots=True)
class ValueInfo:
    """Facts about one SSA value."""

    id: int
    """Dense value id."""
    name: str
    """Its LLVM name without the ``%`` (may be empty)."""
    type: IRType
    """Its type."""
    param_index: int | None = None
    """Parameter position, for parameters."""
    instruction: int | None = None
    """Id of the defining instruction, for instruction results."""


@dataclass(frozen=True, slots=True)
class Function:
    """One function definition or declaration."""

    name: str
    """Symbol name without the ``@``."""
    return_type: IRType
    """Return type (void for none)."""
    param_types: tuple[IRType, ...]
    """Parameter types, in order; parameter i has value id i."""
    values: tuple[ValueInfo, ...]
    """Every SSA value, indexed by id."""
    blocks: tuple[Block, ...]
    """Blocks in layout order; empty for declarations."""
    is_declaration: bool = False
    """True for an external declaration or intrinsic (no body)."""
    is_vararg: bool = False
    """Whether the signature ends in ``...``."""
    _instructions: tuple[Instruction, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_instructions", tuple(ins for b in self.blocks for ins in b.instructions))

    @property
    def instructions(self) -> tuple[Instruction, ...]:
        """All instructions in layout order (index = instruction id); computed once."""
        return self._instructions


@dataclass(frozen=True, slots=True)
class Relocation:
    """A pointer stored in a global's initializer, filled in at layout time."""

    offset: int
    """Byte offset inside the global."""
    size: int
    """Width of the stored pointer in bytes (4 for wasm32 pointers, 8 for a ptrtoint to i64)."""
    target: GlobalAddr | FunctionAddr
    """What the pointer points at."""


@dataclass(frozen=True, slots=True)
class GlobalVar:
    """A global variable with its initial bytes."""

    name: str
    """Symbol name without the ``@``."""
    size: int
    """Size in bytes."""
    align: int
    """Alignment in bytes."""
    data: bytes
    """Initial contents (zeros for zeroinitializer; pointer slots are zero and listed in `relocations`)."""
    relocations: tuple[Relocation, ...] = ()
    """Pointers inside `data`."""
    constant: bool = False
    """Whether it is declared ``constant`` (read-only data)."""
    is_declaration: bool = False
    """An external global with no initializer."""


@dataclass(frozen=True, slots=True)
class Module:
    """A whole module: functions and globals, in source order."""

    functions: tuple[Function, ...]
    """Every function, definitions and declarations."""
    globals: tuple[GlobalVar, ...]
    """Every global variable."""
    triple: str = ""
    """Target triple of the module."""
    data_layout: str = ""
    """Data layout string of the module."""
    source_name: str = field(default="", compare=False)
    """File the module came from, for diagnostics."""

    def function(self, name: str) -> Function | None:
        """The function named `name`, or None."""
        for f in self.functions:
            if f.name == name:
                return f
        return None
