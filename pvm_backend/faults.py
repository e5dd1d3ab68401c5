"""Test-only fault switches: deliberate, named bugs in the allocator and the emitter (issue 5, "Mutation tests").

What it does: `Fault` names one injectable bug per soundness bug class of the original system
(../shared/SEED-regalloc.md, "Background from the original system", last bullet; `ALLOCATION_FAULTS`) and six bugs
of instruction selection (issue 15 part 4; `SELECTION_FAULTS`: the wrong opcode, immediate, operand order,
predicate or load width for one IR instruction, or a missing sign-extension). The environment variable
`PVMC_FAULT=<name>` (`ENV`) turns one of them on: the CLI reads it once (`from_environment`) into a `Faults`
value on the build options, which the driver hands to the allocation problem, the allocator and the emitter.
Each switch is a small branch marked ``if Fault.X in faults:`` placed next to the code it breaks (in
`regalloc_problem`, `allocators` and `emitter/`); no production module reads the environment, and
`linear_scan/` never imports this module: the linear-scan adapter passes it plain keyword flags instead.

Why: a checker that never fails proves nothing. Compiling a program with a fault on must give wrong code on at
least one program of the test corpora (tests/regalloc/test_faults.py names one per fault), and the verifier must
refute every function a fault changes.

Assumes: nothing.

Guarantees: with `NO_FAULTS` (the default everywhere) no switch fires and the compiler behaves exactly as
without this module; an unknown name raises `InputError` with a one-line message listing the valid names.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Mapping
from dataclasses import dataclass

from pvm_backend.errors import InputError

ENV = "PVMC_FAULT"
"""Name of the environment variable that selects the active fault (a `Fault` value, e.g. ``call-clobber``)."""


class Fault(enum.Enum):
    """One injectable bug. The value is its public name (the `PVMC_FAULT` spelling); each member's `__doc__` says
    what it breaks and which bug class of SEED-regalloc.md "Background" (or of instruction selection) it
    reproduces."""

    def __new__(cls, name: str, doc: str) -> Fault:
        member = object.__new__(cls)
        member._value_ = name
        member.__doc__ = doc
        return member

    CALL_CLOBBER = ("call-clobber", """Calls clobbering allocated registers. The allocator no longer reserves the
    outgoing-argument registers of a non-leaf function and ignores the registers each call site writes
    (`Problem.unavailable_at`); the emitter treats a call sequence (argument placement and the call) as leaving
    allocated registers intact: the argument writes are not tracked and nothing is invalidated after the call. A
    value allocated to an argument register and read after a call reads the call's argument instead (r9-r12 are
    callee-saved, so only the argument registers make the missing invalidation observable).""")

    MERGE_SNAPSHOT = ("merge-snapshot", """Merge blocks inheriting "register still valid" from one predecessor
    while another predecessor had a call. At a label with several incoming edges in a non-leaf function the
    register state is the first arriving predecessor's snapshot instead of the intersection of all of them. Paired
    with the allocator relaxation of `call-clobber` (argument registers allocatable, call-site writes ignored) so
    that a predecessor with a call really leaves another value in an allocated register; the emitter still tracks
    the call's writes and invalidates after it.""")

    PHI_EDGE_OVERWRITE = ("phi-edge-overwrite", """Phi copies on an edge overwriting registers the successor (or a
    later copy) assumed valid. The copies of an edge are ordered over the phis' slots alone (not over the registers
    the values are in, `emitter.control.emit_edge_copies`), and the register state is not updated by them (neither
    a load into a phi's register nor the write-through to it), so a later copy on the same edge, reading another
    phi's source, trusts a register that an earlier copy overwrote.""")

    LABEL_STALE_STATE = ("label-stale-state", """Stale state kept at a label (the original: a label after a
    division-by-zero check). At the label of an IR block with several predecessors that is entered by falling
    through, the builder keeps its per-block cache of which temporary (r2-r8) holds which value's slot
    (`FunctionBuilder._temps`) from the fall-through predecessor, although the other edges arrive with other
    contents in those temporaries; a slot load skipped on the strength of that cache reads a stale register. (A
    division check's own continuation label has a single predecessor, where keeping the cache is sound.)""")

    PHI_CYCLE_NAIVE = ("phi-cycle-naive", """Phi parallel moves ordered wrongly. `emitter.phi.sequentialize`
    orders the acyclic part correctly but, once only cycles remain (swaps, rotations), emits the remaining copies
    in input order without the scratch register, so one member of every cycle reads an already overwritten
    location.""")

    EXPIRED_REUSE = ("expired-reuse", """Expired intervals leaving one register mapped to two values. The linear
    scan expires an active interval after its value's last definition or use (liveness and loop extension
    ignored) instead of at its interval's end, so its register goes to a later value while the first is still
    live, e.g. read again in the next loop iteration.""")

    LIVENESS_ORDER = ("liveness-order", """Live ranges computed in a different block order than the emitter's
    layout. The allocation problem lists the blocks (their position ranges, hence back-edges, loops and
    block-level liveness) in reverse postorder while definitions, uses and calls keep their positions in the
    emitter's layout order, so the intervals do not describe the emitted code. (A consistent reordering would be
    harmless: intervals are hulls of dataflow liveness, sound in any one numbering.)""")

    SHARED_TEMPORARY = ("shared-temporary", """Two operands of one instruction landing in the same temporary.
    When the left-hand operand of a two-register binary operation or compare is materialised in r2, the
    right-hand one is materialised in r2 as well, so the instruction reads the right-hand value twice.""")

    CMOV_DEST = ("cmov-dest", """Conditional moves not counted as reading their destination. `select` loads the
    false value into `cmov_nz`'s destination and then uses that destination as the temporary for the true value
    (as if the move only wrote it): unless the true value already sits in its own allocated register, the select
    yields the true value whatever the condition.""")

    # Instruction-selection bugs (issue 15, check 3): each picks the wrong PVM instruction, operand order or
    # immediate for one IR instruction (or leaves one out); the allocation stays as without the fault.

    WRONG_SHIFT_KIND = ("wrong-shift-kind", """Arithmetic right shift lowered as a logical one. `ashr` on i32 and
    i64, register and immediate count alike, is emitted as `shlo_r_32`/`shlo_r_64` (`shlo_r_imm_*`) instead of
    `shar_r_*`, so a negative value shifted right gets zeros instead of copies of its sign bit. (Narrower `ashr`
    is left alone: shifted in 64 bits and re-canonicalised, both shifts agree on the bits that are kept.)""")

    OFF_BY_ONE_IMMEDIATE = ("off-by-one-immediate", """The immediate of an add-with-immediate one too large. An IR
    `add x, C` whose constant fits an immediate becomes `add_imm_32`/`add_imm_64` with immediate C+1 (when C+1
    still fits). Only IR `add` is affected: a `sub x, C` turned into an add of -C, address arithmetic (GEP) and
    stack-pointer adjustments keep their immediates.""")

    SWAPPED_OPERANDS = ("swapped-operands", """Operands of a non-commutative two-register operation swapped. `sub`,
    `shl`, `lshr`, `ashr`, `udiv`, `sdiv`, `urem` and `srem` with both operands in registers compute rhs op lhs
    (the instruction's first and second source register exchanged, each still reading the value it claims);
    the commutative `add`, `mul`, `and`, `or`, `xor` are unaffected, as are forms with an immediate.""")

    MISSING_SIGN_EXTENSION = ("missing-sign-extension", """Missing sign-extension after narrowing to 32 bits or
    fewer. Every iN below 64 bits lives in its register sign-extended from bit N-1 (abi, value representation); the
    PVM's 32-bit instructions produce that form by themselves, but a `trunc` of a wider value to i32, i16 or i8 must
    restore it with one more instruction (`add_imm_32 x, 0`, `sign_extend_16`, `sign_extend_8`). With this fault
    that instruction is left out and the truncation is a plain register move, as if only the low bits mattered: the
    source's upper bits survive, and the 64-bit comparisons, branches, divisions and addresses that trust the
    canonical form read them. This is the classic "missing sext.w" bug of 64-bit targets that keep 32-bit values
    sign-extended in 64-bit registers (RV64).""")

    WRONG_PREDICATE = ("wrong-predicate", """An icmp ordering predicate lowered as its strict/non-strict
    neighbour: `slt` as `sle`, `sle` as `slt`, `sgt` as `sge`, `sge` as `sgt` and likewise the unsigned ones
    (`eq`, `ne` unchanged), both where the compare yields a value (`set_lt_*`, `set_gt_*`) and where it is fused
    into its conditional branch (`branch_*`), so a comparison of equal values gives the wrong answer.""")

    WRONG_LOAD_WIDTH = ("wrong-load-width", """A narrow load using the next wider PVM load: an i8 load reads two
    bytes (`load_i16`/`load_ind_i16`), an i16 load four (`load_i32`), an i32 or pointer load eight (`load_u64`), so
    the value gets the neighbouring bytes of memory as its upper bits (and a load at the end of a page may fault).
    Loads of i1, i64 and i128 are unaffected.""")


