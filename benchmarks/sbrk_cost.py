"""Cost of mapping a large heap: one `sbrk` of N bytes and a store at its last byte, with the pages of large
mappings made lazily (`pvm_backend.memory.LAZY_PAGES`, the default) and with every page mapped at once (the
former behaviour, `LAZY_PAGES` set beyond any mapping), side by side in one run. Each case runs in a fresh
process so that its peak resident memory is its own.

Usage: .venv/bin/python benchmarks/sbrk_cost.py [--mib N ...]
Prints per size and mode: seconds for the sbrk and the store, and the process's peak resident memory (MB).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from tabulate import tabulate

ROOT = Path(__file__).resolve().parents[1]

_CASE = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from pvm_backend import memory
if {eager}:
    memory.LAZY_PAGES = 1 << 40
m = memory.Memory()
start = time.perf_counter()
x = m.sbrk(0x20000, {size})
m.store(x + {size} - 1, 1, 0x5A)
seconds = time.perf_counter() - start
print(json.dumps({{"seconds": seconds, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def run_case(size: int, eager: bool) -> dict[str, float]:
    """Seconds and peak resident MB of one sbrk of `size` bytes in a fresh interpreter process."""
    code = _CASE.format(root=str(ROOT), eager=eager, size=size)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mib", type=int, nargs="+", default=[1, 64, 1024], help="heap sizes in MiB")
    args = parser.parse_args()
    rows = []
    for mib in args.mib:
        eager, lazy = run_case(mib << 20, True), run_case(mib << 20, False)
        rows.append([mib, f"{eager['seconds']:.4f}", f"{lazy['seconds']:.6f}",
                     f"{eager['seconds'] / max(lazy['seconds'], 1e-9):.0f}x",
                     f"{eager['peak_mb']:.0f}", f"{lazy['peak_mb']:.0f}"])
    print(tabulate(rows, headers=["sbrk MiB", "every page s", "lazy s", "speed-up", "every page peak MB",
                                  "lazy peak MB"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
