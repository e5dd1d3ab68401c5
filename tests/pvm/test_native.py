"""The interpreter's native engine (pvm_backend/native.py): it builds, covers every opcode, and agrees with exact
single-stepping where its page tables must follow the memory map (sbrk, lazily mapped pages, host calls).

Expected results come from the single-stepper (`Engine.STEP`), which the PVM test vectors and anan-as check
(tests/pvm/test_vectors.py, tests/oracle/); every engine runs the same vectors and differential programs there.
"""

from __future__ import annotations

import ctypes
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pvm_backend import native
from pvm_backend.containers import CodeBlob
from pvm_backend.interpreter import Engine, Pvm, Status
from pvm_backend.isa import MAX_SKIP, Instruction, Opcode, decode_fields, encode, imm32, skip_length
from pvm_backend.memory import Access, Memory
from pvm_backend.semantics import DecodedProgram

I, O = Instruction, Opcode


def test_the_engine_builds_here() -> None:
    # scripts/setup installs gcc; without a compiler every "native" run would silently be the Python engine.
    assert native.load() is not None, "no native engine: install a C compiler (scripts/setup installs gcc)"


def test_every_opcode_has_a_case_and_only_trap_ecalli_sbrk_always_step() -> None:
    source = native.c_source()
    assert source == native.c_source()
    stepped = {op for op in Opcode if f"case {int(op) + 1}: goto step;" in source}
    assert stepped == {Opcode.TRAP, Opcode.ECALLI, Opcode.SBRK}
    for op in Opcode:
        assert f"case {int(op) + 1}:" in source, op.mnemonic


def test_the_build_is_cached_by_the_source_hash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PVMC_CACHE", str(tmp_path))
    library = native._build()
    built = list(tmp_path.glob("pvm-engine-*.so"))
    assert len(built) == 1 and library.pvm_little_endian() == 1
    stamp = built[0].stat().st_mtime_ns
    native._build()
    assert [p.stat().st_mtime_ns for p in tmp_path.glob("pvm-engine-*.so")] == [stamp]


def blob(code: list[Instruction]) -> CodeBlob:
    pieces: list[bytes] = []
    pc = 0
    for ins in code:
        pieces.append(encode(ins, pc, 4 if ins.target is not None else None))
        pc += len(pieces[-1])
    return CodeBlob.from_pieces(pieces)


def run_all(code: list[Instruction], registers: list[int], memory_of: Callable[[], Memory], gas: int,
            heap_start: int = 0) -> list[tuple[Any, ...]]:
    """Run `code` on every engine from the same state; per engine (exits, memory, gas left, instructions)."""
    results: list[tuple[Any, ...]] = []
    for engine in Engine:
        memory = memory_of()
        pvm = Pvm(blob(code), registers, memory, gas, heap_start=heap_start, engine=engine)
        exits = [pvm.run()]
        while exits[-1].status is Status.HOST and len(exits) < 20:
            pvm.registers[7] += 1   # a host call that changes a register before resuming
            exits.append(pvm.run())
        results.append((exits, memory.peek(0x20000, 3 * 4096), memory.peek(0x800000, 2 * 4096), pvm.gas,
                        pvm.instructions))
    return results


