"""The verifier's checks as a list (`verifier.checks`): the registry, every violation of each check in program
order, the verdict and its JSON, and a check registered by a test alone.

Expected violations are derived by hand from tiny IR functions and allocations / instruction streams, with the
rules of `verifier.contract` (check 1) and the GP meaning of the few instructions used plus the ABI of abi.py
(check 2: parameters in r9, r10; result in r7; r0 and r9-r12 restored at the return), as in test_contract.py
and test_check_code.py, whose helpers these cases reuse.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
import z3

import verifier.checks
import verifier.contract
from pvm_backend.emitter.frame import Frame
from pvm_backend.emitter.items import EmittedFunction, Label
from pvm_backend.ir import Function
from pvm_backend.isa import Instruction, Opcode
from test_check_code import RET, E, hand_function, ir_function, sub_stream
from test_contract import CALL, HOST, LOOP, function, ids
from verifier import (AllocationCounterexample, Check, CheckResult, CodeCounterexample, Finding, FunctionVerdict,
                      Status, verify_function)
from verifier.checks import REGISTRY
from verifier.contract import build_contract, check_allocation
from verifier.result import check_names

REPO = Path(__file__).resolve().parents[2]
FIB = REPO / "examples" / "fib.c"


def ir_id(fn: Function, text: str) -> int:
    """Id of the one IR instruction whose text starts with `text`."""
    found = [i.id for i in fn.instructions if i.text.strip().startswith(text)]
    assert len(found) == 1, (text, found)
    return found[0]


def with_registers(fn: Function, registers: dict[int, int]) -> EmittedFunction:
    """An emitted function with no code that realises `registers` (what check 1 reads)."""
    frame = Frame(function=fn.name, size=0, out_area=0, header_offset=0, saved=())
    return EmittedFunction(fn.name, (), frame, (), (), len(fn.instructions), tuple(sorted(registers.items())))


# --- the registry ------------------------------------------------------------------------------------------

def test_registry_runs_allocation_then_code_then_selection() -> None:
    assert [c.name for c in REGISTRY] == ["allocation", "code", "selection"]
    assert all(c.description and "\n" not in c.description for c in REGISTRY)
    assert len({c.name for c in REGISTRY}) == len(REGISTRY)


def test_check_names_must_be_lowercase_words() -> None:
    with pytest.raises(ValueError, match="check name"):
        Check("Check 3", "bad name", lambda fn, em, ms: Finding(Status.PROVED))


def test_a_finding_must_be_consistent() -> None:
    cx = CodeCounterexample("i", "", "r2", "%a", "b", ("fn:f",), index=0)
    with pytest.raises(ValueError):
        Finding(Status.REFUTED)
    with pytest.raises(ValueError):
        Finding(Status.PROVED, (cx,))
    with pytest.raises(ValueError):
        Finding(Status.UNKNOWN, (cx,))
    with pytest.raises(ValueError):
        Finding(Status.PROVED, reason="timeout")


# --- check 1: every violated constraint, by program point ---------------------------------------------------

def test_allocation_reports_every_violation_ordered_by_program_point() -> None:
    """Two independent faults in LOOP (test_contract.py): i and s (the loop's phis, defined together at its
    header and both live there) share r12, and i1 (defined by `%i1 = add` at the end of the body) is in r9,
    f's first parameter register. In the contract the availability rule comes first (rules about a value as a
    whole precede the program-order ones); by program point the header's conflict comes first."""
    fn = function(LOOP, "f")
    v = ids(fn)
    result = REGISTRY[0].run(fn, with_registers(fn, {v["i"]: 12, v["s"]: 12, v["i1"]: 9}), 10_000)
    assert (result.name, result.status, result.reason) == ("allocation", Status.REFUTED, "")
    assert all(isinstance(x, AllocationCounterexample) for x in result.violations)
    conflict, availability = result.violations
    assert isinstance(conflict, AllocationCounterexample) and isinstance(availability, AllocationCounterexample)
    assert (conflict.rule, set(conflict.value_ids), conflict.register) == ("conflict", {v["i"], v["s"]}, 12)
    assert conflict.point == "loop: entry (phis)" and conflict.ir_id == ir_id(fn, "%i = phi")
    assert (availability.rule, availability.value_ids, availability.register) == ("availability", (v["i1"],), 9)
    assert availability.ir_id == ir_id(fn, "%i1 = add")
    assert availability.constraint < conflict.constraint, "contract order is the other way round"
    assert result.seconds >= 0
    json.dumps([x.as_json() for x in result.violations])


