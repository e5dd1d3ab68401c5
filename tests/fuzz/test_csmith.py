"""csmith differential tests (issue 16 §1): a fixed set of small csmith programs, each built by pvmc at -O0 and
-O2 in every allocation mode, verified, run, and compared with the checksum clang-16 wasm32 + wasmtime computes.

The seeds were picked from a `benchmarks/fuzz_csmith.py --small` run for programs that build and run in a few
seconds; csmith 2.3.0 is deterministic, so a seed always names the same program. Every case must be `ok`: the
right checksum and every function proved (a miscompile, crash, proved-but-wrong, unsupported feature or timeout
fails). A known verifier false alarm on a correct program is an `xfail(strict=True)` naming it, so the test starts
failing (XPASS) the day the alarm is fixed and the mark must go. Expected checksums come from wasmtime only.

The runtime header's safe-math semantics are checked against a Python model on edge inputs, through the same
wasm reference (no pvmc involved): a wrong wrapper would make pvmc and the reference agree on a wrong answer.
"""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from support import csmith
from support.csmith import Config, Limits, Outcome
from support.wasm_reference import WasmReference, WasmStatus

SEEDS = (1, 2, 341121, 341256)
"""csmith --small seeds whose programs build and run quickly in every configuration; 341121 and 341256 each showed
a verifier false alarm at -O2 until 4edabe5 and 76bb00e (a phi wider than 64 bits; a loop header of phis alone),
whose own regression tests are in tests/emitter/test_odd_widths.py and tests/verifier/test_false_alarms.py."""

FALSE_ALARMS: dict[tuple[int, int, str], str] = {}
"""(seed, -O level, mode) -> the verifier false alarm that case shows (its functions and message); the output is
right in each. The xfail accepts only `VerifierFalseAlarm` and is strict: fixing the alarm turns it into XPASS, any
other class still fails. Empty: seed 1's -O0 alarm in the 64-bit safe-math functions (a load of what its block
had just stored, `verifier.model.forwarded_loads`) is fixed."""

LIMITS = Limits(seconds=60.0, verify_seconds=10.0, optimal_seconds=1.0)


class VerifierFalseAlarm(AssertionError):
    """The output is right and some function is not proved; the only failure an xfail above accepts."""


def _cases() -> list[object]:
    cases: list[object] = []
    for seed in SEEDS:
        for level in csmith.OPT_LEVELS:
            for mode in csmith.MODES:
                alarm = FALSE_ALARMS.get((seed, level, mode))
                marks = [pytest.mark.xfail(strict=True, raises=VerifierFalseAlarm,
                                           reason=f"verifier false alarm: {alarm}")] if alarm else []
                cases.append(pytest.param(seed, Config(level, mode), marks=marks, id=f"{seed}-O{level}-{mode}"))
    return cases


@pytest.fixture(scope="module")
def programs(tmp_path_factory: pytest.TempPathFactory, wasm_reference: WasmReference) -> dict[int, tuple[Path, bytes]]:
    """seed -> (program path, the reference's checksum); fails when csmith is missing or a reference fails."""
    directory = tmp_path_factory.mktemp("csmith")
    found = {}
    for seed in SEEDS:
        path = csmith.generate(seed, directory, csmith.SMALL_OPTIONS)
        ref = csmith.reference(path, wasm_reference)
        assert ref.checksum is not None, f"seed {seed}: {ref.outcome}: {ref.message}"
        found[seed] = (path, ref.checksum)
    return found


@pytest.mark.parametrize(("seed", "config"), _cases())
def test_csmith_program(seed: int, config: Config, programs: dict[int, tuple[Path, bytes]]) -> None:
    path, checksum = programs[seed]
    found = csmith.check(path, config, checksum, LIMITS)
    if found.outcome is Outcome.FALSE_ALARM:
        raise VerifierFalseAlarm(f"seed {seed} {config.name}: {found.message}")
    assert found.outcome is Outcome.OK, f"seed {seed} {config.name}: {found.outcome}: {found.message}"


def test_wrong_checksum_is_proved_but_wrong(programs: dict[int, tuple[Path, bytes]]) -> None:
    """The classifier itself: a correct build judged against a different checksum is the worst class."""
    path, checksum = programs[SEEDS[0]]
    wrong = bytes(b ^ 0xFF for b in checksum)
    found = csmith.check(path, Config(2, "linear-scan"), wrong, LIMITS)
    assert found.outcome is Outcome.PROVED_BUT_WRONG
    assert checksum.hex() in found.message and wrong.hex() in found.message


