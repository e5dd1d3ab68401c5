"""Claim coverage (issue 15 §2): every register read of the emitted code carries a claim check 2 checks.

Over every corpus (the C programs, the WAT programs, the register-allocation programs, the real-code corpus and
the examples), at -O0 and -O2 for C and in the modes none and linear-scan, every function's model
(`verifier.model.build_model`) has 0 unchecked reads: a register an instruction reads (by its meaning,
`semantics.register_effects`) that no claim covers. The count comes from the instruction stream's meaning, not
from the emitter's account of it; `pvmc verify --json` reports it per function.
"""

from __future__ import annotations

import glob
import json
from functools import cache
from pathlib import Path

import pytest

from pvm_backend.cli import main
from pvm_backend.driver import BuildOptions, compile_file
from verifier.model import build_model

ROOT = Path(__file__).resolve().parents[2]
PATTERNS = ("tests/programs/*.c", "tests/wat/*.wat", "tests/regalloc/*.c", "tests/regalloc/*.wat", "tests/real/*.c",
            "examples/*.c")
SOURCES = tuple(Path(p) for pattern in PATTERNS for p in sorted(glob.glob(str(ROOT / pattern))))


@cache
def unchecked(source: Path, opt_level: int, mode: str) -> dict[str, int]:
    """Function name -> unchecked reads of its model."""
    result = compile_file(source, opt_level=opt_level, options=BuildOptions(regalloc=mode))
    assert result.build.module is not None
    functions = {f.name: f for f in result.build.module.functions}
    return {e.name: build_model(functions[e.name], e).unchecked_reads for e in result.build.emitted}


@pytest.mark.parametrize("mode", ["none", "linear-scan"])
@pytest.mark.parametrize("opt_level", [0, 2])
def test_every_register_read_of_every_corpus_function_is_claimed(opt_level: int, mode: str) -> None:
    assert len(SOURCES) > 60
    sources = [s for s in SOURCES if opt_level == 2 or s.suffix == ".c"]
    found = {(s.name, name): n for s in sources for name, n in unchecked(s, opt_level, mode).items() if n}
    assert found == {}


def test_verify_json_reports_the_reads_and_how_they_are_claimed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", "--json", str(ROOT / "examples" / "fib.c")]) == 0
    functions = json.loads(capsys.readouterr().out)["functions"]
    assert functions and all(f["unchecked_reads"] == 0 for f in functions)
    coverage = [c["coverage"] for f in functions for c in f["checks"] if c["name"] == "code"]
    assert len(coverage) == len(functions)
    assert all(c["unchecked_reads"] == 0 and c["value_reads"] > 0 for c in coverage)
