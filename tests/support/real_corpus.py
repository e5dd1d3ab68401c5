"""The real-code corpus of tests/real/ as the tests see it: its drivers and the deviations known on it.

One place for what tests/test_real_corpus.py and tests/verifier/test_optimal_corpus.py both need to know about
these programs (which optimal builds are slow, on which one anan-as deviates),
so that a deviation fixed in one place is fixed for both. Each entry says what differs; the tests turn them
into strict xfails (a deviation that disappears fails the run until it is removed here).
"""

from __future__ import annotations

from pathlib import Path

REAL_DIR = Path(__file__).resolve().parents[1] / "real"
"""tests/real/: one driver per file, vendored library sources under vendor/."""
PROGRAMS = sorted(REAL_DIR.glob("*.c"))
"""The drivers, sorted by name."""

SLOW_OPTIMAL = {"ed25519_field", "ed25519_scalar", "monocypher"}
"""Drivers whose optimal build (with its checks) takes 23-90 s on 2 loaded cores (the gas model of
crypto_hashblocks, blake2b_compress, fe25519 main...): their optimal mode is left to the slow run."""
ANAN_AS_DEVIATION = {"lz4": "anan-as 1.2.0 reads 0 from a stack slot where our interpreter reads the value "
                            "stored there: with --regalloc none the first divergence is at gas 10327, pc 150 "
                            "`load_ind_u64 r2, r1, 24` (LZ4_compress_fast_extState reading its parameter %3, 32), "
                            "as it was at pc 245 before issue 17 (tests/real/README.md)"}
"""Drivers on which anan-as disagrees with our interpreter and the native reference (ours agrees with gcc)."""
