"""i128 lowering (placeholder during bring-up)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pvm_backend.errors import UnsupportedError
from pvm_backend.ir import Instruction as IRInstruction

if TYPE_CHECKING:
    from .lowering import FunctionLowering

_MEMORY_OPS = frozenset({"load", "store", "select", "freeze", "bitcast", "phi", "extractvalue", "insertvalue"})


def is_wide(ins: IRInstruction) -> bool:
    """Whether `ins` computes on i128 values (other than moving them)."""
    if ins.opcode in _MEMORY_OPS:
        return False
    return ins.type.bits > 64 or any(t.bits > 64 for t in ins.operand_types)


def lower_wide(cx: FunctionLowering, ins: IRInstruction) -> None:
    """Lower an i128 operation."""
    raise UnsupportedError(f"i128 {ins.opcode} is not supported")
