"""Translation of one WASM function body (structured control flow, locals, calls) into an LLVM function.

What it does: walks pywasm's nested instruction tree, keeping the WASM operand stack as a Python list of LLVM
values, and builds the CFG directly:
- locals and parameters are `alloca`s in the entry block (the pipeline's SROA turns them into SSA values and
  phis, including the phi cycles of loops whose locals swap or rotate);
- `block`/`if` get an end block whose phis collect the result values of every edge into it (one incoming entry
  per CFG edge, as LLVM requires for a `switch` with several cases to one block); `loop` gets a header block
  whose phis take the loop parameters (multi-value block types are supported);
- `br`, `br_if`, `br_table` (an LLVM `switch`; cases equal to the default are left to the default edge) and
  `return` add edges to the target frame; code after them up to the enclosing `end`/`else` is dead and skipped;
- `unreachable`, failed division checks and failed call_indirect checks branch to one shared trap block per
  function: `call void @llvm.trap()` then `unreachable` (a bare `unreachable` would let the optimiser delete
  the checks that lead to it). The PVM backend lowers `llvm.trap` to the `trap` instruction;
- call_indirect checks `index <u table size` and the element's signature id against the expected one, trapping
  on either failure (an empty element has id -1 and therefore traps).

Assumes: the module passed WASM validation (stack shapes are trusted); straight-line instructions are lowered by
`wasm_ops.OpLowering`.
Guarantees: the LLVM function is well formed (every block terminated, every phi has an entry per predecessor edge);
any float instruction raises UnsupportedError("floating point is not supported on PVM") naming the function and
the instruction; any other unknown instruction raises UnsupportedError naming it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

import pywasm.core
import pywasm.opcode
from llvmlite import ir

from pvm_backend.errors import UnsupportedError
from pvm_backend.frontend.wasm_env import (FLOAT_MESSAGE, I32, I64, PTR, VOID, FuncImport, ImportKind, ModuleEnv,
                                           const, value_type)
from pvm_backend.frontend.wasm_imports import as_log_function
from pvm_backend.frontend.wasm_ops import OpLowering

_STRUCTURED = (pywasm.opcode.block, pywasm.opcode.loop, pywasm.opcode.if_then)


class FrameKind(Enum):
    """The construct a control frame belongs to."""

    BLOCK = "block"
    LOOP = "loop"
    IF = "if"
    FUNCTION = "function"


@dataclass(eq=False)
class Frame:
    """One entry of the control stack (spec §4.2.3 labels)."""

    kind: FrameKind
    """Which construct opened the frame."""
    label: ir.Block
    """Where a branch to this frame goes: the end block, or the header for a loop."""
    label_types: list[ir.IntType]
    """Types of the values a branch carries: the results, or the parameters for a loop."""
    result_types: list[ir.IntType]
    """Types of the values left on the stack after the frame's `end`."""
    height: int
    """Operand stack height below the frame's parameters."""
    incoming: list[tuple[ir.Block, list[ir.Value]]] = field(default_factory=list)
    """For non-loops: each edge into `label` as (source block, carried values)."""
    loop_phis: list[ir.PhiInstr] = field(default_factory=list)
    """For loops: the header phis, one per parameter."""


@dataclass(frozen=True)
class _IndirectCallee:
    """A loaded function pointer plus the function type that llvmlite's CallInstr reads to print an indirect
    call (an opaque `ptr` value carries no function type)."""

    pointer: ir.Value
    """The `ptr` value loaded from the table."""
    function_type: ir.FunctionType
    """The callee's type, from call_indirect's type index."""

    def get_reference(self) -> str:
        """The pointer's operand text, e.g. `%".12"`."""
        return str(self.pointer.get_reference())


