"""The verifier's results as data: statuses, violations, per-check results and per-function verdicts.

What it does: defines the frozen values every check returns (`Finding`: status, violations, reason), the result
of one registered check on one function (`CheckResult`: its name and time added), the verdict on one function
(`FunctionVerdict`: one `CheckResult` per registered check, in registry order), and the two violation records
of today's checks (`AllocationCounterexample`, `CodeCounterexample`). The CLI, the reports and the tests read
these; they name no check: columns and JSON entries come from `CheckResult.name`.

Assumes: nothing beyond the standard library. A violation record is any frozen value with `position`,
`describe()` and `as_json()` (`Violation`).

Guarantees: `Status.UNKNOWN` is never treated as a pass (`FunctionVerdict.proved` requires every check PROVED);
a `Finding` is consistent (REFUTED has at least one violation, PROVED and UNKNOWN have none; `ValueError`
otherwise); every violation renders as one readable paragraph (`describe`) and as JSON (`as_json`);
`FunctionVerdict.as_json` keeps the keys of earlier versions (`allocation`, `code`, `counterexample`, `reason`)
beside the list `checks`.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol


class Status(enum.Enum):
    """Outcome of one check on one function."""

    PROVED = "proved"
    """z3 showed the property holds."""
    REFUTED = "refuted"
    """z3 found a violation; at least one violation record is attached."""
    UNKNOWN = "unknown"
    """z3 gave no answer within the time or memory limit (never counted as proved)."""


class Violation(Protocol):
    """What every violation record offers (the records themselves are frozen dataclasses of their check)."""

    @property
    def position(self) -> int:
        """The program point the violations of one check are ordered by (smaller first; -1: function entry)."""
        ...

    def describe(self) -> str:
        """One paragraph for people."""
        ...

    def as_json(self) -> dict[str, object]:
        """JSON-ready data, with a ``check`` key naming the kind of record."""
        ...


@dataclass(frozen=True, slots=True)
class AllocationCounterexample:
    """A violated allocation constraint (check `allocation`): one constraint of the contract that the
    allocation breaks."""

    rule: str
    """Which constraint: ``fits``, ``availability``, ``conflict`` or ``call-clobber``."""
    values: tuple[str, ...]
    """The value(s) involved, as IR names (one, or the two that share a register)."""
    register: int
    """The register (9-12 under the ABI)."""
    point: str
    """The program point as text: the IR instruction (block and text) where the constraint applies, or
    ``function entry`` / ``whole function`` / ``definition of %x``."""
    detail: str
    """One sentence saying what is wrong."""
    value_ids: tuple[int, ...] = ()
    """The IR value ids of `values`, in the same order."""
    constraint: int = -1
    """Index of the violated constraint in `Contract.constraints` (-1 when not from a contract)."""
    ir_id: int | None = None
    """IR instruction id of the program point (instruction ids are in layout order); for the rules about a
    value as a whole (``fits``, ``availability``) its definition; None for the function entry (parameters) or
    when not located."""

    @property
    def position(self) -> int:
        """The IR instruction id of the point, -1 for the function entry."""
        return -1 if self.ir_id is None else self.ir_id

    def describe(self) -> str:
        """One paragraph for people."""
        return f"allocation {self.rule}: {self.detail} (at {self.point})"

    def as_json(self) -> dict[str, object]:
        """The violation as JSON-ready data."""
        return {"check": "allocation", "rule": self.rule, "values": list(self.values), "register": self.register,
                "point": self.point, "detail": self.detail, "value_ids": list(self.value_ids),
                "constraint": self.constraint, "ir_id": self.ir_id}


@dataclass(frozen=True, slots=True)
class CodeCounterexample:
    """A read of the emitted code that may find the wrong value (check `code`), with a path that shows it."""

    instruction: str
    """The reading instruction (assembly text)."""
    ir_instruction: str
    """The IR instruction it implements (text), or empty."""
    location: str
    """The register or frame cell read (``r9``, ``[sp+48]``)."""
    expected: str
    """The value the IR says is read there."""
    instead: str
    """What may be there instead, and where it came from."""
    path: tuple[str, ...]
    """Code blocks (labels) from the function entry to the reading instruction."""
    index: int = -1
    """Program point of the reading instruction: its index among the function's real instructions in the final
    stream (labels not counted; 0 is the first); -1 when the violation is not at one instruction."""
    ir_id: int | None = None
    """IR instruction id the reading instruction implements, if any."""
    register: int | None = None
    """The register read (0-12), or None when the location is a frame cell."""
    frame_offset: int | None = None
    """Offset in bytes of the frame cell read from the frame base, or None when the location is a register."""
    value_id: int | None = None
    """IR value id of the expected value; None for a caller's register value (``entry r9``...)."""
    origin: int | None = None
    """Program point where the value is lost on the shown path (the instruction that overwrites, clobbers or
    recomputes it); None when the walk back along the path reaches the function entry without finding the value
    (the location it was last expected in holds whatever the caller left there)."""

    @property
    def position(self) -> int:
        """The program point of the read (`index`)."""
        return self.index

    def describe(self) -> str:
        """One paragraph for people."""
        where = f" (IR: {self.ir_instruction})" if self.ir_instruction else ""
        if not self.instruction and not self.location:   # no read failed: the model itself (checks.code)
            return f"code: {self.instead}; in {' -> '.join(self.path)}"
        return (f"code: `{self.instruction}`{where} reads {self.location} expecting {self.expected}, but it may "
                f"hold {self.instead}; path: {' -> '.join(self.path)}")

    def as_json(self) -> dict[str, object]:
        """The violation as JSON-ready data."""
        return {"check": "code", "instruction": self.instruction, "ir_instruction": self.ir_instruction,
                "location": self.location, "expected": self.expected, "instead": self.instead,
                "path": list(self.path), "index": self.index, "ir_id": self.ir_id, "register": self.register,
                "frame_offset": self.frame_offset, "value_id": self.value_id, "origin": self.origin}


