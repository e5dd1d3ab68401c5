"""Entry points of the frontend: read `.ll`, `.bc`, `.c`, `.wat` or `.wasm`, optimise with llvmlite, build the view.

What it does: parses LLVM assembly or bitcode in a fresh llvmlite context (one per module, so named structs keep
their names), or runs clang-16 on C (wasm32 target, freestanding, front end only:
``-O2 -Xclang -disable-llvm-passes`` so that no ``optnone`` is attached and the optimiser here decides), or
translates WebAssembly (`.wat` through `wasm.wat_to_wasm`, then `wasm.translate_wasm`) into LLVM assembly;
verifies the module (a module without a data layout or triple gets wasm32's), runs the new-pass-manager pipeline
for -O1..-O3, -Os and -Oz (`options.OPT_LEVELS`, `SIZE_ATTRIBUTES`) with a target machine for the module's own
triple (never the host's: it would vectorise wasm32 IR), and builds the view (`module.build_module`).

Assumes: llvmlite 0.50 (LLVM 22). Switches are kept (no lower-switch pass): the view carries switch cases.

Guarantees: errors the user can cause are typed: `InputError` for unreadable files, IR that does not parse or
verify, C that does not compile (clang's first error line) and a missing clang; `UnsupportedError` for valid
input the backend cannot lower. Messages are one line.
"""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import llvmlite.binding as llvm

from pvm_backend.errors import InputError, UnsupportedError
from pvm_backend.ir import Module
from pvm_backend.options import DEFAULT_OPT_LEVEL, OptLevel, parse_opt_level

from .byval import copy_byval_arguments
from .inline_asm import neutralise
from .module import build_module, reachable_definitions, split_module
from .wasm import translate_wasm, wat_to_wasm
from .wasm_imports import read_import_map

WASM32_LAYOUT = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
"""clang-16's wasm32 data layout, given to modules that state none."""

DEFAULT_TRIPLE = "wasm32-unknown-unknown"
"""Triple used for the optimiser's target machine when the module names none (or one LLVM cannot build)."""

CLANG_FLAGS = ("-O2", "-c", "-emit-llvm", f"--target={DEFAULT_TRIPLE}", "-ffreestanding", "-fno-builtin",
               "-Xclang", "-disable-llvm-passes")
"""clang flags for C input (TOOLCHAIN.md); llvmlite runs the optimisation pipeline afterwards. Bitcode, not
assembly: clang-16 prints constant expressions (``zext``/``or`` of ``ptrtoint``) that LLVM 22's assembly parser
no longer accepts, while its bitcode reader expands them into instructions."""

SIZE_ATTRIBUTES: dict[OptLevel, tuple[str, ...]] = {"s": ("optsize",), "z": ("optsize", "minsize")}
"""The function attributes that make -Os and -Oz: LLVM's -O2 pipeline runs over function definitions that carry
them, as clang-16 marks every function it emits at -Os and -Oz. LLVM's passes read them per function: the loop
unroller and the inliner then use their size thresholds (fib.wat: no loop unrolled at run time, 143 -> 75 code
bytes, benchmarks/wasm_gas.py). A function marked ``optnone`` is left as it is (LLVM rejects minsize with it)."""


def speed_level(opt_level: OptLevel) -> int:
    """LLVM's speed level (0-3) of `opt_level`: "s" and "z" run the -O2 pipeline (as clang does)."""
    return 2 if opt_level in SIZE_ATTRIBUTES else int(opt_level)


_OLD_CONSTEXPR = "constexprs are no longer supported"
"""LLVM 22's parse error for constant expressions that older LLVMs (clang-16) still print."""

_targets_ready = False


def _init_targets() -> None:
    global _targets_ready
    if not _targets_ready:
        llvm.initialize_all_targets()
        llvm.initialize_all_asmprinters()
        _targets_ready = True


