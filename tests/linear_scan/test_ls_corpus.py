"""The adapter and the allocator over every function of the C corpus (tests/programs/*.c at -O2): the realistic
input. Each allocation is judged by the independent checker (`ls_reference`), and the problems are checked
against facts read directly from the IR view: positions follow the emitter's block order, use counts are the
operand occurrences, and a function is a leaf exactly when it calls no function other than `llvm.*` intrinsics
and `host_call_N` declarations (the ABI's host-call naming).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ls_reference import check_allocation, has_back_edge

from linear_scan import CallKind, allocate
from pvm_backend.ir_facts import block_order
from pvm_backend.frontend.load import load_module
from pvm_backend.ir import Function, ValueRef
from pvm_backend.regalloc_problem import build_problem

PROGRAMS = sorted((Path(__file__).resolve().parents[1] / "programs").glob("*.c"))


def definitions(source: Path) -> list[Function]:
    return [f for f in load_module(source, 2).functions if not f.is_declaration]


def operand_counts(function: Function) -> list[int]:
    counts = [0] * len(function.values)
    for ins in function.instructions:
        refs = [*ins.operands, *(v for _, v in ins.phi_incoming)]
        if ins.callee_operand is not None:
            refs.append(ins.callee_operand)
        for ref in refs:
            if isinstance(ref, ValueRef):
                counts[ref.id] += 1
    return counts


def test_corpus_is_present() -> None:
    assert len(PROGRAMS) >= 20


@pytest.mark.parametrize("source", PROGRAMS, ids=lambda p: p.stem)
def test_corpus_allocations_are_sound(source: Path) -> None:
    for function in definitions(source):
        problem = build_problem(function)
        result = allocate(problem)
        assert check_allocation(problem, result) == [], function.name
        stats = result.stats
        assert stats.allocated_values + stats.evicted + stats.spilled == stats.candidates
        assert (stats.skipped is None) == (has_back_edge(problem) and bool(problem.registers))
        # positions in the emitter's block order
        order = block_order(function)
        position = 0
        for block, block_id in zip(problem.blocks, order):
            assert (block.origin, block.start) == (block_id, position)
            position += len(function.blocks[block_id].instructions)
        assert [v.use_count for v in problem.values] == operand_counts(function)
        calls = [ins for ins in function.instructions if ins.opcode == "call"]
        real = [c for c in calls if c.callee is None
                or not (c.callee.startswith("llvm.") or c.callee.startswith("host_call_"))]
        assert problem.is_leaf == (not real)
        assert sum(c.kind is CallKind.CALL for c in problem.calls) == len(real)
