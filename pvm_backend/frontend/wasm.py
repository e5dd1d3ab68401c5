"""WebAssembly frontend: translate a WASM module (binary, or WAT via `wat_to_wasm`) into LLVM IR text.

What it does (issue 3): decodes the module with pywasm 2.2.3 after validating it with wasmtime, and builds an
LLVM module (llvmlite.ir) for the wasm32 target that the C / LLVM IR pipeline then optimises and compiles:
- every WASM function becomes an internal LLVM function `@wasm.<export name>` or `@wasm.func<index>`; bodies
  are translated by `wasm_func` / `wasm_ops` (see their docstrings for the per-instruction semantics);
- mutable globals become internal LLVM globals, immutable ones are folded to constants;
- each table becomes two constant arrays (function pointers, signature ids) for call_indirect;
- the exported entry (default `main`, WASM type (i32, i32) -> i64) gets an external wrapper `@main(ptr, i32)
  -> i64` described below; so does a secondary entry, `main2` or an `accumulate*` export, as `@main2`
  (`entry_exports`; the linker puts it at pc 5). They are the module's only external functions.

Memory model (the decision this module documents for the linker):
- WASM address `a` is PVM address `(base + a) mod 2^32`, where `base` is `ptrtoint (ptr @__wasm_memory to i32)`:
  the module declares `@__wasm_memory = external global [0 x i8]` and the linker places it (abi "WebAssembly
  linear memory"; a caller may fix `base` to a number instead, as the JIT tests do). Loads/stores compute
  `inttoptr(addr + offset + base)` in i32 (32-bit wrap, no bounds check).
- The module exports, as external constants for the linker, `@__wasm_memory_pages = constant [2 x i32]
  [initial, max]` (WASM pages of 64 KiB; `max` is the declared maximum, or max(initial, DEFAULT_MAX_PAGES) when
  none is declared) and, when an active data segment holds a byte, `@__wasm_memory_image = constant [N x i8]`:
  linear memory's initial bytes [0, N), N the end of the last such segment, segments applied in order
  (WebAssembly spec 4.5.4). The linker makes [base, base + max * 65536) readable and writable with the image at
  base and zeros after it (in SPI: the image in the rw data, the rest in the heap) — no code copies data at
  start, and memory.grow never maps anything, it only moves the current size (an internal i32 global) within
  [initial, max].
- The entry wrapper calls the WASM start function first if the module has one.
- Entry ABI: `@main(ptr %args, i32 %len)` receives the PVM address of the arguments (SPI: 0xFEFF0000) and
  calls the WASM main with `args_ptr = ptrtoint(%args) - base (mod 2^32)`, so that `base + args_ptr` wraps back
  to the PVM address. The WASM main returns `ptr | len << 32` in WASM addresses, and so does the wrapper: the
  entry stub, which the linker writes knowing the base, adds it to the output pointer (abi "Entry"). (Adding it
  here, to a symbol, would leave LLVM instructions on constants where it folds a numeric base into one.)

Imports (issue 14; `wasm_imports` holds the import map and the actions): an import is resolved by an export of
the `--adapter` module with its name and type (a call to that function), else by the `--imports` map's line,
else by its name: `host_call_0` … `host_call_6(id, a1..aN)` become calls to `declare i64 @host_call_N(i64 id,
i64 a1..aN)` (i32 operands zero-extended, an i32 result truncated), which the PVM backend lowers to `ecalli id`
with the data arguments in r7…; `pvm_ptr(a)` becomes `base + a`; `abort(...)` traps; AssemblyScript's
`console.log(string)` writes the string as a JIP-1 log message. Any other import raises UnsupportedError naming
it and the two options. An adapter's functions join the LLVM module as `@adapter.<name>`; its memory is the
input's memory, its imports resolve to the input's exports first.

Assumes: the module uses one memory and integer types only. Guarantees: the returned text parses and verifies in
LLVM 22 (llvmlite 0.50); malformed input raises InputError, unsupported features raise UnsupportedError naming
the WASM function and instruction (floats: "floating point is not supported on PVM"); a valid module using a
proposal pywasm 2.2.3 cannot decode (e.g. tail calls) raises UnsupportedError too.
"""

