"""Structs passed by value (`byval` parameters, `pvm_backend.frontend.byval`): the callee works on its own copy.

Found by csmith seed 99 at -O0: the callee's assignment to its struct parameter changed the caller's global, the
checksum was wrong and every function proved (check 2 does not model memory). Expected outputs come from
wasmtime running clang-16's wasm32 build of the same C; the text rewrite is checked against LLVM's byval
semantics by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pvm_backend.driver import BuildOptions, compile_file
from pvm_backend.frontend.byval import copy_byval_arguments
from support.end_to_end import runs_right_and_proves
from support.wasm_reference import WasmReference

PROGRAM = """
typedef struct { int a; short b; unsigned char c[6]; } S;
static S g = {7, -3, {1, 2, 3, 4, 5, 6}};
static unsigned char out[16];

__attribute__((noinline)) static int mangle(S s, int k, S t) {
  s.a += k; s.b ^= 0x55; s.c[k % 6] = 99;   /* the callee's own copies: g must not change */
  t.a *= 3;
  return s.a + s.b + s.c[2] + t.a;
}

unsigned long long main(const unsigned char *args, unsigned int len) {
  int r = 0;
  for (unsigned i = 0; i < len; i++) r += mangle(g, args[i], g);
  int words[4] = {r, g.a, g.b, g.c[0] | g.c[1] << 8 | g.c[2] << 16 | g.c[3] << 24};
  for (int w = 0; w < 4; w++) for (int b = 0; b < 4; b++) out[4 * w + b] = words[w] >> 8 * b;
  return (unsigned long long)(unsigned int)out | ((unsigned long long)16 << 32);
}
"""


@pytest.mark.parametrize("opt_level", [0, 2])
@pytest.mark.parametrize("mode", ["none", "linear-scan"])
def test_a_callee_changing_its_struct_parameter_leaves_the_callers_struct_alone(
        opt_level: int, mode: str, tmp_path: Path, wasm_reference: WasmReference) -> None:
    source = tmp_path / "byval.c"
    source.write_text(PROGRAM)
    result = compile_file(source, opt_level=opt_level, options=BuildOptions(regalloc=mode))
    runs_right_and_proves(result, source, (b"", b"\x02", bytes(range(1, 12))), wasm_reference)


TEXT = """%struct.S = type { i32, i16 }

define internal i32 @f(ptr byval(%struct.S) align 4 %0, i32 %1) {
  %3 = getelementptr inbounds %struct.S, ptr %0, i32 0, i32 0
  store i32 %1, ptr %3, align 4
  %4 = load i32, ptr %0, align 4
  ret i32 %4
}

define i32 @g(i32 %x) {
entry:
  ret i32 %x
}
"""


def test_the_rewrite_copies_each_byval_parameter_first_and_uses_the_copy() -> None:
    """By hand: sizeof(%struct.S) = 8 on wasm32; every use of %0 after the copy reads the copy, the copy reads %0;
    @g (no byval parameter) is unchanged; the memcpy is declared once."""
    out, rewritten = copy_byval_arguments(TEXT, lambda ty: {"%struct.S": 8}[ty])
    assert rewritten == 1
    body = out.split("define internal i32 @f(ptr byval(%struct.S) align 4 %0, i32 %1) {\n", 1)[1].split("\n}\n")[0]
    assert body.splitlines() == [
        "  %pvmc.byval.0 = alloca %struct.S, align 4",
        "  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %pvmc.byval.0, ptr align 4 %0, i32 8, i1 false)",
        "  %3 = getelementptr inbounds %struct.S, ptr %pvmc.byval.0, i32 0, i32 0",
        "  store i32 %1, ptr %3, align 4",
        "  %4 = load i32, ptr %pvmc.byval.0, align 4",
        "  ret i32 %4"]
    assert "define i32 @g(i32 %x) {\nentry:\n  ret i32 %x\n}" in out
    assert out.count("declare void @llvm.memcpy.p0.p0.i32(") == 1
    assert copy_byval_arguments(TEXT.replace("byval(%struct.S) ", ""), lambda ty: 8) == \
        (TEXT.replace("byval(%struct.S) ", ""), 0)


def test_a_quoted_function_name_is_rewritten_too() -> None:
    text = TEXT.replace("@f(", '@"f g"(')
    out, rewritten = copy_byval_arguments(text, lambda ty: 8)
    assert rewritten == 1 and "%pvmc.byval.0 = alloca %struct.S, align 4" in out
