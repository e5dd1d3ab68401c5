"""The corpus manifest: which programs a report reads, how each is compiled, and its inputs.

What it does: `load_manifest(path)` reads a TOML manifest (stdlib `tomllib`) and expands it into programs;
`load_inputs(inputs)` turns the INPUT arguments of `pvmc report` into programs (a `.toml` INPUT is a manifest,
anything else one source file with no inputs); `read_args_lines(path)` reads a program's inputs from its
``args:`` comment lines, the one source of truth for corpus inputs (tests/support/corpus.py uses it too).

Manifest format (paths relative to ``root``, itself relative to the manifest's directory, default ``.``)::

    root = ".."                   # optional
    [[program]]
    path = "tests/programs/*.c"   # a file or a glob (matches in sorted order; matching nothing is an error)
    entry = "main"                # optional, default "main" (for WebAssembly: the exported function)
    opt_level = 2                 # optional, -O level: 0-3, "s" or "z" (`pvmc compile -O`), default 2
    args = ["14000000", ""]       # optional hex inputs; replace the files' own `args:` lines

Inputs in source files, one per line, the comment marker depending on the suffix (`ARGS_COMMENT`)::

    // args: 0a000000        (.c)      ;; args: 0a 00 00 00   (.wat)      ; args:   (.ll, an empty input)

Assumes: nothing beyond the standard library, `pvm_backend.errors` and `pvm_backend.options` (the driver is imported only to check
suffixes in `load_inputs`).

Guarantees: programs come back in manifest order (globs sorted); every listed file exists and is listed once per
manifest; every error a user can cause (missing file, bad TOML, unknown key, bad hex, duplicate) is an
`InputError` whose one-line message names the file and, where known, the line.
"""

from __future__ import annotations

import glob
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pvm_backend.errors import InputError
from pvm_backend.options import DEFAULT_OPT_LEVEL, OptLevel, parse_opt_level

ARGS_COMMENT: dict[str, str] = {".c": "//", ".wat": ";;", ".ll": ";"}
"""Source suffix -> the line-comment marker its ``args:`` lines start with."""
DEFAULT_ENTRY = "main"
_PROGRAM_KEYS = frozenset({"path", "entry", "opt_level", "args"})
_TOP_KEYS = frozenset({"root", "program"})


@dataclass(frozen=True, slots=True)
class ManifestProgram:
    """One program of a corpus and how to compile and run it."""

    path: Path
    """The source file (absolute)."""
    entry: str = DEFAULT_ENTRY
    """Entry function (`pvmc compile --entry`)."""
    inputs: tuple[bytes, ...] = ()
    """Argument byte strings, one per run (SPI args, GP A.7); empty when the program lists none."""
    opt_level: OptLevel = DEFAULT_OPT_LEVEL
    """Optimisation level, one of `options.OPT_LEVELS` (`pvmc compile -O`)."""


@dataclass(frozen=True, slots=True)
class Manifest:
    """A loaded manifest."""

    source: Path
    """The manifest file."""
    programs: tuple[ManifestProgram, ...]
    """Every program, in manifest order (each glob's matches sorted by path)."""


def parse_hex(text: str, where: str) -> bytes:
    """Bytes of a hex string (whitespace between digits allowed, optional ``0x``); InputError naming `where`."""
    cleaned = "".join(text.split())
    if cleaned[:2].lower() == "0x":
        cleaned = cleaned[2:]
    try:
        return bytes.fromhex(cleaned)
    except ValueError:
        raise InputError(f"{where}: not a hex byte string: {text.strip()!r}") from None


def read_args_lines(path: Path) -> tuple[bytes, ...]:
    """The inputs a source file lists in its ``args:`` comment lines, in file order (see `ARGS_COMMENT`;
    suffixes without a marker list none). Raises InputError naming file and line for unreadable files and bad
    hex."""
    path = Path(path)
    marker = ARGS_COMMENT.get(path.suffix)
    if marker is None:
        return ()
    pattern = re.compile(rf"^{re.escape(marker)}\s*args:(.*)$")
    try:
        text = path.read_text()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    inputs = []
    for number, line in enumerate(text.splitlines(), start=1):
        match = pattern.match(line.strip())
        if match is not None:
            inputs.append(parse_hex(match.group(1), f"{path}:{number}: args line"))
    return tuple(inputs)


