"""Bridge to the independent PVM oracle anan-as 1.2.0 (npm ``@fluffylabs/anan-as``).

What it does: keeps one long-lived ``node tests/support/anan_runner.mjs`` process and talks to it in JSON lines
(protocol documented at the top of that script). ``AnanAs.run_spi`` runs a standard program (GP A.7, optionally
with the ``.jam`` metadata prefix of GP 9.4), ``AnanAs.run_generic`` runs a generic program blob (GP A.2) on a
given register file and page map. Both go through the JS API (prepareProgram / pvmStart / pvmResume /
pvmReadMemory), never the CLI's ``Result:`` line.

What it assumes: ``node`` (>= 18) on PATH and anan-as installed at ``<repo>/node_modules/@fluffylabs/anan-as``
(``npm install --no-save @fluffylabs/anan-as@1.2.0`` in the repository). When either is missing it raises
``AnanAsUnavailable`` with that instruction: oracle tests fail, they are never skipped.

What it guarantees (the deviations of ../shared/pvm/README.md section 5, normalised here and nowhere else):
- Output follows GP A.44: the bytes [r7, r7 + r8) read through pvmReadMemory after a halt, empty when any byte
  is not readable (anan-as's CLI reads [r7, r8) instead: deviation 1, avoided by not using it).
- ``gas_used`` = initial gas - max(gas left, 0) (GP A.44), so anan-as reporting 0 instead of a negative counter
  on out-of-gas (deviation 3) does not matter. ``pc`` is reported raw: on halt/panic anan-as gives the pc of the
  stopping instruction where the GP gives 0 (deviation 3); compare pc only for host, page-fault, out-of-gas.
- Deviation 2 (a store to an existing read-only page panics in anan-as, page fault in the GP) cannot be seen in
  a result; ``read_only_store_deviation`` tells a comparison whether a given pair of outcomes is that case.
- Not normalised (found by tests/oracle/test_differential.py, see its docstring): anan-as 1.2.0 reads wrong
  bytes after an access straddling two accessible pages, and reports a page fault instead of a panic for an
  access wrapping past 2^32. Keep oracle inputs clear of both. Two more show only on malformed programs
  (tests/support/pvm_fuzz.py, which classifies all of them): bytes past the end of the code are read from
  whatever follows in anan-as's buffer (the GP reads 0), so a program cut inside an instruction can end
  differently from one run to the next; and some cut blobs make prepareProgram throw (a RangeError), after
  which the runner process may be unusable.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum, StrEnum
from pathlib import Path
from types import TracebackType

from pvm_backend.interpreter import jip1_log_line

REPO_ROOT = Path(__file__).resolve().parents[2]
"""The pvmc repository (tests/support/ is two levels below it)."""

PACKAGE_DIR = REPO_ROOT / "node_modules" / "@fluffylabs" / "anan-as"
"""Where the project installs anan-as (README section 5: into the project, never globally)."""

RUNNER = Path(__file__).with_name("anan_runner.mjs")
INSTALL_HINT = "run `npm install --no-save @fluffylabs/anan-as@1.2.0` in the repository root"
JIP1_LOG_ID = 100
"""Host call id of the JIP-1 log call (ecalli 100)."""
JIP1_LOG_GAS = 10
"""Gas the anan-as CLI charges for servicing a JIP-1 log call."""
WHAT = 2**64 - 2
"""Value the anan-as CLI puts in r7 after a JIP-1 log call (GP B "WHAT")."""
JIP1_PAGE = 4096
"""PVM page size, bytes (GP A.5: Z_P); a log line is read one page at a time."""
MASK64 = 2**64 - 1


class AnanAsUnavailable(RuntimeError):
    """node or the anan-as package is missing; the message says how to install it."""


class AnanAsError(RuntimeError):
    """The runner rejected a request (undecodable program, protocol error) or died."""


class Status(StrEnum):
    """Exit reason of a PVM run, named as in ``pvmc run --json`` (GP A.1: halt, panic, F, h, out of gas)."""

    HALT = "halt"
    PANIC = "panic"
    PAGE_FAULT = "page-fault"
    HOST = "host"
    OUT_OF_GAS = "out-of-gas"


_ANAN_STATUS = {0: Status.HALT, 1: Status.PANIC, 2: Status.PAGE_FAULT, 3: Status.HOST, 4: Status.OUT_OF_GAS}


class HostAction(Enum):
    """What the bridge does when the program stops on a host call it is told to service."""

    RESUME = "resume"
    """Continue at the next instruction with registers and gas unchanged."""
    JIP1_LOG = "jip1-log"
    """What the anan-as CLI does for ecalli 100: r7 <- WHAT, charge 10 gas (0 left if less), continue; the
    message is read from anan-as's memory into `OracleResult.log` (`AnanAs._jip1_message`)."""


