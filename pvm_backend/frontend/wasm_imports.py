"""How the WASM frontend resolves a module's function imports: the import map (`--imports FILE`), the built-in
names, and the AssemblyScript log function.

What it does:
- `parse_import_map` / `read_import_map` read an import map, a text file of lines

      # a comment (from `#` to the end of the line)
      KEY = trap | nop | host_call ID | pvm_ptr | log [LEVEL]

  KEY is `module.name` (the first dot splits: `env.console.log` is module `env`, name `console.log`) or just
  `name`, which matches that name in any module; `ImportMap.lookup` tries `module.name` first. The actions:
  - `trap`: calling the import traps (PVM `trap`, a panic);
  - `nop`: the call does nothing and its result, if any, is 0;
  - `host_call ID` (0 ≤ ID < 2^32, decimal or 0x hex): `ecalli ID` with the import's arguments in r7, r8, ...
    (at most 6, an i32 zero-extended); its result, if any, is r7 afterwards (an i32 result: the low 32 bits);
  - `pvm_ptr`: one argument, a WASM address; the result is the PVM address of it;
  - `log [LEVEL]`: one i32 argument, an AssemblyScript string; it is written as a JIP-1 log message at LEVEL
    (0-4, default 3) with no target (`as_log_function`).
- `builtin_action` names what an import means without a map: `host_call_N(id, a1..aN)` (N ≤ 6, the intrinsic
  of issue 3: `ecalli id`), `pvm_ptr`, `abort` (`trap`) and `console.log` of type (i32) -> () (`log 3`).
- `as_log_function` builds the LLVM function behind `log LEVEL`.

Assumes: the module's memory is at `memory_base` as `wasm.py` describes; an AssemblyScript string is UTF-16LE
code units at its pointer, with its byte length a u32 at pointer - 4 (the `rtSize` field of AssemblyScript's
object header, assemblyscript 0.27 `std/assembly/rt/common.ts`).
Guarantees: a malformed map raises InputError naming the file and line; a duplicate key is malformed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from llvmlite import ir

from pvm_backend.errors import InputError
from pvm_backend.frontend.wasm_env import I8, I16, I32, I64, PTR, VOID, ModuleEnv, const
from pvm_backend.frontend.wasm_ops import pvm_address

JIP1_LOG_ID = 100
"""The JIP-1 `log` host call: `ecalli 100`, r7 = level, (r8, r9) = target, (r10, r11) = message (UTF-8)."""
DEFAULT_LOG_LEVEL = 3
"""JIP-1 level of `log` without a level and of AssemblyScript's `console.log` (printed as INFO)."""
MAX_LOG_LEVEL = 4
LOG_MESSAGE_BYTES = 8192
"""Longest message `log` writes, bytes of UTF-8 (anan-as 1.2.0 reads no more); a longer string is cut at a
character boundary. The buffer is on the PVM stack, in the log function's frame."""
MAX_HOST_CALL_ARGS = 6
"""Data registers of a host call: r7..r12 (GP Appendix B)."""

_SYNTAX = "expected KEY = trap | nop | host_call ID | pvm_ptr | log [LEVEL]"


class ImportAction(StrEnum):
    """What a call to an import does (the right-hand side of an import map line)."""

    TRAP = "trap"
    NOP = "nop"
    HOST_CALL = "host_call"
    PVM_PTR = "pvm_ptr"
    LOG = "log"


@dataclass(frozen=True)
class MapEntry:
    """One line of an import map."""

    action: ImportAction
    argument: int
    """The host call id of `host_call ID`, the level of `log [LEVEL]`, else 0."""
    where: str
    """`file:line` of the line, for messages."""


@dataclass(frozen=True)
class ImportMap:
    """A parsed import map: KEY → entry (module docstring)."""

    entries: Mapping[str, MapEntry]

    def lookup(self, module: str, name: str) -> MapEntry | None:
        """The entry for import `module.name`: the line keyed `module.name`, else the one keyed `name`."""
        return self.entries.get(f"{module}.{name}") or self.entries.get(name)


def _number(text: str, where: str, what: str, limit: int) -> int:
    try:
        value = int(text, 0)
    except ValueError:
        raise InputError(f"{where}: {what} must be a number, not {text!r}") from None
    if not 0 <= value <= limit:
        raise InputError(f"{where}: {what} must be 0 to {limit}, not {value}")
    return value


