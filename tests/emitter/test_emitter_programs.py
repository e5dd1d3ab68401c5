"""Whole programs through pvmc (clang-16 → IR view → emitter → linker → reference interpreter) whose results
are known by hand, plus the structural rules of the emitted code and the typed errors of the backend.
"""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from pvm_backend.errors import CompileError, UnsupportedError
from pvm_backend.frontend.load import load_module, module_from_text
from pvm_backend.interpreter import Status, run_spi
from pvm_backend.isa import TERMINATORS, decode_operands, skip_length
from pvm_backend.driver import build_program
from pvm_backend.listing import format_listing

from emitter_harness import WASM_HEADER

PRELUDE = """
typedef unsigned long long u64; typedef unsigned int u32; typedef long long i64;
static unsigned char out[64];
static u32 rd32(const unsigned char *p) { return p[0] | p[1] << 8 | p[2] << 16 | (u32)p[3] << 24; }
static i64 emit64(u64 v) { for (int i = 0; i < 8; i++) out[i] = v >> 8 * i; return (i64)(u32)out | 8LL << 32; }
"""


def compile_c(tmp_path: Path, source: str, name: str = "prog.c"):  # noqa: ANN201 - BuildResult
    path = tmp_path / name
    path.write_text(PRELUDE + source)
    return build_program(load_module(path, 2))


def run_u64(result, args: bytes = b"") -> tuple[int, int]:  # noqa: ANN001
    """(u64 output, gas used); asserts a clean halt."""
    run = run_spi(result.program, args, 10**8)
    assert run.status is Status.HALT, (run.status, run.pc)
    return struct.unpack("<Q", run.output)[0], run.gas_used


def test_iterative_fib(tmp_path: Path) -> None:
    result = compile_c(tmp_path, """
static u64 fib(u32 n) { u64 a = 0, b = 1; for (u32 i = 0; i < n; i++) { u64 t = a + b; a = b; b = t; } return a; }
i64 main(unsigned char *args, u32 len) { return emit64(fib(rd32(args))); }
""")
    for n, expected in ((0, 0), (1, 1), (20, 6765), (50, 12586269025)):
        assert run_u64(result, struct.pack("<I", n))[0] == expected


def test_recursion_and_many_parameters(tmp_path: Path) -> None:
    result = compile_c(tmp_path, """
__attribute__((noinline)) static u64 rfib(u32 n) { return n < 2 ? n : rfib(n - 1) + rfib(n - 2); }
__attribute__((noinline)) static u64 weigh(u64 a, u64 b, u32 c, u64 d, u64 e, u32 f, u64 g) {
  return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g; }
i64 main(unsigned char *args, u32 len) {
  u32 n = rd32(args);
  return emit64(rfib(n) * 1000000 + weigh(n, n + 1, n + 2, n + 3, n + 4, n + 5, n + 6)); }
""")
    n = 15
    weighted = sum(k * (n + k - 1) for k in range(1, 8))
    assert run_u64(result, struct.pack("<I", n))[0] == 610 * 1000000 + weighted


def test_i128_parameters_on_the_stack(tmp_path: Path) -> None:
    result = compile_c(tmp_path, """
typedef unsigned __int128 u128;
__attribute__((noinline)) static u128 mix(u64 a, u128 b, u64 c, u128 d, u128 e) { return b * d + e - a + c; }
i64 main(unsigned char *args, u32 len) {
  u64 x = rd32(args);
  u128 r = mix(x, (u128)x << 70 | 5, 7, (u128)x * 0x1234567890ull, ~(u128)0);
  return emit64((u64)(r >> 64) ^ (u64)r); }
""")
    x = 77
    mask = (1 << 128) - 1
    b, d, e = (x << 70) | 5, x * 0x1234567890, mask
    r = (b * d + e - x + 7) & mask
    assert run_u64(result, struct.pack("<I", x))[0] == (r >> 64) ^ (r & ((1 << 64) - 1))


