"""Gas and code size of the original system's published benchmarks (issues 3 and 18), next to its figures.

The programs are our own, doing the published programs' work on the published inputs: the WAT rows are
tests/wat/bench/*.wat, the AssemblyScript rows tests/assemblyscript/bench_*.ts built by asc with the original
system's flags (tests/assemblyscript/build/, runtime stub). For each: `pvmc compile` (driver.compile_file at
-O`LEVEL`; one table per level given, by default -O2, pvmc's default, and -Os, its size level), then one run of the
row's input on pvmc's interpreter (`run_spi`), which the test suite checks to agree with anan-as on gas
(tests/test_wat_corpus.py, tests/wasm/test_assemblyscript_corpus.py, tests/test_size_levels.py). Printed per row:
- gas used (GP A.44: initial gas minus gas left at the halt);
- code bytes: length of the PVM code section `c` of the program blob (GP A.2), i.e. the instruction bytes only,
  without the jump table, the opcode bitmask and the blob's length prefixes; the SPI and .jam sizes are printed
  too;
- the published figures and our/their ratios, and the geometric means of the ratios.

Where the published figures come from: tomusdrw/wasm-pvm v0.10.0 (issue 18's table) for every code size and for
the gas of the WAT and u128 rows. v0.10.0's gas for the AssemblyScript rows is not in any source we could read;
those rows compare with the benchmark table of the project's docs (docs/src/optimizations.md, the version listing
AS fib(10) at 504 code bytes and 245 gas), marked "docs" in the source column.

Usage: .venv/bin/python benchmarks/wasm_gas.py [-O LEVEL ...] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from corpus_builds import geomean  # noqa: E402
from tabulate import tabulate  # noqa: E402

from pvm_backend.driver import compile_file  # noqa: E402
from pvm_backend.interpreter import run_spi  # noqa: E402
from pvm_backend.options import OptLevel, optimisation_level  # noqa: E402

WAT_BENCH = "tests/wat/bench"
AS_BUILD = "tests/assemblyscript/build"
GAS = 10**9


@dataclass(frozen=True)
class Published:
    """One benchmark as the original system publishes it."""

    name: str
    """Benchmark, as published."""
    file: str
    """Our program doing the same work: a .wat or an asc-built .wasm, relative to the repository."""
    gas: int
    """Published gas used."""
    code_bytes: int
    """Published code size in bytes."""
    args: str | None = None
    """The input in hex; None: the first `;; args:` line of the .wat."""
    gas_source: str = "v0.10.0"
    """Where the published gas comes from (see the module docstring)."""


PUBLISHED = (
    Published("add(5, 7)", f"{WAT_BENCH}/add.wat", 27, 96),
    Published("fib(20), iterative", f"{WAT_BENCH}/fib.wat", 429, 144),
    Published("factorial(10)", f"{WAT_BENCH}/factorial.wat", 185, 126),
    Published("is_prime(25)", f"{WAT_BENCH}/is_prime.wat", 61, 189),
    Published("two counting loops, n = 500", f"{WAT_BENCH}/loops.wat", 37_574, 454),
    Published('blake2b("abc"), 32-byte digest', f"{WAT_BENCH}/blake2b.wat", 16_675, 2_572),
    Published('sha512("abc")', f"{WAT_BENCH}/sha512.wat", 16_787, 2_396),
    Published("u128 mul x1000", f"{WAT_BENCH}/u128_mul.wat", 75_029, 342, "e8030000"),
    Published("u128 div fast x1000", f"{WAT_BENCH}/u128_div.wat", 76_029, 608, "e803000000000000"),
    Published("u128 div slow x1000", f"{WAT_BENCH}/u128_div.wat", 143_029, 609, "e803000001000000"),
    Published("AS fib(10)", f"{AS_BUILD}/bench_fib.stub.wasm", 245, 496, "0a000000", "docs"),
    Published("AS factorial(7)", f"{AS_BUILD}/bench_factorial.stub.wasm", 207, 493, "07000000", "docs"),
    Published("AS gcd(2017, 200)", f"{AS_BUILD}/bench_gcd.stub.wasm", 174, 505, "00e10700c8000000", "docs"),
    Published("AS decoder", f"{AS_BUILD}/bench_decoder.stub.wasm", 953, 4_734, "00000000", "docs"),
    Published("AS array", f"{AS_BUILD}/bench_array.stub.wasm", 820, 4_207, "00000000", "docs"),
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


GAS_TARGET = 0.80
"""Issue 18: gas at most this ratio to the published figure, on every row."""
CODE_TARGET = 0.90
"""Issue 18: code bytes at most this ratio, on every row."""
CODE_GEOMEAN_TARGET = 0.75
"""Issue 18: the geometric mean of the code ratios at most this."""


def benchmark_input(bench: Published) -> bytes:
    """The row's input: its `args`, else the first `;; args:` line of its .wat. Raises ValueError without either."""
    if bench.args is not None:
        return bytes.fromhex(bench.args)
    path = REPO / bench.file
    for line in path.read_text().splitlines():
        if line.startswith(";; args:"):
            return bytes.fromhex("".join(line[len(";; args:"):].split()))
    raise ValueError(f"{path.name}: no `;; args:` line")


