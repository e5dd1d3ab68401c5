"""Check 3's engine: the PVM code of every IR instruction computes what the IR instruction computes, for all inputs.

What it does: `check_selection(function, emitted, model, timeout_ms)` takes each IR instruction (a conditional
`br` together with the `icmp` of its block it branches on, `verifier.model.fused_owner`) and the emitted
instructions whose provenance is it, and runs that code symbolically on z3 bit-vectors through the one semantics
table the interpreter runs (`pvm_backend.semantics.execute` on `verifier.z3_bitvec.Z3BitVec`), path by path
(a branch forks the path; a loop ends the attempt: the instruction is then not covered). The inputs are the
code's claims (check 2's model, `CodeModel.claims`): a register or frame cell read as SSA value v holds v's
register image (`pvm_backend.abi.canonical_image` of a z3 variable of v's IR width, one per value class of
`verifier.model.value_classes`; a static alloca's is the stack pointer plus its frame offset). What the IR says
comes from `verifier.ir_semantics.evaluate`. z3 then proves, for every path and whenever the IR instruction is
defined (no undefined behaviour, no poison):

  * every definition of the result in the code (`CodeModel.defs`) holds the result's register image;
  * an identity cast (a class member, `value_classes`) really leaves the register image unchanged;
  * memory outside the frame's value cells afterwards is what the IR's store leaves (unchanged for every other
    instruction); the value cells are check 2's;
  * a conditional branch or a switch leaves for the IR successor its condition picks (the exit is followed
    through the edge's phi copies and jumps to the first IR block label) on every path through its code (an
    icmp whose branch comes later, after other code, is checked up to where its own code ends);
  * no path traps.
Code the function's entry never reaches (through the model's edges) is not explored: it never runs.

Proofs are cached twice. By skeleton (`_Function.skeleton`): plain data that determines the query up to the
renaming of its variables (the IR instruction with its operands as tokens, the reachable code with its claims,
value cells named by order of use); a group whose skeleton was proved costs no z3 terms at all. By shape: the
built query with its variables renamed in order of first use (`_canonical`), for groups whose skeletons differ
but whose queries agree. A function with thousands of instructions costs a few hundred distinct queries. The approach is
translation validation per instruction as in Alive2 (Lopes et al., PLDI 2021) and ARM-TV for LLVM's AArch64
backend (Dasgupta et al.), with the IR side restricted to the integer subset pvmc lowers.

Assumes: check 2 proves the claims (check 3 trusts what they say is in a location); IR pointers never reach the
frame's value cells (`verifier.model`); registers hold canonical register images of the values claimed in them
(every definition is checked to produce one); the stack pointer is a canonical (sign-extended) 32-bit address.

Guarantees: PROVED only when every obligation of every covered instruction is proved; a z3 unknown or the time
limit gives UNKNOWN unless a trial finds a counterexample (`_falsify`); each refuted instruction gives one
`SelectionCounterexample` with input values that show it. Instructions outside the subset (calls, phis,
returns, unconditional branches, aggregates, loops in the code) are counted in `InstructionCoverage.not_covered`,
never as proved. An operand wider than 64 bits (i65..i128) is a variable of its width whose two words (of its
value sign-extended to 128 bits, the abi's two-word form) are check 2's values (`CodeModel.parts`); a store of a
word of such a result into its home must store that word. The words of a wide phi are not (its edge copies
define them, `verifier.model`), so an instruction reading one is not covered. When z3 gives up on a query, seeded
trials of edge and random inputs (`_falsify`) may still satisfy it: an assignment that evaluates to true is a
counterexample whatever the solver said.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import random
from collections.abc import Sequence
from dataclasses import dataclass, field

import z3

from pvm_backend import abi
from pvm_backend.emitter.items import EmittedFunction, Label, SymbolicInstruction
from pvm_backend.ir import Const, Function, FunctionAddr, GlobalAddr, Instruction as IRInstruction, Operand, Undef
from pvm_backend.ir import ValueRef
from pvm_backend.isa import Instruction, Opcode
from pvm_backend.semantics import execute

from . import ir_semantics
from .effects import effects
from .ir_semantics import POINTER_BITS, Outcome, width
from .model import ENTRY_REGISTERS, NUM_REGISTERS, CodeModel, fused_owner
from .result import Finding, InstructionCoverage, SelectionCounterexample, Status
from .z3_bitvec import Z3BitVec

logger = logging.getLogger("verifier")
BV = Z3BitVec()
SP = int(abi.Reg.SP)
_MAX_PATHS = 64
_MAX_STEPS = 400
_PREPROCESSED = z3.Then("simplify", "solve-eqs", "elim-uncnstr", "smt")
"""The solver of a query the rewriter did not decide: z3's rewriter, equation solving and elimination of
unconstrained terms before the SMT core. Over the corpus's 290 such queries (both allocation modes, one process)
it takes 0.31 s where `z3.Solver()` took 0.97 s (its automatic configuration costs about 3 ms a query), with the
same answers; a counterexample's model is mapped back to the query's variables by the tactics' model
converters."""



def _word(value: z3.BitVecRef, k: int) -> z3.BitVecRef:
    """Word k (0 low, 1 high) of an integer wider than 64 bits in the abi's two-word form: the value
    sign-extended from its top bit to 128 bits (`pvm_backend.abi.wide_word`)."""
    if value.size() < 128:
        value = z3.SignExt(128 - value.size(), value)
    return z3.Extract(64 * k + 63, 64 * k, value)

class _Uncovered(Exception):
    """The code of one IR instruction is outside what check 3 models (a loop, a dynamic jump, a host call)."""


def _image(value: z3.BitVecRef) -> z3.BitVecRef:
    """The 64-bit register image of an IR value term of its width (`abi.canonical_image`)."""
    bits = value.size()
    return abi.canonical_image(BV, value if bits == 64 else z3.ZeroExt(64 - bits, value), bits)


_Chooser = tuple[IRInstruction, tuple[tuple[z3.BoolRef, int], ...]]
"""A terminator that picks a successor (conditional `br`, `switch`) with its (condition, block) edges."""


@dataclass
class _State:
    """One path through an IR instruction's code."""

    position: int
    regs: list[z3.BitVecRef | None]
    """Each register's content; None: still what it held at the code's entry (`_Function.entry_register`)."""
    cells: dict[int, z3.BitVecRef]
    memory: z3.ArrayRef
    condition: list[z3.BoolRef] = field(default_factory=list)
    seen: frozenset[int] = frozenset()
    steps: int = 0
    bound: dict[int, z3.BitVecRef] = field(default_factory=dict)
    """z3 ids of the entry symbols a claim has bound (to their image, a fact of the query)."""
    entry: int = 0
    """The point the path started at (names its entry symbols)."""
    left_at: int = -1
    """Item position the path went to after its last instruction (before labels are skipped)."""


