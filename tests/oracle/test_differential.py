"""Differential test: random PVM programs on our interpreter and on anan-as 1.2.0 must end the same way.

Hypothesis builds valid generic programs: a few basic blocks of random non-terminator instructions (every
opcode except sbrk, registers 0-12, immediates from edge values and random 32-bit values, memory addresses that
hit writable, read-only, unmapped and below-0x10000 memory), each block closed by a random terminator (trap,
fallthrough, jump, branches, dynamic jumps through a jump table or to the halt address) whose static target is
a block start or, sometimes, an arbitrary instruction (which must panic when taken). Both interpreters run it
with the same registers, page map, memory and gas; ecalli 0 and 100 are resumed with registers unchanged, other
ids stop the run.

Compared: status, the 13 registers, pc, gas used (GP A.44: initial - max(left, 0)), host id, fault address and
every mapped byte. The only allowed difference is deviation 2 of ../shared/pvm/README.md section 5: a store to a
read-only page is a page fault for us (GP) and a panic for anan-as.

Two further anan-as 1.2.0 defects were found by this test and are kept out of the generated programs rather than
tolerated in the comparison (both checked by hand against the GP, README section 3.7):
4. After an access that straddles two accessible pages (e.g. a u32 store at 0x20FFD with 0x20000-0x21FFF
   mapped), later loads from those pages return wrong bytes (a load_u8 of 0x20000 returned the byte stored at
   0x21000), while pvmReadMemory shows the right contents. Here each accessible region is one page with
   inaccessible neighbours, so such an access always faults.
5. An access that wraps past 2^32 (e.g. load_u16 at 0xFFFFFFFF touches 0xFFFFFFFF and 0x0) is a page fault at
   0xFFFFF000 in anan-as; the GP panics because the lowest offending index (0) is below 2^16. Addresses within
   8 bytes of 2^32 are not generated.
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from pvm_backend.containers import CodeBlob
from pvm_backend.interpreter import Engine, Exit, Pvm, Status
from pvm_backend.isa import CLASS_FIELDS, MASK64, OPCODE_TABLE, TERMINATORS, Instruction, Opcode, encode, imm32
from pvm_backend.memory import Access, Memory
from support.anan_as import AnanAs, HostAction, read_only_store_deviation

RW_BASE, RW_LEN = 0x20000, 0x1000
RO_BASE, RO_LEN = 0x30000, 0x1000
PAGES = [(RW_BASE, RW_LEN, True), (RO_BASE, RO_LEN, False)]
RESUMED = frozenset({0, 100})
HALT_ADDRESS = 0xFFFF0000

ADDRESSES = [RW_BASE, RW_BASE + 1, RW_BASE + 0x100, RW_BASE + RW_LEN - 8, RW_BASE + RW_LEN - 2,
             RW_BASE + RW_LEN - 1, RO_BASE, RO_BASE + 7, RO_BASE + RO_LEN - 2, 0x1000, 0xFFFF, 0x10000, 0x40000,
             0xFFFFFFF0, RW_BASE - 1, RW_BASE - 9]
EDGE_IMMS = [0, 1, 2, 7, 8, 15, 16, 31, 32, 33, 63, 64, 0x7F, 0x80, 0xFF, 0x7FFF, 0x8000, 0x7FFFFFFF,
             -1, -2, -0x80, -0x8000, -0x80000000]
EDGE_REGS = [0, 1, 2, 0x7F, 0x80, 0xFFFF, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0x100000000, 2**63 - 1, 2**63,
             MASK64, MASK64 - 1, RW_BASE, RW_BASE + 0x800, RO_BASE, HALT_ADDRESS, 2, 4, 6]

GENERATED = [op for op in Opcode if op not in TERMINATORS and op is not Opcode.SBRK]
LOADS_STORES_DIRECT = {Opcode.STORE_IMM_U8, Opcode.STORE_IMM_U16, Opcode.STORE_IMM_U32, Opcode.STORE_IMM_U64,
                       *(op for op in Opcode if 52 <= op <= 62)}
INDIRECT = {*(op for op in Opcode if 70 <= op <= 73), *(op for op in Opcode if 120 <= op <= 130)}
BRANCHES = [op for op in Opcode if 81 <= op <= 90 or 170 <= op <= 175]

BASES = {1: RW_BASE + 0x100, 2: RO_BASE + 0x80}
"""r1 and r2 hold these addresses from the start and are never written (no generated instruction names them
except as the base of an indirect access), so every indirect address is known when the program is drawn."""

regs = st.sampled_from([0, *range(3, 13)])
imms = st.one_of(st.sampled_from(EDGE_IMMS), st.integers(-2**31, 2**31 - 1)).map(lambda v: v & MASK64)


def avoids_anan_bugs(address: int) -> bool:
    """False when an access of up to 8 bytes at `address` (mod 2^32) could wrap past 2^32, which anan-as 1.2.0
    gets wrong (deviation 5 in the module docstring). Accesses straddling two accessible pages (deviation 4)
    cannot occur: the accessible regions are single pages with inaccessible neighbours."""
    return address % 2**32 + 8 <= 2**32


_mapped = [a for a in ADDRESSES if RW_BASE <= a < RW_BASE + RW_LEN or RO_BASE <= a < RO_BASE + RO_LEN]
addresses = st.one_of(st.sampled_from(_mapped), st.sampled_from(ADDRESSES),
                      st.integers(0, 2**32 - 1)).filter(avoids_anan_bugs).map(imm32)
offsets = st.one_of(st.integers(-16, 0x120), st.integers(0, 0xF00), imms)


def fields_of(op: Opcode) -> tuple[str, ...]:
    """The operand fields of `op` in GP naming (ra, rb, rd, x, y, target)."""
    info = OPCODE_TABLE[int(op)]
    assert info is not None
    return CLASS_FIELDS[info.operand_class]


@st.composite
def body_instruction(draw: st.DrawFn) -> Instruction:
    """A random non-terminator instruction (sbrk excluded: its heap start differs without an SPI layout)."""
    op = draw(st.sampled_from(GENERATED))
    fields: dict[str, int] = {}
    for name in fields_of(op):
        if name in ("ra", "rb", "rd") and name not in fields:
            fields[name] = draw(regs)
        elif op is Opcode.LOAD_IMM_64:
            fields[name] = draw(st.one_of(st.sampled_from(EDGE_REGS), st.integers(0, MASK64)))
        elif op is Opcode.ECALLI:
            fields[name] = draw(st.sampled_from([0, 100, 1, 255]))
        elif name == "x" and op in LOADS_STORES_DIRECT:
            fields[name] = draw(addresses)
        elif name == "x" and op in INDIRECT:
            base = draw(st.sampled_from(sorted(BASES)))
            fields["rb" if op >= 120 else "ra"] = base
            fields[name] = draw(offsets.filter(lambda x, b=BASES[base]: avoids_anan_bugs(b + x))) & MASK64
        else:
            fields[name] = draw(imms)
    return Instruction(op, **fields)


@dataclass(frozen=True)
class Target:
    """A static target before layout."""

    block: bool
    """True: the start of block `index`; False: the `index`-th instruction of the whole program (usually not a
    block start, so taking it must panic)."""
    index: int
    """Block or instruction index (taken modulo the count)."""


@dataclass(frozen=True)
class Terminator:
    """A block's last instruction before layout."""

    opcode: Opcode
    """A terminator opcode (GP A.5 set T)."""
    fields: tuple[tuple[str, int], ...]
    """Its operands other than the target."""
    target: Target | None
    """Its static target, for classes that have one."""


