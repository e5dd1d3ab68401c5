"""Lazy mapping of large writable ranges (`pvm_backend.memory.LAZY_PAGES`): the same behaviour as mapping every
page at once (the representation the PVM test vectors check), without its cost (issue 16: one 1-gas `sbrk` of
1 GiB took 1.6 s and 1.1 GB)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from pvm_backend import memory as memory_module
from pvm_backend.containers import CodeBlob, StandardProgram
from pvm_backend.interpreter import Status, run_spi
from pvm_backend.isa import Instruction, Opcode, imm32
from pvm_backend.memory import PAGE_SIZE, Access, Memory, MemoryFault

I, O = Instruction, Opcode
HALT = I(O.JUMP_IND, ra=0, x=0)
GIB = 1 << 30


def test_a_one_gib_sbrk_maps_lazily_and_behaves_as_mapped() -> None:
    """sbrk of 1 GiB: its last byte is writable and reads back, untouched bytes read zero, and the next sbrk
    finds the end of it."""
    code = [I(O.LOAD_IMM, ra=3, x=GIB), I(O.SBRK, rd=2, ra=3), I(O.ADD_64, ra=2, rb=3, rd=5),
            I(O.LOAD_IMM, ra=6, x=0x5A), I(O.STORE_IND_U8, ra=6, rb=5, x=imm32(-1)),
            I(O.LOAD_IND_U8, ra=7, rb=5, x=imm32(-1)), I(O.LOAD_IND_U64, ra=8, rb=2, x=4096 * 1000),
            I(O.LOAD_IMM, ra=9, x=16), I(O.SBRK, rd=10, ra=9), HALT]
    result = run_spi(StandardProgram(b"", b"", 0, 4096, CodeBlob.assemble(code, (), offset_bytes=4)))
    assert result.status is Status.HALT
    start = result.registers[2]
    assert (result.registers[7], result.registers[8]) == (0x5A, 0)
    # GP A.5.9: the least x with [x, x + 16) not all readable; the first unreadable byte is start + 1 GiB
    assert result.registers[10] == start + GIB - 15


def test_memory_after_a_large_mapping_keeps_few_pages() -> None:
    memory = Memory()
    start = memory.sbrk(0x20000, GIB)
    memory.store(start + GIB - 8, 8, 7)
    assert memory.load(start + GIB - 8, 8) == 7 and memory.load(start + 12345, 4) == 0
    assert memory.access_of(start + GIB // 2) is Access.WRITE and memory.access_of(start + GIB) is Access.NONE
    assert len(memory.pages) <= 2


OPS = st.lists(st.one_of(
    st.tuples(st.just("map"), st.integers(0x10, 0x400), st.integers(1, 300),
              st.sampled_from([Access.NONE, Access.READ, Access.WRITE])),
    st.tuples(st.just("sbrk"), st.integers(0x10, 0x400), st.integers(0, 300 * PAGE_SIZE), st.just(None)),
    st.tuples(st.just("store"), st.integers(0x10, 0x500), st.integers(0, PAGE_SIZE + 8), st.just(None)),
    st.tuples(st.just("load"), st.integers(0x10, 0x500), st.integers(0, PAGE_SIZE + 8), st.just(None)),
    st.tuples(st.just("write"), st.integers(0x10, 0x500), st.integers(0, PAGE_SIZE), st.just(None)),
), max_size=25)


def _replay(ops: list[tuple[str, int, int, Access | None]]) -> list[object]:
    memory, seen = Memory(), []
    for kind, page, n, access in ops:
        address = page * PAGE_SIZE + n % PAGE_SIZE
        try:
            if kind == "map":
                assert access is not None
                memory.set_access(page * PAGE_SIZE, n * PAGE_SIZE, access)
            elif kind == "sbrk":
                seen.append(memory.sbrk(page * PAGE_SIZE, n))
            elif kind == "store":
                memory.store(address, 8, n * 0x0101010101)
            elif kind == "load":
                seen.append(memory.load(address, 8))
            else:
                memory.write_bytes(address, bytes([n % 251 + 1]) * 3)
        except MemoryFault as fault:
            seen.append(("fault", fault.panic, fault.page_address))
        seen.append([memory.access_of(p * PAGE_SIZE) for p in range(0x10, 0x500, 37)])
    seen.append(memory.read_bytes(0x100000, 64))
    return seen


@settings(max_examples=300, deadline=None)
@given(OPS)
def test_lazy_and_eager_mapping_agree(ops: list[tuple[str, int, int, Access | None]]) -> None:
    """Any sequence of mappings (ranges above and below `LAZY_PAGES`), sbrk, loads, stores and loader writes gives
    the same results, faults and access rights as mapping every page at once."""
    lazy = _replay(ops)
    eager_pages = memory_module.LAZY_PAGES
    try:
        memory_module.LAZY_PAGES = 1 << 40
        eager = _replay(ops)
    finally:
        memory_module.LAZY_PAGES = eager_pages
    assert lazy == eager


@pytest.mark.parametrize("access", [Access.NONE, Access.READ])
def test_remapping_part_of_a_lazy_range_takes_effect(access: Access) -> None:
    memory = Memory()
    memory.set_access(0x100000, 1000 * PAGE_SIZE, Access.WRITE)
    memory.set_access(0x100000 + 10 * PAGE_SIZE, PAGE_SIZE, access)
    assert memory.access_of(0x100000 + 10 * PAGE_SIZE) is access
    assert memory.access_of(0x100000 + 9 * PAGE_SIZE) is Access.WRITE
    assert memory.access_of(0x100000 + 11 * PAGE_SIZE) is Access.WRITE
    with pytest.raises(MemoryFault):
        memory.store(0x100000 + 10 * PAGE_SIZE, 1, 1)
