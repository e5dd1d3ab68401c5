"""The benchmark WAT programs of issue 3 compute the right values, checked against independent references:
Python's hashlib for BLAKE2b-256 and SHA-512, closed forms / hand-derived values for the others.
Each runs on wasmtime and on the MCJIT-executed translation (optimised)."""

from __future__ import annotations

import functools
import hashlib
import struct

import pytest

from wasm_harness import WAT_DIR, JitRunner, Outcome, WasmtimeRunner, load_program

BENCH = WAT_DIR / "bench"


@functools.cache
def _runners(name: str) -> tuple[WasmtimeRunner, JitRunner]:
    wasm = load_program(BENCH / name).wasm
    return WasmtimeRunner(wasm), JitRunner(wasm, True)


def _both(name: str, args: bytes) -> Outcome:
    reference, jit = _runners(name)
    outcome = reference.run(args)
    assert jit.run(args) == outcome
    return outcome


@pytest.mark.parametrize("name", ["blake2b.wat", "sha512.wat"])
def test_hash_inputs_match_hashlib(name: str) -> None:
    digest = {"blake2b.wat": lambda m: hashlib.blake2b(m, digest_size=32).digest(),
              "sha512.wat": lambda m: hashlib.sha512(m).digest()}[name]
    program = load_program(BENCH / name)
    assert program.inputs[0] == b"abc"  # the benchmark input
    for args in program.inputs:
        assert _both(name, args) == Outcome("ok", digest(args)), len(args)


@pytest.mark.parametrize("length", [111, 112, 127, 128, 129, 255, 256, 300])
def test_hash_padding_boundaries_match_hashlib(length: int) -> None:
    message = bytes((i * 7 + 3) & 0xFF for i in range(length))
    assert _both("sha512.wat", message) == Outcome("ok", hashlib.sha512(message).digest())
    assert _both("blake2b.wat", message) == Outcome("ok", hashlib.blake2b(message, digest_size=32).digest())


def _fib(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


@pytest.mark.parametrize(("name", "args", "expected"), [
    ("add.wat", struct.pack("<II", 5, 7), struct.pack("<I", 12)),
    ("fib.wat", struct.pack("<I", 20), struct.pack("<I", 6765)),
    ("factorial.wat", struct.pack("<I", 10), struct.pack("<I", 3628800)),
    ("is_prime.wat", struct.pack("<I", 25), struct.pack("<I", 0)),
    ("is_prime.wat", struct.pack("<I", 7919), struct.pack("<I", 1)),
    ("loops.wat", struct.pack("<I", 500), struct.pack("<II", 500 * 499 // 2, 499 * 500 * 999 // 6)),
    ("fib.wat", struct.pack("<I", 47), struct.pack("<I", _fib(47) & 0xFFFFFFFF)),
])
def test_small_benchmarks(name: str, args: bytes, expected: bytes) -> None:
    assert _both(name, args) == Outcome("ok", expected)


def test_benchmark_inputs_are_the_published_ones() -> None:
    assert load_program(BENCH / "add.wat").inputs == (struct.pack("<II", 5, 7),)
    assert load_program(BENCH / "fib.wat").inputs == (struct.pack("<I", 20),)
    assert load_program(BENCH / "factorial.wat").inputs == (struct.pack("<I", 10),)
    assert load_program(BENCH / "is_prime.wat").inputs == (struct.pack("<I", 25),)
    assert load_program(BENCH / "loops.wat").inputs == (struct.pack("<I", 500),)


def _u128_div(n: int, divisor_high: int, start_high: int) -> bytes:
    """tests/wat/bench/u128_div.wat's accumulator by Python integers: from 2^64 * start_high + 0xfedcba9876543210,
    divided n times by 2^64 * divisor_high + 3, its low word reset to 0xfedcba9876543210 whenever it reaches 0."""
    accumulator, divisor = (start_high << 64) | 0xFEDCBA9876543210, (divisor_high << 64) + 3
    for _ in range(n):
        accumulator //= divisor
        if accumulator & (2**64 - 1) == 0:
            accumulator |= 0xFEDCBA9876543210
    return accumulator.to_bytes(16, "little")


@pytest.mark.parametrize("n", [0, 1, 5, 65, 1000])
def test_u128_benchmarks_match_python_integers(n: int) -> None:
    product = pow(2**32 + 1, n, 2**128).to_bytes(16, "little")
    assert _both("u128_mul.wat", struct.pack("<I", n)) == Outcome("ok", product)
    for high, start in ((0, 0), (1, 0), (7, 0), (0, 0xFFFFFFFF), (2, 7), (5, 0x80000001)):
        expected = _u128_div(n, high, start)
        assert _both("u128_div.wat", struct.pack("<III", n, high, start)) == Outcome("ok", expected)
