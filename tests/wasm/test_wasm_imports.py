"""Import handling of the WASM route (issue 14 part 1): the import map, adapters, AssemblyScript's console.log and
`--max-memory`, end to end through `pvmc compile` and both PVMs.

References: wasmtime runs the same module with each import implemented in Python as its action says (`nop`
returns 0, `host_call ID` returns the harness's `host_call(ID, args)`, `trap` traps, `pvm_ptr` adds the memory
base); for an adapter, wasmtime instantiates the input and the adapter as two instances wired to each other (the
input's imports call the adapter's exports, the adapter imports the input's memory and exports). The log text is
checked against Python's own UTF-16 decoder and UTF-8 encoder. Bad input goes through the CLI: one stderr line,
exit 2, no output file.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
import wasmtime
from hypothesis import given, settings
from hypothesis import strategies as st

from pvm_backend.cli import main as pvmc
from pvm_backend.driver import CompileResult, compile_file
from pvm_backend.errors import InputError
from pvm_backend.frontend.load import WasmOptions
from pvm_backend.frontend.wasm import wat_to_wasm
from pvm_backend.frontend.wasm_imports import LOG_MESSAGE_BYTES, ImportAction, parse_import_map
from pvm_backend.interpreter import Pvm, RunResult, jip1_log_handler, run_spi
from support.anan_as import JIP1_LOG_ID, AnanAs, HostAction
from support.both_pvms import GAS, assert_both_match

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wasm_harness import MASK64, host_call  # noqa: E402

MASK32 = (1 << 32) - 1


# --- the import map's grammar ---------------------------------------------------------------------------------

def test_an_import_map_names_each_action() -> None:
    imports = parse_import_map("# JAM host calls\n"
                               "env.seed = nop\n"
                               "fetch = host_call 0x65   # any module\n"
                               "\n"
                               "env.abort = trap\n"
                               "env.where = pvm_ptr\n"
                               "env.note = log\n"
                               "env.warn = log 1\n", "m.imports")
    seed, fetch = imports.lookup("env", "seed"), imports.lookup("anything", "fetch")
    assert seed is not None and seed.action is ImportAction.NOP and seed.where == "m.imports:2"
    assert fetch is not None and fetch.action is ImportAction.HOST_CALL and fetch.argument == 101
    note, warn = imports.lookup("env", "note"), imports.lookup("env", "warn")
    assert note is not None and (note.action, note.argument) == (ImportAction.LOG, 3)
    assert warn is not None and warn.argument == 1
    assert imports.lookup("other", "seed") is None, "a module-qualified key matches that module only"


def test_a_module_qualified_line_wins_over_a_bare_name() -> None:
    imports = parse_import_map("log = trap\nenv.console.log = nop\n", "m")
    found = imports.lookup("env", "console.log")
    assert found is not None and found.action is ImportAction.NOP
    bare = imports.lookup("other", "log")
    assert bare is not None and bare.action is ImportAction.TRAP


@pytest.mark.parametrize("text, message", [
    ("env.seed = tarp", r"m:1: unknown action 'tarp' for env\.seed"),
    ("fetch host_call 3", r"m:1: 'fetch host_call 3' is not an import map line"),
    ("= nop", r"m:1: '= nop' is not an import map line"),
    ("a b = nop", r"m:1: 'a b = nop' is not an import map line"),
    ("x =", r"m:1: unknown action nothing for x"),
    ("fetch = host_call", r"m:1: fetch = host_call: expected `host_call ID`"),
    ("fetch = host_call 1 2", r"m:1: fetch = host_call 1 2: expected `host_call ID`"),
    ("fetch = host_call x", r"m:1: a host call id must be a number, not 'x'"),
    ("fetch = host_call 0x100000000", r"m:1: a host call id must be 0 to 4294967295, not 4294967296"),
    ("x = log 5", r"m:1: a log level must be 0 to 4, not 5"),
    ("x = nop 1", r"m:1: x = nop 1: expected `nop`"),
    ("# fine\nseed = nop\nseed = trap", r"m:3: seed is already mapped at m:2"),
])
def test_a_malformed_import_map_line_is_named(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as info:
        parse_import_map(text, "m")
    assert "\n" not in str(info.value)


# --- mapped imports against wasmtime ----------------------------------------------------------------------------

MAPPED_WAT = """\
(module
  (import "env" "seed" (func $seed (result i64)))
  (import "host" "fetch" (func $fetch (param i32 i64) (result i32)))
  (import "env" "boom" (func $boom (param i32)))
  (import "env" "where" (func $where (param i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "main") (param $p i32) (param $n i32) (result i64)
    (i64.store (i32.const 0) (i64.const -1))
    (i64.store (i32.const 0) (call $seed))
    (i32.store (i32.const 8) (call $fetch (i32.load (local.get $p)) (i64.load offset=4 (local.get $p))))
    (i32.store (i32.const 12) (call $where (i32.const 16)))
    (if (i32.eqz (i32.load (local.get $p))) (then (call $boom (i32.const 1))))
    (i64.const 0x1000000000)))
"""
MAPPED_IMPORTS = "env.seed = nop\nfetch = host_call 7\nenv.boom = trap\nwhere = pvm_ptr\n"
FETCH_ID = 7


def _signed(value: int, bits: int) -> int:
    value &= (1 << bits) - 1
    return value - (1 << bits) if value >> (bits - 1) else value


def _mapped_reference(args: bytes, memory_base: int) -> tuple[str, bytes]:
    """wasmtime with the map's actions in Python (`pvm_ptr` adds `memory_base`, the build's base of WASM address 0):
    (status "halt" / "panic", output)."""
    engine = wasmtime.Engine()
    store = wasmtime.Store(engine)
    module = wasmtime.Module(engine, wat_to_wasm(MAPPED_WAT))
    i32, i64 = wasmtime.ValType.i32(), wasmtime.ValType.i64()

    def boom(_: int) -> None:
        raise wasmtime.WasmtimeError("trap")

    functions = [
        wasmtime.Func(store, wasmtime.FuncType([], [i64]), lambda: 0),
        wasmtime.Func(store, wasmtime.FuncType([i32, i64], [i32]),
                      lambda a, b: _signed(host_call(FETCH_ID, a & MASK32, b & MASK64), 32)),
        wasmtime.Func(store, wasmtime.FuncType([i32], []), boom),
        wasmtime.Func(store, wasmtime.FuncType([i32], [i32]),
                      lambda a: _signed(a + memory_base, 32)),
    ]
    instance = wasmtime.Instance(store, module, functions)
    memory = instance.exports(store)["memory"]
    main = instance.exports(store)["main"]
    assert isinstance(memory, wasmtime.Memory) and isinstance(main, wasmtime.Func)
    memory.write(store, args, 0x1000)
    try:
        result = main(store, 0x1000, len(args)) & MASK64
    except (wasmtime.Trap, wasmtime.WasmtimeError):
        return "panic", b""
    return "halt", bytes(memory.read(store, result & MASK32, (result & MASK32) + (result >> 32)))


def _compile_wat(tmp: Path, name: str, text: str, **wasm: object) -> CompileResult:
    source = tmp / name
    source.write_text(text)
    return compile_file(source, wasm=WasmOptions(**wasm))  # type: ignore[arg-type]


def _fetch_ours(host_id: int, pvm: Pvm) -> bool:
    if host_id != FETCH_ID:
        return False
    pvm.registers[7] = host_call(FETCH_ID, pvm.registers[7], pvm.registers[8])
    return True


def _fetch_theirs(registers: tuple[int, ...]) -> list[int]:
    result = list(registers)
    result[7] = host_call(FETCH_ID, registers[7], registers[8])
    return result


@pytest.mark.parametrize("first, second", [(5, 0x1122334455667788), (0xFFFFFFFF, 1), (0, 9)])
def test_mapped_imports_run_as_wasmtime_runs_their_actions(tmp_path: Path, anan: AnanAs, first: int,
                                                          second: int) -> None:
    (tmp_path / "m.imports").write_text(MAPPED_IMPORTS)
    result = _compile_wat(tmp_path, "mapped.wat", MAPPED_WAT, imports=tmp_path / "m.imports")
    args = first.to_bytes(4, "little") + second.to_bytes(8, "little")
    assert result.build.wasm_memory_base is not None
    status, output = _mapped_reference(args, result.build.wasm_memory_base)
    ours = run_spi(result.program, args, GAS, host_calls=_fetch_ours)
    theirs = anan.run_spi(result.jam, args, GAS, metadata=True, host_calls={FETCH_ID: _fetch_theirs})
    assert_both_match(ours, theirs, status, output)
    assert status == ("panic" if first == 0 else "halt")


# --- adapters against wasmtime ----------------------------------------------------------------------------------

ADAPTED_WAT = """\
(module
  (import "env" "fetch" (func $fetch (param i32 i32) (result i32)))
  (import "env" "note" (func $note (param i32)))
  (import "env" "console.log" (func $log (param i32)))
  (memory (export "memory") 1)
  (data (i32.const 0x100) "\\04\\00\\00\\00o\\00k\\00")
  (func (export "double") (param i32) (result i32) (i32.shl (local.get 0) (i32.const 1)))
  (func (export "main") (param $p i32) (param $n i32) (result i64)
    (i32.store (i32.const 0) (call $fetch (i32.load (local.get $p)) (i32.load offset=4 (local.get $p))))
    (call $note (i32.const 0))
    (i32.store (i32.const 8) (memory.size))
    (call $log (i32.const 0x104))
    (i64.const 0x1000000000)))
