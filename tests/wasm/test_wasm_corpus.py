"""The WAT corpus (tests/wat/*.wat, tests/wat/bench/*.wat): every listed input gives the same status (ok/trap)
and output under MCJIT, for the translated IR both unoptimised and after the O2 pipeline, as on wasmtime.

Reference: wasmtime running the same binary (traps included). The corpus is also checked to cover the
constructs issue 3 lists, by decoding it and collecting the opcodes it uses.
"""

from __future__ import annotations

import functools
import io
from pathlib import Path

import pytest
import pywasm.core
import pywasm.opcode

from wasm_harness import WAT_DIR, JitRunner, Outcome, Program, WasmtimeRunner, load_program

CORPUS = sorted(WAT_DIR.glob("*.wat")) + sorted((WAT_DIR / "bench").glob("*.wat"))
CASES = [(path, i) for path in CORPUS for i in range(len(load_program(path).inputs))]


@functools.cache
def _program(path: Path) -> Program:
    return load_program(path)


@functools.cache
def _reference(path: Path) -> WasmtimeRunner:
    return WasmtimeRunner(_program(path).wasm)


@functools.cache
def _jit(path: Path, optimize: bool) -> JitRunner:
    return JitRunner(_program(path).wasm, optimize)


def _case_id(case: tuple[Path, int]) -> str:
    path, i = case
    return f"{path.relative_to(WAT_DIR).with_suffix('')}#{i}"


@pytest.mark.parametrize("optimize", [False, True], ids=["O0", "O2"])
@pytest.mark.parametrize("case", CASES, ids=[_case_id(c) for c in CASES])
def test_corpus_matches_wasmtime(case: tuple[Path, int], optimize: bool) -> None:
    path, i = case
    args = _program(path).inputs[i]
    expected = _reference(path).run(args)
    assert _jit(path, optimize).run(args) == expected


def test_corpus_size_and_inputs() -> None:
    programs = sorted(WAT_DIR.glob("*.wat"))
    assert len(programs) >= 20
    assert all(_program(p).inputs for p in CORPUS), "every corpus program lists at least one `;; args:` line"


def test_corpus_has_traps_and_results() -> None:
    outcomes = [_reference(path).run(_program(path).inputs[i]) for path, i in CASES]
    assert any(o.status == "trap" for o in outcomes)
    assert sum(o.status == "ok" for o in outcomes) > len(outcomes) // 2


def _opcodes(insts: list[pywasm.core.Inst], into: set[str]) -> None:
    for inst in insts:
        into.add(pywasm.opcode.name[inst.opcode])
        if inst.opcode in (pywasm.opcode.block, pywasm.opcode.loop):
            _opcodes(inst.args[1], into)
        elif inst.opcode == pywasm.opcode.if_then:
            _opcodes(inst.args[1], into)
            _opcodes(inst.args[2], into)


def test_corpus_covers_the_issue_constructs() -> None:
    used: set[str] = set()
    imports: set[str] = set()
    for path in CORPUS:
        desc = pywasm.core.ModuleDesc.from_reader(io.BytesIO(_program(path).wasm))
        for func in desc.func:
            _opcodes(func.expr.data, used)
        imports |= {imp.name for imp in desc.imps}
    required = {
        "block", "loop", "if", "br", "br_if", "br_table", "return", "unreachable", "call", "call_indirect",
        "select", "local.tee", "global.get", "global.set", "memory.size", "memory.grow", "memory.copy",
        "memory.fill", "i32.rotl", "i32.rotr", "i64.rotl", "i64.rotr", "i32.clz", "i32.ctz", "i32.popcnt",
        "i64.clz", "i64.ctz", "i64.popcnt", "i32.extend8_s", "i32.extend16_s", "i64.extend8_s",
        "i64.extend16_s", "i64.extend32_s", "i64.extend_i32_s", "i64.extend_i32_u", "i32.wrap_i64",
    }
    for prefix in ("i32", "i64"):
        required |= {f"{prefix}.{op}" for op in (
            "add", "sub", "mul", "and", "or", "xor", "shl", "shr_s", "shr_u", "div_s", "div_u", "rem_s", "rem_u",
            "eq", "ne", "lt_s", "lt_u", "gt_s", "gt_u", "le_s", "le_u", "ge_s", "ge_u", "eqz",
            "load", "load8_s", "load8_u", "load16_s", "load16_u", "store", "store8", "store16")}
    required |= {"i64.load32_s", "i64.load32_u", "i64.store32"}
    assert required - used == set()
    assert {"host_call_0", "host_call_2", "host_call_6", "pvm_ptr", "abort"} <= imports


def test_outcome_shape_of_a_trap() -> None:
    """A trap is reported identically by both runners (and carries no output)."""
    path = WAT_DIR / "div_traps.wat"
    args = bytes.fromhex("00" + "07" + "00" * 7 + "00" * 8)
    assert _reference(path).run(args) == Outcome("trap", b"") == _jit(path, True).run(args)
