"""Facts about a compiled regression program that show it exercises its bug class (tests/regalloc/).

What it does: each `*_witness(result)` looks at a linear-scan `CompileResult` (the optimised IR view in
`result.module`, the allocation the code realises in `result.build.emitted[*].registers` and the per-function
counters in `result.build.functions`) and returns a one-line description of the place where the bug class of
../shared/SEED-regalloc.md "Background" could bite, or None when the program has no such place (then the program
no longer tests its class, e.g. after an optimiser change, and must be restructured).

Assumes: the IR view's contract (`pvm_backend.ir`: block ids are layout order, value ids dense, phis first).
The CFG facts (loops, dominators, critical edges, phi cycles) are computed here from the IR alone, not by the
allocator's own analysis, so a wrong analysis in `linear_scan` cannot make its own test pass.

Guarantees: pure functions of the result; no witness is invented: each one names the function, the blocks or
values it found.
"""

from __future__ import annotations

from collections.abc import Iterator

from pvm_backend.driver import CompileResult
from pvm_backend.ir import Block, Function, Instruction, ValueRef
from pvm_backend.linker import FunctionStats

DIVISIONS = frozenset({"sdiv", "udiv", "srem", "urem"})


# ----------------------------------------------------------------------------------------- CFG facts

def successors(block: Block) -> tuple[int, ...]:
    """Distinct successor block ids of `block`, in terminator order."""
    return tuple(dict.fromkeys(block.terminator.successors))


def loop_blocks(fn: Function) -> set[int]:
    """Blocks that lie on a cycle of the CFG (reachable from one of their own successors)."""
    result: set[int] = set()
    for block in fn.blocks:
        seen: set[int] = set()
        stack = list(successors(block))
        while stack:
            b = stack.pop()
            if b == block.id:
                result.add(b)
                break
            if b not in seen:
                seen.add(b)
                stack.extend(successors(fn.blocks[b]))
    return result


def dominators(fn: Function) -> dict[int, set[int]]:
    """Block id -> the blocks dominating it (itself included); the entry is block 0. Iterative dataflow."""
    every = {b.id for b in fn.blocks}
    dom = {b.id: set(every) for b in fn.blocks}
    dom[0] = {0}
    changed = True
    while changed:
        changed = False
        for block in fn.blocks[1:]:
            preds = [dom[p] for p in block.predecessors]
            new = (set.intersection(*preds) if preds else set()) | {block.id}
            if new != dom[block.id]:
                dom[block.id] = new
                changed = True
    return dom


def definitions(result: CompileResult) -> dict[str, Function]:
    """Defined functions of the module by name."""
    return {f.name: f for f in result.module.functions if not f.is_declaration}


def real_calls(block: Block, defined: dict[str, Function]) -> list[Instruction]:
    """Calls of a defined function or through a pointer (not intrinsics, not host-call declarations)."""
    return [ins for ins in block.instructions if ins.opcode == "call"
            and (ins.callee in defined or (ins.callee is None and ins.callee_operand is not None))]


def value_ids(ins: Instruction) -> list[int]:
    """Ids of the SSA values among the operands of `ins` (phi incoming values included), with repeats."""
    refs = [*ins.operands, *(v for _, v in ins.phi_incoming)]
    return [r.id for r in refs if isinstance(r, ValueRef)]


def defining_block(fn: Function, value: int) -> int | None:
    """Block of the instruction defining `value` (None for a parameter)."""
    info = fn.values[value]
    return None if info.instruction is None else fn.instructions[info.instruction].block


# ----------------------------------------------------------------------------------------- allocation facts

def registers(result: CompileResult, name: str) -> dict[int, int]:
    """value id -> register of function `name` as emitted."""
    return next((dict(e.registers) for e in result.build.emitted if e.name == name), {})


def stats(result: CompileResult) -> dict[str, FunctionStats]:
    """Per-function statistics by name."""
    return {f.name: f for f in result.build.functions}


