"""Text listing of a linked program (`pvmc compile --emit asm`).

What it does: `format_listing(result)` prints, in code order, every label and instruction with its pc, the
instruction in `isa.format_instruction` form, and a comment naming the IR instruction it implements (printed
once, at the first PVM instruction of each IR instruction), followed by the jump table and the globals.

Assumes: `result` comes from `driver.build_program` (it carries the layout and the module).

Guarantees: deterministic text, one item per line; pcs are decimal byte offsets.
"""

from __future__ import annotations

from pvm_backend.isa import format_instruction
from pvm_backend.linker import STUB, BuildResult

from .emitter.items import Label


def format_listing(result: BuildResult) -> str:
    """The listing of `result` as one string ending in a newline."""
    layout = result.layout
    assert layout is not None, "format_listing needs a BuildResult from driver.build_program"
    lines: list[str] = []
    placed = {(p.section, p.index): p for p in layout.placed}
    ir_text: dict[str, dict[int, str]] = {}
    if result.module is not None:
        for fn in result.module.functions:
            ir_text[fn.name] = {ins.id: " ".join(ins.text.split()) for ins in fn.instructions}
    stub_items = tuple(p for p in layout.placed if p.section == STUB)
    lines.append(f"; entry stub ({STUB}), pc 0")
    for p in stub_items:
        lines.append(f"{p.pc:>8}: {format_instruction(p.instruction)}")
    for fn in result.emitted:
        frame = fn.frame
        saved = " ".join(f"r{int(r)}" for r in frame.saved) or "none"
        lines.append("")
        lines.append(f"; function @{fn.name}: frame {frame.size} bytes, saves {saved}, "
                     f"{len(frame.slot_of)} value slots, {len(frame.alloca_of)} allocas")
        last_ir: int | None = None
        texts = ir_text.get(fn.name, {})
        for index, item in enumerate(fn.instructions):
            if isinstance(item.instruction, Label):
                lines.append(f"{item.instruction.name}:")
                continue
            p = placed[(fn.name, index)]
            text = f"{p.pc:>8}: {format_instruction(p.instruction)}"
            if item.ir_instruction is not None and item.ir_instruction != last_ir:
                text = f"{text:<48} ; {texts.get(item.ir_instruction, f'#{item.ir_instruction}')}"
            last_ir = item.ir_instruction
            lines.append(text)
    if layout.jump_table:
        lines.append("")
        lines.append("; jump table (address: pc)")
        for k, pc in enumerate(layout.jump_table):
            lines.append(f"{2 * (k + 1):>8}: {pc}")
    if result.global_addresses:
        lines.append("")
        lines.append("; globals (address: name)")
        for name, address in result.global_addresses:
            lines.append(f"{address:#010x}: @{name}")
    return "\n".join(lines) + "\n"
