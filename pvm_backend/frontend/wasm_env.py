"""Shared state of one WASM → LLVM translation: the LLVM module, the translated entities and LLVM helpers.

What it does: holds, for one WASM module being translated, the `llvmlite.ir.Module`, the LLVM function of every
WASM function index (imports included, as `None` where an import is lowered inline), the LLVM global of every WASM
global, the call_indirect tables, and the linear-memory parameters (PVM base address, page limits). It also
declares LLVM intrinsics on demand and converts WASM value types.

Assumes: the module was decoded by pywasm 2.2.3 (`pywasm.core.ModuleDesc`); value types are its `ValType`.
Guarantees: every intrinsic is declared once per module; `value_type` raises `UnsupportedError` for float, vector
and reference types, naming the function (if any) and the declaration that used the type.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from llvmlite import ir

from pvm_backend.errors import UnsupportedError

I1 = ir.IntType(1)
I8 = ir.IntType(8)
I16 = ir.IntType(16)
I32 = ir.IntType(32)
I64 = ir.IntType(64)
PTR = ir.PointerType()
VOID = ir.VoidType()

WASM_PAGE_BYTES = 65536
"""Size of one WASM linear-memory page (WebAssembly spec §2.3.8.2), bytes."""

FLOAT_MESSAGE = "floating point is not supported on PVM"

_VALTYPE_I32 = 0x7F
_VALTYPE_I64 = 0x7E
_VALTYPE_NAMES = {0x7F: "i32", 0x7E: "i64", 0x7D: "f32", 0x7C: "f64", 0x7B: "v128", 0x70: "funcref",
                  0x6F: "externref"}


class ImportKind(Enum):
    """How a call to a function import is lowered (issue 3 "Imports", issue 14; `wasm_imports` resolves them)."""

    HOST_CALL = "host_call"
    """`host_call_N(id, a1..aN)`: a call to the declared LLVM function `host_call_N` (the backend emits `ecalli id`)."""
    ECALLI = "ecalli"
    """An import mapped to `host_call ID`: `host_call_N(ID, a1..aN)` with the import's N arguments."""
    PVM_PTR = "pvm_ptr"
    """`pvm_ptr(wasm_addr)`: inline `base + wasm_addr` (32-bit wrap), the PVM address of a WASM address."""
    TRAP = "trap"
    """`abort(...)` or an import mapped to `trap`: traps."""
    NOP = "nop"
    """An import mapped to `nop`: nothing happens; its result, if any, is 0."""
    LOG = "log"
    """AssemblyScript's `console.log` or an import mapped to `log LEVEL`: a call to `wasm_imports.as_log_function`."""


@dataclass(frozen=True)
class FuncImport:
    """A function import resolved to an inline lowering (an import provided by an adapter function is not one:
    it is that function in `ModuleEnv.functions`)."""

    kind: ImportKind
    """How calls to it are lowered."""
    name: str
    """The imported field name (e.g. `host_call_2`)."""
    data_args: int
    """For HOST_CALL and ECALLI: the number N of data arguments (0..6); otherwise 0."""
    argument: int = 0
    """For ECALLI: the host call id; for LOG: the JIP-1 level; otherwise 0."""


@dataclass(frozen=True)
class Table:
    """A call_indirect table, lowered to two constant LLVM arrays of the same length."""

    funcs: ir.GlobalVariable
    """`[n x ptr]`: the function at each index, `null` where the element is empty."""
    sigs: ir.GlobalVariable
    """`[n x i32]`: the canonical signature id of each element's function, -1 where empty."""
    size: int
    """Number of elements n."""


