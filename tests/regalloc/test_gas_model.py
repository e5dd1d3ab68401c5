"""The gas model in batches (`pvm_backend.gas_model`, issue 13 §2) against its per-candidate reference.

The per-candidate measurement lowers the function once per candidate with that value alone in a register; the
batched one lowers one trial allocation per batch and attributes the difference from provenance. These tests
check, on hand-written loops and on corpus functions where no two values interact inside the emitter, that both
give the same savings and register costs; that the batches are valid allocations whose members share no IR
instruction; and that the number of lowerings does not grow with the number of candidates.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from linear_scan import analyse
from pvm_backend.emitter.builder import LinkContext
from pvm_backend.frontend.load import load_module, module_from_text
from pvm_backend.gas_model import measure, measure_weights, touched
from pvm_backend.ir import Function
from pvm_backend.linker import plan_link
from pvm_backend.regalloc_problem import build_problem
from pvm_backend.selection import select

ROOT = Path(__file__).resolve().parents[2]
CONTEXT = LinkContext(global_address={}, function_label=lambda name: f"fn:{name}", jump_entry=lambda label: 0)


def chain_loop(n: int) -> Function:
    """``f(n, x)``: a loop whose body is a chain of `n` arithmetic steps, each on the one before (at -O0)."""
    ops = ("add", "mul", "xor", "sub")
    body = [f"  %v1 = add i64 %acc, 1"]
    body += [f"  %v{k} = {ops[k % 4]} i64 %v{k - 1}, {k}" for k in range(2, n + 1)]
    text = "\n".join([
        "define i64 @f(i64 %n, i64 %x) {",
        "entry:",
        "  br label %loop",
        "loop:",
        "  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]",
        "  %acc = phi i64 [ %x, %entry ], [ %next, %loop ]",
        *body,
        f"  %next = xor i64 %v{n}, %i",
        "  %i1 = add i64 %i, 1",
        "  %c = icmp ult i64 %i1, %n",
        "  br i1 %c, label %loop, label %exit",
        "exit:",
        "  ret i64 %next",
        "}",
    ])
    function = module_from_text(text + "\n", 0).function("f")
    assert function is not None
    return function


def both(function: Function, ctx: LinkContext = CONTEXT):
    selection = select(function)
    problem = build_problem(function, selection)
    analysis = analyse(problem)
    old = measure(function, ctx, problem, analysis, selection, per_candidate=True)
    new = measure(function, ctx, problem, analysis, selection)
    assert old is not None and new is not None
    return problem, analysis, old, new


@pytest.mark.parametrize("n", [1, 5, 40])
def test_batched_equals_per_candidate_on_a_chain(n: int) -> None:
    problem, _, old, new = both(chain_loop(n))
    assert new.weights == old.weights
    assert any(saving > 0 for _, saving in new.weights.savings)
    assert new.unattributed == 0
    candidates = sum(1 for v in problem.values if v.fits_register and v.uses)
    assert old.lowerings == 1 + candidates
    if n >= 5:
        assert new.lowerings < old.lowerings


def test_lowerings_do_not_grow_with_the_candidates() -> None:
    counts = {n: both(chain_loop(n))[3].lowerings for n in (20, 80, 320)}
    assert counts[320] == counts[80] == counts[20], counts
    assert counts[20] <= 8


def test_batches_are_valid_allocations_with_disjoint_instructions() -> None:
    function = chain_loop(30)
    problem, analysis, _, new = both(function)
    keys = touched(function, select(function))
    covered: set[int] = set()
    for batch in new.batches:
        assert {reg for _, reg in batch} <= set(problem.registers)
        members = [v for v, _ in batch]
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                assert keys[a].isdisjoint(keys[b]), (a, b)
                if dict(batch)[a] == dict(batch)[b]:
                    assert not analysis.intervals[a].overlaps(analysis.intervals[b]), (a, b)
        assert covered.isdisjoint(members)
        covered.update(members)
    assert covered == {v.id for v in problem.values if v.fits_register and v.uses}


@pytest.mark.parametrize("source", ["checked_trap.c", "bits.c", "collatz.c", "keccak.c", "quick_sort.c"])
def test_batched_equals_per_candidate_on_corpus_programs(source: str) -> None:
    """Programs where the builder's cache of temporaries makes values interact (one value's access leaving a
    temporary that a later load of another value hits): kept apart in the batches and attributed to the value
    whose access no longer overwrote the temporary, the savings are the per-candidate ones."""
    module = load_module(ROOT / "tests" / "programs" / source, 2, "main")
    plan = plan_link(module, "main")
    for function in plan.functions:
        _, _, old, new = both(function, plan.ctx)
        assert new.weights == old.weights, function.name
        assert new.lowerings <= old.lowerings


def test_out_of_time_gives_none() -> None:
    function = chain_loop(10)
    selection = select(function)
    problem = build_problem(function, selection)
    assert measure_weights(function, CONTEXT, problem, analyse(problem), selection,
                           deadline=time.perf_counter() - 1) is None


def test_a_lowering_past_its_deadline_stops_before_the_rest_of_the_function(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The measurement of a large function must not overrun its limit by a whole lowering: a lowering given a
    deadline that has passed raises `DeadlinePassed` before it lowers any instruction, and the gas model is then
    None without the baseline having been lowered; with time left the lowering is what it is without one."""
    from pvm_backend.emitter import lowering
    from pvm_backend.emitter.lowering import DeadlinePassed, lower_function

    function = chain_loop(600)
    assert len(function.instructions) > 2 * lowering.DEADLINE_STRIDE
    lowered = []
    real = lowering.lower_instruction
    monkeypatch.setattr(lowering, "lower_instruction", lambda cx, ins: (lowered.append(ins.id), real(cx, ins)))
    with pytest.raises(DeadlinePassed):
        lower_function(function, CONTEXT, deadline=time.perf_counter() - 1)
    assert lowered == []
    selection = select(function)
    problem = build_problem(function, selection)
    assert measure_weights(function, CONTEXT, problem, analyse(problem), selection,
                           deadline=time.perf_counter() - 1) is None
    assert lowered == []
    in_time = lower_function(function, CONTEXT, deadline=time.perf_counter() + 3600)
    assert in_time == lower_function(function, CONTEXT)
    assert len(lowered) == 2 * len(function.instructions)
