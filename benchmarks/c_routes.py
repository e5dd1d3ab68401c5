"""Two routes from C to the PVM, side by side: code bytes and gas (issue 14 part 4, "through wasm-ld or bitcode").

Route (a), wasm: clang-16 for wasm32-wasi, linked by wasm-ld with wasi-libc (tests/support/wasi.py's flags:
``-O2 -ffreestanding -nostartfiles``, ``main`` exported), then ``pvmc compile x.wasm --adapter
examples/wasi/wasi.adapter.wat``. Route (b), bitcode: ``pvmc compile x.c`` (clang-16 for wasm32-unknown-unknown,
``-ffreestanding -fno-builtin``, bitcode optimised by pvmc's LLVM; frontend/load.py). Both at pvmc's -O2 with
the default register allocation.

Programs: C files of tests/programs/ that need no C library (either route builds them), each run on every one of
its ``// args:`` inputs on pvmc's interpreter (`run_spi`; the suite checks it agrees with anan-as on gas).
Printed per program: code bytes (GP A.2: the instruction bytes of the program blob) of each route, the gas used
summed over the inputs (GP A.44), the ratios a / b, and whether both routes gave the same output on every input.

Usage: .venv/bin/python benchmarks/c_routes.py [PROGRAM ...] [--json]   (names of tests/programs/*.c, no .c)
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.append(str(REPO / "tests"))

from tabulate import tabulate  # noqa: E402

from pvm_backend.driver import CompileResult, compile_file  # noqa: E402
from pvm_backend.frontend.load import WasmOptions  # noqa: E402
from pvm_backend.interpreter import run_spi  # noqa: E402
from support.wasi import ADAPTER, build_wasm  # noqa: E402
from verifier.reports.manifest import read_args_lines  # noqa: E402

PROGRAMS_DIR = REPO / "tests" / "programs"
DEFAULT_PROGRAMS = ("sha256", "keccak", "quick_sort", "strings", "struct_copy")
"""Hashes (arithmetic, loops), a sort and string code (calls, branches), struct copies (memcpy)."""
GAS = 10**9


@dataclass(frozen=True)
class Record:
    """One program measured both ways."""

    program: str
    """Stem of the tests/programs/ file."""
    inputs: int
    """How many ``// args:`` inputs the gas is summed over."""
    code_bytes_wasm: int
    """Route (a): code bytes (GP A.2)."""
    code_bytes_bitcode: int
    """Route (b): code bytes."""
    gas_wasm: int
    """Route (a): gas used, summed over the inputs."""
    gas_bitcode: int
    """Route (b): gas used, summed over the inputs."""
    same_output: bool
    """Both routes gave the same output bytes on every input."""


def _measure(result: CompileResult, inputs: tuple[bytes, ...]) -> tuple[int, list[bytes]]:
    """(gas summed over `inputs`, the output of each run); raises RuntimeError when a run does not halt."""
    total, outputs = 0, []
    for args in inputs:
        run = run_spi(result.program, args, GAS)
        if run.status.value != "halt":
            raise RuntimeError(f"{result.source.name} on {args.hex()}: {run.status.value} at pc {run.pc}")
        total += run.gas_used
        outputs.append(run.output)
    return total, outputs


def measure(names: tuple[str, ...], build_dir: Path) -> list[Record]:
    """One record per program (built in `build_dir`): code bytes and summed gas of both routes."""
    records: list[Record] = []
    for name in names:
        source = PROGRAMS_DIR / f"{name}.c"
        inputs = read_args_lines(source)
        wasm = compile_file(build_wasm((source,), build_dir), entry="main", opt_level=2,
                            wasm=WasmOptions(adapter=ADAPTER))
        bitcode = compile_file(source, entry="main", opt_level=2)
        wasm_gas, wasm_out = _measure(wasm, inputs)
        bitcode_gas, bitcode_out = _measure(bitcode, inputs)
        records.append(Record(name, len(inputs), wasm.code_bytes, bitcode.code_bytes, wasm_gas, bitcode_gas,
                              wasm_out == bitcode_out))
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("programs", nargs="*", default=list(DEFAULT_PROGRAMS))
    parser.add_argument("--json", action="store_true", help="print the records as JSON")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as build_dir:
        records = measure(tuple(options.programs), Path(build_dir))
    if options.json:
        print(json.dumps([asdict(r) for r in records], indent=1))
        return
    rows = [[r.program, r.inputs, r.code_bytes_wasm, r.code_bytes_bitcode,
             f"{r.code_bytes_wasm / r.code_bytes_bitcode:.2f}", r.gas_wasm, r.gas_bitcode,
             f"{r.gas_wasm / r.gas_bitcode:.2f}", r.same_output] for r in records]
    print(tabulate(rows, headers=["program", "inputs", "code (a) wasm", "code (b) bitcode", "a/b",
                                  "gas (a) wasm", "gas (b) bitcode", "a/b", "same output"]))


if __name__ == "__main__":
    main()
