"""End to end through AssemblyScript: our corpus (tests/assemblyscript/*.ts), built by asc 0.27.37 with the original
system's flags, compiled by pvmc, runs on both PVMs as on wasmtime, and every function of it is proved.

For each program, runtime (stub; minimal and incremental where the source's ``// runtimes:`` line names them) and
``// args:`` case:
- expected: wasmtime running the committed ``build/<name>.<runtime>.wasm`` (support/assemblyscript.AsReference:
  status, output bytes, ``console.log`` lines);
- actual: ``compile_file(wasm, entry="main", opt_level=level)`` at -O2, -Os and -Oz (`LEVELS`) run on our interpreter (`run_spi`, JIP-1 log serviced
  by `jip1_log_handler`) and on anan-as 1.2.0 (the ``.jam``, ecalli 100 serviced as its CLI does and the message
  read from its memory); both give the reference status and output, agree on gas and registers
  (support/both_pvms.assert_both_match), and log ``[INFO] <line>`` for each ``console.log`` line in order, the
  line's UTF-8 cut to 8192 bytes at a character boundary (`jip1_log_line`). One exception, never a silent one:
  anan-as 1.2.0 reads wrong bytes after an access straddling two pages (deviation 4 of
  tests/oracle/test_differential.py), which pvmc's data-segment copy and AssemblyScript's memory.copy make; a case
  where anan-as disagrees after our run made such an access (found by stepping ours) is an xfail naming both.
Each module is also proved by `verify_build` (every check of every function) at each level. The build itself is checked:
asc rebuilds each module byte for byte (``.wasm`` and ``.wat``), a module imports at most ``env.console.log``
(i32) -> () and does so exactly when its source calls ``console.log``, no ``abort`` (``--use abort=``), no f32/f64
anywhere, and tests/corpus.toml's generated block lists exactly the built modules with their sources' inputs.
"""

from __future__ import annotations

import math
from functools import cache
from pathlib import Path

import pytest

from pvm_backend.driver import CompileResult, compile_file
from pvm_backend.interpreter import jip1_log_handler, run_spi
from support.anan_as import JIP1_LOG_ID, AnanAs, HostAction
from support.assemblyscript import (BUILD_DIR, CORPUS_DIR, REPO_ROOT, AsOutcome, AsProgram, AsReference, Runtime,
                                    build, float_lines, imports_of, jip1_log_line, manifest_block, programs)
from support.both_pvms import GAS, assert_both_match, deviation_4
from verifier import verify_build
from verifier.reports.manifest import load_manifest

PROGRAMS = programs()
BY_NAME = {p.name: p for p in PROGRAMS}
MODULES = [(p, r) for p in PROGRAMS for r in p.runtimes]
CASES = [(p, r, i) for p, r in MODULES for i in range(len(p.inputs))]
STATUS = {"ok": "halt", "trap": "panic"}
"""Reference status -> PVM status (a wasm trap is a PVM panic, GP A.44: no output)."""
LOG_IMPORT = "env.console.log (i32) -> ()"
LEVELS = {"O2": 2, "Os": "s", "Oz": "z"}
"""The optimisation levels every module is compiled at (`pvmc compile -O`), by test id."""


@cache
def _reference() -> AsReference:
    return AsReference()


@cache
def _expected(wasm: Path, args: bytes, level: int | str) -> AsOutcome:
    base = _compiled(wasm, level).build.wasm_memory_base
    assert base is not None
    return _reference().run(wasm, args, base)


@cache
def _compiled(wasm: Path, level: int | str) -> CompileResult:
    """One compilation per module and level per test worker."""
    return compile_file(wasm, entry="main", opt_level=level)


def _module_id(module: tuple[AsProgram, Runtime]) -> str:
    return f"{module[0].name}.{module[1]}"


@pytest.mark.parametrize("level", LEVELS.values(), ids=LEVELS.keys())
@pytest.mark.parametrize("case", CASES, ids=[f"{p.name}.{r}#{i}" for p, r, i in CASES])
def test_case_runs_as_on_wasmtime(case: tuple[AsProgram, Runtime, int], level: int | str, anan: AnanAs) -> None:
    """Ours must match the reference. anan-as must too, except after a page-straddling access (its deviation 4,
    tests/oracle/test_differential.py: later loads from those pages return wrong bytes): when anan-as disagrees and
    our run made such an access before anan-as stopped, the case is an xfail naming both."""
    program, runtime, index = case
    wasm, args = program.wasm(runtime), program.inputs[index]
    expected = _expected(wasm, args, level)
    log = tuple(jip1_log_line(line) for line in expected.log)
    result = _compiled(wasm, level)
    ours = run_spi(result.program, args, GAS, host_calls=jip1_log_handler)
    assert (ours.status.value, ours.output, ours.log) == (STATUS[expected.status], expected.output, log)

    theirs = anan.run_spi(result.jam, args, GAS, metadata=True, host_calls={JIP1_LOG_ID: HostAction.JIP1_LOG})
    try:
        assert_both_match(ours, theirs, STATUS[expected.status], expected.output)
        assert theirs.log == log
    except AssertionError:
        deviation = deviation_4(result.program, args, ours, theirs)
        if deviation is not None:
            pytest.xfail(deviation)
        raise