def _one_line(message: str, name: str = "") -> str:
    """One line from an LLVM/clang diagnostic: the first ``error:`` line (with LLVM's ``<string>`` replaced by
    `name`), or else the first line followed by the first IR line it quotes (verifier messages)."""
    lines = [ln.strip() for ln in str(message).splitlines() if ln.strip()]
    lines = [ln for ln in lines if not ln.startswith(("LLVM IR parsing error", "LLVM bitcode parsing error"))]
    for ln in lines:
        if "error:" in ln:
            if name and ln.startswith("<string>:"):
                return name + ln[len("<string>"):]
            return ln
    if not lines:
        return "unknown error"
    head = (name + ": " if name else "") + lines[0]
    return f"{head} `{lines[1]}`" if len(lines) > 1 else head


def find_clang() -> str:
    """Path of ``clang-16`` (preferred) or ``clang``; raises `InputError` when neither is installed."""
    for name in ("clang-16", "clang"):
        path = shutil.which(name)
        if path:
            return path
    raise InputError("clang-16 not found: install the Debian package clang-16")


def compile_c(path: Path, include_dirs: tuple[Path, ...] = (), defines: tuple[str, ...] = ()) -> bytes:
    """LLVM bitcode for the C file `path` (wasm32, unoptimised but without ``optnone``), with clang's `-I` for
    each of `include_dirs` and `-D` for each of `defines` (``NAME`` or ``NAME=VALUE``).

    Raises `InputError` with clang's first error line when the C does not compile.
    """
    clang = find_clang()
    flags = [f"-I{d}" for d in include_dirs] + [f"-D{d}" for d in defines]
    proc = subprocess.run([clang, *CLANG_FLAGS, *flags, str(path), "-o", "-"], capture_output=True)
    if proc.returncode != 0:
        raise InputError(f"{path}: clang failed: {_one_line(proc.stderr.decode(errors='replace'))}")
    return proc.stdout


def assemble_with_clang(text: str, name: str) -> bytes:
    """Bitcode for LLVM assembly that only an older LLVM accepts (clang-16's constant expressions).

    clang is told the module's own triple: without it clang substitutes the host's triple and data layout.

    Raises `InputError` when clang is missing or rejects the text.
    """
    clang = find_clang()
    m = re.search(r'^target triple = "([^"]*)"', text, re.M)
    triple = m.group(1) if m and m.group(1) else DEFAULT_TRIPLE
    proc = subprocess.run([clang, f"--target={triple}", "-c", "-emit-llvm", "-x", "ir", "-", "-o", "-",
                           "-Xclang", "-disable-llvm-passes"], input=text.encode(), capture_output=True)
    if proc.returncode != 0:
        raise InputError(f"{name}: {_one_line(proc.stderr.decode(errors='replace'))}")
    return proc.stdout


def _parse(data: str | bytes, name: str) -> tuple[llvm.ModuleRef, llvm.ContextRef]:
    """Parse and verify in a fresh context; the caller must `_dispose` the pair (see there)."""
    ctx = llvm.create_context()
    m: llvm.ModuleRef | None = None
    try:
        if isinstance(data, bytes):
            m = llvm.parse_bitcode(data, context=ctx)
        else:
            m = llvm.parse_assembly(data, context=ctx)
        m.verify()
    except RuntimeError as e:
        _dispose(m, ctx)
        if isinstance(data, str) and _OLD_CONSTEXPR in str(e):
            return _parse(assemble_with_clang(data, name), name)
        raise InputError(_one_line(str(e), name)) from None
    m.name = name
    if not m.data_layout:
        m.data_layout = WASM32_LAYOUT
    if not m.triple:
        m.triple = DEFAULT_TRIPLE
    return m, ctx


def _dispose(m: llvm.ModuleRef | None, ctx: llvm.ContextRef) -> None:
    """Free a module, then its context, in that order.

    Left to Python's garbage collector (an exception's traceback keeps both in a reference cycle), the context
    can be finalised first; it deletes its modules, and the module's own finaliser then frees it twice (a
    segmentation fault seen in the negative tests).
    """
    if m is not None:
        m.close()
    ctx.close()


