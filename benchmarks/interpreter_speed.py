"""Interpreter speed in PVM instructions per second on a 10^7-instruction loop (issue 2, §4 "Benchmarks").

Builds two standard programs with `pvm_backend.isa.encode` — a register-only loop and a loop that also stores
to and loads from the stack — runs each on the reference interpreter (`run_spi`) until it halts, and prints the
instructions executed, the seconds taken and instructions per second. The instruction count is the gas used
(every instruction costs 1 gas in GP 0.7.2) and is checked against the count the loop shape implies.

Usage: .venv/bin/python benchmarks/interpreter_speed.py [--instructions N] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pvm_backend.containers import CodeBlob, StandardProgram  # noqa: E402
from pvm_backend.interpreter import Status, run_spi  # noqa: E402
from pvm_backend.isa import Instruction, Opcode, encode, imm32  # noqa: E402

I, O = Instruction, Opcode


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


def measure(instructions: int, memory: bool) -> dict[str, float | int | str]:
    body = 7 if memory else 4
    program, expected = loop_program(max(1, instructions // body), memory)
    start = time.perf_counter()
    result = run_spi(program, b"", gas=expected + 10)
    seconds = time.perf_counter() - start
    if result.status is not Status.HALT or result.gas_used != expected:
        raise SystemExit(f"benchmark program misbehaved: {result.status} after {result.gas_used} gas")
    return {"loop": "alu+memory" if memory else "alu", "instructions": expected, "seconds": round(seconds, 3),
            "instructions_per_second": round(expected / seconds)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instructions", type=int, default=10**7, help="instructions per loop (default 10^7)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    rows = [measure(args.instructions, memory) for memory in (False, True)]
    if args.json:
        print(json.dumps({"interpreter": rows}))
        return
    for row in rows:
        print(f"interpreter {row['loop']:>10}: {row['instructions']:>10} instructions in {row['seconds']:6.2f} s"
              f" = {row['instructions_per_second'] / 1e6:6.2f} M instructions/s")


if __name__ == "__main__":
    main()
