"""What each of the emitter's code-size passes saves, side by side on the whole corpus (issue 18).

What it does: compiles every program of a corpus manifest (default tests/corpus.toml: entry, -O level, inputs) in
each build of `BUILDS` with the default allocator (linear scan, seed register model):

    all                 every pass on (what `pvmc compile` does)
    no-block-local      `BuildOptions(block_local=False)`: values that never leave their block back in slots
    no-cross-block      `BuildOptions(cross_block=False)`: values living across blocks back in slots
    no-frame-elision    `BuildOptions(elide_frames=False)`: a function keeps its frame and stack check unless
                        frame compaction leaves the frame empty
    no-frame-compaction `BuildOptions(compact_frames=False)`: every SSA value keeps its slot in the frame

runs every input on pvmc's interpreter and prints per program the code bytes (GP A.2 code section c) and the gas
of all its inputs together in each build, then per build the totals and the geometric means over the programs of
its code bytes and gas as ratios of `all`, and the programs on which `all` costs more gas than a build without a
pass (benchmarks/corpus_builds.py).

Guarantees: every build must give the same status, output and host-call log for every input; otherwise a
`MISMATCH` line goes to stderr and the exit status is 1 (2 on a compile error).

Usage: .venv/bin/python benchmarks/code_passes.py [--manifest tests/corpus.toml] [--only SUBSTRING] [--jobs N]
"""

from __future__ import annotations

import sys

from corpus_builds import Build, compare

from pvm_backend.driver import BuildOptions

BUILDS: dict[str, Build] = {
    "all": Build(),
    "no-block-local": Build(options=BuildOptions(block_local=False)),
    "no-cross-block": Build(options=BuildOptions(cross_block=False)),
    "no-frame-elision": Build(options=BuildOptions(elide_frames=False)),
    "no-frame-compaction": Build(options=BuildOptions(compact_frames=False)),
}
"""Column name -> build."""


if __name__ == "__main__":
    sys.exit(compare(BUILDS, __doc__.splitlines()[0]))