HostFunction = Callable[[tuple[int, ...]], Sequence[int]]
"""A host call serviced by a function: it gets the 13 registers at the call (unsigned 64-bit) and returns the 13
registers to resume with (gas unchanged), e.g. to put a computed result in r7."""

RESUME_LOG: Mapping[int, HostAction | HostFunction] = {JIP1_LOG_ID: HostAction.RESUME}
"""Service the JIP-1 log call by resuming with registers unchanged; stop on any other host call."""


@dataclass(frozen=True)
class HostCall:
    """One host call the bridge serviced during a run."""

    host_id: int
    """The ecalli immediate."""
    registers: tuple[int, ...]
    """The 13 registers when the call was made (unsigned 64-bit)."""


@dataclass(frozen=True)
class OracleResult:
    """Outcome of one anan-as run, normalised as the module docstring says."""

    status: Status
    """Exit reason."""
    gas_used: int
    """Initial gas - max(gas left, 0), in gas units (GP A.44)."""
    gas_left: int
    """Gas counter at the stop, as anan-as reports it (0 on out-of-gas)."""
    output: bytes
    """GP A.44 output: bytes [r7, r7 + r8) after a halt when all readable, else b''."""
    registers: tuple[int, ...]
    """The 13 registers at the stop (unsigned 64-bit)."""
    pc: int
    """anan-as's pc at the stop (stopping instruction on halt/panic: deviation 3; faulting/host instruction)."""
    exit_code: int
    """Host call id (status host) or faulting page address (status page-fault); 0 otherwise."""
    memory: tuple[bytes | None, ...] = ()
    """One entry per requested read range: its bytes, or None when not all readable."""
    host_calls: tuple[HostCall, ...] = ()
    """Host calls serviced on the way (in order)."""
    log: tuple[str, ...] = ()
    """One line per JIP-1 log call serviced with HostAction.JIP1_LOG, in order: ``[LEVEL] target: message`` or
    ``[LEVEL] message``, as `pvm_backend.interpreter.jip1_log_handler` formats our interpreter's log."""
    seconds: float = 0.0
    """Time anan-as spent preparing and running the program, summed over its resumptions (seconds, measured in
    the node process: the protocol's JSON and hex are not counted, nor is servicing host calls)."""

    @property
    def host_id(self) -> int | None:
        """The host call id when the status is host, else None."""
        return self.exit_code if self.status is Status.HOST else None

    @property
    def fault_address(self) -> int | None:
        """The faulting page address when the status is page-fault, else None."""
        return self.exit_code if self.status is Status.PAGE_FAULT else None


def read_only_store_deviation(gp_status: str, gp_fault: int | None, anan_status: str,
                              read_only_pages: Sequence[tuple[int, int]]) -> bool:
    """True when (GP page fault at a read-only page, anan-as panic) is deviation 2 of README section 5.

    ``read_only_pages`` lists (address, length) in bytes of pages mapped read-only in the run.
    """
    if gp_status != Status.PAGE_FAULT or anan_status != Status.PANIC or gp_fault is None:
        return False
    return any(start <= gp_fault < start + length for start, length in read_only_pages)


