"""The pvmc ABI as data: register roles, value representation, frame layout, calling convention, memory map.

What it does: states, once, every convention that the emitter, the linker, the register allocator and the
verifier share. Nothing here emits code; everything here is a constant or a pure function of constants.

Assumes: the PVM of GP 0.7.2 Appendix A (13 registers of 64 bits, 32-bit address space, SPI memory map of
GP A.42 and initial registers of GP A.43); the calling convention of the original system (SEED-regalloc.md,
"Background").

Guarantees (the contract):

Registers
  r0 return address (a jump-table address 2·(k+1), GP A.5 djump), r1 stack pointer (grows down),
  r2-r4 temporaries, r5-r6 scratch, r7 return value / SPI args pointer / first host-call argument,
  r8 SPI args length / second result / second host-call argument, r9-r12 the first four parameters and
  callee-saved. A function restores r1 and r9-r12 before it returns. r0 and r2-r8 are clobbered by calls.
  Register allocation uses r9-r12 (the seed model) and, under the full model, also r5-r8 where no call, host
  call or instruction that uses them itself lies inside a value's interval (`CALLER_SAVED`).

Value representation (in registers and in 8-byte stack slots)
  * i1 is 0 or 1 (zero-extended).
  * iN for 2 <= N <= 64 is held sign-extended from bit N-1 to 64 bits; the PVM's 32-bit instructions produce
    exactly this form for i32 (GP A.5.10/A.5.13, "s32"). Sign extension preserves the unsigned order of
    N-bit values, so both signed and unsigned comparisons of two canonical values are 64-bit comparisons.
  * Pointers are 32-bit and held like i32 (sign-extended); the PVM takes addresses mod 2^32, so a canonical
    pointer addresses the right byte. The stack pointer r1 is kept in the same form (the entry stub
    canonicalises the SPI value 0xFEFE0000).
  * iN for 64 < N <= 128 (i128, and the i72..i120 of bit-fields) occupies 16 bytes, two 64-bit words: the low
    64 bits at the slot offset, the high word 8 bytes above, sign-extended from bit N-1 (`wide_word`), so that
    signed and unsigned comparisons of two canonical values are 128-bit comparisons as for iN <= 64.
  * An aggregate value (the {iN, i1} result of *.with.overflow) gives each element 8 bytes (16 for i128),
    in element order.
  * Memory holds the low bytes of a value (little-endian); i1 is stored as one byte 0 or 1.

Frame (all offsets in bytes from the stack pointer after the prologue)
  [0, out)             outgoing-argument area: argument word w >= 4 of any call goes to 8·(w-4)
                       (arguments are numbered in 64-bit words, i128 takes two: `argument_words`)
  [out, out+40)        header: saved r0, r9, r10, r11, r12 (8 bytes each, in that order)
  [out+40, ...)        one slot per SSA value (8 bytes, 16 for i128, 8 per element for aggregates)
  [..., size)          static alloca storage, each aligned to its own alignment (at most 8 is honoured)
  size is a multiple of 8. Incoming argument word w >= 4 lives at size + 8·(w-4): the caller's
  outgoing area, which is the home slot of a parameter whose first word is >= 4.

Calls (GP A.5.8/A.5.12 jumps; return through the jump table)
  call:     load_imm_jump r0, 2·(k+1), callee   where jump-table entry k is the return site
  indirect: load_imm_jump_ind r0, rF, 2·(k+1), 0  where rF holds the function pointer
  return:   jump_ind r0, 0
  Function pointers are jump-table addresses 2·(k+1) whose entry k is the function's first instruction.
  Result in r7 (i128: low half r7, high half r8).

Host calls
  A call to a declared function `host_call_N(i64 id, a1, ..., aN)` (0 <= N <= 6, each argument an integer or
  pointer of at most 64 bits) becomes `ecalli id` (GP A.5.2) with a1..aN in r7, r8, r9, r10, r11, r12; `id`
  must be a constant. The host's r7 after the call is the result (any integer type up to i64, or void).

Entry (SPI, GP A.43/A.44)
  The entry stub at pc 0 canonicalises r1, calls the entry function with r9 = args pointer (r7), r10 = args
  length (r8); the entry function returns i64 `ptr | len << 32`; the stub sets r7 = ptr, r8 = len and halts by
  `jump_ind` to 0xFFFF0000. A program with a secondary entry (`SECONDARY_ENTRY`) starts with `jump` to that
  stub at pc 0 and a second stub, calling `main2`, at pc 5. With `ResultRegisters.END` (`--result-r8 end`)
  the stubs set r8 = ptr + len instead: the end address, as anan-as's CLI and its PVM-in-PVM build read the
  result ([r7, r8)). The entry of a module from WASM returns its output pointer as a WASM address; its stub
  adds the base of linear memory, (ptr + base) mod 2^32, before the rest ("WebAssembly linear memory"), unless
  every return of the entry is a constant, which the linker then converts instead (`linker._fold_output_base`).
  After the call the stub reads r7 alone, so an entry function that nothing else calls or takes the address of
  (`ir_facts.entered_only_from_stub`) restores only r0 at its returns (`STUB_CALLEE_RESTORED`), not r9-r12:
  it saves none of them in its prologue (issue 18).

WebAssembly linear memory (issue 3; the frontend `frontend.wasm` states the model)
  A module translated from WASM declares `@__wasm_memory` (`WASM_MEMORY_SYMBOL`, no size) and defines
  `@__wasm_memory_pages = constant [2 x i32] [initial, max]` (64 KiB pages) and, when a data segment holds a
  byte, `@__wasm_memory_image = constant [N x i8]` (linear memory's initial bytes from WASM address 0). WASM
  address a is PVM address (base + a) mod 2^32, base being the address the linker gives `@__wasm_memory`: the
  first page boundary after the program's own rw data (`WASM_MEMORY_ALIGN`). The linker maps [base,
  base + max·65536) writable as part of SPI's rw/heap region (GP A.42): the image is the tail of the rw data,
  so the loader writes it before the first instruction, and the rest is zero-filled heap.

Stack overflow: every prologue that lowers r1 compares it with `stack_limit(stack_size)` and executes `trap`
(a clean panic) when the new stack pointer is below the stack, except where the linker proves it cannot be
(`linker.frames_that_fit`: every chain of calls from an entry down to the function fits the stack). A function
whose code never uses its frame has none (`emitter.frame_elision`).
"""