@dataclass(frozen=True, slots=True)
class SelectionCounterexample:
    """An IR instruction whose PVM code does not compute what the IR instruction computes (check
    `selection`), with input values that show it."""

    ir_instruction: str
    """The IR instruction (text)."""
    ir_id: int
    """Its IR instruction id."""
    detail: str
    """The obligation that fails, in one line (which register, memory or branch is wrong)."""
    inputs: tuple[tuple[str, str], ...]
    """(z3 variable, value) of the operands in the counterexample: ``v<id>`` is SSA value id's value."""
    index: int = -1
    """Program point of the instruction's first PVM instruction (its index among the real instructions)."""

    @property
    def position(self) -> int:
        """The program point of the instruction's code (`index`)."""
        return self.index

    def describe(self) -> str:
        """One paragraph for people."""
        inputs = ", ".join(f"{name} = {value}" for name, value in self.inputs) or "any input"
        return f"selection: the code of `{self.ir_instruction}` is wrong: {self.detail} fails for {inputs}"

    def as_json(self) -> dict[str, object]:
        """The violation as JSON-ready data."""
        return {"check": "selection", "ir_instruction": self.ir_instruction, "ir_id": self.ir_id,
                "detail": self.detail, "inputs": dict(self.inputs), "index": self.index}


@dataclass(frozen=True, slots=True)
class InstructionCoverage:
    """Which IR instructions check 3 (`selection`) proves the code of, and which it does not model."""

    checked: int
    """IR instructions whose code the check covers (proved unless the check says otherwise)."""
    reused: int
    """Of those, how many were answered by a cached proof of the same shape."""
    not_covered: dict[str, int]
    """IR opcode → instructions of it the check does not model (calls, phis, returns, unconditional branches,
    allocas, loops)."""

    def as_json(self) -> dict[str, object]:
        """``{"checked", "not_covered": {opcode: count}}`` (not `reused`, which depends on what the process
        proved before: reports stay the same whatever the number of worker processes)."""
        return {"checked": self.checked, "not_covered": dict(sorted(self.not_covered.items()))}