def test_pages_that_sbrk_and_lazy_mappings_add_are_seen_by_every_engine() -> None:
    # sbrk 1 MiB (a lazy range: its pages enter the memory map when first touched), then a loop storing r7 at
    # 8 places 4 KiB apart, crossing into pages sbrk added, reading each back; then a load straddling two pages
    # (never an in-page hit), a host call, and a halt through the jump table.
    heap = 0x800000
    body_start = 4
    code = [I(O.LOAD_IMM, ra=2, x=1 << 20), I(O.SBRK, rd=3, ra=2), I(O.LOAD_IMM, ra=4, x=8), I(O.FALLTHROUGH)]
    body = [I(O.STORE_IND_U64, ra=7, rb=3, x=0), I(O.LOAD_IND_U64, ra=5, rb=3, x=0), I(O.ADD_64, rd=6, ra=6, rb=5),
            I(O.ADD_IMM_64, ra=3, rb=3, x=4096), I(O.ADD_IMM_64, ra=4, rb=4, x=imm32(-1)), I(O.ADD_IMM_64, ra=7, rb=7,
                                                                                            x=3)]
    code += body
    start_pc = sum(len(encode(i, 0, 4 if i.target is not None else None)) for i in code[:body_start])
    code += [I(O.BRANCH_NE_IMM, ra=4, x=0, target=start_pc), I(O.LOAD_U64, ra=8, x=heap + 4092),
             I(O.ECALLI, x=5), I(O.ADD_64, rd=9, ra=7, rb=8), I(O.JUMP_IND, ra=0, x=0)]
    registers = [0xFFFF0000] + [0] * 12
    registers[7] = 0x1122334455667788

    def memory_of() -> Memory:
        memory = Memory()
        memory.set_access(heap, 4096, Access.WRITE)
        memory.write_bytes(heap + 4092, bytes(range(1, 9)))
        return memory

    results = run_all(code, registers, memory_of, gas=10_000, heap_start=heap + 4096)
    exits = results[0][0]
    assert [e.status for e in exits] == [Status.HOST, Status.HALT]
    assert results[1] == results[0] and results[2] == results[0]


@pytest.mark.parametrize("gas", [0, 1, 2, 7, 8, 9, 22, 23])
def test_running_out_of_gas_inside_a_loop_stops_every_engine_at_the_same_instruction(gas: int) -> None:
    code = [I(O.LOAD_IMM, ra=2, x=5), I(O.FALLTHROUGH), I(O.ADD_IMM_64, ra=3, rb=3, x=7),
            I(O.STORE_IND_U32, ra=3, rb=1, x=0), I(O.ADD_IMM_64, ra=2, rb=2, x=imm32(-1))]
    code.append(I(O.BRANCH_NE_IMM, ra=2, x=0, target=len(encode(code[0])) + 1))
    code.append(I(O.TRAP))
    registers = [0] * 13
    registers[1] = 0x20010

    def memory_of() -> Memory:
        memory = Memory()
        memory.set_access(0x20000, 4096, Access.WRITE)
        return memory

    results = run_all(code, registers, memory_of, gas=gas)
    exits = results[0][0]
    assert exits[-1].status is (Status.PANIC if gas >= 23 else Status.OUT_OF_GAS)
    assert results[1] == results[0] and results[2] == results[0]


def test_a_page_made_read_only_during_a_host_call_faults_on_the_next_store_in_every_engine() -> None:
    # The store runs once before the host call (compiled into the page tables as writable) and once after the
    # host made its page read-only: GP A.5 says page fault there, whatever an engine cached.
    code = [I(O.FALLTHROUGH), I(O.STORE_IND_U64, ra=7, rb=3, x=0), I(O.ECALLI, x=1),
            I(O.STORE_IND_U64, ra=7, rb=3, x=8), I(O.TRAP)]
    seen = []
    for engine in Engine:
        memory = Memory()
        memory.set_access(0x30000, 4096, Access.WRITE)
        registers = [0] * 13
        registers[3], registers[7] = 0x30000, 0xAB
        pvm = Pvm(blob(code), registers, memory, 100, engine=engine)
        first = pvm.run()
        memory.set_access(0x30000, 4096, Access.READ)
        second = pvm.run()
        seen.append((first.status, second.status, second.fault_address, memory.peek(0x30000, 16)))
    assert seen[0] == (Status.HOST, Status.PAGE_FAULT, 0x30000, bytes([0xAB]) + bytes(15))
    assert seen[1] == seen[0] and seen[2] == seen[0]


def decoded_by_c(code: bytes, mask: bytes, pc: int) -> tuple[int, ...]:
    """The C decoder's record for the instruction at `pc`: (kind, ra, rb, rd, x, y, target, next)."""
    library = native.load()
    assert library is not None
    program = DecodedProgram(code, mask, ())
    machine = native.NativeMachine(native.NativeCode(program), Memory())
    library.pvm_decode_one(ctypes.byref(machine.state), pc)
    r = machine.code.records[pc]
    return r.kind, r.ra, r.rb, r.rd, r.x, r.y, r.target, r.next


