"""The allocation problem: the narrow, explicit description of one function that the allocator sees.

What it does: defines frozen data (`Problem`, `Block`, `Value`, `CallSite`) describing one function for register
allocation: SSA values with their definition and use positions, the blocks in the one linear order with their
edges and position ranges, the call sites and what they write, the incoming parameters, whether the function is a
leaf, the register model (`abi.RegisterModel`), the registers available for allocation, the precoloured
parameters and where the emitter needs caller-saved registers itself (`Problem.scratch`).
`available_registers` states the register rule of SEED-regalloc.md ("Available Registers") and of the full
model. Modelled on regalloc2's `Function` trait: dense ids, plain data.

Positions: one integer per instruction, numbered from 0 in the shared block order (the emitter's `block_order`;
the first block is the entry). Block ``k`` covers the closed range ``[start, end]`` (``end`` is its terminator) and
block ``k+1`` starts at ``end + 1``. Where definitions and uses sit:
  * an ordinary instruction defines its result and uses its operands at its own position;
  * a parameter is defined at position 0 (the entry block's first position);
  * a phi is defined at the first position of its block (all phis of a block at the same position: they are
    one parallel copy), and each incoming value is used at the last position (the terminator) of the
    predecessor it comes from;
  * at one position the uses happen before the definition (an instruction reads its operands, then writes its
    result); the entry block has no predecessors (LLVM's rule), so a parameter read at position 0 is never live
    into position 0 from elsewhere.
The emitter performs a phi's copy on the edge (end of the predecessor, or an edge block for a critical edge): any
other value live on that edge is live at the successor's first position, where the phi's interval starts, so
the two never share a register.

Assumes: nothing about the source (LLVM, WASM, a unit test). `linear_scan` never sees llvmlite or the emitter;
the ABI (`pvm_backend.abi`) is the one source of register roles.

Guarantees: `Problem.__post_init__` checks the structural invariants (dense ids, contiguous block ranges covering
every position, consistent successor/predecessor lists, positions in range, sorted call sites, available registers
drawn from r9-r12 (seed model; r5-r12 under the full model) and (seed model) disjoint from the incoming
parameters, scratch declarations in range and drawn from r5-r8, precoloured values that are
parameters in their incoming registers, an entry block without predecessors) and raises
`ProblemError` naming the first violation.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from pvm_backend import abi

#: The registers the allocator may ever hand out under the seed model: the callee-saved r9-r12 (SEED-regalloc.md,
#: ABI).
ALLOCATABLE: tuple[int, ...] = tuple(int(r) for r in abi.CALLEE_SAVED)
#: The caller-saved registers the full model adds where no call, host call or scratch use is inside an interval.
CALLER_SAVED: tuple[int, ...] = tuple(int(r) for r in abi.CALLER_SAVED)
#: Every register of the full model, ascending: r5-r12.
FULL_ALLOCATABLE: tuple[int, ...] = tuple(sorted(CALLER_SAVED + ALLOCATABLE))
_CLOBBERED: tuple[int, ...] = tuple(sorted(int(r) for r in abi.CALL_CLOBBERED))
_HOST_CLOBBERED: tuple[int, ...] = tuple(sorted(int(r) for r in abi.HOST_CALL_CLOBBERED))


class ProblemError(ValueError):
    """A `Problem` that breaks its structural invariants (a bug in whoever built it, never a user error)."""


class CallKind(enum.Enum):
    """What sort of call a call site is. Intrinsics lowered inline are not call sites at all."""

    CALL = "call"
    """A call of a PVM function, direct or indirect (`load_imm_jump` / `load_imm_jump_ind`): makes a non-leaf."""
    HOST = "host"
    """A host call (`ecalli`, GP A.5.2): arguments in r7, r8, r9..r12; does not make the function a non-leaf."""


@dataclass(frozen=True, slots=True)
class CallSite:
    """One call at one position. Printed ``call@12 writes r9 r10``."""

    position: int
    """Position of the call instruction."""
    kind: CallKind
    """Real call or host call."""
    argument_registers: tuple[int, ...]
    """Callee-saved registers (r9-r12) the call overwrites with its arguments, ascending."""
    clobbered: tuple[int, ...]
    """Other registers whose contents the call may change (abi.CALL_CLOBBERED: r0, r2-r8), ascending."""

    @property
    def writes(self) -> frozenset[int]:
        """Every register whose value differs after the call site from before it."""
        return frozenset(self.argument_registers) | frozenset(self.clobbered)


@dataclass(frozen=True, slots=True)
class Block:
    """A basic block at its place in the linear order. Printed ``b3 [12, 17] -> b1 b4``."""

    id: int
    """Index in the linear order (dense from 0; 0 is the entry)."""
    start: int
    """First position of the block."""
    end: int
    """Last position of the block (its terminator); ``end >= start``."""
    successors: tuple[int, ...]
    """Ids of the successor blocks, without duplicates, in terminator order."""
    predecessors: tuple[int, ...]
    """Ids of the predecessor blocks, ascending, without duplicates."""
    origin: int | None = None
    """The id of this block in the source (the IR block id), or None for hand-built problems."""


@dataclass(frozen=True, slots=True)
class Value:
    """An SSA value. Printed ``v4 def@3 uses@5,9,9``."""

    id: int
    """Dense value id (the IR value id when built from the IR view)."""
    definition: int
    """Position of the definition (see the module docstring for parameters and phis)."""
    uses: tuple[int, ...]
    """Position of every use, ascending, one entry per operand occurrence (a value used twice by one
    instruction appears twice)."""
    param_index: int | None = None
    """Parameter index for parameters, else None."""
    is_phi: bool = False
    """Whether the value is a phi result."""
    fits_register: bool = True
    """Whether the value fits one 64-bit register (False for i128, aggregates, allocas and values without a
    slot): such values are never allocated."""

    @property
    def use_count(self) -> int:
        """Number of uses (operand occurrences)."""
        return len(self.uses)


@dataclass(frozen=True, slots=True)
class Problem:
    """The allocation problem of one function. See the module docstring for positions."""

    name: str
    """Function name (for logs and errors)."""
    values: tuple[Value, ...]
    """Every SSA value, indexed by id."""
    blocks: tuple[Block, ...]
    """Every block, in the linear order (index = id)."""
    calls: tuple[CallSite, ...]
    """Real calls and host calls, ascending by position."""
    param_count: int
    """Number of incoming parameters."""
    incoming_registers: tuple[int, ...]
    """Registers holding incoming parameter words at entry (r9.. for the first four words), ascending."""
    is_leaf: bool
    """True when the function makes no real call (`CallKind.CALL`); host calls and inline intrinsics do not
    count."""
    outgoing_registers: tuple[int, ...]
    """Union of `argument_registers` of the real calls, ascending (reserved in non-leaf functions)."""
    registers: tuple[int, ...]
    """Registers available for allocation anywhere in the function, ascending (`available_registers`)."""
    model: abi.RegisterModel = abi.RegisterModel.SEED
    """The register model the problem was built for (`abi.RegisterModel`)."""
    precoloured: tuple[tuple[int, int], ...] = ()
    """(parameter value id, the register it arrives in), ascending: under `RegisterModel.FULL` such a parameter
    may take that register and no other (empty under the seed model, whose `registers` exclude them)."""
    scratch: tuple[tuple[int, tuple[int, ...]], ...] = ()
    """(position, the caller-saved registers r5-r8 the instruction there writes for its own purposes), ascending
    by position, positions without any left out (`pvm_backend.selection.Selection.scratch`): no value whose
    interval contains the position may occupy them. Only the full model offers r5-r8 at all."""

    def __post_init__(self) -> None:
        _check(self)

    def allowed(self, value: int) -> tuple[int, ...]:
        """Registers `value` may take somewhere, ascending: its precoloured register when it has one (and that
        register is available), else `registers`. Calls inside its interval may take more away
        (`unavailable_at`)."""
        for vid, reg in self.precoloured:
            if vid == value:
                return (reg,) if reg in self.registers else ()
        return self.registers

    @property
    def position_count(self) -> int:
        """Number of positions (instructions)."""
        return self.blocks[-1].end + 1 if self.blocks else 0

    def block_of(self, position: int) -> Block:
        """The block containing `position`. Raises ProblemError when out of range."""
        lo, hi = 0, len(self.blocks) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            block = self.blocks[mid]
            if position < block.start:
                hi = mid - 1
            elif position > block.end:
                lo = mid + 1
            else:
                return block
        raise ProblemError(f"{self.name}: position {position} is outside every block")

    @property
    def universe(self) -> tuple[int, ...]:
        """The registers the model can ever offer: r9-r12 (seed), r5-r12 (full)."""
        return FULL_ALLOCATABLE if self.model is abi.RegisterModel.FULL else ALLOCATABLE

    def unavailable_at(self, position: int) -> frozenset[int]:
        """Registers of the model (`universe`) that no value may occupy at `position`: those outside `registers`,
        those a call site at `position` writes (`call_blocks`) and the emitter's scratch registers there."""
        out = set(self.universe) - set(self.registers)
        for call in self.calls:
            if call.position == position:
                out |= self.call_blocks(call) & set(self.universe)
        for where, regs in self.scratch:
            if where == position:
                out |= set(regs) & set(self.universe)
        return frozenset(out)

    def blocked_positions(self) -> dict[int, tuple[int, ...]]:
        """Register of `registers` -> the ascending positions where a call site takes it (`call_blocks`) or the
        emitter uses it as scratch (`scratch`): a value may occupy it only if its interval contains none."""
        out: dict[int, set[int]] = {r: set() for r in self.registers}
        for call in self.calls:
            for reg in self.call_blocks(call):
                if reg in out:
                    out[reg].add(call.position)
        for position, regs in self.scratch:
            for reg in regs:
                if reg in out:
                    out[reg].add(position)
        return {r: tuple(sorted(positions)) for r, positions in out.items()}

    def call_blocks(self, call: CallSite) -> frozenset[int]:
        """The registers `call` takes from every value whose interval contains it. Seed model: every register it
        writes. Full model: only the registers the callee may change (`CallSite.clobbered`); a value in one of
        the call's argument registers is split around the call instead (live-range splitting at call sites,
        Wimmer & Mössenböck 2005): it is in its slot across the call (write-through keeps the slot current) and
        reloaded into its register right after it (`regalloc_problem.call_reloads`)."""
        return frozenset(call.clobbered) if self.model is abi.RegisterModel.FULL else call.writes


