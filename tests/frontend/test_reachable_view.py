"""A compile deletes the function definitions its entry cannot reach before LLVM optimises, and views only those
the entry reaches after it (issue 17).

`pvmc compile` never emits a function the entry cannot reach, and optimising and viewing such functions cost most
of the compile time of C libraries (lz4: 1,673 of 11,984 IR instructions reachable). Expected sets of functions come from the
programs' call structure, written by hand; expected outputs from wasmtime running clang-16's wasm32 build.
"""

from __future__ import annotations

from pathlib import Path

import llvmlite.binding as llvm
import pytest

from pvm_backend.driver import compile_file
from pvm_backend.errors import UnsupportedError
from pvm_backend.frontend.load import load_module, prune_unreachable
from pvm_backend.frontend.module import reachable_definitions, split_module
from support.end_to_end import runs_right_and_proves
from support.wasm_reference import WasmReference

PROGRAM = """
static unsigned char out[4];

double unused_mean(double a, double b) { return (a + b) / 2; }   /* floating point: not lowered, never called */
unsigned int unused_caller(unsigned int x) { return (unsigned int)unused_mean(x, 1); }

__attribute__((noinline)) static unsigned int twice(unsigned int x) { return 2 * x + 1; }
__attribute__((noinline)) static unsigned int thrice(unsigned int x) { return 3 * x + 2; }
__attribute__((noinline)) static unsigned int square(unsigned int x) { return x * x; }
typedef unsigned int (*op)(unsigned int);
op table[3] = {twice, thrice, square};   /* reached only through this global's initializer */

__attribute__((noinline)) unsigned int apply(unsigned int i, unsigned int x) { return table[i % 3](x); }

unsigned long long main(const unsigned char *args, unsigned int len) {
  unsigned int acc = len;
  for (unsigned int i = 0; i < len; i++) acc = apply(args[i], acc) ^ args[i];
  for (int b = 0; b < 4; b++) out[b] = acc >> 8 * b;
  return (unsigned long long)(unsigned int)out | ((unsigned long long)4 << 32);
}
"""


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "reach.c"
    path.write_text(PROGRAM)
    return path


def test_a_function_the_entry_cannot_reach_is_not_viewed_and_not_rejected(
        source: Path, wasm_reference: WasmReference) -> None:
    with pytest.raises(UnsupportedError, match="floating point"):
        load_module(source)   # every definition viewed: the unused one is rejected
    result = compile_file(source)
    defined = {f.name for f in result.module.functions if not f.is_declaration}
    assert {"main", "apply", "twice", "thrice", "square"} <= defined
    assert not {"unused_mean", "unused_caller"} & defined
    runs_right_and_proves(result, source, (b"", b"\x00\x01\x02", bytes(range(7, 40, 3))), wasm_reference)


MODULE = r"""
@table = constant [2 x ptr] [ptr @by_table, ptr @"odd name"]
@text = constant [13 x i8] c"call @in_text"
@unused_table = constant [1 x ptr] [ptr @only_by_unused_table]

define i64 @main(ptr %a, i32 %n) {
  %p = getelementptr [2 x ptr], ptr @table, i32 0, i32 %n
  %f = load ptr, ptr %p
  %r = call i32 %f(i32 %n)
  %s = call i32 @cycle_a(i32 %r)
  %t = call i32 @declared(i32 %s)
  %w = zext i32 %t to i64
  %l = load i8, ptr @text
  ret i64 %w
}
define i32 @by_table(i32 %x) {
  ret i32 %x
}
define i32 @"odd name"(i32 %x) {
  %y = add i32 %x, 1
  ret i32 %y
}
define i32 @cycle_a(i32 %x) {
  %y = call i32 @cycle_b(i32 %x)
  ret i32 %y
}
define i32 @cycle_b(i32 %x) {
  %c = icmp eq i32 %x, 0
  br i1 %c, label %done, label %again
again:
  %y = call i32 @cycle_a(i32 0)
  ret i32 %y
done:
  ret i32 %x
}
define i32 @in_text(i32 %x) {
  ret i32 %x
}
define i32 @unreached(i32 %x) {
  %y = call i32 @unreached_callee(i32 %x)
  ret i32 %y
}
define i32 @unreached_callee(i32 %x) {
  ret i32 %x
}
define i32 @only_by_unused_table(i32 %x) {
  ret i32 %x
}
declare i32 @declared(i32)
"""


@pytest.fixture(scope="module")
def printed() -> str:
    ctx = llvm.create_context()
    m = llvm.parse_assembly(MODULE, context=ctx)
    try:
        return str(m)   # LLVM's own printing, as the frontend reads it
    finally:
        m.close()
        ctx.close()


def test_reachable_definitions_follow_calls_tables_cycles_and_quoted_names(printed: str) -> None:
    module = split_module(printed)
    assert set(module.functions) == {"main", "by_table", "odd name", "cycle_a", "cycle_b", "in_text", "unreached",
                                     "unreached_callee", "only_by_unused_table"}
    assert set(module.globals) == {"table", "text", "unused_table"}
    # every `@` counts, a string's contents too (a superset is safe): @in_text is kept
    assert reachable_definitions(module, ("main",)) == {"main", "by_table", "odd name", "cycle_a", "cycle_b",
                                                        "in_text"}
    assert reachable_definitions(module, ("unreached",)) == {"unreached", "unreached_callee"}
    assert reachable_definitions(module, ("cycle_b", "missing")) == {"cycle_a", "cycle_b"}
    assert reachable_definitions(module, ("missing", "declared")) == frozenset()


def test_prune_unreachable_deletes_what_the_roots_cannot_reach_before_optimisation() -> None:
    ctx = llvm.create_context()
    m = llvm.parse_assembly(MODULE, context=ctx)
    try:
        assert prune_unreachable(m, ("main",)) == 3
        m.verify()
        left = {f.name: f.linkage for f in m.functions if not f.is_declaration}
        # @only_by_unused_table is still named by an external global's initializer: it stays, made internal
        assert left == {"main": llvm.Linkage.external, "by_table": llvm.Linkage.external,
                        "odd name": llvm.Linkage.external, "cycle_a": llvm.Linkage.external,
                        "cycle_b": llvm.Linkage.external, "in_text": llvm.Linkage.external,
                        "only_by_unused_table": llvm.Linkage.internal}
        assert prune_unreachable(m, ("missing",)) == 0   # no root defined: nothing is touched
        assert len([f for f in m.functions if not f.is_declaration]) == 7
    finally:
        m.close()
        ctx.close()
