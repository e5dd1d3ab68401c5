"""`semantics.register_effects`: the registers an instruction reads and writes, against GP 0.7.2 A.5 by hand."""

from __future__ import annotations

import pytest

from pvm_backend.isa import Instruction, Opcode
from pvm_backend.semantics import register_effects

CASES = [
    # GP A.5.13: cmov_iz/cmov_nz keep rD when the condition fails, so rD is read as well as written.
    (Instruction(Opcode.CMOV_NZ, ra=3, rb=2, rd=4), {2, 3, 4}, {4}),
    (Instruction(Opcode.CMOV_IZ_IMM, ra=4, rb=2, x=5), {2, 4}, {4}),
    # GP A.5.10 load_ind_u64 rA <- mem[rB + x]; store_ind_u64 writes memory only.
    (Instruction(Opcode.LOAD_IND_U64, ra=9, rb=1, x=8), {1}, {9}),
    (Instruction(Opcode.STORE_IND_U64, ra=9, rb=1, x=8), {1, 9}, set()),
    # GP A.5.12 load_imm_jump_ind rA, rB: the target is computed from rB before rA is written.
    (Instruction(Opcode.LOAD_IMM_JUMP_IND, ra=0, rb=2, x=8, y=0), {2}, {0}),
    (Instruction(Opcode.MOVE_REG, rd=5, ra=11), {11}, {5}),
    (Instruction(Opcode.ADD_64, ra=2, rb=2, rd=2), {2}, {2}),
    (Instruction(Opcode.BRANCH_EQ, ra=2, rb=3, target=0), {2, 3}, set()),
    (Instruction(Opcode.ECALLI, x=1), set(), set()),
    (Instruction(Opcode.LOAD_IMM_64, ra=12, x=1 << 40), set(), {12}),
]


@pytest.mark.parametrize(("ins", "reads", "writes"), CASES, ids=[c[0].opcode.mnemonic for c in CASES])
def test_register_effects_match_the_gray_paper(ins: Instruction, reads: set[int], writes: set[int]) -> None:
    got_reads, got_writes = register_effects(ins)
    assert set(got_reads) == reads and set(got_writes) == writes