def _entry_register(index: int, state: _State, query: _Query) -> z3.BitVecRef:
    """The content of register `index` on `state`'s path, creating its entry symbol on first use."""
    value = state.regs[index]
    if value is None:
        value = state.regs[index] = query.use(z3.BitVec(f"r{index}_at{state.entry}", 64))
    return value


class _Machine:
    """`semantics.Machine` over one path's state: value cells of the frame by offset, the rest of memory as an
    array; control effects are recorded for the walker."""

    def __init__(self, state: _State, sp: z3.BitVecRef, is_cell: set[int], query: _Query) -> None:
        self.s = state
        self.query = query
        self.sp = sp
        self.is_cell = is_cell
        self.branch_cond: z3.BoolRef | None = None
        self.jumped = False
        self.trapped = False

    def _cell(self, address: z3.BitVecRef, size: int) -> int | None:
        delta = z3.simplify(z3.Extract(31, 0, address) - z3.Extract(31, 0, self.sp))
        if not z3.is_bv_value(delta):
            return None
        offset = delta.as_long()
        offset = offset - (1 << 32) if offset >> 31 else offset
        if offset in self.is_cell:
            if size != 8:
                raise _Uncovered(f"a {size}-byte access to the value cell at sp+{offset}")
            return offset
        return None

    def reg(self, index: int) -> z3.BitVecRef:
        return _entry_register(index, self.s, self.query)

    def set_reg(self, index: int, value: z3.BitVecRef) -> None:
        self.s.regs[index] = value

    def load(self, address: z3.BitVecRef, size: int) -> z3.BitVecRef:
        cell = self._cell(address, size)
        if cell is not None:
            if cell not in self.s.cells:
                self.s.cells[cell] = self.query.use(z3.FreshConst(z3.BitVecSort(64), f"cell{cell}"))
            return self.s.cells[cell]
        word = ir_semantics.load_bytes(self.s.memory, z3.Extract(31, 0, address), size)
        return word if size == 8 else z3.ZeroExt(64 - 8 * size, word)

    def store(self, address: z3.BitVecRef, size: int, value: z3.BitVecRef) -> None:
        cell = self._cell(address, size)
        if cell is not None:
            self.s.cells[cell] = value
            return
        self.s.memory = ir_semantics.store_bytes(self.s.memory, z3.Extract(31, 0, address), size, value)

    def branch(self, cond: z3.BoolRef, target: int) -> None:
        self.branch_cond = cond

    def jump(self, target: int) -> None:
        self.jumped = True

    def djump(self, address: z3.BitVecRef) -> None:
        raise _Uncovered("a dynamic jump")

    def trap(self) -> None:
        self.trapped = True

    def host_call(self, index: int) -> None:
        raise _Uncovered("a host call")

    def sbrk(self, size: z3.BitVecRef) -> z3.BitVecRef:
        raise _Uncovered("sbrk")


@dataclass
class _Query:
    """The obligations of one IR instruction (group), ready for z3."""

    facts: list[z3.BoolRef] = field(default_factory=list)
    """What holds of the inputs (canonical images, alloca addresses)."""
    goals: list[tuple[str, z3.BoolRef]] = field(default_factory=list)
    """(what it says, formula) that must hold for all inputs."""
    bindings: list[tuple[z3.BitVecRef, z3.BitVecRef]] = field(default_factory=list)
    """(entry symbol, register image) claimed before any branch: the symbol is replaced by the image."""
    inputs: dict[int, z3.BitVecRef] = field(default_factory=dict)
    """Every variable of the query (z3 id → variable), in the order the query first used it: renaming them in
    this order gives the query's shape (`_canonical`)."""

    def use(self, var: z3.BitVecRef) -> z3.BitVecRef:
        """`var`, recorded as an input of the query."""
        self.inputs.setdefault(var.get_id(), var)
        return var