def djump_addresses(table_size: int) -> st.SearchStrategy[int]:
    """Dynamic-jump addresses: table entries 2(k+1) (and one past the end), the halt address, random."""
    return st.one_of(st.integers(0, table_size).map(lambda k: 2 * (k + 1)), st.just(imm32(HALT_ADDRESS)),
                     imms).map(lambda v: v & MASK64)


HALT = Terminator(Opcode.JUMP_IND, (("ra", 3), ("x", 0)), None)
"""`jump_ind r3, 0`: r3 = 0xFFFF0000 unless overwritten, so this usually halts (GP A.5 djump)."""


@st.composite
def terminator(draw: st.DrawFn, blocks: int, table_size: int) -> Terminator:
    """A random terminator; static targets are valid block starts five times out of six."""
    op = draw(st.sampled_from([Opcode.TRAP, Opcode.FALLTHROUGH, Opcode.JUMP, Opcode.JUMP_IND,
                               Opcode.LOAD_IMM_JUMP, Opcode.LOAD_IMM_JUMP_IND, *BRANCHES, *BRANCHES]))
    fields: list[tuple[str, int]] = []
    target: Target | None = None
    if op is Opcode.JUMP_IND and draw(st.booleans()):
        return HALT  # r3 holds the halt address from the start: make halting common
    for name in fields_of(op):
        if name in ("ra", "rb", "rd"):
            fields.append((name, draw(regs)))
        elif name == "target":
            valid = draw(st.integers(0, 5)) > 0
            target = Target(valid, draw(st.integers(0, blocks - 1 if valid else 50)))
        elif (op is Opcode.JUMP_IND and name == "x") or (op is Opcode.LOAD_IMM_JUMP_IND and name == "y"):
            fields.append((name, draw(djump_addresses(table_size))))
        else:
            fields.append((name, draw(imms)))
    return Terminator(op, tuple(fields), target)


@dataclass(frozen=True)
class Case:
    """One generated run."""

    blob: CodeBlob
    """The program (code, mask, jump table)."""
    registers: tuple[int, ...]
    """The 13 initial registers."""
    memory: tuple[tuple[int, bytes], ...]
    """Initial memory chunks (address, bytes), inside PAGES."""
    gas: int
    """Initial gas."""


def _build(term: Terminator, target_pc: int) -> Instruction:
    extra = {"target": target_pc} if term.target is not None else {}
    return Instruction(term.opcode, **dict(term.fields), **extra)