from __future__ import annotations

import enum

from pvm_backend.bitvec import INT_BV, B, BitVec, V

#: GP A.5 djump: the address that halts the machine (SPI sets r0 to it, GP A.43).
HALT_ADDRESS = 0xFFFF0000
SECONDARY_ENTRY = "main2"
"""A program that defines this function (or, from WebAssembly, exports `main2` or `accumulate*`) has a second
entry at pc `SECONDARY_ENTRY_PC`, beside the entry function at pc 0."""
SECONDARY_ENTRY_PC = 5
"""Where the second entry starts: a JAM service's accumulate invocation begins at instruction 5, its refine at
0 (GP B.1, B.4); pc 0 then holds a 5-byte `jump` to the first entry's stub."""
#: GP A.42: the stack ends (exclusive) at 2^32 - 2·Z_Z - Z_I.
STACK_TOP = 0xFEFE0000
#: GP A.42: read-only data starts at Z_Z.
RO_DATA_BASE = 0x10000
#: GP A.42: read-write data starts at 2·Z_Z + Z(|o|).
RW_DATA_BASE = 0x20000
#: GP A.42/A.7 page and zone sizes in bytes.
PAGE_SIZE = 4096
ZONE_SIZE = 65536

#: Symbols of a module translated from WASM that describe its linear memory (see "WebAssembly linear memory").
WASM_MEMORY_SYMBOL = "__wasm_memory"
WASM_MEMORY_PAGES_SYMBOL = "__wasm_memory_pages"
WASM_MEMORY_IMAGE_SYMBOL = "__wasm_memory_image"
WASM_MEMORY_ALIGN = 4096
"""Alignment of WASM address 0 in PVM memory (bytes): a page, so that an access crosses a PVM page boundary
exactly where it crosses a 4 KiB boundary of linear memory (as with any page-aligned base)."""
#: WASM page size in bytes (WebAssembly spec 2.3.8).
WASM_PAGE_SIZE = 65536

#: Defaults of the build options.
DEFAULT_STACK_SIZE = 64 * 1024
DEFAULT_HEAP_PAGES = 16