def parse_import_map(text: str, source: str) -> ImportMap:
    """Parse the import map `text` read from `source` (module docstring gives the grammar).

    Raises InputError "source:line: ..." for a line that is not `KEY = ACTION [ARGUMENT]`, an unknown action, a
    missing, extra or out-of-range argument, or a key given twice.
    """
    entries: dict[str, MapEntry] = {}
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        where = f"{source}:{number}"
        key, sep, rhs = (part.strip() for part in line.partition("="))
        if not sep or not key or any(c.isspace() for c in key):
            raise InputError(f"{where}: {line!r} is not an import map line ({_SYNTAX})")
        words = rhs.split()
        if not words or words[0] not in ImportAction.__members__.values():
            found = repr(words[0]) if words else "nothing"
            raise InputError(f"{where}: unknown action {found} for {key} ({_SYNTAX})")
        action = ImportAction(words[0])
        arguments = words[1:]
        allowed = {ImportAction.HOST_CALL: (1, 1), ImportAction.LOG: (0, 1)}.get(action, (0, 0))
        if not allowed[0] <= len(arguments) <= allowed[1]:
            usage = {ImportAction.HOST_CALL: "host_call ID", ImportAction.LOG: "log [LEVEL]"}.get(action, action)
            raise InputError(f"{where}: {key} = {rhs}: expected `{usage}`")
        argument = 0
        if action is ImportAction.HOST_CALL:
            argument = _number(arguments[0], where, "a host call id", (1 << 32) - 1)
        elif action is ImportAction.LOG:
            argument = _number(arguments[0], where, "a log level", MAX_LOG_LEVEL) if arguments else DEFAULT_LOG_LEVEL
        if key in entries:
            raise InputError(f"{where}: {key} is already mapped at {entries[key].where}")
        entries[key] = MapEntry(action, argument, where)
    return ImportMap(entries)


