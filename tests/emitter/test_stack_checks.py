"""Which prologues keep their stack-overflow check (`linker.frames_that_fit`, `frame_elision.drop_stack_check`,
issue 18 "no stack check when the whole call graph below a function provably fits the stack").

The expected answers are worked out by hand from the frames the build reports; the runs check that a program
whose chain of frames does not fit still traps (a clean panic, GP A.44) where its check stayed, and that one
whose chain fits computes what the host computes.
"""

from __future__ import annotations

import struct

from pvm_backend.driver import BuildOptions, build_program
from pvm_backend.emitter.items import EmittedFunction, SymbolicInstruction
from pvm_backend.frontend.load import module_from_text
from pvm_backend.interpreter import Status, run_spi
from pvm_backend.isa import Opcode
from pvm_backend.linker import BuildResult

from emitter_harness import WASM_HEADER, main_source


def checked(e: EmittedFunction) -> bool:
    return any(isinstance(i.instruction, SymbolicInstruction) and i.instruction.opcode is Opcode.BRANCH_GE_U_IMM
               and i.instruction.ra == 1 for i in e.instructions)


def build(text: str, stack_size: int = 65536, elide: bool = True) -> BuildResult:
    return build_program(module_from_text(WASM_HEADER + text, 0),
                         options=BuildOptions(regalloc="none", stack_size=stack_size, elide_frames=elide))


# @g keeps %x and %y in slots (read in another block) and 3,000 bytes of alloca, so it has a large frame; @f,
# with 3,000 bytes of its own, calls @g twice
CHAIN = """
define i64 @g(i64 %a) {
entry:
  %buf = alloca [3000 x i8]
  store i64 %a, ptr %buf
  %x = mul i64 %a, 3
  %y = add i64 %a, 1
  br label %next
next:
  %z = xor i64 %x, %y
  ret i64 %z
}
define i64 @f(i64 %a0, i64 %a1) {
  %own = alloca [3000 x i8]
  store i64 %a1, ptr %own
  %s = add i64 %a0, %a1
  %r = call i64 @g(i64 %s)
  %t = call i64 @g(i64 %r)
  ret i64 %t
}
""" + main_source(2)


def reference(a0: int, a1: int) -> int:
    def g(a: int) -> int:
        return ((a * 3) ^ (a + 1)) & (2**64 - 1)
    return g(g(a0 + a1))


def test_an_acyclic_call_graph_within_the_stack_has_no_checks() -> None:
    result = build(CHAIN)
    frames = {e.name: e.frame.size for e in result.emitted}
    assert all(frames.values()) and sum(frames.values()) <= 65536
    assert not any(checked(e) for e in result.emitted)
    run = run_spi(result.program, struct.pack("<QQ", 5, 9), 10**6)
    assert run.status is Status.HALT and struct.unpack("<Q", run.output)[0] == reference(5, 9)
    assert all(checked(e) for e in build(CHAIN, elide=False).emitted)


def test_the_check_stays_where_the_deepest_chain_no_longer_fits() -> None:
    frames = {e.name: e.frame.size for e in build(CHAIN).emitted}
    # main -> f -> g with a 4 KiB stack (one page, GP A.42): main and f fit, g's frame does not, so only g keeps
    # its check, and g traps
    assert frames["main"] + frames["f"] <= 4096 < frames["main"] + frames["f"] + frames["g"]
    result = build(CHAIN, stack_size=4096)
    assert {e.name for e in result.emitted if checked(e)} == {"g"}
    run = run_spi(result.program, struct.pack("<QQ", 5, 9), 10**6)
    assert run.status is Status.PANIC


def test_recursion_and_indirect_calls_keep_their_checks() -> None:
    recursive = """
define i64 @f(i64 %a0, i64 %a1) {
entry:
  %z = icmp eq i64 %a0, 0
  br i1 %z, label %done, label %more
more:
  %d = sub i64 %a0, 1
  %r = call i64 @f(i64 %d, i64 %a1)
  %s = add i64 %r, %a1
  ret i64 %s
done:
  ret i64 0
}
""" + main_source(2)
    result = build(recursive)
    assert {e.name for e in result.emitted if checked(e)} == {"f"}   # main calls f, which is on a cycle
    run = run_spi(result.program, struct.pack("<QQ", 10**6, 1), 10**8)
    assert run.status is Status.PANIC   # a million frames do not fit: the check still stops it
    indirect = CHAIN.replace("%r = call i64 @g(i64 %s)", "%r = call i64 %p(i64 %s)").replace(
        "%s = add i64 %a0, %a1", "%s = add i64 %a0, %a1\n  %p = select i1 true, ptr @g, ptr @g")
    result = build(indirect)
    assert all(checked(e) for e in result.emitted if e.frame.size)
