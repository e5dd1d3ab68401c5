"""Real C (issue 14 part 4): several translation units, `-I` and `-D`, empty inline asm and `llvm.prefetch`.

References: the optimisation-barrier program runs in wasmtime as clang-16's own wasm32 build of it
(tests/support/wasm_reference.py, where the asm is clang's); the two-file program's output is its arithmetic
done in Python. Every build is run on both PVMs and verified.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pvm_backend.cli import main as pvmc
from pvm_backend.driver import compile_file
from pvm_backend.errors import InputError, UnsupportedError
from pvm_backend.frontend.inline_asm import neutralise
from pvm_backend.frontend.load import SourceOptions
from pvm_backend.interpreter import run_spi
from support.anan_as import AnanAs
from support.both_pvms import GAS, assert_both_match
from support.wasm_reference import WasmReference
from verifier import verify_build

HEADER = """\
#include <stdint.h>
uint32_t scale(uint32_t x);
#ifndef FACTOR
#define FACTOR 2
#endif
"""
MAIN_C = """\
#include "scale.h"
static uint32_t out[2];
uint64_t main(const uint8_t *args, uint32_t len) {
    out[0] = scale(len ? args[0] : 5u);
    out[1] = FACTOR;
    return (uint64_t)(uintptr_t)out | (uint64_t)8 << 32;
}
"""
SCALE_C = """\
#include "scale.h"
uint32_t scale(uint32_t x) { return x * FACTOR + OFFSET; }
"""
BARRIER_C = """\
#include <stdint.h>
static uint64_t out[2];
uint64_t main(const uint8_t *args, uint32_t len) {
    uint64_t v = 0x9E3779B97F4A7C15u;
    for (uint32_t i = 0; i < len; i++) {
        v = (v ^ args[i]) * 0x100000001B3u;
        __asm__("" : "+r"(v));              /* xxHash's optimisation barrier */
        __builtin_prefetch(args + i + 8, 0, 3);
    }
    __asm__ volatile("" ::: "memory");      /* a compiler barrier */
    uint32_t w = (uint32_t)(v >> 7);
    __asm__("" : "=r"(w) : "0"(w));
    out[0] = v;
    out[1] = w;
    return (uint64_t)(uintptr_t)out | (uint64_t)16 << 32;
}
"""


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    (tmp_path / "include").mkdir()
    (tmp_path / "include" / "scale.h").write_text(HEADER)
    (tmp_path / "main.c").write_text(MAIN_C)
    (tmp_path / "scale.c").write_text(SCALE_C)
    return tmp_path


@pytest.mark.parametrize("factor, offset", [(3, 1), (7, 100)])
def test_two_translation_units_with_include_dirs_and_defines(sources: Path, anan: AnanAs, factor: int,
                                                              offset: int) -> None:
    options = SourceOptions(others=(sources / "scale.c",), include_dirs=(sources / "include",),
                            defines=(f"FACTOR={factor}", f"OFFSET={offset}"))
    result = compile_file(sources / "main.c", sources=options)
    for args in (b"", bytes([9])):
        x = args[0] if args else 5
        expected = ((x * factor + offset) & 0xFFFFFFFF).to_bytes(4, "little") + factor.to_bytes(4, "little")
        ours = run_spi(result.program, args, GAS)
        theirs = anan.run_spi(result.jam, args, GAS, metadata=True)
        assert_both_match(ours, theirs, "halt", expected)
    assert all(v.proved for v in verify_build(result.build))


def test_the_command_line_links_several_files(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = sources / "prog.jam"
    assert pvmc(["compile", str(sources / "main.c"), str(sources / "scale.c"), "-I", str(sources / "include"),
                 "-D", "OFFSET=4", "-o", str(out)]) == 0
    capsys.readouterr()
    assert pvmc(["run", str(out), "--args", "0a"]) == 0
    assert f"output: {(10 * 2 + 4).to_bytes(4, 'little').hex()}02000000" in capsys.readouterr().out


@pytest.mark.parametrize("arguments, message", [
    (["{d}/main.c", "{d}/scale.c", "-D", "OFFSET=1"], r"main\.c: clang failed: .*'scale\.h' file not found"),
    (["{d}/main.c", "-I", "{d}/include", "-D", "OFFSET=1"], r"call of undefined function @scale"),
    (["{d}/main.c", "{d}/main.c", "-I", "{d}/include"], r"main\.c: linking .*main\.c: .*multiply defined"),
    (["{d}/main.c", "{d}/other.wat", "-I", "{d}/include"], r"other\.wat: only \.c, \.ll and \.bc files can be linked"),
    (["{d}/main.c", "{d}/missing.c"], r"missing\.c: no such file"),
])
def test_bad_sources_are_one_line_and_exit_2(sources: Path, capsys: pytest.CaptureFixture[str],
                                              arguments: list[str], message: str) -> None:
    (sources / "other.wat").write_text("(module)")
    out = sources / "prog.jam"
    assert pvmc(["compile", *[a.format(d=sources) for a in arguments], "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    assert re.search(message, err), err
    assert not out.exists()


def test_include_dirs_without_c_input_are_refused(tmp_path: Path) -> None:
    source = tmp_path / "p.ll"
    source.write_text("define i64 @main(ptr %a, i32 %n) {\n  ret i64 0\n}\n")
    with pytest.raises(InputError, match=r"-I and -D apply to C input"):
        compile_file(source, sources=SourceOptions(defines=("X",)))


@pytest.mark.parametrize("opt_level", [0, 2])
def test_empty_inline_asm_and_prefetch_compile_as_clang_runs_them(tmp_path: Path, anan: AnanAs,
                                                                  wasm_reference: WasmReference,
                                                                  opt_level: int) -> None:
    source = tmp_path / "barrier.c"
    source.write_text(BARRIER_C)
    result = compile_file(source, opt_level=opt_level)
    for args in (b"", b"abc", bytes(range(40))):
        expected = wasm_reference.run(source, args)
        ours = run_spi(result.program, args, GAS)
        theirs = anan.run_spi(result.jam, args, GAS, metadata=True)
        assert_both_match(ours, theirs, "halt", expected.output)
    assert all(v.proved for v in verify_build(result.build))


def test_neutralise_rewrites_only_what_computes_nothing() -> None:
    text = ('define i64 @f(i64 %x, ptr %p) {\n'
            '  %a = tail call i64 asm "", "=r,0"(i64 %x) #1, !srcloc !5\n'
            '  %b = call i32 asm sideeffect "", "=&r,0,~{memory}"(i32 7)\n'
            '  tail call void asm sideeffect "", "~{memory}"() #2\n'
            '  call void @llvm.prefetch.p0(ptr %p, i32 0, i32 3, i32 1)\n'
            '  ret i64 %a\n}\n')
    rewritten, changed = neutralise(text)
    assert changed == 4
    assert rewritten.splitlines()[1:4] == ["  %a = freeze i64 %x", "  %b = freeze i32 7", "  ret i64 %a"]


@pytest.mark.parametrize("line", [
    '  %r = call i64 asm "mov $0, 1", "=r"()',
    '  %r = call i64 asm "", "=r,r"(i64 %x)',
    '  %r = call { i64, i64 } asm "", "=r,=r,0,1"(i64 %x, i64 %y)',
])
def test_other_inline_asm_is_refused_naming_the_function(line: str) -> None:
    with pytest.raises(UnsupportedError, match=r"function @f, block %top, instruction .*: inline assembly is not "
                                               r"supported"):
        neutralise(f"define i64 @f(i64 %x, i64 %y) {{\ntop:\n{line}\n  ret i64 0\n}}\n")