@dataclass(frozen=True, slots=True)
class ReadCoverage:
    """Which register reads of a function's code a check holds to a claim (issue 15 §2, claim coverage)."""

    value_reads: int
    """Reads claimed to hold a named value: an SSA value or the ABI's (a caller's register, an argument)."""
    temporary_reads: int
    """Reads claimed to hold the temporary of the IR instruction whose code reads it (`CodeModel.temporaries`)."""
    unchecked_reads: int
    """Reads no claim covers (not checked at all); 0 is the goal."""

    def as_json(self) -> dict[str, int]:
        """``{"value_reads", "temporary_reads", "unchecked_reads"}``."""
        return {"value_reads": self.value_reads, "temporary_reads": self.temporary_reads,
                "unchecked_reads": self.unchecked_reads}


@dataclass(frozen=True, slots=True)
class Finding:
    """What a check's engine answers for one function, before the registry adds its name and time."""

    status: Status
    """PROVED, REFUTED or UNKNOWN."""
    violations: tuple[Violation, ...] = ()
    """For REFUTED: every violation found (at least one); empty otherwise."""
    reason: str = ""
    """For UNKNOWN: why (z3's reason, e.g. ``timeout``). For REFUTED: empty when `violations` is complete,
    otherwise why the search for more stopped (e.g. the time limit ran out after the first ones)."""
    coverage: ReadCoverage | None = None
    """For a check of the code's reads: how many reads it checked and how (`ReadCoverage`)."""
    instructions: InstructionCoverage | None = None
    """For a check of instruction selection: which IR instructions it covered (`InstructionCoverage`)."""

    def __post_init__(self) -> None:
        """Raises ValueError for an inconsistent finding (a refutation without a violation, a proof or an
        unknown with one, or a proof with a reason)."""
        if (self.status is Status.REFUTED) != bool(self.violations):
            raise ValueError(f"a {self.status.value} finding with {len(self.violations)} violations")
        if self.status is Status.PROVED and self.reason:
            raise ValueError(f"a proved finding with a reason: {self.reason!r}")


@dataclass(frozen=True, slots=True)
class CheckResult:
    """One registered check on one function."""

    name: str
    """The check's registry name (``allocation``, ``code``, ...)."""
    status: Status
    """PROVED, REFUTED or UNKNOWN."""
    seconds: float
    """Wall-clock time of the check (seconds), including building its model."""
    violations: tuple[Violation, ...] = ()
    """For REFUTED: every violation found, ordered by program point (`Violation.position`, ties in the order
    the check found them); empty otherwise."""
    reason: str = ""
    """For UNKNOWN: why. For REFUTED: non-empty when `violations` may be incomplete (`Finding.reason`)."""
    coverage: ReadCoverage | None = None
    """`Finding.coverage` of a check of the code's reads."""
    instructions: InstructionCoverage | None = None
    """`Finding.instructions` of a check of instruction selection."""

    def as_json(self) -> dict[str, object]:
        """``{"name", "status", "seconds", "violations": [...]}`` plus ``"reason"`` when there is one and
        ``"coverage"`` (`ReadCoverage.as_json`) for a check of reads, ``"instructions"``
        (`InstructionCoverage.as_json`) for a check of instruction selection."""
        return {"name": self.name, "status": self.status.value, "seconds": round(self.seconds, 4),
                "violations": [v.as_json() for v in self.violations],
                **({"reason": self.reason} if self.reason else {}),
                **({"coverage": self.coverage.as_json()} if self.coverage else {}),
                **({"instructions": self.instructions.as_json()} if self.instructions else {})}