def locate_package() -> Path:
    """Path of the installed anan-as package. Raises AnanAsUnavailable (with the install command) if absent."""
    if not (PACKAGE_DIR / "dist" / "build" / "release.js").is_file():
        raise AnanAsUnavailable(f"anan-as 1.2.0 is not installed at {PACKAGE_DIR}: {INSTALL_HINT}")
    return PACKAGE_DIR


class AnanAs:
    """A session with one node process running anan-as. Use as a context manager, or call close().

    Raises AnanAsUnavailable on construction when node or the package is missing.
    """

    def __init__(self) -> None:
        package = locate_package()
        node = shutil.which("node")
        if node is None:
            raise AnanAsUnavailable("node is not on PATH: install Node.js >= 18, then " + INSTALL_HINT)
        self._stderr = tempfile.TemporaryFile()
        self._proc = subprocess.Popen(
            [node, str(RUNNER), str(package)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=self._stderr, text=True, bufsize=1)
        self._request({"op": "ping"})

    def __enter__(self) -> AnanAs:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Stop the node process and close its pipes (idempotent; no pipe is left to the garbage collector,
        which `-W error` turns into a ResourceWarning error)."""
        if self._proc.poll() is None:
            assert self._proc.stdin is not None
            self._proc.stdin.close()
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        for pipe in (self._proc.stdin, self._proc.stdout):
            if pipe is not None:
                pipe.close()
        self._stderr.close()

    def _request(self, message: dict[str, object]) -> dict[str, object]:
        assert self._proc.stdin is not None and self._proc.stdout is not None
        try:
            self._proc.stdin.write(json.dumps(message) + "\n")
            self._proc.stdin.flush()
            line = self._proc.stdout.readline()
        except BrokenPipeError:
            line = ""
        if not line:
            self._stderr.seek(0)
            err = self._stderr.read().decode(errors="replace")[-2000:]
            raise AnanAsError(f"anan-as runner died: {err}")
        reply: dict[str, object] = json.loads(line)
        if not reply.get("ok"):
            raise AnanAsError(f"anan-as rejected the request: {reply.get('error')}")
        return reply

    def run_spi(self, spi_bytes: bytes, args: bytes, gas: int, pc: int = 0, *, metadata: bool = False,
                host_calls: Mapping[int, HostAction | HostFunction] = RESUME_LOG) -> OracleResult:
        """Run a standard program (GP A.7) with arguments ``args`` from ``pc`` with ``gas``.

        ``metadata`` = True when ``spi_bytes`` is a ``.jam`` file (varint metadata prefix, GP 9.4).
        ``host_calls`` says which host-call ids to service and how (a HostAction, or a HostFunction giving
        the registers to resume with; default: resume ecalli 100 unchanged); any other host call ends the run
        with status host.
        """
        message: dict[str, object] = {"op": "run", "kind": "spi", "metadata": metadata,
                                      "program": spi_bytes.hex(), "args": args.hex(), "gas": str(gas),
                                      "pc": pc, "read": []}
        return self._finish(self._request(message), gas, [], host_calls)

    def run_generic(self, blob_bytes: bytes, registers: Sequence[int], pages: Sequence[tuple[int, int, bool]],
                    memory: Sequence[tuple[int, bytes]], gas: int, pc: int,
                    read: Sequence[tuple[int, int]] = (), *,
                    host_calls: Mapping[int, HostAction] | None = None) -> OracleResult:
        """Run a generic program blob (GP A.2) on 13 ``registers``, ``pages`` (address, length in bytes,
        writable), initial ``memory`` chunks (address, bytes), ``gas``, from ``pc``.

        ``read`` lists (address, length) ranges returned in ``OracleResult.memory`` after the run.
        Host calls stop the run unless ``host_calls`` services them.
        """
        if len(registers) != 13:
            raise ValueError(f"expected 13 registers, got {len(registers)}")
        message: dict[str, object] = {
            "op": "run", "kind": "generic", "metadata": False, "program": blob_bytes.hex(), "args": "",
            "registers": [str(r & MASK64) for r in registers],
            "pages": [[a, n, bool(w)] for a, n, w in pages],
            "memory": [[a, bytes(d).hex()] for a, d in memory],
            "gas": str(gas), "pc": pc, "read": [[a, n] for a, n in read]}
        return self._finish(self._request(message), gas, read, host_calls or {})

    def _finish(self, reply: dict[str, object], gas: int, read: Sequence[tuple[int, int]],
                host_calls: Mapping[int, HostAction | HostFunction]) -> OracleResult:
        serviced: list[HostCall] = []
        log: list[str] = []
        seconds = float(str(reply.get("seconds", 0.0)))
        while True:
            status = _ANAN_STATUS[_as_int(reply["status"])]
            registers = tuple(int(str(r)) for r in _as_list(reply["registers"]))
            action = host_calls.get(_as_int(reply["exitCode"])) if status is Status.HOST else None
            if action is None:
                break
            serviced.append(HostCall(_as_int(reply["exitCode"]), registers))
            left = int(str(reply["gas"]))
            new_registers: list[str] | None = None
            if action is HostAction.JIP1_LOG:
                log.append(self._jip1_message(_as_int(reply["id"]), registers))
                left = max(left - JIP1_LOG_GAS, 0)
                new_registers = [str(r) for r in registers[:7] + (WHAT,) + registers[8:]]
            elif not isinstance(action, HostAction):
                new_registers = [str(r & MASK64) for r in action(registers)]
            reply = self._request({"op": "resume", "id": reply["id"], "gas": str(left),
                                   "pc": reply["nextPc"], "registers": new_registers,
                                   "read": [[a, n] for a, n in read]})
            seconds += float(str(reply.get("seconds", 0.0)))
        if status is Status.HOST:
            self._request({"op": "destroy", "id": reply["id"]})
        left = int(str(reply["gas"]))
        output = reply["output"]
        memory = tuple(None if m is None else bytes.fromhex(str(m)) for m in _as_list(reply["memory"]))
        return OracleResult(
            status=status, gas_used=gas - max(left, 0), gas_left=left,
            output=bytes.fromhex(str(output)) if output is not None else b"", registers=registers,
            pc=_as_int(reply["pc"]), exit_code=_as_int(reply["exitCode"]) if status in (
                Status.HOST, Status.PAGE_FAULT) else 0,
            memory=memory, host_calls=tuple(serviced), log=tuple(log), seconds=seconds)

    def _read_paused(self, vm_id: int, address: int, length: int) -> bytes | None:
        """Bytes [address, address + length) of the VM `vm_id` stopped on a host call, or None when not all
        readable. Read one page at a time (see the module docstring on accesses straddling two pages)."""
        ranges = []
        at, end = address, address + length
        while at < end:
            step = min(end, (at // JIP1_PAGE + 1) * JIP1_PAGE) - at
            ranges.append([at, step])
            at += step
        chunks = _as_list(self._request({"op": "read", "id": vm_id, "read": ranges})["memory"])
        if any(chunk is None for chunk in chunks):
            return None
        return b"".join(bytes.fromhex(str(chunk)) for chunk in chunks)

    def _jip1_message(self, vm_id: int, registers: tuple[int, ...]) -> str:
        """The log line of a JIP-1 log call, its bytes read from anan-as's memory, formatted as our log's lines
        (`jip1_log_line`: the text layout is shared, the bytes are anan-as's)."""
        return jip1_log_line(registers, lambda ptr, length: self._read_paused(vm_id, ptr, length))


def _as_int(value: object) -> int:
    if not isinstance(value, int):
        raise AnanAsError(f"runner sent {value!r} where an integer was expected")
    return value


def _as_list(value: object) -> list[object]:
    if not isinstance(value, list):
        raise AnanAsError(f"runner sent {value!r} where a list was expected")
    return value
