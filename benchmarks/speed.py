"""Both speeds the foundation issue asks for, printed as numbers (a script, never a timed test).

1. Interpreter speed in PVM instructions per second on 10^7-instruction loops (`interpreter_speed.measure`).
2. Compile speed in IR instructions per second over the C corpus `tests/programs/*.c` at -O2: the frontend
   (clang-16 → bitcode, llvmlite optimisation, IR view) and the backend (emitter + linker) timed separately,
   and end to end, as `driver.compile_file` runs them (the functions the entry cannot reach deleted, fewer
   garbage collections). IR instructions are counted after optimisation (what the backend lowers).

Usage: .venv/bin/python benchmarks/speed.py [--instructions N] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from tabulate import tabulate  # noqa: E402

from interpreter_speed import measure  # noqa: E402
from pvm_backend.frontend.load import load_module  # noqa: E402
from pvm_backend.abi import SECONDARY_ENTRY  # noqa: E402
from pvm_backend.driver import build_program, fewer_collections  # noqa: E402


def compile_speed(sources: list[Path]) -> dict[str, float | int]:
    """Compile every source at -O2; return IR instruction count, PVM code bytes and seconds per stage."""
    ir_count = code_bytes = 0
    front = back = 0.0
    for path in sources:
        with fewer_collections():   # as `driver.compile_file` runs them
            t0 = time.perf_counter()
            module = load_module(path, 2, roots=("main", SECONDARY_ENTRY))
            t1 = time.perf_counter()
            result = build_program(module, "main")
            t2 = time.perf_counter()
        front += t1 - t0
        back += t2 - t1
        ir_count += sum(f.ir_instructions for f in result.functions)
        code_bytes += len(result.program.code.code)
    return {"programs": len(sources), "ir_instructions": ir_count, "code_bytes": code_bytes,
            "frontend_seconds": round(front, 3), "backend_seconds": round(back, 3),
            "frontend_ir_per_second": round(ir_count / front), "backend_ir_per_second": round(ir_count / back),
            "end_to_end_ir_per_second": round(ir_count / (front + back))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instructions", type=int, default=10**7, help="PVM instructions per loop (10^7)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    interp = [measure(args.instructions, memory) for memory in (False, True)]
    comp = compile_speed(sorted((REPO / "tests" / "programs").glob("*.c")))
    if args.json:
        print(json.dumps({"interpreter": interp, "compile": comp}, indent=2))
        return
    print(tabulate([(r["loop"], r["instructions"], r["seconds"], f"{r['instructions_per_second'] / 1e6:.2f}")
                    for r in interp],
                   headers=["interpreter loop", "PVM instructions", "seconds", "M instructions/s"]))
    print()
    print(tabulate([
        ("frontend (clang, optimise, IR view)", comp["frontend_seconds"], comp["frontend_ir_per_second"]),
        ("backend (emit, link)", comp["backend_seconds"], comp["backend_ir_per_second"]),
        ("end to end", round(float(comp["frontend_seconds"]) + float(comp["backend_seconds"]), 3),
         comp["end_to_end_ir_per_second"]),
    ], headers=[f"compile {comp['programs']} corpus programs, {comp['ir_instructions']} IR instructions",
                "seconds", "IR instructions/s"]))


if __name__ == "__main__":
    main()