LEGACY_CHECKS: tuple[str, ...] = ("allocation", "code")
"""The checks whose statuses earlier versions' JSON had as top-level keys of a function entry; they stay there
for compatibility (when such a check ran). A check added later appears only in the entry's `checks` list."""


@dataclass(frozen=True, slots=True)
class FunctionVerdict:
    """Every registered check on one function."""

    name: str
    """Function name."""
    values: int
    """SSA values of the function."""
    allocated: int
    """Values the allocation keeps in registers."""
    checks: tuple[CheckResult, ...]
    """One result per registered check, in registry order (`verifier.checks.REGISTRY`)."""
    seconds: float
    """Wall-clock time of all checks (seconds)."""

    @property
    def proved(self) -> bool:
        """Whether at least one check ran and every check proved."""
        return bool(self.checks) and all(r.status is Status.PROVED for r in self.checks)

    @property
    def refuted(self) -> bool:
        """Whether any check found a violation."""
        return any(r.status is Status.REFUTED for r in self.checks)

    def check(self, name: str) -> CheckResult:
        """The result of the check called `name`; raises KeyError when no such check ran."""
        for result in self.checks:
            if result.name == name:
                return result
        raise KeyError(f"{self.name}: no check named {name!r} ran (ran: {', '.join(check_names([self]))})")

    def status(self, name: str) -> Status:
        """The status of the check called `name`; raises KeyError when no such check ran."""
        return self.check(name).status

    @property
    def allocation(self) -> Status:
        """Compatibility accessor: the status of check ``allocation``; KeyError when it did not run."""
        return self.status("allocation")

    @property
    def code(self) -> Status:
        """Compatibility accessor: the status of check ``code``; KeyError when it did not run."""
        return self.status("code")

    @property
    def violations(self) -> tuple[Violation, ...]:
        """Every violation of every check, check by check in registry order."""
        return tuple(v for r in self.checks for v in r.violations)

    @property
    def counterexample(self) -> Violation | None:
        """The first violation in check order (the first check that has one, its first by program point)."""
        return next(iter(self.violations), None)

    @property
    def unchecked_reads(self) -> int:
        """Register reads of the code that no check's claim covers (`ReadCoverage.unchecked_reads`, summed)."""
        return sum(r.coverage.unchecked_reads for r in self.checks if r.coverage is not None)

    @property
    def reason(self) -> str:
        """Why the first UNKNOWN check gave no answer, or empty."""
        return next((r.reason for r in self.checks if r.status is Status.UNKNOWN and r.reason), "")

    def legacy_json(self) -> dict[str, object]:
        """The status keys of earlier versions: ``{"allocation": ..., "code": ...}`` for those of
        `LEGACY_CHECKS` that ran (status strings)."""
        return {r.name: r.status.value for r in self.checks if r.name in LEGACY_CHECKS}

    def as_json(self) -> dict[str, object]:
        """The verdict as JSON-ready data (`pvmc verify --json` schema): ``{"name", "values", "allocated",
        "allocation", "code", "seconds", "unchecked_reads", "counterexample", ["reason",] "checks":
        [CheckResult.as_json()...]}``."""
        return {"name": self.name, "values": self.values, "allocated": self.allocated, **self.legacy_json(),
                "seconds": round(self.seconds, 4), "unchecked_reads": self.unchecked_reads,
                "counterexample": self.counterexample.as_json() if self.counterexample else None,
                **({"reason": self.reason} if self.reason else {}),
                "checks": [r.as_json() for r in self.checks]}


def check_names(verdicts: Iterable[FunctionVerdict]) -> tuple[str, ...]:
    """The names of the checks that ran on `verdicts`, in registry order (first appearance): the columns of the
    CLI's and the reports' tables."""
    names: dict[str, None] = {}
    for verdict in verdicts:
        names.update((r.name, None) for r in verdict.checks)
    return tuple(names)