def test_allocation_out_of_time_after_a_violation_stays_refuted_and_says_the_list_may_be_incomplete(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The first query decides the status and gets the whole limit; the search for violated constraints gets
    what is left. When no time is left after the first violation, the violations found so far are reported and
    `reason` says more may exist (never a pass, never unknown)."""
    fn = function(LOOP, "f")
    v = ids(fn)
    left = iter([10_000])
    monkeypatch.setattr(verifier.contract, "_left_ms", lambda deadline: next(left, 0))
    result = check_allocation(build_contract(fn), {v["i"]: 12, v["s"]: 12, v["i1"]: 9}, 10_000)
    assert result.status is Status.REFUTED and len(result.violations) == 1
    assert "incomplete" in result.reason and "timeout" in result.reason


def test_allocation_out_of_time_before_a_violation_is_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    """When the first query finds the allocation breaks its contract but no time is left to locate one violated
    constraint, the answer is unknown, never a pass."""
    fn = function(LOOP, "f")
    v = ids(fn)
    monkeypatch.setattr(verifier.contract, "_left_ms", lambda deadline: 0)
    result = check_allocation(build_contract(fn), {v["i"]: 12, v["s"]: 12, v["i1"]: 9}, 10_000)
    assert result.status is Status.UNKNOWN and "breaks the contract" in result.reason
    assert check_allocation(build_contract(fn), {v["i"]: 12}, 10_000).status \
        is Status.PROVED


def test_allocation_sorts_out_a_core_with_a_constraint_that_holds(monkeypatch: pytest.MonkeyPatch) -> None:
    """z3's cores need not be minimal: a satisfied constraint in a core must not be reported. Every core is
    widened here by k2's availability constraint (k2 in r11, which f may use), which holds."""
    fn = function(LOOP, "f")
    v = ids(fn)
    contract = build_contract(fn)
    holds = next(i for i, c in enumerate(contract.constraints) if c.rule == "availability" and c.values == (v["k2"],))

    class WideCores(z3.Solver):
        asked: tuple[str, ...] = ()

        def check(self, *assumptions: z3.BoolRef) -> z3.CheckSatResult:
            self.asked = tuple(str(a) for a in assumptions)
            return super().check(*assumptions)

        def unsat_core(self) -> list[z3.BoolRef]:
            core = [name for name in super().unsat_core() if str(name) != f"c{holds}"]
            return [*core, z3.Bool(f"c{holds}")] if f"c{holds}" in self.asked else core

    monkeypatch.setattr(z3, "Solver", WideCores)
    result = check_allocation(contract, {v["i"]: 12, v["s"]: 12, v["i1"]: 9, v["k2"]: 11}, 10_000)
    assert result.status is Status.REFUTED and result.reason == ""
    assert sorted(x.rule for x in result.violations if isinstance(x, AllocationCounterexample)) == [
        "availability", "conflict"]
    assert all(isinstance(x, AllocationCounterexample) and x.constraint != holds for x in result.violations)


def test_allocation_of_a_sound_assignment_has_no_violations() -> None:
    fn = function(LOOP, "f")
    v = ids(fn)
    result = REGISTRY[0].run(fn, with_registers(fn, {v["s"]: 11, v["s1"]: 11, v["k2"]: 12}), 10_000)
    assert (result.status, result.violations, result.reason) == (Status.PROVED, (), "")


@pytest.mark.parametrize("text,name", [(LOOP, "f"), (HOST, "h"), (CALL, "c")])
def test_every_constraint_is_located(text: str, name: str) -> None:
    """Every constraint of `build_contract` carries the IR instruction check 1 locates its violations at, and
    that instruction agrees with the point text people read: a constraint is at the function entry (no IR
    instruction) exactly when its point says so or it is about a parameter as a whole; every other one is at the
    instruction its point names (or the value's definition)."""
    fn = function(text, name)
    contract = build_contract(fn)
    points = [c.ir_id for c in contract.constraints]
    assert len(points) == len(contract.constraints) > 0
    by_id = {i.id: i for i in fn.instructions}
    for c, at in zip(contract.constraints, points):
        if c.rule in ("fits", "availability"):
            assert at == fn.values[c.values[0]].instruction, c
        elif c.point == "function entry":
            assert at is None, c
        else:
            assert at is not None, c
            block = fn.blocks[by_id[at].block]
            assert c.point in (f"{block.name}: {by_id[at].text.strip()}", f"{block.name}: entry (phis)"), c


# --- check 2: every failing read, in program order ----------------------------------------------------------

SUB = "define i64 @f(i64 %a, i64 %b) {\n  %s = sub i64 %a, %b\n  ret i64 %s\n}\n"


def test_code_reports_every_failing_read_in_program_order() -> None:
    """f(a, b) = a - b with two independent faults: the first move copies r10 (b) where the sub expects a in
    r2, and `load_imm r9, 0` after the sub overwrites r9, which the caller expects back at the return (abi:
    r9-r12 callee-saved). Points: 0 move, 1 move, 2 sub, 3 load_imm, 4 return."""
    fn = ir_function(SUB, "f")
    v = ids(fn)
    sub, ret = ir_id(fn, "%s = sub"), ir_id(fn, "ret")
    items = [E(Instruction(Opcode.MOVE_REG, rd=2, ra=10), sub), E(Instruction(Opcode.MOVE_REG, rd=3, ra=10), sub),
             E(Instruction(Opcode.SUB_64, rd=7, ra=2, rb=3), sub, ((2, v["a"]), (3, v["b"])), v["s"]),
             E(Instruction(Opcode.LOAD_IMM, ra=9, x=0), ret), E(RET, ret, ((0, None),))]
    em = hand_function("f", [E(Label("fn:f")), *items], ((0, "fn:f"),), len(fn.instructions))
    result = REGISTRY[1].run(fn, em, 10_000)
    assert (result.name, result.status) == ("code", Status.REFUTED)
    assert all(isinstance(x, CodeCounterexample) for x in result.violations)
    at_sub, at_return = result.violations
    assert isinstance(at_sub, CodeCounterexample) and isinstance(at_return, CodeCounterexample)
    assert (at_sub.index, at_sub.ir_id, at_sub.register, at_sub.frame_offset) == (2, sub, 2, None)
    # r2 is a copy of r10 (point 0), and r10 holds the caller's b, not a, since the entry: no instruction loses a
    assert (at_sub.expected, at_sub.value_id, at_sub.origin) == ("%a", v["a"], None)
    assert at_sub.instruction.startswith("sub_64") and "r10 held on entry" in at_sub.instead
    assert (at_return.index, at_return.ir_id, at_return.register) == (4, ret, 9)
    assert (at_return.expected, at_return.value_id, at_return.origin) == ("entry r9", None, 3)
    assert "load_imm r9" in at_return.instead and at_return.path == ("fn:f",)
    json.dumps([x.as_json() for x in result.violations])


# --- the verdict and its JSON -------------------------------------------------------------------------------

def test_verdict_json_keeps_the_old_keys_and_lists_every_check() -> None:
    fn = function(LOOP, "f")
    v = ids(fn)
    alloc = REGISTRY[0].run(fn, with_registers(fn, {v["i"]: 12, v["s"]: 12, v["i1"]: 9}), 10_000)
    code = CheckResult("code", Status.UNKNOWN, 0.5, (), "timeout")
    verdict = FunctionVerdict("f", len(fn.values), 3, (alloc, code), 0.75)
    assert verdict.refuted and not verdict.proved
    assert (verdict.allocation, verdict.code, verdict.reason) == (Status.REFUTED, Status.UNKNOWN, "timeout")
    assert verdict.counterexample is alloc.violations[0]
    data = json.loads(json.dumps(verdict.as_json()))
    assert (data["allocation"], data["code"], data["reason"]) == ("refuted", "unknown", "timeout")
    assert data["counterexample"] == alloc.violations[0].as_json()
    assert [c["name"] for c in data["checks"]] == ["allocation", "code"]
    assert data["checks"][0]["status"] == "refuted" and len(data["checks"][0]["violations"]) == 2
    assert data["checks"][1] == {"name": "code", "status": "unknown", "seconds": 0.5, "violations": [],
                                 "reason": "timeout"}
    with pytest.raises(KeyError):
        verdict.status("dummy")


# --- a check registered by a test alone ---------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class DummyViolation:
    """The dummy check's record: a program point and a note."""

    position: int
    """Where (the function's first instruction)."""
    note: str
    """What is wrong."""

    def describe(self) -> str:
        return f"dummy: {self.note}"

    def as_json(self) -> dict[str, object]:
        return {"check": "dummy", "position": self.position, "note": self.note}


def _refute_everything(function: Function, emitted: EmittedFunction, timeout_ms: int) -> Finding:
    return Finding(Status.REFUTED, (DummyViolation(3, "later"), DummyViolation(0, f"{function.name} is dummy")))


DUMMY = Check("dummy", "refutes every function, for tests", _refute_everything)


@pytest.fixture()
def dummy_registered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(verifier.checks, "REGISTRY", (*REGISTRY, DUMMY))


@pytest.mark.usefixtures("dummy_registered")
def test_a_registered_check_reaches_the_verdict_and_the_cli(capsys: pytest.CaptureFixture[str]) -> None:
    from pvm_backend.cli import main

    assert main(["verify", str(FIB), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["summary"] == {"proved": 0, "refuted": 1, "unknown": 0}
    entry = data["functions"][0]
    assert (entry["allocation"], entry["code"]) == ("proved", "proved") and "dummy" not in entry
    assert [(c["name"], c["status"]) for c in entry["checks"]] == [
        ("allocation", "proved"), ("code", "proved"), ("selection", "proved"), ("dummy", "refuted")]
    assert [x["note"] for x in entry["checks"][3]["violations"]] == ["main is dummy", "later"]
    assert entry["counterexample"] == {"check": "dummy", "position": 0, "note": "main is dummy"}

    assert main(["verify", str(FIB)]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["function", "values", "allocated", "allocation", "code", "selection",
                                           "dummy", "seconds"]
    assert ("main: check 1 (allocation) proved, check 2 (code) proved, check 3 (selection) proved, check 4 (dummy) "
            "refuted") in out
    assert "  dummy: main is dummy\n  dummy: later" in out


@pytest.mark.usefixtures("dummy_registered")
def test_a_registered_check_reaches_the_soundness_report(capsys: pytest.CaptureFixture[str]) -> None:
    from pvm_backend.cli import main

    assert main(["report", "soundness", str(FIB), "--json", "--quiet"]) == 1   # one program: in this process
    entry = json.loads(capsys.readouterr().out)["functions"][0]
    assert [c["name"] for c in entry["checks"]] == ["allocation", "code", "selection", "dummy"]
    assert main(["report", "soundness", str(FIB), "--quiet"]) == 1
    markdown = capsys.readouterr().out
    assert "check 4 (dummy): refuted" in markdown and "> dummy: main is dummy" in markdown
    slowest = markdown.split("## Slowest functions")[1].splitlines()[2]
    assert [cell.strip() for cell in slowest.split("|")[5:10]] == ["allocation s", "code s", "selection s", "dummy s",
                                                                   "seconds"]


def test_check_names_follow_the_verdicts() -> None:
    one = FunctionVerdict("f", 0, 0, (CheckResult("allocation", Status.PROVED, 0.0),), 0.0)
    two = FunctionVerdict("g", 0, 0, (CheckResult("allocation", Status.PROVED, 0.0),
                                      CheckResult("code", Status.PROVED, 0.0)), 0.0)
    assert check_names([one, two]) == ("allocation", "code")


def test_verify_function_runs_the_registry_in_order() -> None:
    fn, em = sub_stream(Instruction(Opcode.MOVE_REG, rd=2, ra=9), Instruction(Opcode.MOVE_REG, rd=3, ra=10))
    verdict = verify_function(fn, em)
    assert [r.name for r in verdict.checks] == [c.name for c in REGISTRY]
    assert verdict.proved and verdict.seconds >= sum(r.seconds for r in verdict.checks)
