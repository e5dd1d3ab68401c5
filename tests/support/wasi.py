"""C programs linked with Debian's wasi-libc (tests/wasi/): discovery, the wasm32-wasi build and the native gcc
reference, for tests/wasm/test_wasi_libc.py and benchmarks/c_routes.py.

What it does:
- `programs` lists the programs: every ``tests/wasi/*.c`` and every ``tests/wasi/<dir>/main.c``. Each main file
  carries its inputs as ``// args: HEX`` lines (`verifier.reports.manifest.read_args_lines`) and may carry
  ``// units: FILE...`` (more translation units), ``// include: DIR...`` (``-I``) and ``// define: NAME[=VALUE]...``
  (``-D``), paths relative to the main file.
- `build_wasm` compiles translation units with clang-16 for wasm32-wasi against wasi-libc and links them with
  wasm-ld into a module whose ``main(args, len) -> i64`` is exported (`WASI_FLAGS`, `WASI_LIBS`): the module's
  remaining imports are the WASI preview1 functions the program pulls in, which ``examples/wasi/
  wasi.adapter.wat`` (`ADAPTER`) provides to pvmc. Modules are cached under a directory the caller gives, by a
  hash of the flags, the units and the headers next to them and in the include directories.
- `WasiNative` builds the same sources with gcc against glibc (``-Dmain=corpus_main``, linked with
  ``wasi_native_harness.c``) and runs them on argument bytes in an empty environment: the entry's output bytes,
  stdout, stderr and, when the program called ``exit(n)``, n.
- `log_streams` turns a PVM run's JIP-1 log (``[INFO] ...`` for fd 1, ``[WARN] ...`` for fd 2, as the adapter
  writes them) back into the stdout and stderr text to compare with the native run's.

What it assumes: clang-16, lld-16, compiler-rt for wasm32 and wasi-libc (Debian packages; scripts/setup installs
them), gcc and libc6-dev on a little-endian 64-bit host. Programs are ASCII-printing, floating-point free, and do
not depend on what glibc and wasi-libc (musl) may do differently: qsort with a total order, only the sign of
strcmp and memcmp, fixed-width types where wasm32's 32-bit ``long`` would differ. Buffered stdio output
reaches the PVM log as natively: wasm-ld exports ``main`` through its command-model wrapper
(``main.command_export``: constructors before, ``__wasm_call_dtors`` after, whose stdio flush does what exit
does natively).

What it guarantees: a program that does not build, or whose native run fails, raises `WasiBuildError` /
`NativeReferenceError` with the compiler's or the harness's message (never skipped); identical sources and
flags give the same cached module; nothing here runs pvmc.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from support.native_reference import GCC, LINK_FLAGS, NativeReferenceError
from verifier.reports.manifest import read_args_lines

REPO_ROOT = Path(__file__).resolve().parents[2]
PROGRAMS_DIR = REPO_ROOT / "tests" / "wasi"
"""tests/wasi/: the programs."""
ADAPTER = REPO_ROOT / "examples" / "wasi" / "wasi.adapter.wat"
"""The WASI preview1 adapter these programs are compiled with (`pvmc compile --adapter`)."""
CLANG = "clang-16"
WASI_LIBC = Path("/usr/lib/wasm32-wasi/libc.a")
"""Debian's wasi-libc (package ``wasi-libc``), in clang-16's default library path for wasm32-wasi."""
WASI_FLAGS = ("--target=wasm32-wasi", "-O2", "-std=gnu11", "-ffreestanding", "-nostartfiles", "-Wall", "-Werror",
              "-Wl,--no-entry", "-Wl,--export=main", "-Wl,--strip-debug")
"""clang-16 flags: ``-ffreestanding`` lets ``main`` have the PVM entry's type (hosted C requires ``int main(int,
char **)``) and is what pvmc's own C route uses (``frontend/load.py``); no start files and no entry, since the PVM
entry is ``main`` itself; debug sections dropped (wasi-libc's archive carries them)."""
WASI_LIBS = ("-lc-printscan-no-floating-point",)
"""printf and scanf without floating point, ahead of ``-lc`` (the PVM has none; wasi-libc's README)."""
NATIVE_FLAGS = ("-O2", "-std=gnu11", "-fno-pie", "-Wall", "-Werror", "-Dmain=corpus_main")
"""gcc flags of every translation unit; non-PIE as in `support.native_reference`."""
HARNESS = Path(__file__).resolve().parent / "wasi_native_harness.c"
RUN_TIMEOUT_SECONDS = 60
_DIRECTIVE = re.compile(r"^//\s*(units|include|define):(.*)$")


class WasiBuildError(RuntimeError):
    """A toolchain package is missing, or clang-16 / wasm-ld rejected a program."""


@dataclass(frozen=True)
class WasiProgram:
    """One program of tests/wasi/ with its build options and inputs."""

    name: str
    """The main file's stem, or its directory's name for ``<dir>/main.c``."""
    units: tuple[Path, ...]
    """Its translation units, the main file first."""
    include_dirs: tuple[Path, ...]
    """``-I`` directories."""
    defines: tuple[str, ...]
    """``-D`` macros, ``NAME`` or ``NAME=VALUE``."""
    inputs: tuple[bytes, ...]
    """Argument bytes of each ``// args:`` line, in file order."""


def read_program(main: Path, name: str) -> WasiProgram:
    """The program whose main translation unit is `main` (directives in the module docstring). Raises ValueError
    naming the file for fewer than 3 inputs or a unit or directory that does not exist."""
    units: list[Path] = [main]
    include_dirs: list[Path] = []
    defines: list[str] = []
    for line in main.read_text().splitlines():
        match = _DIRECTIVE.match(line.strip())
        if match is None:
            continue
        kind, words = match.group(1), match.group(2).split()
        if kind == "define":
            defines.extend(words)
        else:
            paths = [main.parent / word for word in words]
            missing = [str(p) for p in paths if not (p.is_file() if kind == "units" else p.is_dir())]
            if missing:
                raise ValueError(f"{main}: {kind}: not found: {', '.join(missing)}")
            (units if kind == "units" else include_dirs).extend(paths)
    inputs = read_args_lines(main)
    if len(inputs) < 3:
        raise ValueError(f"{main}: {len(inputs)} args lines, at least 3 needed")
    return WasiProgram(name, tuple(units), tuple(include_dirs), tuple(defines), inputs)


def programs() -> list[WasiProgram]:
    """Every program of tests/wasi/, sorted by name."""
    found = [read_program(p, p.stem) for p in PROGRAMS_DIR.glob("*.c")]
    found += [read_program(p, p.parent.name) for p in PROGRAMS_DIR.glob("*/main.c")]
    return sorted(found, key=lambda p: p.name)


def _headers(units: tuple[Path, ...], include_dirs: tuple[Path, ...]) -> list[Path]:
    """The headers a build may read besides the system's: ``*.h`` next to a unit and under an include dir."""
    found = {h for u in units for h in u.parent.glob("*.h")} | {h for d in include_dirs for h in d.rglob("*.h")}
    return sorted(found)


def build_wasm(units: tuple[Path, ...], cache_dir: Path, include_dirs: tuple[Path, ...] = (),
               defines: tuple[str, ...] = (), name: str | None = None) -> Path:
    """The wasm32-wasi module of `units` linked with wasi-libc (`WASI_FLAGS`), built into `cache_dir` unless an
    identical build is there; `name` (default: the first unit's stem) begins the file name.

    Raises WasiBuildError when clang-16, wasm-ld-16 or wasi-libc is missing, or when the build fails."""
    clang = shutil.which(CLANG)
    if clang is None or shutil.which("wasm-ld-16") is None or not WASI_LIBC.is_file():
        raise WasiBuildError("the wasm32-wasi build needs clang-16, lld-16 and wasi-libc "
                             "(apt-get install clang-16 lld-16 wasi-libc)")
    flags = (*WASI_FLAGS, *(f"-I{d}" for d in include_dirs), *(f"-D{d}" for d in defines))
    digest = hashlib.sha256("\0".join(flags).encode())
    for path in (*units, *_headers(units, include_dirs)):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    out = cache_dir / f"{name or units[0].stem}-{digest.hexdigest()[:16]}.wasm"
    if not out.exists():
        partial = out.with_suffix(f".{os.getpid()}.part")
        command = [clang, *flags, *(str(u) for u in units), *WASI_LIBS, "-o", str(partial)]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise WasiBuildError(f"{' '.join(command)} failed:\n{done.stderr}")
        partial.replace(out)
    return out


def build_program(program: WasiProgram, cache_dir: Path) -> Path:
    """`build_wasm` of a tests/wasi/ program."""
    return build_wasm(program.units, cache_dir, program.include_dirs, program.defines, program.name)


@dataclass(frozen=True)
class NativeOutcome:
    """One native run of a program."""

    output: bytes
    """The bytes of the entry's result range; b'' when the program called exit."""
    stdout: str
    """What the program wrote to stdout (UTF-8, undecodable bytes as U+FFFD)."""
    stderr: str
    """What it wrote to stderr (likewise)."""
    exit_status: int | None = None
    """n when the program called exit(n), None when the entry returned."""


class WasiNative:
    """Builds programs natively with gcc and glibc (cached per program for the session) and runs them."""

    def __init__(self, build_dir: Path) -> None:
        self._build_dir = build_dir
        self._executables: dict[str, Path] = {}

    def executable(self, program: WasiProgram) -> Path:
        """The native executable of `program`, built on first use. Raises NativeReferenceError."""
        if program.name not in self._executables:
            self._executables[program.name] = self._build(program)
        return self._executables[program.name]

    def run(self, program: WasiProgram, args: bytes) -> NativeOutcome:
        """Run `program`'s entry on `args` natively, with no environment variables. Raises NativeReferenceError
        when the harness fails (exit status 3, or 4 for a result range outside static data)."""
        report = self._build_dir / f"{program.name}.report"
        report.unlink(missing_ok=True)
        done = subprocess.run([str(self.executable(program)), args.hex(), str(report)], capture_output=True,
                              env={}, timeout=RUN_TIMEOUT_SECONDS, check=False)
        lines = report.read_text().splitlines() if report.exists() else []
        stdout, stderr = (stream.decode("utf-8", errors="replace") for stream in (done.stdout, done.stderr))
        if lines == ["entered"]:
            return NativeOutcome(b"", stdout, stderr, done.returncode)
        if done.returncode != 0 or len(lines) != 2 or not lines[1].startswith("output "):
            raise NativeReferenceError(f"{program.name} native run on {args.hex() or '(no bytes)'}: exit "
                                       f"{done.returncode}, report {lines}: {stderr.strip()}")
        return NativeOutcome(bytes.fromhex(lines[1].removeprefix("output ")), stdout, stderr)

    def _build(self, program: WasiProgram) -> Path:
        gcc = shutil.which(GCC)
        if gcc is None:
            raise NativeReferenceError("gcc not found: install the Debian packages gcc and libc6-dev")
        options = [*NATIVE_FLAGS, *(f"-I{d}" for d in program.include_dirs), *(f"-D{d}" for d in program.defines)]
        objects = [self._build_dir / f"{program.name}.{i}.o" for i in range(len(program.units))]
        exe = self._build_dir / f"{program.name}.native"
        commands = [[gcc, *options, "-c", str(unit), "-o", str(obj)] for unit, obj in zip(program.units, objects)]
        commands.append([gcc, *LINK_FLAGS, *(str(o) for o in objects), str(HARNESS), "-o", str(exe)])
        for command in commands:
            done = subprocess.run(command, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                raise NativeReferenceError(f"{program.name}: {' '.join(command)} failed:\n{done.stderr}")
        return exe


STREAM_LEVELS = {"INFO": 1, "WARN": 2}
"""JIP-1 level name -> the file descriptor whose writes the adapter logs at that level (examples/wasi/README.md)."""


def log_streams(log: tuple[str, ...]) -> tuple[str, str]:
    """(stdout, stderr): the messages of a PVM run's JIP-1 log lines (``[LEVEL] message``: the adapter gives no
    target) for fd 1 and fd 2, each stream's messages joined in order. Raises ValueError for a line of another
    level (the adapter writes none)."""
    streams: dict[int, list[str]] = {1: [], 2: []}
    for line in log:
        level, space, message = line.partition(" ")
        fd = STREAM_LEVELS.get(level.strip("[]"))
        if fd is None or not space or not level.startswith("["):
            raise ValueError(f"not a line the WASI adapter logs: {line!r}")
        streams[fd].append(message)
    return "".join(streams[1]), "".join(streams[2])
