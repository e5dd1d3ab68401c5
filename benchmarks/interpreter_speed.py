"""Interpreter speed side by side with anan-as, in PVM instructions per second (issue 2 §4, issue 16 §3).

Two comparisons, each program run on our interpreter and on anan-as 1.2.0 in the same run:
1. Two standard programs built with `pvm_backend.isa.encode` — a register-only loop and a loop that also stores
   to and loads from the stack — of about `--instructions` instructions each (default 10^7), on each of our
   engines that is fast enough for that many (native, Python blocks) and on anan-as.
2. Compiled programs: the corpus inputs that execute the most instructions (`PROGRAMS`, from the allocation
   report's measured-gas table), compiled by pvmc at -O2 with the default register allocation.
Each run is timed from the program's bytes to its exit: ours is `run_spi` (memory map, decoding, execution) with
the decoded-program cache emptied first, so every repetition decodes again; anan-as's time is measured inside its
node process around prepareProgram + pvmStart + pvmResume (`OracleResult.seconds`), so the JSON protocol does not
count against it. The figure is the median of `--repeat` runs (default 5); anan-as's JIT is warmed by one
untimed run. The instruction count is the gas used (every instruction costs 1 gas in GP 0.7.2); both
interpreters must agree on it and on the status, or the script stops with exit 1. The ratio column is anan-as's
time over ours (above 1: ours is faster).

Usage: .venv/bin/python benchmarks/interpreter_speed.py [--instructions N] [--repeat K] [--json]
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from tabulate import tabulate  # noqa: E402

from pvm_backend import interpreter, native  # noqa: E402
from pvm_backend.containers import CodeBlob, StandardProgram  # noqa: E402
from pvm_backend.driver import compile_file  # noqa: E402
from pvm_backend.interpreter import Engine, RunResult, Status, jip1_log_handler, run_spi  # noqa: E402
from pvm_backend.isa import Instruction, Opcode, encode, imm32  # noqa: E402
from support.anan_as import JIP1_LOG_ID, AnanAs, HostAction  # noqa: E402

I, O = Instruction, Opcode

PROGRAMS: tuple[tuple[str, str], ...] = (
    ("tests/assemblyscript/build/gc.incremental.wasm", "c84099"),
    ("tests/assemblyscript/build/sieve.stub.wasm", "00001000"),
    ("tests/assemblyscript/build/console.stub.wasm", "414243e92713"),
    ("tests/wat/is_prime.wat", "ffffff7f"),
    ("tests/real/ed25519_field.c", "020000000000000000000000"),
    ("tests/programs/collatz.c", "2c01000061000000"),
    ("tests/real/ed25519_scalar.c", "616263"),
    ("tests/programs/sieve.c", "a00f"),
    ("tests/programs/is_prime.c", "fbffffffffffffff1b050000"),
    ("tests/programs/quick_sort.c", "c8efbeadde"),
    ("tests/wat/bench/blake2b.wat", "616263"),
)
"""(source, argument bytes in hex): the corpus inputs that execute the most instructions (50,000 to 4.2 million),
plus the blake2b benchmark of issue 18. Left out: bignum.stub.wasm, on which anan-as panics after a page-straddling
access (its deviation 4, tests/wasm/test_assemblyscript_corpus.py), so the two runs are not the same work."""


def loop_program(iterations: int, memory: bool) -> tuple[StandardProgram, int]:
    """A counting loop of `iterations` iterations; returns (program, instructions it executes)."""
    body = [I(O.ADD_IMM_64, ra=9, rb=9, x=1), I(O.XOR, ra=3, rb=9, rd=3), I(O.ADD_64, ra=4, rb=3, rd=4)]
    if memory:
        body += [I(O.STORE_IND_U64, ra=4, rb=6, x=imm32(-8)), I(O.LOAD_IND_U64, ra=5, rb=6, x=imm32(-8)),
                 I(O.ADD_64, ra=5, rb=4, rd=4)]
    head = [I(O.LOAD_IMM, ra=2, x=imm32(iterations)), I(O.MOVE_REG, rd=6, ra=1), I(O.FALLTHROUGH)]
    code: list[bytes] = []
    pc = 0
    for ins in head:
        code.append(encode(ins, pc))
        pc += len(code[-1])
    loop_start = pc
    for ins in body:
        code.append(encode(ins, pc))
        pc += len(code[-1])
    code.append(encode(I(O.BRANCH_LT_U, ra=9, rb=2, target=loop_start), pc))
    pc += len(code[-1])
    code.append(encode(I(O.JUMP_IND, ra=0, x=0), pc))
    program = StandardProgram(b"", b"", 0, 4096, CodeBlob.from_pieces(code))
    return program, len(head) + iterations * (len(body) + 1) + 1


def run_engine(program: StandardProgram, args: bytes, gas: int, engine: Engine) -> RunResult:
    """`run_spi` with the chosen engine and nothing decoded beforehand (JIP-1 log calls serviced)."""
    interpreter._PROGRAMS.clear()
    return run_spi(program, args, gas, host_calls=jip1_log_handler, engine=engine)


def median_seconds(run: Callable[[], float], repeat: int) -> float:
    return statistics.median(run() for _ in range(repeat))


def compare(name: str, program: StandardProgram, spi: bytes, args: bytes, anan: AnanAs, repeat: int,
            engines: tuple[Engine, ...] = (Engine.NATIVE,)) -> dict[str, object]:
    """One row: instructions, seconds on each engine and on anan-as, instructions per second, ratio."""
    gas = 10**10
    log = {JIP1_LOG_ID: HostAction.JIP1_LOG}     # as jip1_log_handler services it on ours
    reference = anan.run_spi(spi, args, gas, host_calls=log)    # also warms anan-as's JIT on this program
    row: dict[str, object] = {"program": name, "instructions": reference.gas_used}
    for engine in engines:
        ours = run_engine(program, args, gas, engine)
        if ours.gas_used != reference.gas_used or ours.status.value != reference.status.value:
            raise SystemExit(f"{name}: {engine.value} gives {ours.status.value} after {ours.gas_used} gas, anan-as "
                             f"{reference.status.value} after {reference.gas_used}")

        def timed(engine: Engine = engine) -> float:
            start = time.perf_counter()
            run_engine(program, args, gas, engine)
            return time.perf_counter() - start
        row[f"{engine.value}_seconds"] = median_seconds(timed, repeat)
    row["anan_seconds"] = median_seconds(lambda: anan.run_spi(spi, args, gas, host_calls=log).seconds, repeat)
    count = reference.gas_used
    for side in [e.value for e in engines] + ["anan"]:
        row[f"{side}_mips"] = count / float(str(row[f"{side}_seconds"])) / 1e6
    row["ratio"] = float(str(row["anan_seconds"])) / float(str(row["native_seconds"]))
    return row


def measure(instructions: int, memory: bool) -> dict[str, float | int | str]:
    """Our default engine alone on one synthetic loop (for benchmarks/speed.py)."""
    program, expected = loop_program(max(1, instructions // (7 if memory else 4)), memory)
    start = time.perf_counter()
    result = run_spi(program, b"", gas=expected + 10)
    seconds = time.perf_counter() - start
    if result.status is not Status.HALT or result.gas_used != expected:
        raise SystemExit(f"benchmark program misbehaved: {result.status} after {result.gas_used} gas")
    return {"loop": "alu+memory" if memory else "alu", "instructions": expected, "seconds": round(seconds, 3),
            "instructions_per_second": round(expected / seconds)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instructions", type=int, default=10**7, metavar="N",
                        help="instructions of each synthetic loop (default 10^7)")
    parser.add_argument("--repeat", type=int, default=5, metavar="K", help="timed runs per program (default 5)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    args = parser.parse_args()
    start = time.perf_counter()
    if native.load() is None:
        raise SystemExit("the native engine could not be built (see the warning above)")
    build_seconds = time.perf_counter() - start
    rows = []
    with AnanAs() as anan:
        for memory in (False, True):
            program, _ = loop_program(max(1, args.instructions // (7 if memory else 4)), memory)
            rows.append(compare(f"loop ({'alu+memory' if memory else 'alu'})", program, program.encode(), b"",
                                anan, args.repeat, (Engine.NATIVE, Engine.BLOCKS)))
        for path, hex_args in PROGRAMS:
            compiled = compile_file(REPO / path)
            rows.append(compare(path, compiled.program, compiled.spi, bytes.fromhex(hex_args), anan, args.repeat))
    ratios = [float(str(row["ratio"])) for row in rows]
    summary = {"geometric_mean_ratio": math.exp(sum(map(math.log, ratios)) / len(ratios)),
               "slowest_ratio": min(ratios), "faster_everywhere": min(ratios) > 1,
               "engine_load_seconds": build_seconds}
    if args.json:
        print(json.dumps({"rows": rows, "summary": summary}))
        return
    table = [[row["program"], row["instructions"], row["native_mips"], row.get("blocks_mips", ""),
              row["anan_mips"], row["ratio"]] for row in rows]
    print(tabulate(table, headers=["program", "instructions", "ours M/s", "Python blocks M/s", "anan-as M/s",
                                   "anan-as time / ours"], floatfmt=".2f", intfmt=","))
    print(f"geometric mean of the ratio {summary['geometric_mean_ratio']:.2f}, slowest {summary['slowest_ratio']:.2f}"
          f" (ours faster on every program: {'yes' if summary['faster_everywhere'] else 'no'}); loading the "
          f"native engine took {build_seconds:.2f} s")


if __name__ == "__main__":
    main()
