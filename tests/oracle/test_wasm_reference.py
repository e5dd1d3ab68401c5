"""The wasmtime reference and the corpus programs themselves, checked against independent values.

Expected values come from published check values (CRC-32 "123456789", Adler-32 "Wikipedia", FIPS 180-4 / RFC
7693 / FIPS 202 digests, RFC 4648 base64 vectors, Keccak-f[1600] of the zero state), from hand computation
(fib, Ackermann, 128-bit products), and from Python's hashlib / zlib / base64 on every corpus input of the
hash and codec programs. This validates the reference side of tests/test_corpus.py independently of pvmc.
"""

from __future__ import annotations

import base64
import hashlib
import struct
import zlib
from pathlib import Path

import pytest

from support.corpus import MIN_CASES, PROGRAMS_DIR, cases_of, program_files
from support.wasm_reference import WasmReference, WasmStatus


def run(ref: WasmReference, name: str, args: bytes) -> bytes:
    result = ref.run(PROGRAMS_DIR / f"{name}.c", args)
    assert result.status is WasmStatus.HALT, result.trap_message
    return result.output


def test_corpus_size() -> None:
    assert len(program_files()) >= 25


@pytest.mark.parametrize("source", program_files(), ids=lambda p: p.stem)
def test_every_case_terminates(wasm_reference: WasmReference, source: Path) -> None:
    cases = cases_of(source)
    assert len(cases) >= MIN_CASES
    for case in cases:
        result = wasm_reference.run(source, case.args)
        assert result.status in (WasmStatus.HALT, WasmStatus.TRAP)


def test_fib(wasm_reference: WasmReference) -> None:
    assert run(wasm_reference, "fib", struct.pack("<I", 10)) == struct.pack("<Q", 55)
    assert run(wasm_reference, "fib", struct.pack("<I", 90)) == struct.pack("<Q", 2880067194370816120)


def test_check_values(wasm_reference: WasmReference) -> None:
    assert run(wasm_reference, "crc32", b"123456789")[:4] == struct.pack("<I", 0xCBF43926)
    assert run(wasm_reference, "adler32", b"Wikipedia") == bytes.fromhex("11e60398")
    assert run(wasm_reference, "sha256", b"abc") == bytes.fromhex(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    assert run(wasm_reference, "blake2b", b"\x40abc") == bytes.fromhex(
        "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
        "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923")
    assert run(wasm_reference, "keccak", b"\x00") == bytes.fromhex(
        "a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a")
    assert run(wasm_reference, "keccak", b"\x01\x01")[:8] == struct.pack("<Q", 0xF1258F7940E1DDE7)
    assert run(wasm_reference, "base64", b"\x00foobar") == b"Zm9vYmFy"
    assert run(wasm_reference, "base64", b"\x01Zm9vYg==") == b"foob"


def test_recursion_and_wide_arithmetic(wasm_reference: WasmReference) -> None:
    # A(2, 3) = 2*3 + 3 = 9, A(3, 3) = 2^(3+3) - 3 = 61.
    out = run(wasm_reference, "ackermann", bytes([2, 3, 3, 3]))
    assert struct.unpack("<II", out[:8]) == (9, 61)
    product = run(wasm_reference, "u128", struct.pack("<QQ", 2**64 - 1, 2**64 - 1))[:16]
    assert int.from_bytes(product, "little") == (2**64 - 1) ** 2
    assert run(wasm_reference, "factorial", bytes([20])) == struct.pack("<Q", 2432902008176640000)


def test_trap_and_host_call(wasm_reference: WasmReference) -> None:
    trap = wasm_reference.run(PROGRAMS_DIR / "checked_trap.c", struct.pack("<IIB", 1, 0, 0))
    assert trap.status is WasmStatus.TRAP and trap.output == b""
    logged = wasm_reference.run(PROGRAMS_DIR / "host_log.c", b"x" * 16)
    assert logged.status is WasmStatus.HALT
    assert [call[:2] for call in logged.host_calls] == [(100, 3), (100, 3)]
    assert logged.output[8] == 2


@pytest.mark.parametrize("name", ["sha256", "blake2b", "keccak", "crc32", "adler32", "base64"])
def test_corpus_inputs_against_python(wasm_reference: WasmReference, name: str) -> None:
    for case in cases_of(PROGRAMS_DIR / f"{name}.c"):
        args = case.args
        out = run(wasm_reference, name, args)
        if name == "sha256":
            assert out == hashlib.sha256(args).digest()
        elif name == "blake2b":
            assert out == hashlib.blake2b(args[1:], digest_size=args[0]).digest()
        elif name == "keccak" and args[:1] != b"\x01":
            assert out == hashlib.sha3_256(args[1:]).digest()
        elif name == "crc32":
            assert out == struct.pack("<IIB", zlib.crc32(args), zlib.crc32(args), 1)
        elif name == "adler32":
            assert out == struct.pack(">I", zlib.adler32(args))
        elif name == "base64" and args[:1] == b"\x00":
            assert out == base64.b64encode(args[1:])
        elif name == "base64":
            try:
                expected = base64.b64decode(args[1:], validate=True)
            except ValueError:
                expected = b"\xff"
            assert out == expected