from __future__ import annotations

import io

import pywasm.core
import pywasm.opcode
import wasmtime
from llvmlite import ir

from pvm_backend import abi
from pvm_backend.errors import InputError, UnsupportedError
from pvm_backend.frontend.wasm_env import (I8, I32, I64, PTR, VOID, WASM_PAGE_BYTES, FuncImport, ImportKind,
                                           ModuleEnv, Table, const, function_type, value_type, valtype_name)
from pvm_backend.frontend.wasm_imports import (MAX_HOST_CALL_ARGS, ImportAction, ImportMap, MapEntry,
                                               builtin_action)
from pvm_backend.frontend.wasm_func import FunctionTranslator
from pvm_backend.frontend.wasm_ops import pvm_address
from pvm_backend.options import DEFAULT_MAX_PAGES

MEMORY_CEILING = 0xFEFE0000
"""Linear memory must end at or below this PVM address (SPI's stack and argument area lie above; GP A.7)."""
WASM32_TRIPLE = "wasm32-unknown-unknown"
WASM32_DATALAYOUT = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"

_IMPORT_KIND = 0x00
"""Import and export kind of a function (WebAssembly binary format 5.5.5)."""
_GLOBAL_KIND = 0x03


def wat_to_wasm(text: str, name: str = "<WAT text>") -> bytes:
    """Assemble WebAssembly text into a binary module (wasmtime.wat2wasm). Raises InputError on bad text, naming
    `name` (the file) and the line and column wasmtime reports (``--> <anon>:LINE:COLUMN``)."""
    try:
        return bytes(wasmtime.wat2wasm(text))
    except wasmtime.WasmtimeError as error:
        lines = str(error).splitlines()
        where = next((line.split("<anon>:", 1)[1].strip() for line in lines if "<anon>:" in line), None)
        prefix = f"{name}:{where}" if where else name
        raise InputError(f"{prefix}: invalid WAT: {lines[0]}") from error


def _decode(data: bytes, name: str) -> pywasm.core.ModuleDesc:
    try:
        wasmtime.Module.validate(wasmtime.Engine(), data)
    except wasmtime.WasmtimeError as error:
        raise InputError(f"{name}: invalid WASM module: {str(error).splitlines()[0]}") from error
    try:
        return pywasm.core.ModuleDesc.from_reader(io.BytesIO(data))
    except Exception as error:  # pywasm reports encodings it does not know with assert / KeyError
        # wasmtime accepted the module, so this is a valid module using a proposal pywasm cannot decode
        # (tail calls, GC, exceptions, ...).
        raise UnsupportedError(f"{name}: WASM feature not supported (undecodable encoding: "
                               f"{type(error).__name__} {error})") from error


def _const_eval(expr: pywasm.core.Expr, consts: list[int | None], what: str) -> int:
    """Value of a constant expression (i32.const, i64.const, or global.get of an immutable global)."""
    insts = expr.data
    if len(insts) == 1:
        inst = insts[0]
        if inst.opcode in (pywasm.opcode.i32_const, pywasm.opcode.i64_const):
            return int(inst.args[0])
        if inst.opcode == pywasm.opcode.global_get and consts[inst.args[0]] is not None:
            value = consts[inst.args[0]]
            assert value is not None
            return value
    raise UnsupportedError(f"constant expression {insts} is not supported", instruction=what)


def _signature(params: tuple[int, ...], results: tuple[int, ...]) -> str:
    """A WASM function type as text, e.g. `(i32, i32) -> i64`."""
    return f"({', '.join(map(valtype_name, params))}) -> ({', '.join(map(valtype_name, results))})"


