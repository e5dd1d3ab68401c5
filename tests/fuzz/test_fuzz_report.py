"""`benchmarks/fuzz_csmith.py` leaves a report when the nightly run is stopped early (issue 16 §1).

A run killed after its first seed must leave `fuzz.json` and `fuzz.md` for what finished, marked partial: before
checkpoints, a run stopped at seed 460 of 1,200 left nothing. The kill is SIGKILL to the whole process group,
so nothing of the script runs after it. It comes as soon as fuzz.json appears, which the script renames into place
after fuzz.md (killing between the two renames once left fuzz.json without fuzz.md). `--resume` then finishes
the same run without running the finished seed again, and refuses another run's report."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "fuzz_csmith.py"


ARGS = ["--seeds", "1-3", "--jobs", "1", "--small", "--modes", "none", "--opt-levels", "2", "--checkpoint", "0",
        "--quiet"]


def test_a_run_killed_after_its_first_seed_leaves_a_partial_report_that_resume_finishes(tmp_path: Path) -> None:
    out = tmp_path / "out"
    log = tmp_path / "stderr.txt"
    with log.open("wb") as stderr:
        proc = subprocess.Popen([sys.executable, str(SCRIPT), *ARGS, "--out", str(out)],
                                stdout=subprocess.DEVNULL, stderr=stderr, start_new_session=True)
    report = out / "fuzz.json"
    deadline = time.monotonic() + 300
    try:
        while not report.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    assert report.exists(), log.read_text()
    data = json.loads(report.read_text())
    summary = data["summary"]
    assert (summary["seeds"], summary["seeds_planned"], summary["complete"]) == (1, 3, False)
    assert [s["seed"] for s in data["seeds"]] == [1]
    assert sum(summary["counts"].values()) == 1   # seed 1 in its one configuration
    assert "**Partial report: 1 of 3 programs finished**" in (out / "fuzz.md").read_text()
    assert not list(out.glob("*.partial"))
    first = data["seeds"][0]

    other = subprocess.run([sys.executable, str(SCRIPT), *ARGS, "--modes", "linear-scan", "--out", str(out),
                            "--resume"], capture_output=True, text=True, check=False)
    assert other.returncode == 2 and other.stderr.count("\n") == 1, other.stderr
    assert "a different run (configurations differ)" in other.stderr

    done = subprocess.run([sys.executable, str(SCRIPT), *ARGS, "--out", str(out), "--resume"], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr
    data = json.loads(report.read_text())
    summary = data["summary"]
    assert (summary["seeds"], summary["complete"], summary["resumed"]) == (3, True, 1)
    assert [s["seed"] for s in data["seeds"]] == [1, 2, 3]
    assert data["seeds"][0] == first   # kept, not run again
    assert "--resume" not in data["command"]
    assert "Resumed 1 time (`--resume`)" in (out / "fuzz.md").read_text()
