"""`pvmc report soundness` end to end through the CLI (`pvm_backend.cli.main`), on small programs.

Expected facts are hand-derived, not taken from the report: the functions each program defines (read from its
source: clang keeps `main` and the non-inlined helpers), the exit codes of the issue (0 all proved, 1 anything
refuted/unknown/not compiled, 2 bad input with one stderr line and no output file), and that the
`shared-temporary` fault (pvm_backend/faults.py: both operands of a two-register operation materialised in r2)
makes some instruction read r2 expecting one value while it holds another. Worker processes are exercised by
giving at least two programs with `--jobs 2` (a single program runs in-process).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pvm_backend.cli import main as pvmc
from pvm_backend.faults import ENV as FAULT_ENV

ROOT = Path(__file__).resolve().parents[2]
SMALL = [str(ROOT / "tests/programs/fib.c"), str(ROOT / "tests/programs/gcd.c"), str(ROOT / "tests/wat/gcd.wat")]
FUNCTION_KEYS = {"program", "function", "allocation", "code", "seconds", "unchecked_reads", "counterexample", "checks"}


def report(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict, str]:
    """Run `pvmc report soundness ARGV --json`; (exit code, parsed stdout or {}, stderr)."""
    code = pvmc(["report", "soundness", *argv, "--json", "--quiet"])
    captured = capsys.readouterr()
    return code, json.loads(captured.out) if captured.out else {}, captured.err


def without_timings(data: dict) -> dict:
    summary = {k: v for k, v in data["summary"].items() if k not in ("compile_seconds", "verify_seconds",
                                                                      "wall_seconds")}
    functions = [{k: v if k != "checks" else [{**c, "seconds": None} for c in v] for k, v in f.items()
                  if k != "seconds"} for f in data["functions"]]
    return {**data, "summary": summary, "functions": functions}


def test_small_programs_prove_with_the_issue_schema(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    manifest = tmp_path / "small.toml"
    manifest.write_text(f'root = "{ROOT}"\n[[program]]\npath = "tests/programs/fib.c"\n'
                        '[[program]]\npath = "tests/programs/gcd.c"\n')
    code, data, err = report(capsys, str(manifest), "tests/wat/gcd.wat", "--jobs", "2")
    assert code == 0, err
    assert {"proved", "refuted", "unknown"} <= set(data["summary"])
    assert all(set(f) == FUNCTION_KEYS for f in data["functions"])
    # Input order, then emission order (the entry first): gcd.c keeps its `gcd` helper beside main, fib.c
    # inlines `fib`, the WAT module defines only main.
    assert [(f["program"], f["function"]) for f in data["functions"]] == [
        ("tests/programs/fib.c", "main"), ("tests/programs/gcd.c", "main"), ("tests/programs/gcd.c", "gcd"),
        ("tests/wat/gcd.wat", "main")]
    assert all(f["allocation"] == f["code"] == "proved" and f["counterexample"] is None for f in data["functions"])
    assert all([(c["name"], c["status"], c["violations"]) for c in f["checks"]] ==
               [("allocation", "proved", []), ("code", "proved", []), ("selection", "proved", [])]
               for f in data["functions"])
    assert data["summary"]["proved"] == 4 and data["summary"]["refuted"] == data["summary"]["unknown"] == 0
    assert data["summary"]["unchecked_reads"] == 0 and all(f["unchecked_reads"] == 0 for f in data["functions"])
    assert data["errors"] == []


def test_a_program_listed_at_two_levels_is_named_by_its_level(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    manifest = tmp_path / "levels.toml"
    manifest.write_text(f'root = "{ROOT}"\n[[program]]\npath = "tests/programs/fib.c"\n'
                        '[[program]]\npath = "tests/programs/fib.c"\nopt_level = "s"\n')
    code, data, err = report(capsys, str(manifest))
    assert code == 0, err
    assert [(f["program"], f["allocation"], f["code"]) for f in data["functions"]] == [
        ("tests/programs/fib.c", "proved", "proved"), ("tests/programs/fib.c -Os", "proved", "proved")]


def test_jobs_do_not_change_the_report(capsys: pytest.CaptureFixture[str]) -> None:
    one = report(capsys, *SMALL, "--jobs", "1")
    two = report(capsys, *SMALL, "--jobs", "2")
    assert one[0] == two[0] == 0
    assert without_timings(one[1]) == without_timings(two[1])


def test_fault_in_worker_processes_is_refuted_with_a_counterexample(capsys: pytest.CaptureFixture[str],
                                                                     monkeypatch: pytest.MonkeyPatch,
                                                                     tmp_path: Path) -> None:
    monkeypatch.setenv(FAULT_ENV, "shared-temporary")
    same_operand = str(ROOT / "tests/regalloc/same_operand.c")
    code, data, _ = report(capsys, same_operand, SMALL[0], "--jobs", "2")
    assert code == 1
    refuted = [f for f in data["functions"] if "refuted" in (f["allocation"], f["code"])]
    assert data["summary"]["refuted"] == len(refuted) > 0
    mine = [f for f in refuted if f["program"].endswith("same_operand.c") and f["code"] == "refuted"]
    assert mine, "the fault must be refuted in same_operand.c"
    example = mine[0]["counterexample"]
    assert example["check"] == "code" and example["location"] == "r2" and example["expected"] != ""
    assert "r2, r2" in example["instruction"] and example["path"]
    code = next(c for c in mine[0]["checks"] if c["name"] == "code")
    assert code["status"] == "refuted" and code["violations"][0] == example
    indices = [v["index"] for v in code["violations"]]
    assert indices == sorted(indices)

    out = tmp_path / "soundness.md"
    assert pvmc(["report", "soundness", same_operand, SMALL[0], "--jobs", "2", "--quiet", "-o", str(out)]) == 1
    markdown = out.read_text()
    assert "## Refutations (" in markdown and f"`{example['instruction']}`" in markdown
    assert list(tmp_path.iterdir()) == [out]


@pytest.mark.parametrize("make", ["missing", "bad-manifest", "bad-fault", "no-output-directory"])
def test_bad_input_exits_2_with_one_line_and_no_output(make: str, capsys: pytest.CaptureFixture[str],
                                                        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if make == "missing":
        target = str(tmp_path / "missing.c")
    elif make == "bad-manifest":
        target = str(tmp_path / "bad.toml")
        Path(target).write_text('[[program]]\npath = "x.c"\nargs = ["nothex"]\n')
        (tmp_path / "x.c").write_text("int main;\n")
    else:
        if make == "bad-fault":
            monkeypatch.setenv(FAULT_ENV, "no-such-fault")
        target = SMALL[0]
    out = tmp_path / ("none/report.md" if make == "no-output-directory" else "report.md")
    code = pvmc(["report", "soundness", target, "-o", str(out), "--quiet"])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.out == "" and len(captured.err.splitlines()) == 1
    assert not out.exists()
    assert (str(out) if make == "no-output-directory" else "no-such-fault" if make == "bad-fault" else target) \
        in captured.err


def test_a_program_that_does_not_compile_is_listed_and_fails_the_report(capsys: pytest.CaptureFixture[str],
                                                                        tmp_path: Path) -> None:
    floats = tmp_path / "floats.c"
    floats.write_text("double half(double x) { return x * 0.5; }\n"
                      "unsigned long long main(const unsigned char *a, unsigned int n) {\n"
                      "  return (unsigned long long)half((double)n); }\n")
    code, data, _ = report(capsys, str(floats), SMALL[0], "--jobs", "2")
    assert code == 1
    assert [e["program"] for e in data["errors"]] == [floats.as_posix()]
    assert "floating point" in data["errors"][0]["error"]
    assert data["summary"]["errors"] == 1 and data["summary"]["proved"] == 1


def test_help_explains_options_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as excinfo:
        pvmc(["report", "soundness", "--help"])
    assert excinfo.value.code == 0
    text = capsys.readouterr().out
    for option in ("--json", "-o FILE", "--jobs N", "--regalloc", "--timeout", "--quiet"):
        assert option in text
    assert "0  every function" in text and "1  some function" in text and "2  bad input" in text
    assert "failed to compile" in text


def test_regalloc_reaches_the_compiler(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """`expired-reuse` breaks only the linear-scan allocator (pvm_backend/allocators.py: `none` assigns no register
    before any fault is consulted), so the same program is refuted with linear-scan and proved with none."""
    monkeypatch.setenv(FAULT_ENV, "expired-reuse")
    program = str(ROOT / "tests/regalloc/faults/expired_reuse.c")
    scan = report(capsys, program, "--regalloc", "linear-scan")
    none = report(capsys, program, "--regalloc", "none")
    assert scan[0] == 1 and scan[1]["summary"]["refuted"] >= 1 and scan[1]["summary"]["regalloc"] == "linear-scan"
    assert none[0] == 0 and none[1]["summary"]["refuted"] == 0 and none[1]["summary"]["regalloc"] == "none"
