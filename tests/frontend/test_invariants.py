"""The IR view's structural contract (pvm_backend/ir.py docstrings), checked on every function of real C programs.

Programs: the project corpus (tests/programs/*.c) and tests/frontend/c/*.c, compiled once by clang-16 and viewed
at -O0..-O3. Each check restates a sentence of the contract; none uses the frontend's internals.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from pvm_backend.frontend.load import module_from_llvm
from pvm_backend.ir import Function, FunctionAddr, GlobalAddr, Module, TypeKind, ValueRef

ROOT = Path(__file__).resolve().parents[2]
PROGRAMS = sorted((ROOT / "tests" / "programs").glob("*.c")) + sorted((Path(__file__).parent / "c").glob("*.c"))
CLANG = shutil.which("clang-16") or shutil.which("clang") or "clang-16"
FLAGS = ["-O2", "-c", "-emit-llvm", "--target=wasm32-unknown-unknown", "-ffreestanding", "-fno-builtin",
         "-Xclang", "-disable-llvm-passes"]

_bitcode: dict[Path, bytes] = {}


def bitcode(path: Path) -> bytes:
    if path not in _bitcode:
        _bitcode[path] = subprocess.run([CLANG, *FLAGS, str(path), "-o", "-"], check=True,
                                        capture_output=True).stdout
    return _bitcode[path]


def check_function(f: Function, m: Module) -> None:
    n_params = len(f.param_types)
    assert [v.id for v in f.values] == list(range(len(f.values)))
    assert all(v.param_index == i for i, v in enumerate(f.values[:n_params]))
    assert [b.id for b in f.blocks] == list(range(len(f.blocks)))
    instructions = f.instructions
    assert [i.id for i in instructions] == list(range(len(instructions)))
    results = [i.result for i in instructions if i.result is not None]
    assert results == list(range(n_params, len(f.values)))
    for i in instructions:
        if i.result is not None:
            assert f.values[i.result].instruction == i.id and f.values[i.result].type == i.type
        else:
            assert i.type.kind is TypeKind.VOID
    succ: dict[int, set[int]] = {b.id: set() for b in f.blocks}
    globals_ = {g.name for g in m.globals}
    functions = {fn.name for fn in m.functions}
    for b in f.blocks:
        ops = [ins.opcode for ins in b.instructions]
        assert ops[-1] in ("br", "switch", "ret", "unreachable")
        assert all(op not in ("br", "switch", "ret", "unreachable") for op in ops[:-1])
        n_phi = sum(1 for op in ops if op == "phi")
        assert ops[:n_phi] == ["phi"] * n_phi
        for ins in b.instructions:
            assert ins.block == b.id
            assert len(ins.operands) == len(ins.operand_types)
            every = list(ins.operands) + [v for _, v in ins.phi_incoming]
            if ins.callee_operand is not None:
                every.append(ins.callee_operand)
            for op in every:
                if isinstance(op, ValueRef):
                    assert 0 <= op.id < len(f.values)
                elif isinstance(op, GlobalAddr):
                    assert op.name in globals_
                elif isinstance(op, FunctionAddr):
                    assert op.name in functions
            if ins.opcode == "call":
                assert (ins.callee is None) != (ins.callee_operand is None)
            if ins.opcode == "icmp":
                assert ins.predicate in ("eq", "ne", "ugt", "uge", "ult", "ule", "sgt", "sge", "slt", "sle")
            if ins.opcode == "getelementptr":
                assert ins.gep is not None and len(ins.operands) >= 2
            if ins.opcode == "br":
                assert (len(ins.successors), len(ins.operands)) in ((1, 0), (2, 1))
            if ins.opcode == "switch":
                assert len(ins.operands) == 1
                assert ins.successors[1:] == tuple(t for _, t in ins.switch_cases)
                values = [v for v, _ in ins.switch_cases]
                assert len(set(values)) == len(values)
                assert all(0 <= v < 1 << ins.operand_types[0].bits for v in values)
            succ[b.id].update(ins.successors)
    for b in f.blocks:
        expect = sorted(p for p in succ if b.id in succ[p])
        assert list(b.predecessors) == expect
        for ins in b.instructions:
            if ins.opcode == "phi":
                assert {p for p, _ in ins.phi_incoming} == set(b.predecessors)


@pytest.mark.parametrize("opt", [0, 1, 2, 3])
@pytest.mark.parametrize("path", PROGRAMS, ids=[p.name for p in PROGRAMS])
def test_view_contract(path: Path, opt: int) -> None:
    m = module_from_llvm(bitcode(path), opt, str(path))
    assert m.functions
    for f in m.functions:
        if f.is_declaration:
            assert f.blocks == () and len(f.values) == len(f.param_types)
        else:
            check_function(f, m)
    for g in m.globals:
        if not g.is_declaration:
            assert len(g.data) == g.size
        for r in g.relocations:
            assert 0 <= r.offset and r.offset + r.size <= g.size
            assert g.data[r.offset:r.offset + r.size] == bytes(r.size)