def decoded_by_python(code: bytes, mask: bytes, pc: int) -> tuple[int, ...]:
    """The same record from `isa.skip_length` and `isa.decode_fields`, the reference."""
    program = DecodedProgram(code, mask, ())
    skip = skip_length(mask, pc, len(code))
    fields = decode_fields(code, pc, skip) if mask[pc] else None
    if fields is None or fields[0] in (Opcode.TRAP, Opcode.ECALLI, Opcode.SBRK):
        return native.STEPPED, 0, 0, 0, 0, 0, 0, pc + 1 + skip
    op, ra, rb, rd, x, y, target = fields
    if target is not None and target not in program.starts:
        target = native.NO_TARGET
    return int(op) + 1, ra or 0, rb or 0, rd or 0, x or 0, y or 0, target or 0, pc + 1 + skip


def program_around(opcode: int, skip: int, operands: bytes, lead: int, cut: bool) -> tuple[bytes, bytes, int]:
    """`lead` fallthroughs (block starts to jump back to), then `opcode` with `skip` operand bytes, then a
    fallthrough, unless `cut` ends the code inside the operands (read as zeros, GP ζ)."""
    body = bytes([opcode]) + (operands * 25)[:skip]
    code = bytes([int(Opcode.FALLTHROUGH)]) * lead + body
    mask = b"\x01" * lead + b"\x01" + b"\x00" * skip
    if cut:
        keep = lead + 1 + skip // 2
        return code[:keep], mask[:keep], lead
    return code + bytes([int(Opcode.FALLTHROUGH)]), mask + b"\x01", lead


def test_the_c_decoder_agrees_with_decode_fields_on_every_opcode_byte_and_skip() -> None:
    rng = random.Random(2026)
    for opcode in range(256):
        for skip in range(MAX_SKIP + 1):
            operands = bytes(rng.randrange(256) for _ in range(MAX_SKIP))
            code, mask, pc = program_around(opcode, skip, operands, lead=rng.randrange(0, 40), cut=skip % 5 == 4)
            assert decoded_by_c(code, mask, pc) == decoded_by_python(code, mask, pc), (opcode, skip, operands.hex())


@settings(max_examples=400, deadline=None)
@given(opcode=st.integers(0, 255), skip=st.integers(0, MAX_SKIP), operands=st.binary(min_size=1, max_size=24),
       lead=st.integers(0, 300), cut=st.booleans())
def test_the_c_decoder_agrees_with_decode_fields_on_random_operands(opcode: int, skip: int, operands: bytes,
                                                                    lead: int, cut: bool) -> None:
    code, mask, pc = program_around(opcode, skip, operands, lead, cut)
    assert decoded_by_c(code, mask, pc) == decoded_by_python(code, mask, pc)


def test_gas_beyond_the_engine_s_64_bit_counter_is_handed_over_in_parts() -> None:
    code = [I(O.LOAD_IMM, ra=2, x=3), I(O.ADD_IMM_64, ra=2, rb=2, x=4), I(O.TRAP)]
    for engine in Engine:
        pvm = Pvm(blob(code), [0] * 13, Memory(), (1 << 70) + 2, engine=engine)
        stop = pvm.run()
        assert (stop.status, stop.gas, pvm.registers[2], pvm.instructions) == (Status.PANIC, (1 << 70) - 1, 7, 3)


def test_a_memory_replaced_between_runs_is_the_one_the_next_run_uses() -> None:
    # Pvm's guarantee: `.memory` may be set between runs. The second run loads from the new memory's page.
    code = [I(O.FALLTHROUGH), I(O.ECALLI, x=1), I(O.LOAD_IND_U64, ra=7, rb=3, x=0), I(O.TRAP)]
    seen = []
    for engine in Engine:
        first, second = Memory(), Memory()
        for memory, byte in ((first, 0x11), (second, 0x22)):
            memory.set_access(0x30000, 4096, Access.READ)
            memory.write_bytes(0x30000, bytes([byte]))
        registers = [0] * 13
        registers[3] = 0x30000
        pvm = Pvm(blob(code), registers, first, 100, engine=engine)
        assert pvm.run().status is Status.HOST
        pvm.memory = second
        seen.append((pvm.run().status, pvm.registers[7]))
    assert seen == [(Status.PANIC, 0x22)] * 3