def measure(bench: Published, opt_level: OptLevel) -> Measured:
    """Compile and run one benchmark at -O`opt_level`."""
    result = compile_file(REPO / bench.file, opt_level=opt_level)
    run = run_spi(result.program, benchmark_input(bench), GAS)
    return Measured(bench.name, run.status.value, run.gas_used, result.code_bytes, len(result.spi),
                    len(result.jam), run.output.hex())


def print_table(rows: list[tuple[Published, Measured]], opt_level: OptLevel) -> None:
    """The table of one optimisation level, then its geometric means and how many rows meet issue 18's targets."""
    table = []
    for b, m in rows:
        gas_ratio, code_ratio = m.gas / b.gas, m.code_bytes / b.code_bytes
        met = "yes" if m.status == "halt" and gas_ratio <= GAS_TARGET and code_ratio <= CODE_TARGET else "NO"
        table.append((m.name, m.status, m.gas, b.gas, b.gas_source, gas_ratio, m.code_bytes, b.code_bytes,
                      code_ratio, met, m.spi_bytes, m.jam_bytes))
    print(f"-O{opt_level}")
    print(tabulate(table, headers=["benchmark", "status", "gas", "published gas", "source", "gas ratio",
                                   "code bytes", "published bytes", "code ratio", "target met", "SPI bytes",
                                   ".jam bytes"],
                   intfmt=",", floatfmt=".3g"))
    gas_mean = geomean([m.gas / b.gas for b, m in rows])
    code_mean = geomean([m.code_bytes / b.code_bytes for b, m in rows])
    meeting = sum(1 for row in table if row[9] == "yes")
    print(f"\n-O{opt_level}: {meeting} of {len(table)} rows meet gas <= {GAS_TARGET} and code <= {CODE_TARGET}; "
          f"geometric mean: gas {gas_mean:.3f}, code {code_mean:.3f} (target <= {CODE_GEOMEAN_TARGET}: "
          f"{'met' if code_mean <= CODE_GEOMEAN_TARGET else 'NOT met'})\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-O", dest="opt_levels", type=optimisation_level, action="append", metavar="LEVEL",
                        help="optimisation level as `pvmc compile -O` takes it (0-3, s, z); repeat for several "
                             "tables (default: -O2 and -Os)")
    parser.add_argument("--json", action="store_true", help="print one JSON list")
    args = parser.parse_args()
    levels: list[OptLevel] = args.opt_levels or [2, "s"]
    measured = {level: [(bench, measure(bench, level)) for bench in PUBLISHED] for level in levels}
    if args.json:
        print(json.dumps([{**asdict(m), "opt_level": level, "published_gas": b.gas,
                           "published_code_bytes": b.code_bytes, "published_gas_source": b.gas_source}
                          for level, rows in measured.items() for b, m in rows], indent=2))
        return
    for level, rows in measured.items():
        print_table(rows, level)
    print("Gas on pvmc's interpreter (equal to anan-as: tests/test_wat_corpus.py); code bytes = PVM instruction "
          "bytes only (GP A.2 c), SPI/.jam = whole program files.")


if __name__ == "__main__":
    main()
