"""Frame layout of the stack-slot baseline: which slot holds which SSA value, where allocas and saves live.

What it does: `build_frame(function, stack_size)` computes a `Frame`: the outgoing-argument area, the 40-byte
header, one slot per SSA value (8 bytes; 16 for i128; 8 per element of an aggregate), static alloca storage,
and the homes of incoming stack arguments (parameters 4, 5, ... live in the caller's outgoing area).

Assumes: the ABI of `pvm_backend.abi` (frame picture in its docstring); allocas have a constant element count.

Guarantees: offsets are bytes from the stack pointer after the prologue; slots never overlap each other, the
header, the outgoing area or alloca storage; `size` is a multiple of 8. A later register allocator reads and
extends this explicit map instead of guessing ("which slot holds which value").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pvm_backend import abi
from pvm_backend.errors import UnsupportedError
from pvm_backend.ir import Const, Function, IRType, TypeKind
from pvm_backend.ir_facts import CallKind, call_argument_registers, call_kind, is_outgoing_call


@dataclass(frozen=True)
class Frame:
    """The stack frame of one function (all offsets in bytes from the post-prologue stack pointer)."""

    function: str
    """Function name."""
    size: int
    """Bytes the prologue subtracts from r1 (multiple of 8; 0 when the function needs no frame)."""
    out_area: int
    """Bytes of the outgoing-argument area at offset 0 (8 per stack argument of the largest call)."""
    header_offset: int
    """Offset of the 40-byte header (saved r0, r9-r12 in `abi.HEADER_REGISTERS` order)."""
    saved: tuple[abi.Reg, ...]
    """Registers the prologue saves into the header and every return restores."""
    slot_of: dict[int, int] = field(default_factory=dict)
    """SSA value id → offset of its home slot (incoming stack parameters: offsets >= `size`)."""
    alloca_of: dict[int, int] = field(default_factory=dict)
    """Value id of a static alloca → offset of its storage (the value is r1 + offset; it has no slot)."""
    stack_limit: int = abi.STACK_TOP
    """Lowest valid stack address (0xFEFE0000 - P(stack size)), checked by the prologue."""

    def save_offset(self, register: abi.Reg) -> int:
        """Offset of `register`'s save slot in the header."""
        return self.header_offset + abi.header_offset(register)


def element_layout(ty: IRType) -> tuple[tuple[int, int], ...]:
    """(offset within the value's slot, bits) of each scalar element of an aggregate value (8 or 16 bytes each).

    Raises UnsupportedError for nested aggregates or non-integer elements.
    """
    out: list[tuple[int, int]] = []
    offset = 0
    for element in ty.elements:
        if element.kind not in (TypeKind.INT, TypeKind.PTR):
            raise UnsupportedError(f"aggregate value of type {ty.text} is not supported")
        out.append((offset, element.bits))
        offset += abi.value_slot_size(element.bits)
    return tuple(out)


def value_storage(ty: IRType) -> int:
    """Bytes of frame slot for a value of type `ty` (0 for void). Raises UnsupportedError for other kinds."""
    if ty.kind is TypeKind.VOID:
        return 0
    if ty.kind in (TypeKind.INT, TypeKind.PTR):
        if ty.bits > 128:
            raise UnsupportedError(f"integer type {ty.text} is not supported (only i1-i128)")
        return abi.value_slot_size(ty.bits)
    if ty.kind is TypeKind.STRUCT:
        layout = element_layout(ty)
        return sum(abi.value_slot_size(bits) for _, bits in layout)
    raise UnsupportedError(f"values of type {ty.text} are not supported")


def _align(x: int, a: int) -> int:
    return -(-x // a) * a


def build_frame(function: Function, stack_size: int = abi.DEFAULT_STACK_SIZE,
                extra_saved: tuple[abi.Reg, ...] = (), entry_only: bool = False) -> Frame:
    """Lay out the frame of `function` for a stack of `stack_size` bytes.

    `extra_saved` adds callee-saved registers the caller of this function (e.g. a register allocator) will
    write. Only registers the function restores for its caller are saved: `abi.CALLEE_RESTORED`, or with
    `entry_only` (a function only the entry stub calls) `abi.STUB_CALLEE_RESTORED`, r0 alone. Raises
    UnsupportedError (naming the instruction) for dynamic allocas or unsupported value types, and
    (naming the function) for a frame larger than the whole stack (`abi.stack_limit`), which the prologue's
    overflow check would make trap on every call.
    """
    instructions = function.instructions
    max_stack_args = 0
    saved: set[abi.Reg] = set(extra_saved)
    for ins in instructions:
        if is_outgoing_call(ins):
            _, words = abi.argument_words([t.bits for t in ins.operand_types])
            max_stack_args = max(max_stack_args, words - len(abi.PARAM_REGISTERS))
            saved.update(abi.HEADER_REGISTERS)
        if call_kind(ins) is CallKind.HOST:
            saved.update(r for r in call_argument_registers(ins) if r in abi.CALLEE_SAVED)
    out_area = abi.STACK_ARG_SIZE * max(0, max_stack_args)
    header = out_area
    offset = header + abi.HEADER_SIZE
    firsts, _ = abi.argument_words([t.bits for t in function.param_types])
    slot_of: dict[int, int] = {}
    for info in function.values:
        if info.param_index is not None and firsts[info.param_index] >= len(abi.PARAM_REGISTERS):
            continue
        if info.param_index is None and info.instruction is not None:
            if instructions[info.instruction].opcode == "alloca":
                continue
        try:
            size = value_storage(info.type)
        except UnsupportedError as exc:
            where = instructions[info.instruction] if info.instruction is not None else None
            raise UnsupportedError(str(exc), function.name,
                                   function.blocks[where.block].name if where else None,
                                   where.text if where else None) from None
        if size:
            slot_of[info.id] = offset
            offset += size
    alloca_of: dict[int, int] = {}
    for ins in instructions:
        if ins.opcode != "alloca" or ins.result is None:
            continue
        count = ins.operands[0] if ins.operands else Const(1, 32)
        if not isinstance(count, Const) or ins.allocated_type is None:
            raise UnsupportedError("dynamic alloca is not supported", function.name,
                                   function.blocks[ins.block].name, ins.text)
        align = min(8, max(1, ins.align, ins.allocated_type.align))
        offset = _align(offset, align)
        alloca_of[ins.result] = offset
        offset += max(1, ins.allocated_type.size * count.value)
    size = _align(offset, 8)
    room = abi.STACK_TOP - abi.stack_limit(stack_size)
    if size > room:
        raise UnsupportedError(f"its frame takes {size} bytes, more than the whole stack of {room} bytes: every call "
                               f"of it would trap (give a larger --stack-size)", function.name)
    for info in function.values:
        if info.param_index is not None and firsts[info.param_index] >= len(abi.PARAM_REGISTERS):
            slot_of[info.id] = size + abi.stack_word_offset(firsts[info.param_index])
    restored = abi.STUB_CALLEE_RESTORED if entry_only else abi.CALLEE_RESTORED
    order = tuple(r for r in abi.HEADER_REGISTERS if r in saved and r in restored)
    return Frame(function=function.name, size=size, out_area=out_area, header_offset=header, saved=order,
                 slot_of=slot_of, alloca_of=alloca_of, stack_limit=abi.stack_limit(stack_size))