def layout(blocks: list[tuple[list[Instruction], Terminator]], table: list[Target]) -> CodeBlob:
    """Place the blocks back to back with 4-byte branch offsets (so sizes do not depend on targets), resolve the
    targets to pcs and build the blob."""
    flat: list[tuple[Instruction | Terminator, int]] = []
    starts: list[int] = []
    pc = 0
    for body, term in blocks:
        starts.append(pc)
        for ins in body:
            flat.append((ins, pc))
            pc += len(encode(ins, pc, 4))
        flat.append((term, pc))
        pc += len(encode(_build(term, pc), pc, 4))
    every = [at for _, at in flat]

    def resolve(t: Target) -> int:
        return starts[t.index % len(starts)] if t.block else every[t.index % len(every)]

    final = [item if isinstance(item, Instruction) else
             _build(item, resolve(item.target) if item.target is not None else 0) for item, _ in flat]
    return CodeBlob.assemble(final, [resolve(t) for t in table], offset_bytes=4)


@st.composite
def cases(draw: st.DrawFn, branching: bool) -> Case:
    """A straight-line program (one block ending in trap, fallthrough or a halting jump) or up to 5 blocks with random control
    flow and a jump table of up to 3 entries (block starts or arbitrary instructions)."""
    nblocks = draw(st.integers(1, 5)) if branching else 1
    table = draw(st.lists(st.builds(Target, st.booleans(), st.integers(0, 50)), max_size=3)) if branching else []
    blocks: list[tuple[list[Instruction], Terminator]] = []
    for _ in range(nblocks):
        body = draw(st.lists(body_instruction(), min_size=0 if branching else 1, max_size=8))
        if branching:
            term = draw(terminator(nblocks, len(table)))
        else:
            term = draw(st.sampled_from([Terminator(Opcode.TRAP, (), None),
                                         Terminator(Opcode.FALLTHROUGH, (), None), HALT]))
        blocks.append((body, term))
    registers = [0, BASES[1], BASES[2], HALT_ADDRESS] + \
        [draw(st.sampled_from(EDGE_REGS)) for _ in range(9)]
    rw = draw(st.binary(min_size=0, max_size=64))
    ro = draw(st.binary(min_size=1, max_size=64))
    gas = draw(st.one_of(st.integers(0, 40), st.just(2000)))
    return Case(layout(blocks, table), tuple(registers), ((RW_BASE + 0xF0, rw), (RO_BASE, ro)), gas)


def run_ours(case: Case, engine: Engine) -> tuple[Memory, Exit]:
    """Our interpreter on `case`; ecalli ids in RESUMED are resumed with registers unchanged."""
    memory = Memory()
    for address, length, writable in PAGES:
        memory.set_access(address, length, Access.WRITE if writable else Access.READ)
    for address, data in case.memory:
        memory.write_bytes(address, data)
    pvm = Pvm(case.blob, case.registers, memory, case.gas, 0, engine=engine)
    exit_ = pvm.run()
    while exit_.status is Status.HOST and exit_.host_id in RESUMED:
        exit_ = pvm.run()
    return memory, exit_


def check(anan: AnanAs, case: Case, engine: Engine) -> None:
    """Run `case` on both interpreters and compare everything (module docstring)."""
    memory, ours = run_ours(case, engine)
    theirs = anan.run_generic(case.blob.encode(), case.registers, PAGES, case.memory, case.gas, 0,
                              read=[(a, n) for a, n, _ in PAGES],
                              host_calls={i: HostAction.RESUME for i in RESUMED})
    event(f"status {theirs.status}, {len(theirs.host_calls)} host calls resumed")
    context = (f"program {case.blob.encode().hex()} gas {case.gas} registers {case.registers} memory "
               f"{[(a, d.hex()) for a, d in case.memory]} ours {ours} anan {theirs.status} pc {theirs.pc} "
               f"registers {theirs.registers} gas used {theirs.gas_used} code {theirs.exit_code}")
    if ours.status.value != theirs.status:
        assert read_only_store_deviation(ours.status.value, ours.fault_address, theirs.status,
                                         [(RO_BASE, RO_LEN)]), context
    else:
        assert ours.host_id == theirs.host_id, context
        assert ours.fault_address == theirs.fault_address, context
    assert list(ours.registers) == list(theirs.registers), context
    assert ours.pc == theirs.pc, context
    assert case.gas - max(ours.gas, 0) == theirs.gas_used, context
    assert [memory.read_bytes(a, n) for a, n, _ in PAGES] == list(theirs.memory), context


SETTINGS = settings(max_examples=250, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@SETTINGS
@given(case=cases(branching=False), engine=st.sampled_from(Engine))
def test_straight_line(anan: AnanAs, case: Case, engine: Engine) -> None:
    check(anan, case, engine)


@SETTINGS
@given(case=cases(branching=True), engine=st.sampled_from(Engine))
def test_branching(anan: AnanAs, case: Case, engine: Engine) -> None:
    check(anan, case, engine)