class _Function:
    """Check 3 over one function."""

    def __init__(self, function: Function, emitted: EmittedFunction, model: CodeModel) -> None:
        self.fn, self.em, self.m = function, emitted, model
        assert model.classes is not None
        self.rep = model.classes.representative
        self.first_constant = model.ir_values + len(ENTRY_REGISTERS)
        self.constants = model.classes.constants
        self.addresses = dict(emitted.addresses)
        self.tracked_wide = {wide for wide, _ in model.parts.values()}
        """The values wider than 64 bits whose words are check 2's values (not a phi's: `verifier.model`)."""
        frame = emitted.frame
        alloca_start = min(frame.alloca_of.values(), default=frame.size)
        self.is_cell = {off for off in set(model.frame_offsets.values())
                        if not alloca_start <= off < frame.size}
        self.is_cell |= {off for off in frame.slot_of.values()}
        self.cell_location = {off: loc for loc, off in model.frame_offsets.items()}
        # layout: item position of each point, and of each label
        self.position: list[int] = []
        self.label_position: dict[str, int] = {}
        for index, e in enumerate(emitted.instructions):
            if isinstance(e.instruction, Label):
                self.label_position[e.instruction.name] = index
            else:
                self.position.append(index)
        self.point_at = {pos: p for p, pos in enumerate(self.position)}
        self.block_at = {self.label_position[label]: block for block, label in emitted.block_labels
                         if label in self.label_position}
        self.points_of: dict[int, list[int]] = {}
        for p, ir in enumerate(model.ir_of):
            if ir is not None:
                self.points_of.setdefault(ir, []).append(p)
        self.predecessors: dict[int, list[int]] = {}
        successors: dict[int, list[int]] = {}
        for q, t in model.edges:
            self.predecessors.setdefault(t, []).append(q)
            successors.setdefault(q, []).append(t)
        # points the function's entry reaches (the model's edges: fall-through, branches, jumps, return sites);
        # code nothing reaches never runs and computes nothing (a loop's increment after a `goto` out, at -O0)
        self.reachable: set[int] = set()
        work = [0] if model.points else []
        while work:
            point = work.pop()
            if point not in self.reachable:
                self.reachable.add(point)
                work.extend(successors.get(point, ()))
        self.claims: dict[int, list[tuple[int, int]]] = {}
        for p, loc, v in model.claims:
            self.claims.setdefault(p, []).append((loc, v))
        self.defs: dict[int, list[tuple[int, int]]] = {}
        for p, loc, v in model.defs:
            self.defs.setdefault(p, []).append((loc, v))
        self.sp = z3.BitVec("sp", 64)
        self.vars: dict[int, z3.BitVecRef] = {}
        self.results: dict[int, tuple[IRInstruction, z3.BitVecRef]] = {}
        """Class representative → (group member, its IR result) of the group being checked."""

    # ---------------------------------------------------------------- values
    def class_image(self, value: int, query: _Query) -> z3.BitVecRef | None:
        """The register image of value id `value` (a class representative, a constant, or an IR value whose
        class is looked up); None for entry values and temporaries."""
        if value < self.m.ir_values:
            value = self.rep[value]
        if value in self.m.parts:   # a word of an i128 (`CodeModel.parts`)
            wide, k = self.m.parts[value]
            if wide in self.results:
                return _word(self.results[wide][1], k)
            return _word(self.variable(wide, query), k)
        if value >= self.first_constant:
            k = value - self.first_constant
            return z3.BitVecVal(self.constants[k], 64) if k < len(self.constants) else None
        if value >= self.m.ir_values:
            return None
        alloca = self.em.frame.alloca_of.get(value)
        if alloca is not None:
            # A static alloca is the stack pointer plus its offset, not a variable of its own: two allocas of
            # one query are then related by their offsets alone, which z3 sees without bit-level reasoning (as
            # variables tied to sp by facts, a store through one alloca to another ran past 10 s).
            address = query.use(self.sp) + alloca
            image = _image(z3.Extract(POINTER_BITS - 1, 0, address))
            query.facts.append(image == address)
            return image
        if width(self.fn.values[value].type) is None:
            return None
        return _image(self.variable(value, query))

    def variable(self, value: int, query: _Query) -> z3.BitVecRef:
        """The z3 variable of SSA value `value` (a class representative) at its IR width (`width`), an input of
        `query`."""
        if value not in self.vars:
            bits = width(self.fn.values[value].type)
            assert bits is not None
            self.vars[value] = z3.BitVec(f"v{value}", bits)
        return query.use(self.vars[value])

    def operand(self, op: Operand, bits: int, query: _Query, computed: dict[int, z3.BitVecRef]) -> z3.BitVecRef:
        """An operand as a term of `bits` bits: a group member's result, the low bits of its class's image, a
        constant, a link-time address, or any value for undef."""
        if isinstance(op, ValueRef):
            if op.id in computed:
                return computed[op.id]
            if bits > 64:   # an i128: its own variable (its words are the model's values, `class_image`)
                if op.id not in self.tracked_wide:   # a wide phi: its copies define its words, unnamed to check 2
                    raise _Uncovered(f"the words of %{op.id} are not check 2's values")
                return self.variable(op.id, query)
            image = self.class_image(op.id, query)
            if image is None:
                raise _Uncovered(f"operand %{op.id} has no register image")
            return z3.Extract(bits - 1, 0, image)
        if isinstance(op, Const):
            return z3.BitVecVal(op.value % (1 << bits), bits)
        if isinstance(op, Undef):
            return query.use(z3.FreshConst(z3.BitVecSort(bits), "undef"))
        if isinstance(op, GlobalAddr):
            if op.name not in self.addresses:
                raise _Uncovered(f"the address of @{op.name} is not known")
            return z3.BitVecVal((self.addresses[op.name] + op.offset) % (1 << bits), bits)
        if isinstance(op, FunctionAddr):
            if op.name not in self.addresses:
                raise _Uncovered(f"the address of @{op.name} is not known")
            return z3.BitVecVal(self.addresses[op.name] % (1 << bits), bits)
        raise _Uncovered(f"operand {op!r}")

    # ---------------------------------------------------------------- control
    def successor_block(self, position: int, group: set[int]) -> int | None:
        """The IR block an exit at item `position` reaches, through phi copies and the group's own jumps."""
        seen: set[int] = set()
        while position < len(self.em.instructions) and position not in seen:
            seen.add(position)
            if position in self.block_at:
                return self.block_at[position]
            e = self.em.instructions[position]
            ins = e.instruction
            if isinstance(ins, Label):
                position += 1
                continue
            ir = e.ir_instruction
            if ir is None or not (ir in group or self.fn.instructions[ir].opcode == "phi"):
                return None
            opcode = ins.opcode
            if opcode is Opcode.JUMP:
                if not isinstance(ins, SymbolicInstruction) or ins.target is None:
                    return None
                position = self.label_position[ins.target]
            elif opcode is Opcode.FALLTHROUGH or not _is_control(opcode):
                position += 1
            else:
                return None
        return None

    # ---------------------------------------------------------------- skeleton
    def skeleton(self, members: Sequence[IRInstruction]) -> tuple[object, ...]:
        """A plain-data key that determines the query `group_query(members)` builds, up to the renaming of its
        variables: groups with equal skeletons have the same query, so one proof serves them all without
        building the second one's z3 terms (the shape cache `_SHAPES` needs the terms built first).

        It holds everything `group_query` reads: each member's IR fields except ids, names and block ids; every
        operand, claim and definition as a token (the member whose result it is; a constant class's value; an
        alloca's frame offset; a global's address; else the value class, numbered in order of first appearance, with
        its width); every code item reachable from the group's entries by falling through or following a label (the
        concrete instruction executed, the claims and definitions of its point), with positions relative to the
        group's first point, and whether it is the branch's own; for a conditional branch or a switch, which
        successor every label or exit on those
        paths leads to (`successor_block`). Frame offsets: when the stack pointer's value reaches nothing but the
        addresses of loads and stores (`_sp_only_an_address`), a value cell's offset becomes a token numbered like
        the value classes (the query names cells by offset, renamed like every other variable) and any other offset
        stays as it is; otherwise every offset stays and the function's set of value cells is part of the key.
        Registers other than the stack pointer are renumbered in order of first use.
        Anything not in it is the same for every group of the function or of any function."""
        ids = {ins.id for ins in members}
        values: dict[int, int] = {}
        cells: dict[int, int] = {}
        key: list[object] = []

        def class_token(value: int) -> tuple[object, ...]:
            if value < self.m.ir_values:
                value = self.rep[value]
            if value in self.m.parts:   # a word of an i128: of a member's result, or of an input's variable
                wide, k = self.m.parts[value]
                return ("word", results.get(wide), class_token(wide), k)
            if value >= self.first_constant:
                k = value - self.first_constant
                return ("k", self.constants[k]) if k < len(self.constants) else ("none",)
            if value >= self.m.ir_values:
                return ("none",)
            alloca = self.em.frame.alloca_of.get(value)
            if alloca is not None:
                return ("alloca", alloca)
            bits = width(self.fn.values[value].type)
            if bits is None:
                return ("none",)
            return ("v", values.setdefault(value, len(values)), bits)

        results = {}
        for index, ins in enumerate(members):
            if ins.result is not None:
                results[self.rep[ins.result]] = index

        def value_token(value: int) -> tuple[object, ...]:
            return (results.get(value), class_token(value))

        computed: dict[int, int] = {}
        undefs: dict[int, int] = {}

        def operand_token(op: Operand) -> object:
            if isinstance(op, ValueRef):
                return (computed.get(op.id), class_token(op.id))   # a member's result, else its class
            if isinstance(op, (GlobalAddr, FunctionAddr)):
                address = self.addresses.get(op.name)
                return (type(op).__name__, None if address is None else address + getattr(op, "offset", 0))
            if isinstance(op, Undef):   # one fresh variable per operand object of an instruction
                return ("undef", undefs.setdefault(id(op), len(undefs)))
            return op

        for index, ins in enumerate(members):
            undefs.clear()
            # an index operand's width is that of the equal operand of the instruction, if any (`group_query`)
            gep = None if ins.gep is None else (
                ins.gep.source_type, ins.gep.offset,
                tuple((operand_token(o), ins.operands.index(o) if o in ins.operands else None, w, k)
                      for o, w, k in ins.gep.terms))
            result = None if ins.result is None else (self.rep[ins.result] == ins.result, class_token(ins.result))
            # successors by first index: which edges lead to the same block, and each case's edge
            edges = (tuple(ins.successors.index(b) for b in ins.successors),
                     tuple((v, ins.successors.index(b)) for v, b in ins.switch_cases))
            key.append((ins.opcode, ins.type, ins.operand_types, ins.predicate, ins.flags, ins.align,
                        ins.allocated_type, ins.indices, edges, gep, result,
                        tuple(operand_token(o) for o in ins.operands)))
            if ins.result is not None:
                computed[ins.result] = index
        points = sorted(p for i in ids for p in self.points_of.get(i, ()))
        if not points:
            return tuple(key)
        base = self.position[points[0]]
        point_set = set(points)
        entries = [p for p in points if p in self.reachable
                   and (p == 0 or not any(q in point_set for q in self.predecessors.get(p, ())))]
        decision = next((p for p in points if self.m.text[p].startswith("branch")), None)
        key.append(("entries", tuple(self.position[p] - base for p in entries),
                    None if decision is None else self.position[decision] - base))
        # the stack pointer only as the base of loads and stores: cell offsets can be tokens
        reachable: list[int] = []
        seen: set[int] = set()
        stack = [self.position[p] for p in reversed(entries)]
        while stack:
            position = stack.pop()
            if position in seen:
                continue
            seen.add(position)
            reachable.append(position)
            e = self.em.instructions[position] if position < len(self.em.instructions) else None
            if e is not None and isinstance(e.instruction, Label):
                stack.append(position + 1)
            elif e is not None and e.ir_instruction in ids:
                ins = e.instruction
                if isinstance(ins, SymbolicInstruction) and ins.target is not None \
                        and ins.target in self.label_position:
                    stack.append(self.label_position[ins.target])
                stack.append(position + 1)
        code = [(p, self.em.instructions[p]) for p in reachable if p < len(self.em.instructions)]
        abstract = all(_sp_only_an_address(e.instruction) for _, e in code
                       if not isinstance(e.instruction, Label) and e.ir_instruction in ids)
        if not abstract:
            key.append(("cells", frozenset(self.is_cell)))

        # Registers other than sp are renamed in order of first use: a register's number reaches the query only
        # through the name of its entry symbol, which `_canonical` renames too (sp holds the stack pointer).
        registers = {SP: SP}
        free = [r for r in range(NUM_REGISTERS) if r != SP]

        def register(r: int) -> int:
            if r not in registers:
                registers[r] = free[len(registers) - 1]
            return registers[r]

        def offset_token(offset: int) -> object:
            if abstract and offset in self.is_cell:
                return ("cell", cells.setdefault(offset, len(cells)))
            return offset

        chooser = next((ins for ins in members if ins.opcode in ("br", "switch")), None)
        for position in reachable:
            e = self.em.instructions[position] if position < len(self.em.instructions) else None
            where = position - base
            exit_to = None
            if chooser is not None and (e is None or isinstance(e.instruction, Label)
                                        or e.ir_instruction not in ids):
                block = self.successor_block(position, ids)
                exit_to = chooser.successors.index(block) if block in chooser.successors else None
            if e is None or e.ir_instruction not in ids and not isinstance(e.instruction, Label):
                key.append((where, "exit", exit_to))
                continue
            ins = e.instruction
            if isinstance(ins, Label):
                key.append((where, "label", exit_to))
                continue
            concrete = ins.placeholder() if isinstance(ins, SymbolicInstruction) else ins
            target = None
            if isinstance(ins, SymbolicInstruction) and ins.target is not None:
                target = self.label_position.get(ins.target, -1) - base
            point = self.point_at[position]
            offset = _frame_offset(concrete) if abstract else None
            if offset is not None:   # the immediate is the frame offset: the key has its token instead
                concrete = dataclasses.replace(concrete, x=0)
                memory = offset_token(offset)
            else:
                memory = None
            concrete = dataclasses.replace(concrete, **{f: register(r) for f in ("ra", "rb", "rd")
                                                        if (r := getattr(concrete, f)) is not None})
            claims = tuple((register(loc) if loc < NUM_REGISTERS else offset_token(self.m.frame_offsets[loc]),
                            value_token(value)) for loc, value in self.claims.get(point, []))
            defs = tuple((register(loc) if loc < NUM_REGISTERS else offset_token(self.m.frame_offsets[loc]),
                          value_token(value)) for loc, value in self.defs.get(point, []))
            key.append((where, concrete, memory, target, claims, defs,
                        chooser is not None and e.ir_instruction == chooser.id))
        return tuple(key)

    # ---------------------------------------------------------------- one group
    def group_query(self, members: Sequence[IRInstruction]) -> _Query | None:
        """The obligations of one group of IR instructions (an instruction, or an icmp with its fused branch);
        None when nothing in it is in the subset. Raises _Uncovered when its code is outside the model."""
        query = _Query()
        self.results = {}
        ids = {ins.id for ins in members}
        memory0 = z3.Array("memory", z3.BitVecSort(32), z3.BitVecSort(8))
        computed: dict[int, z3.BitVecRef] = {}
        outcomes: list[tuple[IRInstruction, Outcome]] = []
        memory = memory0
        for ins in members:
            operand_terms = {}

            def operand(op: Operand, ins: IRInstruction = ins) -> z3.BitVecRef:
                key = id(op)
                if key not in operand_terms:
                    bits = width(ins.operand_types[ins.operands.index(op)]) if op in ins.operands else 32
                    operand_terms[key] = self.operand(op, bits or 64, query, computed)
                return operand_terms[key]
            outcome = ir_semantics.evaluate(ins, operand, memory)
            if outcome is None:
                return None
            outcomes.append((ins, outcome))
            if outcome.value is not None and ins.result is not None:
                computed[ins.result] = outcome.value
            if outcome.memory is not None:
                memory = outcome.memory
        defined = z3.And(*[o.defined for _, o in outcomes])
        points = sorted(p for i in ids for p in self.points_of.get(i, ()))
        results: dict[int, tuple[IRInstruction, z3.BitVecRef]] = {}
        for ins, outcome in outcomes:
            if ins.result is not None and outcome.value is not None:
                results[self.rep[ins.result]] = (ins, outcome.value)
                if self.rep[ins.result] != ins.result and ins.opcode != "load":
                    # an identity cast: the class's image is unchanged (a forwarded load is the model's fact)
                    image = self.class_image(ins.result, query)
                    if image is not None:
                        query.goals.append((f"`{ins.text.strip()}` leaves the register image unchanged",
                                            z3.Implies(defined, _image(outcome.value) == image)))
        self.results = results
        point_set = set(points)
        entries = [p for p in points if p in self.reachable
                   and (p == 0 or not any(q in point_set for q in self.predecessors.get(p, ())))]
        chooser = next(((ins, o.successors) for ins, o in outcomes if o.successors), None)
        decision = next((p for p in points if self.m.text[p].startswith("branch")), None)
        for entry in entries:
            if self.m.text[entry].split()[0] in ("jump", "fallthrough"):
                continue   # control glue (an edge's jump to its successor): `successor_block` follows it
            if chooser is not None and decision is not None and entry > decision:
                continue   # the branch's code on an edge (a parallel move's scratch copy, the jump): check 2's
            self.explore(entry, ids, query, defined, results, memory, memory0, chooser)
        return query

    def explore(self, entry: int, ids: set[int], query: _Query, defined: z3.BoolRef,
                results: dict[int, tuple[IRInstruction, z3.BitVecRef]], memory_ir: z3.ArrayRef,
                memory0: z3.ArrayRef, chooser: _Chooser | None) -> None:
        """Every path from `entry` through the group's code, adding its obligations to `query`."""
        regs: list[z3.BitVecRef | None] = [None] * NUM_REGISTERS
        regs[SP] = self.sp
        work = [_State(self.position[entry], regs, {}, memory0, entry=entry)]
        paths = 0
        while work:
            s = work.pop()
            s.left_at = s.position
            while True:
                e = self.em.instructions[s.position] if s.position < len(self.em.instructions) else None
                if e is not None and isinstance(e.instruction, Label):
                    s.position += 1
                    continue
                if e is None or e.ir_instruction not in ids:
                    self.finish(s, query, defined, memory_ir, chooser, ids)
                    paths += 1
                    break
                if s.position in s.seen or s.steps > _MAX_STEPS or paths > _MAX_PATHS:
                    raise _Uncovered("a loop in the instruction's code")
                s.seen = s.seen | {s.position}
                s.steps += 1
                point = self.point_at[s.position]
                self.bind(point, s, query)
                ins = e.instruction
                concrete = ins.placeholder() if isinstance(ins, SymbolicInstruction) else ins
                machine = _Machine(s, self.sp, self.is_cell, query)
                execute(BV, machine, concrete)
                for loc, value in self.defs.get(point, []):
                    expected = self.result_image(value)
                    if expected is None:
                        continue
                    ir, what, image = expected
                    if loc < NUM_REGISTERS:
                        current, where = _entry_register(loc, s, query), f"r{loc}"
                    else:   # a store of a word of an i128 result into its home (`model._word_definition`)
                        offset = self.m.frame_offsets[loc]
                        current, where = s.cells.get(offset), self.m.locations[loc]
                        if current is None:
                            raise _Uncovered(f"a definition of {where} that does not write it")
                    query.goals.append((f"{where} holds {what} `{ir.text.strip()}`",
                                        z3.Implies(z3.And(defined, *s.condition), current == image)))
                if machine.trapped:
                    query.goals.append(("the code does not trap", z3.Not(z3.And(defined, *s.condition))))
                    paths += 1
                    break
                target = self.label_position.get(ins.target) if isinstance(ins, SymbolicInstruction) and \
                    ins.target is not None else None
                if machine.branch_cond is not None and target is not None:
                    cond = z3.simplify(machine.branch_cond)
                    other = _State(target, list(s.regs), dict(s.cells), s.memory, [*s.condition, cond], s.seen,
                                   s.steps, s.bound, entry)
                    work.append(other)
                    s.condition = [*s.condition, z3.Not(cond)]
                    s.position += 1
                elif machine.jumped and target is not None:
                    s.position = target
                elif _is_control(concrete.opcode) and concrete.opcode is not Opcode.FALLTHROUGH:
                    raise _Uncovered(f"control flow `{self.m.text[point]}`")
                else:
                    s.position += 1
                s.left_at = s.position

    def result_image(self, value: int) -> tuple[IRInstruction, str, z3.BitVecRef] | None:
        """(group member, what, 64-bit image) when model value `value` is the result of a member of the group
        being checked (its register image) or a word of one (`CodeModel.parts`), else None."""
        if value in self.results:
            ir, result = self.results[value]
            return ir, "the result of", _image(result)
        if value in self.m.parts and self.m.parts[value][0] in self.results:
            wide, k = self.m.parts[value]
            ir, result = self.results[wide]
            return ir, f"the {('low', 'high')[k]} half of the result of", _word(result, k)
        return None

    def bind(self, point: int, s: _State, query: _Query) -> None:
        """Apply the claims of `point`: a location read as value v holds v's register image. A location still
        holding what it held at the code's entry (a bare symbol) is bound to the image (a fact); anything the
        code computed must equal it (a goal)."""
        for loc, value in self.claims.get(point, []):
            image = _image(self.results[value][1]) if value in self.results else self.class_image(value, query)
            if image is None:
                continue
            if loc < NUM_REGISTERS:
                current = _entry_register(loc, s, query)
            else:
                offset = self.m.frame_offsets[loc]
                current = s.cells.setdefault(offset, query.use(z3.FreshConst(z3.BitVecSort(64), f"cell{offset}")))
            if _is_input(current) and current.get_id() not in s.bound:
                s.bound = {**s.bound, current.get_id(): image}
                if s.condition:
                    query.facts.append(z3.Implies(z3.And(*s.condition), current == image))
                else:   # on every path: the symbol is the image (substituted before solving)
                    query.bindings.append((current, image))
            else:
                query.goals.append((f"{self.m.locations[loc]} holds {self.m.value_names[value]} when "
                                    f"`{self.m.text[point]}` reads it", z3.Implies(z3.And(*s.condition),
                                                                                   current == image)))

    def finish(self, s: _State, query: _Query, defined: z3.BoolRef, memory_ir: z3.ArrayRef,
               chooser: _Chooser | None, ids: set[int]) -> None:
        """The obligations at the end of one path: memory, and the branch's successor."""
        path = z3.And(defined, *s.condition)
        query.goals.append(("memory outside the frame's value cells is what the IR leaves",
                            z3.Implies(path, s.memory == memory_ir)))
        if chooser is not None:
            ins, edges = chooser
            if not any(self.em.instructions[p].ir_instruction == ins.id for p in s.seen):
                return   # the compare's code alone (its branch comes later): it leaves into other code
            block = self.successor_block(s.left_at, ids)
            if block is None or block not in ins.successors:
                raise _Uncovered("a branch exit that does not lead to a successor block")
            query.goals.append((f"`{ins.text.strip()}` goes to {self.fn.blocks[block].name}",
                                z3.Implies(path, z3.Or(*[c for c, b in edges if b == block]))))


