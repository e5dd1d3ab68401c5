"""The emitter's knowledge of allocated registers (`alloc_reg_slot`), its write-through/reload code, and dead
store elimination, on hand-built states and frames.

Expected values are the rules of SEED-regalloc.md ("Runtime Integration", "Cross-Block Propagation") and the GP
A.5 meanings of the instructions involved, worked out by hand for each case.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pvm_backend import abi
from pvm_backend.driver import compile_file
from pvm_backend.emitter.builder import FunctionBuilder, LinkContext
from pvm_backend.emitter.dse import eliminate_dead_stores
from pvm_backend.emitter.frame import Frame
from pvm_backend.emitter.items import EmittedFunction, EmittedInstruction, Label, SymbolicInstruction
from pvm_backend.allocation import Allocation
from pvm_backend.emitter.regstate import RegisterState
from pvm_backend.errors import CompileError
from pvm_backend.ir import ValueRef
from pvm_backend.isa import Instruction, Opcode
from pvm_backend.driver import BuildOptions

PROGRAMS = Path(__file__).resolve().parents[1] / "programs"

SP, T0, T1 = 1, 2, 3
R11, R12 = 11, 12


def _state(leaf: bool, pairs: tuple[tuple[int, int], ...] = ((1, R11), (2, R12), (3, R11))) -> RegisterState:
    return RegisterState("f", Allocation("f", pairs, leaf))


def test_non_leaf_merge_keeps_only_entries_all_predecessors_agree_on() -> None:
    s = _state(leaf=False)
    s.set(R11, 1)
    s.set(R12, 2)
    s.branch_to("merge")
    s.set(R11, 3)                   # the other predecessor has value 3 in r11, still 2 in r12
    s.enter_label("merge", falls_through=True, back_edge=False)
    assert s.alloc_reg_slot == {R12: 2}


def test_non_leaf_label_with_an_unprocessed_predecessor_starts_empty() -> None:
    s = _state(leaf=False)
    s.set(R11, 1)
    s.enter_label("head", falls_through=True, back_edge=True)
    assert s.alloc_reg_slot == {}


def test_non_leaf_label_reached_only_by_branches_ignores_the_dead_fall_through_state() -> None:
    s = _state(leaf=False)
    s.set(R11, 1)
    s.branch_to("join")
    s.set(R11, 3)                   # code after an unconditional jump: does not flow into "join"
    s.enter_label("join", falls_through=False, back_edge=False)
    assert s.alloc_reg_slot == {R11: 1}


def test_non_leaf_branch_back_that_lost_an_assumed_entry_is_an_internal_error() -> None:
    s = _state(leaf=False)
    s.set(R11, 1)
    s.enter_label("loop", falls_through=True, back_edge=False)   # assumes r11 = v1 (internal loop label)
    s.clobber((R11,))
    with pytest.raises(CompileError, match="internal error"):
        s.branch_to("loop")


def test_leaf_keeps_the_carried_state_and_adds_the_live_in_values() -> None:
    s = _state(leaf=True)
    s.set(R12, 2)
    s.branch_to("b5")
    s.enter_label("b5", falls_through=False, back_edge=True, live=(3,))
    assert s.alloc_reg_slot == {R11: 3, R12: 2}
    s.clobber((R11,))
    s.branch_to("b5")               # leaf functions rely on the interval argument: no check, no error


def test_invalidation_after_a_call_drops_and_counts_every_mapping() -> None:
    s = _state(leaf=False)
    s.set(R11, 1)
    s.set(R12, 2)
    s.invalidate()
    assert s.alloc_reg_slot == {} and s.counters().invalidations == 2


# ------------------------------------------------------------------ the builder's load / use / store

def _builder(pairs: tuple[tuple[int, int], ...], leaf: bool = True) -> FunctionBuilder:
    frame = Frame(function="f", size=96, out_area=0, header_offset=0, saved=(), slot_of={1: 40, 2: 48, 3: 56})
    ctx = LinkContext(global_address={}, function_label=lambda n: n, jump_entry=lambda label: 2)
    return FunctionBuilder("f", frame, ctx, Allocation("f", pairs, leaf))


def _code(b: FunctionBuilder) -> list[object]:
    return [e.instruction for e in b.items]


def test_store_writes_through_and_a_later_read_uses_the_register() -> None:
    b = _builder(((1, R11),))
    b.store(1, T0)
    b.load(ValueRef(1), T1)
    assert _code(b) == [Instruction(Opcode.MOVE_REG, rd=R11, ra=T0),
                        Instruction(Opcode.STORE_IND_U64, ra=T0, rb=SP, x=40),
                        Instruction(Opcode.MOVE_REG, rd=T1, ra=R11)]
    assert b.regs.counters().alloc_store_hits == 1 and b.regs.counters().alloc_load_hits == 1
    assert b.use(ValueRef(1), T0) == R11          # read-only use: no instruction at all


def test_a_read_after_the_register_was_overwritten_reloads_it_lazily() -> None:
    b = _builder(((1, R11), (3, R11)))
    b.store(1, T0)
    b.emit(Instruction(Opcode.LOAD_IMM, ra=R11, x=7))   # any write of r11 the state did not ask for
    b.items.clear()
    b.load(ValueRef(1), T1)
    assert _code(b) == [Instruction(Opcode.LOAD_IND_U64, ra=R11, rb=SP, x=40),
                        Instruction(Opcode.MOVE_REG, rd=T1, ra=R11)]
    assert b.regs.counters().reloads == 1


def test_a_phi_copy_read_never_reloads_a_register() -> None:
    b = _builder(((1, R11),))
    assert b.use(ValueRef(1), T0, reload=False) == T0
    assert _code(b) == [Instruction(Opcode.LOAD_IND_U64, ra=T0, rb=SP, x=40)]
    assert b.regs.alloc_reg_slot == {}


def test_conditional_move_into_an_allocated_register_forgets_it() -> None:
    """cmov_nz writes rD only when rB != 0 (GP A.5.13): afterwards r11 may hold either value."""
    b = _builder(((1, R11),))
    b.store(1, T0)
    b.emit(Instruction(Opcode.CMOV_NZ, ra=T0, rb=T1, rd=R11))
    assert b.regs.alloc_reg_slot == {}


def test_edge_block_starts_from_the_branch_state_and_main_line_continues_unchanged() -> None:
    b = _builder(((1, R11), (2, R12)), leaf=False)
    b.store(1, T0)
    with b.detached() as items:
        b.expect_branch("f/e0_1")
        b.label("f/e0_1")
        assert b.regs.alloc_reg_slot == {R11: 1}
        b.store(2, T0)
        b.jump("f/b1")
    assert b.regs.alloc_reg_slot == {R11: 1}
    assert [type(e.instruction) for e in items] == [Label, Instruction, Instruction, SymbolicInstruction]
    b.emit(SymbolicInstruction(Opcode.BRANCH_EQ_IMM, ra=T0, x=0, target="f/e0_1"))
    b.trap()
    b.label("f/b1")                       # entered only from the edge block: r11 = v1 and r12 = v2
    assert b.regs.alloc_reg_slot == {R11: 1, R12: 2}


def test_a_temporary_is_not_reloaded_while_it_still_holds_the_slot() -> None:
    b = _builder(())
    b.store(2, T0)
    b.load(ValueRef(2), T0)               # same register, same block: nothing to do
    b.load(ValueRef(2), T1)               # another register: a real load
    b.label("next")
    b.load(ValueRef(2), T0)               # after a label nothing is assumed
    assert [i.opcode for i in _code(b) if isinstance(i, Instruction)] == [
        Opcode.STORE_IND_U64, Opcode.LOAD_IND_U64, Opcode.FALLTHROUGH, Opcode.LOAD_IND_U64]


# ------------------------------------------------------------------ dead store elimination

def _function(items: list[Instruction | Label], slot_stores: dict[int, int]) -> EmittedFunction:
    frame = Frame(function="f", size=96, out_area=0, header_offset=0, saved=(), slot_of={1: 40, 2: 48, 3: 56})
    emitted = tuple(EmittedInstruction(ins, None, slot_store=slot_stores.get(k)) for k, ins in enumerate(items))
    return EmittedFunction("f", emitted, frame, (), (), 0)


def test_dse_removes_exactly_the_value_slot_stores_nothing_reads() -> None:
    program = [
        Instruction(Opcode.STORE_IND_U64, ra=T0, rb=SP, x=40),    # 0: v1, loaded below: kept
        Instruction(Opcode.STORE_IND_U64, ra=T0, rb=SP, x=48),    # 1: v2, never loaded: removed
        Instruction(Opcode.STORE_IND_U64, ra=T0, rb=SP, x=56),    # 2: v3, its high half is read: kept
        Instruction(Opcode.STORE_IND_U64, ra=T0, rb=SP, x=104),   # 3: caller's area (>= frame size): kept
        Instruction(Opcode.STORE_IND_U64, ra=T0, rb=SP, x=8),     # 4: not a value slot store: kept
        Instruction(Opcode.LOAD_IND_U64, ra=T1, rb=SP, x=40),
        Instruction(Opcode.LOAD_IND_U32, ra=T1, rb=SP, x=60),
    ]
    out = eliminate_dead_stores(_function(program, {0: 1, 1: 2, 2: 3, 3: 4}))
    kept = [e.instruction for e in out.instructions]
    assert kept == [program[i] for i in (0, 2, 3, 4, 5, 6)]
    assert out.counters.dse_removed == 1


@pytest.mark.parametrize("program", ["fib.c", "collatz.c", "quick_sort.c", "sha256.c"])
def test_every_allocated_register_is_saved_on_entry_and_restored_before_return(program: str) -> None:
    """r9-r12 are callee-saved (abi): a function whose allocation writes r11/r12 stores them into its header
    before writing them and reloads them before each `jump_ind r0` (GP A.5.6 load_ind/store_ind by hand). The
    entry function, which only the entry stub calls (no call or address of `main` in these programs), saves
    and restores none of r9-r12: the stub reads r7 alone after it returns (abi "Entry")."""
    result = compile_file(PROGRAMS / program, options=BuildOptions(regalloc="linear-scan"))
    allocating = [e for e in result.build.emitted if e.registers]
    assert allocating
    for fn in allocating:
        code = [e.instruction for e in fn.instructions if isinstance(e.instruction, Instruction)]
        assert fn.entry_only == (fn.name == "main")
        if fn.entry_only:
            assert not set(fn.frame.saved) & set(abi.CALLEE_SAVED)   # so nothing is in the header to restore
            continue
        for reg in {r for _, r in fn.registers}:
            offset = fn.frame.save_offset(abi.Reg(reg))
            first_write = next(i for i, ins in enumerate(code)
                               if reg in (ins.ra, ins.rd) and ins.opcode is not Opcode.STORE_IND_U64)
            assert Instruction(Opcode.STORE_IND_U64, ra=reg, rb=SP, x=offset) in code[:first_write]
            returns = [i for i, ins in enumerate(code) if ins.opcode is Opcode.JUMP_IND]
            for i in returns:
                assert Instruction(Opcode.LOAD_IND_U64, ra=reg, rb=SP, x=offset) in code[i - 4:i]
