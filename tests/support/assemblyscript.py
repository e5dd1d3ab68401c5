"""The AssemblyScript corpus of tests/assemblyscript/: its programs, how asc builds them, and the wasmtime reference.

What it does:
- `programs()` lists the corpus: every ``tests/assemblyscript/*.ts`` with its inputs (``// args: <hex>`` lines,
  read by `read_inputs` with the manifest's hex parser) and the runtimes it is built with (``// runtimes: ...``,
  default ``stub`` alone);
- `asc_command` is the one place the asc flags live: those of the original system, ``--runtime R --noAssert
  --optimizeLevel 3 --shrinkLevel 2 --converge --use abort=``, writing ``<stem>.<runtime>.wasm`` and its
  ``.wat`` text; `build` runs it (tests/assemblyscript/build.py and the rebuild test both call it);
- `AsReference.run` runs ``main(args_ptr, args_len)`` of a built module on wasmtime and returns status, output
  bytes and the lines the program printed with ``console.log``.

Where the arguments go (the soundness question): on the PVM the SPI loader puts them at 0xFEFF0000, outside the
WASM memory pvmc maps (below `pvm_backend.frontend.wasm.MEMORY_CEILING`), i.e. at WASM address
``args_address(base)`` = 0xFEFF0000 - base (about 0xFEFD0000: the linker places WASM address 0 at `base`,
`BuildResult.wasm_memory_base`), and the wrapper passes that address as ``args_ptr``. The reference is given the
build's base, grows wasmtime's memory to cover [args_ptr, args_ptr + len) and writes the bytes there, so
``args_ptr`` is the same number in both runs. AssemblyScript's allocators (stub: bump, minimal/incremental:
TLSF) hand out memory upwards from ``__heap_base``, so the program would have to allocate about 4 GiB before it
could overwrite the arguments; pvmc allows a module without a declared maximum 16 pages (1 MiB) and traps
beyond, and the reference also checks after every run that the argument bytes are unchanged (`AsReferenceError`
otherwise).
Growing costs nothing measurable (wasmtime reserves the 4 GiB address range of a 32-bit memory up front and
the OS commits pages on first touch: a run of arrays.wasm takes about 0.2 ms). The one difference it leaves:
``memory.size`` is about 65264 pages here from the start, so the runtime never calls ``memory.grow`` in the
reference (TLSF starts with one large free block), while on the PVM it grows from the initial page. Output
bytes and log lines do not depend on addresses in the corpus programs, which never print a pointer.
Rejected alternatives: ARGS_OFFSET below the end of initial memory (tests/wasm/wasm_harness.py) is heap here and
gets overwritten; the unused bytes below AssemblyScript's static data (WASM addresses below 1024) would keep
``memory.size`` equal, but give a different ``args_ptr`` and make a null-pointer read see argument bytes.

``console.log``: the import ``env.console.log`` (i32) -> () reads the AssemblyScript string at the pointer
(UTF-16LE code units, byte length the u32 at pointer - 4: the ``rtSize`` of the object header, assemblyscript
0.27 ``std/assembly/rt/common.ts``), decodes it with lone surrogates as U+FFFD and records it as one line.
`jip1_log_line` is what the PVM's JIP-1 log then holds for such a line.

Assumes: node and ``node_modules/assemblyscript`` 0.27.37 (scripts/setup) for building; running needs wasmtime
only. Guarantees: any other import, a missing ``main``/``memory``, or running out of fuel raise AsReferenceError
(a broken corpus fails, it is never an outcome); a wasm trap is status ``trap`` (the PVM counterpart: panic).
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import wasmtime

from pvm_backend.errors import InputError
from pvm_backend.interpreter import SPI_ARGS
from verifier.reports.manifest import parse_hex

REPO_ROOT = Path(__file__).resolve().parents[2]
"""The pvmc repository (tests/support/ is two levels below it)."""
CORPUS_DIR = REPO_ROOT / "tests" / "assemblyscript"
"""The AssemblyScript sources (``*.ts``)."""
BUILD_DIR = CORPUS_DIR / "build"
"""The committed build: ``<stem>.<runtime>.wasm`` and ``<stem>.<runtime>.wat``."""
ASC = REPO_ROOT / "node_modules" / ".bin" / "asc"
ASC_VERSION = "0.27.37"
"""The assemblyscript package scripts/setup installs; the committed build was made with it."""
ASC_FLAGS = ("--noAssert", "--optimizeLevel", "3", "--shrinkLevel", "2", "--converge", "--use", "abort=")
"""The original system's asc flags, besides ``--runtime``."""
MIN_CASES = 2


