"""The linker: IR module → entry stub + lowered functions + globals + jump table → a standard program (SPI).

What it does: in two steps around register allocation (which the driver runs in between: the linker never
imports an allocator). `plan_link(module, entry)` checks the entry signature, finds the functions and globals
reachable from the entry (calls, address-taken functions, pointers in global initializers), lays out the globals
(constants in read-only data at 0x10000, the rest in read-write data at 0x20000 + Z(|o|), GP A.42), emits the
entry stub at pc 0 and makes the link context. `link(plan, allocations)` lowers every reachable function with
its `Allocation`, runs the peephole and dead-store passes, lays out the code and fills the jump table and the
pointer relocations of the data. A module translated from WASM (it declares `abi.WASM_MEMORY_SYMBOL` and defines
`abi.WASM_MEMORY_PAGES_SYMBOL`) gets its linear memory placed at the first page boundary after the rw globals,
its initial image (`abi.WASM_MEMORY_IMAGE_SYMBOL`) as the tail of the rw data, and enough heap pages that
[base, base + max·64 KiB) lies inside the writable rw/heap region (`wasm_memory`, `heap_pages_for`); the base,
a link-time constant, then replaces the symbol in the IR (`resolve_global`).

Assumes: the abi of `pvm_backend.abi`; the SPI loader of GP A.42/A.43 (r1 = 0xFEFE0000, r7 = args pointer,
r8 = args length, r0 = 0xFFFF0000).

Guarantees: the program runs the entry function on the SPI arguments and halts with r7 = output pointer and
r8 = output length (the entry's i64 result `ptr | len << 32`, GP A.44). Raises CompileError for a missing entry
or a wrong entry signature, and for WASM linear memory that the SPI map cannot hold (more than
2^16 - 1 heap pages); UnsupportedError for unsupported features (see `emitter.lowering`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from pvm_backend import abi
from pvm_backend.allocation import Allocation
from pvm_backend.containers import CodeBlob, StandardProgram, round_page, round_zone
from pvm_backend.errors import CompileError, UnsupportedError
from pvm_backend.faults import NO_FAULTS, Faults
from pvm_backend.ir import Const, Function, FunctionAddr, GlobalAddr, GlobalVar, Module, Operand, TypeKind
from pvm_backend.ir import Instruction as IRInstruction
from pvm_backend.isa import Instruction, Opcode, encode, imm32
from pvm_backend.ir_facts import all_operands, entered_only_from_stub, is_outgoing_call, references, use_counts

from .emitter.builder import LinkContext
from .emitter.frame_elision import drop_stack_check
from .emitter.items import EmittedFunction, EmittedInstruction, Label, SymbolicInstruction, entry_label
from .emitter.layout import OFFSET_BYTES, JumpTable, Layout, lay_out
from .baseline import emit
from .emitter.pipeline import Passes
from .emitter.regstate import LoweringCounters

logger = logging.getLogger("linear_scan")
"""The lowering counters belong with the allocator's log (`PVMC_LOG=linear_scan=debug`, SEED "Debugging")."""

STUB = "_start"


@dataclass(frozen=True)
class FunctionStats:
    """Size statistics of one lowered function."""

    name: str
    """Function name."""
    ir_instructions: int
    """IR instructions in the function."""
    pvm_instructions: int
    """PVM instructions emitted for it."""
    code_bytes: int
    """Bytes of code it occupies."""
    allocation: Allocation
    """The register allocation the function was emitted with (registers, counters, objective)."""
    counters: LoweringCounters = LoweringCounters()
    """Usage counters of the allocation in the emitted code (hits, reloads, invalidations, DSE)."""


@dataclass(frozen=True)
class BuildResult:
    """Everything the linker produced."""

    program: StandardProgram
    """The standard program."""
    functions: tuple[FunctionStats, ...]
    """Per-function statistics, in code order (the entry stub is not included)."""
    emitted: tuple[EmittedFunction, ...]
    """The lowered functions, in code order."""
    layout: Layout | None = None
    """Final code layout (pcs of every label and instruction)."""
    module: Module | None = None
    """The IR module that was linked (for listings)."""
    global_addresses: tuple[tuple[str, int], ...] = ()
    """(global name, PVM address) of every laid-out global."""

    @property
    def wasm_memory_base(self) -> int | None:
        """PVM address of WASM address 0 for a module from WASM (abi "WebAssembly linear memory"), else None."""
        return dict(self.global_addresses).get(abi.WASM_MEMORY_SYMBOL)


