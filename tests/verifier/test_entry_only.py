"""A function only the entry stub calls restores r0 alone at its returns, not r9-r12 (abi "Entry", issue 18).

The rule's premise is a fact of the IR module, which the verifier establishes itself
(`ir_facts.entered_only_from_stub` in `verify_build`) instead of taking the emitter's word
(`EmittedFunction.entry_only`). Expected facts: which functions the module references follows from the IR text
by hand (a direct call, a function address in an operand or in a global's initializer); the entry stub's code after
the call reads r7 alone (`linker._stub_body`, checked here on the listing of a real build).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from pvm_backend import abi
from pvm_backend.driver import BuildOptions, compile_file
from pvm_backend.emitter.items import EmittedFunction
from pvm_backend.ir_facts import entered_only_from_stub
from pvm_backend.isa import Instruction, Opcode
from pvm_backend.linker import STUB
from pvm_backend.semantics import register_effects
from verifier import Status, verify_build, verify_function

from pvm_backend.frontend.load import module_from_text
from test_check_code import HEADER

REPO = Path(__file__).resolve().parents[2]
SP = int(abi.Reg.SP)

MODULE = """
@table = global [1 x ptr] [ptr @by_address]

define i64 @main(ptr %p, i32 %n) {
  %a = call i64 @called(i64 1)
  %b = call i64 @main(ptr %p, i32 0)
  %c = add i64 %a, %b
  ret i64 %c
}

define i64 @main2(ptr %p, i32 %n) {
  %f = load ptr, ptr @table
  %r = call i64 %f(i64 2)
  ret i64 %r
}

define i64 @lonely(ptr %p, i32 %n) {
  ret i64 0
}

define i64 @called(i64 %x) {
  ret i64 %x
}

define i64 @by_address(i64 %x) {
  ret i64 %x
}
"""


TWO_ENTRIES = """\
#include <stdint.h>
static uint64_t total;
static uint64_t add(const uint8_t *p, uint32_t n) { uint64_t s = 0; while (n--) s += *p++; return s; }
static uint64_t out(void) { return (uint64_t)(uintptr_t)&total | 8ull << 32; }
uint64_t main(const uint8_t *args, uint32_t len) { total = add(args, len); return out(); }
uint64_t main2(const uint8_t *args, uint32_t len) { total += len; return out(); }
"""


def test_only_functions_nothing_references_are_entered_only_from_the_stub() -> None:
    module = module_from_text(HEADER + MODULE)
    assert entered_only_from_stub(module.functions, module.globals) == {"main2", "lonely"}
    # without the global, nothing names @by_address any more
    assert entered_only_from_stub(module.functions, ()) == {"main2", "lonely", "by_address"}


def _strip_callee_saves(fn: EmittedFunction) -> EmittedFunction:
    """`fn` without the header stores and reloads of r9-r12, marked `entry_only`."""
    headers = {(int(r), fn.frame.save_offset(r)) for r in abi.CALLEE_SAVED}
    kept = tuple(e for e in fn.instructions
                 if not (isinstance(e.instruction, Instruction) and e.instruction.rb == SP
                         and e.instruction.opcode in (Opcode.STORE_IND_U64, Opcode.LOAD_IND_U64)
                         and (e.instruction.ra, e.instruction.x) in headers))
    assert len(kept) < len(fn.instructions)
    return dataclasses.replace(fn, instructions=kept, entry_only=True)


def test_a_called_function_marked_entry_only_is_held_to_the_full_contract() -> None:
    """quick_sort.c's helpers allocate r11/r12 and are called by main: with their saves deleted and the flag set,
    `verify_function` (which takes the flag) proves the stream, and `verify_build` (which checks the flag against
    the module) refutes it: the caller's r9-r12 are not back at the return."""
    result = compile_file(REPO / "tests" / "programs" / "quick_sort.c", options=BuildOptions(regalloc="linear-scan"))
    build = result.build
    assert build.module is not None
    functions = {f.name: f for f in build.module.functions}
    saving = next(e for e in build.emitted if not e.entry_only and set(e.frame.saved) & set(abi.CALLEE_SAVED))
    tampered = _strip_callee_saves(saving)
    assert verify_function(functions[saving.name], tampered).proved
    emitted = tuple(tampered if e.name == saving.name else e for e in build.emitted)
    verdicts = {v.name: v for v in verify_build(dataclasses.replace(build, emitted=emitted))}
    assert verdicts[saving.name].code is Status.REFUTED
    assert all(v.proved for name, v in verdicts.items() if name != saving.name)


@pytest.mark.parametrize("result_r8", list(abi.ResultRegisters))
def test_the_stub_reads_only_r7_after_the_entry_returns(result_r8: abi.ResultRegisters, tmp_path: Path) -> None:
    """After the call of the entry (`load_imm_jump`), the stub's code reads only r7 before writing a register
    itself (GP A.5 register reads of each instruction), with either `--result-r8`, and a secondary entry's stub
    too: what makes `abi.STUB_CALLEE_RESTORED` enough."""
    two = tmp_path / "two_entries.c"
    two.write_text(TWO_ENTRIES)
    for program in (REPO / "tests" / "programs" / "quick_sort.c", two):
        build = compile_file(program, options=BuildOptions(result=result_r8)).build
        stub = [p.instruction for p in build.layout.placed if p.section == STUB]
        calls = [k for k, ins in enumerate(stub) if ins.opcode is Opcode.LOAD_IMM_JUMP]
        assert calls
        for k in calls:
            written: set[int] = set()
            for ins in stub[k + 1:]:
                reads, writes = register_effects(ins)
                assert set(reads) - written <= {int(abi.Reg.A0)}, ins
                written |= set(writes)
                if ins.opcode in (Opcode.JUMP_IND, Opcode.JUMP):
                    break
        main = next(e for e in build.emitted if e.name == "main")
        assert main.entry_only and not set(main.frame.saved) & set(abi.CALLEE_SAVED)