def args_address(memory_base: int) -> int:
    """WASM address of the argument bytes on the PVM (SPI 0xFEFF0000, GP A.7) when WASM address 0 is at PVM address
    `memory_base`, and in the reference."""
    return (SPI_ARGS - memory_base) % (1 << 32)

WASM_PAGE = 65536
FUEL = 2_000_000_000
"""wasmtime fuel per run (about one unit per wasm instruction); running out is a broken case."""
MASK64 = (1 << 64) - 1
LOG_LEVEL_NAME = "INFO"
"""JIP-1 level 3, the level pvmc gives ``console.log`` (the log line's ``[INFO]`` prefix)."""
LOG_MESSAGE_BYTES = 8192
"""The JIP-1 message of a log line is cut to this many UTF-8 bytes, at a character boundary."""

_ARGS_LINE = re.compile(r"^//\s*args:(.*)$")
_RUNTIMES_LINE = re.compile(r"^//\s*runtimes:(.*)$")


class AsReferenceError(RuntimeError):
    """A module the reference cannot run as a corpus program (see the module docstring, Guarantees)."""


class Runtime(StrEnum):
    """asc's ``--runtime``: the memory manager and garbage collector linked into the module."""

    STUB = "stub"
    """Bump allocator, never frees (the original system's choice)."""
    MINIMAL = "minimal"
    """TLSF + two-colour mark & sweep, collected only by an explicit ``__collect()``."""
    INCREMENTAL = "incremental"
    """TLSF + incremental tri-colour mark & sweep with a shadow stack, collected during allocation."""


@dataclass(frozen=True)
class AsProgram:
    """One source of the corpus."""

    source: Path
    """The ``.ts`` file."""
    inputs: tuple[bytes, ...]
    """Argument bytes of each case, in file order."""
    runtimes: tuple[Runtime, ...]
    """The runtimes it is built with, ``stub`` first."""

    @property
    def name(self) -> str:
        """The source's stem."""
        return self.source.stem

    def wasm(self, runtime: Runtime, build_dir: Path = BUILD_DIR) -> Path:
        """Path of the module built with `runtime` in `build_dir`."""
        return build_dir / f"{self.name}.{runtime}.wasm"


def read_inputs(source: Path) -> tuple[bytes, ...]:
    """The ``// args:`` cases of `source` in file order (hex as in `verifier.reports.manifest.parse_hex`).
    Raises ValueError naming file and line for bad hex, and for fewer than MIN_CASES cases."""
    inputs = []
    for number, line in enumerate(source.read_text().splitlines(), start=1):
        match = _ARGS_LINE.match(line.strip())
        if match is not None:
            try:
                inputs.append(parse_hex(match.group(1), f"{source}:{number}: args line"))
            except InputError as exc:
                raise ValueError(str(exc)) from exc
    if len(inputs) < MIN_CASES:
        raise ValueError(f"{source.name}: {len(inputs)} args lines, at least {MIN_CASES} needed")
    return tuple(inputs)


def read_runtimes(source: Path) -> tuple[Runtime, ...]:
    """The runtimes of the ``// runtimes: ...`` line of `source` (``stub`` when there is none), stub first.
    Raises ValueError for an unknown runtime or a list without stub."""
    for line in source.read_text().splitlines():
        match = _RUNTIMES_LINE.match(line.strip())
        if match is not None:
            names = match.group(1).split()
            unknown = [n for n in names if n not in set(Runtime)]
            if unknown or Runtime.STUB not in names:
                raise ValueError(f"{source.name}: runtimes must include stub and name only {', '.join(Runtime)}")
            return tuple(r for r in Runtime if r in names)
    return (Runtime.STUB,)