def allocating(result: CompileResult) -> Iterator[tuple[Function, dict[int, int], FunctionStats]]:
    """Functions where linear scan allocated values and the code read at least one from its register."""
    table = stats(result)
    for name, fn in definitions(result).items():
        s = table.get(name)
        if s is None:
            continue
        if s.allocation.summary.allocated_values > 0 and s.counters.alloc_load_hits > 0:
            yield fn, registers(result, name), s


# ----------------------------------------------------------------------------------------- witnesses

def call_clobber_witness(result: CompileResult) -> str | None:
    """A function with allocated values and invalidations that, inside a loop, calls a function which keeps
    values of its own in r9-r12 (linear scan allocated there too)."""
    defined = definitions(result)
    table = stats(result)
    for fn, _, s in allocating(result):
        if s.counters.invalidations == 0:
            continue
        looped = loop_blocks(fn)
        for block in fn.blocks:
            for call in real_calls(block, defined) if block.id in looped else []:
                callee = table.get(call.callee or "")
                if callee and callee.allocation.summary.allocated_values > 0:
                    return f"{fn.name}: loop block {block.name} calls {call.callee} (allocating)"
    return None


def merge_after_call_witness(result: CompileResult) -> str | None:
    """A non-leaf function with allocated values and invalidations, and a loop block with several
    predecessors where one predecessor makes a real call and another makes none, that reads an allocated value
    defined elsewhere."""
    defined = definitions(result)
    for fn, regs, s in allocating(result):
        if s.counters.invalidations == 0:
            continue
        looped = loop_blocks(fn)
        for block in fn.blocks:
            if block.id not in looped or len(block.predecessors) < 2:
                continue
            calling = [p for p in block.predecessors if real_calls(fn.blocks[p], defined)]
            quiet = [p for p in block.predecessors if not real_calls(fn.blocks[p], defined)]
            used = {v for ins in block.instructions if ins.opcode != "phi" for v in value_ids(ins)
                    if v in regs and defining_block(fn, v) != block.id}
            if calling and quiet and used:
                return f"{fn.name}: {block.name} merges {len(calling)} calling and {len(quiet)} other predecessors"
    return None


def phi_edge_witness(result: CompileResult) -> str | None:
    """A critical edge P -> S (P has several successors, S several predecessors) into a block S with an
    allocated phi, while another allocated value is live in S without being one of its phis."""
    for fn, regs, _ in allocating(result):
        for block in fn.blocks:
            phis = [ins.result for ins in block.instructions if ins.opcode == "phi"]
            if len(block.predecessors) < 2 or not any(p in regs for p in phis):
                continue
            others = {v for ins in block.instructions for v in value_ids(ins) if v in regs and v not in phis
                      and defining_block(fn, v) != block.id}
            for pred in block.predecessors:
                if len(successors(fn.blocks[pred])) > 1 and others:
                    return f"{fn.name}: critical edge {fn.blocks[pred].name} -> {block.name}"
    return None


def phi_cycles(fn: Function, block: Block) -> list[list[int]]:
    """Cycles of the phi copies of `block` on each incoming edge (phi result -> the phi of the same block it
    takes its value from), e.g. [[a, b]] for a swap, [[a, b, c]] for a rotation."""
    phis = {ins.result: ins for ins in block.instructions if ins.opcode == "phi"}
    cycles: list[list[int]] = []
    for pred in block.predecessors:
        source = {}
        for result, ins in phis.items():
            incoming = next((v for p, v in ins.phi_incoming if p == pred), None)
            if isinstance(incoming, ValueRef) and incoming.id in phis and incoming.id != result:
                source[result] = incoming.id
        done: set[int] = set()
        for start in source:
            path, v = [], start
            while v in source and v not in path and v not in done:
                path.append(v)
                v = source[v]
            if v == start and len(path) >= 2:
                cycles.append(path)
            done.update(path)
    return cycles


def phi_rotation_witness(result: CompileResult) -> str | None:
    """A three-way rotation and a swap of phis, each with every member allocated."""
    found: dict[int, str] = {}
    for fn, regs, _ in allocating(result):
        for block in fn.blocks:
            for cycle in phi_cycles(fn, block):
                if all(v in regs for v in cycle) and len(cycle) in (2, 3):
                    found.setdefault(len(cycle), f"{fn.name}:{block.name} {[regs[v] for v in cycle]}")
    return f"swap {found[2]}, rotation {found[3]}" if 2 in found and 3 in found else None


