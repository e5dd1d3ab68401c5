"""The reference PVM interpreter (GP 0.7.2 Appendix A) and the standard-program runner (GP A.7).

What it does: `Pvm` runs a `CodeBlob` on 13 registers, a `Memory` and a gas counter until it halts, panics,
page-faults, runs out of gas or meets a host call (which it reports and can resume after). Instruction meanings
come only from `pvm_backend.semantics`, run by one of three engines (`Engine`) that give identical results:
* exact single-stepping (`_IntMachine`: the semantics on Python ints, one instruction at a time);
* compiled basic blocks (`pvm_backend.blockjit`: the same semantics turned into Python source once per block),
  used for a block only when the gas left covers the whole block;
* the native engine (`pvm_backend.native`: the same semantics turned into C once per opcode, compiled and
  cached), the default, which falls back to compiled blocks where no C compiler is found.
In the last two any fault, host call, invalid jump, trap or sbrk hands that instruction back to the
single-stepper with exact registers, pc and gas.
`load_spi`/`run_spi` build the standard memory map and registers (GP A.42/A.43) and compute the output (A.44).

Decisions, with their GP reference:
* Gas (GP A.5 tables: ρ∆ = 1 for every instruction; A.1: "some gas is always charged whenever execution is
  attempted ... even if no instruction is effectively executed and machine state is unchanged"): every attempted
  instruction costs 1, including one that page-faults or panics on a memory access. The formula for memory
  exceptions in A.5 literally returns the unreduced ρ (graypaper PR #497 is open to fix that), and the PVM test
  vectors charge 2 (PolkaVM charges a whole basic block up front, including the implicit trap after the end of
  the code). We follow the prose and the per-instruction table: 1. This decides the 13 vectors README §6 lists.
* A store to a readable but not writable page is a page fault (GP A.5: x includes written indices that are not
  writable; min(x) ≥ 2^16 gives F × page). The vectors (and anan-as) panic there
  (`inst_store_u8_trap_read_only`, `inst_store_imm_u8_trap_read_only`); we follow the GP.
* Out of gas (GP A.1 Ψ: ρ' < 0): the instruction has no effect, the reported gas is ρ' = ρ − 1 (negative).
* `Exit.pc` is the pc of the instruction that stopped the machine, for every status (as the vectors and anan-as
  report it); the GP's Ψ returns 0 on halt and panic, see `Exit.gp_pc`.

Guarantees: `Pvm.registers`, `.memory`, `.gas` and `.pc` may be read and set between runs; after `Status.HOST`
`pc` already points at the next instruction, so `run()` resumes there (GP A.6).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from ctypes import CDLL
from dataclasses import dataclass, field

from pvm_backend import native
from pvm_backend.abi import ResultRegisters
from pvm_backend.bitvec import INT_BV
from pvm_backend.blockjit import CompiledBlock, compile_block
from pvm_backend.containers import CodeBlob, ContainerError, StandardProgram, round_page
from pvm_backend.memory import Access, Memory, MemoryFault
from pvm_backend.options import DEFAULT_GAS
from pvm_backend.semantics import DecodedProgram, DjumpOutcome, djump_rule, execute

__all__ = ["Engine", "Status", "Access", "Memory", "Exit", "Pvm", "RunResult", "load_spi", "run_spi",
           "jip1_log_handler", "decoded_program"]

MASK64 = (1 << 64) - 1
NUM_REGISTERS = 13
#: A block is compiled once its entry pc has been reached this many times (straight-line code stays stepped).
COMPILE_THRESHOLD = 2
#: Instructions the native engine performs between returns to Python (where Ctrl-C is noticed).
NATIVE_BUDGET = 1 << 24
#: Most gas handed to the native engine at once (its counter is a signed 64-bit integer); the rest waits.
NATIVE_GAS_CAP = 1 << 62


class Engine(enum.Enum):
    """How `Pvm.run` performs instructions (module docstring); every engine gives the same results."""

    STEP = "step"
    """Exact single-stepping on Python ints."""
    BLOCKS = "blocks"
    """Basic blocks compiled to Python source."""
    NATIVE = "native"
    """The semantics compiled to C (`pvm_backend.native`); compiled blocks where that cannot be built."""


class Status(enum.Enum):
    """Why the machine stopped (GP A.1 exit reasons)."""

    HALT = "halt"
    PANIC = "panic"
    PAGE_FAULT = "page-fault"
    HOST = "host"
    OUT_OF_GAS = "out-of-gas"


@dataclass(frozen=True)
class Exit:
    """The result of `Pvm.run`."""

    status: Status
    """Exit reason."""
    pc: int
    """Code offset of the instruction that caused the exit (the ecalli for HOST, the faulting one for F)."""
    gas: int
    """Gas left (may be -1 after OUT_OF_GAS, GP ρ')."""
    registers: tuple[int, ...]
    """The 13 registers after the exit."""
    fault_address: int | None = None
    """PAGE_FAULT only: the page address (multiple of 4096) of the lowest offending byte."""
    host_id: int | None = None
    """HOST only: the ecalli immediate."""
    next_pc: int | None = None
    """HOST only: where `run()` resumes (ı + 1 + skip(ı))."""

    @property
    def gp_pc(self) -> int:
        """The instruction counter GP A.1 Ψ returns: 0 on halt and panic, else `pc`."""
        return 0 if self.status in (Status.HALT, Status.PANIC) else self.pc


class _Stop(Exception):
    """Raised inside single-stepping when the instruction ends execution."""

    def __init__(self, status: Status, host_id: int | None = None) -> None:
        super().__init__(status.value)
        self.status = status
        self.host_id = host_id


class _IntMachine:
    """`Machine[int, bool]` over a `Pvm`, for one instruction at a time."""

    def __init__(self, pvm: Pvm) -> None:
        self.pvm = pvm
        self.regs = pvm.registers
        self.next_pc = 0

    def reg(self, index: int) -> int:
        return self.regs[index]

    def set_reg(self, index: int, value: int) -> None:
        self.regs[index] = value & MASK64

    def load(self, address: int, size: int) -> int:
        return self.pvm.memory.load(address, size)

    def store(self, address: int, size: int, value: int) -> None:
        self.pvm.memory.store(address, size, value)

    def branch(self, cond: bool, target: int) -> None:
        if cond:
            self.jump(target)

    def jump(self, target: int) -> None:
        if target not in self.pvm.program.starts:
            raise _Stop(Status.PANIC)
        self.next_pc = target

    def djump(self, address: int) -> None:
        program = self.pvm.program
        outcome, target = djump_rule(address, program.jump_table, program.starts)
        if outcome is DjumpOutcome.HALT:
            raise _Stop(Status.HALT)
        if outcome is DjumpOutcome.PANIC:
            raise _Stop(Status.PANIC)
        self.next_pc = target

    def trap(self) -> None:
        raise _Stop(Status.PANIC)

    def host_call(self, index: int) -> None:
        raise _Stop(Status.HOST, index)

    def sbrk(self, size: int) -> int:
        return self.pvm.memory.sbrk(self.pvm.heap_start, size)


_PROGRAMS: dict[CodeBlob, DecodedProgram] = {}


def decoded_program(blob: CodeBlob) -> DecodedProgram:
    """The shared decoded view (and compiled-block cache) of `blob`; a few recent blobs are kept."""
    program = _PROGRAMS.get(blob)
    if program is None:
        if len(_PROGRAMS) >= 32:
            _PROGRAMS.pop(next(iter(_PROGRAMS)))
        program = _PROGRAMS[blob] = DecodedProgram(blob.code, blob.mask, blob.jump_table)
    return program


class Pvm:
    """One PVM instance: program, registers, memory, gas and pc (GP A.1 Ψ)."""

    def __init__(self, blob: CodeBlob, registers: Sequence[int], memory: Memory, gas: int, pc: int = 0,
                 heap_start: int = 0, engine: Engine = Engine.NATIVE) -> None:
        """`registers`: 13 values (taken mod 2^64); `gas`: the counter ρ; `heap_start`: h of sbrk (GP A.5.9,
        0 without a standard layout); `engine`: how instructions are performed (`Engine.STEP` forces exact
        single-stepping throughout)."""
        if len(registers) != NUM_REGISTERS:
            raise ValueError(f"a PVM has {NUM_REGISTERS} registers, got {len(registers)}")
        self.blob = blob
        self.program = decoded_program(blob)
        self.registers: list[int] = [r & MASK64 for r in registers]
        self.memory = memory
        self.gas = gas
        self.pc = pc
        self.heap_start = heap_start
        self.engine = engine
        self._native: native.NativeMachine | None = None
        self.instructions = 0
        """Instructions attempted so far (each costs 1 gas)."""
        self.log: list[str] = []
        """Messages recorded by host-call handlers such as `jip1_log_handler`."""
        self._machine = _IntMachine(self)

    def _exit(self, status: Status, pc: int, fault_address: int | None = None, host_id: int | None = None,
              next_pc: int | None = None) -> Exit:
        return Exit(status, pc, self.gas, tuple(self.registers), fault_address, host_id, next_pc)

    def step(self) -> Exit | None:
        """Attempt exactly one instruction at `pc`; None if execution continues (GP A.5 Ψ_1)."""
        pc = self.pc
        if self.gas < 1:
            self.gas -= 1
            return self._exit(Status.OUT_OF_GAS, pc)
        self.gas -= 1
        self.instructions += 1
        ins, next_pc = self.program.instruction(pc)
        machine = self._machine
        machine.next_pc = next_pc
        try:
            if ins is None:
                raise _Stop(Status.PANIC)
            execute(INT_BV, machine, ins)
        except MemoryFault as fault:
            if fault.panic:
                return self._exit(Status.PANIC, pc)
            return self._exit(Status.PAGE_FAULT, pc, fault_address=fault.page_address)
        except _Stop as stop:
            if stop.status is Status.HOST:
                self.pc = next_pc
                return self._exit(Status.HOST, pc, host_id=stop.host_id, next_pc=next_pc)
            return self._exit(stop.status, pc)
        self.pc = machine.next_pc
        return None

    def run(self) -> Exit:
        """Run until an exit (GP A.1 Ψ). Resumable after HOST; see the module docstring for the decisions."""
        if self.engine is Engine.NATIVE:
            library = native.load()
            if library is not None:
                return self._run_native(library)
        if self.engine is Engine.STEP:
            while True:
                result = self.step()
                if result is not None:
                    return result
        return self._run_compiled()

    def _run_native(self, library: CDLL) -> Exit:
        machine = self._native
        if machine is None or machine.memory is not self.memory:   # `memory` may be replaced between runs
            code = self.program.native
            if code is None:
                code = self.program.native = native.NativeCode(self.program)
            machine = self._native = native.NativeMachine(code, self.memory)
        regs = self.registers
        while True:
            given = min(self.gas, NATIVE_GAS_CAP)   # the engine's counter is 64-bit signed; ours is unbounded
            rc, pc, left = machine.run(library, regs, self.pc, given, NATIVE_BUDGET)
            self.instructions += given - left
            self.pc, self.gas = pc, self.gas - (given - left)
            if rc == native.STEP:
                stop = self.step()
                if stop is not None:
                    return stop

    def _run_compiled(self) -> Exit:
        program = self.program
        blocks: dict[int, CompiledBlock | None] = program.compiled
        seen = program.visits
        regs, memory = self.registers, self.memory
        readable, writable, targets = memory.readable, memory.writable, program.djump_targets
        pc, gas, done = self.pc, self.gas, 0
        while True:
            block = blocks.get(pc)
            if block is None:
                count = seen.get(pc, 0) + 1
                seen[pc] = count
                if count >= COMPILE_THRESHOLD and pc not in blocks:
                    block = blocks[pc] = compile_block(program, pc)
            if block is not None and gas >= block.count:
                gas -= block.count
                result = block.fn(regs, readable, writable, targets)
                if result >= 0:
                    done += block.count
                    pc = result
                    continue
                k = ~result
                gas += block.count - k
                done += k
                pc = block.pcs[k]
            self.pc, self.gas = pc, gas
            self.instructions += done
            done = 0
            stop = self.step()
            if stop is not None:
                return stop
            pc, gas = self.pc, self.gas


# ---------------------------------------------------------------------------------------------- standard programs

#: GP A.43 initial register values of a standard program.
SPI_RA = (1 << 32) - (1 << 16)
SPI_SP = (1 << 32) - 2 * (1 << 16) - (1 << 24)
SPI_ARGS = (1 << 32) - (1 << 16) - (1 << 24)
MAX_ARGS = 1 << 24


def load_spi(program: StandardProgram, args: bytes) -> tuple[Memory, list[int]]:
    """GP A.42/A.43: the memory map and the 13 initial registers of `program` run with argument bytes `args`.

    Read-only data at 0x10000 (read), rw data + heap pages at h = 2·Z_Z + Z(|o|) (write), the stack just below
    0xFEFE0000 (write), the arguments at 0xFEFF0000 (read); each section padded to whole pages, empty sections
    map nothing. r0 = 0xFFFF0000, r1 = 0xFEFE0000, r7 = 0xFEFF0000, r8 = len(args), others 0.
    Raises `ContainerError` when `args` is longer than Z_I = 2^24 bytes.
    """
    if len(args) > MAX_ARGS:
        raise ContainerError(f"standard program: {len(args)} argument bytes exceed the limit of {MAX_ARGS}")
    memory = Memory()
    ro, rw = program.ro_data, program.rw_data
    memory.set_access(0x10000, round_page(len(ro)), Access.READ)
    memory.write_bytes(0x10000, ro)
    heap = program.heap_start
    memory.set_access(heap, round_page(len(rw)) + program.heap_pages * 4096, Access.WRITE)
    memory.write_bytes(heap, rw)
    stack = round_page(program.stack_size)
    memory.set_access(SPI_SP - stack, stack, Access.WRITE)
    memory.set_access(SPI_ARGS, round_page(len(args)), Access.READ)
    memory.write_bytes(SPI_ARGS, args)
    registers = [0] * NUM_REGISTERS
    registers[0], registers[1], registers[7], registers[8] = SPI_RA, SPI_SP, SPI_ARGS, len(args)
    return memory, registers


@dataclass(frozen=True)
class RunResult:
    """The outcome of `run_spi` (GP A.44 Ψ_M, plus diagnostics)."""

    status: Status
    """Exit reason of the last run."""
    gas_used: int
    """Initial gas − max(final gas, 0)."""
    output: bytes
    """On halt, bytes [r7, r7 + r8) if all readable (GP A.44); otherwise b""."""
    registers: tuple[int, ...]
    """Final registers."""
    pc: int
    """pc of the instruction that stopped the machine (see `Exit.pc`)."""
    host_id: int | None
    """The ecalli id when the status is HOST."""
    log: tuple[str, ...] = field(default=())
    """Messages recorded by host-call handlers (e.g. `jip1_log_handler`), in order."""


HostHandler = Callable[[int, "Pvm"], bool]


def run_spi(program: StandardProgram, args: bytes = b"", gas: int = DEFAULT_GAS, pc: int = 0,
            host_calls: HostHandler | None = None,
            result_registers: ResultRegisters = ResultRegisters.LENGTH, engine: Engine = Engine.NATIVE) -> RunResult:
    """Load `program` with `args` (GP A.42/A.43), run it from `pc` with `gas`, and compute its output (A.44).

    `host_calls(id, pvm)` services a host call: it may change registers, memory and `pvm.gas` and returns True
    to resume at the next instruction, False to stop with `Status.HOST`. Without it every host call stops.
    The output is the r8 bytes at r7 (GP A.44), or with `ResultRegisters.END` the bytes [r7, r8) (a program
    compiled with `--result-r8 end`); empty when not all readable. `engine`: see `Engine` (same result for all).
    """
    memory, registers = load_spi(program, args)
    pvm = Pvm(program.code, registers, memory, gas, pc, heap_start=program.heap_start, engine=engine)
    while True:
        result = pvm.run()
        if result.status is not Status.HOST or host_calls is None or result.host_id is None:
            break
        if not host_calls(result.host_id, pvm):
            break
    output = b""
    if result.status is Status.HALT:
        r7, r8 = result.registers[7], result.registers[8]
        if result_registers is ResultRegisters.END:
            r8 = r8 - r7 if r7 <= r8 else 1 << 33   # an end below the start reads as unreadable
        read = memory.read_bytes(r7 % (1 << 32), r8) if r7 < 1 << 32 and r8 <= 1 << 32 else None
        output = read if read is not None else b""
    return RunResult(result.status, gas - max(pvm.gas, 0), output, result.registers, result.pc,
                     result.host_id if result.status is Status.HOST else None, tuple(pvm.log))


#: JIP-1 log host call (ecalli 100): gas charged by the host call, value left in r7 (WHAT), levels.
JIP1_LOG_ID = 100
JIP1_LOG_GAS = 10
WHAT = (1 << 64) - 2
_LEVELS = ("FATAL", "ERROR", "WARN", "INFO", "DEBUG")
_MAX_LOG_LEN = 8192


def jip1_log_line(registers: Sequence[int], read: Callable[[int, int], bytes | None]) -> str:
    """The log line of a JIP-1 log call made with `registers` (r7 = level, (r8, r9) = target pointer/length,
    none when 0, (r10, r11) = message pointer/length), reading memory with `read(address, length)` (None when
    not readable): `[LEVEL] target: message` or `[LEVEL] message`. Unreadable text reads as empty, bad UTF-8 as
    U+FFFD, lengths are capped at 8192 bytes (anan-as 1.2.0's CLI)."""
    level = registers[7]
    name = _LEVELS[level] if level < len(_LEVELS) else f"LEVEL({level})"

    def text(ptr: int, length: int) -> str:
        ptr, length = ptr & 0xFFFFFFFF, min(length & 0xFFFFFFFF, _MAX_LOG_LEN)
        if ptr == 0 or length == 0:
            return ""
        data = read(ptr, length)
        return data.decode("utf-8", errors="replace") if data is not None else ""

    target, message = text(registers[8], registers[9]), text(registers[10], registers[11])
    return f"[{name}] {target}: {message}" if target else f"[{name}] {message}"


def jip1_log_handler(host_id: int, pvm: Pvm) -> bool:
    """Service the JIP-1 `log` host call (ecalli 100) as anan-as 1.2.0 does; refuse every other id.

    JIP-1: r7 = level, (r8, r9) = target pointer/length (none when 0), (r10, r11) = message pointer/length.
    The message `[LEVEL] target: message` (or `[LEVEL] message`) is appended to `pvm.log`; unreadable text reads
    as empty, lengths are capped at 8192 bytes. r7 ← WHAT = 2^64 − 2; gas ← gas − 10, or 0 when less is left
    (anan-as clamps rather than running out of gas). Returns True (resume) for id 100, False otherwise.
    """
    if host_id != JIP1_LOG_ID:
        return False
    regs = pvm.registers
    pvm.log.append(jip1_log_line(regs, pvm.memory.read_bytes))
    regs[7] = WHAT
    pvm.gas = pvm.gas - JIP1_LOG_GAS if pvm.gas >= JIP1_LOG_GAS else 0
    return True