def check_entry(module: Module, entry: str) -> Function:
    """The entry function, checked to be `(ptr|i32, i32) -> i64`. Raises CompileError otherwise."""
    fn = module.function(entry)
    if fn is None or fn.is_declaration:
        raise CompileError(f"entry function @{entry} is not defined in the module")
    params = fn.param_types
    ok = (len(params) == 2 and params[0].kind in (TypeKind.PTR, TypeKind.INT) and params[0].bits == 32
          and params[1].kind is TypeKind.INT and params[1].bits == 32
          and fn.return_type.kind is TypeKind.INT and fn.return_type.bits == 64)
    if not ok:
        sig = f"({', '.join(t.text for t in params)}) -> {fn.return_type.text}"
        raise CompileError(f"entry function @{entry} has signature {sig}; expected (ptr or i32, i32) -> i64")
    return fn


def reachable(module: Module, entry: str, secondary: str | None = None) -> tuple[list[Function], list[GlobalVar]]:
    """Defined functions and globals reachable from `entry` (and `secondary`), each in module order."""
    by_fn = {f.name: f for f in module.functions}
    by_gv = {g.name: g for g in module.globals}
    seen_f: set[str] = set()
    seen_g: set[str] = set()
    work_f = [entry] + ([secondary] if secondary is not None else [])
    work_g: list[str] = []
    while work_f or work_g:
        if work_f:
            name = work_f.pop()
            fn = by_fn.get(name)
            if name in seen_f or fn is None or fn.is_declaration:
                continue
            seen_f.add(name)
            funcs, globs = references(fn)
            work_f.extend(funcs)
            work_g.extend(globs)
        else:
            name = work_g.pop()
            gv = by_gv.get(name)
            if name in seen_g or gv is None:
                continue
            seen_g.add(name)
            for rel in gv.relocations:
                (work_f if isinstance(rel.target, FunctionAddr) else work_g).append(rel.target.name)
    return ([f for f in module.functions if f.name in seen_f], [g for g in module.globals if g.name in seen_g])