@dataclass(frozen=True, slots=True)
class Faults:
    """The set of fault switches that are on for one build (empty in production). Carried on the build options
    (`driver.BuildOptions.faults`) down to every stage that has a switch; `Fault.X in faults` asks."""

    active: frozenset[Fault] = frozenset()
    """The faults that are on."""

    def __contains__(self, fault: object) -> bool:
        return fault in self.active

    def __bool__(self) -> bool:
        return bool(self.active)

    @classmethod
    def of(cls, *faults: Fault | None) -> Faults:
        """The set of the given faults (None entries are ignored)."""
        return cls(frozenset(f for f in faults if f is not None))

    @property
    def names(self) -> tuple[str, ...]:
        """The public names of the faults that are on, sorted (for `PVMC_FAULT` in worker processes)."""
        return tuple(sorted(f.value for f in self.active))


NO_FAULTS = Faults()
"""No fault on: the production compiler."""

ALLOCATION_FAULTS: tuple[Fault, ...] = (
    Fault.CALL_CLOBBER, Fault.MERGE_SNAPSHOT, Fault.PHI_EDGE_OVERWRITE, Fault.LABEL_STALE_STATE,
    Fault.PHI_CYCLE_NAIVE, Fault.EXPIRED_REUSE, Fault.LIVENESS_ORDER, Fault.SHARED_TEMPORARY, Fault.CMOV_DEST)
