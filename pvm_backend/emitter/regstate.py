"""Which allocated register holds which SSA value while a function is emitted (the original's `alloc_reg_slot`).

What it does: `RegisterState` is the emitter's knowledge, at the current emission point, of which allocated
register (r9-r12; under the full register model also r5-r8) still mirrors which SSA value's stack slot. The
builder consults it on every operand read and updates it on every emitted instruction:
  * a definition or a reload of value v into its allocated register R sets R -> v (write-through, lazy reload);
  * any other write of R (derived from the instruction's meaning, `semantics.register_effects`) forgets R;
  * after a real call in a non-leaf function every entry is dropped (`invalidate`, SEED-regalloc.md "Runtime
    Integration": allocated mappings are invalidated after calls and lazily reloaded);
  * at a label (SEED-regalloc.md "Cross-Block Propagation"):
      - leaf functions keep the state across every block boundary (what the emission order carries in), and at
        a block start add every allocated value live there (`Allocation.live_in`): such a value is in
        its register on every path (argument below), so loop heads need no reloads;
      - non-leaf functions intersect the states of every branch or fall-through into the label, keeping only
        entries on which all of them agree; a label with a predecessor not yet emitted (a back-edge) starts
        empty. A branch that reaches an already placed label later must carry at least the state that label
        assumed; otherwise `CompileError` (an emitter bug, never a user error).
  * an edge block (phi copies of a split critical edge) is emitted out of line but starts from the exact state
    of the branch that enters it (`detached`).
  * block-local values (`emitter.block_local`, `block_local`) are kept exactly like allocated ones, in the
    registers the allocation leaves free; their reads are counted in `block_local_hits`, not in the allocator's
    counters. At the start of each IR instruction the registers it writes for itself (`Selection.scratch`) are
    forgotten (`lowering`), so that a loop inside its code finds at its back edge the state its head assumed.

Why this is sound in leaf functions: every definition of an allocated value v writes its register R (write-through;
a phi's on every incoming edge; a parameter's in the prologue), and R is written for another value x only where
x's live interval covers the write (x's definition, a reload at a use of x, a phi copy on an edge into x's
block, which lies where x's block starts). Take a point p where v is live, and any path to p: it passes v's
definition (SSA: the definition dominates every point where v is live), and after that definition v is live at
every point of the path, so any later write of R for some x != v would sit inside both intervals, which the
allocator never lets share a register. Hence R holds v at p. Phi copies read their sources without lazy reloads
(`FunctionBuilder.use(..., reload=False)`), so an edge writes only the registers of the successor's phis. Calls
cannot break it in a leaf function (there are none; host-call argument registers are never allocated).

Under the full register model (`abi.RegisterModel.FULL`) every function is treated like a leaf function above,
and a real call forgets only the registers it writes (`after_call`): a value live across a call is never in a
register the call's argument set-up writes (the allocation contract), the callee restores r9-r12 (ABI), and
argument set-up reads a value whose register it has already overwritten from the slot without a lazy reload
(`calls`), so the interval argument above holds with calls too. A value in one of the caller-saved r5-r8 has no
call, host call or instruction using that register for itself inside its interval (`Selection.scratch`, which the
builder enforces on every write), so the same argument covers it.

Assumes: the assignment respects the allocator's contract (no two overlapping intervals share a register; a
value's register is never an argument register of a call inside its interval).

Guarantees: `holds(R, v)` is True only if R mirrors v's slot on every path to the current point (for non-leaf
functions exactly by the dataflow above; for leaf functions by the interval argument above).

Test-only fault switch (`pvm_backend.faults`, on only in a build whose options carry it): ``merge-snapshot`` in
`enter_label`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pvm_backend import abi
from pvm_backend.abi import RegisterModel
from pvm_backend.errors import CompileError
from pvm_backend.allocation import Allocation
from pvm_backend.faults import NO_FAULTS, Fault, Faults


@dataclass(frozen=True, slots=True)
class LoweringCounters:
    """Per-function usage counters of the allocation (names as in the original's `lower_function()` log)."""

    alloc_load_hits: int = 0
    """Operand reads served by the allocated register (no stack load)."""
    alloc_store_hits: int = 0
    """Definitions written through to the allocated register."""
    reloads: int = 0
    """Operand reads that had to load the slot into the allocated register first (lazy reload)."""
    invalidations: int = 0
    """Register mappings dropped after real calls."""
    dse_removed: int = 0
    """Stack-slot stores removed by dead store elimination (`emitter.dse`)."""
    block_local_hits: int = 0
    """Operand reads served by a block-local value's register (`emitter.block_local`; not the allocator's)."""

    def log_line(self, function: str) -> str:
        """One line for `PVMC_LOG=linear_scan=debug`."""
        return (f"lower_function() {function}: alloc_load_hits={self.alloc_load_hits} "
                f"alloc_store_hits={self.alloc_store_hits} reloads={self.reloads} "
                f"invalidations={self.invalidations} dse_removed={self.dse_removed}")


@dataclass
class _Counts:
    alloc_load_hits: int = 0
    alloc_store_hits: int = 0
    reloads: int = 0
    invalidations: int = 0
    block_local_hits: int = 0


@dataclass
class RegisterState:
    """The `alloc_reg_slot` map of one function being emitted (see the module docstring)."""

    function: str
    """Function name (for error messages)."""
    assignment: Allocation
    """The allocation being realised."""
    faults: Faults = NO_FAULTS
    """The build's test-only fault switches (``merge-snapshot`` is read here)."""
    block_local: dict[int, int] = field(default_factory=dict)
    """Block-local value -> its register (`emitter.block_local`): kept like an allocated value, counted apart."""
    alloc_reg_slot: dict[int, int] = field(default_factory=dict)
    """Allocated register -> the SSA value whose slot it mirrors here."""
    _register_of: dict[int, int] = field(default_factory=dict)
    _incoming: dict[str, list[dict[int, int]]] = field(default_factory=dict)
    _placed: dict[str, dict[int, int]] = field(default_factory=dict)
    _kept: set[int] = field(default_factory=set)
    counts: _Counts = field(default_factory=_Counts)

    def __post_init__(self) -> None:
        self._register_of = self.assignment.as_dict() | self.block_local

    # ------------------------------------------------------------------ queries

    def register_of(self, value: int) -> int | None:
        """The register allocated to `value`, or None."""
        return self._register_of.get(value)

    @property
    def allocated_registers(self) -> frozenset[int]:
        """Every register the allocation uses."""
        return frozenset(self._register_of.values())

    def is_block_local(self, value: int) -> bool:
        """Whether `value` is a block-local value (`emitter.block_local`), not one of the allocation's."""
        return value in self.block_local

    def count_read(self, value: int, reload: bool) -> None:
        """Count a read of `value` served by its register: `alloc_load_hits` (or `reloads` after a lazy reload)
        for an allocated value, `block_local_hits` for a block-local one (its rare reloads are not counted)."""
        if value in self.block_local:
            self.counts.block_local_hits += not reload
        elif reload:
            self.counts.reloads += 1
        else:
            self.counts.alloc_load_hits += 1

    def count_write(self, value: int) -> None:
        """Count a definition written through to `value`'s register (`alloc_store_hits` for allocated values)."""
        if value not in self.block_local:
            self.counts.alloc_store_hits += 1

    def holds(self, register: int, value: int) -> bool:
        """Whether `register` is known to hold `value` here."""
        return self.alloc_reg_slot.get(register) == value

    # ------------------------------------------------------------------ updates

    def set(self, register: int, value: int) -> None:
        """`register` now mirrors `value`'s slot (after a write-through or a reload)."""
        self.alloc_reg_slot[register] = value

    def clobber(self, registers: tuple[int, ...]) -> None:
        """`registers` were written with something else: forget what they held."""
        for reg in registers:
            self.alloc_reg_slot.pop(reg, None)

    def invalidate(self) -> None:
        """After a real call of a non-leaf function: drop every mapping (counted in `invalidations`)."""
        self.counts.invalidations += len(self.alloc_reg_slot)
        self.alloc_reg_slot.clear()

    @property
    def trusts_intervals(self) -> bool:
        """Whether every allocated value live at a point is in its register there (module docstring): in a leaf
        function, and under the full register model in every function."""
        return self.assignment.leaf or self.assignment.model is RegisterModel.FULL

    def after_call(self) -> None:
        """After a real call: under the seed model drop every mapping (`invalidate`, SEED-regalloc.md "Runtime
        Integration"); under the full model forget only the registers the callee may change
        (`abi.CALL_CLOBBERED`; it restores r9-r12, and its argument registers were forgotten when written)."""
        if self.assignment.model is RegisterModel.FULL:
            dropped = [r for r in abi.CALL_CLOBBERED if int(r) in self.alloc_reg_slot]
            self.counts.invalidations += len(dropped)
            self.clobber(tuple(int(r) for r in dropped))
        else:
            self.invalidate()

    def branch_to(self, label: str) -> None:
        """A branch, jump or return-site reference to `label` leaves from here with the current state."""
        placed = self._placed.get(label)
        if placed is not None:
            expected = {r: v for r, v in placed.items() if v not in self._kept}   # kept values: by their intervals
            if not self.trusts_intervals and not expected.items() <= self.alloc_reg_slot.items():
                raise CompileError(f"{self.function}: internal error: a branch back to {label} does not keep the "
                                   f"register state the label assumed ({placed} vs {self.alloc_reg_slot})")
            return
        self._incoming.setdefault(label, []).append(dict(self.alloc_reg_slot))

    def enter_label(self, label: str, falls_through: bool, back_edge: bool,
                    live: tuple[int, ...] = (), kept: tuple[int, ...] = ()) -> None:
        """Compute the state at `label` (placed here) from what flows into it (module docstring); `live` are the
        allocated values live at the label when it starts an IR block (used by leaf functions), `kept` the
        cross-block values of the emitter's baseline live there (`emitter.block_local`), used in every function:
        no call lies in their intervals, so the interval argument holds for them in non-leaf functions too."""
        incoming = self._incoming.pop(label, [])
        if self.trusts_intervals:
            for value in live:
                self.alloc_reg_slot[self._register_of[value]] = value
        else:
            if back_edge:
                state: dict[int, int] = {}
            else:
                sources = incoming + ([dict(self.alloc_reg_slot)] if falls_through else [])
                state = dict(sources[0]) if sources else {}
                if Fault.MERGE_SNAPSHOT in self.faults:   # FAULT: the first predecessor's snapshot, no intersection
                    sources = sources[:1]
                for other in sources[1:]:
                    state = {r: v for r, v in state.items() if other.get(r) == v}
            self.alloc_reg_slot = state
        for value in kept:
            self.alloc_reg_slot[self._register_of[value]] = value
        self._kept.update(kept)
        self._placed[label] = dict(self.alloc_reg_slot)

    def snapshot(self) -> dict[int, int]:
        """A copy of the current map."""
        return dict(self.alloc_reg_slot)

    def restore(self, state: dict[int, int]) -> None:
        """Replace the current map (used around out-of-line code such as edge blocks)."""
        self.alloc_reg_slot = dict(state)

    def counters(self, dse_removed: int = 0) -> LoweringCounters:
        """The counters so far."""
        c = self.counts
        return LoweringCounters(c.alloc_load_hits, c.alloc_store_hits, c.reloads, c.invalidations, dse_removed,
                                c.block_local_hits)