def _mapped_import(entry: MapEntry, field: str, params: tuple[int, ...], results: tuple[int, ...],
                   what: str) -> FuncImport:
    """The lowering of an import that the import map's `entry` names; InputError when its type does not fit."""
    action = entry.action
    problem = None
    if action is ImportAction.HOST_CALL and len(params) > MAX_HOST_CALL_ARGS:
        problem = f"a host call passes at most {MAX_HOST_CALL_ARGS} arguments (r7..r12)"
    elif action is ImportAction.PVM_PTR and (len(params) != 1 or len(results) != 1):
        problem = "pvm_ptr takes one address and returns one"
    elif action is ImportAction.LOG and (params != (0x7F,) or results):
        problem = "log takes one i32 (an AssemblyScript string) and returns nothing"
    if problem is not None:
        raise InputError(f"{entry.where}: {what} has type {_signature(params, results)}: {problem}")
    kind = {ImportAction.TRAP: ImportKind.TRAP, ImportAction.NOP: ImportKind.NOP,
            ImportAction.HOST_CALL: ImportKind.ECALLI, ImportAction.PVM_PTR: ImportKind.PVM_PTR,
            ImportAction.LOG: ImportKind.LOG}[action]
    return FuncImport(kind, field, len(params) if kind is ImportKind.ECALLI else 0, entry.argument)


def _builtin_import(field: str, params: tuple[int, ...], results: tuple[int, ...]) -> FuncImport | None:
    """The lowering of an import known by name (`wasm_imports.builtin_action`), or None."""
    found = builtin_action(field, params, results)
    if found is None:
        return None
    action, number = found
    if action.startswith("host_call_"):
        return FuncImport(ImportKind.HOST_CALL, field, number)
    return FuncImport(ImportKind(action), field, 0, number if action == ImportAction.LOG else 0)