"""The faults of the allocator and of the emitter's value placement (the bug classes of SEED-regalloc.md
"Background"): what check 1 (`allocation`) and check 2 (`code`) of the verifier refute."""

SELECTION_FAULTS: tuple[Fault, ...] = (
    Fault.WRONG_SHIFT_KIND, Fault.OFF_BY_ONE_IMMEDIATE, Fault.SWAPPED_OPERANDS, Fault.MISSING_SIGN_EXTENSION,
    Fault.WRONG_PREDICATE, Fault.WRONG_LOAD_WIDTH)
"""The instruction-selection faults (issue 15 part 4): every value still reaches the register its instruction
reads, but the instruction computes something else. Checks 1 and 2 do not look at what an instruction computes
(they refute missing-sign-extension's mutations only through the provenance of the dropped extension): these are
check 3's (selection). Together with `ALLOCATION_FAULTS` every `Fault`, each once."""


def parse(name: str) -> Faults:
    """The faults named by a `PVMC_FAULT` value (one name; empty or blank: none). Raises InputError (one line,
    listing the valid names) for an unknown name."""
    name = name.strip()
    if not name:
        return NO_FAULTS
    by_name = {f.value: f for f in Fault}
    if name not in by_name:
        raise InputError(f"{ENV}={name!r} is not a known fault; valid names: {', '.join(by_name)}")
    return Faults.of(by_name[name])


def from_environment(environ: Mapping[str, str] | None = None) -> Faults:
    """The faults `PVMC_FAULT` names in `environ` (default `os.environ`); read once, by the CLI and by the
    reports' parent process. Raises InputError for an unknown name."""
    return parse((os.environ if environ is None else environ).get(ENV, ""))
