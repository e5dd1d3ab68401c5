"""`verifier.effects`: what one instruction does to registers, frame memory and control.

Expected values are read off the Gray Paper's instruction table (GP 0.7.2 A.5; summarised in
../shared/pvm/README.md): `move_reg` D ← A; `load_ind_u64` A ← m8[B + X]; `store_ind_u64` m8[B + X] ← A;
`or_imm` A ← B | X; `add_imm_32` A ← sign-extend32(B + X); `cmov_iz` if B = 0 then D ← A;
`load_imm_jump_ind` A ← X and jump to B + Y; `jump_ind` jump to A + X; immediates are sign-extended (GP A.16),
addresses taken mod 2^32. The classification rules (COPY only for an exact old register value, LOAD only for an
8-byte word at r1 + c, anything else COMPUTED) are the ones `verifier.effects` states in its docstring.
"""

from __future__ import annotations

import pytest

from pvm_backend.isa import Instruction, Opcode
from verifier.effects import Access, ControlKind, RegisterWrite, WriteKind, effects

MASK64 = (1 << 64) - 1


def imm(value: int) -> int:
    """A signed immediate in the canonical unsigned 64-bit form of `Instruction.x`."""
    return value & MASK64


def test_move_reg_copies_a_into_d() -> None:
    e = effects(Instruction(Opcode.MOVE_REG, rd=5, ra=10))
    assert e.writes == (RegisterWrite(5, WriteKind.COPY, source=10),)
    assert e.loads == () and e.stores == () and e.control == ()


@pytest.mark.parametrize("offset", [16, -8, 0, 2040, -2048])
def test_load_ind_u64_from_r1_is_a_frame_load_with_signed_offset(offset: int) -> None:
    e = effects(Instruction(Opcode.LOAD_IND_U64, ra=3, rb=1, x=imm(offset)))
    assert e.writes == (RegisterWrite(3, WriteKind.LOAD, offset=offset),)
    assert e.loads == (Access(8, offset),)
    assert e.stores == ()


@pytest.mark.parametrize("offset", [24, -16])
def test_store_ind_u64_to_r1_names_the_stored_register_and_signed_offset(offset: int) -> None:
    e = effects(Instruction(Opcode.STORE_IND_U64, ra=2, rb=1, x=imm(offset)))
    assert e.writes == ()
    assert e.stores == (Access(8, offset, source=2),)


def test_load_and_store_through_another_base_are_not_frame_accesses() -> None:
    load = effects(Instruction(Opcode.LOAD_IND_U64, ra=3, rb=2, x=8))
    assert load.writes == (RegisterWrite(3, WriteKind.COMPUTED),)
    assert load.loads == (Access(8, None),)
    store = effects(Instruction(Opcode.STORE_IND_U64, ra=4, rb=7, x=0))
    assert store.stores == (Access(8, None, source=4),)


@pytest.mark.parametrize("opcode, size", [(Opcode.LOAD_IND_U8, 1), (Opcode.LOAD_IND_U32, 4),
                                          (Opcode.LOAD_IND_I32, 4)])
def test_narrower_loads_from_the_frame_are_computed(opcode: Opcode, size: int) -> None:
    """A 1- or 4-byte load (zero- or sign-extended) is not the 8-byte cell's value."""
    e = effects(Instruction(opcode, ra=3, rb=1, x=imm(40)))
    assert e.writes == (RegisterWrite(3, WriteKind.COMPUTED),)
    assert e.loads == (Access(size, 40),)


def test_narrow_store_to_the_frame_carries_no_source_register() -> None:
    e = effects(Instruction(Opcode.STORE_IND_U32, ra=2, rb=1, x=imm(48)))
    assert e.stores == (Access(4, 48, source=None),)


@pytest.mark.parametrize("opcode", [Opcode.OR_IMM, Opcode.XOR_IMM, Opcode.ADD_IMM_64])
def test_64_bit_identity_immediates_are_copies(opcode: Opcode) -> None:
    """B | 0, B ^ 0 and B + 0 (64-bit) are exactly B."""
    e = effects(Instruction(opcode, ra=4, rb=6, x=0))
    assert e.writes == (RegisterWrite(4, WriteKind.COPY, source=6),)


def test_or_imm_with_nonzero_immediate_is_computed() -> None:
    e = effects(Instruction(Opcode.OR_IMM, ra=4, rb=6, x=1))
    assert e.writes == (RegisterWrite(4, WriteKind.COMPUTED),)


def test_add_imm_32_with_zero_is_not_a_copy() -> None:
    """The 32-bit add sign-extends bit 31 into the upper half (GP A.5.10), so B + 0 differs from B for a value
    with nonzero upper bits: not a copy."""
    e = effects(Instruction(Opcode.ADD_IMM_32, ra=4, rb=6, x=0))
    assert e.writes == (RegisterWrite(4, WriteKind.COMPUTED),)


@pytest.mark.parametrize("opcode", [Opcode.CMOV_IZ, Opcode.CMOV_NZ])
def test_conditional_move_is_computed(opcode: Opcode) -> None:
    """D becomes A or keeps its old value depending on B: neither a copy of A nor of D."""
    e = effects(Instruction(opcode, rd=3, ra=4, rb=5))
    assert e.writes == (RegisterWrite(3, WriteKind.COMPUTED),)


def test_stack_pointer_adjustment_is_sp_add() -> None:
    e = effects(Instruction(Opcode.ADD_IMM_64, ra=1, rb=1, x=imm(-112)))
    assert e.writes == (RegisterWrite(1, WriteKind.SP_ADD, offset=-112),)
    up = effects(Instruction(Opcode.ADD_IMM_64, ra=1, rb=1, x=112))
    assert up.writes == (RegisterWrite(1, WriteKind.SP_ADD, offset=112),)


def test_load_imm_jump_ind_writes_a_and_jumps_through_b() -> None:
    """An indirect call: r0 ← return address (a constant), jump to r5 + 0."""
    e = effects(Instruction(Opcode.LOAD_IMM_JUMP_IND, ra=0, rb=5, x=8, y=0))
    assert e.writes == (RegisterWrite(0, WriteKind.COMPUTED),)
    assert e.control == (ControlKind.DJUMP,)
    assert e.djump_register == 5


def test_jump_ind_r0_is_a_dynamic_jump_through_r0_without_writes() -> None:
    e = effects(Instruction(Opcode.JUMP_IND, ra=0, x=0))
    assert e.writes == () and e.stores == ()
    assert e.control == (ControlKind.DJUMP,)
    assert e.djump_register == 0


def test_control_kinds_of_jump_branch_trap_and_ecalli() -> None:
    assert effects(Instruction(Opcode.JUMP, target=0)).control == (ControlKind.JUMP,)
    branch = effects(Instruction(Opcode.BRANCH_EQ_IMM, ra=2, x=0, target=0))
    assert branch.control == (ControlKind.BRANCH,) and branch.writes == ()
    assert effects(Instruction(Opcode.TRAP)).control == (ControlKind.TRAP,)
    host = effects(Instruction(Opcode.ECALLI, x=100))
    assert host.control == (ControlKind.HOST,) and host.writes == ()


def test_load_imm_jump_is_a_jump_that_writes_a_constant() -> None:
    """A direct call: r0 ← return address, then a static jump."""
    e = effects(Instruction(Opcode.LOAD_IMM_JUMP, ra=0, x=4, target=0))
    assert e.writes == (RegisterWrite(0, WriteKind.COMPUTED),)
    assert e.control == (ControlKind.JUMP,)