def available_registers(incoming: tuple[int, ...] | list[int], is_leaf: bool,
                        outgoing: tuple[int, ...] | list[int],
                        host_arguments: tuple[int, ...] | list[int] = (),
                        model: abi.RegisterModel = abi.RegisterModel.SEED) -> tuple[int, ...]:
    """Under the seed model: r9-r12 minus the incoming parameter registers; in a non-leaf function also minus the
    registers needed for outgoing call arguments (SEED-regalloc.md "Available Registers"); always minus the
    callee-saved registers host calls overwrite with arguments (the ABI passes host arguments 3-6 in r9-r12).
    Under `RegisterModel.FULL`: all of r5-r12 (parameters are precoloured, and a call's writes and the emitter's
    scratch registers are taken away only where they are, `Problem.unavailable_at`). Returns ascending register
    numbers."""
    if model is abi.RegisterModel.FULL:
        return FULL_ALLOCATABLE
    taken = set(incoming) | set(host_arguments)
    if not is_leaf:
        taken |= set(outgoing)
    return tuple(r for r in ALLOCATABLE if r not in taken)


def argument_registers(words: int) -> tuple[int, ...]:
    """Registers carrying argument words 0..words-1 of a call or of the incoming parameters: only the first four
    words travel in registers, r9-r12 (abi.argument_words / abi.word_register)."""
    return tuple(int(r) for r in abi.PARAM_REGISTERS[:max(0, words)])


