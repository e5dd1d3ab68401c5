"""Check `allocation` (check 1): the register allocation of one function respects its contract.

What it does: builds the function's allocation contract (`verifier.contract.build_contract`: fits,
availability, SSA conflicts, call clobbers) over the values the allocation puts in registers (a constraint on
any other value cannot be broken) and checks the allocation the emitted function realises
(`EmittedFunction.registers`, value id → register, under its `register_model`) against it with z3 (`verifier.contract.check_allocation`),
which returns every violated constraint. Each violation is then located at an IR instruction (`ir_id`): the
instruction its point names, or for the rules about a value as a whole (``fits``, ``availability``) the value's
definition; the function entry (parameters, entry conflicts) has none. The contract records that place with
each constraint (`Constraint.ir_id`). `CHECK` is the registry entry.

Assumes: `build_contract`'s constraints carry their IR instruction.

Guarantees: the status is `check_allocation`'s (unknown is never a pass); violations are ordered by IR
instruction (the registry sorts by `position`), ties in contract order.
"""

from __future__ import annotations

import dataclasses

from pvm_backend.emitter.items import EmittedFunction
from pvm_backend.ir import Function
from pvm_backend.options import scaled_timeout_ms

from ..contract import build_contract, check_allocation
from ..result import AllocationCounterexample, Finding
from .interface import Check


def prove(function: Function, emitted: EmittedFunction, timeout_ms: int) -> Finding:
    """Check 1 on one function; `timeout_ms` bounds z3 (milliseconds) per started 10,000 IR instructions of the
    function (`options.scaled_timeout_ms`). See the module docstring."""
    registers = dict(emitted.registers)
    contract = build_contract(function, emitted.register_model, registers)
    finding = check_allocation(contract, registers, scaled_timeout_ms(timeout_ms, len(function.instructions)))
    if not finding.violations:
        return finding
    located = tuple(dataclasses.replace(v, ir_id=contract.constraints[v.constraint].ir_id)
                    if isinstance(v, AllocationCounterexample) and 0 <= v.constraint < len(contract.constraints)
                    else v
                    for v in finding.violations)
    return dataclasses.replace(finding, violations=located)


CHECK = Check("allocation", "the register allocation respects its contract (no two live values share a "
              "register; only available registers; none clobbered by a call)", prove)
