"""`pvmc report soundness --scheduler` on a Dask distributed cluster: a `LocalCluster` of two worker processes.

Expected facts are the local pool's own report (the issue: the report on a cluster is the same apart from
timings), the exit codes of the CLI (2 with one stderr line and no output file for an unreachable scheduler or
`--scheduler` with `--jobs`), and the working-directory rule of program names (relative to the directory the
command runs in, never the worker's). The workers are processes, so the compiler and z3 run outside this process
as on a real cluster; each pays one import of both (about a second), shared by the tests of this module.
"""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, cast

import pytest

from pvm_backend.cli import main as pvmc
from verifier.reports import pool

ROOT = Path(__file__).resolve().parents[2]
SMALL = ["tests/programs/fib.c", "tests/programs/gcd.c", "tests/wat/gcd.wat"]


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The address of a two-worker `LocalCluster` (processes, one thread each, no dashboard), closed after the
    module's tests whatever they did. Its processes start in a directory of their own, as a real cluster's
    workers run wherever `dask worker` was started."""
    from distributed import LocalCluster

    here = Path.cwd()
    os.chdir(tmp_path_factory.mktemp("dask"))
    try:
        cluster = LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None)
    finally:
        os.chdir(here)
    with cluster:
        yield str(cluster.scheduler_address)


def report(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, Any], str]:
    """Run `pvmc report soundness ARGV --json --quiet`; (exit code, parsed stdout or {}, stderr)."""
    code = pvmc(["report", "soundness", *argv, "--json", "--quiet"])
    captured = capsys.readouterr()
    return code, json.loads(captured.out) if captured.out else {}, captured.err


def without_timings(data: dict[str, Any]) -> dict[str, Any]:
    """The report without its wall-clock times (the only part allowed to differ between runs)."""
    summary = {k: v for k, v in data["summary"].items() if not k.endswith("_seconds") or k == "timeout_seconds"}
    functions = [{**{k: v for k, v in f.items() if k != "seconds"},
                  "checks": [{k: v for k, v in c.items() if k != "seconds"} for c in f["checks"]]}
                 for f in data["functions"]]
    return {**data, "summary": summary, "functions": functions}


def test_the_cluster_gives_the_local_pools_report(scheduler: str, capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)   # names relative to here; the workers' own working directory must not matter
    local = report(capsys, *SMALL, "--jobs", "2")
    cluster = report(capsys, *SMALL, "--scheduler", scheduler)
    assert local[0] == cluster[0] == 0, cluster[2]
    assert without_timings(cluster[1]) == without_timings(local[1])
    assert [(f["program"], f["function"]) for f in cluster[1]["functions"]] == [
        ("tests/programs/fib.c", "main"), ("tests/programs/gcd.c", "main"), ("tests/programs/gcd.c", "gcd"),
        ("tests/wat/gcd.wat", "main")]
    assert cluster[1]["summary"]["proved"] == 4 and cluster[1]["summary"]["programs"] == 3


def test_a_fresh_process_per_program_on_the_cluster(scheduler: str, capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """`--regalloc optimal` runs each program in a new subprocess of its worker (pool.in_fresh_process): the
    verdicts are the local pool's, and the Markdown says where the programs ran."""
    monkeypatch.chdir(ROOT)
    programs = [SMALL[0], SMALL[2]]
    local = report(capsys, *programs, "--regalloc", "optimal", "--jobs", "2")
    cluster = report(capsys, *programs, "--regalloc", "optimal", "--scheduler", scheduler)
    assert local[0] == cluster[0] == 0, cluster[2]
    assert without_timings(cluster[1]) == without_timings(local[1])

    out = tmp_path / "soundness.md"
    assert pvmc(["report", "soundness", SMALL[2], "--scheduler", scheduler, "--quiet", "-o", str(out)]) == 0
    assert f"on the Dask cluster at `{scheduler}`." in out.read_text()


def test_a_failing_fresh_process_names_its_program() -> None:
    """`sys.exit(program)` as the task: the subprocess prints the program and exits with 1."""
    import sys

    from verifier.reports.manifest import ManifestProgram

    with pytest.raises(RuntimeError, match=r"the fresh process for .*fib\.c exited with 1: ManifestProgram\("):
        pool.in_fresh_process(cast(Callable[[ManifestProgram], None], sys.exit), ManifestProgram(ROOT / SMALL[0]))


def free_port() -> int:
    """A local TCP port nothing listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("command", ["soundness", "allocation"])
def test_an_unreachable_scheduler_exits_2_with_one_line_and_no_output(command: str, tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str],
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pool, "CONNECT_SECONDS", 1.0)
    address = f"tcp://127.0.0.1:{free_port()}"
    out = tmp_path / "report.md"
    code = pvmc(["report", command, str(ROOT / SMALL[0]), "--scheduler", address, "--quiet", "-o", str(out)])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.out == "" and len(captured.err.splitlines()) == 1
    assert f"cannot reach the Dask scheduler at {address}" in captured.err
    assert list(tmp_path.iterdir()) == []


def test_scheduler_with_jobs_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """Even with --jobs at its default value (argparse would otherwise not see the conflict)."""
    from pvm_backend.options import DEFAULT_JOBS

    with pytest.raises(SystemExit) as excinfo:
        pvmc(["report", "soundness", SMALL[0], "--jobs", str(DEFAULT_JOBS), "--scheduler", "tcp://127.0.0.1:1"])
    assert excinfo.value.code == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "--scheduler" in err and "--jobs" in err