class _ModuleTranslator:
    """Builds the LLVM functions of one decoded WASM module (see the module docstring): the input, or an adapter
    merged into it (`shared` is then the input's translator, whose memory the adapter uses)."""

    def __init__(self, module: ir.Module, desc: pywasm.core.ModuleDesc, name: str, memory_base: int | None,
                 limits: tuple[int, int | None], prefix: str = "wasm.",
                 shared: _ModuleTranslator | None = None) -> None:
        self.desc = desc
        self.name = name
        self.module = module
        self.memory_floor = abi.RW_DATA_BASE if memory_base is None else memory_base & 0xFFFFFFFF
        """The lowest PVM address WASM address 0 can have (the linker's choice is at least this)."""
        self.memory_base = _memory_base(module, memory_base)
        self.limits = limits
        self.prefix = prefix
        self.shared = shared
        self.global_consts: list[int | None] = []
        self.imports = [imp for imp in desc.imps if imp.kind == _IMPORT_KIND]

    def _types(self) -> tuple[list[tuple[tuple[int, ...], tuple[int, ...]]], list[int], list[ir.FunctionType | None]]:
        wasm_types = [(tuple(t.data for t in ft.args), tuple(t.data for t in ft.rets)) for ft in self.desc.type]
        sig_ids = [wasm_types.index(t) for t in wasm_types]
        llvm_types: list[ir.FunctionType | None] = []
        for params, results in wasm_types:
            try:
                llvm_types.append(function_type(params, results, None, "type"))
            except UnsupportedError:
                llvm_types.append(None)
        return wasm_types, sig_ids, llvm_types

    def exports(self) -> dict[str, int]:
        """Exported function name → function index (the first export of a name)."""
        found: dict[str, int] = {}
        for e in self.desc.exps:
            if e.kind == _IMPORT_KIND:
                found.setdefault(e.name, e.desc)
        return found

    def exported(self, name: str, kind: int) -> int | None:
        """The index of the first export called `name` of `kind` (0 function, 3 global), or None."""
        return next((e.desc for e in self.desc.exps if e.kind == kind and e.name == name), None)

    @property
    def imported_globals(self) -> int:
        """How many globals the module imports (they come first in its global index space)."""
        return sum(1 for imp in self.desc.imps if imp.kind == _GLOBAL_KIND)

    def declare(self) -> None:
        """Build the environment and declare an LLVM function for every defined WASM function."""
        desc = self.desc
        wasm_types, sig_ids, llvm_types = self._types()
        imports = self.imports
        exports = {index: name for name, index in reversed(self.exports().items())}
        func_type_index = [imp.desc for imp in imports] + [f.type for f in desc.func]
        names = [imp.name for imp in imports] + [exports.get(len(imports) + i, f"func{len(imports) + i}")
                                                 for i in range(len(desc.func))]
        if self.shared is None:
            initial, maximum = self._memory_limits()
        else:
            initial, maximum = self.shared.env.initial_pages, self.shared.env.max_pages
            self._check_adapter()
        self.env = ModuleEnv(self.module, llvm_types, sig_ids, wasm_types, func_type_index, names,
                             [None] * len(imports), {}, [], [], self.memory_base, initial, maximum)
        for imp in desc.imps:
            if imp.kind not in (_IMPORT_KIND, 0x02) and not (imp.kind == _GLOBAL_KIND and self.shared is not None):
                raise UnsupportedError(f"import {imp.module}.{imp.name} is not supported (tables cannot be imported, "
                                       "globals only by an adapter from the input)",
                                       instruction=f"import {imp.module}.{imp.name}")
        self._declare_functions(len(imports))

    def _check_adapter(self) -> None:
        """An adapter shares the input's memory, so it may not initialise it or run code of its own first."""
        if any(seg.kind != 0x01 for seg in self.desc.data):
            raise InputError(f"{self.name}: an adapter cannot have active data segments (it uses the input's memory)")
        if self.desc.star >= 0:
            raise InputError(f"{self.name}: an adapter cannot have a start function")

    def resolve_imports(self, import_map: ImportMap | None, provider: _ModuleTranslator | None) -> None:
        """Resolve each function import: a function `provider` exports under the import's name (types must be
        equal), else the import map's line, else a name `builtin_action` knows. Raises InputError for a type
        mismatch and UnsupportedError for an import nothing resolves."""
        provided = provider.exports() if provider is not None else {}
        for i, imp in enumerate(self.imports):
            params, results = self.env.wasm_types[imp.desc]
            what = f"import {imp.module}.{imp.name}"
            if provider is not None and imp.name in provided:
                index = provided[imp.name]
                theirs = provider.env.wasm_types[provider.env.func_type_index[index]]
                if theirs != (params, results):
                    raise InputError(f"{provider.name}: export {imp.name} has type {_signature(*theirs)} but "
                                     f"{self.name} imports {imp.module}.{imp.name} as {_signature(params, results)}")
                target = provider.env.functions[index]
                if target is None:
                    raise UnsupportedError(f"{provider.name}: export {imp.name} is itself an import; "
                                           f"it cannot provide {what} of {self.name}", instruction=what)
                self.env.functions[i] = target
                continue
            entry = import_map.lookup(imp.module, imp.name) if import_map is not None else None
            resolved = (_mapped_import(entry, imp.name, params, results, what) if entry is not None
                        else _builtin_import(imp.name, params, results))
            if resolved is None:
                hint = "map it with --imports FILE (trap, nop, host_call ID, pvm_ptr, log) or provide it with " \
                       "--adapter FILE.wat"
                raise UnsupportedError(f"{self.name}: {what} {_signature(params, results)} is not resolved: {hint}")
            self.env.imports[i] = resolved

    def define(self) -> None:
        """Globals, memory, tables and data, then every function body."""
        self._globals()
        self._memory()
        self._tables()
        self._data_segments()
        for i, func in enumerate(self.desc.func):
            FunctionTranslator(self.env, len(self.imports) + i, func).translate()

    def _declare_functions(self, first: int) -> None:
        used: set[str] = set()
        for i in range(first, len(self.env.func_names)):
            name = self.env.func_names[i]
            llvm_name = f"{self.prefix}{name}" if f"{self.prefix}{name}" not in used else f"{self.prefix}func{i}"
            used.add(llvm_name)
            fnty = self.env.func_type(self.env.func_type_index[i], name, "function")
            fn = ir.Function(self.module, fnty, llvm_name)
            fn.linkage = "internal"
            self.env.functions.append(fn)

    def _globals(self) -> None:
        for imp in self.desc.imps:   # only an adapter gets here with global imports (`declare`)
            if imp.kind == _GLOBAL_KIND:
                assert self.shared is not None
                index = self.shared.exported(imp.name, _GLOBAL_KIND)
                what = f"import {imp.module}.{imp.name}"
                if index is None:
                    raise UnsupportedError(f"{self.name}: {what} is not a global the input exports", instruction=what)
                theirs = self.shared.desc.glob[index - self.shared.imported_globals].type
                if (theirs.type.data, bool(theirs.mut)) != (imp.desc.type.data, bool(imp.desc.mut)):
                    raise InputError(f"{self.name}: {what} does not have the type of the input's global "
                                     f"{imp.name}")
                self.env.globals.append(self.shared.env.globals[index])
                self.global_consts.append(self.shared.global_consts[index])
        for i, glob in enumerate(self.desc.glob):
            ty = value_type(glob.type.type.data, None, f"global {i}")
            value = _const_eval(glob.init, self.global_consts, f"global {i}")
            if glob.type.mut:
                var = ir.GlobalVariable(self.module, ty, f"{self.prefix}global{i}")
                var.linkage = "internal"
                var.initializer = const(ty, value)
                self.env.globals.append(var)
                self.global_consts.append(None)
            else:
                self.env.globals.append(const(ty, value))
                self.global_consts.append(value)

    def _memory_limits(self) -> tuple[int, int]:
        mems = [imp.desc for imp in self.desc.imps if imp.kind == 0x02] + list(self.desc.mems)
        if not mems:
            return 0, 0
        limits = mems[0].limits
        default, cap = self.limits
        # pywasm keeps m = 0 for "no maximum"; a declared maximum of 0 pages is read the same way.
        if cap is None:
            maximum = limits.m if limits.m else max(limits.n, default)
        else:
            maximum = min(limits.m, cap) if limits.m else cap
        ceiling = (MEMORY_CEILING - self.memory_floor) // WASM_PAGE_BYTES
        if limits.n > ceiling:
            raise UnsupportedError(f"{self.name}: initial memory of {limits.n} pages does not fit below "
                                   f"{MEMORY_CEILING:#x} from base {self.memory_floor:#x}", instruction="memory")
        if cap is not None and cap > ceiling:
            raise InputError(f"{self.name}: a memory of {cap} pages does not fit below {MEMORY_CEILING:#x} from "
                             f"base {self.memory_floor:#x} (at most {ceiling} pages)")
        if maximum < limits.n:
            raise InputError(f"{self.name}: the memory limit of {maximum} pages is below the module's initial "
                             f"memory of {limits.n} pages")
        return limits.n, min(maximum, ceiling)

    def _memory(self) -> None:
        env = self.env
        if self.shared is not None:
            env.current_pages = self.shared.env.current_pages
            return
        pages = ir.GlobalVariable(self.module, ir.ArrayType(I32, 2), abi.WASM_MEMORY_PAGES_SYMBOL)
        pages.global_constant = True
        pages.initializer = ir.Constant(ir.ArrayType(I32, 2), [const(I32, env.initial_pages),
                                                                const(I32, env.max_pages)])
        current = ir.GlobalVariable(self.module, I32, "wasm.memory_pages")
        current.linkage = "internal"
        current.initializer = const(I32, env.initial_pages)
        env.current_pages = current

    def _tables(self) -> None:
        tables = [[None] * t.limits.n for t in self.desc.tabl]
        for i, seg in enumerate(self.desc.elem):
            if seg.kind not in (0x00, 0x02, 0x04, 0x06):
                continue  # passive or declarative: only table.init could use them, which is unsupported
            offset = _const_eval(seg.offset, self.global_consts, f"elem {i}")
            if seg.tidx >= len(tables) or offset + len(seg.init) > len(tables[seg.tidx]):
                raise InputError(f"{self.name}: element segment {i} does not fit in table {seg.tidx}")
            for j, expr in enumerate(seg.init):
                inst = expr.data[0]
                tables[seg.tidx][offset + j] = inst.args[0] if inst.opcode == pywasm.opcode.ref_func else None
        for t, entries in enumerate(tables):
            funcs, sigs = [], []
            for fidx in entries:
                fn = None if fidx is None else self.env.functions[fidx]
                if fidx is not None and fn is None:
                    raise UnsupportedError(f"imported function {self.env.func_names[fidx]} in a table is not "
                                           "supported", instruction=f"elem table {t}")
                funcs.append(ir.Constant(PTR, None) if fn is None else fn)
                sigs.append(const(I32, -1 if fidx is None else self.env.sig_ids[self.env.func_type_index[fidx]]))
            self.env.tables.append(Table(self._constant_array(f"{self.prefix}table{t}.funcs", PTR, funcs),
                                         self._constant_array(f"{self.prefix}table{t}.sigs", I32, sigs), len(entries)))

    def _constant_array(self, name: str, ty: ir.Type, items: list[ir.Constant]) -> ir.GlobalVariable:
        arr = ir.ArrayType(ty, len(items))
        var = ir.GlobalVariable(self.module, arr, name)
        var.linkage = "private"
        var.global_constant = True
        var.initializer = ir.Constant(arr, items)
        return var

    def _data_segments(self) -> None:
        """`@__wasm_memory_image` (module docstring) from the active data segments, when one holds a byte."""
        limit = self.env.initial_pages * WASM_PAGE_BYTES
        image = bytearray()
        for i, seg in enumerate(self.desc.data):
            if seg.kind == 0x01:
                continue  # passive: only memory.init could use it, which is unsupported
            offset = _const_eval(seg.offset, self.global_consts, f"data {i}") & 0xFFFFFFFF
            if offset + len(seg.init) > limit:
                raise InputError(f"{self.name}: data segment {i} ({len(seg.init)} bytes at {offset:#x}) is outside "
                                 f"the initial memory of {limit:#x} bytes")
            if seg.init:
                end = offset + len(seg.init)
                image.extend(bytes(max(0, end - len(image))))
                image[offset:end] = seg.init
        if image:
            var = ir.GlobalVariable(self.module, ir.ArrayType(I8, len(image)), abi.WASM_MEMORY_IMAGE_SYMBOL)
            var.global_constant = True
            var.initializer = ir.Constant(ir.ArrayType(I8, len(image)), bytearray(image))

    def entry_wrapper(self, export: str, entry: str, adapter: _ModuleTranslator | None = None) -> None:
        """The external `@<entry>(ptr, i32) -> i64` wrapper of the exported function `export` of this module, else
        of the `adapter` (module docstring); nothing when neither exports such a function."""
        self.entry = export
        owner: _ModuleTranslator = self
        index = self.exported(export, _IMPORT_KIND)
        if index is None and adapter is not None:
            owner, index = adapter, adapter.exported(export, _IMPORT_KIND)
        if index is None:
            return
        callee = owner.env.functions[index]
        if callee is None or owner.env.wasm_types[owner.env.func_type_index[index]] != ((0x7F, 0x7F), (0x7E,)):
            raise UnsupportedError(f"the exported entry must be a defined function of type (i32, i32) -> i64",
                                   function=self.entry)
        fn = ir.Function(self.module, ir.FunctionType(I64, [PTR, I32]), entry)
        args, length = fn.args
        b = ir.IRBuilder(fn.append_basic_block("entry"))
        if self.desc.star >= 0:
            start = self.env.functions[self.desc.star]
            if start is None:
                raise UnsupportedError("an imported start function is not supported", function=self.entry)
            b.call(start, [])
        base = self.memory_base
        b.ret(b.call(callee, [b.sub(b.ptrtoint(args, I32), base), length]))