class FunctionTranslator:
    """Builds the body of `env.functions[index]` from the pywasm function description."""

    def __init__(self, env: ModuleEnv, index: int, desc: pywasm.core.FuncDesc) -> None:
        fn = env.functions[index]
        assert fn is not None
        self.env = env
        self.fn = fn
        self.name = env.func_names[index]
        self.desc = desc
        self.builder = ir.IRBuilder(fn.append_basic_block("entry"))
        self.ops = OpLowering(env, self.builder, self._trap_block)
        self.stack: list[ir.Value] = []
        self.frames: list[Frame] = []
        self.locals: list[tuple[ir.Value, ir.IntType]] = []
        self._trap: ir.Block | None = None

    # -- setup --------------------------------------------------------------------------------------------------
    def _declare_locals(self) -> None:
        b = self.builder
        for i, arg in enumerate(self.fn.args):
            slot = b.alloca(arg.type, name=f"param{i}")
            b.store(arg, slot)
            self.locals.append((slot, arg.type))
        for group in self.desc.locals:
            ty = value_type(group.type.data, self.name, f"local {len(self.locals)}")
            for _ in range(group.n):
                slot = b.alloca(ty, name=f"local{len(self.locals)}")
                b.store(const(ty, 0), slot)
                self.locals.append((slot, ty))

    def _trap_block(self) -> ir.Block:
        if self._trap is None:
            self._trap = self.fn.append_basic_block("trap")
            tb = ir.IRBuilder(self._trap)
            tb.call(self.env.intrinsic("llvm.trap", VOID, []), [])
            tb.unreachable()
        return self._trap

    def translate(self) -> None:
        """Emit the whole function."""
        self._declare_locals()
        rtype = self.fn.function_type.return_type
        results = [] if isinstance(rtype, ir.VoidType) else [rtype]
        frame = Frame(FrameKind.FUNCTION, self.fn.append_basic_block("return"), results, results, 0)
        self.frames.append(frame)
        if self._body(self.desc.expr.data):
            self._fallthrough(frame)
        self.frames.pop()
        if self._close(frame):
            if results:
                self.builder.ret(self.stack.pop())
            else:
                self.builder.ret_void()

    # -- stack and edges ----------------------------------------------------------------------------------------
    def _top(self, n: int) -> list[ir.Value]:
        return self.stack[len(self.stack) - n:]

    def _pop(self, n: int) -> list[ir.Value]:
        values = self._top(n)
        del self.stack[len(self.stack) - n:]
        return values

    def _edge(self, depth: int) -> ir.Block:
        """Record one CFG edge from the current block to the frame `depth` levels out; return its target."""
        frame = self.frames[-1 - depth]
        values = self._top(len(frame.label_types))
        if frame.kind is FrameKind.LOOP:
            for phi, value in zip(frame.loop_phis, values):
                phi.add_incoming(value, self.builder.block)
        else:
            frame.incoming.append((self.builder.block, values))
        return frame.label

    def _fallthrough(self, frame: Frame) -> None:
        frame.incoming.append((self.builder.block, self._top(len(frame.result_types))))
        self.builder.branch(frame.label)

    def _close(self, frame: Frame) -> bool:
        """Continue at the frame's end block with phis of its results; False if no edge reaches it."""
        del self.stack[frame.height:]
        self.builder.position_at_end(frame.label)
        if not frame.incoming:
            self.builder.unreachable()
            return False
        for i, ty in enumerate(frame.result_types):
            phi = self.builder.phi(ty)
            for block, values in frame.incoming:
                phi.add_incoming(values[i], block)
            self.stack.append(phi)
        return True

    def _block_type(self, bype: pywasm.core.Bype, what: str) -> tuple[list[ir.IntType], list[ir.IntType]]:
        if bype.kind == 0x00:
            return [], []
        if bype.kind == 0x01:
            return [], [value_type(bype.data, self.name, what)]
        params, results = self.env.wasm_types[bype.data]
        return ([value_type(t, self.name, what) for t in params], [value_type(t, self.name, what) for t in results])

    # -- instructions -------------------------------------------------------------------------------------------
    def _body(self, insts: list[pywasm.core.Inst]) -> bool:
        """Translate a straight list of instructions; False once control cannot fall through."""
        return all(self._inst(inst) for inst in insts)

    def _inst(self, inst: pywasm.core.Inst) -> bool:
        name = pywasm.opcode.name[inst.opcode]
        b = self.builder
        if inst.opcode in _STRUCTURED:
            return self._structured(inst)
        if name == "nop":
            return True
        if name == "unreachable":
            b.branch(self._trap_block())
            return False
        if name in ("br", "return"):
            b.branch(self._edge(inst.args[0] if name == "br" else len(self.frames) - 1))
            return False
        if name == "br_if":
            cond = b.icmp_unsigned("!=", self.stack.pop(), const(I32, 0))
            cont = b.append_basic_block("br_if.cont")
            b.cbranch(cond, self._edge(inst.args[0]), cont)
            b.position_at_end(cont)
            return True
        if name == "br_table":
            return self._br_table(inst.args[0], inst.args[1])
        if name == "call":
            return self._call(inst.args[0])
        if name == "call_indirect":
            self._call_indirect(inst.args[0], inst.args[1])
            return True
        self._simple(name, inst)
        return True

    def _simple(self, name: str, inst: pywasm.core.Inst) -> None:
        b = self.builder
        stack = self.stack
        if name == "drop":
            stack.pop()
        elif name == "select":
            cond, second = stack.pop(), stack.pop()
            stack.append(b.select(b.icmp_unsigned("!=", cond, const(I32, 0)), stack.pop(), second))
        elif name in ("local.get", "local.set", "local.tee"):
            slot, ty = self.locals[inst.args[0]]
            if name == "local.get":
                stack.append(b.load(slot, typ=ty))
            else:
                b.store(stack[-1] if name == "local.tee" else stack.pop(), slot)
        elif name in ("global.get", "global.set"):
            glob = self.env.globals[inst.args[0]]
            if name == "global.set":
                b.store(stack.pop(), glob)
            elif isinstance(glob, ir.GlobalVariable):
                stack.append(b.load(glob, typ=glob.value_type))
            else:
                stack.append(glob)
        elif not self.ops.lower(name, inst.args, stack):
            text = inst.into_single()
            if "f32" in name or "f64" in name:
                raise UnsupportedError(FLOAT_MESSAGE, function=self.name, instruction=text)
            raise UnsupportedError(f"WASM instruction {name} is not supported", function=self.name,
                                   instruction=text)

    def _structured(self, inst: pywasm.core.Inst) -> bool:
        b = self.builder
        kind = {pywasm.opcode.block: FrameKind.BLOCK, pywasm.opcode.loop: FrameKind.LOOP,
                pywasm.opcode.if_then: FrameKind.IF}[inst.opcode]
        params, results = self._block_type(inst.args[0], kind.value)
        cond = self.stack.pop() if kind is FrameKind.IF else None
        args = self._pop(len(params))
        if kind is FrameKind.LOOP:
            header = b.append_basic_block("loop")
            source = b.block
            b.branch(header)
            b.position_at_end(header)
            frame = Frame(kind, header, params, results, len(self.stack))
            for ty, value in zip(params, args):
                phi = b.phi(ty)
                phi.add_incoming(value, source)
                frame.loop_phis.append(phi)
            self.frames.append(frame)
            self.stack.extend(frame.loop_phis)
            reachable = self._body(inst.args[1])
            self.frames.pop()
            return reachable
        frame = Frame(kind, b.append_basic_block(f"{kind.value}.end"), results, results, len(self.stack))
        self.frames.append(frame)
        if cond is None:
            self.stack.extend(args)
            if self._body(inst.args[1]):
                self._fallthrough(frame)
        else:
            then_block = b.append_basic_block("if.then")
            else_block = b.append_basic_block("if.else")
            b.cbranch(b.icmp_unsigned("!=", cond, const(I32, 0)), then_block, else_block)
            for block, body in ((then_block, inst.args[1]), (else_block, inst.args[2])):
                del self.stack[frame.height:]
                b.position_at_end(block)
                self.stack.extend(args)
                if self._body(body):
                    self._fallthrough(frame)
        self.frames.pop()
        return self._close(frame)

    def _br_table(self, targets: list[int], default: int) -> bool:
        index = self.stack.pop()
        switch = self.builder.switch(index, self._edge(default))
        for case, depth in enumerate(targets):
            if depth != default:
                switch.add_case(const(I32, case), self._edge(depth))
        return False

    # -- calls --------------------------------------------------------------------------------------------------
    def _push_result(self, value: ir.Value) -> None:
        if not isinstance(value.type, ir.VoidType):
            self.stack.append(value)

    def _call(self, index: int) -> bool:
        imported = self.env.imports.get(index)
        if imported is not None:
            return self._call_import(index, imported)
        callee = self.env.functions[index]
        assert callee is not None
        self._push_result(self.builder.call(callee, self._pop(len(callee.args))))
        return True

    def _call_import(self, index: int, imported: FuncImport) -> bool:
        """Lower a call to an import resolved to an inline lowering (`ImportKind`); False when it traps."""
        b = self.builder
        kind = imported.kind
        params, results = self.env.wasm_types[self.env.func_type_index[index]]
        args = self._pop(len(params))
        if kind is ImportKind.TRAP:
            b.branch(self._trap_block())
            return False
        value: ir.Value | None = None
        if kind is ImportKind.PVM_PTR:
            addr = args[0] if args[0].type == I32 else b.trunc(args[0], I32)
            value = b.add(addr, self.env.memory_base)
        elif kind is ImportKind.LOG:
            b.call(as_log_function(self.env, imported.argument), args)
        elif kind is ImportKind.NOP:
            value = const(I32 if results[:1] == (0x7F,) else I64, 0)
        else:
            wide = [a if a.type == I64 else b.zext(a, I64) for a in args]
            if kind is ImportKind.ECALLI:
                wide.insert(0, const(I64, imported.argument))
            fn = self.env.intrinsic(f"host_call_{imported.data_args}", I64, [I64] * (imported.data_args + 1))
            value = b.call(fn, wide)
        if results:
            assert value is not None
            rtype = I32 if results[0] == 0x7F else I64
            if value.type != rtype:
                value = b.trunc(value, rtype) if rtype == I32 else b.zext(value, rtype)
            self.stack.append(value)
        return True

    def _call_indirect(self, type_index: int, table_index: int) -> None:
        b = self.builder
        if table_index >= len(self.env.tables):
            raise UnsupportedError("call_indirect through a table without element segments", function=self.name,
                                   instruction=f"call_indirect {type_index} {table_index}")
        table = self.env.tables[table_index]
        fnty = self.env.func_type(type_index, self.name, "call_indirect")
        index = self.stack.pop()
        self.ops.trap_if(b.icmp_unsigned(">=", index, const(I32, table.size)), "call_indirect.inbounds")
        zero = const(I32, 0)
        sig_ptr = b.gep(table.sigs, [zero, index], inbounds=True, source_etype=table.sigs.value_type)
        sig = b.load(sig_ptr, typ=I32)
        expected = const(I32, self.env.sig_ids[type_index])
        self.ops.trap_if(b.icmp_unsigned("!=", sig, expected), "call_indirect.sigok")
        fn_ptr = b.gep(table.funcs, [zero, index], inbounds=True, source_etype=table.funcs.value_type)
        callee = _IndirectCallee(b.load(fn_ptr, typ=PTR), fnty)
        self._push_result(b.call(callee, self._pop(len(fnty.args))))