def test_function_pointers_in_a_global_table(tmp_path: Path) -> None:
    result = compile_c(tmp_path, """
static u64 add1(u64 x) { return x + 1; }
static u64 twice(u64 x) { return x * 2; }
static u64 square(u64 x) { return x * x; }
static u64 (*const table[3])(u64) = { add1, twice, square };
__attribute__((noinline)) static u64 apply(u64 (*f)(u64), u64 x) { return f(x); }
i64 main(unsigned char *args, u32 len) {
  u64 x = 3; for (u32 i = 0; i < len; i++) x = apply(table[args[i] % 3], x);
  return emit64(x); }
""")
    assert run_u64(result, bytes([0, 1, 2, 2]))[0] == ((3 + 1) * 2) ** 4


def test_switch_state_machine_and_memory_intrinsics(tmp_path: Path) -> None:
    result = compile_c(tmp_path, """
__attribute__((noinline)) static void copy(unsigned char *d, const unsigned char *s, u32 n) { __builtin_memmove(d, s, n); }
i64 main(unsigned char *args, u32 len) {
  unsigned char buf[40];
  __builtin_memset(buf, 0, sizeof buf);
  for (u32 i = 0; i < 20; i++) buf[i] = i;
  copy(buf + 3, buf, 17);          /* overlapping, dst > src */
  copy(buf + 20, buf + 21, 5);     /* overlapping, dst < src (zeros) */
  u64 state = 0, acc = 0;
  for (u32 i = 0; i < 40; i++) {
    switch (state) {
      case 0: acc += buf[i]; state = buf[i] & 3; break;
      case 1: acc ^= buf[i] << 3; state = 2; break;
      case 2: acc = acc * 3 + 1; state = 3; break;
      default: acc -= 7; state = 0; break;
    }
  }
  return emit64(acc); }
""")
    buf = bytearray(40)
    for i in range(20):
        buf[i] = i
    buf[3:20] = bytes(buf[0:17])
    buf[20:25] = bytes(buf[21:26])
    state = acc = 0
    mask = (1 << 64) - 1
    for i in range(40):
        if state == 0:
            acc, state = (acc + buf[i]) & mask, buf[i] & 3
        elif state == 1:
            acc, state = acc ^ (buf[i] << 3), 2
        elif state == 2:
            acc, state = (acc * 3 + 1) & mask, 3
        else:
            acc, state = (acc - 7) & mask, 0
    assert run_u64(result, b"")[0] == acc


def test_host_call_declaration(tmp_path: Path) -> None:
    result = compile_c(tmp_path, """
extern u64 host_call_2(u64 id, u64 a, u64 b);
i64 main(unsigned char *args, u32 len) { return emit64(host_call_2(42, rd32(args), 0x55) + 1); }
""")
    run = run_spi(result.program, struct.pack("<I", 9), 10**6)
    assert run.status is Status.HOST and run.host_id == 42
    assert run.registers[7] == 9 and run.registers[8] == 0x55


PHI_ROTATION = WASM_HEADER + """
@out = global [3 x i32] zeroinitializer
define i64 @main(ptr %args, i32 %len) {
entry:
  br label %loop
loop:
  %a = phi i32 [ 1, %entry ], [ %b, %loop ]
  %b = phi i32 [ 2, %entry ], [ %c, %loop ]
  %c = phi i32 [ 3, %entry ], [ %a, %loop ]
  %x = phi i32 [ 10, %entry ], [ %y, %loop ]
  %y = phi i32 [ 20, %entry ], [ %x, %loop ]
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %i1 = add i32 %i, 1
  %again = icmp ult i32 %i1, %len
  br i1 %again, label %loop, label %exit
exit:
  %ab = mul i32 %a, 100
  %abc = add i32 %ab, %c
  %s = mul i32 %x, 1000
  %t = add i32 %s, %abc
  store i32 %t, ptr @out
  %p = ptrtoint ptr @out to i64
  %r = or i64 %p, 17179869184
  ret i64 %r
}
"""


@pytest.mark.parametrize("n", [1, 2, 3, 4, 7])
def test_phi_rotation_and_swap_in_a_loop(n: int) -> None:
    result = build_program(module_from_text(PHI_ROTATION, 0))
    run = run_spi(result.program, bytes(n), 10**6)
    a, b, c, x, y = 1, 2, 3, 10, 20
    for _ in range(n - 1):
        a, b, c, x, y = b, c, a, y, x
    assert run.status is Status.HALT
    assert struct.unpack("<I", run.output)[0] == x * 1000 + a * 100 + c


