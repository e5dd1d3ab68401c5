"""Code size and gas of -O2, -Os and -Oz side by side on a whole corpus (`pvmc compile -O`).

What it does: compiles every program of a corpus manifest (default tests/corpus.toml: entry and inputs; the
manifest's own -O level is replaced by each of `BUILDS`) with the default allocator (linear scan, seed register
model), runs every input on pvmc's interpreter, and prints per program the code bytes (GP A.2 code section c) and
the gas of all its inputs together at each level; then per level the totals, the geometric means over the
programs of code bytes and gas as ratios of -O2, and on how many inputs the level costs more or less gas than -O2
(benchmarks/corpus_builds.py).

Guarantees: every level must give the same status, output and host-call log for every input; otherwise a
`MISMATCH` line goes to stderr and the exit status is 1 (2 on a compile error).

Usage: .venv/bin/python benchmarks/size_levels.py [--manifest tests/corpus.toml] [--only SUBSTRING] [--jobs N]
"""

from __future__ import annotations

import sys

from corpus_builds import Build, compare

BUILDS: dict[str, Build] = {"-O2": Build(2), "-Os": Build("s"), "-Oz": Build("z")}
"""Column name -> build; the first is the one the others are divided by."""


if __name__ == "__main__":
    sys.exit(compare(BUILDS, __doc__.splitlines()[0]))