def _is_input(term: z3.BitVecRef) -> bool:
    """Whether `term` is a bare symbol (a register at entry or a value cell's content), free to be bound."""
    return z3.is_const(term) and not z3.is_bv_value(term) and term.decl().name() != "sp"


def _is_control(opcode: Opcode) -> bool:
    from pvm_backend.isa import TERMINATORS
    return opcode in TERMINATORS


def _concrete(item: object) -> Instruction | None:
    """The instruction `execute` runs for an emitted item (labels resolved to placeholders); None for a label."""
    return item.placeholder() if isinstance(item, SymbolicInstruction) else item \
        if isinstance(item, Instruction) else None


def _sp_only_an_address(item: object) -> bool:
    """Whether the stack pointer's value reaches nothing of `item` but memory addresses, and `item` does not
    write it (`verifier.effects`, derived from the semantics table): then every frame offset it uses is the
    offset of an access, which the query names only as a cell or a memory address."""
    ins = _concrete(item)
    if ins is None:
        return True
    eff = effects(ins)
    return not eff.sp_in_values and all(w.register != SP for w in eff.writes)


def _frame_offset(ins: Instruction) -> int | None:
    """The frame offset of `ins`'s one memory access when its address is sp plus its immediate X (the access's
    offset, derived from the semantics, is X as a signed 32-bit number), else None."""
    accesses = [*effects(ins).loads, *effects(ins).stores]
    if len(accesses) != 1 or accesses[0].offset is None or ins.x is None:
        return None
    x = ins.x & 0xFFFFFFFF
    return accesses[0].offset if accesses[0].offset == (x - (1 << 32) if x >> 31 else x) else None


