"""PVM-in-PVM (issue 14 part 5): both builds of the anan-as interpreter compile with their adapters, every function
proves, and run inner programs the way the inner programs run directly.

For each inner program (tests/wat/bench programs compiled with `--result-r8 end`, wasm-pvm's TRAP blob, a program
that logs): the inner result the outer program reports must be the wasmtime reference's output (WAT corpus
harness), with the inner gas our interpreter charges running the inner program directly; the outer program must
halt with the same output, gas and registers on our interpreter and on anan-as. The pinned build passes the inner
JIP-1 log on to the outer host (its adapter), the npm build stops the inner run at the host call.

anan-as as the outer PVM: both builds copy their data segments with unaligned 8-byte accesses at start-up, some
across a page boundary, after which anan-as 1.2.0 reads wrong bytes (its deviation 4); its run is then checked to
be that deviation and nothing else can be compared. Our interpreter is the outer PVM every inner result comes from.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pvm_backend.containers import decode_jam
from pvm_backend.interpreter import jip1_log_handler, run_spi
from support.anan_as import JIP1_LOG_ID, AnanAs, HostAction
from support.both_pvms import assert_both_match, deviation_4
from support.pvm_in_pvm import BUILDS, INNER_GAS, TRAP_PROGRAM, InnerResult, build_inner, build_outer, outer_args

sys.path.insert(0, str(Path(__file__).resolve().parent / "wasm"))
from wasm_harness import WasmtimeRunner, load_program, pvm_memory_base  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO / "tests" / "wat" / "bench"
OUTER_GAS = 2_000_000_000
INNER = [("add", bytes.fromhex("0500000007000000")), ("fib", (10).to_bytes(4, "little")),
         ("factorial", (5).to_bytes(4, "little"))]
LOG_WAT = """\
(module
  (import "env" "host_call_5" (func $ecalli (param i64 i64 i64 i64 i64 i64) (result i64)))
  (import "env" "pvm_ptr" (func $pvm_ptr (param i64) (result i64)))
  (memory (export "memory") 1)
  (data (i32.const 16) "innerhello from inside")
  (func (export "main") (param i32 i32) (result i64)
    (drop (call $ecalli (i64.const 100) (i64.const 2) (call $pvm_ptr (i64.const 16)) (i64.const 5)
                        (call $pvm_ptr (i64.const 21)) (i64.const 17)))
    (i64.const 0x500000010)))
"""


def _both(which: str, program: bytes, args: bytes, anan: AnanAs) -> tuple[InnerResult, tuple[str, ...]]:
    """Run the outer build on both PVMs. Ours must halt; anan-as must agree with it, unless it disagrees only
    after a page-straddling access (its deviation 4: `support.both_pvms.deviation_4`), which the outer program
    makes while copying its data segments. Returns the inner result and our outer log."""
    outer = build_outer(which)
    blob = outer_args(program, args)
    ours = run_spi(outer.program, blob, OUTER_GAS, host_calls=jip1_log_handler)
    assert ours.status.value == "halt"
    theirs = anan.run_spi(outer.jam, blob, OUTER_GAS, metadata=True, host_calls={JIP1_LOG_ID: HostAction.JIP1_LOG})
    if (theirs.status, theirs.output, theirs.gas_used) != ("halt", ours.output, ours.gas_used):
        assert deviation_4(outer.program, blob, ours, theirs, OUTER_GAS) is not None, theirs
    else:
        assert_both_match(ours, theirs, "halt", ours.output)
    return InnerResult.parse(ours.output), ours.log


@pytest.mark.parametrize("which", sorted(BUILDS))
@pytest.mark.parametrize("name, args", INNER, ids=[n for n, _ in INNER])
def test_an_inner_program_runs_as_it_runs_directly(which: str, name: str, args: bytes, anan: AnanAs) -> None:
    source = BENCH / f"{name}.wat"
    reference = WasmtimeRunner(load_program(source).wasm)
    reference.memory_base = pvm_memory_base(source)
    expected = reference.run(args)
    inner = build_inner(source)
    direct = run_spi(inner.program, args, INNER_GAS)
    assert expected.status == "ok" and direct.status.value == "halt"

    result, _ = _both(which, inner.jam, args, anan)
    assert (result.status, result.exit_code) == ("halt", 0)
    assert result.output == expected.output
    assert result.gas_left == INNER_GAS - direct.gas_used


@pytest.mark.parametrize("which", sorted(BUILDS))
def test_the_trap_program_panics_inside(which: str, anan: AnanAs) -> None:
    _, program = decode_jam(TRAP_PROGRAM)
    assert run_spi(program, b"", INNER_GAS).status.value == "panic"
    result, _ = _both(which, TRAP_PROGRAM, b"", anan)
    assert (result.status, result.exit_code, result.output) == ("panic", 0, b"")


@pytest.fixture(scope="module")
def logging_program(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    source = tmp_path_factory.mktemp("inner") / "log.wat"
    source.write_text(LOG_WAT)
    return build_inner(source).jam


def test_the_pinned_build_passes_the_inner_log_to_the_outer_host(logging_program: bytes, anan: AnanAs) -> None:
    _, program = decode_jam(logging_program)
    direct = run_spi(program, b"", INNER_GAS, host_calls=jip1_log_handler)
    assert direct.log == ("[WARN] inner: hello from inside",)
    result, log = _both("pinned", logging_program, b"", anan)
    assert result.status == "halt"
    assert log[-1] == direct.log[0], log
    assert result.gas_left == INNER_GAS - direct.gas_used + 10, "the inner host call's 10 gas is the outer host's"


def test_the_npm_build_stops_at_an_inner_host_call(logging_program: bytes, anan: AnanAs) -> None:
    result, _ = _both("npm", logging_program, b"", anan)
    assert (result.status, result.exit_code) == ("host", JIP1_LOG_ID)


@pytest.mark.parametrize("which", sorted(BUILDS))
def test_every_function_of_the_interpreter_is_proved(which: str) -> None:
    from verifier import verify_build

    verdicts = verify_build(build_outer(which).build, 10_000)
    assert len(verdicts) > 150
    assert all(v.proved for v in verdicts), [v.name for v in verdicts if not v.proved]
