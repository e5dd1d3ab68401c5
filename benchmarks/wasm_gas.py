"""Gas and code size of the issue-3 WAT benchmarks (tests/wat/bench/*.wat) next to the original system's figures.

For each benchmark: `pvmc compile` (driver.compile_file at -O`N`, default 2) of the .wat, then one run of the
benchmark input (the file's first `;; args:` line) on pvmc's interpreter (`run_spi`), which the test suite
checks to agree with anan-as on gas (tests/test_wat_corpus.py). Printed per program:
- gas used (GP A.44: initial gas minus gas left at the halt);
- code bytes: length of the PVM code section `c` of the program blob (GP A.2), i.e. the instruction bytes only,
  without the jump table, the opcode bitmask and the blob's length prefixes; the SPI and .jam sizes are printed
  too (the published figures do not say which measure they use, so compare the code column with care);
- the published figures of the original system (SEED-regalloc.md's system, issue 3) and our/their ratios.

Usage: .venv/bin/python benchmarks/wasm_gas.py [-O N] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tabulate import tabulate  # noqa: E402

from pvm_backend.driver import compile_file  # noqa: E402
from pvm_backend.interpreter import run_spi  # noqa: E402

BENCH_DIR = REPO / "tests" / "wat" / "bench"
GAS = 10**9


@dataclass(frozen=True)
class Published:
    """One benchmark as the original system publishes it."""

    name: str
    """Benchmark, as published."""
    file: str
    """Our WAT program doing the same work (tests/wat/bench/)."""
    gas: int
    """Published gas used."""
    code_bytes: int
    """Published program size in bytes."""


PUBLISHED = (
    Published("add(5, 7)", "add.wat", 27, 96),
    Published("fib(20), iterative", "fib.wat", 429, 144),
    Published("factorial(10)", "factorial.wat", 185, 126),
    Published("is_prime(25)", "is_prime.wat", 61, 189),
    Published("two counting loops, n = 500", "loops.wat", 37_574, 454),
    Published('blake2b("abc"), 32-byte digest', "blake2b.wat", 16_675, 2_572),
    Published('sha512("abc")', "sha512.wat", 16_787, 2_396),
)


@dataclass(frozen=True)
class Measured:
    """What pvmc gives for one benchmark."""

    name: str
    """Benchmark, as published."""
    status: str
    """Exit status of the run (halt expected)."""
    gas: int
    """Gas used by the run."""
    code_bytes: int
    """Bytes of the PVM code section c (instructions only)."""
    spi_bytes: int
    """Bytes of the whole standard program (SPI, GP A.7)."""
    jam_bytes: int
    """Bytes of the .jam service blob (metadata prefix + SPI)."""
    output: str
    """Output bytes in hex."""


def _benchmark_input(path: Path) -> bytes:
    for line in path.read_text().splitlines():
        if line.startswith(";; args:"):
            return bytes.fromhex("".join(line[len(";; args:"):].split()))
    raise ValueError(f"{path.name}: no `;; args:` line")


def measure(bench: Published, opt_level: int) -> Measured:
    """Compile and run one benchmark at -O`opt_level`."""
    path = BENCH_DIR / bench.file
    result = compile_file(path, opt_level=opt_level)
    run = run_spi(result.program, _benchmark_input(path), GAS)
    return Measured(bench.name, run.status.value, run.gas_used, result.code_bytes, len(result.spi),
                    len(result.jam), run.output.hex())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-O", dest="opt_level", type=int, default=2, choices=range(4), help="LLVM -O level (2)")
    parser.add_argument("--json", action="store_true", help="print one JSON list")
    args = parser.parse_args()
    rows = [(bench, measure(bench, args.opt_level)) for bench in PUBLISHED]
    if args.json:
        print(json.dumps([{**asdict(m), "published_gas": b.gas, "published_code_bytes": b.code_bytes}
                          for b, m in rows], indent=2))
        return
    print(tabulate(
        [(m.name, m.status, m.gas, b.gas, m.gas / b.gas, m.code_bytes, b.code_bytes, m.code_bytes / b.code_bytes,
          m.spi_bytes, m.jam_bytes) for b, m in rows],
        headers=["benchmark", "status", "gas", "published gas", "gas ratio", "code bytes", "published bytes",
                 "size ratio", "SPI bytes", ".jam bytes"],
        intfmt=",", floatfmt=".3g"))
    print(f"\n-O{args.opt_level}; gas on pvmc's interpreter (equal to anan-as: tests/test_wat_corpus.py); "
          "code bytes = PVM instruction bytes only (GP A.2 c), SPI/.jam = whole program files.")


if __name__ == "__main__":
    main()