def optimise(m: llvm.ModuleRef, opt_level: OptLevel) -> None:
    """Run LLVM's -O`opt_level` pipeline on `m` in place (nothing at -O0); at "s" and "z", every function
    definition first gets the `SIZE_ATTRIBUTES`. Raises InputError for a level not in `options.OPT_LEVELS`."""
    opt_level = parse_opt_level(opt_level)
    if opt_level == 0:
        return
    for attribute in SIZE_ATTRIBUTES.get(opt_level, ()):
        for f in m.functions:
            if not f.is_declaration and not any(b"optnone" in group.split() for group in f.attributes):
                f.add_function_attribute(attribute)
    _init_targets()
    level = speed_level(opt_level)
    pb = llvm.create_pass_builder(_target_machine(m, level), llvm.create_pipeline_tuning_options(speed_level=level))
    pb.getModulePassManager().run(m, pb)


def _target_machine(m: llvm.ModuleRef, opt_level: int) -> llvm.TargetMachine:
    """A target machine for `m`'s own triple (wasm32's when LLVM cannot build one for it); targets initialised."""
    try:
        target = llvm.Target.from_triple(m.triple or DEFAULT_TRIPLE)
    except RuntimeError:
        target = llvm.Target.from_triple(DEFAULT_TRIPLE)
    return target.create_target_machine(opt=opt_level)


def prune_unreachable(m: llvm.ModuleRef, roots: tuple[str, ...]) -> int:
    """Delete from `m` the function definitions the functions named `roots` do not reach
    (`module.reachable_definitions`); returns how many were unreachable. Nothing changes when no root is defined.

    They are given internal linkage and LLVM's GlobalDCE deletes them (all of them but those an external
    global's initializer still names, which stay as internal functions). Done before the optimisation pipeline,
    which otherwise spends most of its time on them in a C library (lz4: 1.13 s of which 0.18 s remain, issue 17);
    the reachable functions may then be optimised better, for an internal function loses its unreachable callers.
    """
    keep = reachable_definitions(split_module(str(m)), roots)
    if not keep:
        return 0
    unreachable = [f for f in m.functions if not f.is_declaration and f.name not in keep]
    if not unreachable:
        return 0
    for f in unreachable:
        f.linkage = llvm.Linkage.internal
    _init_targets()
    pm = llvm.create_new_module_pass_manager()
    pm.add_global_dead_code_eliminate_pass()
    pm.run(m, llvm.create_pass_builder(_target_machine(m, 0), llvm.create_pipeline_tuning_options(speed_level=0)))
    return len(unreachable)


def module_from_llvm(data: str | bytes, opt_level: OptLevel = DEFAULT_OPT_LEVEL, name: str = "<string>",
                     roots: tuple[str, ...] | None = None) -> Module:
    """The view of LLVM assembly (str) or bitcode (bytes), after verification and -O`opt_level`.

    With `roots` (function names), the function definitions the roots cannot reach are deleted before the
    optimisation pipeline (`prune_unreachable`), and the view holds only the definitions the roots reach after
    it (`module.reachable_definitions`): a program entered there never runs the others, and optimising and
    viewing them cost most of the compile time of a C library (issue 17). Their unsupported features are then
    not reported either."""
    m, ctx = _parse(data, name)
    try:
        if roots is not None and opt_level != 0:
            prune_unreachable(m, roots)
        optimise(m, opt_level)
        with_byval = [f.name for f in m.functions if not f.is_declaration
                      and any(b"byval(" in a for arg in f.arguments for a in arg.attributes)]
        text = str(m)
        asm = " asm " in text or "@llvm.prefetch." in text
        if not with_byval and not asm:
            return build_module(m, name, roots, split_module(text))
        if asm:
            text, _ = neutralise(text)   # frontend.inline_asm
        if with_byval:
            text, rewritten = copy_byval_arguments(text, functools.partial(_type_size, m))   # frontend.byval
            if rewritten != len(with_byval):
                raise UnsupportedError(f"{name}: byval parameters of {', '.join('@' + n for n in with_byval)}: "
                                       f"copied in {rewritten} of {len(with_byval)} functions (unrecognised "
                                       "definition)")
    finally:
        _dispose(m, ctx)
    m, ctx = _parse(text, name)
    try:
        return build_module(m, name, roots)
    finally:
        _dispose(m, ctx)