_CACHE_SIZE = 100_000
_SKELETONS: set[tuple[object, ...]] = set()
"""The skeleton (`_Function.skeleton`) of every group whose query was proved (or had nothing to prove) so far in
this process: a group with one of these is proved without building its terms."""
_SHAPES: dict[int, z3.BoolRef] = {}
"""z3 id → the canonical formula of every query proved so far in this process (z3 shares equal terms, so
equal shapes have equal ids; keeping the formula keeps its id from being reused)."""




def clear_caches() -> None:
    """Forget every proved skeleton and shape (`_SKELETONS`, `_SHAPES`): what a fresh process starts with."""
    _SKELETONS.clear()
    _SHAPES.clear()


_DIVISIONS = frozenset({"udiv", "sdiv", "urem", "srem"})


def _narrow_divisions(formula: z3.BoolRef) -> z3.BoolRef:
    """`formula` with every 64-bit division or remainder of two 32-bit extended operands done at 32 bits, by
    identities that hold for all inputs (SMT-LIB's division by zero included): bvsrem/bvurem of two sign/zero
    extensions is the extension of the 32-bit remainder; bvudiv likewise except that a zero divisor gives all
    ones; bvsdiv likewise except INT32_MIN / -1, which is 2^31. z3 proves the 32-bit forms fast and the 64-bit
    ones of the PVM's 32-bit division instructions (GP A.5.13) not at all."""
    found: dict[int, tuple[z3.ExprRef, z3.ExprRef]] = {}
    seen: set[int] = set()
    stack: list[z3.ExprRef] = [formula]
    while stack:
        node = stack.pop()
        if node.get_id() in seen or not z3.is_app(node):
            continue
        seen.add(node.get_id())
        stack.extend(node.children())
        kind = node.decl().kind()
        if kind not in _KINDS or node.num_args() != 2 or node.size() != 64:
            continue
        a, b = node.arg(0), node.arg(1)
        signed = kind in (z3.Z3_OP_BSREM, z3.Z3_OP_BSDIV, z3.Z3_OP_BSREM_I, z3.Z3_OP_BSDIV_I)
        x, y = _narrow(a, signed), _narrow(b, signed)
        if x is None or y is None:
            continue
        extend = z3.SignExt if signed else z3.ZeroExt
        if kind in (z3.Z3_OP_BSREM, z3.Z3_OP_BSREM_I):
            new = extend(32, z3.SRem(x, y))
        elif kind in (z3.Z3_OP_BUREM, z3.Z3_OP_BUREM_I):
            new = extend(32, z3.URem(x, y))
        elif kind in (z3.Z3_OP_BUDIV, z3.Z3_OP_BUDIV_I):
            new = z3.If(y == 0, z3.BitVecVal(-1, 64), extend(32, z3.UDiv(x, y)))
        else:
            new = z3.If(z3.And(x == 1 << 31, y == -1), z3.BitVecVal(1 << 31, 64), extend(32, x / y))
        found[node.get_id()] = (node, new)
    return z3.substitute(formula, *found.values()) if found else formula


