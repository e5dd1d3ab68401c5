"""The verifier's results as data: per-check status, counterexamples, per-function and per-program verdicts.

What it does: defines the frozen values every check returns and the CLI, the reports and the tests read.

Assumes: nothing beyond the standard library.

Guarantees: `Status.UNKNOWN` is never treated as a pass (`FunctionVerdict.proved` requires both checks
PROVED); every counterexample renders as one readable paragraph (`describe`) and as JSON (`as_json`).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Status(enum.Enum):
    """Outcome of one check on one function."""

    PROVED = "proved"
    """z3 showed the property holds."""
    REFUTED = "refuted"
    """z3 found a violation; a counterexample is attached."""
    UNKNOWN = "unknown"
    """z3 gave no answer within the time or memory limit (never counted as proved)."""


@dataclass(frozen=True, slots=True)
class AllocationCounterexample:
    """A violated allocation constraint, taken from z3's unsat core."""

    rule: str
    """Which constraint: ``conflict``, ``availability`` or ``call-clobber``."""
    values: tuple[str, ...]
    """The value(s) involved (one, or the two that share a register)."""
    register: int
    """The register (9-12 under the ABI)."""
    point: str
    """The program point: the IR instruction (block and text) where the constraint applies."""
    detail: str
    """One sentence saying what is wrong."""

    def describe(self) -> str:
        """One paragraph for people."""
        return f"allocation {self.rule}: {self.detail} (at {self.point})"

    def as_json(self) -> dict[str, object]:
        """The counterexample as JSON-ready data."""
        return {"check": "allocation", "rule": self.rule, "values": list(self.values), "register": self.register,
                "point": self.point, "detail": self.detail}


@dataclass(frozen=True, slots=True)
class CodeCounterexample:
    """A read of the emitted code that may find the wrong value, with a path that shows it."""

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

    def describe(self) -> str:
        """One paragraph for people."""
        where = f" (IR: {self.ir_instruction})" if self.ir_instruction else ""
        return (f"code: `{self.instruction}`{where} reads {self.location} expecting {self.expected}, but it may "
                f"hold {self.instead}; path: {' -> '.join(self.path)}")

    def as_json(self) -> dict[str, object]:
        """The counterexample as JSON-ready data."""
        return {"check": "code", "instruction": self.instruction, "ir_instruction": self.ir_instruction,
                "location": self.location, "expected": self.expected, "instead": self.instead,
                "path": list(self.path)}


@dataclass(frozen=True, slots=True)
class FunctionVerdict:
    """Both checks on one function."""

    name: str
    """Function name."""
    values: int
    """SSA values of the function."""
    allocated: int
    """Values the allocation keeps in registers."""
    allocation: Status
    """Check 1: the allocation respects its contract."""
    code: Status
    """Check 2: the emitted code reads the right values."""
    seconds: float
    """Wall-clock time of both checks (seconds)."""
    counterexample: AllocationCounterexample | CodeCounterexample | None = None
    """The first violation found (check 1 before check 2), if any."""
    reason: str = ""
    """For UNKNOWN: why (e.g. ``timeout``)."""

    @property
    def proved(self) -> bool:
        """Whether both checks proved."""
        return self.allocation is Status.PROVED and self.code is Status.PROVED

    @property
    def refuted(self) -> bool:
        """Whether either check found a violation."""
        return Status.REFUTED in (self.allocation, self.code)

    def as_json(self) -> dict[str, object]:
        """The verdict as JSON-ready data (`pvmc verify --json` schema)."""
        return {"name": self.name, "values": self.values, "allocated": self.allocated,
                "allocation": self.allocation.value, "code": self.code.value, "seconds": round(self.seconds, 4),
                "counterexample": self.counterexample.as_json() if self.counterexample else None,
                **({"reason": self.reason} if self.reason else {})}