"""
ADAPTER_WAT = """\
(module
  (import "env" "double" (func $double (param i32) (result i32)))
  (import "env" "host_call_2" (func $host (param i64 i64 i64) (result i64)))
  (import "env" "memory" (memory 1))
  (func (export "fetch") (param i32 i32) (result i32)
    (i32.add (call $double (local.get 0))
             (i32.wrap_i64 (call $host (i64.const 7) (i64.extend_i32_u (local.get 1)) (i64.const 5)))))
  (func (export "note") (param i32)
    (i32.store offset=4 (local.get 0) (memory.grow (i32.const 1))))
  (func (export "console.log") (param i32)
    (i32.store (i32.const 12) (i32.load (i32.sub (local.get 0) (i32.const 4))))))
"""


def _adapted_reference(args: bytes) -> bytes:
    """The output of the input and the adapter instantiated side by side in wasmtime."""
    engine = wasmtime.Engine()
    store = wasmtime.Store(engine)
    i32, i64 = wasmtime.ValType.i32(), wasmtime.ValType.i64()
    adapter: dict[str, wasmtime.Func] = {}

    def late(name: str) -> Callable[..., object]:
        return lambda *a: adapter[name](store, *a)

    program = wasmtime.Instance(store, wasmtime.Module(engine, wat_to_wasm(ADAPTED_WAT)), [
        wasmtime.Func(store, wasmtime.FuncType([i32, i32], [i32]), late("fetch")),
        wasmtime.Func(store, wasmtime.FuncType([i32], []), late("note")),
        wasmtime.Func(store, wasmtime.FuncType([i32], []), late("console.log"))])
    exports = program.exports(store)
    memory, main, double = exports["memory"], exports["main"], exports["double"]
    assert isinstance(memory, wasmtime.Memory) and isinstance(main, wasmtime.Func)
    host = wasmtime.Func(store, wasmtime.FuncType([i64, i64, i64], [i64]),
                         lambda n, a, b: _signed(host_call(n & MASK64, a & MASK64, b & MASK64), 64))
    merged = wasmtime.Instance(store, wasmtime.Module(engine, wat_to_wasm(ADAPTER_WAT)), [double, host, memory])
    for name in ("fetch", "note", "console.log"):
        func = merged.exports(store)[name]
        assert isinstance(func, wasmtime.Func)
        adapter[name] = func
    memory.write(store, args, 0x1000)
    result = main(store, 0x1000, len(args)) & MASK64
    return bytes(memory.read(store, result & MASK32, (result & MASK32) + (result >> 32)))


@pytest.mark.parametrize("opt_level", [0, 2])
@pytest.mark.parametrize("first, second", [(5, 6), (0x80000001, 0xFFFFFFFF)])
def test_an_adapter_provides_imports_and_uses_the_input_s_exports_and_memory(
        tmp_path: Path, anan: AnanAs, opt_level: int, first: int, second: int) -> None:
    """The adapter's `fetch` calls the input's `double` and a host call, `note` grows the input's memory and
    writes to it, and its `console.log` replaces the built-in one (no log call happens)."""
    (tmp_path / "adapter.wat").write_text(ADAPTER_WAT)
    source = tmp_path / "adapted.wat"
    source.write_text(ADAPTED_WAT)
    result = compile_file(source, opt_level=opt_level, wasm=WasmOptions(adapter=tmp_path / "adapter.wat"))
    args = first.to_bytes(4, "little") + second.to_bytes(4, "little")
    expected = _adapted_reference(args)
    ours = run_spi(result.program, args, GAS, host_calls=_fetch_ours)
    theirs = anan.run_spi(result.jam, args, GAS, metadata=True, host_calls={FETCH_ID: _fetch_theirs})
    assert_both_match(ours, theirs, "halt", expected)
    assert [c.host_id for c in theirs.host_calls] == [FETCH_ID]
    assert ours.log == ()


def test_adapter_functions_are_verified(tmp_path: Path) -> None:
    from verifier import verify_build

    (tmp_path / "adapter.wat").write_text(ADAPTER_WAT)
    source = tmp_path / "adapted.wat"
    source.write_text(ADAPTED_WAT)
    for opt_level in (0, 2):
        build = compile_file(source, opt_level=opt_level, wasm=WasmOptions(adapter=tmp_path / "adapter.wat")).build
        verdicts = verify_build(build, 10_000)
        assert {v.name for v in verdicts} >= ({"adapter.fetch", "adapter.note"} if opt_level == 0 else set())
        assert all(v.proved for v in verdicts), [v.name for v in verdicts if not v.proved]


# --- AssemblyScript's console.log -------------------------------------------------------------------------------

LOG_WAT = """\
(module
  (import "env" "console.log" (func $log (param i32)))
  (memory (export "memory") 2)
  (func (export "main") (param $p i32) (param $n i32) (result i64)
    (i32.store (i32.const 0x100) (local.get $n))
    (memory.copy (i32.const 0x104) (local.get $p) (local.get $n))
    (call $log (i32.const 0x104))
    (i64.const 0)))