def programs() -> list[AsProgram]:
    """Every program of the corpus, sorted by file name."""
    return [AsProgram(s, read_inputs(s), read_runtimes(s)) for s in sorted(CORPUS_DIR.glob("*.ts"))]


def asc_command(source: Path, runtime: Runtime, out_dir: Path) -> list[str]:
    """The asc command line that builds `source` with `runtime` into ``out_dir/<stem>.<runtime>.wasm`` and
    ``.wat``. The source is named relative to the repository when it lies inside it: asc writes no path into
    the binary, but keeping the argument fixed keeps rebuilds comparable wherever the checkout is."""
    stem = f"{source.stem}.{runtime}"
    name = source.relative_to(REPO_ROOT) if source.is_relative_to(REPO_ROOT) else source
    return [str(ASC), str(name), "--runtime", str(runtime), *ASC_FLAGS,
            "--outFile", str(out_dir / f"{stem}.wasm"), "--textFile", str(out_dir / f"{stem}.wat")]


def build(source: Path, runtime: Runtime, out_dir: Path) -> Path:
    """Run `asc_command` (from the repository root) and return the ``.wasm`` path.
    Raises FileNotFoundError when asc is not installed (run scripts/setup), RuntimeError with asc's stderr when
    it fails."""
    if not ASC.exists():
        raise FileNotFoundError(f"{ASC} is missing: run scripts/setup (assemblyscript {ASC_VERSION})")
    out_dir.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(asc_command(source, runtime, out_dir), cwd=REPO_ROOT, capture_output=True, text=True,
                          check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"asc failed on {source.name} ({runtime}):\n{proc.stderr}")
    return out_dir / f"{source.stem}.{runtime}.wasm"


def imports_of(wasm: Path) -> list[str]:
    """The function imports of the module `wasm`, each as ``module.name (params) -> (results)``."""
    found = []
    for imp in wasmtime.Module.from_file(wasmtime.Engine(), str(wasm)).imports:
        ftype = imp.type
        if isinstance(ftype, wasmtime.FuncType):
            params, results = " ".join(map(str, ftype.params)), " ".join(map(str, ftype.results))
            found.append(f"{imp.module}.{imp.name} ({params}) -> ({results})")
        else:
            found.append(f"{imp.module}.{imp.name} (not a function)")
    return found


_FLOAT = re.compile(r"\bf(32|64)\b")


def float_lines(wat: str) -> list[str]:
    """The lines of the module text `wat` (asc's ``--textFile``) that name an f32/f64 type or instruction, data
    segments left out (their bytes are text)."""
    return [line.strip() for line in wat.splitlines()
            if _FLOAT.search(line) and not line.lstrip().startswith("(data")]


def manifest_block() -> str:
    """The tests/corpus.toml block (between its BEGIN and END lines, both included) that lists every built
    ``.wasm`` with its source's inputs; `tests/assemblyscript/build.py` writes it, a test checks it."""
    lines = ["# BEGIN AssemblyScript corpus: written by tests/assemblyscript/build.py from the `// args:` lines of",
             "# tests/assemblyscript/*.ts (a .wasm carries no args lines); tests/wasm/test_assemblyscript_corpus.py",
             "# checks that it is up to date. Entry `main`, -O2.", ""]
    for program in programs():
        for runtime in program.runtimes:
            lines += ["[[program]]", f'path = "{program.wasm(runtime).relative_to(REPO_ROOT)}"', "args = ["]
            lines += [f'  "{args.hex()}",' for args in program.inputs]
            lines += ["]", ""]
    lines.append("# END AssemblyScript corpus")
    return "\n".join(lines) + "\n"


def jip1_log_line(line: str) -> str:
    """What the PVM's JIP-1 log holds for a ``console.log`` line: ``[INFO] `` and the line's UTF-8 cut to at
    most LOG_MESSAGE_BYTES bytes at a character boundary (`line` holds no lone surrogates: the reference has
    decoded them as U+FFFD)."""
    data = line.encode("utf-8")[:LOG_MESSAGE_BYTES]
    return f"[{LOG_LEVEL_NAME}] {data.decode('utf-8', errors='ignore')}"


