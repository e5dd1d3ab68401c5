"""Malformed PVM programs (issue 16 §2): every difference between our interpreter and anan-as 1.2.0 on a mutated
generated program is one of anan-as's known deviations (tests/support/pvm_fuzz.py), never unexplained.

The nightly run of 10,000 programs is `benchmarks/fuzz_interpreter.py` (reports/README.md); this is its bounded
CI subset. Also checked here: the classifier names the deviation for a hand-made program of each kind it can
meet without a mutation (independent of the generator), so a test that only ever sees AGREE cannot pass for a
classifier that calls everything agreement.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pvm_backend.containers import CodeBlob
from pvm_backend.interpreter import Engine
from pvm_backend.isa import Instruction, Opcode
from support.anan_as import AnanAs
from support.pvm_fuzz import Verdict, compare, mutate, mutations
from test_differential import BASES, HALT_ADDRESS, RO_BASE, Case, cases


@pytest.fixture(scope="module")
def session() -> Iterator[list[AnanAs]]:
    """An anan-as process of this module's own (replaced after anan-as rejects a blob)."""
    holder = [AnanAs()]
    yield holder
    holder[0].close()


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(case=st.booleans().flatmap(lambda branching: cases(branching=branching)), edits=mutations(),
       engine=st.sampled_from(Engine))
def test_every_difference_on_a_malformed_program_is_a_known_deviation(session: list[AnanAs], case: Case,
                                                                      edits: tuple, engine: Engine) -> None:
    outcome = compare(session[0], mutate(case, edits), engine)
    if outcome.verdict is Verdict.ANAN_REJECTS:
        session[0].close()
        session[0] = AnanAs()
    assert outcome.verdict is not Verdict.UNEXPLAINED, (outcome.instruction, outcome.detail)


REGISTERS = (0, BASES[1], BASES[2], HALT_ADDRESS, 5, 7, 0, 0, 0, 0, 0, 0, 0)


def program(code: bytes, mask: bytes, gas: int = 100) -> Case:
    return Case(CodeBlob(code, mask), REGISTERS, (), gas)


def assembled(*instructions: Instruction) -> Case:
    return Case(CodeBlob.assemble(instructions), REGISTERS, (), 100)


@pytest.mark.parametrize("name,case,verdict", [
    ("well-formed", assembled(Instruction(Opcode.ADD_64, ra=4, rb=5, rd=6), Instruction(Opcode.TRAP)), Verdict.AGREE),
    # add_64 with rD byte 0x17: r12 in the GP (min(12, 23)), r7 (its low nibble) in anan-as
    ("rD byte", program(bytes([200, 0x54, 0x17, 0]), bytes([1, 0, 0, 1])), Verdict.RD_BYTE),
    # store_imm_u8 to the read-only page
    ("read-only store", assembled(Instruction(Opcode.STORE_IMM_U8, x=RO_BASE, y=1), Instruction(Opcode.TRAP)),
     Verdict.RO_STORE),
    # ecalli with immediate -1: id 2^64 - 1 in the GP, 2^32 - 1 in anan-as
    ("ecalli id", program(bytes([10, 0xFF, 0]), bytes([1, 0, 1])), Verdict.ECALLI_ID),
])
def test_the_classifier_names_each_deviation(session: list[AnanAs], name: str, case: Case,
                                             verdict: Verdict) -> None:
    assert compare(session[0], case).verdict is verdict, name
