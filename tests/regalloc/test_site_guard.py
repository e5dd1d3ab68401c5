"""The optimal allocator's guard per execution site (`gas_model.execution_sites`, `gas_model.dearer_sites`,
`allocators.dominating`): the optimal build is never dearer than linear scan's on any input.

Sites are cut by hand on a small emitted function; the premise of the rule (a site executes equally often in the
linear-scan and the optimal build of one program, on every input) is checked by counting executed pcs on the
interpreter; and the programs on which the optimal build under ``--registers full`` used to cost more gas than
linear scan's on some inputs (fib.c and fib.wat: a register saved in the prologue for a loop of few iterations;
quick_sort.c: a block weighted as a loop of its own, found with the allocation report) are measured on the
interpreter on every input of the corpus manifest.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from pathlib import Path

import pytest

from pvm_backend import abi
from pvm_backend.abi import RegisterModel
from pvm_backend.driver import BuildOptions, CompileResult, compile_file
from pvm_backend.emitter.frame import build_frame
from pvm_backend.emitter.items import EmittedFunction, EmittedInstruction, Label, SymbolicInstruction
from pvm_backend.frontend.load import module_from_text
from pvm_backend.allocation import LoweredGas
from pvm_backend.emitter.frame_elision import prologue_items
from pvm_backend.gas_model import dearer_sites, execution_sites
from pvm_backend.interpreter import Engine, Pvm, Status as RunStatus, jip1_log_handler, load_spi
from pvm_backend.isa import TERMINATORS, Instruction, Opcode
from verifier.reports.manifest import load_manifest

ROOT = Path(__file__).resolve().parents[2]
PROGRAMS = {str(p.path.relative_to(ROOT)): p for p in load_manifest(ROOT / "tests" / "corpus.toml").programs}
ONCE_DEARER = ("tests/programs/fib.c", "tests/wat/fib.wat", "tests/programs/quick_sort.c")
"""Programs whose optimal build under the full model cost more gas than linear scan's on some inputs before the
guard compared sites (reports/allocation-full.md, "optimal dearer")."""


def _item(ins: object, ir: int | None = None) -> EmittedInstruction:
    return EmittedInstruction(ins, ir)   # type: ignore[arg-type]


def test_sites_are_cut_at_labels_and_after_terminators() -> None:
    function = module_from_text("define i64 @f(i64 %a) {\nentry:\n  ret i64 %a\n}\n", 0).function("f")
    assert function is not None
    frame = build_frame(function, 4096, extra_saved=(abi.Reg.P0,))
    save = Instruction(Opcode.STORE_IND_U64, ra=9, rb=1, x=frame.save_offset(abi.Reg.P0))
    add = Instruction(Opcode.ADD_64, ra=2, rb=3, rd=4)
    items = (
        _item(Label("fn:f")),
        _item(save),                                                            # (fn:f, 0): 3 instructions
        _item(add, 0),
        _item(SymbolicInstruction(Opcode.BRANCH_EQ_IMM, ra=2, x=0, target="f/b1"), 0),
        _item(add, 1),                                                          # (fn:f, 1): 2 instructions
        _item(Instruction(Opcode.FALLTHROUGH), 1),
        _item(Label("f/b1")),                                                   # (f/b1, 0): empty
        _item(Label("f/b2")),                                                   # (f/b2, 0): 1 instruction
        _item(Instruction(Opcode.TRAP), 2),
    )
    emitted = EmittedFunction("f", items, frame, ("fn:f", "f/b1", "f/b2"), ((0, "f/b1"),), 3)
    sites, keys, saves = execution_sites(emitted)
    assert sites == ((("fn:f", 0), 3), (("fn:f", 1), 2), (("f/b1", 0), 0), (("f/b2", 0), 1))
    assert keys == (frozenset({None, 0}), frozenset({1}), frozenset(), frozenset({2}))
    assert saves == (frozenset({9}), frozenset(), frozenset(), frozenset())


def test_the_stack_checks_trap_is_no_site() -> None:
    """A lowering with a frame (`add_imm_64 r1, r1, -size`, the check `branch_ge_u_imm r1, limit`, its `trap`,
    GP A.5) and one whose frame was left empty have the same sites: the trap runs only on a stack overflow, which
    ends the run, so it is not compared (adler32.c's `main` under the full model: the solver's allocation empties
    the frame, linear scan's keeps one)."""
    function = module_from_text("define i64 @f(i64 %a) {\nentry:\n  ret i64 %a\n}\n", 0).function("f")
    assert function is not None
    frame = build_frame(function, 4096)
    add = Instruction(Opcode.ADD_64, ra=2, rb=3, rd=7)
    ret = Instruction(Opcode.JUMP_IND, ra=0, x=0)
    framed = (
        _item(Label("fn:f")),
        _item(Instruction(Opcode.ADD_IMM_64, ra=1, rb=1, x=-frame.size)),
        _item(SymbolicInstruction(Opcode.BRANCH_GE_U_IMM, ra=1, x=frame.stack_limit, target="f/frame_ok1")),
        _item(Instruction(Opcode.TRAP)),
        _item(Label("f/frame_ok1")),
        _item(Label("f/b0")),
        _item(add, 0),
        _item(Instruction(Opcode.ADD_IMM_64, ra=1, rb=1, x=frame.size), 0),
        _item(ret, 0),
    )
    frameless = (_item(Label("fn:f")), _item(Label("f/frame_ok1")), _item(Label("f/b0")), _item(add, 0),
                 _item(ret, 0))
    labels = ("fn:f", "f/frame_ok1", "f/b0")
    with_frame = execution_sites(EmittedFunction("f", framed, frame, labels, ((0, "f/b0"),), 1))[0]
    without = execution_sites(EmittedFunction("f", frameless, dataclasses.replace(frame, size=0), labels,
                                              ((0, "f/b0"),), 1))[0]
    assert with_frame == ((("fn:f", 0), 2), (("f/frame_ok1", 0), 0), (("f/b0", 0), 3))
    assert without == ((("fn:f", 0), 0), (("f/frame_ok1", 0), 0), (("f/b0", 0), 2))
    sites = (frozenset(),) * 3
    assert dearer_sites(LoweredGas(0, without, sites, sites, frozenset()),
                        LoweredGas(0, with_frame, sites, sites, frozenset())) == ()


def _lowered(*sites: tuple[str, int, int]) -> LoweredGas:
    return LoweredGas(0, tuple(((label, k), gas) for label, k, gas in sites), (frozenset(),) * len(sites),
                      (frozenset(),) * len(sites), frozenset())


def test_dearer_sites_compares_site_by_site_and_refuses_other_control_flow() -> None:
    reference = _lowered(("fn:f", 0, 4), ("f/b1", 0, 3), ("f/b1", 1, 2))
    assert dearer_sites(_lowered(("fn:f", 0, 4), ("f/b1", 0, 2), ("f/b1", 1, 2)), reference) == ()
    assert dearer_sites(_lowered(("fn:f", 0, 5), ("f/b1", 0, 1), ("f/b1", 1, 3)), reference) == (0, 2)
    assert dearer_sites(_lowered(("fn:f", 0, 4), ("f/b1", 0, 3)), reference) is None
    assert dearer_sites(_lowered(("fn:f", 0, 4), ("f/b2", 0, 3), ("f/b2", 1, 2)), reference) is None


def test_dearer_sites_lets_an_edge_block_differ_that_jump_threading_took_out() -> None:
    # the reference keeps the edge block f/e1_1 (its copy was real), the candidate's copy was a no-op: threaded
    with_edge = _lowered(("fn:f", 0, 4), ("f/b1", 0, 3), ("f/b1", 1, 2), ("f/e1_1", 0, 2))
    threaded = _lowered(("fn:f", 0, 4), ("f/b1", 0, 3), ("f/b1", 1, 2))
    assert dearer_sites(threaded, with_edge) == ()          # the candidate pays nothing on that edge
    assert dearer_sites(with_edge, threaded) == (3,)        # the reference does: the edge block is dearer
    # a block that is not an edge block may not go missing, nor may the common sites change order
    assert dearer_sites(_lowered(("fn:f", 0, 4), ("f/b1", 0, 3)), threaded) is None
    assert dearer_sites(_lowered(("fn:f", 0, 4), ("f/b1", 1, 2), ("f/b1", 0, 3)), threaded) is None


def _executions(result: CompileResult, args: bytes) -> tuple[Counter[int], int]:
    """pc -> times executed, and the gas used, single-stepping the program with the JIP-1 log host call."""
    memory, registers = load_spi(result.program, args)
    pvm = Pvm(result.program.code, registers, memory, 10 ** 9, 0, heap_start=result.program.heap_start,
              engine=Engine.STEP)
    seen: Counter[int] = Counter()
    while True:
        seen[pvm.pc] += 1
        stop = pvm.step()
        if stop is None:
            continue
        if stop.status is RunStatus.HOST and stop.host_id is not None and jip1_log_handler(stop.host_id, pvm):
            continue
        return seen, 10 ** 9 - pvm.gas


def _site_executions(result: CompileResult, seen: Counter[int]) -> dict[tuple[str, tuple[str, int]], int]:
    """(function, site) -> executions of the site's first instruction, for every non-empty site."""
    assert result.build.layout is not None
    pcs: dict[str, dict[int, int]] = {}
    for placed in result.build.layout.placed:
        pcs.setdefault(placed.section, {})[placed.index] = placed.pc
    out = {}
    for emitted in result.build.emitted:
        sites, _, _ = execution_sites(emitted)
        prologue = prologue_items(emitted)
        trap = prologue[2] if prologue is not None else None   # the stack check's trap is no site
        starts, after_boundary = [], True
        for i, item in enumerate(emitted.instructions):
            ins = item.instruction
            if isinstance(ins, Label):
                after_boundary = True
                continue
            if i == trap:
                continue
            if after_boundary:
                starts.append(i)
            after_boundary = ins.opcode in TERMINATORS
        nonempty = [site for site, gas in sites if gas]
        assert len(starts) == len(nonempty)
        for site, start in zip(nonempty, starts):
            out[(emitted.name, site)] = seen[pcs[emitted.name][start]]
    return out


@pytest.mark.parametrize("path", ONCE_DEARER)
def test_optimal_is_never_dearer_than_linear_scan_and_sites_run_equally_often(path: str) -> None:
    program = PROGRAMS[path]
    builds = [compile_file(program.path, program.entry, program.opt_level,
                           BuildOptions(regalloc=mode, registers=RegisterModel.FULL))
              for mode in ("linear-scan", "optimal")]
    for args in program.inputs:
        (scan_seen, scan_gas), (optimal_seen, optimal_gas) = (_executions(b, args) for b in builds)
        assert optimal_gas <= scan_gas, args.hex()
        scan_sites, optimal_sites = _site_executions(builds[0], scan_seen), _site_executions(builds[1], optimal_seen)
        for key in scan_sites.keys() & optimal_sites.keys():
            assert scan_sites[key] == optimal_sites[key], (args.hex(), key)
