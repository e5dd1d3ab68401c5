"""Check 1 (`verifier.contract`) and the verifier's own liveness (`verifier.liveness`).

Expected values are derived by hand from the small IR functions below, under the conventions the verifier's
docstrings state and SSA textbooks use: a phi's incoming value is used at the end of its predecessor, the phis
of a block (and the parameters, at the function entry) are defined together; two values interfere when one is
live just after the other's definition. The ABI facts (parameters in r9-r12 in order, r9-r12 callee-saved,
`ecalli` data arguments in r7, r8, r9, ... and the result in r7) are those of pvm_backend/abi.py's docstring
and SEED-regalloc.md. The real allocations come from compiling corpus programs; that they satisfy the
contract is the issue's claim ("all corpus functions prove").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pvm_backend.abi import RegisterModel
from pvm_backend.driver import BuildOptions, compile_file
from pvm_backend.frontend.load import module_from_text
from pvm_backend.ir import Function
from verifier import AllocationCounterexample, Finding, Status
from verifier.contract import build_contract, check_allocation
from verifier.liveness import liveness

REPO = Path(__file__).resolve().parents[2]

HEADER = ('target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"\n'
          'target triple = "wasm32-unknown-unknown"\n')

LOOP = HEADER + """
define i64 @f(i64 %n, i64 %k) {
entry:
  %k2 = mul i64 %k, 2
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %body ]
  %s = phi i64 [ 0, %entry ], [ %s1, %body ]
  %c = icmp ult i64 %i, %n
  br i1 %c, label %body, label %exit
body:
  %s1 = add i64 %s, %k2
  %i1 = add i64 %i, 1
  br label %loop
exit:
  ret i64 %s
}
"""

HOST = HEADER + """
declare i64 @host_call_4(i64, i64, i64, i64, i64)

define i64 @h(i64 %a) {
entry:
  %v = add i64 %a, 5
  %r = call i64 @host_call_4(i64 7, i64 %a, i64 %a, i64 %a, i64 %a)
  %s = add i64 %r, %v
  ret i64 %s
}
"""

CALL = HEADER + """
define i64 @g(i64 %x, i64 %y) {
  %p = mul i64 %x, %y
  ret i64 %p
}