@dataclass
class ModuleEnv:
    """Everything a function body translation needs to know about its module."""

    module: ir.Module
    """The LLVM module under construction."""
    types: list[ir.FunctionType | None]
    """LLVM function type of each WASM type index; None when it uses a type PVM does not support."""
    sig_ids: list[int]
    """Canonical signature id of each WASM type index (the first structurally equal type's index)."""
    wasm_types: list[tuple[tuple[int, ...], tuple[int, ...]]]
    """Each WASM type index as (param valtype bytes, result valtype bytes)."""
    func_type_index: list[int]
    """WASM type index of each function index (imports first)."""
    func_names: list[str]
    """Human name of each function index: its export name, its import name, or `func<idx>`."""
    functions: list[ir.Function | None]
    """LLVM function of each function index; `None` for imports lowered inline (`imports`); an import provided
    by another module (an adapter's export, or the input's export an adapter imports) is that function."""
    imports: dict[int, FuncImport]
    """Function index → recognised import."""
    globals: list[ir.GlobalVariable | ir.Constant]
    """Each WASM global: a mutable LLVM global, or the constant value of an immutable one."""
    tables: list[Table]
    """call_indirect tables by table index."""
    memory_base: ir.Constant
    """PVM address of WASM address 0, an i32 constant: `ptrtoint (ptr @__wasm_memory to i32)`, the symbol the
    linker places (abi "WebAssembly linear memory"), or a number when the caller fixes the base."""
    initial_pages: int
    """Declared initial memory size, WASM pages (0 when the module has no memory)."""
    max_pages: int
    """Memory size limit enforced by memory.grow, WASM pages."""
    current_pages: ir.GlobalVariable | None = None
    """`i32` global holding the current memory size in pages (created with the memory)."""
    _intrinsics: dict[str, ir.Function] = field(default_factory=dict)

    def func_type(self, index: int, function: str | None, what: str) -> ir.FunctionType:
        """The LLVM type of WASM type index `index`; raises UnsupportedError (via `function_type`) if it has none."""
        fnty = self.types[index]
        if fnty is None:
            params, results = self.wasm_types[index]
            return function_type(params, results, function, what)
        return fnty

    def intrinsic(self, name: str, ret: ir.Type, args: list[ir.Type]) -> ir.Function:
        """Declare (once per LLVM module) and return the intrinsic or external function `name` of type ret(args)."""
        fn = self._intrinsics.get(name)
        if fn is None:
            declared = self.module.globals.get(name)  # by another module's environment (an adapter's)
            fn = declared if isinstance(declared, ir.Function) else ir.Function(self.module,
                                                                                 ir.FunctionType(ret, args), name)
            self._intrinsics[name] = fn
        return fn


def valtype_name(code: int) -> str:
    """Text name of a WASM value type byte (`0x7f` → `i32`)."""
    return _VALTYPE_NAMES.get(code, hex(code))


def value_type(code: int, function: str | None, what: str) -> ir.IntType:
    """The LLVM type of WASM value type byte `code`: i32 → `i32`, i64 → `i64`.

    Raises UnsupportedError for f32/f64 ("floating point is not supported on PVM"), v128 and reference types;
    `what` names the declaration (e.g. `param 0`) in the message.
    """
    if code == _VALTYPE_I32:
        return I32
    if code == _VALTYPE_I64:
        return I64
    name = valtype_name(code)
    if name in ("f32", "f64"):
        raise UnsupportedError(FLOAT_MESSAGE, function=function, instruction=f"{what} {name}")
    raise UnsupportedError(f"value type {name} is not supported on PVM", function=function,
                           instruction=f"{what} {name}")


def const(ty: ir.IntType, value: int) -> ir.Constant:
    """An LLVM integer constant of `ty` from any Python int (reduced modulo 2^width, printed signed)."""
    width = ty.width
    value &= (1 << width) - 1
    if width > 1 and value >> (width - 1):
        value -= 1 << width
    return ir.Constant(ty, value)


def function_type(params: tuple[int, ...], results: tuple[int, ...], function: str | None,
                  what: str) -> ir.FunctionType:
    """The LLVM function type of a WASM function type given as value type bytes.

    Raises UnsupportedError for unsupported value types and for more than one result (multi-value returns).
    """
    args = [value_type(p, function, f"{what} param {i}") for i, p in enumerate(params)]
    rets = [value_type(r, function, f"{what} result {i}") for i, r in enumerate(results)]
    if len(rets) > 1:
        raise UnsupportedError("functions with more than one result are not supported", function=function,
                               instruction=f"{what} result {len(rets)} values")
    return ir.FunctionType(rets[0] if rets else VOID, args)
