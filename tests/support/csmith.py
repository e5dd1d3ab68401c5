"""csmith differential testing: generate a random C program, take its checksum from the wasmtime reference, build
it with pvmc in one configuration, prove it, run it, and classify what happened.

What it does: `generate(seed, directory)` runs csmith 2.3.0 (integer-only: `CSMITH_OPTIONS`) and puts our runtime
header (`RUNTIME_HEADER`, tests/fuzz/csmith_runtime/csmith.h: checksum, safe math, the entry `csmith_entry`)
beside the program. `reference(path, wasm)` compiles the program with clang-16 for wasm32 and runs it in wasmtime
(`support.wasm_reference`, the project's one wasm reference), giving the 4-byte checksum or a reason it has none
(over `REFERENCE_FUEL` wasm instructions or `REFERENCE_SECONDS` of wall time: `Outcome.TIMEOUT`).
`check(path, config, expected)` compiles as `pvm_backend.driver.compile_file` does (the front end at the
configuration's `-O` level, then `build_program` with its allocator and register model; entry `csmith_entry`;
a 1 MiB stack), verifies every function (`verifier.verify_build`),
runs the program on pvmc's interpreter (`run_spi`) and returns a `Finding`.

Classes (`Outcome`), decided in this order:
  * unsupported: compiling raised a `PvmcError` (what `pvmc` reports as one line with exit code 2); the message
    names the feature;
  * crash: any other exception while compiling, verifying or running (a traceback or internal error);
  * timeout: the configuration ran over its wall-clock limit (`Limits.seconds`, SIGALRM in this process), or the
    program ran out of gas (`Limits.gas`);
  * proved-but-wrong: every function proved, yet the run did not halt with the reference's checksum (the worst
    class: a hole in the verifier's soundness argument, or a bug outside what it checks);
  * miscompile: wrong checksum (or no halt) and the verifier did not prove every function;
  * false alarm: the checksum is right but some function is refuted or unknown;
  * ok: right checksum, every function proved;
  * bad program (decided by `reference`, before any configuration): clang rejected the program or the reference
    trapped; not pvmc's doing, reported per seed.

Assumes: csmith (Debian package csmith) and the wasm reference's toolchain are installed; the caller runs
`check` in the main thread of its process (the wall-clock limit uses SIGALRM). csmith programs built with our
header have no undefined behaviour (csmith's guarantee given the safe-math semantics the header implements), so
the reference's checksum is the only right answer for every configuration.

Guarantees: `check` never raises for anything the compiler does (every exception becomes a `Finding`);
`generate` raises `CsmithError` when csmith is missing or fails; expected outputs come from wasmtime only.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from types import FrameType

from pvm_backend.abi import RegisterModel
from pvm_backend.driver import BuildOptions, build_program
from pvm_backend.errors import PvmcError
from pvm_backend.frontend.load import load_module
from pvm_backend.interpreter import Status, jip1_log_handler, run_spi
from pvm_backend.ir import Module
from pvm_backend.options import milliseconds
from verifier import verify_build
from verifier.result import FunctionVerdict
from verifier.result import Status as CheckStatus

from .wasm_reference import WasmReference, WasmReferenceError, WasmStatus

CSMITH = "csmith"
CSMITH_OPTIONS = ("--no-float", "--no-argc")
"""Integer-only programs whose main takes no arguments; everything else as csmith 2.3.0's defaults (safe math
on: the wrappers make signed overflow, bad shifts and division by zero defined, so outputs can be compared)."""
SMALL_OPTIONS = (*CSMITH_OPTIONS, "--max-funcs", "3", "--max-block-depth", "3", "--max-expr-complexity", "4",
                 "--max-array-len-per-dim", "4")
"""`CSMITH_OPTIONS` with smaller programs (about 100-500 lines instead of 100-3 000): about a second per
configuration, for the CI seeds and for runs on a small time budget."""
RUNTIME_HEADER = Path(__file__).resolve().parents[1] / "fuzz" / "csmith_runtime" / "csmith.h"
"""Our runtime header, `#include "csmith.h"`d by every csmith program (its comment says what it provides)."""
ENTRY = "csmith_entry"
"""The entry function the header defines: pvmc's `(ptr args, i32 len) -> i64` ABI around csmith's main."""
REFERENCE_FUEL = 5_000_000
"""wasm instructions the reference may execute: pvmc's interpreter runs about 2 M PVM instructions a second, so a
program over this would take seconds per configuration (the reference's `timeout`)."""
REFERENCE_SECONDS = 1.0
"""Wall-clock seconds the reference run (wasmtime's module compile included) may take."""

MODES: dict[str, tuple[str, RegisterModel]] = {
    "none": ("none", RegisterModel.SEED),
    "linear-scan": ("linear-scan", RegisterModel.SEED),
    "linear-scan-full": ("linear-scan", RegisterModel.FULL),
    "optimal": ("optimal", RegisterModel.SEED),
}
"""Allocation modes by name: (the `--regalloc` allocator, the `--registers` model)."""
OPT_LEVELS = (0, 2)
"""The `-O` levels every program is built at by default."""


class CsmithError(RuntimeError):
    """csmith is not installed or failed to generate a program."""


class Outcome(StrEnum):
    """What one program did in one configuration (module docstring: the order they are decided in)."""

    OK = "ok"
    MISCOMPILE = "miscompile"
    CRASH = "crash"
    UNSUPPORTED = "unsupported"
    TIMEOUT = "timeout"
    FALSE_ALARM = "false alarm"
    PROVED_BUT_WRONG = "proved-but-wrong"
    BAD_PROGRAM = "bad program"
    """Not pvmc's: clang rejected the program or the reference trapped (csmith or the runtime header at fault)."""


@dataclass(frozen=True, slots=True)
class Config:
    """One way of building a program."""

    opt_level: int
    """LLVM optimisation level, 0-3 (`pvmc compile -O`)."""
    mode: str
    """A key of `MODES`."""

    @property
    def name(self) -> str:
        """``-O2 linear-scan`` and the like."""
        return f"-O{self.opt_level} {self.mode}"

    def pvmc_flags(self, optimal_timeout: float) -> tuple[str, ...]:
        """The `pvmc compile` / `pvmc verify` flags of this configuration."""
        regalloc, registers = MODES[self.mode]
        extra = ("--optimal-timeout", f"{optimal_timeout:g}") if regalloc == "optimal" else ()
        return ("--entry", ENTRY, "-O", str(self.opt_level), "--regalloc", regalloc, "--registers",
                registers.value, *extra)


@dataclass(frozen=True, slots=True)
class Limits:
    """How long a configuration may take."""

    seconds: float = 120.0
    """Wall-clock limit of compile + verify + run of one configuration (seconds)."""
    gas: int = 100_000_000
    """Gas of the pvmc run (GP A.44 units); running out is a timeout."""
    verify_seconds: float = 10.0
    """z3's limit per function per check, per IR instruction for check 3 (seconds; `pvmc verify --timeout`)."""
    optimal_seconds: float = 2.0
    """The optimal allocator's limit per function (seconds; `--optimal-timeout`)."""
    stack_bytes: int = 1 << 20
    """pvmc's stack (bytes, SPI field s): csmith's large local arrays and pvmc's one slot per SSA value
    overflow the default 64 KiB at -O0, which panics by design before the program starts (not a miscompile)."""


@dataclass(frozen=True, slots=True)
class Reference:
    """The wasmtime reference's result for one program."""

    checksum: bytes | None
    """The 4 output bytes (the CRC, little-endian); None when the reference gives no answer."""
    outcome: Outcome
    """OK, TIMEOUT (over the fuel or time limit) or BAD_PROGRAM (clang rejected it, or it trapped)."""
    message: str
    """Why there is no checksum ('' when there is one)."""
    seconds: float
    """Wall-clock seconds of the wasmtime run (seconds)."""
    fuel: int
    """wasm instructions executed (0 when unknown)."""


@dataclass(frozen=True, slots=True)
class Finding:
    """One program in one configuration."""

    config: Config
    """How it was built."""
    outcome: Outcome
    """Its class."""
    message: str = ""
    """For anything but ok: the error's one line, the wrong output, or the function the verifier did not prove
    with its first violation or reason."""
    seconds: float = 0.0
    """Wall-clock seconds of compile + verify + run (seconds)."""
    gas: int = 0
    """Gas the pvmc run used (0 when it did not run)."""


def generate(seed: int, directory: Path, options: tuple[str, ...] = CSMITH_OPTIONS) -> Path:
    """Write csmith's program of `seed` to `directory`/csmith_SEED.c, with a link to our header beside it.

    Raises CsmithError when csmith is missing or fails."""
    csmith = shutil.which(CSMITH)
    if csmith is None:
        raise CsmithError("csmith not found: install the Debian package csmith (scripts/setup does)")
    install_header(directory)
    out = directory / f"csmith_{seed}.c"
    done = subprocess.run([csmith, *options, "--seed", str(seed), "-o", str(out.resolve())], capture_output=True,
                          text=True, check=False, timeout=60, cwd=directory)   # it writes platform.info there
    if done.returncode != 0 or not out.is_file():
        raise CsmithError(f"csmith --seed {seed} failed (exit {done.returncode}): {done.stderr.strip()}")
    return out


def install_header(directory: Path) -> None:
    """Put a symbolic link to `RUNTIME_HEADER` into `directory` (where `#include "csmith.h"` looks first)."""
    link = directory / RUNTIME_HEADER.name
    if not link.exists():
        try:
            link.symlink_to(RUNTIME_HEADER)
        except FileExistsError:   # another process's program in the same directory got there first
            pass


UNOPTIMISED_FUEL_FACTOR = 4
"""The -O0 reference run gets this many times the -O2 run's fuel (unoptimised wasm executes more instructions)."""


def reference(path: Path, wasm: WasmReference, fuel: int = REFERENCE_FUEL,
              seconds: float = REFERENCE_SECONDS) -> Reference:
    """The checksum of program `path` from clang-16 (wasm32, -O2) and wasmtime, or why there is none: a program
    whose -O0 build (fuel × `UNOPTIMISED_FUEL_FACTOR`) ends differently is a bad program (undefined behaviour)."""
    try:
        wasm.compile(path)
    except WasmReferenceError as exc:
        return Reference(None, Outcome.BAD_PROGRAM, f"reference: {first_line(str(exc), 1)}", 0.0, 0)
    start = time.perf_counter()
    try:
        result = wasm.run(path, b"", entry=ENTRY, fuel=fuel)
    except WasmReferenceError as exc:
        return Reference(None, Outcome.TIMEOUT, f"reference: over {fuel} wasm instructions" if "fuel" in str(exc)
                         else f"reference: {first_line(str(exc))}", time.perf_counter() - start, fuel)
    elapsed = time.perf_counter() - start
    if result.status is WasmStatus.TRAP:
        return Reference(None, Outcome.BAD_PROGRAM, f"reference trapped: {result.trap_message}", elapsed,
                         result.fuel_used)
    if elapsed > seconds:
        return Reference(None, Outcome.TIMEOUT, f"reference: {elapsed:.2f} s > {seconds:g} s", elapsed,
                         result.fuel_used)
    # A program whose result depends on the optimisation level has undefined behaviour that csmith let through
    # (seed 174 of the first run: a loop without side effects that never ends at -O0, removed at -O2, which
    # LLVM 22 in pvmc turns into `unreachable`): no pvmc result can be called wrong against it.
    try:
        unoptimised = wasm.run(path, b"", entry=ENTRY, fuel=UNOPTIMISED_FUEL_FACTOR * fuel, opt_level=0)
        same = unoptimised.status is result.status and bytes(unoptimised.output) == bytes(result.output)
        why = f"{unoptimised.status.value} with output {bytes(unoptimised.output).hex() or '(none)'}"
    except WasmReferenceError as exc:
        same, why = False, first_line(str(exc))
    if not same:
        return Reference(None, Outcome.BAD_PROGRAM, f"reference differs between clang -O0 ({why}) and -O2: "
                         "undefined behaviour (or -O0 over its fuel)", elapsed, result.fuel_used)
    return Reference(bytes(result.output), Outcome.OK, "", elapsed, result.fuel_used)


class _Overrun(Exception):
    """The wall-clock limit of a configuration passed (raised by the SIGALRM handler)."""


@contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Raise `_Overrun` in this (main) thread when `seconds` of wall time have passed inside the block."""
    def expire(signum: int, frame: FrameType | None) -> None:
        raise _Overrun()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def check(path: Path, config: Config, expected: bytes, limits: Limits = Limits(),
          modules: dict[int, Module | PvmcError] | None = None) -> Finding:
    """Compile, verify and run program `path` in `config` and classify it against `expected` (the reference's
    checksum); never raises for what the compiler does (module docstring). `modules` caches the front end's
    result per `-O` level (the optimised IR view, or the error it raised) across calls for one program: what
    `pvm_backend.driver.compile_file` does first, done once for the four allocation modes."""
    start = time.perf_counter()
    try:
        with _deadline(limits.seconds):
            return _check(path, config, expected, limits, start, {} if modules is None else modules)
    except _Overrun:
        return Finding(config, Outcome.TIMEOUT, f"over {limits.seconds:g} s", time.perf_counter() - start)


def _check(path: Path, config: Config, expected: bytes, limits: Limits, start: float,
           modules: dict[int, Module | PvmcError]) -> Finding:
    regalloc, registers = MODES[config.mode]
    options = BuildOptions(regalloc=regalloc, registers=registers, stack_size=limits.stack_bytes,
                           optimal_timeout_ms=milliseconds(limits.optimal_seconds))

    def finding(outcome: Outcome, message: str = "", gas: int = 0) -> Finding:
        return Finding(config, outcome, message, time.perf_counter() - start, gas)

    try:
        if config.opt_level not in modules:
            try:
                modules[config.opt_level] = load_module(path, config.opt_level, ENTRY)
            except PvmcError as exc:
                modules[config.opt_level] = exc
        module = modules[config.opt_level]
        if isinstance(module, PvmcError):
            raise module
        build = build_program(module, ENTRY, options)
    except PvmcError as exc:
        return finding(Outcome.UNSUPPORTED, first_line(str(exc)))
    except _Overrun:
        raise
    except Exception as exc:  # noqa: BLE001 - any other exception is the crash class being looked for
        return finding(Outcome.CRASH, f"compile: {_crash_text(exc)}")
    try:
        verdicts = verify_build(build, milliseconds(limits.verify_seconds))
        run = run_spi(build.program, b"", gas=limits.gas, host_calls=jip1_log_handler)
    except _Overrun:
        raise
    except Exception as exc:  # noqa: BLE001
        return finding(Outcome.CRASH, f"verify/run: {_crash_text(exc)}")
    unproved = [v for v in verdicts if not v.proved]
    if run.status is Status.OUT_OF_GAS:
        return finding(Outcome.TIMEOUT, f"out of gas after {limits.gas}", run.gas_used)
    if run.status is not Status.HALT or bytes(run.output) != expected:
        wrong = f"{run.status.value} with output {bytes(run.output).hex() or '(none)'}, expected {expected.hex()}"
        if not unproved:
            return finding(Outcome.PROVED_BUT_WRONG, wrong, run.gas_used)
        return finding(Outcome.MISCOMPILE, f"{wrong}; verifier: {_verdict_text(unproved[0])}", run.gas_used)
    if unproved:
        return finding(Outcome.FALSE_ALARM, _verdict_text(unproved[0]) +
                       (f" (and {len(unproved) - 1} more functions)" if len(unproved) > 1 else ""), run.gas_used)
    return finding(Outcome.OK, "", run.gas_used)


def _verdict_text(verdict: FunctionVerdict) -> str:
    """``FUNCTION: check code refuted: <first violation>`` (or the unknown check's reason)."""
    for result in verdict.checks:
        if result.status is CheckStatus.REFUTED:
            detail = result.violations[0].describe() if result.violations else result.reason
            return f"{verdict.name}: check {result.name} refuted: {detail}"
        if result.status is CheckStatus.UNKNOWN:
            return f"{verdict.name}: check {result.name} unknown: {result.reason or 'no answer'}"
    return f"{verdict.name}: not proved"


def _crash_text(exc: BaseException) -> str:
    """``Type: message (at file:line in function)``, the innermost frame of the traceback."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" (at {Path(frames[-1].filename).name}:{frames[-1].lineno} in {frames[-1].name})" if frames else ""
    return f"{type(exc).__name__}: {first_line(str(exc))}{where}"


def first_line(text: str, index: int = 0) -> str:
    """Line `index` of `text` among its non-blank lines (the last one when there are fewer), stripped."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[min(index, len(lines) - 1)] if lines else ""
