"""Static types: mypy, strict, over the modules `pyproject.toml` lists under `[tool.mypy] files` (the modules of
the architecture's boundaries, ARCHITECTURE.md). A type error there fails CI like any other test."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_strict_modules_type_check() -> None:
    run = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Success" in run.stdout