def read_import_map(path: Path) -> ImportMap:
    """`parse_import_map` of the file `path`. Raises InputError when it cannot be read or is not UTF-8 text."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{path}: an import map must be UTF-8 text") from None
    except OSError as error:
        raise InputError(f"{path}: {error.strerror or error}") from None
    return parse_import_map(text, str(path))


def builtin_action(name: str, params: tuple[int, ...], results: tuple[int, ...]) -> tuple[str, int] | None:
    """What import `name` of WASM type params -> results means without a map, or None.

    Returns ("host_call_N", N) for the intrinsic `host_call_N(id, a1..aN)` (N ≤ 6, N + 1 params),
    ("pvm_ptr", 0) for `pvm_ptr` with one param, ("trap", 0) for `abort`, ("log", 3) for AssemblyScript's
    `console.log` of type (i32) -> ().
    """
    if name.startswith("host_call_") and name[len("host_call_"):].isdigit():
        n = int(name[len("host_call_"):])
        if n <= MAX_HOST_CALL_ARGS and len(params) == n + 1:
            return name, n
    if name == "pvm_ptr" and len(params) == 1:
        return ImportAction.PVM_PTR.value, 0
    if name == "abort":
        return ImportAction.TRAP.value, 0
    if name == "console.log" and params == (0x7F,) and not results:
        return ImportAction.LOG.value, DEFAULT_LOG_LEVEL
    return None


def as_log_function(env: ModuleEnv, level: int) -> ir.Function:
    """The internal LLVM function `void @wasm.log<level>(i32 %string)` (created once per module and level).

    It transcodes the AssemblyScript string at WASM address %string (UTF-16LE; a surrogate pair is one code
    point, a lone surrogate is U+FFFD) into UTF-8 in a buffer of `LOG_MESSAGE_BYTES` (+3 bytes of slack) in its
    frame, stopping before the first character that would not fit, then calls `host_call_5(100, level, 0, 0,
    buffer, length)`: the JIP-1 log (module docstring).
    """
    name = f"wasm.log{level}"
    existing = env.module.globals.get(name)
    if isinstance(existing, ir.Function):
        return existing
    fn = ir.Function(env.module, ir.FunctionType(VOID, [I32]), name)
    fn.linkage = "internal"
    string = fn.args[0]
    entry, loop, body, done = (fn.append_basic_block(n) for n in ("entry", "loop", "body", "done"))
    b = ir.IRBuilder(entry)
    buffer_type = ir.ArrayType(I8, LOG_MESSAGE_BYTES + 3)
    buffer = b.alloca(buffer_type, name="message")
    size = b.load(pvm_address(b, env.memory_base, string, -4 & 0xFFFFFFFF), typ=I32, name="size")
    units = b.lshr(size, const(I32, 1), name="units")
    b.branch(loop)

    b.position_at_end(loop)
    i = b.phi(I32, name="i")
    n = b.phi(I32, name="n")
    i.add_incoming(const(I32, 0), entry)
    n.add_incoming(const(I32, 0), entry)
    b.cbranch(b.icmp_unsigned("<", i, units), body, done)

    b.position_at_end(body)

    def unit(index: ir.Value) -> ir.Value:
        offset = b.shl(index, const(I32, 1))
        return b.zext(b.load(pvm_address(b, env.memory_base, b.add(string, offset)), typ=I16), I32)

    def is_range(value: ir.Value, mask: int, bits: int) -> ir.Value:
        return b.icmp_unsigned("==", b.and_(value, const(I32, mask)), const(I32, bits))

    first = unit(i)
    after = b.add(i, const(I32, 1))
    has_next = b.icmp_unsigned("<", after, units)
    second = unit(b.select(has_next, after, i))
    pair = b.and_(b.and_(is_range(first, 0xFC00, 0xD800), has_next), is_range(second, 0xFC00, 0xDC00))
    joined = b.add(b.shl(b.sub(first, const(I32, 0xD800)), const(I32, 10)), b.sub(second, const(I32, 0xDC00)))
    single = b.select(is_range(first, 0xF800, 0xD800), const(I32, 0xFFFD), first)
    point = b.select(pair, b.add(joined, const(I32, 0x10000)), single, name="point")
    width = b.select(b.icmp_unsigned("<", point, const(I32, 0x80)), const(I32, 1),
                     b.select(b.icmp_unsigned("<", point, const(I32, 0x800)), const(I32, 2),
                              b.select(b.icmp_unsigned("<", point, const(I32, 0x10000)), const(I32, 3),
                                       const(I32, 4))), name="width")
    end = b.add(n, width)
    fits = b.icmp_unsigned("<=", end, const(I32, LOG_MESSAGE_BYTES))
    write = b.append_basic_block("write")
    b.cbranch(fits, write, done)

    b.position_at_end(write)
    # Byte 0 is the lead (prefix by width | point >> 6(width-1)); bytes 1..3 are 10xxxxxx continuations of
    # point >> 6(width-1-k). Bytes at or beyond `width` are scratch (the next character overwrites them), so
    # their shift amounts are masked to stay defined.
    top = b.mul(b.sub(width, const(I32, 1)), const(I32, 6))
    prefix = b.select(b.icmp_unsigned("==", width, const(I32, 1)), const(I32, 0),
                      b.select(b.icmp_unsigned("==", width, const(I32, 2)), const(I32, 0xC0),
                               b.select(b.icmp_unsigned("==", width, const(I32, 3)), const(I32, 0xE0),
                                        const(I32, 0xF0))))
    encoded = [b.or_(prefix, b.lshr(point, top))]
    for k in range(1, 4):
        shift = b.and_(b.sub(top, const(I32, 6 * k)), const(I32, 31))
        encoded.append(b.or_(b.and_(b.lshr(point, shift), const(I32, 0x3F)), const(I32, 0x80)))
    start = b.add(b.ptrtoint(buffer, I32), n)
    for k, byte in enumerate(encoded):
        b.store(b.trunc(byte, I8), b.inttoptr(b.add(start, const(I32, k)), PTR))
    step = b.select(pair, const(I32, 2), const(I32, 1))
    i.add_incoming(b.add(i, step), write)
    n.add_incoming(end, write)
    b.branch(loop)

    b.position_at_end(done)
    length = b.phi(I32, name="length")
    length.add_incoming(n, loop)
    length.add_incoming(n, body)
    host_call = env.intrinsic("host_call_5", I64, [I64] * 6)
    message = b.ptrtoint(buffer, I64)
    zero = const(I64, 0)
    b.call(host_call, [const(I64, JIP1_LOG_ID), const(I64, level), zero, zero, message, b.zext(length, I64)])
    b.ret_void()
    return fn