def _type_size(m: llvm.ModuleRef, text: str) -> int:
    """Allocation size in bytes of the type spelled `text` in module `m` (its data layout); raises
    UnsupportedError for a type this cannot size (only named structs and types of a fresh module are sized)."""
    target = llvm.create_target_data(m.data_layout)
    if text.startswith("%") and text[1:] in {t.name for t in m.struct_types}:
        return int(target.get_abi_size(m.get_struct_type(text[1:])))
    ctx = llvm.create_context()
    probe: llvm.ModuleRef | None = None
    try:
        probe = llvm.parse_assembly(f'target datalayout = "{m.data_layout}"\n@probe = external global {text}\n',
                                    context=ctx)
        return int(target.get_abi_size(probe.get_global_variable("probe").global_value_type))
    except RuntimeError:
        raise UnsupportedError(f"{m.name}: a byval argument of type {text} is not supported") from None
    finally:
        _dispose(probe, ctx)


WASM_SUFFIXES = (".wat", ".wasm")
LLVM_SUFFIXES = (".c", ".ll", ".bc")


@dataclass(frozen=True)
class SourceOptions:
    """Translation units linked with the input, and the C preprocessor's options (issue 14 part 4)."""

    others: tuple[Path, ...] = ()
    """More `.c`, `.ll` or `.bc` files, linked with the input into one module (llvmlite's linker)."""
    include_dirs: tuple[Path, ...] = ()
    """`-I DIR` for every C file."""
    defines: tuple[str, ...] = ()
    """`-D NAME[=VALUE]` for every C file."""


def _unit(path: Path, sources: SourceOptions) -> str | bytes:
    """The LLVM assembly or bitcode of one `.c`, `.ll` or `.bc` translation unit."""
    suffix = path.suffix.lower()
    if suffix == ".c":
        return compile_c(path, sources.include_dirs, sources.defines)
    if suffix == ".bc":
        return path.read_bytes()
    return path.read_text()


def link_units(units: list[tuple[str | bytes, str]]) -> bytes:
    """Bitcode of the translation units `units` ((assembly or bitcode, file name), at least one) linked into one
    module by LLVM's linker. Raises InputError naming the files when they do not link (e.g. a function defined
    in two of them)."""
    first, first_ctx = _parse(*units[0])
    bitcode: list[bytes] = []
    for data, name in units[1:]:   # each in its own context first (old constant expressions, verification)
        m, ctx = _parse(data, name)
        bitcode.append(m.as_bitcode())
        _dispose(m, ctx)
    try:
        for (_, name), code in zip(units[1:], bitcode):
            try:
                first.link_in(llvm.parse_bitcode(code, context=first_ctx))
            except RuntimeError as e:
                raise InputError(f"{units[0][1]}: linking {name}: {_one_line(str(e))}") from None
        first.verify()
        return bytes(first.as_bitcode())
    finally:
        _dispose(first, first_ctx)


@dataclass(frozen=True)
class WasmOptions:
    """How WebAssembly input is translated (issue 14; `wasm.translate_wasm` gives the rules)."""

    imports: Path | None = None
    """An import map (`--imports FILE`, grammar in `wasm_imports`)."""
    adapter: Path | None = None
    """A `.wat` or `.wasm` module merged into the input (`--adapter FILE`)."""
    max_memory: int | None = None
    """Linear memory limit in 64 KiB WebAssembly pages (`--max-memory PAGES`); None: the declared maximum, or
    `options.DEFAULT_MAX_PAGES` when the module declares none."""

    @property
    def given(self) -> bool:
        """Whether any option differs from the default."""
        return self != WasmOptions()


