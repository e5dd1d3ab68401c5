"""Block-local values (`pvm_backend.emitter.block_local`, issue 18): which values stay in r5-r8 (or, for a
parameter, in the register it arrives in), and that the code keeping them there computes what the host computes.

The choices are checked on hand-written functions against the rules of the module docstring (reads outside the
block, phi reads, calls, scratch registers of a memory intrinsic, register pressure, parameters); the code is
checked against llvmlite's MCJIT (the independent reference) on random straight-line blocks with more live values
than registers and a call in the middle, and every emitted function must be proved by the verifier.
"""

from __future__ import annotations

import struct

from hypothesis import given, settings
from hypothesis import strategies as st

from pvm_backend.allocation import Allocation
from pvm_backend.driver import BuildOptions, build_program
from pvm_backend.baseline import baseline_registers
from pvm_backend.emitter.block_local import block_local_registers
from pvm_backend.frontend.load import module_from_text
from pvm_backend.interpreter import Status, run_spi
from pvm_backend.ir import Function
from pvm_backend.emitter.items import Label, is_edge_label
from pvm_backend.isa import Instruction, Opcode
from pvm_backend.selection import select
from verifier import verify_function

from emitter_harness import MASK64, WASM_HEADER, f_source, jit_function, main_source

R5, R6, R7, R8, R9, R10 = 5, 6, 7, 8, 9, 10


def function_of(body: str, name: str = "f", extra: str = "") -> Function:
    module = module_from_text(WASM_HEADER + extra + body, 0)
    function = module.function(name)
    assert function is not None
    return function


def chosen(function: Function, allocation: Allocation | None = None) -> dict[str, int]:
    """Value name -> register of `block_local_registers` on `function` (no allocation unless given)."""
    registers = block_local_registers(function, select(function), allocation or Allocation(function.name))
    return {function.values[v].name: r for v, r in registers.items()}


def test_a_value_read_only_in_its_block_gets_a_caller_saved_register() -> None:
    fn = function_of("""
define i64 @f(i64 %a, i64 %b) {
entry:
  %x = add i64 %a, %b
  %y = mul i64 %x, 3
  br label %next
next:
  %z = xor i64 %y, 5
  ret i64 %z
}
""")
    regs = chosen(fn)
    assert regs["x"] in (R5, R6, R7, R8)   # read by %y only, in its block
    assert "y" not in regs                  # read in %next
    assert regs["z"] == R7                  # read by ret only: r7, the result register, where ret wants it
    assert regs["a"] == R9 and regs["b"] == R10   # parameters read only in the entry block


def test_phi_reads_calls_and_parameters_read_later_keep_their_slots() -> None:
    """Which values the rules of `block_local` keep out of registers, and the two ends of a call that do not."""
    fn = function_of("""
declare i64 @g(i64)
define i64 @f(i64 %a, i64 %n) {
entry:
  %c = add i64 %a, 1
  %d = add i64 %a, 2
  %e = call i64 @g(i64 %d)
  %s = add i64 %e, %c
  br label %loop
loop:
  %i = phi i64 [ %s, %entry ], [ %i1, %loop ]
  %i1 = add i64 %i, 1
  %k = icmp ult i64 %i1, %n
  br i1 %k, label %loop, label %done
done:
  ret i64 %i
}
""")
    regs = chosen(fn)
    assert "c" not in regs          # a call between its definition and its read
    assert 5 <= regs["d"] <= 8      # its last read is the call's argument, read before the callee runs
    assert regs["e"] == 7           # the call's result, written after the callee returns: left in r7
    assert "s" not in regs          # read by a phi
    assert "i1" not in regs         # read by a phi (and in another block)
    assert "k" not in regs          # a fused compare has no code of its own
    assert regs["a"] == R9          # read only before the call, which writes r9 for its argument
    assert "n" not in regs          # read outside the entry block


