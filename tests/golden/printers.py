"""Printers of the analyses for the golden files of tests/golden/ (one function per file kind).

What it does: renders, for every defined function of a module, the allocation problem (`problem_text`), the two
liveness analyses side by side (`liveness_text`), the live intervals, loops and spill weights (`intervals_text`)
and the linear-scan allocation through the registry (`allocation_text`); `listing_text` prints a whole program's
listing. Printed forms follow `linear_scan.problem`'s docstrings (``b3 [12, 17] -> b1 b4``,
``v4 def@3 uses@5,9,9``, ``call@12 writes r9 r10``) and `linear_scan.analysis` (``v4 [3, 17]``).

Assumes: modules built by `module_from_text`; value and block ids are the IR view's (``vN`` is ``%vN`` of
`pvm_backend.ir_print`).

Guarantees: deterministic text without trailing blanks; the printers only format what the code under test
returns, except the per-position liveness of the allocation problem, which `liveness_text` derives from
`analyse`'s block live-in sets by the one-line backward rule stated there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from linear_scan import Analysis, Problem, allocate, analyse
from linear_scan.allocator import spill_weight
from pvm_backend.allocators import allocate_function, allocator
from pvm_backend.driver import BuildOptions, build_program
from pvm_backend.emitter.builder import LinkContext
from pvm_backend.ir import Function, Module
from pvm_backend.ir_print import instruction_text
from pvm_backend.listing import format_listing
from pvm_backend.regalloc_problem import build_problem
from verifier.liveness import liveness


def regs(registers: Iterable[int]) -> str:
    """``r9 r10``, or ``-`` for none."""
    return " ".join(f"r{r}" for r in registers) or "-"


def vals(values: Iterable[int]) -> str:
    """``v3 v7`` in ascending order, or ``-`` for none."""
    return " ".join(f"v{v}" for v in sorted(values)) or "-"


def per_function(module: Module, render: Callable[[Function], list[str]]) -> str:
    """`render` of every defined function, in module order, separated by blank lines."""
    parts = ["\n".join(render(fn)) for fn in module.functions if not fn.is_declaration]
    return "\n\n".join(parts) + "\n"


def positions(function: Function, problem: Problem) -> list[str]:
    """One line per position: ``   3 b1  <instruction as ir_print prints it>``."""
    lines = []
    for block in problem.blocks:
        assert block.origin is not None
        instructions = function.blocks[block.origin].instructions
        assert len(instructions) == block.end - block.start + 1
        for offset, ins in enumerate(instructions):
            lines.append(f"{block.start + offset:>4} b{block.id}  {instruction_text(ins)}")
    return lines


def problem_text(function: Function) -> list[str]:
    """The allocation problem of `function` (`regalloc_problem.build_problem`)."""
    p = build_problem(function)
    lines = [f"@{p.name} params {p.param_count} incoming {regs(p.incoming_registers)} "
             f"{'leaf' if p.is_leaf else 'non-leaf'} outgoing {regs(p.outgoing_registers)} "
             f"registers {regs(p.registers)}"]
    lines += positions(function, p)
    for b in p.blocks:
        succ = " ".join(f"b{s}" for s in b.successors) or "-"
        pred = " ".join(f"b{s}" for s in b.predecessors) or "-"
        name = function.blocks[b.origin].name if b.origin is not None else "?"
        lines.append(f"b{b.id} [{b.start}, {b.end}] -> {succ}  preds {pred}  %{name}")
    for v in p.values:
        flags = ([f"param{v.param_index}"] if v.param_index is not None else []) + (["phi"] if v.is_phi else [])
        flags += [] if v.fits_register else ["no-register"]
        uses = ",".join(map(str, v.uses)) or "-"
        lines.append(" ".join([f"v{v.id} def@{v.definition} uses@{uses}", *flags]))
    for c in p.calls:
        lines.append(f"{c.kind.value}@{c.position} writes {regs(c.argument_registers)} clobbers {regs(c.clobbered)}")
    return lines


def liveness_text(function: Function) -> list[str]:
    """Block live-in/live-out and live-after per instruction from `linear_scan.analyse` (``ls``) and from
    `verifier.liveness` (``vf``): one set when both agree, ``ls: ... | vf: ...`` when they differ.

    `analyse` gives block live-in sets only; ``ls`` live-out is the union of the successors' live-in and ``ls``
    live-after a position is obtained walking the block backwards from its live-out: after(p) = live, then
    live = live - defined at p + used at p (the problem's def/use positions)."""
    p = build_problem(function)
    a = analyse(p)
    vf = liveness(function)
    defined: dict[int, set[int]] = {}
    used: dict[int, set[int]] = {}
    for v in p.values:
        defined.setdefault(v.definition, set()).add(v.id)
        for u in v.uses:
            used.setdefault(u, set()).add(v.id)
    lines = [f"@{function.name}"]
    for block in p.blocks:
        assert block.origin is not None
        ir_block = function.blocks[block.origin]
        live = set().union(*(a.live_in[s] for s in block.successors))
        after: dict[int, set[int]] = {}
        for pos in range(block.end, block.start - 1, -1):
            after[pos] = set(live)
            live = (live - defined.get(pos, set())) | used.get(pos, set())
        lines.append(f"b{block.id} %{ir_block.name}")
        lines.append(f"  in   {both(a.live_in[block.id], vf.live_in[block.origin])}")
        lines.append(f"  out  {both(after[block.end], vf.live_out[block.origin])}")
        for offset, ins in enumerate(ir_block.instructions):
            lines.append(f"  {block.start + offset:>3} {instruction_text(ins)}")
            lines.append(f"      after {both(after[block.start + offset], vf.live_after[ins.id])}")
    return lines


def both(ls: Iterable[int], vf: Iterable[int]) -> str:
    """One set when the two analyses agree, else both, labelled."""
    ls_set, vf_set = set(ls), set(vf)
    return vals(ls_set) if ls_set == vf_set else f"ls: {vals(ls_set)} | vf: {vals(vf_set)}"


def weight_text(problem: Problem, analysis: Analysis, value: int) -> str:
    """The spill weight as ``sum/length`` when sum is whole (it is Σ 10**depth), else as a float."""
    length = analysis.intervals[value].length
    weight = spill_weight(problem, analysis, value)
    total = weight * length
    return f"{round(total)}/{length}" if abs(total - round(total)) < 1e-9 else f"{weight:.6g}"


def intervals_text(function: Function) -> list[str]:
    """Back-edges, loops, loop depth per block, and per value its interval, use count and spill weight."""
    p = build_problem(function)
    a = analyse(p)
    lines = [f"@{function.name} back-edges "
             + (" ".join(f"b{s}->b{t}" for s, t in a.back_edges) or "-")]
    for loop in a.loops:
        lines.append(f"loop b{loop.header}..b{loop.last_block} [{loop.start}, {loop.end}] sources "
                     + " ".join(f"b{s}" for s in loop.sources))
    lines.append("depth " + " ".join(f"b{b}:{d}" for b, d in enumerate(a.block_depth)))
    for v in p.values:
        i = a.intervals[v.id]
        flag = "" if v.fits_register else " no-register"
        lines.append(f"v{v.id} [{i.start}, {i.end}] uses {a.use_counts[v.id]} "
                     f"weight {weight_text(p, a, v.id)}{flag}")
    return lines


def _no_gas_model(_: str) -> int:
    raise AssertionError("linear-scan must not measure the gas model")


NO_LINK = LinkContext(global_address={}, function_label=lambda name: f"fn:{name}", jump_entry=_no_gas_model)
"""A link context for allocating single functions with linear scan (which never lowers code)."""


def allocation_text(function: Function) -> list[str]:
    """The linear-scan allocation through the registry (`allocate_function`): counters, value -> register and
    the allocated values live at each block start; the evicted values from `linear_scan.allocate`, whose
    assignment must be the registry's."""
    result = allocate_function(function, allocator("linear-scan"), NO_LINK)
    direct = allocate(build_problem(function))
    assert direct.assignment == result.registers
    s = result.summary
    lines = [f"@{function.name} candidates={s.candidates} allocated_values={s.allocated_values} "
             f"evicted={s.evicted} spilled={s.spilled} allocatable_regs={s.allocatable_regs} "
             f"skipped={s.skipped or '-'} available {regs(s.available)} {'leaf' if result.leaf else 'non-leaf'}"]
    lines.append("registers " + (" ".join(f"v{v}:r{r}" for v, r in result.registers) or "-"))
    lines.append(f"evicted {vals(direct.evicted)}")
    names = {b.id: b.name for b in function.blocks}
    for block, live in result.live_in:
        lines.append(f"live-in b{block} %{names[block]}: {vals(live)}")
    return lines


def listing_text(module: Module, entry: str = "main") -> str:
    """The listing (`listing.format_listing`) of the program built from `module` with the default options."""
    return format_listing(build_program(module, entry, BuildOptions()))