_KINDS = frozenset({z3.Z3_OP_BSREM, z3.Z3_OP_BUREM, z3.Z3_OP_BUDIV, z3.Z3_OP_BSDIV, z3.Z3_OP_BSREM_I,
                    z3.Z3_OP_BUREM_I, z3.Z3_OP_BUDIV_I, z3.Z3_OP_BSDIV_I})


def _narrow(term: z3.ExprRef, signed: bool) -> z3.BitVecRef | None:
    """x when `term` is the 64-bit sign (`signed`) or zero extension of a 32-bit x, else None."""
    kind = z3.Z3_OP_SIGN_EXT if signed else z3.Z3_OP_ZERO_EXT
    if z3.is_app(term) and term.decl().kind() == kind and term.arg(0).size() == 32:
        return term.arg(0)
    return None


_TRIALS = 64


def _falsify(formula: z3.BoolRef) -> list[tuple[z3.BitVecRef, z3.BitVecRef]] | None:
    """Inputs that satisfy `formula` (a query's facts and negated goals), found by trying edge values (0, 1, -1,
    the sign bit) and random ones, seeded so that the answer is the same on every run; None when no trial
    satisfies it. Used when z3 gives up: finding a counterexample to a wrong 128-bit product is hard for it
    (bit-blasted multipliers) and easy by trial. A returned assignment is checked by evaluation, so it is a
    counterexample whatever the solver said."""
    variables: dict[int, z3.BitVecRef] = {}
    seen: set[int] = set()
    stack: list[z3.ExprRef] = [formula]
    while stack:
        node = stack.pop()
        if node.get_id() in seen:
            continue
        seen.add(node.get_id())
        if z3.is_const(node) and node.decl().kind() == z3.Z3_OP_UNINTERPRETED:
            if z3.is_bv(node):   # memory stays symbolic: a trial counts only if the formula simplifies to true
                variables[node.get_id()] = node
        elif z3.is_app(node):
            stack.extend(node.children())
    chooser = random.Random(0)
    ordered = sorted(variables.values(), key=str)
    for trial in range(_TRIALS):
        pairs = []
        for var in ordered:
            bits = var.size()
            edges = (0, 1, (1 << bits) - 1, 1 << (bits - 1))
            value = edges[chooser.randrange(4)] if trial % 2 else chooser.getrandbits(bits)
            pairs.append((var, z3.BitVecVal(value, bits)))
        if z3.is_true(z3.simplify(z3.substitute(formula, *pairs))):
            return pairs
    return None