def test_a_memory_intrinsic_keeps_r5_and_r6_for_itself() -> None:
    fn = function_of("""
declare void @llvm.memmove.p0.p0.i32(ptr, ptr, i32, i1)
define i64 @f(ptr %p, ptr %q, i32 %n, i64 %a) {
entry:
  %x = add i64 %a, 7
  call void @llvm.memmove.p0.p0.i32(ptr %p, ptr %q, i32 %n, i1 false)
  %y = mul i64 %x, %x
  ret i64 %y
}
""")
    regs = chosen(fn)
    assert regs["x"] in (R7, R8)


def test_when_registers_run_out_the_interval_ending_last_gives_its_register_up() -> None:
    defs = "\n".join(f"  %v{k} = add i64 %a, {k}" for k in range(6))
    fn = function_of(f"""
define i64 @f(i64 %a) {{
entry:
{defs}
  %s0 = add i64 %v0, %v1
  %s1 = add i64 %s0, %v2
  %s2 = add i64 %s1, %v3
  %s3 = add i64 %s2, %v4
  %s4 = add i64 %s3, %v5
  ret i64 %s4
}}
""")
    regs = chosen(fn)
    # Intervals (definition, last read): v0 (0, 6), v1 (1, 6), v2 (2, 7), v3 (3, 8), v4 (4, 9), v5 (5, 10),
    # s0 (6, 7). v0..v3 fill r5-r8; v4 and v5 end after every active interval and get none; s0 starts while all
    # four are live, and v3, ending last (8 > 7), gives it r8.
    assert {regs["v0"], regs["v1"], regs["v2"], regs["s0"]} == {R5, R6, R7, R8}
    assert regs["s0"] == R8
    assert not {"v3", "v4", "v5"} & set(regs)


def test_allocated_values_and_their_registers_are_left_to_the_allocation() -> None:
    fn = function_of("""
define i64 @f(i64 %a) {
entry:
  %x = add i64 %a, 1
  %y = add i64 %a, 2
  %z = mul i64 %x, %y
  ret i64 %z
}
""")
    x = next(v.id for v in fn.values if v.name == "x")
    free = chosen(fn)
    assert "x" in free
    taken = chosen(fn, Allocation(fn.name, ((x, free["x"]),)))
    assert "x" not in taken and free["x"] not in taken.values()


# ------------------------------------------------------------------------------------------------ the code

OPS = ("add", "sub", "mul", "xor", "and", "or")


@st.composite
def straight_line(draw: st.DrawFn) -> tuple[str, int]:
    """A body of ``@f(a0, a1, a2)``: 6-24 values, each an op on two earlier values or parameters (so many are
    live at once), an optional call of ``@h`` in the middle, and a result combining the last values."""
    n = draw(st.integers(6, 24))
    names = ["%a0", "%a1", "%a2"]
    lines = []
    call_at = draw(st.one_of(st.none(), st.integers(1, n - 1)))
    for k in range(n):
        if k == call_at:
            lines.append(f"  %c{k} = call i64 @h(i64 {draw(st.sampled_from(names))})")
            names.append(f"%c{k}")
        a, b = draw(st.sampled_from(names)), draw(st.sampled_from(names))
        lines.append(f"  %v{k} = {draw(st.sampled_from(OPS))} i64 {a}, {b}")
        names.append(f"%v{k}")
    lines.append(f"  %r0 = add i64 {names[-1]}, {names[-2]}")
    lines.append(f"  %r1 = xor i64 %r0, {draw(st.sampled_from(names))}")
    lines.append("  ret i64 %r1")
    return "\n".join(lines), n


HELPER = "define i64 @h(i64 %x) {\n  %y = mul i64 %x, 2654435761\n  %z = xor i64 %y, 12345\n  ret i64 %z\n}\n"


@settings(max_examples=60, deadline=None)
@given(case=straight_line(), args=st.tuples(*(st.integers(0, MASK64),) * 3))
def test_straight_line_code_computes_what_the_host_computes_and_proves(case: tuple[str, int],
                                                                       args: tuple[int, int, int]) -> None:
    body, _ = case
    f = f"define i64 @f(i64 %a0, i64 %a1, i64 %a2) {{\n{body}\n}}\n"
    text = WASM_HEADER + HELPER + f + main_source(3)
    build = build_program(module_from_text(text, 0), options=BuildOptions(regalloc="none"))
    result = run_spi(build.program, b"".join(struct.pack("<Q", a) for a in args), 10**6)
    assert result.status is Status.HALT
    assert struct.unpack("<Q", result.output)[0] == jit_function(body, 3, HELPER)(*args)
    emitted = next(e for e in build.emitted if e.name == "f")
    assert emitted.counters.block_local_hits > 0
    function = build.module.function("f")
    assert function is not None
    verdict = verify_function(function, emitted)
    assert verdict.proved, verdict