"""


@cache
def _log_program() -> CompileResult:
    """LOG_WAT compiled once: main lays its argument bytes out as an AssemblyScript string and logs it."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        return _compile_wat(Path(tmp), "log.wat", LOG_WAT)


def _expected_log(units: bytes) -> str:
    """What JIP-1 must carry for an AssemblyScript string of UTF-16LE `units` (Python's codecs): its text with
    lone surrogates as U+FFFD, cut before the first character whose UTF-8 would pass LOG_MESSAGE_BYTES."""
    text = units[:len(units) & ~1].decode("utf-16-le", errors="replace")
    kept, size = [], 0
    for char in text:
        size += len(char.encode("utf-8"))
        if size > LOG_MESSAGE_BYTES:
            break
        kept.append(char)
    return "[INFO] " + "".join(kept)


def _log_of(units: bytes) -> RunResult:
    result = run_spi(_log_program().program, units, GAS, host_calls=jip1_log_handler)
    assert result.status.value == "halt"
    return result


@pytest.mark.parametrize("text", ["", "ok", "héllo ✓", "😀 and 𝄞", "\0nul", "€" * 3000, "a" + "😀" * 2100])
def test_console_log_writes_the_string_as_utf8(text: str) -> None:
    units = text.encode("utf-16-le")
    assert _log_of(units).log == (_expected_log(units),)


