"""Malformed PVM programs, and where and why our interpreter and anan-as 1.2.0 part on one (issue 16 §2).

What it does:
- `mutations()` draws edits of a generated program (tests/oracle/test_differential.py `cases`): code bytes
  overwritten with random bytes or with bytes that are not opcodes, opcode-mask bits flipped (so immediates get
  odd lengths and jumps land inside instructions), the code cut short, jump-table entries pointed anywhere in
  the code; `mutate` applies them.
- `compare` runs a program on both interpreters. When they end differently it finds the first instruction after
  which their states differ, by running both again with less gas (every instruction costs 1 gas, GP 0.7.2, so a
  run with g gas stops after g instructions), and classifies the difference by that instruction (`Verdict`).

The known deviations of anan-as 1.2.0 (../shared/pvm/README.md section 5; the Gray Paper's reading first):
- RO_STORE: a store to a read-only page is a page fault; anan-as panics (deviation 2).
- RD_BYTE: a three-register instruction's rD byte above 12 names r12 (min(12, byte), GP A.5.13); anan-as takes
  its low nibble.
- LENGTH_BITS: a length field is reduced mod 8 before min(4, ·) (GP A.5.4, A.5.7, A.5.8, A.5.12); anan-as does
  not, so a field with bit 3 set decodes differently.
- ECALLI_ID: an ecalli id is the sign-extended immediate (64 bits, GP A.5.2); anan-as reports 32 bits.
- WRAP: an access wrapping past 2^32 (an 8-byte load at 0xFFFFFFFE touches 0xFFFFFFFE..0x5, below 0x10000) panics;
  anan-as page-faults at 0xFFFFF000 (deviation 5 of tests/oracle/test_differential.py; its generator keeps clear
  of it, a mutated base register does not).
- SKIP_CAP: skip is capped at 24 (GP A.3); anan-as caps at 25, so the instruction after a 24-byte gap differs.
- JUMP_TARGET: a jump whose target is not an instruction start panics at the jump (GP A.5, ϖ); anan-as jumps.
- PAST_END: bytes past the end of the code read as 0 (ζ, GP A.2: an operand there is 0, an opcode there is trap);
  anan-as 1.2.0 reads whatever follows in its buffer, so the same program can end differently from one run to the
  next (found by this module; only a cut program ends inside an instruction).
- ANAN_REJECTS: anan-as 1.2.0 throws while loading the blob (a JavaScript RangeError in prepareProgram) where
  the GP decodes it (found by this module, on some cut programs).
- SBRK: `sbrk` in a generic program, which has no heap: its result is each interpreter's own choice (the
  generator never emits it; a mutation can).
Any other first difference is UNEXPLAINED: a bug in one of the two, to be decided against the Gray Paper.

Assumes: anan-as 1.2.0 through `support.anan_as.AnanAs`; the generated programs keep clear of the two defects
tests/oracle/test_differential.py's docstring lists (page-straddling and 2^32-wrapping accesses), which no
mutation can reintroduce: mutated instructions address the same pages as the generator's.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from hypothesis import strategies as st

from pvm_backend.containers import CodeBlob
from pvm_backend.interpreter import Engine, Exit
from pvm_backend.isa import (MAX_SKIP, OPCODE_TABLE, Opcode, OperandClass, decode_operands, format_instruction,
                              skip_length)
from pvm_backend.memory import Memory
from support.anan_as import AnanAs, AnanAsError, HostAction, OracleResult, read_only_store_deviation

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "oracle"))
from test_differential import PAGES, RESUMED, RO_BASE, RO_LEN, Case, run_ours  # noqa: E402

NOT_OPCODES = tuple(b for b in range(256) if OPCODE_TABLE[b] is None)
"""Bytes that are no opcode (executing one panics like trap, README section 3.2)."""
WRAP_FAULT = 0xFFFFF000
"""The page anan-as 1.2.0 reports for an access that wraps past 2^32."""


class Verdict(StrEnum):
    """How one run on both interpreters ended (module docstring)."""

    AGREE = "agree"
    RO_STORE = "deviation: store to a read-only page"
    RD_BYTE = "deviation: rD byte above 12"
    LENGTH_BITS = "deviation: length field with bit 3 set"
    ECALLI_ID = "deviation: ecalli id of 2^32 or more"
    WRAP = "deviation: access wrapping past 2^32"
    SKIP_CAP = "deviation: skip of 24"
    JUMP_TARGET = "deviation: jump to a non-instruction"
    PAST_END = "deviation: operand bytes past the end of the code"
    ANAN_REJECTS = "deviation: anan-as cannot load the blob"
    SBRK = "not comparable: sbrk without a heap"
    UNEXPLAINED = "unexplained"


@dataclass(frozen=True)
class Mutation:
    """One edit of a program."""

    kind: str
    """'byte' (code byte := value), 'not-opcode' (code byte := a non-opcode), 'mask' (flip the opcode bit),
    'cut' (drop the code from the position on, at least one byte kept), 'table' (a jump-table entry := the
    position)."""
    where: float
    """Position as a fraction of the code length, in [0, 1)."""
    value: int
    """Byte value (kind 'byte'), index into NOT_OPCODES ('not-opcode'), jump-table entry index ('table')."""


def mutations() -> st.SearchStrategy[tuple[Mutation, ...]]:
    """One to four edits."""
    kinds = st.sampled_from(["byte", "byte", "not-opcode", "mask", "mask", "cut", "table"])
    edit = st.builds(Mutation, kinds, st.floats(0, 1, exclude_max=True), st.integers(0, 255))
    return st.lists(edit, min_size=1, max_size=4).map(tuple)


def mutate(case: Case, edits: tuple[Mutation, ...]) -> Case:
    """`case` with `edits` applied in order (a no-op edit where it does not apply, e.g. 'table' without a table)."""
    code, mask, table = bytearray(case.blob.code), bytearray(case.blob.mask), list(case.blob.jump_table)
    for edit in edits:
        if not code:
            break
        at = int(edit.where * len(code))
        if edit.kind == "byte":
            code[at] = edit.value
        elif edit.kind == "not-opcode":
            code[at] = NOT_OPCODES[edit.value % len(NOT_OPCODES)]
        elif edit.kind == "mask":
            mask[at] ^= 1
        elif edit.kind == "cut":
            del code[max(at, 1):]
            del mask[max(at, 1):]
        elif edit.kind == "table" and table:
            table[edit.value % len(table)] = at
    return Case(CodeBlob(bytes(code), bytes(mask), tuple(table)), case.registers, case.memory, case.gas)


@dataclass(frozen=True)
class Outcome:
    """What `compare` found."""

    verdict: Verdict
    """The class of the difference (AGREE when none)."""
    step: int | None = None
    """1-based number of the first instruction after which the two states differ."""
    pc: int | None = None
    """Its pc."""
    instruction: str = ""
    """It, as our decoder reads it (with its raw bytes and skip)."""
    detail: str = ""
    """Both states after it."""


def _state(anan: AnanAs, case: Case, gas: int, engine: Engine) -> tuple[Exit, OracleResult, Memory]:
    shortened = Case(case.blob, case.registers, case.memory, gas)
    memory, ours = run_ours(shortened, engine)
    theirs = anan.run_generic(case.blob.encode(), case.registers, PAGES, case.memory, gas, 0,
                              read=[(a, n) for a, n, _ in PAGES],
                              host_calls={i: HostAction.RESUME for i in RESUMED})
    return ours, theirs, memory


def _same(case: Case, gas: int, ours: Exit, theirs: OracleResult, memory: Memory) -> bool:
    """Equal in everything tests/oracle/test_differential.py `check` compares, with no deviation allowed."""
    return (ours.status.value == theirs.status and ours.host_id == theirs.host_id
            and ours.fault_address == theirs.fault_address and list(ours.registers) == list(theirs.registers)
            and ours.pc == theirs.pc and gas - max(ours.gas, 0) == theirs.gas_used
            and [memory.read_bytes(a, n) for a, n, _ in PAGES] == list(theirs.memory))


def compare(anan: AnanAs, case: Case, engine: Engine = Engine.STEP) -> Outcome:
    """Run `case` on both interpreters; AGREE, or the class of the first difference (module docstring)."""
    try:
        return _compare(anan, case, engine)
    except AnanAsError as exc:
        return Outcome(Verdict.ANAN_REJECTS, detail=str(exc))


def _compare(anan: AnanAs, case: Case, engine: Engine) -> Outcome:
    ours, theirs, memory = _state(anan, case, case.gas, engine)
    if _same(case, case.gas, ours, theirs, memory):
        return Outcome(Verdict.AGREE)
    low, high = 0, case.gas   # the states agree after `low` instructions and differ after `high`
    if not _same(case, 0, *_state(anan, case, 0, engine)):
        low = high = 0
    while high - low > 1:
        middle = (low + high) // 2
        o, t, m = _state(anan, case, middle, engine)
        if _same(case, middle, o, t, m):
            low = middle
        else:
            high = middle
    before, _, _ = _state(anan, case, low, engine)
    ours, theirs, memory = _state(anan, case, high, engine)
    pc = before.pc if high > 0 else 0   # out of gas before instruction `high`: its pc
    ours_memory = [memory.read_bytes(a, n) for a, n, _ in PAGES]
    differing = [hex(a) for (a, _, _), x, y in zip(PAGES, ours_memory, theirs.memory) if x != y]
    detail = (f"ours {ours.status.value} pc {ours.pc} gas used {high - max(ours.gas, 0)} registers "
              f"{list(ours.registers)} host {ours.host_id} fault {ours.fault_address}; anan-as {theirs.status} pc "
              f"{theirs.pc} gas used {theirs.gas_used} registers {list(theirs.registers)} code {theirs.exit_code}; "
              f"pages whose bytes differ: {differing or 'none'}")
    verdict, text = _classify(case, pc, ours, theirs)
    return Outcome(verdict, high, pc, text, detail)


def _classify(case: Case, pc: int, ours: Exit, theirs: OracleResult) -> tuple[Verdict, str]:
    """The deviation the instruction at `pc` (the first whose effect differs) shows, and its text."""
    code, mask = case.blob.code, case.blob.mask
    skip = skip_length(mask, pc, len(code))
    raw = code[pc:pc + 1 + skip].hex()
    info = OPCODE_TABLE[code[pc]] if pc < len(code) else None
    decoded = decode_operands(code, pc, skip) if pc < len(code) and mask[pc] else None
    text = f"pc {pc}: {format_instruction(decoded) if decoded else 'no instruction'} [{raw}] skip {skip}"
    if read_only_store_deviation(ours.status.value, ours.fault_address, theirs.status, [(RO_BASE, RO_LEN)]):
        return Verdict.RO_STORE, text
    if ours.status.value == "panic" and theirs.status == "page-fault" and theirs.exit_code == WRAP_FAULT:
        return Verdict.WRAP, text
    if skip == MAX_SKIP:
        return Verdict.SKIP_CAP, text
    if pc >= len(code):
        return Verdict.PAST_END, text
    if info is None or decoded is None:
        return Verdict.UNEXPLAINED, text
    if decode_operands(code + b"\xff" * 16, pc, skip) != decoded:   # it reads ζ past the end of c
        return Verdict.PAST_END, text
    if info.opcode is Opcode.SBRK:
        return Verdict.SBRK, text
    byte = lambda k: code[pc + k] if pc + k < len(code) else 0  # noqa: E731 - ζ: c, then zeros (GP A.2)
    cls = info.operand_class
    if cls is OperandClass.THREE_REG and byte(2) > 12:
        return Verdict.RD_BYTE, text
    if (cls is OperandClass.TWO_IMM and byte(1) & 8) or (cls in (OperandClass.REG_TWO_IMM,
                                                               OperandClass.REG_IMM_OFFSET) and byte(1) & 0x80) \
            or (cls is OperandClass.TWO_REG_TWO_IMM and byte(2) & 8):
        return Verdict.LENGTH_BITS, text
    if (ours.host_id is not None and theirs.host_id is not None and ours.host_id != theirs.host_id
            and ours.host_id % 2**32 == theirs.host_id):
        return Verdict.ECALLI_ID, text
    if info.terminator and ours.status.value == "panic" and ours.pc == pc and theirs.pc != pc:
        return Verdict.JUMP_TARGET, text
    return Verdict.UNEXPLAINED, text
