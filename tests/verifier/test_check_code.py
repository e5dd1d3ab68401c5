"""Check 2 (`verifier.code_check` over `verifier.model`): the emitted code reads the IR's values on every path.

Two kinds of cases:
- hand-built instruction streams for tiny IR functions, where every expected fact (which read fails, in which
  register, with which value, along which blocks) follows from the GP meaning of the few instructions
  (`move_reg` D ← A, `sub_64` D ← A − B, `load_imm` A ← X, `jump_ind` returns) and the ABI of abi.py
  (parameters in r9, r10, ...; result in r7; r0 and r9-r12 restored at the return);
- real compiled functions whose final instruction stream is mutated in one place (a store deleted, a move's
  registers swapped, a reload dropped, a frame offset changed). The expected failing read is derived by hand
  from the IR and the mutation: the mutation is the only thing that breaks the value's way to that read,
  so the read must be reported, with the right register and the right value, on a path from the function
  entry that ends in the reading instruction's block. The unmutated streams must prove.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest

from pvm_backend.driver import compile_file
from pvm_backend.emitter.frame import Frame
from pvm_backend.emitter.items import EmittedFunction, EmittedInstruction, Label, SymbolicInstruction
from pvm_backend.frontend.load import module_from_text
from pvm_backend.ir import Function
from pvm_backend.isa import Instruction, Opcode
from pvm_backend.driver import BuildOptions, build_program
from pvm_backend.linker import BuildResult
from pvm_backend.allocators import MODES
from verifier import CheckResult, CodeCounterexample, FunctionVerdict, Status, verify_function

REPO = Path(__file__).resolve().parents[2]
HEADER = ('target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"\n'
          'target triple = "wasm32-unknown-unknown"\n')


def ir_function(text: str, name: str) -> Function:
    return next(f for f in module_from_text(HEADER + text).functions if f.name == name)


def ids(fn: Function) -> dict[str, int]:
    return {v.name: v.id for v in fn.values if v.name}


def ir_id(fn: Function, text_start: str) -> int:
    """Id of the one IR instruction whose text starts with `text_start`."""
    found = [i.id for i in fn.instructions if i.text.strip().startswith(text_start)]
    assert len(found) == 1, (text_start, found)
    return found[0]


def refuted(verdict: FunctionVerdict) -> CodeCounterexample:
    """The code counterexample of a verdict whose check 2 refutes (check 1 is untouched by these mutations)."""
    assert verdict.allocation is Status.PROVED, verdict
    assert verdict.code is Status.REFUTED, verdict
    assert not verdict.proved
    cx = verdict.counterexample
    assert isinstance(cx, CodeCounterexample), cx
    return cx


# --- hand-built streams ------------------------------------------------------------------------------------

def E(item: Instruction | Label | SymbolicInstruction, ir: int | None = None,
      reads: tuple[tuple[int, int | None], ...] = (), writes: int | None = None) -> EmittedInstruction:
    return EmittedInstruction(item, ir, reads, writes)


def hand_function(name: str, items: list[EmittedInstruction], block_labels: tuple[tuple[int, str], ...],
                  ir_count: int) -> EmittedFunction:
    """A frameless function (no prologue: it neither moves r1 nor writes r0, r9-r12 unless a case does)."""
    frame = Frame(function=name, size=0, out_area=0, header_offset=0, saved=())
    labels = tuple(e.instruction.name for e in items if isinstance(e.instruction, Label))
    return EmittedFunction(name, tuple(items), frame, labels, block_labels, ir_count)


SUB = "define i64 @f(i64 %a, i64 %b) {\n  %s = sub i64 %a, %b\n  ret i64 %s\n}\n"
RET = Instruction(Opcode.JUMP_IND, ra=0, x=0)


def sub_stream(first: Instruction, second: Instruction) -> tuple[Function, EmittedFunction]:
    """f(a, b) = a - b: two moves bring a and b (r9, r10) into r2, r3; sub_64 r7 ← r2 − r3; return."""
    fn = ir_function(SUB, "f")
    v = ids(fn)
    sub, ret = ir_id(fn, "%s = sub"), ir_id(fn, "ret")
    items = [E(Label("fn:f")), E(first, sub), E(second, sub),
             E(Instruction(Opcode.SUB_64, rd=7, ra=2, rb=3), sub, ((2, v["a"]), (3, v["b"])), v["s"]),
             E(RET, ret, ((0, None),))]
    return fn, hand_function("f", items, ((0, "fn:f"),), len(fn.instructions))


def test_hand_built_moves_then_sub_prove() -> None:
    fn, em = sub_stream(Instruction(Opcode.MOVE_REG, rd=2, ra=9), Instruction(Opcode.MOVE_REG, rd=3, ra=10))
    verdict = verify_function(fn, em)
    assert verdict.proved, verdict


def test_hand_built_swapped_move_sources_are_refuted_at_the_sub() -> None:
    """r2 ← r10 puts b where the sub expects a: the first read (r2, expecting a) fails; a never reached r2 on
    the only path (the entry block)."""
    fn, em = sub_stream(Instruction(Opcode.MOVE_REG, rd=2, ra=10), Instruction(Opcode.MOVE_REG, rd=3, ra=9))
    cx = refuted(verify_function(fn, em))
    assert cx.instruction.startswith("sub_64")
    assert (cx.location, cx.expected) == ("r2", "%a")
    assert cx.ir_instruction.startswith("%s = sub")
    assert cx.path == ("fn:f",)
    assert "r10" in cx.instead


def test_hand_built_move_to_the_wrong_destination_is_refuted() -> None:
    """r3 ← r9 instead of r2 ← r9: r2 is never written, so it holds whatever the caller left there."""
    fn, em = sub_stream(Instruction(Opcode.MOVE_REG, rd=3, ra=9), Instruction(Opcode.MOVE_REG, rd=3, ra=10))
    cx = refuted(verify_function(fn, em))
    assert (cx.location, cx.expected) == ("r2", "%a")
    assert "r2" in cx.instead and "entry" in cx.instead


DIAMOND = """define i64 @f(i64 %a, i64 %b) {
entry:
  %s = add i64 %a, %b
  %c = icmp ult i64 %a, 10
  br i1 %c, label %t, label %j
t:
  br label %j
j:
  ret i64 %s
}
"""


def diamond(clobber_in_t: bool) -> tuple[Function, EmittedFunction]:
    """add_64 r7 ← r9 + r10 (s); branch to j when a >= 10, else fall into t, which jumps to j; j returns s in
    r7. With `clobber_in_t`, t first executes `load_imm r7, 0`."""
    fn = ir_function(DIAMOND, "f")
    v = ids(fn)
    add, br_entry, br_t, ret = (ir_id(fn, "%s = add"), ir_id(fn, "br i1"), ir_id(fn, "br label %j"),
                                ir_id(fn, "ret"))
    items = [E(Label("fn:f")),
             E(Instruction(Opcode.ADD_64, rd=7, ra=9, rb=10), add, ((9, v["a"]), (10, v["b"])), v["s"]),
             E(SymbolicInstruction(Opcode.BRANCH_GE_U_IMM, ra=9, x=10, target="f/j"), br_entry, ((9, v["a"]),)),
             E(Label("f/t"), br_entry)]
    if clobber_in_t:
        items.append(E(Instruction(Opcode.LOAD_IMM, ra=7, x=0), br_t))
    items += [E(SymbolicInstruction(Opcode.JUMP, target="f/j"), br_t),
              E(Label("f/j"), br_t),
              E(RET, ret, ((0, None),))]
    return fn, hand_function("f", items, ((0, "fn:f"), (1, "f/t"), (2, "f/j")), len(fn.instructions))


def test_hand_built_diamond_proves() -> None:
    fn, em = diamond(clobber_in_t=False)
    assert verify_function(fn, em).proved


def test_clobber_on_one_arm_is_refuted_with_the_path_through_that_arm() -> None:
    """The return needs s in r7; only the path through t overwrites r7, so the path must be entry, t, j."""
    fn, em = diamond(clobber_in_t=True)
    cx = refuted(verify_function(fn, em))
    assert cx.instruction.startswith("jump_ind")
    assert (cx.location, cx.expected) == ("r7", "%s")
    assert cx.path == ("fn:f", "f/t", "f/j")
    assert "load_imm r7" in cx.instead and "f/t" in cx.instead


def test_callee_saved_register_not_restored_is_refuted_at_the_return() -> None:
    """mul_64 r9 ← r9 · r9 computes s into r9, which the caller expects back unchanged (abi: r9-r12 are
    callee-saved); writing s into r7 instead proves."""
    fn = ir_function("define i64 @f(i64 %a) {\n  %s = mul i64 %a, %a\n  ret i64 %s\n}\n", "f")
    v = ids(fn)
    mul, ret = ir_id(fn, "%s = mul"), ir_id(fn, "ret")

    def stream(dest: int) -> EmittedFunction:
        items = [E(Label("fn:f")),
                 E(Instruction(Opcode.MUL_64, rd=dest, ra=9, rb=9), mul, ((9, v["a"]), (9, v["a"])), v["s"])]
        if dest != 7:
            items.append(E(Instruction(Opcode.MOVE_REG, rd=7, ra=dest), ret))
        items.append(E(RET, ret, ((0, None),)))
        return hand_function("f", items, ((0, "fn:f"),), len(fn.instructions))

    assert verify_function(fn, stream(7)).proved
    cx = refuted(verify_function(fn, stream(9)))
    assert cx.instruction.startswith("jump_ind")
    assert (cx.location, cx.expected) == ("r9", "entry r9")
    assert "%s" in cx.instead and "mul_64" in cx.instead


# --- mutated compiled functions ----------------------------------------------------------------------------

PROGRAM = """
define i64 @main(ptr %args, i32 %len) {
entry:
  %n = zext i32 %len to i64
  %r = call i64 @sum(i64 %n)
  %q = add i64 %r, %n
  ret i64 %q
}