def call_site(position: int, kind: CallKind, words: int) -> CallSite:
    """The call site of `kind` at `position` by the ABI: a real call with `words` argument words writes
    r9.. for its first four words and may change abi.CALL_CLOBBERED (r0, r2-r8); a host call of arity `words`
    writes r7, r8, r9.. (its r9-r12 part is recorded as `argument_registers`) and may change
    abi.HOST_CALL_CLOBBERED (r7, r8). For problems built by hand (`ProblemBuilder`); the IR adapter takes the same
    facts from `pvm_backend.ir_facts`."""
    if kind is CallKind.CALL:
        return CallSite(position, kind, argument_registers(words), _CLOBBERED)
    arguments = tuple(sorted(int(r) for r in abi.HOST_ARG_REGISTERS[:words] if int(r) in ALLOCATABLE))
    return CallSite(position, kind, arguments, _HOST_CLOBBERED)


def _check(p: Problem) -> None:
    """Raise ProblemError for the first broken invariant of `p` (see the module docstring)."""
    def fail(message: str) -> None:
        raise ProblemError(f"{p.name}: {message}")

    if not p.blocks:
        fail("a problem needs at least one block")
    expected_start = 0
    edges: set[tuple[int, int]] = set()
    for index, block in enumerate(p.blocks):
        if block.id != index:
            fail(f"block at index {index} has id {block.id}")
        if block.start != expected_start or block.end < block.start:
            fail(f"block {index} covers [{block.start}, {block.end}], expected to start at {expected_start}")
        expected_start = block.end + 1
        if len(set(block.successors)) != len(block.successors):
            fail(f"block {index} lists a successor twice")
        for succ in block.successors:
            if not 0 <= succ < len(p.blocks):
                fail(f"block {index} has unknown successor {succ}")
            edges.add((index, succ))
    if p.blocks[0].predecessors:
        fail(f"the entry block has predecessors {p.blocks[0].predecessors}")
    sources: dict[int, list[int]] = {}
    for a, b in edges:
        sources.setdefault(b, []).append(a)
    for block in p.blocks:
        preds = tuple(sorted(sources.get(block.id, ())))
        if block.predecessors != preds:
            fail(f"block {block.id} predecessors {block.predecessors} do not match the edges {preds}")
    count = expected_start
    for index, value in enumerate(p.values):
        if value.id != index:
            fail(f"value at index {index} has id {value.id}")
        if not 0 <= value.definition < count:
            fail(f"value {index} is defined at {value.definition}, outside [0, {count})")
        if list(value.uses) != sorted(value.uses) or any(not 0 <= u < count for u in value.uses):
            fail(f"value {index} has unsorted or out-of-range uses {value.uses}")
    positions = [c.position for c in p.calls]
    if positions != sorted(positions) or any(not 0 <= q < count for q in positions):
        fail(f"call positions {positions} are unsorted or out of range")
    if not set(p.registers) <= set(p.universe) or list(p.registers) != sorted(set(p.registers)):
        fail(f"registers {p.registers} must be ascending and drawn from {p.universe}")
    where = [q for q, _ in p.scratch]
    if where != sorted(set(where)) or any(not 0 <= q < count for q in where):
        fail(f"scratch positions {where} are unsorted, repeated or out of range")
    if any(not regs or not set(regs) <= set(CALLER_SAVED) for _, regs in p.scratch):
        fail(f"scratch registers must be non-empty sets drawn from {CALLER_SAVED}")
    if p.model is abi.RegisterModel.SEED and set(p.registers) & set(p.incoming_registers):
        fail(f"registers {p.registers} include incoming parameter registers {p.incoming_registers}")
    for vid, reg in p.precoloured:
        if not 0 <= vid < len(p.values) or p.values[vid].param_index is None or reg not in p.incoming_registers:
            fail(f"precoloured ({vid}, r{reg}) is not a parameter in its incoming register")
    if p.is_leaf != all(c.kind is not CallKind.CALL for c in p.calls):
        fail("is_leaf disagrees with the call sites")
