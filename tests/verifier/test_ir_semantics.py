"""The IR side of check 3 at 128 bits (`verifier.ir_semantics`), against Python's integers as the reference."""

from __future__ import annotations

import z3
from hypothesis import given, settings, strategies as st

from pvm_backend.frontend.load import module_from_text
from pvm_backend.ir import Function, Operand, ValueRef
from support.golden import WASM32_HEADER
from verifier.ir_semantics import evaluate

WIDE = """
define i128 @f(i128 %a, i128 %b) {
  %m = mul i128 %a, %b
  %l = lshr i128 %a, %b
  %r = ashr i128 %a, %b
  %s = shl i128 %a, %b
  %c = icmp slt i128 %a, %b
  %t = trunc i128 %a to i64
  ret i128 %m
}
"""
MASK = (1 << 128) - 1
EDGES = st.sampled_from([0, 1, MASK, 1 << 127, (1 << 64) - 1, 1 << 64, (1 << 127) - 1])
WORDS = st.one_of(EDGES, st.integers(0, MASK))


def _function() -> Function:
    return next(f for f in module_from_text(WASM32_HEADER + WIDE).functions if f.name == "f")


FUNCTION = _function()


def _evaluate(name: str, a: int, b: int) -> tuple[bool, int]:
    """(defined, result as an unsigned integer) of the instruction defining %name on inputs a, b."""
    ins = next(i for i in FUNCTION.instructions if i.result is not None and FUNCTION.values[i.result].name == name)
    values = {0: a, 1: b}

    def operand(op: Operand) -> z3.BitVecRef:
        assert isinstance(op, ValueRef)
        return z3.BitVecVal(values[op.id], 128)
    outcome = evaluate(ins, operand, z3.Array("m", z3.BitVecSort(32), z3.BitVecSort(8)))
    assert outcome is not None and outcome.value is not None
    defined = z3.is_true(z3.simplify(outcome.defined))
    return defined, z3.simplify(outcome.value).as_long()


def _signed(x: int) -> int:
    return x - (1 << 128) if x >> 127 else x


@settings(max_examples=200, deadline=None)
@given(WORDS, WORDS)
def test_the_128_bit_product_by_words_is_the_product(a: int, b: int) -> None:
    """`_product` states a·b by 64-bit words (z3 cannot prove a 128-bit product against any other form)."""
    assert _evaluate("m", a, b) == (True, a * b & MASK)


@settings(max_examples=200, deadline=None)
@given(WORDS, st.one_of(st.integers(0, 130), WORDS))
def test_128_bit_shifts_compare_and_truncate(a: int, n: int) -> None:
    defined = n < 128
    assert _evaluate("l", a, n)[0] == defined and _evaluate("r", a, n)[0] == defined
    if defined:
        assert _evaluate("l", a, n)[1] == a >> n
        assert _evaluate("r", a, n)[1] == (_signed(a) >> n) & MASK
        assert _evaluate("s", a, n)[1] == (a << n) & MASK
    assert _evaluate("c", a, n) == (True, int(_signed(a) < _signed(n)))
    assert _evaluate("t", a, n) == (True, a & ((1 << 64) - 1))