def test_without_block_local_values_no_value_is_in_r5_to_r8() -> None:
    body = "  %x = add i64 %a0, %a1\n  %y = mul i64 %x, %a1\n  ret i64 %y"
    text = WASM_HEADER + f"define i64 @f(i64 %a0, i64 %a1) {{\n{body}\n}}\n" + main_source(2)
    for block_local, expected in ((True, True), (False, False)):
        build = build_program(module_from_text(text, 0), options=BuildOptions(block_local=block_local))
        emitted = next(e for e in build.emitted if e.name == "f")
        writes = {e.instruction.rd if e.instruction.rd is not None else e.instruction.ra
                  for e in emitted.instructions if isinstance(e.instruction, Instruction)
                  and e.instruction.opcode not in (Opcode.STORE_IND_U64, Opcode.JUMP_IND)}
        assert bool(writes & {R5, R6}) is expected, writes
        slot_loads = [e for e in emitted.instructions if isinstance(e.instruction, Instruction)
                      and e.instruction.opcode is Opcode.LOAD_IND_U64 and e.instruction.rb == 1]
        assert (not slot_loads) is expected


def test_a_function_whose_code_never_touches_its_frame_has_none() -> None:
    """Frame elision (`emitter.frame_elision`): @f keeps every value in a register, so its prologue, stack check
    and epilogue go; @g's loop-carried values live in slots, so its frame stays. Both still compute what the
    host computes and prove."""
    f_body = "  %x = add i64 %a0, %a1\n  %y = mul i64 %x, %a1\n  ret i64 %y"
    g = ("define i64 @g(i64 %n) {\nentry:\n  br label %loop\nloop:\n  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]\n"
         "  %s = phi i64 [ 0, %entry ], [ %s1, %loop ]\n  %s1 = add i64 %s, %i\n  %i1 = add i64 %i, 1\n"
         "  %c = icmp ult i64 %i1, %n\n  br i1 %c, label %loop, label %done\ndone:\n  ret i64 %s1\n}\n")
    body = f_body.replace("ret i64 %y", "%z = call i64 @g(i64 %y)\n  ret i64 %z")
    text = WASM_HEADER + g + f"define i64 @f(i64 %a0, i64 %a1) {{\n{body}\n}}\n" + main_source(2)
    for elide in (True, False):
        build = build_program(module_from_text(text, 0), options=BuildOptions(regalloc="none", elide_frames=elide))
        emitted = {e.name: e for e in build.emitted}
        uses_sp = {name: any(isinstance(i.instruction, Instruction)
                             and 1 in (i.instruction.ra, i.instruction.rb, i.instruction.rd)
                             for i in e.instructions) for name, e in emitted.items()}
        assert uses_sp["g"] and uses_sp["f"]   # f calls g: it saves r0 in its frame
        result = run_spi(build.program, struct.pack("<QQ", 3, 4), 10**6)
        assert struct.unpack("<Q", result.output)[0] == sum(range(28))   # g(28), 28 = (3 + 4) * 4
    leaf = WASM_HEADER + f"define i64 @f(i64 %a0, i64 %a1) {{\n{f_body}\n}}\n" + main_source(2)
    for elide in (True, False):
        build = build_program(module_from_text(leaf, 0),   # frame compaction alone would empty the frame too
                              options=BuildOptions(elide_frames=elide, compact_frames=elide))
        f = next(e for e in build.emitted if e.name == "f")
        assert (f.frame.size == 0) is elide
        assert any(isinstance(i.instruction, Instruction) and i.instruction.opcode is Opcode.TRAP
                   for i in f.instructions) is not elide   # the stack check's trap
        result = run_spi(build.program, struct.pack("<QQ", 3, 4), 10**6)
        assert struct.unpack("<Q", result.output)[0] == 28
        function = build.module.function("f")
        assert function is not None and verify_function(function, f).proved


