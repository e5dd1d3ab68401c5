"""Build the AssemblyScript corpus: every ``tests/assemblyscript/*.ts`` with each runtime its ``// runtimes:`` line
names, into ``tests/assemblyscript/build/<name>.<runtime>.wasm`` (committed: the tests do not need asc) and the
``.wat`` text beside it (for reading), and rewrite the generated block of tests/corpus.toml that lists those
``.wasm`` files with their inputs (a binary cannot carry ``args:`` lines; the ``.ts`` stays their one source).

Usage: ``.venv/bin/python tests/assemblyscript/build.py`` (after scripts/setup, which installs asc 0.27.37).
The flags are `support.assemblyscript.asc_command`'s: the original system's ``--runtime R --noAssert
--optimizeLevel 3 --shrinkLevel 2 --converge --use abort=``.

Guarantees: files of build/ that no (source, runtime) produces any more are deleted; the corpus.toml block is
exactly `manifest_block()`; it prints one line per module: bytes, imports and float instructions (there should be
none: pvmc rejects floating point). Exits 1 when asc fails or corpus.toml has no generated block.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from support.assemblyscript import (BUILD_DIR, REPO_ROOT, build, float_lines, imports_of,  # noqa: E402
                                    manifest_block, programs)

CORPUS_TOML = REPO_ROOT / "tests" / "corpus.toml"
BEGIN = "# BEGIN AssemblyScript corpus"
END = "# END AssemblyScript corpus"


def rewrite_manifest(text: str) -> str:
    """`text` (corpus.toml) with the lines from BEGIN to END replaced by `manifest_block()`.
    Raises ValueError when the markers are missing."""
    lines = text.splitlines(keepends=True)
    starts = [i for i, line in enumerate(lines) if line.startswith(BEGIN)]
    ends = [i for i, line in enumerate(lines) if line.startswith(END)]
    if len(starts) != 1 or len(ends) != 1 or ends[0] < starts[0]:
        raise ValueError(f"{CORPUS_TOML}: needs one '{BEGIN}' line and one '{END}' line after it")
    return "".join(lines[:starts[0]]) + manifest_block() + "".join(lines[ends[0] + 1:])


def main() -> int:
    """Build everything, prune stale outputs, rewrite the manifest block; 0 on success, 1 on failure."""
    made: set[Path] = set()
    for program in programs():
        for runtime in program.runtimes:
            try:
                wasm = build(program.source, runtime, BUILD_DIR)
            except (RuntimeError, FileNotFoundError) as exc:
                print(exc, file=sys.stderr)
                return 1
            made |= {wasm, wasm.with_suffix(".wat")}
            floats = float_lines(wasm.with_suffix(".wat").read_text())
            print(f"{wasm.name}: {wasm.stat().st_size} bytes, imports {imports_of(wasm) or 'none'}, "
                  f"{len(floats)} float instructions")
    for stale in sorted(set(BUILD_DIR.iterdir()) - made):
        print(f"removing {stale.name}")
        stale.unlink()
    try:
        CORPUS_TOML.write_text(rewrite_manifest(CORPUS_TOML.read_text()))
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
