"""Self-test of the anan-as bridge against the PVM test vectors (v0.4, vendored in tests/pvm/test-vectors).

The vectors are the independent reference: each gives a generic blob, registers, page map, memory and gas, and the
expected status, registers, memory and gas. Running all 311 through ``AnanAs.run_generic`` checks the whole
request/answer path (registers as 64-bit values, pages, memory chunks, read-back, status mapping, gas).
README section 6: anan-as charges 1 gas for a faulting access where these 13 vectors charge 2, so their gas is
not compared (everything else is). Also checks the SPI path on the README 4.5 worked example and host calls.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pvm import vectors
from support.anan_as import AnanAs, HostAction, Status

VECTORS = vectors.vectors_dir()
GAS_DEVIATIONS = vectors.FAULT_GAS_CASES


def _vector_files() -> list[Path]:
    files = sorted(VECTORS.glob("*.json"))
    assert len(files) == 311, f"expected the 311 PVM test vectors under {VECTORS}"
    return files


@pytest.mark.parametrize("path", _vector_files(), ids=lambda p: p.stem)
def test_vector(anan: AnanAs, path: Path) -> None:
    case = json.loads(path.read_text())
    expected_memory = case["expected-memory"]
    result = anan.run_generic(
        bytes(case["program"]), case["initial-regs"],
        [(p["address"], p["length"], p["is-writable"]) for p in case["initial-page-map"]],
        [(m["address"], bytes(m["contents"])) for m in case["initial-memory"]],
        case["initial-gas"], case["initial-pc"],
        read=[(m["address"], len(m["contents"])) for m in expected_memory])
    assert result.status == case["expected-status"]
    assert list(result.registers) == case["expected-regs"]
    assert result.pc == case["expected-pc"]
    assert [m for m in result.memory] == [bytes(m["contents"]) for m in expected_memory]
    if case["name"] not in GAS_DEVIATIONS:
        assert result.gas_left == case["expected-gas"]
        assert result.gas_used == case["initial-gas"] - case["expected-gas"]


# README section 4.5: add_len.spi, 41 bytes; args 5, 7 -> halts after 8 instructions with output 0c000000.
ADD_LEN_SPI = bytes.fromhex("0000000000000000001000" "1a000000" "000014" "8072" "807304" "be3204" "9511f8"
                            "7a14" "6417" "330804" "3200" "25a904")


def test_spi_worked_example(anan: AnanAs) -> None:
    result = anan.run_spi(ADD_LEN_SPI, bytes.fromhex("0500000007000000"), gas=1000)
    assert result.status is Status.HALT
    assert result.output == bytes.fromhex("0c000000")
    assert result.gas_used == 8
    assert result.registers[8] == 4


def test_spi_with_jam_metadata(anan: AnanAs) -> None:
    # GP 9.4: E(|m|) ++ m ++ SPI; a 3-byte metadata string "abc".
    result = anan.run_spi(b"\x03abc" + ADD_LEN_SPI, bytes.fromhex("0100000002000000"), gas=1000, metadata=True)
    assert result.status is Status.HALT
    assert result.output == bytes.fromhex("03000000")


def test_spi_out_of_gas(anan: AnanAs) -> None:
    result = anan.run_spi(ADD_LEN_SPI, bytes.fromhex("0500000007000000"), gas=3)
    assert result.status is Status.OUT_OF_GAS
    assert result.gas_used == 3
    assert result.output == b""


def _patched(old: str, new: str) -> bytes:
    spi = ADD_LEN_SPI.hex()
    assert spi.count(old) == 1
    return bytes.fromhex(spi.replace(old, new))


def test_output_range_readability(anan: AnanAs) -> None:
    # The output is [sp, sp + r8) with sp = 0xFEFE0000 - 8, the top of the stack (README 4.3 memory map).
    args = bytes.fromhex("0500000007000000")
    eight = anan.run_spi(_patched("330804", "330808"), args, gas=1000)  # load_imm r8, 8: still on the stack
    assert eight.status is Status.HALT and len(eight.output) == 8
    assert eight.output[:4] == bytes.fromhex("0c000000")
    # load_imm r8, 16: the range crosses 0xFEFE0000 into unmapped memory -> empty output (GP A.44).
    sixteen = anan.run_spi(_patched("330804", "330810"), args, gas=1000)
    assert sixteen.status is Status.HALT and sixteen.registers[8] == 16
    assert sixteen.output == b""
    # move_reg r7 <- r0 (0xFFFF0000, unmapped) -> empty output.
    unmapped = anan.run_spi(_patched("6417", "6407"), args, gas=1000)
    assert unmapped.status is Status.HALT and unmapped.registers[7] == 0xFFFF0000
    assert unmapped.output == b""


# Generic program: ecalli 100; add_imm_64 r2, r7, 1; ecalli 5; trap.  Opcodes: 10 ecalli, 149 add_imm_64, 0 trap.
HOST_CODE = bytes([10, 100, 149, 0x72, 1, 10, 5, 0])
HOST_MASK = bytes([0b10100101])


def _host_blob() -> bytes:
    return bytes([0, 0, len(HOST_CODE)]) + HOST_CODE + HOST_MASK


def test_host_call_stops_by_default(anan: AnanAs) -> None:
    result = anan.run_generic(_host_blob(), [0] * 7 + [41] + [0] * 5, [], [], 100, 0)
    assert result.status is Status.HOST
    assert result.host_id == 100
    assert result.pc == 0
    assert result.gas_used == 1


def test_host_call_resume_unchanged(anan: AnanAs) -> None:
    result = anan.run_generic(_host_blob(), [0] * 7 + [41] + [0] * 5, [], [], 100, 0,
                              host_calls={100: HostAction.RESUME})
    assert result.status is Status.HOST
    assert result.host_id == 5
    assert result.pc == 5
    assert result.registers[2] == 42
    assert result.gas_used == 3
    assert [c.host_id for c in result.host_calls] == [100]


def test_host_call_jip1_log_like_cli(anan: AnanAs) -> None:
    result = anan.run_generic(_host_blob(), [0] * 7 + [41] + [0] * 5, [], [], 100, 0,
                              host_calls={100: HostAction.JIP1_LOG})
    assert result.status is Status.HOST and result.host_id == 5
    assert result.registers[7] == 2**64 - 2
    assert result.registers[2] == 2**64 - 1  # WHAT + 1
    assert result.gas_used == 3 + 10


def test_missing_package_fails_with_install_hint(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import support.anan_as as bridge

    monkeypatch.setattr(bridge, "PACKAGE_DIR", tmp_path / "node_modules" / "@fluffylabs" / "anan-as")
    with pytest.raises(bridge.AnanAsUnavailable, match=r"npm install --no-save @fluffylabs/anan-as@1\.2\.0"):
        bridge.AnanAs()
