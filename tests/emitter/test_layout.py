"""Code layout with branch relaxation (`pvm_backend.emitter.layout`, issue 18): every branch and jump offset gets
the shortest width that holds its distance, and every encoded offset, decoded as the PVM decodes it (GP A.5,
`isa.decode_operands`), lands on its label.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pvm_backend.emitter.items import EmittedInstruction, Label, SymbolicInstruction
from pvm_backend.emitter.layout import JumpTable, lay_out
from pvm_backend.isa import Instruction, Opcode, decode_operands, skip_length


def item(ins: Instruction | Label | SymbolicInstruction) -> EmittedInstruction:
    return EmittedInstruction(ins, None)


def filler(n: int) -> list[EmittedInstruction]:
    """`n` bytes of code: `load_imm_64` is 10 bytes, `trap` 1."""
    return [item(Instruction(Opcode.LOAD_IMM_64, ra=2, x=0x1234_5678_9ABC))] * (n // 10) + \
        [item(Instruction(Opcode.TRAP))] * (n % 10)


def decoded_targets(code: bytes, mask: bytes) -> list[tuple[int, int, int]]:
    """(pc, length, target) of every branch or jump of the code, decoded independently of the layout."""
    out = []
    pc = 0
    while pc < len(code):
        skip = skip_length(mask, pc, len(code))
        ins = decode_operands(code, pc, skip)
        assert ins is not None
        if ins.target is not None:
            out.append((pc, skip + 1, ins.target))
        pc += skip + 1
    return out


@settings(max_examples=60, deadline=None)
@given(gaps=st.lists(st.sampled_from([0, 5, 100, 126, 127, 128, 129, 300, 40_000, 70_000]), min_size=1, max_size=6),
       backwards=st.booleans())
def test_every_offset_is_the_shortest_that_holds_its_distance(gaps: list[int], backwards: bool) -> None:
    items: list[EmittedInstruction] = []
    labels = []
    for k, gap in enumerate(gaps):
        name = f"L{k}"
        labels.append(name)
        if backwards:
            items += [item(Label(name)), item(Instruction(Opcode.TRAP)), *filler(gap),
                      item(SymbolicInstruction(Opcode.BRANCH_EQ_IMM, ra=3, x=7, target=name)),
                      item(Instruction(Opcode.TRAP))]
        else:
            items += [item(SymbolicInstruction(Opcode.JUMP, target=name)), *filler(gap), item(Label(name)),
                      item(Instruction(Opcode.TRAP))]
    layout = lay_out([("f", items)], JumpTable())
    branches = decoded_targets(layout.code, layout.mask)
    assert [target for _, _, target in branches] == [layout.label_pc[name] for name in labels]
    for pc, length, target in branches:
        distance = target - pc
        # shortest signed little-endian width of the distance (GP A.5 sign-extends the offset)
        width = next(n for n in range(5)
                     if -(1 << (8 * n - 1) if n else 0) <= distance < (1 << (8 * n - 1) if n else 1))
        header = 3 if backwards else 1   # branch_eq_imm: opcode, register/length byte, 1 immediate byte; jump: opcode
        assert length == header + width, (pc, length, distance)


def test_a_fixed_width_offset_keeps_its_width() -> None:
    items = [item(SymbolicInstruction(Opcode.JUMP, target="far", offset_bytes=4)), item(Label("far")),
             item(Instruction(Opcode.TRAP))]
    layout = lay_out([("stub", items)], JumpTable())
    assert layout.label_pc["far"] == 5
    assert layout.code[:5] == bytes([Opcode.JUMP, 5, 0, 0, 0])
