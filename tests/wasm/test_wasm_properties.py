"""Property tests: the translation agrees with wasmtime on generated inputs and on generated programs.

1. Corpus programs whose arguments are machine words get random words, biased towards the edges (0, ±1,
   INT_MIN, INT_MAX of both widths, large shift counts).
2. Random straight-line expression programs over every integer operator (i32 and i64, including div/rem that
   may trap, shifts with any count, rotates, comparisons, select, conversions, clz/ctz/popcnt, sign
   extensions), with leaves read from the arguments, are translated and run under MCJIT (O0 and O2).
Reference: wasmtime on the same binary; status (ok/trap) and output bytes must be equal.
"""

from __future__ import annotations

import functools
import struct

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pvm_backend.frontend.wasm import wat_to_wasm
from wasm_harness import WAT_DIR, JitRunner, WasmtimeRunner, load_program

EDGE_WORDS = [0, 1, 2, 31, 32, 33, 63, 64, 65, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0x100000000,
              0x7FFFFFFFFFFFFFFF, 0x8000000000000000, 0xFFFFFFFFFFFFFFFF, 0xFFFFFFFF80000000, 0xFFFFFFFFFFFFFFFE]
WORDS = st.one_of(st.sampled_from(EDGE_WORDS), st.integers(0, (1 << 64) - 1),
                  st.integers(0, 70), st.integers(-70, -1).map(lambda v: v & ((1 << 64) - 1)))


@functools.cache
def _runners(name: str) -> tuple[WasmtimeRunner, JitRunner, JitRunner]:
    wasm = load_program(WAT_DIR / name).wasm
    return WasmtimeRunner(wasm), JitRunner(wasm, False), JitRunner(wasm, True)


def _check(name: str, args: bytes) -> None:
    reference, plain, optimized = _runners(name)
    expected = reference.run(args)
    assert plain.run(args) == expected
    assert optimized.run(args) == expected


@settings(max_examples=60, deadline=None)
@given(op=st.integers(0, 7), a=WORDS, b=WORDS)
@example(op=2, a=0x80000000, b=0xFFFFFFFF)  # i32 INT_MIN rem_s -1 = 0 (no trap)
@example(op=6, a=1 << 63, b=(1 << 64) - 1)  # i64 INT_MIN rem_s -1 = 0 (no trap)
@example(op=0, a=0x80000000, b=0xFFFFFFFF)  # i32 INT_MIN div_s -1 traps
@example(op=5, a=1, b=0)  # i64 div_u by zero traps
def test_division_matches_wasmtime(op: int, a: int, b: int) -> None:
    _check("div_traps.wat", bytes([op]) + struct.pack("<QQ", a, b))


@settings(max_examples=40, deadline=None)
@given(name=st.sampled_from(["i64_ops.wat", "rotates.wat", "compare.wat"]), a=WORDS, b=WORDS)
def test_two_word_programs_match_wasmtime(name: str, a: int, b: int) -> None:
    _check(name, struct.pack("<QQ", a, b))


@settings(max_examples=30, deadline=None)
@given(a=WORDS)
def test_bit_operators_match_wasmtime(a: int) -> None:
    _check("bits.wat", struct.pack("<Q", a))


@settings(max_examples=25, deadline=None)
@given(data=st.binary(min_size=16, max_size=16))
def test_loads_and_stores_match_wasmtime(data: bytes) -> None:
    _check("loads_stores.wat", data)


# -- random expression programs ----------------------------------------------------------------------------------
_BINARY = ["add", "sub", "mul", "and", "or", "xor", "shl", "shr_s", "shr_u", "rotl", "rotr",
           "div_s", "div_u", "rem_s", "rem_u"]
_COMPARE = ["eq", "ne", "lt_s", "lt_u", "gt_s", "gt_u", "le_s", "le_u", "ge_s", "ge_u"]
_UNARY = {"i32": ["clz", "ctz", "popcnt", "extend8_s", "extend16_s"],
          "i64": ["clz", "ctz", "popcnt", "extend8_s", "extend16_s", "extend32_s"]}


@st.composite
def _expr(draw: st.DrawFn, ty: str, depth: int) -> str:
    """A WAT expression of type `ty`; leaves load argument words (args at $p: 8 words of 8 bytes)."""
    other = "i64" if ty == "i32" else "i32"
    if depth == 0 or draw(st.integers(0, 5)) == 0:
        if draw(st.booleans()):
            return f"({ty}.load offset={8 * draw(st.integers(0, 7))} (local.get $p))"
        return f"({ty}.const {draw(st.sampled_from(EDGE_WORDS)) & (0xFFFFFFFF if ty == 'i32' else (1 << 64) - 1)})"
    kind = draw(st.sampled_from(["binary", "binary", "binary", "compare", "unary", "convert", "select", "eqz"]))
    sub = functools.partial(_expr, depth=depth - 1)
    if kind == "binary":
        return f"({ty}.{draw(st.sampled_from(_BINARY))} {draw(sub(ty))} {draw(sub(ty))})"
    if kind == "unary":
        return f"({ty}.{draw(st.sampled_from(_UNARY[ty]))} {draw(sub(ty))})"
    if kind == "select":
        return f"(select {draw(sub(ty))} {draw(sub(ty))} {draw(sub('i32'))})"
    if ty == "i64":
        if kind == "convert":
            return f"(i64.extend_i32_{draw(st.sampled_from('su'))} {draw(sub('i32'))})"
        return f"(i64.extend_i32_u ({other}.{draw(st.sampled_from(_COMPARE))} {draw(sub(other))} {draw(sub(other))}))"
    if kind == "convert":
        return f"(i32.wrap_i64 {draw(sub('i64'))})"
    if kind == "eqz":
        return f"({other}.eqz {draw(sub(other))})"
    return f"({other}.{draw(st.sampled_from(_COMPARE))} {draw(sub(other))} {draw(sub(other))})"


def _program(expr32: str, expr64: str) -> str:
    return f"""(module
  (memory (export "memory") 1 1)
  (func (export "main") (param $p i32) (param $len i32) (result i64)
    (i32.store (i32.const 0) {expr32})
    (i64.store (i32.const 8) {expr64})
    (i64.const 0x1000000000)))"""


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(expr32=_expr("i32", 4), expr64=_expr("i64", 4), words=st.lists(WORDS, min_size=8, max_size=8))
def test_random_expressions_match_wasmtime(expr32: str, expr64: str, words: list[int]) -> None:
    wasm = wat_to_wasm(_program(expr32, expr64))
    args = struct.pack("<8Q", *words)
    expected = WasmtimeRunner(wasm).run(args)
    for optimize in (False, True):
        assert JitRunner(wasm, optimize).run(args) == expected, optimize
