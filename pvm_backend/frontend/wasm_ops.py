"""Lowering of WASM's straight-line instructions (numeric, conversion, memory) to LLVM IR.

What it does: `OpLowering.lower(name, args, stack)` pops the operands of one WASM instruction from the value
stack (a Python list of LLVM values), emits LLVM instructions through the builder and pushes the results.

Semantics kept from the WebAssembly spec (§4.3.2, §4.4.7) where LLVM would leave them undefined:
- shift counts are masked to the operand width (`shl a, (b & (w-1))`); rotates use `llvm.fshl/fshr`, whose
  count is already taken modulo the width;
- clz/ctz use `llvm.ctlz/cttz` with is_zero_poison = false (clz 0 = ctz 0 = width);
- div_s/div_u/rem_s/rem_u branch to the function's trap block on a zero divisor, and div_s on INT_MIN / -1;
  rem_s INT_MIN % -1 is 0 (the divisor -1 is replaced by 1, which gives the same remainder for every dividend).

Memory model (documented decision of issue 3): WASM address `a` is the PVM address `base + a`. An access with
static offset `o` to dynamic address `x` touches PVM address `(base + x + o) mod 2^32`: the 32-bit wrap of the
issue's memory model. There is no bounds check: an access outside the current memory size does not trap as WASM
requires; on PVM it touches whatever is mapped there (the linker maps [base, base + max_pages * 64 KiB)) or
page-faults. memory.copy / memory.fill are `llvm.memmove` / `llvm.memset` on those PVM addresses.
Loads and stores are emitted with alignment 1 (WASM alignment hints promise nothing).

Assumes: the operand stack holds values of the types the WASM validator guarantees (the module is valid).
Guarantees: every opcode name it does not know is reported by returning False, never silently mistranslated.
"""

from __future__ import annotations

from collections.abc import Callable

from llvmlite import ir

from pvm_backend.frontend.wasm_env import I1, I8, I16, I32, I64, PTR, VOID, ModuleEnv, WASM_PAGE_BYTES, const

_ARITH = {"add": "add", "sub": "sub", "mul": "mul", "and": "and_", "or": "or_", "xor": "xor"}
_SHIFT = {"shl": "shl", "shr_s": "ashr", "shr_u": "lshr"}
_ROTATE = {"rotl": "llvm.fshl", "rotr": "llvm.fshr"}
_COUNT = {"clz": "llvm.ctlz", "ctz": "llvm.cttz"}
_COMPARE = {"eq": ("==", False), "ne": ("!=", False), "lt_s": ("<", True), "lt_u": ("<", False),
            "gt_s": (">", True), "gt_u": (">", False), "le_s": ("<=", True), "le_u": ("<=", False),
            "ge_s": (">=", True), "ge_u": (">=", False)}
_DIVISION = ("div_s", "div_u", "rem_s", "rem_u")
_EXTEND = {"extend8_s": I8, "extend16_s": I16, "extend32_s": I32}
_WIDTH_TYPES = {8: I8, 16: I16, 32: I32, 64: I64}


def pvm_address(builder: ir.IRBuilder, base: ir.Value, wasm_addr: ir.Value, offset: int = 0) -> ir.Value:
    """The pointer to WASM address `wasm_addr + offset` (i32 values): inttoptr((base + addr + offset) mod 2^32),
    `base` being the i32 PVM address of WASM address 0 (`ModuleEnv.memory_base`)."""
    addr = wasm_addr
    if offset:
        addr = builder.add(addr, const(I32, offset))
    return builder.inttoptr(builder.add(addr, base), PTR)


def _type_of(prefix: str) -> ir.IntType:
    return I32 if prefix == "i32" else I64