@pytest.mark.parametrize("units", [b"\x3d\xd8", b"\x00\xdc\x41\x00", b"\x3d\xd8\x3d\xd8\x00\xde", b"A\x00B"])
def test_console_log_replaces_lone_surrogates(units: bytes) -> None:
    """A high surrogate at the end or before a non-low unit, a low surrogate alone: U+FFFD each; an odd byte
    length drops its last byte (AssemblyScript's length is in bytes, its strings have whole units)."""
    assert _log_of(units).log == (_expected_log(units),)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, 0xFFFF) | st.sampled_from([0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0x7F, 0x80, 0x7FF,
                                                           0x800, 0xFFFF]), max_size=40))
def test_console_log_of_any_code_units(codes: list[int]) -> None:
    units = b"".join(c.to_bytes(2, "little") for c in codes)
    assert _log_of(units).log == (_expected_log(units),)


def test_console_log_agrees_with_anan_as(anan: AnanAs) -> None:
    """Both PVMs make the same JIP-1 call (level 3, no target, the same length) and end in the same state."""
    units = "héllo ✓ 😀".encode("utf-16-le")
    ours = _log_of(units)
    theirs = anan.run_spi(_log_program().jam, units, GAS, metadata=True,
                          host_calls={JIP1_LOG_ID: HostAction.JIP1_LOG})
    assert_both_match(ours, theirs, "halt", b"")
    (call,) = theirs.host_calls
    assert call.registers[7:10] == (3, 0, 0)
    assert call.registers[11] == len("héllo ✓ 😀".encode())