# --- the runtime header's safe math against a model of csmith's semantics --------------------------------------

BITS = {"int8_t": 8, "int16_t": 16, "int32_t": 32, "int64_t": 64,
        "uint8_t": 8, "uint16_t": 16, "uint32_t": 32, "uint64_t": 64}
EDGES = (0, 1, -1, 2, 7, 31, 32, 63, 64, -128, 127, 255, -32768, 32767, 65535, -2**31, 2**31 - 1, 2**32 - 1,
         -2**63, 2**63 - 1, 2**64 - 1, 0x5A5A5A5A, -0x1234567)


def _wrap(value: int, bits: int, signed: bool) -> int:
    value &= (1 << bits) - 1
    return value - (1 << bits) if signed and value >> (bits - 1) else value


def _model(op: str, ty: str, a: int, b: int) -> int:
    """csmith's safe-math result (tests/fuzz/csmith_runtime/csmith.h states the rules)."""
    bits, signed = BITS[ty], not ty.startswith("u")
    lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)
    promoted = max(32, bits)
    exact = {"add": a + b, "sub": a - b, "mul": a * b}
    if op in exact:
        if not signed:
            return _wrap(exact[op], bits, False)
        return exact[op] if lo <= exact[op] <= hi else a
    if op in ("div", "mod"):
        if b == 0 or (signed and a == lo and b == -1):
            return a
        quotient = abs(a) // abs(b) * (1 if (a < 0) == (b < 0) else -1)
        return quotient if op == "div" else a - quotient * b
    if op == "lshift":
        return a if a < 0 or b < 0 or b >= promoted or a > hi >> b else a << b
    return a if a < 0 or b < 0 or b >= promoted else a >> b   # rshift


def _cases_for(ty: str) -> list[tuple[str, int, int]]:
    bits, signed = BITS[ty], not ty.startswith("u")
    values = sorted({_wrap(v, bits, signed) for v in EDGES})
    shifts = (0, 1, 7, 31, 32, 63, 64, -1)
    return [(op, a, b) for op in ("add", "sub", "mul", "div", "mod") for a in values for b in values] + \
           [(op, a, s) for op in ("lshift", "rshift") for a in values for s in shifts]


def _program(ty: str, cases: list[tuple[str, int, int]]) -> str:
    """C that calls each wrapper of `ty` on `cases` and returns the results as little-endian 64-bit words."""
    sign = "s" if not ty.startswith("u") else "u"
    calls = []
    for i, (op, a, b) in enumerate(cases):
        name = f"safe_{op}_func_{ty}_{sign}_{'s' if op.endswith('shift') else sign}"
        right = str(b) if op.endswith("shift") else f"({ty}){b & (2**64 - 1):#x}ULL"
        calls.append(f"    out[{i}] = (int64_t){name}(({ty}){a & (2**64 - 1):#x}ULL, {right});")
    return "\n".join(['#include "csmith.h"', f"static int64_t out[{len(cases)}];",
                      "long long safe_math(const unsigned char *args, unsigned len) {", *calls,
                      f"    return (long long)(uintptr_t)out | (long long)sizeof out << 32;", "}",
                      "int csmith_main(void) { return 0; }"]) + "\n"


@pytest.mark.parametrize("ty", list(BITS))
def test_safe_math_matches_csmith_semantics(ty: str, tmp_path: Path, wasm_reference: WasmReference) -> None:
    cases = _cases_for(ty)
    source = tmp_path / f"safe_{ty}.c"
    source.write_text(_program(ty, cases))
    csmith.install_header(tmp_path)
    result = wasm_reference.run(source, b"", entry="safe_math")
    assert result.status is WasmStatus.HALT, result.trap_message
    got = struct.unpack(f"<{len(cases)}q", result.output)
    signed = not ty.startswith("u")
    for (op, a, b), value in zip(cases, got):
        want = _wrap(_model(op, ty, a, b), BITS[ty], signed)
        assert _wrap(value, BITS[ty], signed) == want, f"safe_{op}_func_{ty}({a}, {b})"