def _block_starts(code: bytes, mask: bytes) -> tuple[set[int], list[tuple[int, object]]]:
    starts = {0}
    instructions = []
    pc = 0
    while pc < len(code):
        skip = skip_length(mask, pc, len(code))
        ins = decode_operands(code, pc, skip)
        assert ins is not None, f"invalid opcode at {pc}"
        instructions.append((pc, ins))
        if ins.opcode in TERMINATORS:
            starts.add(pc + 1 + skip)
        pc += 1 + skip
    return starts, instructions


def test_every_branch_target_and_jump_table_entry_is_a_block_start(tmp_path: Path) -> None:
    result = compile_c(tmp_path, """
static u64 (*fp)(u64);
static u64 inc(u64 x) { return x + 1; }
i64 main(unsigned char *args, u32 len) {
  u64 acc = 0; fp = inc;
  for (u32 i = 0; i < len; i++) { if (args[i] > 10) acc += fp(args[i]); else acc ^= args[i]; while (acc > 1000) acc /= 3; }
  return emit64(acc); }
""")
    blob = result.program.code
    starts, instructions = _block_starts(blob.code, blob.mask)
    targets = [ins.target for _, ins in instructions if ins.target is not None]
    assert targets and all(t in starts for t in targets)
    assert blob.jump_table and all(entry in starts for entry in blob.jump_table)
    listing = format_listing(result)
    assert "fn:main:" in listing and "jump_ind r0, 0" in listing


def test_stack_overflow_traps_cleanly(tmp_path: Path) -> None:
    result = compile_c(tmp_path, """
__attribute__((noinline)) static u64 deep(u64 n) { volatile unsigned char pad[256]; pad[0] = n; return n == 0 ? pad[0] : deep(n - 1) + pad[0]; }
i64 main(unsigned char *args, u32 len) { return emit64(deep(rd32(args))); }
""")
    assert run_u64(result, struct.pack("<I", 10))[0] == sum(range(11))
    run = run_spi(result.program, struct.pack("<I", 100000), 10**8)
    assert run.status is Status.PANIC
    trap_pcs = {pc for pc, ins in _block_starts(result.program.code.code, result.program.code.mask)[1]
                if ins.opcode == 0}
    assert run.pc in trap_pcs


def test_entry_errors() -> None:
    no_main = module_from_text(WASM_HEADER + "define i64 @other(ptr %a, i32 %n) {\n ret i64 0\n}\n", 0)
    with pytest.raises(CompileError, match="@main"):
        build_program(no_main)
    wrong = module_from_text(WASM_HEADER + "define i32 @main(ptr %a, i32 %n) {\n ret i32 0\n}\n", 0)
    with pytest.raises(CompileError, match="signature"):
        build_program(wrong)


def test_float_is_unsupported_with_location() -> None:
    text = WASM_HEADER + ("define i64 @main(ptr %a, i32 %n) {\nentry:\n  %f = sitofp i32 %n to double\n"
                          "  %g = fadd double %f, 1.0\n  %r = fptosi double %g to i64\n  ret i64 %r\n}\n")
    with pytest.raises(UnsupportedError) as info:
        build_program(module_from_text(text, 0))
    message = str(info.value)
    assert "@main" in message and "sitofp" in message and "floating point" in message


def test_peephole_keeps_results_and_saves_gas(tmp_path: Path) -> None:
    from pvm_backend.driver import BuildOptions
    source = """
static u64 fib(u32 n) { u64 a = 0, b = 1; for (u32 i = 0; i < n; i++) { u64 t = a + b; a = b; b = t; } return a; }
i64 main(unsigned char *args, u32 len) { return emit64(fib(rd32(args))); }
"""
    path = tmp_path / "p.c"
    path.write_text(PRELUDE + source)
    module = load_module(path, 2)
    plain = build_program(module, options=BuildOptions(peephole=False))
    tuned = build_program(module)
    args = struct.pack("<I", 30)
    (v1, g1), (v2, g2) = run_u64(plain, args), run_u64(tuned, args)
    assert v1 == v2 == 832040
    assert g2 < g1