# ------------------------------------------------------------------------------------------------ cross-block values

def baseline(function: Function, allocation: Allocation | None = None) -> tuple[dict[str, int], dict[str, list[str]]]:
    """(value name -> register, block name -> the cross-block values kept there) of `baseline_registers`."""
    result = baseline_registers(function, select(function), allocation or Allocation(function.name))
    names = {v.id: v.name for v in function.values}
    blocks = {b.id: b.name for b in function.blocks}
    return ({names[v]: r for v, r in result.registers.items()},
            {blocks[b]: [names[v] for v in values] for b, values in result.live_in.items()})


LOOP = """
define i64 @f(i64 %n) {{
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %s = phi i64 [ 0, %entry ], [ %s1, %loop ]
  {body}
  %i1 = add i64 %i, 1
  %c = icmp ult i64 %i1, %n
  br i1 %c, label %loop, label %done
done:
  ret i64 %s1
}}
"""


def test_loop_values_with_no_call_in_their_interval_stay_in_r5_to_r8_across_blocks() -> None:
    fn = function_of(LOOP.format(body="%s1 = add i64 %s, %i"))
    regs, kept = baseline(fn)
    assert {"i", "s", "i1", "s1"} <= set(regs) and {regs[v] for v in ("i", "s")} <= {R5, R6, R7, R8}
    assert regs["i"] != regs["s"]   # live at once
    # Coalesced: %i1 and %s1 are computed in place of the phi they flow back into (an add reads its operands
    # before it writes), so the back edge copies nothing. %s1 is live into `ret`, which writes r7 and r8.
    assert regs["i1"] == regs["i"] and regs["s1"] == regs["s"] and {regs["i"], regs["s"]} == {R5, R6}
    assert set(kept["loop"]) == {"i", "s"}   # the loop's phis are in their registers at its head
    assert "n" not in regs                    # a parameter read outside the entry block keeps its slot
    # Without cross-block values only %c (read by the branch of its own block) is kept.
    only_local = block_local_registers(fn, select(fn), Allocation(fn.name))
    assert {fn.values[v].name for v in only_local} <= {"c"}
    build = build_program(module_from_text(WASM_HEADER + LOOP.format(body="%s1 = add i64 %s, %i").replace(
        "@f(i64 %n)", "@f(i64 %n, i64 %unused)") + main_source(2), 0))
    f = next(e for e in build.emitted if e.name == "f")
    items = [i.instruction for i in f.instructions]
    assert not any(isinstance(ins, Label) and is_edge_label(ins.name) for ins in items)   # no edge block left
    head = next(k for k, ins in enumerate(items) if isinstance(ins, Label) and ins.name == "f/b1")
    end = next(k for k, ins in enumerate(items) if k > head and isinstance(ins, Label))
    assert not any(getattr(ins, "opcode", None) is Opcode.MOVE_REG for ins in items[head:end])   # no copies
    result = run_spi(build.program, struct.pack("<QQ", 10, 0), 10**6)
    assert struct.unpack("<Q", result.output)[0] == sum(range(10))
    function = build.module.function("f")
    assert function is not None and verify_function(function, f).proved


def test_values_live_at_once_never_coalesce() -> None:
    # %y flows back into %x, but %x is still read after %y's definition (by %z): they may not share a register.
    fn = function_of("""
define i64 @f(i64 %n) {
entry:
  br label %loop
loop:
  %x = phi i64 [ 0, %entry ], [ %y, %loop ]
  %s = phi i64 [ 0, %entry ], [ %s1, %loop ]
  %y = add i64 %x, 3
  %z = mul i64 %x, %y
  %s1 = add i64 %s, %z
  %c = icmp ult i64 %y, %n
  br i1 %c, label %loop, label %done
done:
  ret i64 %s1
}
""")
    regs, _ = baseline(fn)
    assert {"x", "y"} <= set(regs) and regs["x"] != regs["y"]


