"""-Os and -Oz (`pvmc compile -O s|z`): every corpus case gives the reference output, on both PVMs, and every
function is proved; the levels do what they are for.

Expected values come from wasmtime (the C corpus compiled by clang-16 to wasm32, support/wasm_reference.py; the
WAT corpus, tests/wat/*.wat and tests/wat/bench/*.wat, run directly by tests/wasm/wasm_harness.py) and, for the
real-code corpus (tests/real/), from gcc's native build of the same driver (support/native_reference.py), never
from pvmc. The C and WAT builds are run on our interpreter and on anan-as (equal gas and registers), the real-code
builds on our interpreter (anan-as's deviation on lz4 is tests/test_real_corpus.py's business), and
`verify_build` must prove every check of every function. The AssemblyScript corpus is run at both levels by
tests/wasm/test_assemblyscript_corpus.py. The level itself: the function definitions carry `SIZE_ATTRIBUTES` before LLVM's
-O2 pipeline (read back from llvmlite), an ``optnone`` function is left alone, and the runtime-unrolled loop of
tests/wat/bench/fib.wat (issue 18) is no longer unrolled.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

import llvmlite.binding as llvm
import pytest

from pvm_backend.driver import CompileResult, compile_file
from pvm_backend.errors import InputError
from pvm_backend.frontend.load import SIZE_ATTRIBUTES, optimise
from pvm_backend.interpreter import jip1_log_handler, run_spi
from pvm_backend.options import OPT_LEVELS, parse_opt_level
from support.anan_as import AnanAs
from support.both_pvms import GAS, assert_both_match, check_case
from support.corpus import CorpusCase, all_cases, cases_of
from support.native_reference import NativeReference
from support.real_corpus import PROGRAMS as REAL_PROGRAMS
from support.wasm_reference import WasmReference
from verifier import Status, verify_build

sys.path.insert(0, str(Path(__file__).resolve().parent / "wasm"))
from wasm_harness import WAT_DIR, WasmtimeRunner, load_program, service_host_call  # noqa: E402

LEVELS = ("s", "z")
WAT_FILES = sorted(WAT_DIR.glob("*.wat")) + sorted((WAT_DIR / "bench").glob("*.wat"))
C_CASES = all_cases()


@cache
def compiled(source: Path, level: int | str) -> CompileResult:
    """One compilation per file and level per test worker."""
    return compile_file(source, entry="main", opt_level=level)


@cache
def unproved(source: Path, level: str) -> tuple[tuple[str, tuple[tuple[str, Status], ...]], ...]:
    """The functions of the build that are not proved, with every check's status (empty when all are)."""
    return tuple((v.name, tuple((c.name, c.status) for c in v.checks))
                 for v in verify_build(compiled(source, level).build) if not v.proved)


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("case", C_CASES, ids=lambda c: c.case_id)
def test_c_case(case: CorpusCase, level: str, wasm_reference: WasmReference, anan: AnanAs) -> None:
    check_case(compiled(case.source, level), case.args, wasm_reference.run(case.source, case.args), anan)
    assert unproved(case.source, level) == ()


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("path", WAT_FILES, ids=lambda p: str(p.relative_to(WAT_DIR).with_suffix("")))
def test_wat_program(path: Path, level: str, anan: AnanAs) -> None:
    program = load_program(path)
    result = compiled(path, level)
    reference = WasmtimeRunner(program.wasm)
    assert result.build.wasm_memory_base is not None
    reference.memory_base = result.build.wasm_memory_base   # this level's build, which the pointers point into
    for args in program.inputs:
        expected = reference.run(args)
        ours = run_spi(result.program, args, GAS, host_calls=service_host_call)
        if "host_call" in path.name:   # anan-as's host calls are tests/test_wat_corpus.py's business
            assert (ours.status.value, ours.output) == ({"ok": "halt", "trap": "panic"}[expected.status],
                                                         expected.output)
            continue
        theirs = anan.run_spi(result.jam, args, GAS, metadata=True)
        assert_both_match(ours, theirs, {"ok": "halt", "trap": "panic"}[expected.status], expected.output)
    assert unproved(path, level) == ()


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("source", REAL_PROGRAMS, ids=lambda p: p.stem)
def test_real_program(source: Path, level: str, native_reference: NativeReference) -> None:
    program = compiled(source, level).program
    for case in cases_of(source):
        ours = run_spi(program, case.args, GAS, host_calls=jip1_log_handler)
        assert (ours.status.value, ours.output.hex()) == ("halt", native_reference.run(source, case.args).hex()), \
            case.case_id
    assert unproved(source, level) == ()


def _function_attributes(text: str, level: str) -> dict[str, set[str]]:
    """Function name -> its attribute words after `optimise(module, level)` of the LLVM assembly `text`."""
    m = llvm.parse_assembly(text)
    optimise(m, level)
    return {f.name: {word.decode() for group in f.attributes for word in group.split()}
            for f in m.functions if not f.is_declaration}


SOURCE = """
define i32 @plain(i32 %x) {
  %y = mul i32 %x, %x
  ret i32 %y
}
define i32 @untouched(i32 %x) #0 {
  ret i32 %x
}
attributes #0 = { noinline optnone }
"""


@pytest.mark.parametrize("level", [2, *LEVELS])
def test_size_levels_mark_every_function_but_optnone(level: int | str) -> None:
    attributes = _function_attributes(SOURCE, level)
    wanted = set(SIZE_ATTRIBUTES.get(level, ()))
    assert {"optsize", "minsize"} & attributes["plain"] == wanted
    assert {"optsize", "minsize"} & attributes["untouched"] == set()


def test_size_levels_stop_runtime_unrolling_of_fib() -> None:
    """fib.wat's loop is unrolled at run time by -O2 (several copies of its add), not at -Os or -Oz."""
    def adds(level: int | str) -> int:
        return sum(1 for f in compiled(WAT_DIR / "bench" / "fib.wat", level).module.functions if not f.is_declaration
                   for b in f.blocks for i in b.instructions if i.opcode == "add")
    assert adds(2) > adds("s") >= adds("z") > 0


@pytest.mark.parametrize("given, level", [(0, 0), ("3", 3), (2, 2), ("s", "s"), ("z", "z")])
def test_parse_opt_level(given: object, level: int | str) -> None:
    assert parse_opt_level(given) == level and level in OPT_LEVELS


@pytest.mark.parametrize("given", [4, -1, "4", "O2", "S", "", True, None, 2.0, "fast"])
def test_parse_opt_level_refuses(given: object) -> None:
    with pytest.raises(InputError, match="optimisation level must be one of 0, 1, 2, 3, s, z"):
        parse_opt_level(given)
