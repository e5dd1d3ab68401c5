"""The native reference of the real-code corpus (tests/real/): a corpus driver built with the system's gcc for
the host and run on the same argument bytes.

What it does: compiles the driver (which `#include`s its vendored library sources) with gcc and
``-Dmain=corpus_main`` into an object file, links it with ``native_harness.c`` (next to this module) into a
non-PIE executable, and runs that executable with the argument bytes in hex; the harness prints the output
bytes in hex. Executables are built once per driver per session, under a directory the caller gives.

What it assumes: gcc and the C library's headers (Debian ``gcc``, ``libc6-dev``; scripts/setup installs them)
on an x86-64 or other little-endian 64-bit host; corpus drivers return a pointer to static data (the harness
refuses anything else, exit status 4) and read their arguments only. gcc is a compiler independent of clang-16,
which pvmc and the wasm reference both use, so a front-end bug shared by those two cannot hide here.

What it guarantees: `run` returns the bytes the driver's entry produced natively, or raises
`NativeReferenceError` with gcc's or the harness's diagnostics (a driver that does not build or run natively is
a broken corpus program, never skipped). Nothing here runs pvmc.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

GCC = "gcc"
HARNESS = Path(__file__).resolve().parent / "native_harness.c"
"""The harness C file: parses hex arguments, calls corpus_main, prints the output in hex."""
COMPILE_FLAGS = ("-O2", "-std=gnu11", "-fno-strict-aliasing", "-fno-pie", "-w")
"""gcc flags for the driver: the vendored code is compiled as its projects build it (optimised, warnings off:
they are not ours to fix); strict aliasing off because slicing-by-8 and lz4 read byte buffers as words."""
LINK_FLAGS = ("-O2", "-fno-pie", "-no-pie")
"""Non-PIE, so static data lies below 4 GiB and the driver's 32-bit pointer is the real address."""
RUN_TIMEOUT_SECONDS = 60


class NativeReferenceError(RuntimeError):
    """gcc is missing, a driver does not build natively, or its native run fails."""


class NativeReference:
    """Builds corpus drivers natively (cached for the session) and runs them."""

    def __init__(self, build_dir: Path) -> None:
        self._build_dir = build_dir
        self._executables: dict[Path, Path] = {}

    def executable(self, source: Path) -> Path:
        """The native executable of driver `source`, built on first use."""
        if source not in self._executables:
            self._executables[source] = self._build(source)
        return self._executables[source]

    def run(self, source: Path, args: bytes) -> bytes:
        """The output bytes of the driver's entry on `args`, run natively."""
        done = subprocess.run([str(self.executable(source)), args.hex()], capture_output=True, text=True,
                              timeout=RUN_TIMEOUT_SECONDS, check=False)
        if done.returncode != 0:
            raise NativeReferenceError(f"{source.name} native run on {args.hex() or '(no bytes)'}: exit "
                                       f"{done.returncode}: {done.stderr.strip()}")
        return bytes.fromhex(done.stdout.strip())

    def _build(self, source: Path) -> Path:
        gcc = shutil.which(GCC)
        if gcc is None:
            raise NativeReferenceError("gcc not found: install the Debian packages gcc and libc6-dev")
        obj = self._build_dir / f"{source.stem}.o"
        exe = self._build_dir / f"{source.stem}.native"
        for command in ([gcc, *COMPILE_FLAGS, "-Dmain=corpus_main", "-c", str(source), "-o", str(obj)],
                        [gcc, *LINK_FLAGS, str(obj), str(HARNESS), "-o", str(exe)]):
            done = subprocess.run(command, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                raise NativeReferenceError(f"{source.name}: {' '.join(command)} failed:\n{done.stderr}")
        return exe