class Reg(enum.IntEnum):
    """The registers by ABI role (value = PVM register number)."""

    RA = 0
    """Return address (jump-table address)."""
    SP = 1
    """Stack pointer; the stack grows down."""
    T0 = 2
    """Temporary."""
    T1 = 3
    """Temporary."""
    T2 = 4
    """Temporary."""
    S0 = 5
    """Scratch (the parallel-move resolver's spare register, loop counters of intrinsics)."""
    S1 = 6
    """Scratch."""
    A0 = 7
    """Return value; SPI args pointer; first host-call argument."""
    A1 = 8
    """SPI args length; high half of an i128 result; second host-call argument."""
    P0 = 9
    """First parameter; callee-saved."""
    P1 = 10
    """Second parameter; callee-saved."""
    P2 = 11
    """Third parameter; callee-saved."""
    P3 = 12
    """Fourth parameter; callee-saved."""


#: Registers holding parameters 0..3, in order.
PARAM_REGISTERS: tuple[Reg, ...] = (Reg.P0, Reg.P1, Reg.P2, Reg.P3)
#: Registers a function must restore before returning (besides r1).
CALLEE_SAVED: tuple[Reg, ...] = (Reg.P0, Reg.P1, Reg.P2, Reg.P3)
#: What a function restores for its caller at a return (besides r1): its return address and `CALLEE_SAVED`.
CALLEE_RESTORED: tuple[Reg, ...] = (Reg.RA, *CALLEE_SAVED)
#: The same for a function only the entry stub calls ("Entry"): its return address alone.
STUB_CALLEE_RESTORED: tuple[Reg, ...] = (Reg.RA,)
#: Registers the baseline emitter may use freely inside one IR instruction's code.
TEMPORARIES: tuple[Reg, ...] = (Reg.T0, Reg.T1, Reg.T2)
SCRATCH: tuple[Reg, ...] = (Reg.S0, Reg.S1)
#: Caller-saved registers the full register model (`RegisterModel.FULL`) may allocate to a value whose live
#: interval contains no call, no `ecalli` and no instruction whose lowering uses the register itself
#: (`pvm_backend.selection.Selection.scratch`). Never saved in the frame: a caller expects them changed.
CALLER_SAVED: tuple[Reg, ...] = (Reg.S0, Reg.S1, Reg.A0, Reg.A1)
#: Registers a call may change (everything but r1 and the callee-saved ones).
CALL_CLOBBERED: tuple[Reg, ...] = (Reg.RA, Reg.T0, Reg.T1, Reg.T2, Reg.S0, Reg.S1, Reg.A0, Reg.A1)
#: Registers an `ecalli` may change: the host reports through r7 and r8 (GP B host-call results); r9-r12 survive.
HOST_CALL_CLOBBERED: tuple[Reg, ...] = (Reg.A0, Reg.A1)
#: Host-call argument registers, in order (r7, r8, r9 ... r12).
HOST_ARG_REGISTERS: tuple[Reg, ...] = (Reg.A0, Reg.A1, Reg.P0, Reg.P1, Reg.P2, Reg.P3)
#: Name prefix of host-call declarations (`host_call_0` .. `host_call_6`).
HOST_CALL_PREFIX = "host_call_"
MAX_HOST_ARGS = len(HOST_ARG_REGISTERS)

class ResultRegisters(enum.Enum):
    """What the entry stub leaves in r8 beside the result's address in r7 (`pvmc compile --result-r8`)."""

    LENGTH = "length"
    """r8 = the result's length in bytes: GP A.44, the default."""
    END = "end"
    """r8 = r7 + length, the end address: anan-as's CLI and its PVM-in-PVM build read [r7, r8)."""


class RegisterModel(enum.Enum):
    """Which registers a register allocator may hand out, and where (`pvmc --registers`).

    The allocation problem (`pvm_backend.regalloc_problem`), every allocator, the emitter and check 1 of the
    verifier (`verifier.contract`) read the same model."""

    SEED = "seed"
    """SEED-regalloc.md "Available Registers", the default: r9-r12 minus the incoming parameter registers and, in
    a function that makes a real call, minus every outgoing argument register, for the whole function; minus the
    callee-saved registers any host call passes arguments in. After a real call every mapping is dropped and
    lazily reloaded ("Runtime Integration")."""
    FULL = "full"
    """Every one of r9-r12, where it is free: a parameter arriving in a register is precoloured (it may stay in
    that register and no other, and after its last use the register is free for other live intervals); a call's
    (or host call's) argument registers are taken only across that call (a value live across it chooses another
    register: the interval may not contain a call that writes its register); since a callee restores r9-r12
    (this ABI), a value in a register the call does not write stays valid after it. And the caller-saved r5-r8
    (`CALLER_SAVED`) for a value whose interval contains no call, no `ecalli` and no instruction whose lowering
    uses that register itself (`pvm_backend.selection.Selection.scratch`); r2-r4 stay the emitter's
    temporaries everywhere."""