def _wasm_bytes(path: Path) -> bytes:
    """The binary module of a `.wat` or `.wasm` file (InputError for any other suffix or bad text)."""
    suffix = path.suffix.lower()
    if suffix == ".wat":
        return wat_to_wasm(path.read_text(), str(path))
    if suffix == ".wasm":
        return path.read_bytes()
    raise InputError(f"{path}: a WebAssembly module must be a .wat or .wasm file")


def load_module(path: Path, opt_level: OptLevel = DEFAULT_OPT_LEVEL, entry: str = "main",
                wasm: WasmOptions | None = None, sources: SourceOptions | None = None, roots: tuple[str, ...] | None = None) -> Module:
    """The IR view of `path` (``.ll``, ``.bc``, ``.c``, ``.wat`` or ``.wasm``) optimised at -O`opt_level`
    (`options.OPT_LEVELS`).

    For WebAssembly, `entry` names the exported function that gets the `@<entry>(ptr, i32) -> i64` wrapper (see
    `wasm.translate_wasm`) and `wasm` gives the import map, adapter and memory limit; other inputs ignore
    `entry` and refuse `wasm` options (InputError). `sources` gives more translation units to link with a
    `.c`, `.ll` or `.bc` input, and the C preprocessor's options. With `roots`, only the function definitions
    they reach are viewed (`module_from_llvm`). Raises `InputError` (unreadable, unparsable or
    invalid input, C compile errors, clang missing, unknown extension, a bad import map or adapter, units that
    do not link) and `UnsupportedError` (features the backend cannot lower, e.g. WASM floats, an import nothing
    resolves).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    wasm = wasm or WasmOptions()
    sources = sources or SourceOptions()
    if wasm.given and suffix not in WASM_SUFFIXES:
        raise InputError(f"{path}: --imports, --adapter and --max-memory apply to WebAssembly input (.wat, .wasm)")
    units = (path, *sources.others)
    if sources.others and any(p.suffix.lower() not in LLVM_SUFFIXES for p in units):
        wrong = next(p for p in units if p.suffix.lower() not in LLVM_SUFFIXES)
        raise InputError(f"{wrong}: only .c, .ll and .bc files can be linked together (WebAssembly input must be "
                         "the only input)")
    if (sources.include_dirs or sources.defines) and not any(p.suffix.lower() == ".c" for p in units):
        raise InputError(f"{path}: -I and -D apply to C input (.c)")
    try:
        if len(units) > 1:
            data: str | bytes = link_units([(_unit(p, sources), str(p)) for p in units])
        elif suffix == ".c":
            data = compile_c(path, sources.include_dirs, sources.defines)
        elif suffix == ".bc":
            data = path.read_bytes()
        elif suffix == ".ll":
            data = path.read_text()
        elif suffix in WASM_SUFFIXES:
            module = _wasm_bytes(path)
            imports = read_import_map(wasm.imports) if wasm.imports is not None else None
            adapter = None
            if wasm.adapter is not None:
                try:
                    adapter = (_wasm_bytes(wasm.adapter), str(wasm.adapter))
                except OSError as e:
                    raise InputError(f"{wasm.adapter}: {e.strerror or e}") from None
            data = translate_wasm(module, str(path), entry=entry, imports=imports, adapter=adapter,
                                  max_pages=wasm.max_memory)
        else:
            raise InputError(f"{path}: unknown input type (expected .c, .ll, .bc, .wat or .wasm)")
    except OSError as e:
        raise InputError(f"{path}: {e.strerror or e}") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not a text file") from None
    return module_from_llvm(data, opt_level, str(path), roots)


def module_from_text(text: str, opt_level: OptLevel = 0, name: str = "<string>") -> Module:
    """The IR view of LLVM assembly given as a string (for tests), after -O`opt_level`."""
    return module_from_llvm(text, opt_level, name)
