"""The verifier's own liveness of SSA values over the IR view (it shares nothing with `linear_scan`).

What it does: `liveness(function)` computes, by the classic backward dataflow to a fixed point, which SSA values
are live into and out of every block, and then the values live just after every instruction. SSA conventions:
a phi's incoming value is used at the end of the corresponding predecessor (not in the phi's block); the
phis of a block are defined together on entry to it; parameters are defined on entry to the function.

Assumes: the IR view's contract (dense ids; every use dominated by its definition, as LLVM verifies).

Guarantees: `live_after[i]` is the set of values some path from just after instruction i reads before
redefining (for a phi: after all phis of its block are defined); `live_in[b]` includes b's phis.
"""

from __future__ import annotations

from dataclasses import dataclass

from pvm_backend.ir import Function, Instruction, ValueRef
from pvm_backend.ir_facts import value_operands


@dataclass(frozen=True, slots=True)
class Liveness:
    """Live SSA values of one function."""

    live_in: tuple[frozenset[int], ...]
    """Per block id: values live on entry (the block's phis included)."""
    live_out: tuple[frozenset[int], ...]
    """Per block id: values live on exit (incoming values of successors' phis from this block included)."""
    live_after: dict[int, frozenset[int]]
    """Per instruction id: values live just after it (for phis: just after the block's phis)."""


def _uses(ins: Instruction) -> set[int]:
    """SSA values an instruction reads at its own position (`ir_facts.value_operands`: phi incoming values are
    read on the edges instead)."""
    return {o.id for o in value_operands(ins) if isinstance(o, ValueRef)}


def liveness(function: Function) -> Liveness:
    """Block- and instruction-level liveness of `function` (see the module docstring)."""
    blocks = function.blocks
    successors: list[list[int]] = [[] for _ in blocks]
    for block in blocks:
        for pred in block.predecessors:
            if not successors[pred] or successors[pred][-1] != block.id:   # blocks come in order
                successors[pred].append(block.id)
    phi_defs = [{i.result for i in b.instructions if i.opcode == "phi" and i.result is not None} for b in blocks]
    phi_uses: dict[tuple[int, int], set[int]] = {}
    for block in blocks:
        for ins in block.instructions:
            for pred, value in ins.phi_incoming:
                if isinstance(value, ValueRef):
                    phi_uses.setdefault((pred, block.id), set()).add(value.id)
    # a block's transfer, (out - kill) | gen, is the composition of its instructions' (out - def) | uses: kill is
    # every definition in it and gen its transfer of the empty set; applying it per block instead of per
    # instruction keeps the fixed point's passes from costing the whole function each time (issue 17)
    gen = [_transfer_block(b.instructions, set()) for b in blocks]
    kill = [{i.result for i in b.instructions if i.result is not None} for b in blocks]
    live_in: list[set[int]] = [set() for _ in blocks]
    live_out: list[set[int]] = [set() for _ in blocks]
    changed = True
    while changed:
        changed = False
        for block in reversed(blocks):
            out: set[int] = set()
            for succ in successors[block.id]:
                out |= live_in[succ] - phi_defs[succ]
                out |= phi_uses.get((block.id, succ), set())
            live = (out - kill[block.id]) | gen[block.id] | phi_defs[block.id]
            if out != live_out[block.id] or live != live_in[block.id]:
                live_out[block.id], live_in[block.id] = out, live
                changed = True
    after: dict[int, frozenset[int]] = {}
    for block in blocks:
        live = set(live_out[block.id])
        for ins in reversed(block.instructions):
            if ins.opcode == "phi":
                after[ins.id] = frozenset(live)
                continue
            after[ins.id] = frozenset(live)
            if ins.result is not None:
                live.discard(ins.result)
            live |= _uses(ins)
    return Liveness(tuple(frozenset(s) for s in live_in), tuple(frozenset(s) for s in live_out), after)


def _transfer_block(instructions: tuple[Instruction, ...], out: set[int]) -> set[int]:
    live = set(out)
    for ins in reversed(instructions):
        if ins.result is not None:
            live.discard(ins.result)
        live |= _uses(ins)
    return live