#: The register model of `--registers` when none is given.
DEFAULT_REGISTER_MODEL = RegisterModel.SEED


#: Frame header: saved registers in order, 8 bytes each.
HEADER_REGISTERS: tuple[Reg, ...] = (Reg.RA, Reg.P0, Reg.P1, Reg.P2, Reg.P3)
HEADER_SIZE = 8 * len(HEADER_REGISTERS)
SLOT_SIZE = 8
#: Bytes per outgoing stack argument (arguments 4, 5, ...).
STACK_ARG_SIZE = 8


def header_offset(register: Reg) -> int:
    """Offset of `register`'s save slot relative to the start of the frame header (bytes)."""
    return SLOT_SIZE * HEADER_REGISTERS.index(register)


def stack_limit(stack_size: int) -> int:
    """Lowest stack address for a stack of `stack_size` bytes: 0xFEFE0000 - P(s) (GP A.42)."""
    return STACK_TOP - -(-stack_size // PAGE_SIZE) * PAGE_SIZE


def jump_address(index: int) -> int:
    """The dynamic-jump address of jump-table entry `index` (0-based): 2·(index+1) (GP A.5, djump)."""
    return 2 * (index + 1)


def canonical_image(bv: BitVec[V, B], word: V, bits: int) -> V:
    """The 64-bit register image of an iN value (1 <= N <= 64) whose low N bits are those of `word`, under the
    value representation above: i1 is 0 or 1, iN sign-extended from bit N-1 (pointers are i32). Written once
    against the bit-vector protocol: `canonical_const` runs it on ints, check 3 (`verifier.selection`) on z3."""
    if bits == 1:
        return bv.zext(word, 1)
    return word if bits >= 64 else bv.sext(word, bits)


def canonical_const(value: int, bits: int) -> int:
    """The 64-bit register image of an iN constant (0 <= N <= 64; wider: its low 64 bits) under the value
    representation above (`canonical_image`)."""
    return canonical_image(INT_BV, value & ((1 << 64) - 1), max(bits, 1))


def wide_word(value: int, bits: int, part: int) -> int:
    """Word `part` (0 low, 1 high) of an iN constant, 64 < N <= 128, in the two-word form above: the value
    sign-extended from bit N-1 to 128 bits."""
    value &= (1 << bits) - 1
    if value >> (bits - 1):
        value -= 1 << bits
    return (value >> (64 * part)) & ((1 << 64) - 1)


def value_slot_size(bits: int) -> int:
    """Bytes of frame storage for one integer or pointer value of `bits` bits (8, or 16 for i128)."""
    return 16 if bits > 64 else 8


def argument_words(widths: tuple[int, ...] | list[int]) -> tuple[tuple[int, ...], int]:
    """Assign 64-bit argument words to arguments of the given bit widths (i128 takes two consecutive words).

    Returns (first word index of each argument, total words). Word w < 4 travels in `PARAM_REGISTERS[w]`;
    word w >= 4 in the caller's outgoing area at offset 8·(w-4) (= the callee's frame size + 8·(w-4)).
    An i128 argument's low half is word w, its high half word w+1 (it may straddle r12 and memory).
    """
    firsts: list[int] = []
    word = 0
    for bits in widths:
        firsts.append(word)
        word += 2 if bits > 64 else 1
    return tuple(firsts), word


def word_register(word: int) -> Reg | None:
    """The register carrying argument word `word`, or None when it travels in memory."""
    return PARAM_REGISTERS[word] if word < len(PARAM_REGISTERS) else None


def stack_word_offset(word: int) -> int:
    """Offset of memory argument word `word` (>= 4) from the start of the outgoing area (bytes)."""
    return STACK_ARG_SIZE * (word - len(PARAM_REGISTERS))
