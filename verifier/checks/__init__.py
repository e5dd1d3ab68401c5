"""The verifier's checks as a list: the check interface (`interface.Check`) and the registry.

What it does: `REGISTRY` is the ordered tuple of every check `verifier.verify.verify_function` runs on each
function; a function's verdict has one `CheckResult` per entry, in this order (the order of the CLI's columns,
of the JSON `checks` list, and of "the first counterexample"). To add a check, write one module here that builds
a `Check` (name, one-line description, prove function) and add one line below; nothing else names the checks.

Assumes: names are unique.

Guarantees: the order is fixed: `allocation` (check 1, `verifier.checks.allocation`), then `code` (check 2,
`verifier.checks.code`).
"""

from __future__ import annotations

from . import allocation, code, selection
from .interface import Check

REGISTRY: tuple[Check, ...] = (
    allocation.CHECK,   # check 1: the register allocation respects its contract
    code.CHECK,         # check 2: the emitted code reads the values the IR says
    selection.CHECK,    # check 3: the code of each IR instruction computes what the instruction computes
)
"""Every registered check, in the order they run and are reported."""

__all__ = ["REGISTRY", "Check"]
