"""Check 3 (`selection`): the code of every IR instruction computes what the instruction computes.

The program below is our own. Compiled as the compiler does, every function is proved by check 3. Then each
test changes one instruction of the final stream the way a wrong instruction selection would (the wrong shift
kind, a 64-bit operation for a 32-bit one, a wrong comparison, a wrong load width, an off-by-one immediate,
swapped operands, a missing sign extension, an inverted branch) and asserts that check 3 refutes the function
while checks 1 and 2, which see the same registers read and written, still prove it — so the refutation is check
3's, and its counterexample gives the inputs on which the changed code computes something else.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from pvm_backend.driver import BuildOptions, CompileResult, compile_file
from pvm_backend.emitter.items import EmittedFunction, SymbolicInstruction
from pvm_backend.ir import Const, Function, ValueRef
from pvm_backend.isa import Instruction, Opcode
from verifier.model import model_of
from verifier.result import Status
from support.end_to_end import runs_right_and_proves
from support.wasm_reference import WasmReference
from verifier import selection
from verifier.selection import check_selection
from verifier import verify_build
from verifier.verify import verify_function

ROOT = Path(__file__).resolve().parents[2]

SOURCE = r"""
static unsigned char out[16];
__attribute__((noinline)) int mix(int a, int b, unsigned c, short *p) {
  int x = a - b;
  int y = a >> (b & 7);
  unsigned z = c >> 3;
  int w = p[1] + 5;
  int q = (a < b) ? x : y;
  return x + y + (int)z + w + q + (signed char)c;
}
unsigned long long main(const unsigned char *args, unsigned int len) {
  short s[2] = {(short)(args[0] * 300), (short)-args[1]};
  int r = mix((int)args[2] - 100, args[3], args[0] * 0x1000001u, s);
  if (r > 5) r = r * 3;
  for (int i = 0; i < 4; i++) out[i] = (unsigned char)(r >> (8 * i));
  return (unsigned long long)(unsigned int)out | (4ull << 32);
}
"""


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> CompileResult:
    path = Path(tmp_path_factory.mktemp("selection")) / "mix.c"
    path.write_text(SOURCE)
    return compile_file(path)


def _function(build: CompileResult, name: str) -> tuple[Function, EmittedFunction]:
    functions = {f.name: f for f in build.module.functions}
    emitted = next(e for e in build.build.emitted if e.name == name)
    return functions[name], emitted


def test_the_compiler_s_code_proves(build: CompileResult) -> None:
    for emitted in build.build.emitted:
        function = {f.name: f for f in build.module.functions}[emitted.name]
        finding = check_selection(function, emitted, model_of(function, emitted), 10_000)
        assert finding.status is Status.PROVED, [v.describe() for v in finding.violations]
        assert finding.instructions is not None and finding.instructions.checked > 5


MUTATIONS: dict[str, tuple[str, Opcode, Opcode]] = {
    "wrong shift kind": ("mix", Opcode.SHAR_R_32, Opcode.SHLO_R_32),
    "logical shift of an unsigned value made arithmetic": ("mix", Opcode.SHLO_R_IMM_32, Opcode.SHAR_R_IMM_32),
    "64-bit multiplication for a 32-bit one": ("main", Opcode.MUL_IMM_32, Opcode.MUL_IMM_64),
    "wrong load width": ("mix", Opcode.LOAD_IND_I16, Opcode.LOAD_IND_U16),
    "wrong comparison": ("mix", Opcode.SET_LT_S, Opcode.SET_LT_U),
    "missing sign extension": ("main", Opcode.SIGN_EXTEND_16, Opcode.MOVE_REG),
}
"""Name → (function, the opcode the compiler chose, the wrong one put in its place)."""


def _mutate(emitted: EmittedFunction, change: dict[Opcode, Opcode] | None = None,
            immediate: bool = False, swap: bool = False) -> EmittedFunction:
    """`emitted` with the first instruction that `change` names replaced (or, with `immediate`, the first
    add_imm_32 of an IR instruction given immediate + 1; with `swap`, the first sub_32's operands swapped)."""
    items = list(emitted.instructions)
    for k, item in enumerate(items):
        ins = item.instruction
        if not isinstance(ins, Instruction) or item.ir_instruction is None:
            continue
        if change and ins.opcode in change:
            new = dataclasses.replace(ins, opcode=change[ins.opcode])
            if change[ins.opcode] is Opcode.MOVE_REG:
                new = Instruction(Opcode.MOVE_REG, rd=ins.rd, ra=ins.ra)
        elif immediate and ins.opcode is Opcode.ADD_IMM_32 and ins.x not in (None, 0):
            new = dataclasses.replace(ins, x=(ins.x or 0) + 1)
        elif swap and ins.opcode is Opcode.SUB_32:
            new = dataclasses.replace(ins, ra=ins.rb, rb=ins.ra)
        else:
            continue
        items[k] = dataclasses.replace(item, instruction=new)
        return dataclasses.replace(emitted, instructions=tuple(items))
    raise AssertionError("nothing to mutate")


def _refuted_by_selection_alone(function: Function, mutated: EmittedFunction) -> None:
    verdict = verify_function(function, mutated)
    assert [(c.name, c.status) for c in verdict.checks] == [
        ("allocation", Status.PROVED), ("code", Status.PROVED), ("selection", Status.REFUTED)]
    violation = verdict.check("selection").violations[0]
    assert "selection" in violation.describe() and violation.as_json()["check"] == "selection"


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_a_wrong_instruction_choice_is_refuted(build: CompileResult, name: str) -> None:
    where, old, new = MUTATIONS[name]
    function, emitted = _function(build, where)
    _refuted_by_selection_alone(function, _mutate(emitted, {old: new}))


def test_an_off_by_one_immediate_is_refuted(build: CompileResult) -> None:
    function, emitted = _function(build, "mix")
    _refuted_by_selection_alone(function, _mutate(emitted, immediate=True))


def test_swapped_operands_of_a_subtraction_are_refuted(build: CompileResult) -> None:
    function, emitted = _function(build, "mix")
    _refuted_by_selection_alone(function, _mutate(emitted, swap=True))


@pytest.mark.parametrize("which", [0, 1])
def test_an_inverted_branch_is_refuted(which: int) -> None:
    fib = compile_file(Path(__file__).resolve().parents[2] / "examples" / "fib.c")
    function, emitted = _function(fib, "main")
    inverse = {Opcode.BRANCH_LE_U_IMM: Opcode.BRANCH_GT_U_IMM, Opcode.BRANCH_EQ_IMM: Opcode.BRANCH_NE_IMM}
    items = list(emitted.instructions)
    k = [k for k, e in enumerate(items) if isinstance(e.instruction, SymbolicInstruction)
         and e.instruction.opcode in inverse and e.ir_instruction is not None][which]
    branch = items[k].instruction
    assert isinstance(branch, SymbolicInstruction)
    items[k] = dataclasses.replace(items[k], instruction=dataclasses.replace(branch, opcode=inverse[branch.opcode]))
    _refuted_by_selection_alone(function, dataclasses.replace(emitted, instructions=tuple(items)))


POINTER_CHAIN = r"""
unsigned long long main(const unsigned char *args, unsigned int len) {
  int x = args[0];
  int *p = &x;
  int **q = &p;
  int ***r = &q;
  ***r += (int)len;
  return (unsigned long long)(unsigned int)**q;
}
"""


def test_stores_of_stack_addresses_into_the_stack_prove(tmp_path: Path) -> None:
    """At -O0 every local is an alloca and `int *p = &x` stores one alloca's address into another (csmith seed 1's
    func_1). Each static alloca's address is the stack pointer plus its offset in the query; as variables tied to
    the stack pointer by facts, each such store was `unknown` after 10 s (z3 had to relate the variables bit by
    bit). A limit of 2 s shows it is now a proof, not a race against the clock."""
    path = tmp_path / "chain.c"
    path.write_text(POINTER_CHAIN)
    build = compile_file(path, opt_level=0, options=BuildOptions(regalloc="none"))
    function, emitted = _function(build, "main")
    assert any(i.opcode == "store" and isinstance(i.operands[0], ValueRef) for i in function.instructions)
    finding = check_selection(function, emitted, model_of(function, emitted), 2_000)
    assert finding.status is Status.PROVED, finding.reason


TWINS = r"""
__attribute__((noinline)) unsigned twins(unsigned x, unsigned y) {
  unsigned a = x * 3u + 1u;
  unsigned b = y * 3u + 1u;
  unsigned c = y * 3u + 2u;
  return a ^ b ^ c;
}
unsigned long long main(const unsigned char *args, unsigned int len) {
  return twins(args[0], len);
}
"""


def test_skeletons_name_cells_by_use_and_keep_what_the_query_computes(tmp_path: Path) -> None:
    """The skeleton cache (`_Function.skeleton`): at -O2 without allocation every value has its own frame cell, so
    `x * 3 + 1` and `y * 3 + 1` read and write different cells with the same code; their skeletons are equal (a
    cell is named by its order of use, as the query's variables are). `y * 3 + 2` differs in what it computes
    and its skeleton differs. A mutated function whose clean twin was proved first (its skeletons cached) is
    still refuted: a changed instruction is a changed skeleton."""
    path = tmp_path / "twins.c"
    path.write_text(TWINS)
    build = compile_file(path, options=BuildOptions(regalloc="none"))
    function, emitted = _function(build, "twins")
    checker = selection._Function(function, emitted, model_of(function, emitted))
    adds = [i for i in function.instructions if i.opcode == "add"]
    constants = [next(o.value for o in i.operands if isinstance(o, Const)) for i in adds]
    assert sorted(constants) == [1, 1, 2], [i.text for i in adds]
    ones = [i for i, k in zip(adds, constants) if k == 1]
    two = next(i for i, k in zip(adds, constants) if k == 2)
    assert checker.skeleton([ones[0]]) == checker.skeleton([ones[1]])
    assert checker.skeleton([ones[0]]) != checker.skeleton([two])
    assert check_selection(function, emitted, model_of(function, emitted), 10_000).status is Status.PROVED
    mutated = _mutate(emitted, immediate=True)
    assert check_selection(function, mutated, model_of(function, mutated), 10_000).status is Status.REFUTED


SWITCH = r"""
__attribute__((noinline)) int classify(int x) {
  switch (x) {
    case 0: return 10;
    case 1: case 7: return 20;
    case -5: return 30;
    case 1000000: return 40;
    default: return x * 2;
  }
}
unsigned long long main(const unsigned char *args, unsigned int len) {
  return (unsigned)classify((int)args[0] - 5) + (unsigned)classify(len);
}
"""


@pytest.mark.parametrize("change", ["case value", "case target"])
def test_a_switch_is_checked_and_a_wrong_case_is_refuted(tmp_path: Path, change: str) -> None:
    """A `switch` (a chain of branch_eq per case, then the default's jump) leads, for every value of its
    condition, to the successor LLVM's semantics picks; two cases to one block (1 and 7) are one successor. The
    compiler's chain proves; a case compared with the wrong value, or branching to another case's block, is
    refuted by check 3 alone."""
    path = tmp_path / "switch.c"
    path.write_text(SWITCH)
    build = compile_file(path, opt_level=0, options=BuildOptions(regalloc="none"))
    function, emitted = _function(build, "classify")
    finding = check_selection(function, emitted, model_of(function, emitted), 10_000)
    assert finding.status is Status.PROVED and finding.instructions is not None
    assert "switch" not in finding.instructions.not_covered
    items = list(emitted.instructions)
    cases = [k for k, e in enumerate(items) if isinstance(e.instruction, SymbolicInstruction)
             and e.instruction.opcode is Opcode.BRANCH_EQ_IMM and e.ir_instruction is not None
             and function.instructions[e.ir_instruction].opcode == "switch"]
    assert len(cases) >= 4
    first, second = (items[k].instruction for k in cases[:2])
    assert isinstance(first, SymbolicInstruction) and isinstance(second, SymbolicInstruction)
    wrong = dataclasses.replace(first, x=(first.x or 0) + 1) if change == "case value" else \
        dataclasses.replace(first, target=second.target)
    items[cases[0]] = dataclasses.replace(items[cases[0]], instruction=wrong)
    _refuted_by_selection_alone(function, dataclasses.replace(emitted, instructions=tuple(items)))


UNREACHABLE = r"""
__attribute__((noinline)) unsigned long long add7(unsigned long long a) { return a + 7; }
__attribute__((noinline)) int first(const unsigned char *p) {
  int r;
  for (unsigned long long i = 0; i <= 59; i = add7(i)) { r = p[i]; goto done; }
  r = -1;
done:
  return r;
}
static int out;
unsigned long long main(const unsigned char *args, unsigned int len) {
  out = first(args) + (int)len;
  return (unsigned long long)(unsigned int)&out | (4ull << 32);
}
"""


@pytest.mark.parametrize("mode", ["none", "linear-scan"])
def test_code_nothing_reaches_is_not_checked(tmp_path: Path, mode: str, wasm_reference: WasmReference) -> None:
    """clang -O0 keeps a loop's increment (`i = add7(i)`) although the body always leaves the loop (csmith seeds
    24, 32, 39, 53, 92, 172 and 188 do this). Nothing reaches that code, so the model gives it no frame (its
    stack offset is unknown) and check 3 refuted the increment's store. Code nothing reaches never runs: check 3
    does not explore it, and the program runs as wasmtime's build of it and proves."""
    path = tmp_path / "unreachable.c"
    path.write_text(UNREACHABLE)
    result = compile_file(path, opt_level=0, options=BuildOptions(regalloc=mode))
    runs_right_and_proves(result, path, (b"\x05\x06", b"\xff"), wasm_reference)


WIDE = r"""
typedef __int128 i128;
typedef unsigned __int128 u128;
static unsigned char out[8 * 16 + 8];
static u128 from(const unsigned char *p) {
  u128 v = 0;
  for (int i = 15; i >= 0; i--) v = (v << 8) | p[i];
  return v;
}
static void put(int k, u128 v) {
  for (int i = 0; i < 16; i++) out[16 * k + i] = (unsigned char)(v >> (8 * i));
}
__attribute__((noinline)) u128 mix(u128 a, u128 b, unsigned n, volatile u128 *spill) {
  *spill = a * b + (b >> (n & 127));
  i128 s = (i128)a >> (n % 100);
  return (*spill ^ (u128)s) - ((a | b) << (n & 63)) + (a & ~b);
}
unsigned long long main(const unsigned char *args, unsigned int len) {
  u128 a = from(args), b = from(args + 16), spill;
  unsigned n = args[32];
  put(0, mix(a, b, n, &spill));
  put(1, spill);
  put(2, (u128)(long long)(unsigned long long)a * (unsigned long long)b);
  put(3, (u128)(i128)(int)n - a);
  put(4, a + ((u128)(unsigned long long)b << 64));
  out[80] = (a < b) | ((i128)a < (i128)b) << 1 | (a == b) << 2 | ((i128)a >= (i128)b) << 3 | (a > b) << 4;
  out[81] = (unsigned char)(unsigned long long)(a >> 64);
  return (unsigned long long)(unsigned int)out | (82ull << 32);
}
"""
"""i128 arithmetic of every kind the emitter lowers (`pvm_backend.emitter.wide`): inputs 16 + 16 bytes and a shift
amount byte."""

WIDE_INPUTS = (bytes(range(1, 33)) + b"\x05", b"\xff" * 32 + b"\x7f", bytes(16) + b"\xff" * 16 + b"\x40",
               b"\x00" * 15 + b"\x80" + b"\x01" * 16 + b"\x63")

NOT_COVERED_BY_DESIGN = frozenset({"call", "phi", "ret", "br", "alloca", "unreachable"})
"""IR instructions check 3 leaves to check 2 (module docstring of `verifier.selection`)."""


@pytest.fixture(scope="module", params=[(0, "none"), (2, "none"), (2, "linear-scan")], ids=lambda p: f"O{p[0]}-{p[1]}")
def wide_build(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, CompileResult]:
    path = Path(tmp_path_factory.mktemp("wide")) / "wide.c"
    path.write_text(WIDE)
    opt, mode = request.param
    return path, compile_file(path, opt_level=opt, options=BuildOptions(regalloc=mode))


def test_i128_code_runs_right_and_every_instruction_of_it_is_checked(wide_build: tuple[Path, CompileResult],
                                                                     wasm_reference: WasmReference) -> None:
    """Each word of an i128 is a value check 2 tracks through its home and the register pairs of the ABI, so check 3
    covers i128 arithmetic, casts, loads and stores like any other instruction: only calls, phis, returns,
    branches and allocas are left uncovered."""
    path, result = wide_build
    runs_right_and_proves(result, path, WIDE_INPUTS, wasm_reference)
    wide = {ins.opcode for f in result.module.functions for ins in f.instructions
            if ins.opcode not in NOT_COVERED_BY_DESIGN and (ins.type.bits == 128 or
                                                           any(t.bits == 128 for t in ins.operand_types))}
    assert {"mul", "lshr", "ashr", "shl", "xor", "sub", "and", "icmp", "trunc", "zext"} <= wide
    for verdict in verify_build(result.build):
        coverage = verdict.check("selection").instructions
        assert coverage is not None
        assert set(coverage.not_covered) <= NOT_COVERED_BY_DESIGN, (verdict.name, coverage.not_covered)


def _mutate_first(emitted: EmittedFunction, old: Opcode, **fields: object) -> EmittedFunction:
    """`emitted` with the first instruction of opcode `old` given `fields`."""
    items = list(emitted.instructions)
    k = next(k for k, item in enumerate(items)
             if isinstance(item.instruction, Instruction) and item.instruction.opcode is old)
    items[k] = dataclasses.replace(items[k], instruction=dataclasses.replace(items[k].instruction, **fields))
    return dataclasses.replace(emitted, instructions=tuple(items))


@pytest.mark.parametrize("mutation", ["signed high product", "borrow from the wrong compare", "halves swapped"])
def test_a_wrong_i128_lowering_is_refuted(wide_build: tuple[Path, CompileResult], mutation: str) -> None:
    """A signed `mul_upper` in the schoolbook product, a borrow computed the wrong way round, or the result's
    halves stored the wrong way round: check 3 refutes each. Check 2 proves all three: a store into a word's cell
    defines that word (`verifier.model`), whatever register it stores; that the register holds that word of the
    result is check 3's to prove."""
    _, result = wide_build
    function, emitted = _function(result, "mix")
    if mutation == "signed high product":
        mutated = _mutate_first(emitted, Opcode.MUL_UPPER_U_U, opcode=Opcode.MUL_UPPER_S_S)
    elif mutation == "borrow from the wrong compare":
        sub = next(item.instruction for item in emitted.instructions if isinstance(item.instruction, Instruction)
                   and item.instruction.opcode is Opcode.SUB_64)
        mutated = _mutate_first(emitted, Opcode.SET_LT_U, ra=sub.rb, rb=sub.ra)
    else:
        slot = next(item.slot_store for item in emitted.instructions if item.slot_store is not None
                    and function.values[item.slot_store].type.bits == 128 and item.ir_instruction is not None
                    and function.instructions[item.ir_instruction].opcode == "mul")
        stores = [k for k, item in enumerate(emitted.instructions) if item.slot_store == slot]
        items = list(emitted.instructions)
        low, high = (items[k].instruction for k in stores[:2])
        assert isinstance(low, Instruction) and isinstance(high, Instruction)
        items[stores[0]] = dataclasses.replace(items[stores[0]], instruction=dataclasses.replace(low, x=high.x))
        items[stores[1]] = dataclasses.replace(items[stores[1]], instruction=dataclasses.replace(high, x=low.x))
        mutated = dataclasses.replace(emitted, instructions=tuple(items))
    verdict = verify_function(function, mutated, 2_000)   # z3 gives up on the wrong product; a trial refutes it
    assert [(c.name, c.status) for c in verdict.checks] == [
        ("allocation", Status.PROVED), ("code", Status.PROVED), ("selection", Status.REFUTED)]


def test_a_compare_whose_branch_comes_after_other_code_is_covered() -> None:
    """sha512.wat at -O2: `%.49.i = icmp ugt` feeds a select and, after a call, the block's branch. The icmp's code
    leaves into the select's code, not to a successor: it is checked up to there, and the branch from its own
    code on (before, the whole pair was not covered)."""
    result = compile_file(ROOT / "tests" / "wat" / "bench" / "sha512.wat")
    for verdict in verify_build(result.build):
        assert verdict.proved, verdict.name
        coverage = verdict.check("selection").instructions
        assert coverage is not None and set(coverage.not_covered) <= NOT_COVERED_BY_DESIGN, coverage.not_covered
