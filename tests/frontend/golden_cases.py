"""The golden case files of the frontend (tests/frontend/golden/), read by the shared reader `support.golden`
(format described there and at the top of each file)."""

from __future__ import annotations

from pathlib import Path

from support.golden import WASM32_HEADER, GoldenCase, read_cases as read_golden_file

GOLDEN_DIR = Path(__file__).parent / "golden"

__all__ = ["GOLDEN_DIR", "WASM32_HEADER", "GoldenCase", "read_cases"]


def read_cases(filename: str) -> list[GoldenCase]:
    """The cases of tests/frontend/golden/`filename`."""
    return read_golden_file(GOLDEN_DIR / filename)
