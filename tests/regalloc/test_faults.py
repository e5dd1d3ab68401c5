"""The test-only fault switches (`pvm_backend.faults`, `PVMC_FAULT`) really produce wrong code.

For every `Fault` one named program and input of the test corpora: compiled without the fault (linear-scan, the
default) it gives the reference's status and output; compiled with the fault on (`BuildOptions.faults`, what
`PVMC_FAULT=<name>` sets at the command line) it does not, and the
named function's emitted code is among those the fault changed. The mutation analysis of issue 5 relies on this:
a switch that never changes behaviour could not show that the verifier can fail.

References (never the code under test): `.c` compiled by clang-16 to wasm32 and run in wasmtime
(support/wasm_reference.py); `.wat` run in wasmtime (tests/wasm/wasm_harness.WasmtimeRunner). Runs are on our
interpreter only (both PVMs agreeing is tests/regalloc/test_regalloc_regressions.py's business).

Also: an unknown `PVMC_FAULT` raises InputError (one line, listing the valid names) from `faults.from_environment`
and makes the CLI exit with 2; the compiler itself never reads the environment; every fault carries its own
docstring.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from pvm_backend import faults
from pvm_backend.driver import BuildOptions, CompileResult, compile_file
from pvm_backend.errors import InputError
from pvm_backend.faults import ENV, Fault
from pvm_backend.interpreter import jip1_log_handler, run_spi
from support.both_pvms import GAS, PVM_STATUS
from support.corpus import cases_of
from support.wasm_reference import WasmReference, WasmResult, WasmStatus
from verifier.result import Status
from verifier.verify import verify_function

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS / "wasm"))
from wasm_harness import WasmtimeRunner, load_program, pvm_memory_base  # noqa: E402


@dataclass(frozen=True)
class Exposure:
    """Where a fault shows: a program, one of its inputs, and the function whose code it breaks."""

    source: str
    """Program path relative to tests/."""
    case: int
    """Index of the input among the program's `args:` lines."""
    function: str
    """The function (IR name) whose emitted code the fault changes into wrong code."""
    symptom: str
    """What goes wrong, in one line."""