def test_console_log_is_verified(tmp_path: Path) -> None:
    from verifier import verify_build

    (tmp_path / "log.wat").write_text(LOG_WAT)
    for opt_level in (0, 2):
        verdicts = verify_build(compile_file(tmp_path / "log.wat", opt_level=opt_level).build, 10_000)
        assert opt_level == 2 or "wasm.log3" in {v.name for v in verdicts}, "at -O0 it is a function of its own"
        assert all(v.proved for v in verdicts), [v.name for v in verdicts if not v.proved]


# --- --max-memory -----------------------------------------------------------------------------------------------

GROW_WAT = """\
(module
  (memory (export "memory") 1)
  (func (export "main") (param i32 i32) (result i64)
    (i32.store (i32.const 0) (memory.grow (i32.const 40)))
    (i32.store (i32.const 4) (memory.size))
    (if (i32.ne (i32.load (i32.const 0)) (i32.const -1))
      (then (i32.store (i32.const 0x28fffc) (i32.const 7))
            (i32.store (i32.const 8) (i32.load (i32.const 0x28fffc)))))
    (i64.const 0xc00000000)))
"""


def test_max_memory_lets_memory_grow_as_far_as_wasmtime_does(tmp_path: Path, anan: AnanAs) -> None:
    engine = wasmtime.Engine()
    store = wasmtime.Store(engine)
    instance = wasmtime.Instance(store, wasmtime.Module(engine, wat_to_wasm(GROW_WAT)), [])
    main, memory = instance.exports(store)["main"], instance.exports(store)["memory"]
    assert isinstance(main, wasmtime.Func) and isinstance(memory, wasmtime.Memory)
    result = main(store, 0, 0) & MASK64
    expected = bytes(memory.read(store, result & MASK32, (result & MASK32) + (result >> 32)))
    assert expected == bytes.fromhex("01000000" "29000000" "07000000")

    grown = _compile_wat(tmp_path, "grow.wat", GROW_WAT, max_memory=41)
    ours = run_spi(grown.program, b"", GAS)
    assert_both_match(ours, anan.run_spi(grown.jam, b"", GAS, metadata=True), "halt", expected)
    capped = run_spi(_compile_wat(tmp_path, "grow.wat", GROW_WAT).program, b"", GAS)
    assert capped.output == bytes.fromhex("ffffffff" "01000000" "00000000"), "the default limit is 16 pages"
    below = run_spi(_compile_wat(tmp_path, "grow.wat", GROW_WAT, max_memory=40).program, b"", GAS)
    assert below.output[:4] == b"\xff\xff\xff\xff"