@functools.cache
def _renamed(k: int, bits: int) -> z3.BitVecRef:
    """The canonical name of a query's k-th variable (of `bits` bits)."""
    return z3.BitVec(f"x{k}_{bits}", bits)


def _canonical(formula: z3.BoolRef, inputs: Sequence[z3.BitVecRef]) -> z3.BoolRef:
    """The formula with its variables renamed ``x0``, ``x1`` ... in the order the query first used them: two
    queries with the same canonical formula are the same query up to renaming, so one proof serves both (the
    cache by shape)."""
    pairs = [(var, _renamed(k, var.size())) for k, var in enumerate(inputs)]
    return z3.substitute(formula, *pairs) if pairs else formula


def _remember(skeleton: tuple[object, ...]) -> None:
    """Record a proved group's skeleton (the cache is emptied when it reaches `_CACHE_SIZE`)."""
    if len(_SKELETONS) >= _CACHE_SIZE:
        _SKELETONS.clear()
    _SKELETONS.add(skeleton)


_OUTSIDE = frozenset({"call", "phi", "ret", "alloca", "unreachable"})


def _outside_the_subset(ins: IRInstruction) -> bool:
    """Whether `ir_semantics.evaluate` has nothing to say about `ins` by its opcode alone (calls, phis, returns,
    allocas, `unreachable`, unconditional branches): the group is not covered, whatever its code."""
    return ins.opcode in _OUTSIDE or (ins.opcode == "br" and len(ins.successors) == 1)


