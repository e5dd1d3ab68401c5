"""C with a C library: programs of tests/wasi/ built with clang-16 for wasm32-wasi and linked with Debian's
wasi-libc (malloc, qsort, snprintf, string functions, stdio), compiled by pvmc with the WASI adapter
examples/wasi/wasi.adapter.wat, run as natively on both PVMs, and every function proved.

For each program and ``// args:`` case (support/wasi.py builds and caches everything in a session directory):
- expected: the same sources built by gcc against glibc and run natively (support/wasi.WasiNative): the entry's
  output bytes, stdout, stderr, or the status n of a call of exit(n);
- actual: ``compile_file(wasm, entry="main", opt_level=2)`` with the adapter, run on our interpreter (`run_spi`,
  JIP-1 log serviced by `jip1_log_handler`) and on anan-as 1.2.0 (the ``.jam``, ecalli 100 serviced as its CLI
  does): the output bytes, and the log's INFO messages joined equal to stdout and its WARN messages to stderr
  (support/wasi.log_streams); a native exit(n) is a PVM panic (the adapter's proc_exit traps) after the same log.
  Both PVMs agree on gas and registers (support/both_pvms.assert_both_match) and on the log. One exception, never
  a silent one: when anan-as disagrees after our run made a page-straddling access (its deviation 4,
  tests/oracle/test_differential.py), the case is an xfail naming both, as in test_assemblyscript_corpus.py.
Each module is also proved by `verify_build`. A program importing a WASI function the adapter leaves unresolved
(a clock, random_get) is refused by ``pvmc compile`` with exit 2 and one line naming the import.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from pvm_backend.cli import main as pvmc
from pvm_backend.driver import CompileResult, compile_file
from pvm_backend.frontend.load import WasmOptions
from pvm_backend.interpreter import jip1_log_handler, run_spi
from support.anan_as import JIP1_LOG_ID, AnanAs, HostAction
from support.both_pvms import GAS, assert_both_match, deviation_4
from support.native_reference import NativeReferenceError
from support.wasi import (ADAPTER, NativeOutcome, WasiNative, WasiProgram, build_program, build_wasm, log_streams,
                          programs, read_program)
from verifier import verify_build

PROGRAMS = programs()
CASES = [(p, i) for p in PROGRAMS for i in range(len(p.inputs))]


@pytest.fixture(scope="session")
def wasi_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where this session's wasm32-wasi modules and native executables are built."""
    return tmp_path_factory.mktemp("wasi")


@pytest.fixture(scope="session")
def native(wasi_dir: Path) -> WasiNative:
    return WasiNative(wasi_dir)


@cache
def _compiled(wasm: Path) -> CompileResult:
    """One pvmc compilation per module per test worker."""
    return compile_file(wasm, entry="main", opt_level=2, wasm=WasmOptions(adapter=ADAPTER))


@cache
def _expected(native: WasiNative, program: WasiProgram, index: int) -> NativeOutcome:
    return native.run(program, program.inputs[index])


@pytest.mark.parametrize("case", CASES, ids=[f"{p.name}#{i}" for p, i in CASES])
def test_case_runs_as_natively(case: tuple[WasiProgram, int], wasi_dir: Path, native: WasiNative,
                               anan: AnanAs) -> None:
    program, index = case
    args = program.inputs[index]
    expected = _expected(native, program, index)
    want = "halt" if expected.exit_status is None else "panic"
    result = _compiled(build_program(program, wasi_dir))
    ours = run_spi(result.program, args, GAS, host_calls=jip1_log_handler)
    assert (ours.status.value, ours.output) == (want, expected.output)
    assert log_streams(ours.log) == (expected.stdout, expected.stderr)

    theirs = anan.run_spi(result.jam, args, GAS, metadata=True, host_calls={JIP1_LOG_ID: HostAction.JIP1_LOG})
    try:
        assert_both_match(ours, theirs, want, expected.output)
        assert theirs.log == ours.log
    except AssertionError:
        deviation = deviation_4(result.program, args, ours, theirs)
        if deviation is not None:
            pytest.xfail(deviation)
        raise


@pytest.mark.parametrize("program", PROGRAMS, ids=[p.name for p in PROGRAMS])
def test_module_is_proved(program: WasiProgram, wasi_dir: Path) -> None:
    verdicts = verify_build(_compiled(build_program(program, wasi_dir)).build)
    assert [(v.name, [(c.name, c.status.value) for c in v.checks]) for v in verdicts if not v.proved] == []


def test_corpus_covers_the_library_and_the_build_options(wasi_dir: Path, native: WasiNative) -> None:
    """The programs call what issue 14 names, one has two units, an include dir and a -D macro, and the native
    runs print to both streams and exit once."""
    text = "".join(u.read_text() for p in PROGRAMS for u in p.units)
    for call in ("malloc(", "free(", "realloc(", "memcmp(", "memcpy(", "strlen(", "strcmp(", "qsort(",
                 "snprintf(", "printf(", "exit("):
        assert call in text, call
    assert any(len(p.units) == 2 and p.include_dirs and p.defines for p in PROGRAMS)
    outcomes = [_expected(native, p, i) for p, i in CASES]
    assert any(o.stdout for o in outcomes) and any(o.stderr for o in outcomes)
    assert [o.exit_status for o in outcomes if o.exit_status is not None] == [7]


def test_native_reference_reports_a_bad_result_range(tmp_path: Path) -> None:
    """The harness refuses a result that is not static data (here a heap block: glibc's heap begins above the
    executable's `end`) instead of reading it."""
    source = tmp_path / "heap_result.c"
    source.write_text("#include <stdint.h>\n#include <stdlib.h>\n// args:\n// args: 00\n// args: 0000\n"
                      "uint64_t main(const uint8_t *a, uint32_t n) {\n"
                      "  char *block = calloc(4, 1);\n"
                      "  return (uint64_t)(uintptr_t)block | (uint64_t)4 << 32;\n}\n")
    with pytest.raises(NativeReferenceError, match=r"exit 4, report \['entered', 'bad range'\]"):
        WasiNative(tmp_path).run(read_program(source, "heap_result"), b"")


UNRESOLVED = {
    "clock_time_get": "#include <time.h>\nuint32_t now(void) { return (uint32_t)time(0); }\n",
    "random_get": "#include <unistd.h>\nuint32_t now(void) { uint32_t r; return getentropy(&r, 4) ? 0 : r; }\n",
}


@pytest.mark.parametrize("name", sorted(UNRESOLVED))
def test_an_import_the_adapter_leaves_out_is_one_line_and_exit_2(name: str, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / f"{name}.c"
    source.write_text("#include <stdint.h>\n" + UNRESOLVED[name] +
                      "static uint32_t out;\nuint64_t main(const uint8_t *a, uint32_t n) {\n"
                      "  out = now();\n  return (uint64_t)(uintptr_t)&out | (uint64_t)4 << 32;\n}\n")
    wasm = build_wasm((source,), tmp_path)
    out = tmp_path / "out.jam"
    assert pvmc(["compile", str(wasm), "--adapter", str(ADAPTER), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1, err
    assert f"import wasi_snapshot_preview1.{name} " in err and "is not resolved" in err, err
    assert not out.exists()
