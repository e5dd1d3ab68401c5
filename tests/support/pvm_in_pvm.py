"""PVM-in-PVM: anan-as compiled by pvmc, running a PVM program inside the PVM (issue 14 part 5).

What it does: `build_outer(which)` compiles one of the two anan-as builds with its adapter
(examples/anan-as/ORIGIN.md), `outer_args` lays out the interpreter's argument bytes for an inner program, and
`InnerResult.parse` reads its result back. `run_outer` runs the outer program on our interpreter with the JIP-1
log serviced.

Assumes: the layout of ORIGIN.md ("Arguments and result of `main`"), which both builds share; inner programs are
`.jam` files compiled with `--result-r8 end` (the inner interpreter reads the result as [r7, r8)).
Guarantees: `InnerResult.parse` raises ValueError for a result that is not 5 bytes (not halted) or at least 17
(halted), as wasm-pvm's harness requires.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pvm_backend.abi import ResultRegisters
from pvm_backend.driver import BuildOptions, CompileResult, compile_file
from pvm_backend.frontend.load import WasmOptions
from pvm_backend.interpreter import RunResult, jip1_log_handler, run_spi

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples" / "anan-as"
BUILDS = {
    "pinned": (EXAMPLES / "compiler.wasm", EXAMPLES / "pinned.adapter.wat", "main"),
    "npm": (REPO / "node_modules" / "@fluffylabs" / "anan-as" / "dist" / "build" / "compiler.wasm",
            EXAMPLES / "npm.adapter.wat", "run"),
}
"""The two anan-as builds: (module, adapter, entry)."""
MAX_MEMORY_PAGES = 256
"""Linear memory the outer program maps (16 MiB; the builds declare 1 page and no maximum)."""
INNER_GAS = 100_000_000
"""Inner gas limit, as in wasm-pvm's harness and published table."""
TRAP_PROGRAM = bytes([0]) + bytes(11) + (5).to_bytes(4, "little") + bytes.fromhex("0000010001")
"""wasm-pvm's "TRAP" row's inner program: a 21-byte `.jam` (metadata length 0, an 11-byte header of zeros, a
5-byte code blob whose one instruction is `trap`)."""
STATUS_NAMES = {0: "halt", 1: "panic", 2: "page-fault", 3: "host", 4: "out-of-gas"}


@cache
def build_outer(which: str, opt_level: int = 2) -> CompileResult:
    """anan-as build `which` ("pinned" or "npm") compiled with its adapter (cached per process)."""
    module, adapter, entry = BUILDS[which]
    return compile_file(module, entry=entry, opt_level=opt_level,
                        wasm=WasmOptions(adapter=adapter, max_memory=MAX_MEMORY_PAGES))


@cache
def build_inner(source: Path) -> CompileResult:
    """An inner program compiled by pvmc for the inner interpreter (result registers [r7, r8))."""
    return compile_file(source, options=BuildOptions(result=ResultRegisters.END))


def outer_args(program: bytes, args: bytes, gas: int = INNER_GAS, pc: int = 0) -> bytes:
    """The outer `main`'s argument bytes for running `program` (a `.jam`) on `args` from `pc` with `gas`."""
    return struct.pack("<QIII", gas, pc, len(program), len(args)) + program + args


@dataclass(frozen=True)
class InnerResult:
    """What the outer program reports about the inner run."""

    status: str
    """halt, panic, page-fault, host or out-of-gas."""
    exit_code: int
    gas_left: int | None
    """Inner gas left (halt only)."""
    pc: int | None
    output: bytes

    @classmethod
    def parse(cls, data: bytes) -> InnerResult:
        """Read the outer output (ORIGIN.md); ValueError when it has neither the short nor the long form."""
        if len(data) == 5 and data[0] != 0:
            return cls(STATUS_NAMES.get(data[0], str(data[0])), int.from_bytes(data[1:5], "little"), None, None, b"")
        if len(data) < 17:
            raise ValueError(f"an outer result of {len(data)} bytes is neither 5 nor at least 17")
        status, exit_code, gas_left, pc = struct.unpack("<BIQI", data[:17])
        return cls(STATUS_NAMES.get(status, str(status)), exit_code, gas_left, pc, data[17:])


def run_outer(outer: CompileResult, program: bytes, args: bytes, gas: int) -> RunResult:
    """Run the outer program on our interpreter with the inner program and its arguments."""
    return run_spi(outer.program, outer_args(program, args), gas, host_calls=jip1_log_handler)
