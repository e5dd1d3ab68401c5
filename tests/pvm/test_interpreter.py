"""The reference interpreter: SPI loading and output, host calls, faults, gas, jumps, sbrk, and the agreement of
compiled blocks with exact single-stepping. Expected values are hand-derived from GP 0.7.2 Appendix A and the
README's checked facts (§3.6, §3.7, §4.3, §4.5)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pvm_backend import interpreter
from pvm_backend.containers import CodeBlob, StandardProgram
from pvm_backend.interpreter import (WHAT, Access, Engine, Memory, Pvm, Status, jip1_log_handler, load_spi, run_spi)
from pvm_backend.isa import Instruction, Opcode, encode, imm32

I, O = Instruction, Opcode
M64 = (1 << 64) - 1
HALT = I(O.JUMP_IND, ra=0, x=0)


def blob_of(instructions: list[Instruction], table: tuple[int, ...] = ()) -> CodeBlob:
    return CodeBlob.assemble(instructions, table, offset_bytes=4)


def spi(instructions: list[Instruction], ro: bytes = b"", rw: bytes = b"", heap: int = 0) -> StandardProgram:
    return StandardProgram(ro, rw, heap, 4096, blob_of(instructions))


def machine(instructions: list[Instruction], regs: dict[int, int] | None = None, gas: int = 1000,
            table: tuple[int, ...] = (), memory: Memory | None = None, engine: Engine = Engine.NATIVE) -> Pvm:
    values = [0] * 13
    for index, value in (regs or {}).items():
        values[index] = value
    return Pvm(blob_of(instructions, table), values, memory or Memory(), gas, engine=engine)


def test_add_len_worked_example() -> None:
    program = StandardProgram.decode(bytes.fromhex(
        "00000000000000000010001a0000000000148072807304be32049511f87a146417330804320025a904"))
    result = run_spi(program, bytes.fromhex("0500000007000000"), gas=1000)
    assert (result.status, result.gas_used, result.output) == (Status.HALT, 8, bytes.fromhex("0c000000"))


def test_spi_memory_map_and_registers() -> None:
    program = spi([HALT], ro=b"abcd", rw=b"xy", heap=1)
    memory, regs = load_spi(program, b"\x01\x02\x03")
    assert regs == [0xFFFF0000, 0xFEFE0000, 0, 0, 0, 0, 0, 0xFEFF0000, 3, 0, 0, 0, 0]
    assert memory.access_of(0x10000) is Access.READ and memory.peek(0x10000, 4) == b"abcd"
    assert memory.access_of(0x20000) is Access.NONE  # README §4.3: rw data moves to 0x30000
    assert memory.access_of(0x30000) is Access.WRITE and memory.peek(0x30000, 2) == b"xy"
    assert memory.access_of(0x31000) is Access.WRITE and memory.access_of(0x32000) is Access.NONE  # 1 heap page
    assert memory.access_of(0xFEFDF000) is Access.WRITE and memory.access_of(0xFEFDE000) is Access.NONE
    assert memory.access_of(0xFEFE0000) is Access.NONE
    assert memory.read_bytes(0xFEFF0000, 3) == b"\x01\x02\x03" and memory.access_of(0xFEFF1000) is Access.NONE
    load = spi([I(O.LOAD_U8, ra=2, x=0x20000), HALT], ro=b"abcd")
    assert run_spi(load).status is Status.PAGE_FAULT


def test_output_is_pointer_and_length_and_empty_when_unreadable() -> None:
    ok = spi([I(O.LOAD_IMM, ra=7, x=0x10001), I(O.LOAD_IMM, ra=8, x=2), HALT], ro=b"abcd")
    assert run_spi(ok).output == b"bc"
    bad = spi([I(O.LOAD_IMM, ra=7, x=0x10001), I(O.LOAD_IMM, ra=8, x=5000), HALT], ro=b"abcd")
    assert (run_spi(bad).status, run_spi(bad).output) == (Status.HALT, b"")


def test_host_call_stops_and_resumes_at_the_next_instruction() -> None:
    pvm = machine([I(O.ECALLI, x=7), I(O.LOAD_IMM, ra=2, x=5), HALT], regs={0: 0xFFFF0000})
    first = pvm.run()
    assert (first.status, first.host_id, first.pc, first.next_pc, first.gas) == (Status.HOST, 7, 0, 2, 999)
    pvm.registers[3] = 11  # a handler may change state between runs
    second = pvm.run()
    assert (second.status, second.registers[2], second.registers[3], second.gas) == (Status.HALT, 5, 11, 997)
    default = run_spi(spi([I(O.ECALLI, x=1), HALT]))
    assert (default.status, default.host_id, default.gas_used) == (Status.HOST, 1, 1)


def test_jip1_log_host_call() -> None:
    program = spi([I(O.LOAD_IMM, ra=7, x=2), I(O.LOAD_IMM, ra=8, x=0x10005), I(O.LOAD_IMM, ra=9, x=3),
                   I(O.LOAD_IMM, ra=10, x=0x10000), I(O.LOAD_IMM, ra=11, x=5), I(O.ECALLI, x=100),
                   I(O.MOVE_REG, rd=2, ra=7), I(O.ECALLI, x=100), HALT], ro=b"hellosvc")
    result = run_spi(program, gas=1000, host_calls=jip1_log_handler)
    assert result.status is Status.HALT
    assert result.log == ("[WARN] svc: hello", "[LEVEL(18446744073709551614)] svc: hello")
    assert result.registers[2] == WHAT and result.registers[7] == WHAT
    assert result.gas_used == 9 + 2 * 10  # 9 instructions, 10 per log call (JIP-1 / anan-as)
    other = run_spi(spi([I(O.ECALLI, x=3), HALT]), host_calls=jip1_log_handler)
    assert (other.status, other.host_id) == (Status.HOST, 3)


@pytest.mark.parametrize("engine", list(Engine))
def test_page_fault_leaves_state_unchanged_and_is_resumable(engine: Engine) -> None:
    memory = Memory()
    memory.set_access(0x20000, 4096, Access.WRITE)
    memory.write_bytes(0x20FFC, b"\x11\x22\x33\x44")
    code = [I(O.ADD_IMM_64, ra=4, rb=4, x=1), I(O.LOAD_IND_U64, ra=2, rb=3, x=0), I(O.ADD_IMM_64, ra=5, rb=5, x=1),
            I(O.FALLTHROUGH)]
    pvm = machine(code * 3 + [I(O.TRAP)], regs={3: 0x20FFC}, memory=memory, engine=engine)
    interpreter_threshold = interpreter.COMPILE_THRESHOLD
    try:
        interpreter.COMPILE_THRESHOLD = 1
        result = pvm.run()
        assert (result.status, result.fault_address, result.pc, result.gas) == (Status.PAGE_FAULT, 0x21000, 3, 998)
        assert result.registers[4] == 1 and result.registers[2] == 0
        memory.set_access(0x21000, 4096, Access.READ)
        memory.write_bytes(0x21000, b"\x55\x66\x77\x88")
        result = pvm.run()
    finally:
        interpreter.COMPILE_THRESHOLD = interpreter_threshold
    assert result.status is Status.PANIC and result.registers[2] == 0x8877665544332211
    assert result.registers[4] == 3 and result.registers[5] == 3


def test_reserved_low_addresses_always_panic() -> None:
    memory = Memory()
    memory.set_access(0, 0x10000, Access.WRITE)
    assert machine([I(O.STORE_IMM_U8, x=0x100, y=1)], memory=memory).run().status is Status.PANIC
    memory.set_access(0xFFFFF000, 4096, Access.READ)
    wrap = machine([I(O.LOAD_U32, ra=2, x=imm32(0xFFFFFFFE))], memory=memory).run()
    assert wrap.status is Status.PANIC  # bytes wrap to 0 and 1 (GP ↺), which are below 2^16
    ro = Memory()
    ro.set_access(0x30000, 4096, Access.READ)
    fault = machine([I(O.STORE_IMM_U16, x=0x30FFF, y=1)], memory=ro).run()
    assert (fault.status, fault.fault_address) == (Status.PAGE_FAULT, 0x30000)  # lowest offending byte's page


def test_out_of_gas_is_exact() -> None:
    code = [I(O.ADD_IMM_64, ra=2, rb=2, x=1)] * 5 + [HALT]
    for gas in range(7):
        for engine in Engine:
            result = machine(code, regs={0: 0xFFFF0000}, gas=gas, engine=engine).run()
            if gas < 6:
                assert (result.status, result.registers[2], result.gas) == (Status.OUT_OF_GAS, gas, -1)
                assert result.pc == 3 * gas
            else:
                assert (result.status, result.registers[2], result.gas) == (Status.HALT, 5, 0)


def test_dynamic_jump_rules() -> None:
    # pc 0: jump_ind r1 + 0; 5: fallthrough (block start after a terminator) ; 6: load_imm r2, 1 ; 9: trap
    code = [I(O.JUMP_IND, ra=1, x=0), I(O.TRAP), I(O.FALLTHROUGH), I(O.LOAD_IMM, ra=2, x=1), I(O.TRAP)]
    table = (3, 4, 6, 100)  # 3 starts a block (after trap), 4 too (after fallthrough), 6 does not, 100 past code
    outcomes = {0xFFFF0000: Status.HALT, 0: Status.PANIC, 3: Status.PANIC, 2: Status.PANIC, 6: Status.PANIC,
                8: Status.PANIC, 10: Status.PANIC}
    for address, status in outcomes.items():
        assert machine(code, regs={1: address}, table=table).run().status is status, address
    result = machine(code, regs={1: 4}, table=table).run()  # j[1] = 4: fallthrough, load_imm, trap
    assert (result.status, result.registers[2], result.pc) == (Status.PANIC, 1, 7)
    high = machine(code, regs={1: 0xFFFFFFFF_FFFF0000}, table=table).run()  # address taken mod 2^32
    assert high.status is Status.HALT


def test_static_targets_must_start_blocks() -> None:
    body = [I(O.LOAD_IMM, ra=2, x=1), I(O.LOAD_IMM, ra=3, x=2), I(O.TRAP)]
    # branch to pc 9 (the second load_imm, not a block start): taken → panic, untaken → falls through.
    taken = machine([I(O.BRANCH_EQ_IMM, ra=1, x=0, target=9)] + body).run()
    assert (taken.status, taken.pc, taken.registers[3]) == (Status.PANIC, 0, 0)
    untaken = machine([I(O.BRANCH_EQ_IMM, ra=1, x=1, target=9)] + body).run()
    assert (untaken.status, untaken.registers[3]) == (Status.PANIC, 2)
    call = machine([I(O.LOAD_IMM_JUMP, ra=0, x=4, target=9)] + body).run()
    assert (call.status, call.registers[0]) == (Status.PANIC, 4)  # A is written, then the jump panics


def test_invalid_opcodes_and_running_off_the_end_trap() -> None:
    undefined = Pvm(CodeBlob(bytes([2, 0, 0]), b"\x01\x01\x01"), [0] * 13, Memory(), 10).run()
    assert (undefined.status, undefined.gas) == (Status.PANIC, 9)
    unmasked = Pvm(CodeBlob(bytes([1, 1]), b"\x01\x00"), [0] * 13, Memory(), 10).run()
    assert (unmasked.status, unmasked.pc, unmasked.gas) == (Status.PANIC, 2, 8)  # 1 + skip(0) = 2: past the end
    padded = Pvm(CodeBlob(bytes([51, 0x02, 0x05]) + bytes(30), b"\x01" + bytes(32)), [0] * 13, Memory(), 10).run()
    assert (padded.registers[2], padded.pc) == (5, 25)  # skip capped at 24: the next opcode is at 25 (zero: trap)


def test_sbrk_follows_gp() -> None:
    # GP A.5.9: least x ≥ h with [x, x+A) not all readable; it becomes writable. h = 0x20000 without ro data.
    code = [I(O.LOAD_IMM, ra=3, x=100), I(O.SBRK, rd=2, ra=3), I(O.SBRK, rd=4, ra=3),
            I(O.STORE_IND_U8, ra=3, rb=4, x=99), HALT]
    result = run_spi(spi(code))
    assert result.status is Status.HALT
    assert result.registers[2] == 0x20000
    assert result.registers[4] == 0x21000 - 99  # page 0x20000 is now readable; the range must reach 0x21000


# ---------------------------------------------------------------------------------------------- modes agree

ALU = [O.ADD_64, O.SUB_32, O.MUL_64, O.DIV_S_64, O.REM_U_32, O.SHAR_R_32, O.ROT_L_64, O.MUL_UPPER_S_U,
       O.SET_LT_S, O.CMOV_NZ, O.MIN_U, O.XNOR]
IMM = [O.ADD_IMM_32, O.MUL_IMM_64, O.SHLO_R_IMM_ALT_32, O.NEG_ADD_IMM_64, O.CMOV_IZ_IMM, O.ROT_R_32_IMM]
MEM = [O.LOAD_IND_U8, O.LOAD_IND_I16, O.LOAD_IND_U32, O.LOAD_IND_U64, O.STORE_IND_U16, O.STORE_IND_U64]
regs = st.integers(2, 11)
small = st.sampled_from([0, 1, 5, 63, imm32(-1), imm32(-8), 4088, 4092, 4100, 8190])


@st.composite
def straight_code(draw: st.DrawFn) -> list[Instruction]:
    out: list[Instruction] = []
    for _ in range(draw(st.integers(1, 14))):
        kind = draw(st.integers(0, 3))
        if kind == 0:
            out.append(I(draw(st.sampled_from(ALU)), ra=draw(regs), rb=draw(regs), rd=draw(regs)))
        elif kind == 1:
            out.append(I(draw(st.sampled_from(IMM)), ra=draw(regs), rb=draw(regs), x=draw(small)))
        elif kind == 2:  # memory through r12, which points into a page followed by an unmapped one
            out.append(I(draw(st.sampled_from(MEM)), ra=draw(regs), rb=12, x=draw(small)))
        else:
            out.append(I(O.ECALLI, x=draw(st.integers(0, 3))))
    return out


@settings(max_examples=150, deadline=None)
@given(body=straight_code(), gas=st.integers(0, 120), values=st.lists(st.integers(0, M64), min_size=13,
                                                                      max_size=13))
def test_compiled_blocks_agree_with_stepping(body: list[Instruction], gas: int, values: list[int]) -> None:
    # fallthrough; body...; branch_ne_imm r11, 7 → body start (loops until gas runs out or a fault).
    head = [I(O.FALLTHROUGH)]
    start = len(encode(head[0]))
    code = head + body
    pc = sum(len(encode(ins, 0, 4)) for ins in code)
    code.append(I(O.BRANCH_NE_IMM, ra=11, x=7, target=start))
    results = []
    for engine in Engine:
        memory = Memory()
        memory.set_access(0x40000, 4096, Access.WRITE)
        memory.write_bytes(0x40000, bytes(range(256)) * 16)
        regs_in = list(values)
        regs_in[12] = 0x40000
        pvm = Pvm(blob_of(code), regs_in, memory, gas, engine=engine)
        old = interpreter.COMPILE_THRESHOLD
        interpreter.COMPILE_THRESHOLD = 1
        try:
            exits = [pvm.run()]
            while exits[-1].status is Status.HOST and len(exits) < 50:
                exits.append(pvm.run())
        finally:
            interpreter.COMPILE_THRESHOLD = old
        results.append((exits, memory.peek(0x40000, 4096), pvm.pc, pvm.gas))
    assert pc > 0 and results[0] == results[1] == results[2]