@pytest.mark.parametrize("level", LEVELS.values(), ids=LEVELS.keys())
@pytest.mark.parametrize("module", MODULES, ids=[_module_id(m) for m in MODULES])
def test_module_is_proved(module: tuple[AsProgram, Runtime], level: int | str) -> None:
    verdicts = verify_build(_compiled(module[0].wasm(module[1]), level).build)
    assert [(v.name, [(c.name, c.status.value) for c in v.checks]) for v in verdicts if not v.proved] == []


@pytest.mark.parametrize("module", MODULES, ids=[_module_id(m) for m in MODULES])
def test_asc_rebuilds_the_committed_module(module: tuple[AsProgram, Runtime], tmp_path: Path) -> None:
    """asc is deterministic: the committed .wasm and .wat are what the source builds to (run build.py after
    changing a source)."""
    program, runtime = module
    rebuilt = build(program.source, runtime, tmp_path)
    for suffix in (".wasm", ".wat"):
        assert rebuilt.with_suffix(suffix).read_bytes() == program.wasm(runtime).with_suffix(suffix).read_bytes(), \
            f"{program.wasm(runtime).with_suffix(suffix).name} is stale: run tests/assemblyscript/build.py"


@pytest.mark.parametrize("module", MODULES, ids=[_module_id(m) for m in MODULES])
def test_module_imports_only_console_log_and_has_no_floats(module: tuple[AsProgram, Runtime]) -> None:
    program, runtime = module
    wasm = program.wasm(runtime)
    logs = "console.log(" in program.source.read_text()
    assert imports_of(wasm) == ([LOG_IMPORT] if logs else [])
    assert float_lines(wasm.with_suffix(".wat").read_text()) == []


def test_build_dir_and_manifest_list_exactly_the_modules() -> None:
    expected = {p.wasm(r): p.inputs for p, r in MODULES}
    assert set(BUILD_DIR.iterdir()) == set(expected) | {w.with_suffix(".wat") for w in expected}
    listed = {m.path: m.inputs for m in load_manifest(REPO_ROOT / "tests" / "corpus.toml").programs
              if m.path.is_relative_to(BUILD_DIR)}
    assert listed == expected
    assert manifest_block() in (REPO_ROOT / "tests" / "corpus.toml").read_text(), \
        "tests/corpus.toml's AssemblyScript block is stale: run tests/assemblyscript/build.py"


def test_corpus_covers_runtimes_traps_and_logs() -> None:
    assert len(PROGRAMS) >= 8 and all(p.source.parent == CORPUS_DIR for p in PROGRAMS)
    for runtime in (Runtime.MINIMAL, Runtime.INCREMENTAL):
        assert sum(runtime in p.runtimes for p in PROGRAMS) >= 2, runtime
    outcomes = [_expected(p.wasm(r), p.inputs[i], 2) for p, r, i in CASES]
    assert any(o.status == "trap" for o in outcomes)
    assert sum(o.status == "ok" for o in outcomes) > len(outcomes) - 3
    lines = [line for o in outcomes for line in o.log]
    assert "\ufffd" in "".join(lines), "a lone surrogate reaches the log"
    assert any(len(line.encode()) > 8192 for line in lines), "a line longer than a JIP-1 message"


# --- the reference harness against values computed here ---------------------------------------------------------

@pytest.mark.parametrize("args", BY_NAME["bignum"].inputs, ids=lambda a: a.hex() or "empty")
def test_reference_reads_args_and_output(args: bytes) -> None:
    """bignum prints n! and its digit sum for n = the first argument byte: the reference passes the arguments and
    reads the output right."""
    n = args[0] if args else 0
    digits = str(math.factorial(n))
    outcome = _expected(BY_NAME["bignum"].wasm(Runtime.STUB), args, 2)
    assert (outcome.status, outcome.output) == ("ok", f"{digits} {sum(map(int, digits))}".encode())


def test_reference_decodes_console_log() -> None:
    outcome = _expected(BY_NAME["console"].wasm(Runtime.STUB), b"\xe9", 2)
    assert outcome.log[:5] == ("hello from AssemblyScript", "héllo ✓ — ünïcödé, 😀 and 日本語", "",
                               "lone surrogate: \ufffd end", "✓" * 3000)
    assert jip1_log_line(outcome.log[4]) == "[INFO] " + "✓" * 2730
    assert outcome.log[5:] == ("input as text: [é] of 1 bytes", "byte 0 = 233 = 0xe9 = -23")
