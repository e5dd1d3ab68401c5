"""Frame elision: a function whose final code never touches its stack frame gets no frame at all.

What it does: `elide_frame(function)` looks at the instructions left after dead store elimination (`dse`). When
nothing but the prologue's `add_imm_64 r1, r1, -size`, its stack-overflow check (`branch_ge_u_imm r1, limit`
and the `trap` it skips) and the `add_imm_64 r1, r1, size` before each return reads or writes r1, the frame
serves nothing: no slot is loaded or stored, no register is saved, no alloca or incoming stack argument is
addressed, and no call is made (a call saves r0 in the frame). Those instructions are removed and the frame's
size becomes 0. Typical beneficiaries: leaf functions whose values all stay in registers (block-local values,
`block_local`), which save three instructions per call (issue 18, "no frame at all for a leaf function with no
slots").

Why it is right: r1 is then never read, so the value it holds is never observed, and a function that does not
lower r1 cannot overflow the stack; every return still finds r1 as it was on entry (the ABI: a function restores
r1), since nothing writes it.

Assumes: the prologue and epilogue shapes of `control.emit_prologue` and `control.lower_ret`.

Guarantees: the result is the input unchanged unless every r1 access is one of those instructions; labels and
provenance of the kept instructions are unchanged.
"""

from __future__ import annotations

from dataclasses import replace

from pvm_backend import abi
from pvm_backend.isa import Instruction, MASK64, Opcode
from pvm_backend.semantics import register_effects

from .items import EmittedFunction, Label, SymbolicInstruction

SP = int(abi.Reg.SP)


def prologue_items(function: EmittedFunction) -> list[int] | None:
    """Item indices of the prologue's `add_imm_64 r1, r1, -size`, its stack check and the check's `trap`, or None
    when the function does not start with them (no frame)."""
    size = function.frame.size
    if not size:
        return None
    items = function.instructions
    real = [k for k, item in enumerate(items) if not isinstance(item.instruction, Label)][:3]
    if len(real) < 3:
        return None
    lower, check, trap = (items[k].instruction for k in real)
    if not (_adjusts(lower, -size) and isinstance(check, SymbolicInstruction)
            and check.opcode is Opcode.BRANCH_GE_U_IMM and check.ra == SP
            and isinstance(trap, Instruction) and trap.opcode is Opcode.TRAP):
        return None
    return real


def drop_stack_check(function: EmittedFunction) -> EmittedFunction:
    """`function` without the stack-overflow check of its prologue (the branch and its `trap`): for a function
    whose frame provably fits below every caller's (`linker`: the call graph above it is acyclic and known, and
    the deepest chain of frames down to it ends within the stack). Unchanged when it has no check."""
    prologue = prologue_items(function)
    if prologue is None:
        return function
    dropped = set(prologue[1:])
    return replace(function, instructions=tuple(item for k, item in enumerate(function.instructions)
                                                if k not in dropped))


def elide_frame(function: EmittedFunction) -> EmittedFunction:
    """`function` without its frame when its code never uses it (module docstring)."""
    size = function.frame.size
    prologue = prologue_items(function)
    if prologue is None:
        return function
    items = function.instructions
    real = [k for k, item in enumerate(items) if not isinstance(item.instruction, Label)]
    dropped = set(prologue)
    for k in real[3:]:
        ins = items[k].instruction
        if _adjusts(ins, size):
            dropped.add(k)
            continue
        concrete = ins.placeholder() if isinstance(ins, SymbolicInstruction) else ins
        assert isinstance(concrete, Instruction)
        reads, writes = register_effects(concrete)
        if SP in reads or SP in writes:
            return function
    kept = tuple(item for k, item in enumerate(items) if k not in dropped)
    return replace(function, instructions=kept, frame=replace(function.frame, size=0))


def _adjusts(ins: object, amount: int) -> bool:
    """Whether `ins` is `add_imm_64 r1, r1, amount`."""
    return (isinstance(ins, Instruction) and ins.opcode is Opcode.ADD_IMM_64 and ins.ra == SP and ins.rb == SP
            and ins.x is not None and ins.x & MASK64 == amount & MASK64)