# --- bad input through the command line --------------------------------------------------------------------------

BAD = {
    "missing map": (["--imports", "{tmp}/none.imports"], r"none\.imports: No such file or directory"),
    "malformed map": (["--imports", "{tmp}/bad.imports"], r"bad\.imports:2: unknown action 'tarp' for boom"),
    "map of the wrong type": (["--imports", "{tmp}/type.imports"],
                              r"type\.imports:1: import env\.where has type \(i32\) -> \(i32\): log takes one i32"),
    "unresolved": ([], r"mapped\.wat: import env\.seed \(\) -> \(i64\) is not resolved: map it with --imports"),
    "adapter type mismatch": (["--imports", "{tmp}/m.imports", "--adapter", "{tmp}/bad_adapter.wat"],
                              r"bad_adapter\.wat: export fetch has type \(i32\) -> \(i32\) but .*mapped\.wat imports "
                              r"host\.fetch as \(i32, i64\) -> \(i32\)"),
    "missing adapter": (["--imports", "{tmp}/m.imports", "--adapter", "{tmp}/none.wat"], r"none\.wat: No such file"),
    "adapter not wasm": (["--imports", "{tmp}/m.imports", "--adapter", "{tmp}/m.imports"],
                         r"m\.imports: a WebAssembly module must be a \.wat or \.wasm file"),
    "adapter with data": (["--imports", "{tmp}/m.imports", "--adapter", "{tmp}/data_adapter.wat"],
                          r"data_adapter\.wat: an adapter cannot have active data segments"),
    "memory too large": (["--imports", "{tmp}/m.imports", "--max-memory", "5000"],
                         r"more than the SPI limit of 65535 \(at most \d+ WebAssembly pages fit\)"),
    "memory out of range": (["--imports", "{tmp}/m.imports", "--max-memory", "0"],
                            r"argument --max-memory: must be from 1 to 65536"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_import_input_is_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                 case: str) -> None:
    (tmp_path / "mapped.wat").write_text(MAPPED_WAT)
    (tmp_path / "m.imports").write_text(MAPPED_IMPORTS)
    (tmp_path / "bad.imports").write_text("env.seed = nop\nboom = tarp\n")
    (tmp_path / "type.imports").write_text("where = log\nenv.seed = nop\nfetch = host_call 7\nboom = trap\n")
    (tmp_path / "bad_adapter.wat").write_text('(module (func (export "fetch") (param i32) (result i32) '
                                              '(local.get 0)))')
    (tmp_path / "data_adapter.wat").write_text('(module (memory 1) (data (i32.const 0) "x"))')
    arguments, message = BAD[case]
    out = tmp_path / "out.jam"
    code: object
    try:
        code = pvmc(["compile", str(tmp_path / "mapped.wat"), "-o", str(out)]
                    + [a.format(tmp=tmp_path) for a in arguments])
    except SystemExit as usage:   # argparse's own errors
        code = usage.code
    captured = capsys.readouterr()
    assert code == 2
    assert len(captured.err.splitlines()) == 1, captured.err
    assert re.search(message, captured.err), captured.err
    assert not out.exists()


def test_wasm_options_on_c_input_are_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "m.imports").write_text(MAPPED_IMPORTS)
    source = Path(__file__).resolve().parents[2] / "examples" / "fib.c"
    out = tmp_path / "fib.jam"
    assert pvmc(["compile", str(source), "--imports", str(tmp_path / "m.imports"), "-o", str(out)]) == 2
    assert "apply to WebAssembly input" in capsys.readouterr().err
    assert not out.exists()