def expiry_witness(result: CompileResult) -> str | None:
    """A function with at least four loops in sequence or nesting where one register holds three or more
    different values over the function (registers reused after intervals expire)."""
    for fn, regs, _ in allocating(result):
        dom = dominators(fn)
        headers = {s for b in fn.blocks for s in successors(b) if s in dom[b.id]}
        per_register: dict[int, int] = {}
        for reg in regs.values():
            per_register[reg] = per_register.get(reg, 0) + 1
        if len(headers) >= 4 and max(per_register.values()) >= 3:
            return f"{fn.name}: {len(headers)} loops, values per register {sorted(per_register.items())}"
    return None


def block_order_witness(result: CompileResult) -> str | None:
    """An edge P -> S going backwards in the layout to a block S that does not dominate P (an irreducible loop
    entry or a block laid out away from its CFG position), in a function with allocated values."""
    for fn, _, _ in allocating(result):
        dom = dominators(fn)
        for block in fn.blocks:
            for succ in successors(block):
                if succ <= block.id and succ not in dom[block.id]:
                    return f"{fn.name}: {block.name} -> {fn.blocks[succ].name}"
    return None


def same_operand_witness(result: CompileResult) -> str | None:
    """One instruction reading the same allocated value twice and one reading two different allocated values."""
    same = pair = None
    for fn, regs, _ in allocating(result):
        for ins in fn.instructions:
            allocated = [v for v in ins.operands if isinstance(v, ValueRef) and v.id in regs]
            ids = [v.id for v in allocated]
            if len(ids) >= 2 and len(set(ids)) < len(ids):
                same = same or f"{fn.name}: {' '.join(ins.text.split())}"
            if len(set(ids)) >= 2:
                pair = pair or f"{fn.name}: {' '.join(ins.text.split())}"
    return f"{same}; {pair}" if same and pair else None


def select_witness(result: CompileResult) -> str | None:
    """A select whose result is allocated, and a select in a loop that keeps a phi of its loop (m = c ? x : m,
    the phi taking the select back on an edge)."""
    allocated = kept = None
    for fn, regs, _ in allocating(result):
        looped = loop_blocks(fn)
        phi_of = {ins.result: ins for ins in fn.instructions if ins.opcode == "phi"}
        for ins in fn.instructions:
            if ins.opcode != "select" or ins.block not in looped:
                continue
            if ins.result in regs:
                allocated = allocated or f"{fn.name}: {' '.join(ins.text.split())}"
            for operand in ins.operands[1:]:
                phi = phi_of.get(operand.id) if isinstance(operand, ValueRef) else None
                if phi is not None and any(isinstance(v, ValueRef) and v.id == ins.result
                                           for _, v in phi.phi_incoming):
                    kept = kept or f"{fn.name}: {' '.join(ins.text.split())}"
    return f"{allocated}; {kept}" if allocated and kept else None


def division_check_witness(result: CompileResult) -> str | None:
    """A division guarded by an explicit trap block (`call @llvm.trap`) in a function with allocated values,
    where the block after the check (the label the check falls into) reads an allocated value defined before
    the check."""
    for fn, regs, _ in allocating(result):
        traps = {b.id for b in fn.blocks if any(i.opcode == "call" and i.callee == "llvm.trap"
                                                  for i in b.instructions)}
        for block in fn.blocks:
            succs = successors(block)
            if len(succs) != 2 or not any(s in traps for s in succs):
                continue
            after = fn.blocks[next(s for s in succs if s not in traps)]
            divides = any(i.opcode in DIVISIONS for i in after.instructions)
            used = {v for i in after.instructions if i.opcode != "phi" for v in value_ids(i)
                    if v in regs and defining_block(fn, v) != after.id}
            if divides and used:
                return f"{fn.name}: check {block.name} -> {after.name} reads {sorted(used)}"
    return None