def _proved(shape: z3.BoolRef, skeleton: tuple[object, ...]) -> None:
    """Record a proved query's shape and its group's skeleton (each cache is emptied when it reaches
    `_CACHE_SIZE`)."""
    if len(_SHAPES) >= _CACHE_SIZE:
        _SHAPES.clear()
    _SHAPES[shape.get_id()] = shape
    _remember(skeleton)


def check_selection(function: Function, emitted: EmittedFunction, model: CodeModel, timeout_ms: int) -> Finding:
    """Check 3 on one function (see the module docstring); `timeout_ms` bounds each z3 query (one per distinct
    shape of instruction and code, milliseconds): the queries are small, so a large function takes longer but is
    never UNKNOWN for its size alone."""
    checker = _Function(function, emitted, model)
    covered = reused = 0
    not_covered: dict[str, int] = {}
    violations: list[SelectionCounterexample] = []
    fused = {fused_owner(function, ins).id: ins for ins in function.instructions
             if fused_owner(function, ins) is not ins}
    skip = {ins.id for ins in fused.values()}
    for ins in function.instructions:
        if ins.id in skip:
            continue
        members = [ins, fused[ins.id]] if ins.id in fused else [ins]
        if all(_outside_the_subset(member) for member in members):   # no skeleton to build for these
            for member in members:
                not_covered[member.opcode] = not_covered.get(member.opcode, 0) + 1
            continue
        skeleton = checker.skeleton(members)
        if skeleton in _SKELETONS:
            covered += len(members)
            reused += len(members)
            continue
        try:
            query = checker.group_query(members)
        except _Uncovered as exc:
            logger.debug("selection %s: `%s` not covered: %s", function.name, ins.text.strip(), exc)
            query = None
        if query is None:
            for member in members:
                not_covered[member.opcode] = not_covered.get(member.opcode, 0) + 1
            continue
        covered += len(members)
        if not query.goals:
            _remember(skeleton)
            continue
        formula = z3.And(*query.facts, z3.Not(z3.And(*[g for _, g in query.goals])))
        if query.bindings:
            formula = z3.substitute(formula, *query.bindings)
        if any(m.opcode in _DIVISIONS for m in members):
            formula = _narrow_divisions(formula)
        shape = _canonical(formula, list(query.inputs.values()))
        key = shape.get_id()
        if key in _SHAPES:
            reused += len(members)
            _remember(skeleton)
            continue
        if z3.is_false(z3.simplify(formula)):
            # z3's rewriter alone reduces most queries (four in five over the corpus) to false: unsatisfiable,
            # proved without the cost of a solver
            _proved(shape, skeleton)
            continue
        solver = _PREPROCESSED.solver()
        solver.add(formula)
        solver.set("timeout", timeout_ms)
        answer = solver.check()
        witness = _falsify(formula) if answer == z3.unknown else None
        if answer == z3.unknown and witness is None:
            return Finding(Status.UNKNOWN, reason=solver.reason_unknown() or "unknown",
                           instructions=InstructionCoverage(covered, reused, not_covered))
        if witness is not None:   # z3 gave up, but these inputs break an obligation: a counterexample all the same
            def holds(goal: z3.BoolRef) -> bool:
                goal = z3.substitute(goal, *query.bindings) if query.bindings else goal
                return not z3.is_false(z3.simplify(z3.substitute(goal, *witness)))
            failed = [what for what, goal in query.goals if not holds(goal)]
            inputs = tuple((str(var), str(value)) for var, value in witness if str(var).startswith("v"))
            first = next((p for p in range(checker.m.points) if checker.m.ir_of[p] in {m.id for m in members}), -1)
            violations.append(SelectionCounterexample(
                ins.text.strip(), ins.id, failed[0] if failed else "an obligation fails", inputs, first))
            continue
        if answer == z3.unsat:
            _proved(shape, skeleton)
        if answer == z3.sat:
            model = solver.model()
            failed = [what for what, goal in query.goals if z3.is_false(model.eval(goal, model_completion=True))]
            inputs = tuple((str(d), str(model[d])) for d in sorted(model.decls(), key=str)
                           if str(d).startswith("v"))
            first = next((p for p in range(checker.m.points) if checker.m.ir_of[p] in {m.id for m in members}), -1)
            violations.append(SelectionCounterexample(
                ins.text.strip(), ins.id, failed[0] if failed else "an obligation fails",
                inputs, first))
    coverage = InstructionCoverage(covered, reused, not_covered)
    if violations:
        return Finding(Status.REFUTED, tuple(violations), instructions=coverage)
    return Finding(Status.PROVED, instructions=coverage)