def _memory_base(module: ir.Module, memory_base: int | None) -> ir.Constant:
    """The i32 PVM address of WASM address 0 (`ModuleEnv.memory_base`): `memory_base`, or for None the address of
    `@__wasm_memory`, declared here once per LLVM module (an adapter shares the input's)."""
    if memory_base is not None:
        return const(I32, memory_base & 0xFFFFFFFF)
    symbol = module.globals.get(abi.WASM_MEMORY_SYMBOL)
    if symbol is None:
        symbol = ir.GlobalVariable(module, ir.ArrayType(I8, 0), abi.WASM_MEMORY_SYMBOL)
    return symbol.ptrtoint(I32)


def entry_exports(exports: set[str], entry: str) -> tuple[str, str | None]:
    """The exports that become the program's entries: (primary at pc 0, secondary at pc 5 or None).

    The primary is `entry`, or, when `entry` is the default `main` and nothing exports it, the first export (by
    name) starting with `refine`; the secondary is `main2`, else the first export starting with `accumulate`
    (a JAM service's refine and accumulate invocations, GP B.1 / B.4: pc 0 and pc 5)."""
    primary = entry
    if entry == "main" and entry not in exports:
        primary = next((name for name in sorted(exports) if name.startswith("refine")), entry)
    secondary = abi.SECONDARY_ENTRY if abi.SECONDARY_ENTRY in exports else \
        next((name for name in sorted(exports) if name.startswith("accumulate")), None)
    return primary, (secondary if secondary not in (primary, entry) else None)


