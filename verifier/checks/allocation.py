"""Check `allocation` (check 1): the register allocation of one function respects its contract.

What it does: builds the function's allocation contract (`verifier.contract.build_contract`: fits,
availability, SSA conflicts, call clobbers) and checks the allocation the emitted function realises
(`EmittedFunction.registers`, value id → register) against it with z3 (`verifier.contract.check_allocation`),
which returns every violated constraint. Each violation is then located at an IR instruction (`ir_id`): the
instruction its point names, or for the rules about a value as a whole (``fits``, ``availability``) the value's
definition; the function entry (parameters, entry conflicts) has none. `CHECK` is the registry entry.

Assumes: the point texts `build_contract` writes (``function entry``, ``whole function``, ``definition of %x``,
``BLOCK: entry (phis)``, ``BLOCK: IR text``) and that it declares the constraints at instructions in layout
order; a point it names differently is not located (``ir_id`` None), which tests/verifier/test_checks.py
would show.

Guarantees: the status is `check_allocation`'s (unknown is never a pass); violations are ordered by IR
instruction (the registry sorts by `position`), ties in contract order.
"""

from __future__ import annotations

import dataclasses

from pvm_backend.emitter.items import EmittedFunction
from pvm_backend.ir import Function

from ..contract import Contract, build_contract, check_allocation
from ..result import AllocationCounterexample, Finding
from .interface import Check


def prove(function: Function, emitted: EmittedFunction, timeout_ms: int) -> Finding:
    """Check 1 on one function; `timeout_ms` bounds z3 (milliseconds). See the module docstring."""
    contract = build_contract(function)
    finding = check_allocation(contract, dict(emitted.registers), timeout_ms)
    if not finding.violations:
        return finding
    points = constraint_points(function, contract)
    located = tuple(dataclasses.replace(v, ir_id=points[v.constraint])
                    if isinstance(v, AllocationCounterexample) and 0 <= v.constraint < len(points) else v
                    for v in finding.violations)
    return dataclasses.replace(finding, violations=located)


def constraint_points(function: Function, contract: Contract) -> tuple[int | None, ...]:
    """Per constraint of `contract` (built from `function`), the IR instruction id where it applies, or None
    (the function entry, or a point text this function does not know)."""
    places: list[tuple[str, int | None]] = [("function entry", None)]
    for block in function.blocks:
        if block.instructions:
            places.append((f"{block.name}: entry (phis)", block.instructions[0].id))
        places += [(f"{block.name}: {ins.text.strip()}", ins.id) for ins in block.instructions]
    out: list[int | None] = []
    cursor = 0
    for c in contract.constraints:
        if c.rule in ("fits", "availability"):
            out.append(function.values[c.values[0]].instruction)
            continue
        # Constraints at instructions come in layout order: the next place with this text is the one.
        found = next((k for k in range(cursor, len(places)) if places[k][0] == c.point), None)
        if found is None:
            out.append(None)
        else:
            cursor = found
            out.append(places[found][1])
    return tuple(out)


CHECK = Check("allocation", "the register allocation respects its contract (no two live values share a "
              "register; only available registers; none clobbered by a call)", prove)