def test_a_call_inside_the_loop_keeps_the_values_live_across_it_in_their_slots() -> None:
    fn = function_of(LOOP.format(body="%t = call i64 @h(i64 %i)\n  %s1 = add i64 %s, %t"),
                     extra="declare i64 @h(i64)\n")
    regs, kept = baseline(fn)
    assert not {"i", "s"} & set(regs) and "loop" not in kept   # the phis live across the call
    assert {"i1", "s1"} <= set(regs)   # defined after the call: their intervals hold none


def test_allocated_values_are_left_to_the_allocation_across_blocks_too() -> None:
    fn = function_of(LOOP.format(body="%s1 = add i64 %s, %i"))
    free, _ = baseline(fn)
    s = next(v.id for v in fn.values if v.name == "s")
    taken, kept = baseline(fn, Allocation(fn.name, ((s, 11),)))
    assert "s" not in taken and "s" not in kept["loop"]
    assert {name: r for name, r in taken.items()} == {name: r for name, r in free.items() if name != "s"}


@st.composite
def loop_body(draw: st.DrawFn) -> str:
    """The body of ``@f(%a0, %a1)``: a loop over %i < %a0 with 2-4 loop-carried phis, each updated by an op on
    two of the phis, %i, %a1 or a value merged from a branch inside the loop (so several values cross blocks and
    the back edge), and an optional call of @h inside the loop."""
    k = draw(st.integers(2, 4))
    phis = [f"%p{j}" for j in range(k)]
    lines = ["entry:", "  br label %loop", "loop:", "  %i = phi i64 [ 0, %entry ], [ %i1, %latch ]"]
    back = [draw(st.sampled_from([f"%q{j}", *phis])) for j in range(k)]   # phis may swap or rotate too
    lines += [f"  %p{j} = phi i64 [ {j + 1}, %entry ], [ {back[j]}, %latch ]" for j in range(k)]
    names = phis + ["%i", "%a1"]
    call = draw(st.booleans())
    if call:
        lines.append(f"  %h0 = call i64 @h(i64 {draw(st.sampled_from(names))})")
        names.append("%h0")
    lines.append("  %odd = and i64 %i, 1")
    lines.append("  %isodd = icmp ne i64 %odd, 0")
    lines.append("  br i1 %isodd, label %other, label %latch")
    lines.append("other:")
    lines.append(f"  %o = xor i64 {draw(st.sampled_from(names))}, 255")
    lines.append("  br label %latch")
    lines.append("latch:")
    lines.append("  %m = phi i64 [ %o, %other ], [ %i, %loop ]")
    names.append("%m")
    for j in range(k):
        lines.append(f"  %q{j} = {draw(st.sampled_from(OPS))} i64 {draw(st.sampled_from(names))}, "
                     f"{draw(st.sampled_from(names))}")
    lines += ["  %i1 = add i64 %i, 1", "  %c = icmp ult i64 %i1, %a0", "  br i1 %c, label %loop, label %done",
              "done:", "  %r = xor i64 %q0, %q1", "  ret i64 %r"]
    return "\n".join(lines)


@settings(max_examples=30, deadline=None)
@given(body=loop_body(), n=st.integers(1, 9), a=st.integers(0, MASK64))
def test_loops_compute_what_the_host_computes_and_prove(body: str, n: int, a: int) -> None:
    """Random loops with values crossing blocks and the back edge, with and without a call inside, built with no
    allocation and with linear scan: the result is MCJIT's, and every function proves (check 2 checks the reads
    of the kept registers on its own)."""
    text = WASM_HEADER + HELPER + f_source(body, 2) + main_source(2)
    expected = jit_function(body, 2, HELPER)(n, a)
    for regalloc in ("none", "linear-scan"):
        build = build_program(module_from_text(text, 0), options=BuildOptions(regalloc=regalloc))
        result = run_spi(build.program, struct.pack("<QQ", n, a), 10**6)
        assert result.status is Status.HALT and struct.unpack("<Q", result.output)[0] == expected, regalloc
        for emitted in build.emitted:
            function = build.module.function(emitted.name)
            assert function is not None
            verdict = verify_function(function, emitted)
            assert verdict.proved, verdict
