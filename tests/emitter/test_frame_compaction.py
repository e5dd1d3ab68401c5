"""Frame compaction (`emitter.frame_compaction`): only the value slots the final code addresses stay, packed,
the most addressed first; allocas and incoming stack arguments move with them.

Expected outputs come from wasmtime running the same C (`support.end_to_end`); the layout facts are checked
against the final code's own r1-relative immediates (GP A.5.10/A.5.11 `load_ind`/`store_ind` address r1 + x),
not against the pass's bookkeeping.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pvm_backend import abi
from pvm_backend.driver import BuildOptions, compile_file
from pvm_backend.emitter.items import EmittedFunction
from pvm_backend.isa import Instruction
from support.corpus import cases_of
from support.end_to_end import runs_right_and_proves
from support.wasm_reference import WasmReference

PROGRAMS = Path(__file__).resolve().parents[1] / "programs"
SP = int(abi.Reg.SP)
# sha256: arrays on the stack (allocas); many_params: arguments in the caller's outgoing area; struct_copy:
# aggregates; quick_sort: recursion and calls
SOURCES = ("sha256.c", "many_params.c", "struct_copy.c", "quick_sort.c")


def _addressed(fn: EmittedFunction) -> list[int]:
    """The r1-relative offsets the final code loads, stores or takes the address of."""
    return [e.instruction.x for e in fn.instructions
            if isinstance(e.instruction, Instruction) and e.instruction.rb == SP and e.instruction.ra != SP
            and e.instruction.x is not None]


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("regalloc", ["none", "linear-scan"])
def test_compacted_frames_run_right_and_prove(source: str, regalloc: str, wasm_reference: WasmReference) -> None:
    path = PROGRAMS / source
    result = compile_file(path, options=BuildOptions(regalloc=regalloc))
    runs_right_and_proves(result, path, tuple(c.args for c in cases_of(path)), wasm_reference)


@pytest.mark.parametrize("source", SOURCES)
def test_only_addressed_slots_stay_hottest_lowest(source: str) -> None:
    """Every value slot left in a frame is addressed by the code; slots do not overlap; the most addressed slot
    has the lowest offset; and no frame is larger than without compaction (`compact_frames=False`)."""
    build = compile_file(PROGRAMS / source).build
    plain = {e.name: e.frame.size for e in compile_file(PROGRAMS / source,
                                                         options=BuildOptions(compact_frames=False)).build.emitted}
    assert any(e.frame.size < plain[e.name] for e in build.emitted)
    for fn in build.emitted:
        assert fn.frame.size <= plain[fn.name]
        slots = sorted(off for off in fn.frame.slot_of.values() if off < fn.frame.size)
        assert len(set(slots)) == len(slots)
        top = min([*fn.frame.alloca_of.values(), fn.frame.size])
        ends = [*slots[1:], top]
        offsets = _addressed(fn)
        counts = {s: sum(1 for x in offsets if s <= x < end) for s, end in zip(slots, ends)}
        assert all(counts.values()), (fn.name, counts)
        if counts:
            assert counts[slots[0]] == max(counts.values()), fn.name