def _place(globals_: list[GlobalVar], base: int) -> tuple[dict[str, int], int]:
    addresses: dict[str, int] = {}
    offset = 0
    for gv in globals_:
        align = max(1, gv.align)
        offset = -(-offset // align) * align
        addresses[gv.name] = base + offset
        offset += gv.size
    return addresses, offset


def layout_globals(globals_: list[GlobalVar]) -> tuple[dict[str, int], list[GlobalVar], list[GlobalVar]]:
    """Addresses of the globals (GP A.42 map): (name → address, read-only ones, read-write ones).

    WASM linear memory (the defined `abi.WASM_MEMORY_SYMBOL` that `wasm_memory_global` makes) comes last in the
    rw data, at its alignment of a page. Raises UnsupportedError for any other declared global."""
    for gv in globals_:
        if gv.is_declaration:
            raise UnsupportedError(f"global @{gv.name} is declared but not defined")
    ro = [g for g in globals_ if g.constant]
    rw = sorted((g for g in globals_ if not g.constant), key=lambda g: g.name == abi.WASM_MEMORY_SYMBOL)
    ro_addr, ro_size = _place(ro, abi.RO_DATA_BASE)
    rw_addr, _ = _place(rw, abi.RW_DATA_BASE + round_zone(ro_size))
    return {**ro_addr, **rw_addr}, ro, rw


def _data(globals_: list[GlobalVar], addresses: dict[str, int], base: int,
          function_address: dict[str, int]) -> bytes:
    if not any(g.size for g in globals_):
        return b""
    end = max(addresses[g.name] + g.size for g in globals_ if g.size) - base
    data = bytearray(end)
    for gv in globals_:
        start = addresses[gv.name] - base
        data[start:start + len(gv.data)] = gv.data
        for rel in gv.relocations:
            if isinstance(rel.target, FunctionAddr):
                value = function_address[rel.target.name]
            else:
                value = (addresses[rel.target.name] + rel.target.offset) & 0xFFFFFFFF
            data[start + rel.offset:start + rel.offset + rel.size] = value.to_bytes(rel.size, "little")
    return bytes(data)


@dataclass(frozen=True)
class WasmMemory:
    """The linear memory of a module translated from WASM (abi, "WebAssembly linear memory")."""

    base: int
    """PVM address of WASM address 0 (bytes)."""
    initial_pages: int
    """Pages of 64 KiB present at start."""
    max_pages: int
    """Pages of 64 KiB memory.grow may reach; all of them are mapped."""

    @property
    def end(self) -> int:
        """First PVM address after the mapped linear memory: base + max_pages · 65536."""
        return self.base + self.max_pages * abi.WASM_PAGE_SIZE


def _u32_words(gv: GlobalVar, count: int) -> list[int] | None:
    if gv.is_declaration or not gv.constant or gv.size != 4 * count or gv.relocations:
        return None
    return [int.from_bytes(gv.data[4 * i:4 * i + 4], "little") for i in range(count)]


def wasm_memory(module: Module, addresses: dict[str, int]) -> WasmMemory | None:
    """The WASM linear memory `module` describes, at the address the link gave `abi.WASM_MEMORY_SYMBOL`
    (`addresses`: global name -> PVM address; `plan_link` places it in every module from WASM), or None for a
    module not from WASM.

    Raises CompileError when the memory symbol is used but `abi.WASM_MEMORY_PAGES_SYMBOL` is not a constant
    `[2 x i32]` of initial and maximum pages with initial <= maximum.
    """
    if abi.WASM_MEMORY_SYMBOL not in addresses:
        return None
    pages_var = next((g for g in module.globals if g.name == abi.WASM_MEMORY_PAGES_SYMBOL), None)
    pages = _u32_words(pages_var, 2) if pages_var is not None else None
    if pages is None or pages[0] > pages[1]:
        raise CompileError(f"@{abi.WASM_MEMORY_SYMBOL} needs @{abi.WASM_MEMORY_PAGES_SYMBOL} (constant [2 x i32] "
                           "[initial, max]) defined beside it")
    return WasmMemory(addresses[abi.WASM_MEMORY_SYMBOL], pages[0], pages[1])


def wasm_memory_global(module: Module) -> GlobalVar | None:
    """The definition the linker gives `abi.WASM_MEMORY_SYMBOL` in a module from WASM (one that defines
    `abi.WASM_MEMORY_PAGES_SYMBOL`; the declaration itself may be gone when no code addresses memory, and the
    stub still adds the base to the output pointer): the bytes of `abi.WASM_MEMORY_IMAGE_SYMBOL` (none when the
    module has no image), writable, aligned to `abi.WASM_MEMORY_ALIGN`. None for any other module. Raises
    CompileError for an image that is not a plain constant byte array."""
    if not any(g.name == abi.WASM_MEMORY_PAGES_SYMBOL and not g.is_declaration for g in module.globals):
        return None
    image = next((g for g in module.globals if g.name == abi.WASM_MEMORY_IMAGE_SYMBOL), None)
    if image is not None and (image.is_declaration or not image.constant or image.relocations):
        raise CompileError(f"@{abi.WASM_MEMORY_IMAGE_SYMBOL} must be a constant byte array")
    data = image.data if image is not None else b""
    return GlobalVar(abi.WASM_MEMORY_SYMBOL, len(data), abi.WASM_MEMORY_ALIGN, data)


def _fold_output_base(module: Module, entry: str, base: int) -> tuple[Module, bool]:
    """When every `ret` of the WASM entry `entry` returns a constant `ptr | len << 32` (ptr a WASM address), the
    same constant with ptr + `base` (mod 2^32): the PVM address, so that its stub needs no `add` (abi "Entry").
    Returns the module and whether it folded."""
    fn = module.function(entry)
    if fn is None or fn.is_declaration:
        return module, False
    returns = [ins for ins in fn.instructions if ins.opcode == "ret"]
    if not returns or not all(len(r.operands) == 1 and isinstance(r.operands[0], Const) for r in returns):
        return module, False

    def pvm_result(ins: IRInstruction) -> IRInstruction:
        if ins.opcode != "ret":
            return ins
        value = ins.operands[0]
        assert isinstance(value, Const)
        address = (value.value + base) & 0xFFFFFFFF
        return replace(ins, operands=(Const(value.value & ~0xFFFFFFFF | address, value.bits),))

    blocks = tuple(replace(b, instructions=tuple(pvm_result(i) for i in b.instructions)) for b in fn.blocks)
    folded = replace(fn, blocks=blocks)
    return replace(module, functions=tuple(folded if f.name == entry else f for f in module.functions)), True


def resolve_global(module: Module, name: str, address: int) -> Module:
    """`module` with every operand `GlobalAddr(name, offset)` of its instructions replaced by the constant
    (address + offset) mod 2^bits of the operand's width: the linker's choice of a symbol's address (the base of
    WASM linear memory), fixed before any function is lowered, so that selection, allocation, lowering and the
    verifier see the constant the frontend would have written had it known the address."""
    def resolved(op: Operand, bits: int) -> Operand:
        if isinstance(op, GlobalAddr) and op.name == name:
            width = bits or 32
            return Const((address + op.offset) & ((1 << width) - 1), width)
        return op

    functions = []
    for fn in module.functions:
        blocks = []
        for block in fn.blocks:
            instructions = []
            for ins in block.instructions:
                operands = tuple(resolved(op, t.bits) for op, t in zip(ins.operands, ins.operand_types))
                incoming = tuple((pred, resolved(op, ins.type.bits)) for pred, op in ins.phi_incoming)
                callee = resolved(ins.callee_operand, 32) if ins.callee_operand is not None else None
                if operands != ins.operands or incoming != ins.phi_incoming or callee != ins.callee_operand:
                    ins = replace(ins, operands=operands, phi_incoming=incoming, callee_operand=callee)
                instructions.append(ins)
            blocks.append(replace(block, instructions=tuple(instructions)))
        functions.append(replace(fn, blocks=tuple(blocks)) if fn.blocks else fn)
    return replace(module, functions=tuple(functions))


def heap_pages_for(memory: WasmMemory | None, ro_size: int, rw_size: int, requested: int) -> int:
    """SPI heap pages (field z) so that `memory` lies inside the writable rw/heap region (GP A.42).

    The region starts at h = 2·Z_Z + Z(`ro_size`) and ends at h + P(`rw_size`) + z·Z_P; sizes in bytes.
    Returns max(`requested`, the pages needed to reach `memory.end`), or `requested` without WASM memory (the
    memory's image, if any, is the tail of the rw data: `layout_globals`). Raises CompileError when z would exceed
    2^16 - 1.
    """
    if memory is None:
        return requested
    heap_start = abi.RW_DATA_BASE + round_zone(ro_size)
    needed = -(-(memory.end - heap_start - round_page(rw_size)) // abi.PAGE_SIZE)
    if needed > 0xFFFF:
        fits = (heap_start + round_page(rw_size) + 0xFFFF * abi.PAGE_SIZE - memory.base) // abi.WASM_PAGE_SIZE
        raise CompileError(f"WASM linear memory of {memory.max_pages} pages at {memory.base:#x} needs {needed} heap "
                           f"pages, more than the SPI limit of 65535 (at most {fits} WebAssembly pages fit)")
    return max(requested, needed)


def _stub_body(entry: str, start: str, jump_table: JumpTable, result: abi.ResultRegisters,
               reads: tuple[bool, bool] = (True, True),
               output_base: int | None = None) -> list[Instruction | SymbolicInstruction | Label]:
    """One entry's stub from label `start`: canonicalise r1, call `entry`(r7, r8), split its i64 result into r7
    (address, plus `output_base` mod 2^32 when the entry returns a WASM address) and r8 (length, or with
    `ResultRegisters.END` the end address r7 + length; abi "Entry"), halt. `reads` says whether the entry reads
    its arguments pointer and length: an argument it never reads is not passed (issue 18: the stub moves only
    what the entry function reads)."""
    ret = f"{start}/ret"
    jump_table.address(ret)
    R = abi.Reg
    return [
        Label(start),
        Instruction(Opcode.ADD_IMM_32, ra=R.SP, rb=R.SP, x=0),
        *([Instruction(Opcode.ADD_IMM_32, ra=R.P0, rb=R.A0, x=0)] if reads[0] else []),
        *([Instruction(Opcode.ADD_IMM_32, ra=R.P1, rb=R.A1, x=0)] if reads[1] else []),
        SymbolicInstruction(Opcode.LOAD_IMM_JUMP, ra=R.RA, x_label=ret, target=entry_label(entry)),
        Label(ret),
        Instruction(Opcode.SHLO_R_IMM_64, ra=R.A1, rb=R.A0, x=32),
        *([Instruction(Opcode.ADD_IMM_32, ra=R.A0, rb=R.A0, x=imm32(output_base))] if output_base is not None
          else []),
        Instruction(Opcode.SHLO_L_IMM_64, ra=R.A0, rb=R.A0, x=32),
        Instruction(Opcode.SHLO_R_IMM_64, ra=R.A0, rb=R.A0, x=32),
        *([Instruction(Opcode.ADD_64, rd=R.A1, ra=R.A0, rb=R.A1)] if result is abi.ResultRegisters.END else []),
        Instruction(Opcode.LOAD_IMM, ra=R.RA, x=imm32(abi.HALT_ADDRESS)),
        Instruction(Opcode.JUMP_IND, ra=R.RA, x=0),
    ]


def entry_stub(entry: str, jump_table: JumpTable, result: abi.ResultRegisters = abi.ResultRegisters.LENGTH,
               secondary: str | None = None, module: Module | None = None,
               output_base: dict[str, int] | None = None) -> tuple[EmittedInstruction, ...]:
    """Code at pc 0: the stub of `entry` (`_stub_body`). With a `secondary` entry: `jump` to the stub of `entry`
    at pc 0, 5 bytes (its offset fixed at 4 bytes, `SymbolicInstruction.offset_bytes`), and the stub of
    `secondary` at pc 5 (abi `SECONDARY_ENTRY_PC`). With the `module`, an argument register the entry function
    never reads is not set; `output_base` maps an entry that returns a WASM address to the base of linear memory
    (`_stub_body`)."""
    bases = output_base or {}
    if secondary is None:
        seq = _stub_body(entry, STUB, jump_table, result, _reads(module, entry), bases.get(entry))
    else:
        first = f"{STUB}/{entry}"
        head = SymbolicInstruction(Opcode.JUMP, target=first, offset_bytes=OFFSET_BYTES)
        if len(encode(head.placeholder(), 0, OFFSET_BYTES)) != abi.SECONDARY_ENTRY_PC:
            raise AssertionError("the jump at pc 0 must be 5 bytes long")
        seq = [Label(STUB), head,
               *_stub_body(secondary, f"{STUB}/{secondary}", jump_table, result, _reads(module, secondary),
                           bases.get(secondary)),
               *_stub_body(entry, first, jump_table, result, _reads(module, entry), bases.get(entry))]
    return tuple(EmittedInstruction(item, None) for item in seq)


def _reads(module: Module | None, entry: str) -> tuple[bool, bool]:
    """Whether the defined function `entry` of `module` reads its first and its second parameter (both, when
    unknown)."""
    fn = module.function(entry) if module is not None else None
    if fn is None or fn.is_declaration:
        return True, True
    used = use_counts(fn)
    params = {v.param_index: v.id for v in fn.values if v.param_index is not None}
    first, second = (params.get(k) is None or params[k] in used for k in (0, 1))
    return first, second


def secondary_entry(module: Module, entry: str) -> str | None:
    """`abi.SECONDARY_ENTRY` when `module` defines it (checked like the entry) and it is not `entry`, else None."""
    fn = module.function(abi.SECONDARY_ENTRY)
    if fn is None or fn.is_declaration or entry == abi.SECONDARY_ENTRY:
        return None
    check_entry(module, abi.SECONDARY_ENTRY)
    return abi.SECONDARY_ENTRY


@dataclass(frozen=True)
class LinkPlan:
    """What linking decides before any function is emitted: the reachable functions and globals, the globals'
    addresses, the jump table and the link context every function is lowered in."""

    module: Module
    """The IR module being linked."""
    entry: str
    """The entry function's name."""
    functions: tuple[Function, ...]
    """Defined functions reachable from the entry, in module order (the code order)."""
    globals: tuple[GlobalVar, ...]
    """Globals reachable from the entry, in module order."""
    addresses: dict[str, int]
    """Global name -> PVM address."""
    read_only: tuple[GlobalVar, ...]
    """The constant globals (read-only data)."""
    read_write: tuple[GlobalVar, ...]
    """The other globals (read-write data)."""
    jump_table: JumpTable
    """The program's jump table (entries are added while functions are lowered)."""
    stub: tuple[EmittedInstruction, ...]
    """The entry stub at pc 0."""
    ctx: LinkContext
    """What lowering needs to know about the program (addresses, labels, signatures, stack size)."""
    stack_size: int
    """Stack size in bytes (SPI field s)."""


@dataclass(frozen=True)
class FunctionLabel:
    """`LinkContext.function_label` of a program: a defined function's entry label. A value, not a closure, so
    a link context travels to worker processes (`BuildOptions.jobs`)."""

    defined: frozenset[str]
    """The names of the program's defined functions."""

    def __call__(self, name: str) -> str:
        """The entry label of function `name`; UnsupportedError when the program does not define it."""
        if name not in self.defined:
            raise UnsupportedError(f"reference to undefined function @{name}")
        return entry_label(name)


def plan_link(module: Module, entry: str = "main", stack_size: int = abi.DEFAULT_STACK_SIZE,
              result: abi.ResultRegisters = abi.ResultRegisters.LENGTH) -> LinkPlan:
    """Check the entry, find what is reachable from it, lay out the globals and make the link context; `result`
    says what the entry stub leaves in r8. Raises CompileError for a missing or mis-typed entry,
    UnsupportedError for declared-only globals."""
    check_entry(module, entry)
    secondary = secondary_entry(module, entry)
    functions, globals_ = reachable(module, entry, secondary)
    memory = wasm_memory_global(module)
    if memory is not None:
        globals_ = [g for g in globals_ if g.name != abi.WASM_MEMORY_SYMBOL] + [memory]
    addresses, ro, rw = layout_globals(globals_)
    base = addresses.get(abi.WASM_MEMORY_SYMBOL) if memory is not None else None
    output_base: dict[str, int] = {}
    if base is not None:
        module = resolve_global(module, abi.WASM_MEMORY_SYMBOL, base)
        for name in (entry, secondary):
            if name is not None:
                module, folded = _fold_output_base(module, name, base)
                if not folded:
                    output_base[name] = base
        names = {f.name for f in functions}
        functions = [f for f in module.functions if f.name in names]
    jump_table = JumpTable()
    stub = entry_stub(entry, jump_table, result, secondary, module, output_base)
    defined = {f.name for f in functions}

    function_label = FunctionLabel(frozenset(defined))
    signatures = {f.name: (tuple(t.bits for t in f.param_types), f.return_type.bits) for f in functions}
    ctx = LinkContext(global_address=addresses, function_label=function_label, jump_entry=jump_table.address,
                      signatures=signatures, stack_size=stack_size,
                      entry_only=entered_only_from_stub(functions, globals_))
    for gv in globals_:
        for rel in gv.relocations:
            if isinstance(rel.target, FunctionAddr):
                jump_table.address(function_label(rel.target.name))
    return LinkPlan(module, entry, tuple(functions), tuple(globals_), addresses, tuple(ro), tuple(rw), jump_table,
                    stub, ctx, stack_size)


def frames_that_fit(plan: LinkPlan, frames: dict[str, int]) -> frozenset[str]:
    """The functions whose stack check can go: every chain of calls from an entry of the program down to one of
    them lowers r1 by at most the stack size, counting its own frame (`frames`: function name -> frame bytes).

    The stack pointer starts at `abi.STACK_TOP` at each entry (the stub canonicalises it), only prologues lower
    it, and a call pushes nothing (the return address travels in r0), so r1 inside a function is STACK_TOP minus
    the frames of the chain that called it. That sum is bounded only where the calls above the function are all
    known: a program that makes an indirect call keeps every check; a function on a cycle of calls, or called
    from one, keeps its check; every other function gets the deepest chain above it (a longest path in the
    acyclic call graph) and drops its check when that plus its frame is at most `stack_size`."""
    names = {fn.name for fn in plan.functions}
    callees: dict[str, set[str]] = {name: set() for name in names}
    for fn in plan.functions:
        for ins in fn.instructions:
            if not is_outgoing_call(ins):
                continue
            if ins.callee is None or ins.callee not in names:
                return frozenset()   # an indirect call (or one the link cannot see): no chain is known
            callees[fn.name].add(ins.callee)
    roots = [plan.entry] + ([second] if (second := secondary_entry(plan.module, plan.entry)) else [])
    above: dict[str, int] = {}   # the deepest chain of frames above each function, where it is bounded
    unbounded: set[str] = set()
    state: dict[str, int] = {}   # 1 on the depth-first stack, 2 done
    order: list[str] = []

    def visit(name: str) -> None:   # postorder; a back edge marks its target unbounded
        stack = [(name, iter(sorted(callees[name])))]
        state[name] = 1
        while stack:
            node, pending = stack[-1]
            child = next(pending, None)
            if child is None:
                stack.pop()
                state[node] = 2
                order.append(node)
            elif state.get(child) == 1:
                unbounded.add(child)
            elif child not in state:
                state[child] = 1
                stack.append((child, iter(sorted(callees[child]))))

    for root in roots:
        if root in names and root not in state:
            visit(root)
            above[root] = 0
    for node in reversed(order):   # reverse postorder: callers before callees, back edges aside
        if node in unbounded or node not in above:
            unbounded.add(node)
            for child in callees[node]:
                unbounded.add(child)
            continue
        for child in callees[node]:
            above[child] = max(above.get(child, 0), above[node] + frames.get(node, 0))
    room = abi.STACK_TOP - abi.stack_limit(plan.stack_size)
    return frozenset(name for name in order if name not in unbounded and above[name] + frames.get(name, 0) <= room)


def link(plan: LinkPlan, allocations: tuple[Allocation, ...], *, heap_pages: int = abi.DEFAULT_HEAP_PAGES,
         passes: Passes = Passes(), faults: Faults = NO_FAULTS) -> BuildResult:
    """Emit every function of `plan` with its allocation (`allocations`, parallel to `plan.functions`), run the
    optional `passes` (`emitter.pipeline.Passes`; with frame elision, the stack checks `frames_that_fit` proves
    unneeded are dropped), lay out the code and data and return the standard program. `heap_pages` is the SPI
    field z before a WASM module's needs are added; `faults` the build's test-only fault switches. Raises
    UnsupportedError / CompileError from lowering and layout (module docstring)."""
    emitted = tuple(emit(fn, plan.ctx, a, passes, faults=faults)
                    for fn, a in zip(plan.functions, allocations))
    if passes.elide_frames:
        fitting = frames_that_fit(plan, {e.name: e.frame.size for e in emitted})
        emitted = tuple(drop_stack_check(e) if e.name in fitting else e for e in emitted)
    for e in emitted:
        logger.debug("%s", e.counters.log_line(e.name))
    sections = [(STUB, plan.stub)] + [(e.name, e.instructions) for e in emitted]
    layout = lay_out(sections, plan.jump_table)
    jumps = plan.jump_table.addresses()
    fn_addr = {f.name: jumps[entry_label(f.name)] for f in plan.functions if entry_label(f.name) in jumps}
    ro_data = _data(list(plan.read_only), plan.addresses, abi.RO_DATA_BASE, fn_addr)
    rw_base = abi.RW_DATA_BASE + round_zone(len(ro_data))
    rw_data = _data(list(plan.read_write), plan.addresses, rw_base, fn_addr)
    pages = heap_pages_for(wasm_memory(plan.module, plan.addresses), len(ro_data), len(rw_data), heap_pages)
    program = StandardProgram(ro_data=ro_data, rw_data=rw_data, heap_pages=pages, stack_size=plan.stack_size,
                              code=CodeBlob(layout.code, layout.mask, layout.jump_table))
    ranges = {name: end - start for name, start, end in layout.section_ranges}
    stats = tuple(FunctionStats(e.name, e.ir_instruction_count, e.pvm_instruction_count, ranges[e.name], a,
                                e.counters)
                  for e, a in zip(emitted, allocations))
    return BuildResult(program=program, functions=stats, emitted=emitted, layout=layout, module=plan.module,
                       global_addresses=tuple(sorted(plan.addresses.items(), key=lambda kv: kv[1])))