def translate_wasm(data: bytes, name: str = "<wasm>", *, memory_base: int | None = None, entry: str = "main",
                   default_max_pages: int = DEFAULT_MAX_PAGES, max_pages: int | None = None,
                   imports: ImportMap | None = None, adapter: tuple[bytes, str] | None = None) -> str:
    """Translate the binary WASM module `data` into LLVM IR text for the wasm32 target.

    `memory_base` is the PVM address of WASM address 0 when the caller fixes it (tests point it at a host buffer
    to run the IR under MCJIT, and copy `@__wasm_memory_image` there themselves); None, the default, leaves it
    to the linker (`@__wasm_memory`, module docstring); `entry` names the exported function that gets the `@<entry>(ptr, i32) -> i64` wrapper (none is made
    when the module exports no such function); `default_max_pages` is the memory limit, in 64 KiB pages, when the
    module declares none; `max_pages` (`--max-memory`) replaces that default and lowers a larger declared maximum.

    Imports resolve in this order (`wasm_imports` gives the actions): an export of the `adapter` module (binary
    WASM, and its file name for messages) with the import's name and the same type; the `imports` map
    (`--imports`); a name known without a map (`host_call_N`, `pvm_ptr`, `abort`, `console.log`). The adapter's
    functions are translated into the same LLVM module (named `adapter.*`); its own imports resolve to the
    input's exports, then the map, then the known names; its memory instructions act on the input's memory.

    Raises InputError (invalid or undecodable module, segments that do not fit, an adapter export or map line of
    the wrong type, an adapter with data segments or a start function, a memory limit that does not fit) and
    UnsupportedError (floats, SIMD, multi-value returns, an import nothing resolves, reference-type instructions).
    """
    desc = _decode(data, name)
    module = ir.Module(name=name)
    module.triple = WASM32_TRIPLE
    module.data_layout = WASM32_DATALAYOUT
    main = _ModuleTranslator(module, desc, name, memory_base, (default_max_pages, max_pages))
    main.declare()
    helper = None
    if adapter is not None:
        helper = _ModuleTranslator(module, _decode(*adapter), adapter[1], memory_base, (default_max_pages, max_pages),
                                   prefix="adapter.", shared=main)
        helper.declare()
    main.resolve_imports(imports, helper)
    if helper is not None:
        helper.resolve_imports(imports, main)
    main.define()
    if helper is not None:
        helper.define()
    exported = set(main.exports()) | (set(helper.exports()) if helper is not None else set())
    primary, secondary = entry_exports(exported, entry)
    main.entry_wrapper(primary, entry, helper)
    if secondary is not None:
        main.entry_wrapper(secondary, abi.SECONDARY_ENTRY, helper)
    return str(module)