EXPOSURES: dict[Fault, Exposure] = {
    Fault.CALL_CLOBBER: Exposure(
        "regalloc/call_clobber.c", 1, "mixer",
        "mixer keeps t in r11 and r in r12; placing the arguments of `four(s, t, r, s ^ t)` puts r in r11, and "
        "after the calls `t + scramble(s) + r` still reads t from r11"),
    Fault.MERGE_SNAPSHOT: Exposure(
        "regalloc/faults/merge_snapshot.c", 3, "walk",
        "after `if (v & 1) x ^= mix3(v, i, x)` the merge takes the non-calling edge's state, so `a += b ^ c` reads "
        "c from r10, which after the call holds mix3's argument i"),
    Fault.PHI_EDGE_OVERWRITE: Exposure(
        "regalloc/merge_after_call.c", 1, "main",
        "on the loop's back-edge the copies form a cycle through registers (%.04658 in r11 takes %72 from r12, "
        "%.05055 in r12 takes %74 from r11), so no order spares both: the first copy overwrites r11 and the next "
        "reads %74 from r11 as if it still held it (the clean code reloads it from its slot)"),
    Fault.LABEL_STALE_STATE: Exposure(
        "programs/factorial.c", 2, "factorial",
        "the tail recursion becomes a loop unrolled by 8, whose head, entered by fall-through from the preheader "
        "and by its back-edge, skips loading the trip counter %niter (kept in its slot) into r2 because the "
        "preheader left its initial 0 there; from the second trip on it reads r2's stale contents, so "
        "factorial(20) runs the wrong number of steps"),
    Fault.PHI_CYCLE_NAIVE: Exposure(
        "regalloc/phi_rotate.c", 2, "swap2",
        "the swap x, y = y, x becomes x = y; y = x"),
    Fault.EXPIRED_REUSE: Exposure(
        "regalloc/faults/expired_reuse.c", 1, "keyed_rounds",
        "the loop-invariant key (r11) expires at its last read in the body, so w, born after it, takes r11 too: "
        "from the second iteration on the key reads back w"),
    Fault.LIVENESS_ORDER: Exposure(
        "regalloc/expiry_reuse.c", 1, "main",
        "r2 = x + y, read in every iteration of the nested loop, is live across the unrolled inner loop laid out "
        "at the end; with the blocks ranged in reverse postorder its interval misses that loop, whose temporary "
        "%168 takes the same register r12"),
    Fault.SHARED_TEMPORARY: Exposure(
        "regalloc/same_operand.c", 0, "main",
        "a two-register operation whose operands both come from slots computes rhs op rhs"),
    Fault.CMOV_DEST: Exposure(
        "regalloc/select_loop.c", 0, "best_hash",
        "`nw = (h & 0x30) ? worst : h ^ i` always yields worst: the false value loaded into cmov's destination is "
        "overwritten by the true value"),
    Fault.WRONG_SHIFT_KIND: Exposure(
        "programs/shifts.c", 0, "shifts",
        "`(i64)v >> 1` of v = 0x8000000000000000 (ashr i64) becomes shlo_r_64: the first result is "
        "0x4000000000000000 instead of 0xc000000000000000"),
    Fault.OFF_BY_ONE_IMMEDIATE: Exposure(
        "wat/globals.wat", 1, "main",
        "`$count + $step` ($step the immutable 3, folded to `add i32 %count, 3`) becomes add_imm_32 with 4: after "
        "one argument byte the count is 4 instead of 3"),
    Fault.SWAPPED_OPERANDS: Exposure(
        "programs/func_ptr.c", 0, "op_sub",
        "op_sub's `a - b` (sub i32) becomes sub_32 b, a: the second accumulator of the trace is 0xedcba98d instead "
        "of 0x1234567a, and every later one differs"),
    Fault.MISSING_SIGN_EXTENSION: Exposure(
        "wat/compare.wat", 3, "main",
        "x = i32.wrap_i64(0x80000000) (trunc i64 to i32 without add_imm_32 x, 0) stays +2^31 in its register "
        "instead of -2^31, so the 64-bit signed compares with y = 0x7fffffff say x > y: bits 0x664, not 0x4cc"),
    Fault.WRONG_PREDICATE: Exposure(
        "programs/binary_search.c", 0, "main",
        "the inlined search's `table[mid] < key` (icmp ult, a value) becomes <= and its loop exit `lo > hi` (icmp "
        "sgt fused into a branch) becomes >=: every search stops a probe early, key 1 is not found at index 0"),
    Fault.WRONG_LOAD_WIDTH: Exposure(
        "wat/loads_stores.wat", 0, "main",
        "`i32.load8_s` of the byte 0x09 at 0x308 (load i8) becomes load_ind_i16 and reads 0x0a09 with its "
        "neighbour; the i32 and i16 loads likewise take the next bytes"),
}
"""One exposure per fault (see the module docstring)."""


def args_of(path: Path, case: int) -> bytes:
    """The argument bytes of input `case` of a corpus program."""
    if path.suffix == ".c":
        return cases_of(path)[case].args
    return load_program(path).inputs[case]


def reference(path: Path, args: bytes, wasm_reference: WasmReference) -> WasmResult:
    """The reference status and output of `path` on `args` (wasmtime)."""
    if path.suffix == ".c":
        return wasm_reference.run(path, args)
    runner = WasmtimeRunner(load_program(path).wasm)
    runner.memory_base = pvm_memory_base(path)
    outcome = runner.run(args)
    return WasmResult(WasmStatus.HALT if outcome.status == "ok" else WasmStatus.TRAP, outcome.output)


def compile_and_run(path: Path, args: bytes, chosen: faults.Faults = faults.NO_FAULTS
                    ) -> tuple[CompileResult, tuple[str, bytes]]:
    """Compile `path` (default options with the fault switches `chosen`) and run it on our interpreter."""
    result = compile_file(path, entry="main", opt_level=2, options=BuildOptions(faults=chosen))
    run = run_spi(result.program, args, GAS, host_calls=jip1_log_handler)
    return result, (run.status.value, run.output)


def code_of(result: CompileResult, function: str) -> list[object]:
    """The emitted instructions of `function` (raises StopIteration when it was not emitted)."""
    emitted = next(e for e in result.build.emitted if e.name == function)
    return [item.instruction for item in emitted.instructions]


@pytest.mark.parametrize("fault", list(Fault), ids=[f.value for f in Fault])
def test_fault_gives_wrong_code(fault: Fault, wasm_reference: WasmReference) -> None:
    exposure = EXPOSURES[fault]
    path = TESTS / exposure.source
    args = args_of(path, exposure.case)
    expected = reference(path, args, wasm_reference)
    want = (PVM_STATUS[expected.status], expected.output)

    clean, clean_run = compile_and_run(path, args)
    assert clean_run == want, f"{exposure.source}#{exposure.case} is already wrong without {fault.value}"

    broken, broken_run = compile_and_run(path, args, faults.Faults.of(fault))
    assert broken_run != want, f"{fault.value}: {exposure.source}#{exposure.case} still matches the reference"
    assert code_of(broken, exposure.function) != code_of(clean, exposure.function), \
        f"{fault.value} does not change {exposure.function}"