@dataclass(frozen=True)
class AsOutcome:
    """What one reference run of ``main`` did."""

    status: str
    """``ok`` (main returned) or ``trap``."""
    output: bytes
    """memory[ptr, ptr + len) of the returned ``ptr | len << 32``; b'' on trap."""
    log: tuple[str, ...]
    """The ``console.log`` lines, in order (also those printed before a trap)."""


class AsReference:
    """Runs built corpus modules on wasmtime (one engine, a fresh store and instance per run)."""

    def __init__(self) -> None:
        config = wasmtime.Config()
        config.consume_fuel = True
        self._engine = wasmtime.Engine(config)
        self._modules: dict[Path, wasmtime.Module] = {}

    def _module(self, wasm: Path) -> wasmtime.Module:
        if wasm not in self._modules:
            self._modules[wasm] = wasmtime.Module.from_file(self._engine, str(wasm))
        return self._modules[wasm]

    def run(self, wasm: Path, args: bytes, memory_base: int) -> AsOutcome:
        """Call ``main(address, len(args))`` of the module `wasm` with `args` at `address` =
        `args_address`(`memory_base`), the PVM build's base. Raises AsReferenceError as the module docstring says."""
        address = args_address(memory_base)
        store = wasmtime.Store(self._engine)
        store.set_fuel(FUEL)
        log: list[str] = []
        module = self._module(wasm)
        imports: list[wasmtime.Func] = []
        for imp in module.imports:
            ftype = imp.type
            signature = ([str(t) for t in ftype.params], [str(t) for t in ftype.results]) if isinstance(
                ftype, wasmtime.FuncType) else None
            if (imp.module, imp.name) != ("env", "console.log") or signature != (["i32"], []):
                raise AsReferenceError(f"{wasm.name}: unexpected import {imp.module}.{imp.name} {signature}")
            imports.append(wasmtime.Func(store, _LOG_TYPE, _console_log(log), access_caller=True))
        instance = wasmtime.Instance(store, module, imports)
        exports = instance.exports(store)
        memory, main = exports.get("memory"), exports.get("main")
        if not isinstance(memory, wasmtime.Memory) or not isinstance(main, wasmtime.Func):
            raise AsReferenceError(f"{wasm.name}: exports no memory or no function main")
        end = address + len(args)
        pages = -(-(address + max(len(args), 1)) // WASM_PAGE)  # the page of address, also when empty
        memory.grow(store, max(0, pages - memory.size(store)))
        memory.write(store, args, address)
        try:
            packed = main(store, address - (1 << 32) if address >> 31 else address, len(args))
        except wasmtime.Trap as trap:
            if trap.trap_code == wasmtime.TrapCode.OUT_OF_FUEL:
                raise AsReferenceError(f"{wasm.name}: out of fuel after {FUEL} units") from trap
            return AsOutcome("trap", b"", tuple(log))
        if not isinstance(packed, int):
            raise AsReferenceError(f"{wasm.name}: main returned {packed!r}, expected an i64")
        if bytes(memory.read(store, address, end)) != args:
            raise AsReferenceError(f"{wasm.name}: the program overwrote its argument bytes")
        ptr, length = packed & 0xFFFFFFFF, (packed & MASK64) >> 32
        if ptr + length > memory.data_len(store):
            raise AsReferenceError(f"{wasm.name}: output [{ptr:#x}, +{length}) is outside memory")
        return AsOutcome("ok", bytes(memory.read(store, ptr, ptr + length)), tuple(log))


_LOG_TYPE = wasmtime.FuncType([wasmtime.ValType.i32()], [])


def _console_log(log: list[str]) -> Callable[[wasmtime.Caller, int], None]:
    """The ``env.console.log`` import: append the AssemblyScript string at the argument to `log`."""
    def call(caller: wasmtime.Caller, ptr: int) -> None:
        memory = caller.get("memory")
        assert isinstance(memory, wasmtime.Memory)
        ptr &= 0xFFFFFFFF
        size = int.from_bytes(memory.read(caller, ptr - 4, ptr), "little")
        log.append(bytes(memory.read(caller, ptr, ptr + size)).decode("utf-16-le", errors="replace"))
    return call
