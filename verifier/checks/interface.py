"""The check interface: what one verifier check is, and how the registry runs it.

What it does: `Check` is a frozen value with a registry `name`, a one-line `description` and a `prove` function
(IR function, emitted function, time limit in milliseconds → `Finding`). `Check.run` calls `prove`, times it,
orders the violations by program point and returns a `CheckResult` carrying the check's name. A new check is
one module that builds its `Check` and one line in `verifier.checks.REGISTRY`; the CLI, the reports and the
JSON read the results by name and need no change.

Assumes: `prove` keeps its own z3 queries within `timeout_ms` and maps z3's "unknown" to `Status.UNKNOWN`
(never PROVED); it returns every violation it found as records with a `position` (`verifier.result.Violation`).

Guarantees: `run` returns the same status, reason and violations `prove` found, the violations sorted by
`position` (stable, so ties keep the order `prove` gave), and the wall-clock time of `prove` in seconds.
Exceptions from `prove` propagate unchanged.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from pvm_backend.emitter.items import EmittedFunction
from pvm_backend.ir import Function

from ..result import CheckResult, Finding

Prove = Callable[[Function, EmittedFunction, int], Finding]
"""A check's engine: (IR function, its final emitted function, z3 time limit in milliseconds) → `Finding`."""

_NAME = re.compile(r"[a-z][a-z0-9-]*")


@dataclass(frozen=True, slots=True)
class Check:
    """One verifier check, as registered."""

    name: str
    """Registry name: lowercase letters, digits and hyphens (``allocation``, ``code``); the table column
    heading and the ``name`` of the JSON entry."""
    description: str
    """One line saying what the check proves, for people."""
    prove: Prove
    """The check itself (see `Prove`)."""

    def __post_init__(self) -> None:
        """Raises ValueError for a name that is not lowercase letters, digits and hyphens."""
        if not _NAME.fullmatch(self.name):
            raise ValueError(f"check name {self.name!r}: use lowercase letters, digits and hyphens")

    def run(self, function: Function, emitted: EmittedFunction, timeout_ms: int) -> CheckResult:
        """The check on one function: `function` the IR view, `emitted` its final instruction stream,
        `timeout_ms` z3's limit in milliseconds. Returns the result with its time in seconds."""
        start = time.perf_counter()
        finding = self.prove(function, emitted, timeout_ms)
        seconds = time.perf_counter() - start
        ordered = tuple(sorted(finding.violations, key=lambda v: v.position))
        return CheckResult(self.name, finding.status, seconds, ordered, finding.reason, finding.coverage,
                           finding.instructions)