define i64 @c(i64 %a) {
entry:
  %v = add i64 %a, 1
  %r = call i64 @g(i64 %a, i64 %a)
  %s = add i64 %r, %v
  ret i64 %s
}
"""


def function(text: str, name: str) -> Function:
    return next(f for f in module_from_text(text).functions if f.name == name)


def ids(fn: Function) -> dict[str, int]:
    """IR name (without %) → value id."""
    return {v.name: v.id for v in fn.values if v.name}


def first(result: Finding) -> AllocationCounterexample | None:
    """The first violation `check_allocation` reports (in contract order), if any."""
    if not result.violations:
        return None
    cx = result.violations[0]
    assert isinstance(cx, AllocationCounterexample)
    return cx


def names(fn: Function, values: frozenset[int]) -> set[str]:
    by_id = {v.id: v.name for v in fn.values}
    return {by_id[v] for v in values}


# --- liveness golden test ---------------------------------------------------------------------------------

# By hand: body uses s, k2, i and feeds the loop phis s1, i1; the loop's header reads i, n (icmp) and exit
# reads s, so everything the loop needs (n, k2) stays live around it; k dies at k2's definition.
LOOP_LIVE_IN = {"entry": {"n", "k"}, "loop": {"i", "s", "n", "k2"}, "body": {"i", "s", "n", "k2"},
                "exit": {"s"}}
LOOP_LIVE_OUT = {"entry": {"n", "k2"}, "loop": {"i", "s", "n", "k2"}, "body": {"i1", "s1", "n", "k2"},
                 "exit": set()}
LOOP_LIVE_AFTER = {
    "%k2 = mul i64 %k, 2": {"n", "k2"},
    "br label %loop": {"n", "k2"},
    "%i = phi i64 [ 0, %entry ], [ %i1, %body ]": {"i", "s", "n", "k2"},
    "%s = phi i64 [ 0, %entry ], [ %s1, %body ]": {"i", "s", "n", "k2"},
    "%c = icmp ult i64 %i, %n": {"i", "s", "n", "k2", "c"},
    "br i1 %c, label %body, label %exit": {"i", "s", "n", "k2"},
    "%s1 = add i64 %s, %k2": {"i", "s1", "n", "k2"},
    "%i1 = add i64 %i, 1": {"i1", "s1", "n", "k2"},
    "br label %loop#body": {"i1", "s1", "n", "k2"},
    "ret i64 %s": set(),
}


def test_liveness_of_a_loop_matches_the_hand_computed_sets() -> None:
    fn = function(LOOP, "f")
    live = liveness(fn)
    for block in fn.blocks:
        assert names(fn, live.live_in[block.id]) == LOOP_LIVE_IN[block.name], f"live-in of {block.name}"
        assert names(fn, live.live_out[block.id]) == LOOP_LIVE_OUT[block.name], f"live-out of {block.name}"
    seen = set()
    for block in fn.blocks:
        for ins in block.instructions:
            key = ins.text.strip()
            if key == "br label %loop" and block.name == "body":
                key += "#body"
            seen.add(key)
            assert names(fn, live.live_after[ins.id]) == LOOP_LIVE_AFTER[key], f"live after {key}"
    assert seen == set(LOOP_LIVE_AFTER)


# --- check 1 on hand-made allocations -----------------------------------------------------------------------

def test_values_that_never_overlap_may_share_a_register() -> None:
    """s dies where s1 is defined (s1 only flows back into the phi): one register serves both; so do k2 and
    nothing else (r12 alone)."""
    fn = function(LOOP, "f")
    v = ids(fn)
    result = check_allocation(build_contract(fn), {v["s"]: 11, v["s1"]: 11, v["k2"]: 12})
    assert result.status is Status.PROVED, result


def test_conflict_is_refuted_with_both_values_the_register_and_the_point() -> None:
    """i is live just after s1's definition (i1 = i + 1 follows), so i and s1 may not share r11."""
    fn = function(LOOP, "f")
    v = ids(fn)
    result = check_allocation(build_contract(fn), {v["i"]: 11, v["s1"]: 11})
    assert result.status is Status.REFUTED
    cx = first(result)
    assert cx is not None
    assert cx.rule == "conflict"
    assert set(cx.values) == {"%i", "%s1"}
    assert cx.register == 11
    assert cx.point.startswith("body") and "%s1 = add i64 %s, %k2" in cx.point
    assert "r11" in cx.describe() and "%i" in cx.describe() and "%s1" in cx.describe()


def test_loop_carried_values_defined_together_conflict() -> None:
    """The phis i and s are defined together at the loop header and both live there."""
    fn = function(LOOP, "f")
    v = ids(fn)
    result = check_allocation(build_contract(fn), {v["i"]: 12, v["s"]: 12})
    assert result.status is Status.REFUTED
    cx = first(result)
    assert cx is not None
    assert set(cx.values) == {"%i", "%s"} and cx.register == 12


@pytest.mark.parametrize("register", [9, 10])
def test_parameter_register_is_not_available(register: int) -> None:
    """f's parameters n and k arrive in r9 and r10: no value may be allocated there."""
    fn = function(LOOP, "f")
    v = ids(fn)
    result = check_allocation(build_contract(fn), {v["k2"]: register})
    assert result.status is Status.REFUTED
    cx = first(result)
    assert cx is not None
    assert (cx.rule, cx.values, cx.register) == ("availability", ("%k2",), register)
    assert build_contract(fn).available == (11, 12)