define i64 @sum(i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %s = phi i64 [ 0, %entry ], [ %s1, %loop ]
  %t = mul i64 %i, %n
  %u = xor i64 %t, %n
  %s1 = add i64 %s, %u
  %i1 = add i64 %i, 1
  %c = icmp ult i64 %i1, %n
  br i1 %c, label %loop, label %done
done:
  ret i64 %s1
}
"""


MUTATED_MODES = ["none", "linear-scan"]
"""The modes whose code the mutation cases below are written against (the optimal allocator places values
differently; its code must prove like the others', `test_unmutated_functions_prove`). The cases mutate slot
loads and stores, so they are built without block-local values (`BuildOptions.block_local`), which would keep
`%t` and `%u` in registers; `test_block_local_functions_prove` proves the default build."""


@pytest.fixture(scope="module")
def builds() -> dict[str, BuildResult]:
    module_text = HEADER + PROGRAM
    return {mode: build_program(module_from_text(module_text), "main", BuildOptions(regalloc=mode, block_local=False))
            for mode in MODES}


@pytest.mark.parametrize("mode", list(MODES))
def test_block_local_functions_prove(mode: str) -> None:
    build = build_program(module_from_text(HEADER + PROGRAM), "main", BuildOptions(regalloc=mode))
    for name in ("main", "sum"):
        fn, em = pick(build, name)
        assert em.counters.block_local_hits > 0, name
        verdict = verify_function(fn, em)
        assert verdict.proved, verdict


def pick(build: BuildResult, name: str) -> tuple[Function, EmittedFunction]:
    assert build.module is not None
    fn = next(f for f in build.module.functions if f.name == name)
    return fn, next(e for e in build.emitted if e.name == name)


def find(em: EmittedFunction, what: str, predicate: Callable[[EmittedInstruction, Instruction], bool]) -> int:
    """Index of the one real instruction satisfying `predicate` (symbolic ones are seen with labels as 0)."""
    found = []
    for index, e in enumerate(em.instructions):
        item = e.instruction
        if isinstance(item, Label):
            continue
        concrete = item.placeholder() if isinstance(item, SymbolicInstruction) else item
        if predicate(e, concrete):
            found.append(index)
    assert len(found) == 1, f"expected one {what} in {em.name}, found {found}"
    return found[0]


def block_label(em: EmittedFunction, index: int) -> str:
    """The label of the code block holding item `index` (the last label before it)."""
    return next(e.instruction.name for e in reversed(em.instructions[:index + 1])
                if isinstance(e.instruction, Label))


def deleted(em: EmittedFunction, index: int) -> EmittedFunction:
    return dataclasses.replace(em, instructions=em.instructions[:index] + em.instructions[index + 1:])


def changed(em: EmittedFunction, index: int, **fields: int) -> EmittedFunction:
    item = em.instructions[index]
    new = dataclasses.replace(item, instruction=dataclasses.replace(item.instruction, **fields))
    return dataclasses.replace(em, instructions=em.instructions[:index] + (new,) + em.instructions[index + 1:])


def frame_load(em: EmittedFunction, ir: int, value: int) -> Callable[[EmittedInstruction, Instruction], bool]:
    """Predicate: an 8-byte load from `value`'s home slot (r1 + slot) done for IR instruction `ir`."""
    slot = em.frame.slot_of[value]
    return lambda e, ins: (e.ir_instruction == ir and ins.opcode is Opcode.LOAD_IND_U64 and ins.rb == 1
                           and ins.x == slot)


@pytest.mark.parametrize("mode", list(MODES))
def test_unmutated_functions_prove(builds: dict[str, BuildResult], mode: str) -> None:
    for name in ("main", "sum"):
        fn, em = pick(builds[mode], name)
        verdict = verify_function(fn, em)
        assert verdict.proved, verdict


def test_linear_scan_keeps_n_in_a_register_moved_from_its_parameter_register(
        builds: dict[str, BuildResult]) -> None:
    """The premise of the swapped-move case: n (used three times in the loop) gets a register other than its
    incoming r9 (which the contract reserves), so the entry copies it with one move."""
    fn, em = pick(builds["linear-scan"], "sum")
    registers = dict(em.registers)
    assert ids(fn)["n"] in registers and registers[ids(fn)["n"]] != 9


def test_swapped_move_of_a_parameter_is_refuted_at_its_first_use(builds: dict[str, BuildResult]) -> None:
    """`move_reg rN ← r9` is the only way n reaches rN; swapped (r9 ← rN), the first read of n from rN — the
    multiply of the loop — may see the caller's rN."""
    fn, em = pick(builds["linear-scan"], "sum")
    rn = dict(em.registers)[ids(fn)["n"]]
    move = find(em, "parameter move", lambda e, ins: ins.opcode is Opcode.MOVE_REG and ins.rd == rn and ins.ra == 9)
    mul = find(em, "multiply", lambda e, ins: ins.opcode is Opcode.MUL_64)
    cx = refuted(verify_function(fn, changed(em, move, rd=9, ra=rn)))
    assert cx.instruction.startswith("mul_64")
    assert (cx.location, cx.expected) == (f"r{rn}", "%n")
    assert cx.path[0] == "fn:sum" and cx.path[-1] == block_label(em, mul)


@pytest.mark.parametrize("mode", MUTATED_MODES)
def test_dropped_reload_before_a_use_is_refuted(builds: dict[str, BuildResult], mode: str) -> None:
    """i lives in its slot (n is the only allocated value); the multiply reloads it first. Without the reload
    the register holds something else on entry to the loop."""
    fn, em = pick(builds[mode], "sum")
    v = ids(fn)
    mul_ir = ir_id(fn, "%t = mul")
    reload = find(em, "reload of i", frame_load(em, mul_ir, v["i"]))
    register = em.instructions[reload].instruction.ra
    cx = refuted(verify_function(fn, deleted(em, reload)))
    assert cx.instruction.startswith("mul_64") and cx.ir_instruction.startswith("%t = mul")
    assert (cx.location, cx.expected) == (f"r{register}", "%i")
    assert cx.path[0] == "fn:sum" and cx.path[-1] == block_label(em, reload)


@pytest.mark.parametrize("mode", MUTATED_MODES)
def test_dropped_reload_after_a_call_is_refuted_as_clobbered(builds: dict[str, BuildResult],
                                                            mode: str) -> None:
    """main needs n again after `call @sum` (q = r + n); every temporary is clobbered by the call (abi), so the
    reload of n is what brings it back. Without it the add reads what the call left."""
    fn, em = pick(builds[mode], "main")
    v = ids(fn)
    add_ir = ir_id(fn, "%q = add")
    reload = find(em, "reload of n after the call", frame_load(em, add_ir, v["n"]))
    register = em.instructions[reload].instruction.ra
    assert register in range(2, 9)
    cx = refuted(verify_function(fn, deleted(em, reload)))
    assert cx.ir_instruction.startswith("%q = add")
    assert (cx.location, cx.expected) == (f"r{register}", "%n")
    assert "clobbered by the call" in cx.instead and "@sum" in cx.instead
    assert cx.path[0] == "fn:main" and cx.path[-1] == block_label(em, reload)


@pytest.mark.parametrize("mode", MUTATED_MODES)
def test_deleted_store_of_a_loop_carried_value_is_refuted_through_the_back_edge(
        builds: dict[str, BuildResult], mode: str) -> None:
    """s1 is written to its slot once; the back edge copies it into s's slot and the exit returns it. Without
    the store, the next iteration's `s1 = add s, u` reads a stale s: on the first iteration s is the constant
    0 (correct), so the failing path must go round the loop, i.e. pass the loop block twice."""
    fn, em = pick(builds[mode], "sum")
    v = ids(fn)
    slot = em.frame.slot_of[v["s1"]]
    store = find(em, "store of s1", lambda e, ins: ins.opcode is Opcode.STORE_IND_U64 and ins.rb == 1
                 and ins.x == slot and e.ir_instruction == ir_id(fn, "%s1 = add"))
    cx = refuted(verify_function(fn, deleted(em, store)))
    assert cx.ir_instruction.startswith("%s1 = add")
    assert cx.expected == "%s"
    loop = block_label(em, store)
    assert cx.path[0] == "fn:sum" and cx.path[-1] == loop and cx.path.count(loop) == 2


@pytest.mark.parametrize("mode", MUTATED_MODES)
def test_changed_frame_offset_of_a_reload_is_refuted(builds: dict[str, BuildResult],
                                                     mode: str) -> None:
    """The reload of u for `s1 = add s, u` is redirected to i's slot. u is defined by the xor just before, in
    the same block, into a register: whatever i's slot holds there is not this u (at best a stale copy from an
    earlier iteration), so the verifier must name the xor as the definition the read misses."""
    fn, em = pick(builds[mode], "sum")
    v = ids(fn)
    reload = find(em, "reload of u", frame_load(em, ir_id(fn, "%s1 = add"), v["u"]))
    register = em.instructions[reload].instruction.ra
    cx = refuted(verify_function(fn, changed(em, reload, x=em.frame.slot_of[v["i"]])))
    assert cx.ir_instruction.startswith("%s1 = add")
    assert (cx.location, cx.expected) == (f"r{register}", "%u")
    assert "xor" in cx.instead
    assert cx.path[0] == "fn:sum" and cx.path[-1] == block_label(em, reload)


# --- time limits -------------------------------------------------------------------------------------------

def test_one_millisecond_limit_on_a_big_function_is_unknown_or_proved_never_a_crash() -> None:
    build = compile_file(REPO / "tests" / "programs" / "keccak.c").build
    assert build.module is not None
    functions = {f.name: f for f in build.module.functions}
    biggest = max(build.emitted, key=lambda e: e.pvm_instruction_count)
    assert biggest.pvm_instruction_count > 500
    for _ in range(3):   # z3 answers a 1 ms limit either way; try a few times
        verdict = verify_function(functions[biggest.name], biggest, timeout_ms=1)
        assert not verdict.refuted, verdict
        assert {verdict.allocation, verdict.code} <= {Status.PROVED, Status.UNKNOWN}
        assert verdict.proved == (verdict.allocation is Status.PROVED and verdict.code is Status.PROVED)
        if not verdict.proved:
            assert verdict.reason, "an unknown verdict says why"


def test_the_datalog_engine_out_of_time_is_reported_as_a_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """z3's datalog engine answers unknown with the reason "ok" when its limit runs out (csmith seed 341061 on a
    loaded machine): the verdict says timeout, and says only that there was no answer when the limit had not run
    out."""
    import time

    import z3

    from verifier.code_check import check_code
    from verifier.model import model_of

    build = compile_file(REPO / "examples" / "fib.c").build
    assert build.module is not None
    functions = {f.name: f for f in build.module.functions}
    model = model_of(functions[build.emitted[0].name], build.emitted[0])

    def slow_unknown(self: z3.Fixedpoint, *query: object) -> z3.CheckSatResult:
        time.sleep(0.05)
        return z3.unknown
    monkeypatch.setattr(z3.Fixedpoint, "query", slow_unknown)
    monkeypatch.setattr(z3.Fixedpoint, "reason_unknown", lambda self: "ok")
    late = check_code(model, timeout_ms=10)
    assert (late.status, late.reason) == (Status.UNKNOWN, "timeout (10 ms)")
    early = check_code(model, timeout_ms=10_000)
    assert (early.status, early.reason) == (Status.UNKNOWN, "z3's datalog engine gave no answer")


@pytest.mark.parametrize("check", ["allocation", "code"])
def test_checks_1_and_2_get_their_limit_per_started_10000_ir_instructions(check: str,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A fixed limit would make every large enough function unknown (issue 17 §3): checks 1 and 2 give z3 the
    limit once per started 10,000 IR instructions (`options.scaled_timeout_ms`), so 10,002 instructions get it
    twice and fib's few once."""
    import verifier.checks.allocation as allocation_check
    import verifier.checks.code as code_check
    from pvm_backend.options import scaled_timeout_ms

    assert [scaled_timeout_ms(7, n) for n in (0, 1, 10_000, 10_001, 20_000, 20_001)] == [7, 7, 7, 14, 14, 21]
    module = allocation_check if check == "allocation" else code_check
    engine = "check_allocation" if check == "allocation" else "check_code"
    limits: list[int] = []
    real = getattr(module, engine)

    def spy(*args: object) -> object:
        limits.append(int(args[-1]))  # type: ignore[call-overload]
        return real(*args)
    monkeypatch.setattr(module, engine, spy)
    chain = "\n".join(f"  %v{k} = add i64 %v{k - 1}, {k}" for k in range(1, 10_001))
    text = (HEADER + "define i64 @main(ptr %args, i32 %len) {\nentry:\n  %v0 = zext i32 %len to i64\n"
            + chain + "\n  ret i64 %v10000\n}\n")
    for source in (text, HEADER + PROGRAM):
        build = build_program(module_from_text(source, 0), "main", BuildOptions(stack_size=1 << 20))
        assert build.module is not None
        main = next(f for f in build.module.functions if f.name == "main")
        emitted = next(e for e in build.emitted if e.name == "main")
        assert module.CHECK.run(main, emitted, 1_000).status is Status.PROVED
        assert len(main.instructions) == (10_002 if source == text else 4)
    assert limits == [2_000, 1_000]


def test_unknown_never_counts_as_proved() -> None:
    for allocation, code in [(Status.UNKNOWN, Status.PROVED), (Status.PROVED, Status.UNKNOWN),
                             (Status.UNKNOWN, Status.UNKNOWN)]:
        checks = tuple(CheckResult(name, status, 0.0, (), "timeout" if status is Status.UNKNOWN else "")
                       for name, status in (("allocation", allocation), ("code", code)))
        verdict = FunctionVerdict("f", 1, 0, checks, 0.0)
        assert not verdict.proved and not verdict.refuted and verdict.reason == "timeout"
    assert not FunctionVerdict("f", 1, 0, (), 0.0).proved, "a function no check ran on is not proved"


@pytest.mark.parametrize("mode", MUTATED_MODES)
def test_a_wrong_constant_on_a_phi_edge_is_refuted(builds: dict[str, BuildResult], mode: str) -> None:
    """`%i = phi i64 [ 0, %entry ], ...`: on the edge from entry the phi is the constant 0, so the copy code must
    load 0. Loading 1 instead is refuted at the loop's first read of %i (before, the copy code's own claim made
    %i whatever it loaded, and no check looked at the constant)."""
    fn, em = pick(builds[mode], "sum")
    phi = next(ins.id for ins in fn.instructions if ins.result == ids(fn)["i"])
    load = find(em, "constant copy", lambda e, ins: e.ir_instruction == phi and ins.opcode is Opcode.LOAD_IMM)
    assert verify_function(fn, em).proved
    cx = refuted(verify_function(fn, changed(em, load, x=1)))
    assert cx.expected == "%i"


@pytest.mark.parametrize("function, constant", [("wasm.answer", 42), ("wasm.main", 7)])
def test_phi_copies_that_open_a_label_come_from_the_one_block_reaching_it(function: str, constant: int) -> None:
    """Unoptimised WebAssembly `(func (result i64) (i64.const 42))` is `entry: br %return` and `return: %r = phi
    i64 [42, %entry]`. The copy code loading 42 is the first code under a label: the entry block's (after the
    prologue, whose stack check jumps there too) or, in main, the return site of the call before it. Either way
    one block reaches it (it was "cannot tell which predecessor", a false alarm on every such function at -O0);
    and the constant is checked: loading one more is refuted."""
    source = REPO / "tests" / "verifier" / "constant_result.wat"
    for mode in MUTATED_MODES:
        build = compile_file(source, opt_level=0, options=BuildOptions(regalloc=mode)).build
        fn, em = pick(build, function)
        assert verify_function(fn, em).proved, mode
        load = find(em, "constant copy", lambda e, ins: ins.opcode is Opcode.LOAD_IMM and ins.x == constant)
        assert refuted(verify_function(fn, changed(em, load, x=constant + 1)))
