"""PVM-in-PVM: the anan-as interpreter compiled by pvmc running PVM programs inside the PVM (issue 14 part 5).

For each inner program (wasm-pvm's TRAP blob; add(5, 7), fib(10), blake2b("abc") and sha512("abc") from
tests/wat/bench, compiled by pvmc with `--result-r8 end`), runs both anan-as builds (examples/anan-as/ORIGIN.md),
compiled by pvmc with their adapters, on pvmc's interpreter, and prints the outer gas, the inner gas the outer
program reports, the wall time, and for the pinned build (the one wasm-pvm benchmarks) the ratio of our outer gas
to wasm-pvm v0.10.0's published outer gas (README of tomusdrw/wasm-pvm, "PVM-in-PVM").

Caveats printed with the table: the inner programs are pvmc's builds, not wasm-pvm's (their add/blake2b/sha512
are the same WAT programs; their fib(10) row is an AssemblyScript program, ours is tests/wat/bench/fib.wat), so
only TRAP runs the same inner bytes; the outer gas includes the inner program's own cost as interpreted.

Usage: .venv/bin/python benchmarks/pvm_in_pvm.py [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from tabulate import tabulate  # noqa: E402

from pvm_backend.interpreter import jip1_log_handler, run_spi  # noqa: E402
from support.pvm_in_pvm import (INNER_GAS, TRAP_PROGRAM, InnerResult, build_inner, build_outer,  # noqa: E402
                                outer_args)

BENCH = REPO / "tests" / "wat" / "bench"
ROWS = [("TRAP", None, b""), ("add(5,7)", "add", bytes.fromhex("0500000007000000")),
        ("fib(10)", "fib", (10).to_bytes(4, "little")), ('blake2b("abc")', "blake2b", b"abc"),
        ('sha512("abc")', "sha512", b"abc")]
PUBLISHED = {"TRAP": 80_451, "add(5,7)": 1_164_147, "fib(10)": 1_536_038, 'blake2b("abc")': 14_402_928,
             'sha512("abc")': 14_390_234}
"""wasm-pvm v0.10.0's published outer gas (its README's PVM-in-PVM table; its fib(10) is AssemblyScript)."""
OUTER_GAS = 10_000_000_000


def measure() -> list[dict[str, object]]:
    """One record per (row, build)."""
    records: list[dict[str, object]] = []
    for label, name, args in ROWS:
        program = TRAP_PROGRAM if name is None else build_inner(BENCH / f"{name}.wat").jam
        for which in ("pinned", "npm"):
            outer = build_outer(which)
            start = time.perf_counter()
            run = run_spi(outer.program, outer_args(program, args), OUTER_GAS, host_calls=jip1_log_handler)
            seconds = time.perf_counter() - start
            inner = InnerResult.parse(run.output)
            records.append({
                "row": label, "build": which, "outer_status": run.status.value, "outer_gas": run.gas_used,
                "inner_status": inner.status,
                "inner_gas": None if inner.gas_left is None else INNER_GAS - inner.gas_left,
                "seconds": round(seconds, 3), "instructions_per_second": round(run.gas_used / seconds),
                "published_outer_gas": PUBLISHED[label] if which == "pinned" else None,
                "ratio": round(run.gas_used / PUBLISHED[label], 3) if which == "pinned" else None})
    return records


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the records as JSON")
    args = parser.parse_args()
    sizes = {which: len(build_outer(which).program.code.code) for which in ("pinned", "npm")}
    records = measure()
    if args.json:
        print(json.dumps({"code_bytes": sizes, "records": records}, indent=1))
        return 0
    print(f"outer program code: pinned {sizes['pinned']:,} bytes, npm {sizes['npm']:,} bytes")
    print(tabulate([[r["row"], r["build"], r["inner_status"], r["inner_gas"], f"{r['outer_gas']:,}",
                     r["published_outer_gas"] and f"{r['published_outer_gas']:,}", r["ratio"], r["seconds"]]
                    for r in records],
                   headers=["inner program", "build", "inner status", "inner gas", "outer gas",
                            "wasm-pvm outer gas", "ours / theirs", "wall s"]))
    print("Only TRAP runs the same inner bytes as wasm-pvm's row; the other inner programs are pvmc's builds "
          "(fib(10): ours is tests/wat/bench/fib.wat, theirs AssemblyScript).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
