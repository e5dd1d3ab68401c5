"""Loads and stores of integers of every width up to 64 bits (issue 14 part 4: C bit-fields become i24, i40, i48,
i56 accesses, and LLVM may also make i17 ones).

Reference: the same IR function compiled for the host by llvmlite's MCJIT (emitter_harness.run_jit), whose x86
backend legalises the same accesses its own way. For N not a multiple of 8 the bits above N in the last byte a
store writes are unspecified (LangRef), so the comparison masks them out; a load of such a width is only
compared when a store of the same width wrote the bytes. Every program is also proved by the verifier, check 3
included (the accesses are in its subset: `verifier/ir_semantics.py`).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from emitter_harness import WASM_HEADER, f_source, main_source, run_jit, run_pvm
from pvm_backend.driver import build_program
from pvm_backend.emitter.scalar import byte_pieces
from pvm_backend.frontend.load import module_from_text
from verifier import verify_build

BUFFER = "@buf = global [24 x i8] zeroinitializer, align 8\n"
ODD = [n for n in range(2, 64) if n not in (8, 16, 32)]
MASK64 = (1 << 64) - 1


def _round_trip(bits: int, offset: int) -> str:
    """@f(value, w0, w1): fill @buf[0..16) with w0, w1; store the low `bits` of value at @buf + offset; return a
    mix of the value loaded back (sign-extended) and both words, with any unspecified bits masked out."""
    size = (bits + 7) // 8
    masks = [MASK64, MASK64]
    if bits % 8:
        last = offset + size - 1
        masks[last // 8] &= ~(((0xFF << (bits % 8)) & 0xFF) << (8 * (last % 8))) & MASK64
    return f"""\
  store i64 %a1, ptr @buf, align 8
  %q = getelementptr i8, ptr @buf, i32 8
  store i64 %a2, ptr %q, align 8
  %p = getelementptr i8, ptr @buf, i32 {offset}
  %t = trunc i64 %a0 to i{bits}
  store i{bits} %t, ptr %p, align 1
  %l = load i{bits}, ptr %p, align 1
  %s = sext i{bits} %l to i64
  %w0 = load i64, ptr @buf, align 8
  %w1 = load i64, ptr %q, align 8
  %m0 = and i64 %w0, {masks[0]}
  %m1 = and i64 %w1, {masks[1]}
  %x = mul i64 %m1, 31
  %y = xor i64 %m0, %x
  %z = mul i64 %s, 7
  %r = xor i64 %y, %z
  ret i64 %r"""


def _load_of_memory(bits: int, offset: int) -> str:
    """@f(_, w0, w1): fill @buf[0..16) with w0, w1 and return the iN at @buf + offset, zero-extended."""
    return f"""\
  store i64 %a1, ptr @buf, align 8
  %q = getelementptr i8, ptr @buf, i32 8
  store i64 %a2, ptr %q, align 8
  %p = getelementptr i8, ptr @buf, i32 {offset}
  %l = load i{bits}, ptr %p, align 1
  %z = zext i{bits} %l to i64
  ret i64 %z"""


WORDS = st.integers(0, MASK64) | st.sampled_from([0, MASK64, 1 << 63, 0x8080808080808080, 0x7F7F7F7F7F7F7F7F])


@settings(max_examples=150, deadline=None)
@given(bits=st.sampled_from(ODD), offset=st.integers(0, 8), value=WORDS, w0=WORDS, w1=WORDS)
def test_store_then_load_of_any_width(bits: int, offset: int, value: int, w0: int, w1: int) -> None:
    body = _round_trip(bits, offset)
    args = (value, w0, w1)
    assert run_pvm(body, args, BUFFER) == run_jit(body, args, BUFFER)


@settings(max_examples=80, deadline=None)
@given(bits=st.sampled_from([24, 40, 48, 56]), offset=st.integers(0, 9), w0=WORDS, w1=WORDS)
def test_load_of_a_byte_multiple_width_reads_memory_as_the_host_does(bits: int, offset: int, w0: int,
                                                                     w1: int) -> None:
    body = _load_of_memory(bits, offset)
    assert run_pvm(body, (0, w0, w1), BUFFER) == run_jit(body, (0, w0, w1), BUFFER)


@pytest.mark.parametrize("bits", [17, 24, 40, 48, 56, 63])
def test_odd_width_accesses_are_proved(bits: int) -> None:
    text = WASM_HEADER + BUFFER + f_source(_round_trip(bits, 5), 3) + main_source(3)
    for opt_level in (0, 2):
        verdicts = verify_build(build_program(module_from_text(text, opt_level)))
        assert all(v.proved for v in verdicts), [(v.name, v.counterexample) for v in verdicts if not v.proved]
        covered = [c.instructions for v in verdicts for c in v.checks if c.name == "selection"]
        assert covered and all(i is not None and not {"load", "store"} & set(i.not_covered) for i in covered)


def test_byte_pieces_split_like_type_legalisation() -> None:
    assert byte_pieces(3) == ((0, 2), (2, 1))
    assert byte_pieces(5) == ((0, 4), (4, 1))
    assert byte_pieces(6) == ((0, 4), (4, 2))
    assert byte_pieces(7) == ((0, 4), (4, 2), (6, 1))
