"""Options shared by the commands and the report builders: time limits, gas, worker processes, atomic output.

What it does: holds the one default of each shared limit and the one conversion or check of each, below the CLI
and the reports so that both (and the driver and verifier, for the defaults) read them from here:
  * time limits: `DEFAULT_TIMEOUT_SECONDS` (10 s per function per check, per IR instruction for check 3, and per
    optimisation; issues 5 and 6), `DEFAULT_TIMEOUT_MS` the same in milliseconds, `scaled_timeout_ms` the limit
    of checks 1 and 2 in functions over `LIMIT_UNIT_INSTRUCTIONS` (10,000) IR instructions,
    `milliseconds(seconds)` the one seconds -> milliseconds conversion (rounded, at least 1 ms, as z3 wants), `positive_seconds` the argparse type of every time option;
  * optimisation levels: `OPT_LEVELS` (0-3, "s", "z"), `DEFAULT_OPT_LEVEL`, `parse_opt_level` and
    `optimisation_level`, its argparse type;
  * gas: `DEFAULT_GAS` (10^9), the gas limit of `pvmc run` and of the reports' runs;
  * worker processes: `DEFAULT_JOBS` (every core) and `positive_jobs`, the argparse type of `--jobs`;
    `ordered_map(fn, items, jobs)`, `map` on a pool of spawned processes, in input order (`pvmc compile --jobs`);
  * output files: `write_atomically(path, data)` (a temporary file renamed into place: no partial or
    overwritten output on failure) and `check_output_path(path)` (fail before the work, not after it).

Assumes: nothing beyond the standard library and `pvm_backend.errors`.

Guarantees: errors a user can cause are `InputError` (one line) or `argparse.ArgumentTypeError`.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TypeVar

from pvm_backend.errors import InputError

DEFAULT_TIMEOUT_SECONDS = 10.0
"""z3's limit per function for checks 1 and 2 (per started 10,000 IR instructions, `scaled_timeout_ms`), per
query (one IR instruction) for check 3 (`pvmc verify`,
`--verify-timeout`, the reports' `--timeout`), and per optimisation (`--optimal-timeout`), in seconds."""

DEFAULT_TIMEOUT_MS = 10_000
"""`DEFAULT_TIMEOUT_SECONDS` in milliseconds (what z3 takes)."""

LIMIT_UNIT_INSTRUCTIONS = 10_000
"""Checks 1 and 2 get their time limit once per started block of this many IR instructions of the function
(`scaled_timeout_ms`)."""


def scaled_timeout_ms(timeout_ms: int, ir_instructions: int) -> int:
    """z3's limit for check 1 or 2 of a function of `ir_instructions` IR instructions: `timeout_ms` (milliseconds)
    per started `LIMIT_UNIT_INSTRUCTIONS` (10 s up to 10,000 instructions, 20 s up to 20,000, ...). Their cost
    grows linearly with the function (`benchmarks/scaling.py`: exponents 0.83-1.05), so a fixed limit would make
    every large enough function unknown whatever its code, and a limit scaled per instruction (check 3's) would
    leave small functions too little for z3's fixed costs (issue 17 §3: check 2 of csmith seed 341061's
    66k-instruction function takes 8 s alone and went over 10 s on a loaded machine). Every corpus function is
    below one unit, so its limit is `timeout_ms`."""
    return timeout_ms * max(1, -(-ir_instructions // LIMIT_UNIT_INSTRUCTIONS))

OptLevel = int | str
"""An optimisation level: one of `OPT_LEVELS`."""

OPT_LEVELS: tuple[OptLevel, ...] = (0, 1, 2, 3, "s", "z")
"""The optimisation levels, as clang spells them after -O: 0-3 are LLVM's speed levels; "s" and "z" favour code
size (`frontend.load.SIZE_ATTRIBUTES`)."""

DEFAULT_OPT_LEVEL: OptLevel = 2
"""The optimisation level when none is given (`pvmc compile -O`, a manifest's `opt_level`)."""


def parse_opt_level(given: object) -> OptLevel:
    """`given` (an int 0-3, or the text after clang's -O: "0"-"3", "s" or "z") as one of `OPT_LEVELS`.

    Raises InputError for anything else."""
    level = int(given) if isinstance(given, str) and len(given) == 1 and given.isdigit() else given
    if isinstance(level, (int, str)) and not isinstance(level, bool) and level in OPT_LEVELS:
        return level
    raise InputError(f"optimisation level must be one of {', '.join(map(str, OPT_LEVELS))}, not {given!r}")


def optimisation_level(text: str) -> OptLevel:
    """argparse type of -O: `parse_opt_level`, with argparse's error."""
    try:
        return parse_opt_level(text)
    except InputError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


DEFAULT_GAS = 10**9
"""Gas limit of `pvmc run` and of the reports' program runs (GP A.44 gas units)."""

DEFAULT_JOBS = os.cpu_count() or 1
"""Worker processes of the reports by default: every core of this machine."""

T = TypeVar("T")
R = TypeVar("R")


def ordered_map(fn: Callable[[T], R], items: Sequence[T], jobs: int) -> tuple[R, ...]:
    """`fn` on every item, in input order: in this process when `jobs` is 1 or there is at most one item, else
    on min(`jobs`, len(`items`)) spawned worker processes (never forked: the caller may have threads holding
    locks). `fn` and the items must be picklable; each worker pays one import of what `fn` needs (about half a
    second for the compiler and z3). An exception of `fn` propagates after the pool has shut down."""
    if jobs <= 1 or len(items) <= 1:
        return tuple(fn(item) for item in items)
    with ProcessPoolExecutor(max_workers=min(jobs, len(items)),
                             mp_context=multiprocessing.get_context("spawn")) as pool:
        return tuple(pool.map(fn, items))


def milliseconds(seconds: float) -> int:
    """`seconds` as whole milliseconds, at least 1 (a z3 limit of 0 would mean "no limit")."""
    return max(1, round(seconds * 1000))


def positive_seconds(text: str) -> float:
    """argparse type of every time limit option: a positive, finite number of seconds."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds, not {text!r}")
    return value


def _bounded(text: str, what: str, limit: int, why: str, low: int = 0) -> int:
    """`text` as an integer (decimal or 0x hex) from `low` to `limit` - 1; else argparse's error, saying `why`."""
    try:
        value = int(text, 0)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a {what}: {text!r}") from None
    if not low <= value < limit:
        raise argparse.ArgumentTypeError(f"must be from {low} to {limit - 1} ({why}), not {text}")
    return value


def program_counter(text: str) -> int:
    """argparse type of `run --pc`: an instruction offset 0 .. 2^32-1 (GP A.1, the program counter is in
    N_2^32; one past the code, or beyond, panics when run). Decimal or 0x-prefixed hex."""
    return _bounded(text, "program counter", 1 << 32, "a 32-bit program counter, GP A.1")


def gas_limit(text: str) -> int:
    """argparse type of `run --gas`: gas 0 .. 2^63-1 (GP A.1: the gas counter is a signed 64-bit number).
    Decimal or 0x-prefixed hex."""
    return _bounded(text, "gas amount", 1 << 63, "the PVM's gas counter is a signed 64-bit number, GP A.1")


MAX_STACK_SIZE = (1 << 24) - 1
"""The largest stack size a standard program can declare (a 24-bit field, GP A.7)."""


def stack_size(text: str) -> int:
    """argparse type of `--stack-size`: bytes of stack, 1 .. 2^24-1 (the SPI header's 24-bit field, GP A.7);
    decimal or 0x hex. The linker rounds it up to whole pages."""
    return _bounded(text, "stack size in bytes", MAX_STACK_SIZE + 1, "the standard program's 24-bit field, GP A.7",
                    low=1)


DEFAULT_MAX_PAGES = 16
"""WebAssembly memory limit, in 64 KiB pages, for a module that declares no maximum (1 MiB; `--max-memory`)."""
MAX_WASM_PAGES = 1 << 16
"""The most 64 KiB pages a wasm32 linear memory can have (4 GiB; WebAssembly spec 2.3.8.2)."""


def wasm_pages(text: str) -> int:
    """argparse type of `--max-memory`: 64 KiB WebAssembly pages, 1 .. 65536; decimal or 0x hex. The frontend
    and linker refuse a memory that does not fit the standard program's layout (GP A.7)."""
    return _bounded(text, "number of 64 KiB pages", MAX_WASM_PAGES + 1, "a wasm32 memory has at most 65536", low=1)


def positive_jobs(text: str) -> int:
    """argparse type of `--jobs`: a positive number of worker processes."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of jobs: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def write_atomically(path: Path, data: bytes | str, what: str = "output") -> None:
    """Write `data` to `path` via a temporary file in the same directory renamed into place, so no partial file
    is ever left and an existing file is replaced only by a complete one. Raises InputError ("cannot write
    `what`") when the file cannot be written."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.pvmc-tmp")
    try:
        if isinstance(data, str):
            tmp.write_text(data)
        else:
            tmp.write_bytes(data)
    except OSError as exc:   # the temporary file is the one that failed: say where it was to be made
        tmp.unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write {what}: cannot create a file in {path.parent} "
                         f"({exc.strerror or exc})") from None
    try:
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write {what}: {exc.strerror or exc}") from None


def check_not_the_input(output: str | Path | None, source: str | Path) -> None:
    """Raise InputError when the output file `output` is the input file `source` (the same path or the same file
    through a link): writing it would destroy the source (gcc refuses likewise). None (stdout) is fine."""
    if output is None:
        return
    out, src = Path(output), Path(source)
    if out.resolve() == src.resolve() or (out.exists() and src.exists() and os.path.samefile(out, src)):
        raise InputError(f"{out}: the output file is the input file; refusing to overwrite the source")


def check_output_path(output: str | Path | None, what: str = "report") -> None:
    """Raise InputError now when `output`'s directory does not exist or `output` is a directory (so a long run
    does not fail only after all its work). None (stdout) is always fine."""
    if output is None:
        return
    path = Path(output)
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a {what} file")
    if not path.parent.is_dir():
        raise InputError(f"{path}: cannot write {what}: no directory {path.parent}")
