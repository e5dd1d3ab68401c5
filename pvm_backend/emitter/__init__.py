"""The emitter: IR view → PVM instructions with provenance (stack-slot baseline).

Public entry points: `lower_function` (one function), the data model in `items` and the frame in `frame`.
"""

from .builder import LinkContext
from .frame import Frame, build_frame
from .items import EmittedFunction, EmittedInstruction, Label, SymbolicInstruction, entry_label
from .lowering import lower_function

__all__ = ["EmittedFunction", "EmittedInstruction", "Frame", "Label", "LinkContext", "SymbolicInstruction",
           "build_frame", "entry_label", "lower_function"]
