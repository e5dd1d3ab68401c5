"""Where the values an allocation keeps in registers are live: the data of the allocation report's pictures.

What it does: `live_picture(function, linear, optimal, savings)` lays the function's IR instructions out in the
emitter's block order (`pvm_backend.ir_facts.block_order`) and, for every value either allocation puts
in a register, finds the half-positions where it is live by the verifier's own liveness (`verifier.liveness`,
which shares nothing with the allocators): position 2i is just before the i-th instruction (live into its block
for the first one, else live after the previous one), 2i + 1 just after it (its result included, so every
allocated value has at least its definition). Two values the contract lets share a register (never live at the
same point) therefore never share a half-position.

Assumes: the IR view's contract (dense ids, blocks in layout order).

Guarantees: runs are maximal, ascending and half-open; names are the IR's (``%name``, ``%v<id>`` without one).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pvm_backend.ir import Function
from pvm_backend.ir_facts import block_order
from verifier.liveness import liveness


@dataclass(frozen=True, slots=True)
class LiveValue:
    """One SSA value some allocation keeps in a register, and where it is live."""

    value: int
    """SSA value id."""
    name: str
    """Its IR name with the ``%`` (``%v<id>`` when LLVM gave it none)."""
    saving: int
    """The optimiser's estimated gas saved by keeping it in a register (`AllocationWeights.saving`)."""
    runs: tuple[tuple[int, int], ...]
    """Half-open runs [start, end) of half-positions where it is live: 2i is just before the i-th IR instruction
    (in block order), 2i + 1 just after it (its definition included)."""


@dataclass(frozen=True, slots=True)
class LivePicture:
    """What the HTML picture of one function needs."""

    instructions: tuple[str, ...]
    """IR text of every instruction, in the emitter's block order (the x axis)."""
    blocks: tuple[tuple[int, str], ...]
    """(position of its first instruction, block name) per block, in that order."""
    values: tuple[LiveValue, ...]
    """Every value linear scan or the optimum puts in a register, by value id."""


def value_name(function: Function, value: int) -> str:
    """The IR name of SSA value `value` with its ``%`` (``%v<id>`` when it has none)."""
    name = function.values[value].name
    return f"%{name}" if name else f"%v{value}"


def live_picture(function: Function, linear: Mapping[int, int], optimal: Mapping[int, int],
                 savings: Mapping[int, int]) -> LivePicture:
    """Where each value of `linear` or `optimal` (value id -> register) is live in `function`, by the verifier's
    liveness, over the IR instructions in the emitter's block order (`LiveValue.runs`); `savings` by value id."""
    live = liveness(function)
    wanted = set(linear) | set(optimal)
    halves: dict[int, list[int]] = {v: [] for v in wanted}
    blocks = {block.id: block for block in function.blocks}
    texts: list[str] = []
    starts: list[tuple[int, str]] = []
    for block_id in block_order(function):
        block = blocks[block_id]
        starts.append((len(texts), block.name or f"b{block_id}"))
        before = live.live_in[block_id]
        for ins in block.instructions:
            position = len(texts)
            after = live.live_after[ins.id] | ({ins.result} if ins.result is not None else set())
            for v in wanted & before:
                halves[v].append(2 * position)
            for v in wanted & after:
                halves[v].append(2 * position + 1)
            texts.append(" ".join(ins.text.split()))
            before = live.live_after[ins.id]
    values = tuple(LiveValue(v, value_name(function, v), savings.get(v, 0), _runs(halves[v])) for v in sorted(wanted))
    return LivePicture(tuple(texts), tuple(starts), values)


def _runs(points: list[int]) -> tuple[tuple[int, int], ...]:
    """Maximal half-open runs [start, end) of consecutive integers in the ascending list `points`."""
    runs: list[tuple[int, int]] = []
    for p in points:
        if runs and runs[-1][1] == p:
            runs[-1] = (runs[-1][0], p + 1)
        else:
            runs.append((p, p + 1))
    return tuple(runs)