def test_every_fault_has_an_exposure_and_a_docstring() -> None:
    assert set(EXPOSURES) == set(Fault)
    docs = [f.__doc__ or "" for f in Fault]
    assert all(len(doc.split()) >= 20 for doc in docs)
    assert len(set(docs)) == len(docs) and Fault.__doc__ not in docs


def test_allocation_and_selection_faults_partition_the_faults() -> None:
    both = (*faults.ALLOCATION_FAULTS, *faults.SELECTION_FAULTS)
    assert len(both) == len(set(both)) and set(both) == set(Fault)


def test_names_round_trip_and_unset_means_no_fault() -> None:
    assert faults.from_environment({}) == faults.NO_FAULTS
    assert faults.from_environment({ENV: " "}) == faults.NO_FAULTS and not faults.NO_FAULTS
    for fault in Fault:
        chosen = faults.from_environment({ENV: fault.value})
        assert fault in chosen and not any(other in chosen for other in Fault if other is not fault)
        assert chosen.names == (fault.value,)


def test_unknown_fault_is_an_input_error_listing_the_names(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(InputError) as info:
        faults.from_environment({ENV: "no-such-fault"})
    message = str(info.value)
    assert "\n" not in message and "no-such-fault" in message
    assert all(fault.value in message for fault in Fault)


def test_the_environment_is_read_at_the_command_line_not_by_the_compiler(monkeypatch: pytest.MonkeyPatch,
                                                                         capsys: pytest.CaptureFixture[str],
                                                                         tmp_path: Path) -> None:
    """`PVMC_FAULT` reaches a build only through the CLI's one read of it: with the variable set, `compile_file`
    with default options gives the bytes of a build made with the variable unset, while `pvmc compile` gives the
    faulted program (different bytes, so the comparison can fail); the CLI rejects an unknown name with exit
    code 2 and one line."""
    from pvm_backend.cli import main
    program = TESTS / "regalloc" / "same_operand.c"
    monkeypatch.delenv(ENV, raising=False)
    clean = compile_file(program, entry="main", opt_level=2).jam
    monkeypatch.setenv(ENV, Fault.SHARED_TEMPORARY.value)
    assert compile_file(program, entry="main", opt_level=2).jam == clean
    out = tmp_path / "faulted.jam"
    assert main(["compile", str(program), "-o", str(out)]) == 0
    assert out.read_bytes() != clean
    monkeypatch.setenv(ENV, "no-such-fault")
    assert main(["verify", str(program)]) == 2
    assert capsys.readouterr().err.count("\n") == 1


REFUTED_BY: dict[Fault, str] = {fault: "selection" for fault in faults.SELECTION_FAULTS}
"""The check that refutes each selection fault's exposed function. Check 3 (selection) for all but one: a
truncation left without its sign extension is no instruction at all (the source register already is the result's),
so check 3 has nothing of it to check, and check 2 (code) refutes the reads that expect the truncated value."""
REFUTED_BY[Fault.MISSING_SIGN_EXTENSION] = "code"


@pytest.mark.parametrize("fault", faults.SELECTION_FAULTS, ids=[f.value for f in faults.SELECTION_FAULTS])
def test_the_verifier_refutes_each_selection_fault(fault: Fault) -> None:
    """The function a selection fault is exposed in (the wrong output above) is refuted by the check
    `REFUTED_BY` names, with violations of that check; without the fault every check proves it."""
    exposure = EXPOSURES[fault]
    path = TESTS / exposure.source
    for chosen in (faults.NO_FAULTS, faults.Faults.of(fault)):
        result = compile_file(path, entry="main", opt_level=2, options=BuildOptions(faults=chosen))
        function = next(f for f in result.build.module.functions if f.name == exposure.function)
        emitted = next(e for e in result.build.emitted if e.name == exposure.function)
        verdict = verify_function(function, emitted)
        if not chosen:
            assert verdict.proved, [(c.name, c.status) for c in verdict.checks]
    check = verdict.check(REFUTED_BY[fault])
    assert check.status is Status.REFUTED, (fault.value, [(c.name, c.status) for c in verdict.checks])
    assert check.violations and all(v.as_json()["check"] == REFUTED_BY[fault] for v in check.violations)