class OpLowering:
    """Emits straight-line WASM instructions into one LLVM function through `builder`."""

    def __init__(self, env: ModuleEnv, builder: ir.IRBuilder, trap_block: Callable[[], ir.Block]) -> None:
        self.env = env
        self.builder = builder
        self.trap_block = trap_block
        """Returns the function's shared block that traps (created on first use)."""

    # -- helpers ------------------------------------------------------------------------------------------------
    def trap_if(self, cond: ir.Value, label: str) -> None:
        """Branch to the trap block when the i1 `cond` holds; continue in a new block otherwise."""
        cont = self.builder.append_basic_block(label)
        self.builder.cbranch(cond, self.trap_block(), cont)
        self.builder.position_at_end(cont)

    def address(self, wasm_addr: ir.Value, offset: int = 0) -> ir.Value:
        """The pointer to WASM address `wasm_addr + offset` (see `pvm_address`)."""
        return pvm_address(self.builder, self.env.memory_base, wasm_addr, offset)

    # -- dispatch -----------------------------------------------------------------------------------------------
    def lower(self, name: str, args: list[object], stack: list[ir.Value]) -> bool:
        """Lower the instruction `name` (pywasm's text name, e.g. `i32.add`) with immediates `args`.

        Returns False when `name` is not a straight-line instruction this class knows.
        """
        prefix, _, op = name.partition(".")
        if prefix in ("i32", "i64"):
            return self._integer(prefix, op, args, stack)
        if prefix == "memory":
            return self._memory(op, stack)
        return False

    def _integer(self, prefix: str, op: str, args: list[object], stack: list[ir.Value]) -> bool:
        ty = _type_of(prefix)
        b = self.builder
        if op == "const":
            value = args[0]
            assert isinstance(value, int)
            stack.append(const(ty, value))
        elif op in _ARITH or op in _SHIFT or op in _ROTATE or op in _COMPARE or op in _DIVISION:
            rhs = stack.pop()
            lhs = stack.pop()
            stack.append(self._binary(ty, op, lhs, rhs))
        elif op == "eqz":
            stack.append(b.zext(b.icmp_unsigned("==", stack.pop(), const(ty, 0)), I32))
        elif op in _COUNT:
            fn = self.env.intrinsic(f"{_COUNT[op]}.i{ty.width}", ty, [ty, I1])
            stack.append(b.call(fn, [stack.pop(), const(I1, 0)]))
        elif op == "popcnt":
            fn = self.env.intrinsic(f"llvm.ctpop.i{ty.width}", ty, [ty])
            stack.append(b.call(fn, [stack.pop()]))
        elif op in _EXTEND:
            stack.append(b.sext(b.trunc(stack.pop(), _EXTEND[op]), ty))
        elif op == "wrap_i64":
            stack.append(b.trunc(stack.pop(), I32))
        elif op == "extend_i32_s":
            stack.append(b.sext(stack.pop(), I64))
        elif op == "extend_i32_u":
            stack.append(b.zext(stack.pop(), I64))
        elif op.startswith("load"):
            self._load(ty, op, args, stack)
        elif op.startswith("store"):
            self._store(ty, op, args, stack)
        else:
            return False
        return True

    def _binary(self, ty: ir.IntType, op: str, lhs: ir.Value, rhs: ir.Value) -> ir.Value:
        b = self.builder
        if op in _ARITH:
            result: ir.Value = getattr(b, _ARITH[op])(lhs, rhs)
        elif op in _SHIFT:
            result = getattr(b, _SHIFT[op])(lhs, b.and_(rhs, const(ty, ty.width - 1)))
        elif op in _ROTATE:
            fn = self.env.intrinsic(f"{_ROTATE[op]}.i{ty.width}", ty, [ty, ty, ty])
            result = b.call(fn, [lhs, lhs, rhs])
        elif op in _COMPARE:
            pred, signed = _COMPARE[op]
            cmp = b.icmp_signed(pred, lhs, rhs) if signed else b.icmp_unsigned(pred, lhs, rhs)
            result = b.zext(cmp, I32)
        else:
            result = self._division(ty, op, lhs, rhs)
        return result

    def _division(self, ty: ir.IntType, op: str, lhs: ir.Value, rhs: ir.Value) -> ir.Value:
        """div/rem with WASM's traps (spec §4.3.2: idiv_u, idiv_s, irem_u, irem_s)."""
        b = self.builder
        self.trap_if(b.icmp_unsigned("==", rhs, const(ty, 0)), f"{op}.nonzero")
        minus_one = b.icmp_unsigned("==", rhs, const(ty, -1))
        if op == "div_s":
            int_min = b.icmp_unsigned("==", lhs, const(ty, 1 << (ty.width - 1)))
            self.trap_if(b.and_(int_min, minus_one), "div_s.nooverflow")
            return b.sdiv(lhs, rhs)
        if op == "rem_s":
            return b.srem(lhs, b.select(minus_one, const(ty, 1), rhs))
        return b.udiv(lhs, rhs) if op == "div_u" else b.urem(lhs, rhs)

    # -- memory -------------------------------------------------------------------------------------------------
    @staticmethod
    def _access_width(ty: ir.IntType, suffix: str) -> tuple[int, bool]:
        """(bits accessed, sign-extend?) from a load/store name suffix such as `8_s`, `16`, or ``."""
        if not suffix:
            return ty.width, False
        bits, _, sign = suffix.partition("_")
        return int(bits), sign == "s"

    def _load(self, ty: ir.IntType, op: str, args: list[object], stack: list[ir.Value]) -> None:
        bits, signed = self._access_width(ty, op[len("load"):])
        offset = args[1]
        assert isinstance(offset, int)
        b = self.builder
        value = b.load(self.address(stack.pop(), offset), typ=_WIDTH_TYPES[bits], align=1)
        if bits < ty.width:
            value = b.sext(value, ty) if signed else b.zext(value, ty)
        stack.append(value)

    def _store(self, ty: ir.IntType, op: str, args: list[object], stack: list[ir.Value]) -> None:
        bits, _ = self._access_width(ty, op[len("store"):])
        offset = args[1]
        assert isinstance(offset, int)
        b = self.builder
        value = stack.pop()
        ptr = self.address(stack.pop(), offset)
        if bits < ty.width:
            value = b.trunc(value, _WIDTH_TYPES[bits])
        b.store(value, ptr, align=1)

    def _memory(self, op: str, stack: list[ir.Value]) -> bool:
        env = self.env
        b = self.builder
        if op == "size":
            assert env.current_pages is not None
            stack.append(b.load(env.current_pages, typ=I32))
        elif op == "grow":
            stack.append(self._grow(stack.pop()))
        elif op == "copy":
            count, src, dst = stack.pop(), stack.pop(), stack.pop()
            fn = env.intrinsic("llvm.memmove.p0.p0.i32", VOID, [PTR, PTR, I32, I1])
            b.call(fn, [self.address(dst), self.address(src), count, const(I1, 0)])
        elif op == "fill":
            count, value, dst = stack.pop(), stack.pop(), stack.pop()
            fn = env.intrinsic("llvm.memset.p0.i32", VOID, [PTR, I8, I32, I1])
            b.call(fn, [self.address(dst), b.trunc(value, I8), count, const(I1, 0)])
        else:
            return False
        return True

    def _grow(self, delta: ir.Value) -> ir.Value:
        """memory.grow (spec §4.4.7.11): old size in pages, or -1 when old + delta > max_pages (no new mapping:
        the linker maps the whole [base, base + max_pages * 64 KiB) region zero-filled up front)."""
        env = self.env
        assert env.current_pages is not None
        assert env.max_pages * WASM_PAGE_BYTES <= 1 << 32
        b = self.builder
        old = b.load(env.current_pages, typ=I32)
        room = b.sub(const(I32, env.max_pages), old)
        fits = b.icmp_unsigned("<=", delta, room)
        b.store(b.select(fits, b.add(old, delta), old), env.current_pages)
        return b.select(fits, old, const(I32, -1))