def test_value_live_across_a_host_call_in_a_data_argument_register_is_refuted() -> None:
    """`host_call_4(7, a, a, a, a)` puts its data arguments in r7, r8, r9, r10 (ecalli); v is live across it
    (used by s), so r10 is clobbered under v. r10 is otherwise available (h has one parameter, in r9)."""
    fn = function(HOST, "h")
    v = ids(fn)
    contract = build_contract(fn)
    assert 10 in contract.available
    result = check_allocation(contract, {v["v"]: 10})
    assert result.status is Status.REFUTED
    cx = first(result)
    assert cx is not None
    assert (cx.rule, cx.values, cx.register) == ("call-clobber", ("%v",), 10)
    assert "host_call_4" in cx.point
    assert check_allocation(contract, {v["v"]: 11}).status is Status.PROVED


def test_value_live_across_a_call_in_an_argument_register_is_refuted() -> None:
    """`call @g(a, a)` writes r9 and r10 with its arguments; v is live across it. r10 is both an outgoing
    argument register (unavailable in a calling function) and clobbered by the call's set-up: either rule may
    be the one reported, and it must name v and r10."""
    fn = function(CALL, "c")
    v = ids(fn)
    contract = build_contract(fn)
    assert contract.available == (11, 12)
    result = check_allocation(contract, {v["v"]: 10})
    assert result.status is Status.REFUTED
    cx = first(result)
    assert cx is not None
    assert cx.rule in ("availability", "call-clobber")
    assert (cx.values, cx.register) == (("%v",), 10)
    assert check_allocation(contract, {v["v"]: 12}).status is Status.PROVED


def test_value_wider_than_a_register_does_not_fit() -> None:
    fn = function(HEADER + """
define i64 @w(i64 %a) {
  %x = zext i64 %a to i128
  %y = mul i128 %x, %x
  %z = trunc i128 %y to i64
  ret i64 %z
}
""", "w")
    v = ids(fn)
    result = check_allocation(build_contract(fn), {v["y"]: 11})
    assert result.status is Status.REFUTED
    cx = first(result)
    assert cx is not None
    assert (cx.rule, cx.values) == ("fits", ("%y",))


# --- check 1 on the real allocations -----------------------------------------------------------------------

@pytest.mark.parametrize("program", ["tests/regalloc/call_clobber.c", "tests/regalloc/phi_rotate.c",
                                     "tests/programs/sha256.c", "tests/wat/phi_swap.wat"])
def test_linear_scan_allocations_of_corpus_programs_prove(program: str) -> None:
    build = compile_file(REPO / program).build
    assert build.module is not None
    functions = {f.name: f for f in build.module.functions}
    allocated = 0
    for emitted in build.emitted:
        registers = dict(emitted.registers)
        allocated += len(registers)
        result = check_allocation(build_contract(functions[emitted.name]), registers)
        assert result.status is Status.PROVED, (emitted.name, result)
    assert allocated > 0, "the program should exercise the allocator"


@pytest.mark.parametrize("registers", ["seed", "full"])
@pytest.mark.parametrize("program", ["tests/regalloc/call_clobber.c", "tests/programs/sha256.c",
                                     "tests/programs/matmul.c"])
def test_the_contract_over_the_allocated_values_is_the_part_of_the_whole_that_applies(program: str,
                                                                                        registers: str) -> None:
    """Check 1 builds the contract over the allocated values only (`build_contract(..., values)`): it must be
    exactly the whole contract's constraints all of whose values are allocated, in the same order."""
    model = RegisterModel(registers)
    build = compile_file(REPO / program, options=BuildOptions(registers=model)).build
    assert build.module is not None
    functions = {f.name: f for f in build.module.functions}
    applied = 0
    for emitted in build.emitted:
        allocated = dict(emitted.registers)
        whole = build_contract(functions[emitted.name], model)
        part = build_contract(functions[emitted.name], model, allocated)
        expected = tuple(c for c in whole.constraints if all(v in allocated for v in c.values))
        assert part.constraints == expected, emitted.name
        assert (part.available, part.value_names) == (whole.available, whole.value_names)
        applied += len(expected)
    assert applied > 0