def load_manifest(path: Path) -> Manifest:
    """Read and expand the manifest at `path` (format in the module docstring). Raises InputError."""
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: a manifest must be UTF-8 text (TOML); byte 0x{exc.object[exc.start]:02x} at "
                         f"offset {exc.start} is not") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read manifest: {exc.strerror or exc}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: bad TOML: {exc}") from None
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise InputError(f"{path}:{_line_of(text, unknown[0]) or 1}: unknown key {unknown[0]!r} "
                         f"(expected: root, [[program]])")
    root = data.get("root", ".")
    if not isinstance(root, str):
        raise InputError(f"{path}:{_line_of(text, 'root') or 1}: root must be a string")
    base = (path.parent / root).resolve()
    entries = data.get("program", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise InputError(f"{path}: `program` must be an array of tables ([[program]])")
    if not entries:
        raise InputError(f"{path}: no [[program]] table: the manifest names nothing to compile")
    headers = [n for n, line in enumerate(text.splitlines(), start=1) if line.strip().startswith("[[program]]")]
    programs: list[ManifestProgram] = []
    seen: set[tuple[Path, str, int]] = set()
    for index, entry in enumerate(entries):
        line = headers[index] if len(headers) == len(entries) else None
        for program in _expand(entry, base, text, path, line):
            key = (program.path, program.entry, program.opt_level)
            if key in seen:
                raise InputError(f"{path}:{line or '?'}: {program.path} is listed twice with entry "
                                 f"{program.entry!r} and -O{program.opt_level}")
            seen.add(key)
            programs.append(program)
    return Manifest(path, tuple(programs))


def _expand(entry: dict[str, object], base: Path, text: str, manifest: Path,
            line: int | None) -> list[ManifestProgram]:
    """The programs one ``[[program]]`` table names; `line` is its header's line in `text` (None: unknown)."""
    where = f"{manifest}:{line}" if line else str(manifest)
    unknown = sorted(set(entry) - _PROGRAM_KEYS)
    if unknown:
        raise InputError(f"{where}: unknown key {unknown[0]!r} (expected: path, entry, opt_level, args)")
    pattern = entry.get("path")
    if "path" in entry and not isinstance(pattern, str):
        raise InputError(f"{where}: path must be a string (a file or a glob), not {pattern!r}")
    if not isinstance(pattern, str) or not pattern:
        raise InputError(f"{where}: every [[program]] needs a path (a file or a glob)")
    entry_name = entry.get("entry", DEFAULT_ENTRY)
    if not isinstance(entry_name, str) or not entry_name:
        raise InputError(f"{where}: entry must be a function name")
    try:
        opt_level = parse_opt_level(entry.get("opt_level", DEFAULT_OPT_LEVEL))
    except InputError:
        raise InputError(f"{where}: opt_level must be 0-3, \"s\" or \"z\", not {entry['opt_level']!r}") from None
    explicit: tuple[bytes, ...] | None = None
    if "args" in entry:
        raw = entry["args"]
        if not isinstance(raw, list) or not all(isinstance(a, str) for a in raw):
            raise InputError(f"{where}: args must be a list of hex strings")
        explicit = tuple(parse_hex(a, f"{manifest}:{_line_of(text, a, line) or line or '?'}: args") for a in raw)
    if glob.has_magic(pattern):
        files = sorted(Path(p) for p in glob.glob(str(base / pattern)) if Path(p).is_file())
        if not files:
            raise InputError(f"{where}: {pattern}: matches no file")
    else:
        files = [base / pattern]
        if not files[0].is_file():
            raise InputError(f"{where}: {files[0]}: no such file")
    return [ManifestProgram(f.resolve(), entry_name, explicit if explicit is not None else read_args_lines(f),
                            opt_level) for f in files]


def _line_of(text: str, needle: str, start: int | None = None) -> int | None:
    """1-based number of the first line at or after `start` that contains `needle`, or None."""
    for number, line in enumerate(text.splitlines(), start=1):
        if number >= (start or 1) and needle in line:
            return number
    return None


def load_inputs(inputs: Sequence[str | Path]) -> tuple[ManifestProgram, ...]:
    """The programs of `pvmc report` INPUT arguments, in order: a ``.toml`` INPUT is a manifest
    (`load_manifest`); anything else is one source file compiled with entry ``main`` at -O2 with no inputs.
    Raises InputError for a missing file or a suffix `pvm_backend.driver.compile_file` does not accept."""
    from pvm_backend.driver import SOURCE_KINDS

    programs: list[ManifestProgram] = []
    kinds = ", ".join([*SOURCE_KINDS, ".toml"])
    for item in inputs:
        path = Path(item)
        if path.suffix == ".toml":
            for program in load_manifest(path).programs:
                if program.path.suffix not in SOURCE_KINDS:
                    raise InputError(f"{path}: {program.path}: unknown input kind {program.path.suffix!r}; "
                                     f"expected one of {', '.join(SOURCE_KINDS)}")
                programs.append(program)
            continue
        if path.suffix not in SOURCE_KINDS:
            raise InputError(f"{path}: unknown input kind {path.suffix or '(no suffix)'!r}; expected one of {kinds}")
        if not path.is_file():
            raise InputError(f"{path}: no such file")
        programs.append(ManifestProgram(path.resolve()))
    return tuple(programs)
