"""Intrinsics (placeholder during bring-up)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pvm_backend.errors import UnsupportedError
from pvm_backend.ir import Instruction as IRInstruction

if TYPE_CHECKING:
    from .lowering import FunctionLowering


def lower_intrinsic(cx: FunctionLowering, ins: IRInstruction) -> None:
    """Lower a call of an llvm.* intrinsic."""
    name = ins.callee or ""
    if name.startswith(("llvm.lifetime.", "llvm.assume", "llvm.dbg.", "llvm.experimental.noalias")):
        return
    raise UnsupportedError(f"intrinsic @{name} is not supported")
