"""One task per program on worker processes or a Dask cluster, with a progress bar: what a corpus report runs on.

What it does: `run_programs(task, programs, jobs=N, done=callback)` calls `task(program)` for every program,
in this process when `jobs` is 1 or there is one program (unless `fresh` asks for a new process per program),
otherwise on a `concurrent.futures.ProcessPoolExecutor` of `jobs` spawned worker processes; with
`scheduler=ADDRESS` (`--scheduler`) every program is instead a task on the Dask distributed cluster whose
scheduler listens there (`distributed.Client(ADDRESS)`, `client.submit`, `distributed.as_completed`; `jobs` is
not used: the cluster's workers decide the parallelism). Either way the largest source file goes first (better
balance) and `done(index, result)` is called in this process as each result arrives, `index` being the
program's position in `programs`. `progress_bar(total, desc)` is the tqdm bar on stderr the reports show while
they run.

`fresh` on a cluster: a Dask worker is a long-lived process that runs task after task, so it cannot give each
program a new process of its own. Each task then runs in a new Python subprocess on the worker
(`in_fresh_process`: the task and program go in pickled on stdin, the result comes back pickled), which is what
the local pool's one-task worker gives: the first program of a process, as a fresh `pvmc` command runs it. It
costs one start of Python and one import of the compiler and z3 per program, on the worker.

Assumes: `task` is picklable (a module-level function, or a `functools.partial` of one with picklable
arguments) and returns a picklable result; it reports its own failures in its result rather than raising (an
exception raised by `task` propagates out of `run_programs` after the pool has shut down, or the client has
closed). With `scheduler`, every worker (and the scheduler) imports the same pvmc checkout and the same
versions of its dependencies as this process (reports/README.md, Nightly, says how to start them); the programs'
paths must exist on the workers (a shared or identical checkout): they are read where the task runs.

Guarantees: `done` is called exactly once per program, in completion order; callers that store results by index
get them in input order whatever `jobs` is and wherever the tasks run. Whatever a task needs (build options,
test-only fault switches) travels in its arguments, never through the environment. Workers are spawned, never
forked from a process whose other threads may hold locks (pytest-xdist, tqdm's monitor); each pays one import
of the compiler and z3 (about half a second). A scheduler that cannot be reached within `CONNECT_SECONDS` (or
an address that is no address) raises `InputError` naming it before any task runs; the cluster itself is never
closed or changed, only this process's client.
"""
from __future__ import annotations

import functools
import multiprocessing
import os
import pickle
import subprocess
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import Any, TypeVar

from pvm_backend.errors import InputError

from .manifest import ManifestProgram

T = TypeVar("T")
CONNECT_SECONDS = 10.0
"""How long `run_programs` tries to reach a Dask scheduler before it gives up (seconds)."""
CHECKOUT = Path(__file__).resolve().parents[2]
"""The directory holding this pvmc checkout's packages, put first on a fresh subprocess's import path."""


def run_programs(task: Callable[[ManifestProgram], T], programs: Sequence[ManifestProgram], *, jobs: int,
                 done: Callable[[int, T], None], fresh: bool = False, scheduler: str | None = None) -> None:
    """Run `task` on every program (module docstring), at most `jobs` (>= 1) at a time, or on the Dask cluster
    at `scheduler` (then `jobs` is not used). With `fresh`, every program runs in a new process of its own,
    whatever `jobs` is (for tasks whose results depend on what ran before them in the process, such as z3's
    global context: the first program of a process is then what a fresh `pvmc` command gives). Raises
    InputError when `scheduler` cannot be reached."""
    if scheduler is not None:
        _run_on_cluster(task, programs, scheduler, done, fresh)
        return
    if not fresh and (jobs <= 1 or len(programs) <= 1):
        for index, program in enumerate(programs):
            done(index, task(program))
        return
    if not programs:
        return
    order = _largest_first(programs)
    executor = ProcessPoolExecutor(max_workers=max(1, min(jobs, len(programs))),
                                   mp_context=multiprocessing.get_context("spawn"),
                                   max_tasks_per_child=1 if fresh else None)
    try:
        futures: dict[Future[T], int] = {executor.submit(task, programs[i]): i for i in order}
        for future in as_completed(futures):
            done(futures[future], future.result())
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _largest_first(programs: Sequence[ManifestProgram]) -> list[int]:
    return sorted(range(len(programs)), key=lambda i: -programs[i].path.stat().st_size)


def _run_on_cluster(task: Callable[[ManifestProgram], T], programs: Sequence[ManifestProgram], scheduler: str,
                    done: Callable[[int, T], None], fresh: bool) -> None:
    """`run_programs` on the Dask cluster at `scheduler` (distributed is imported only here)."""
    from distributed import Client, as_completed as completed

    try:
        client = Client(scheduler, timeout=CONNECT_SECONDS, set_as_default=False)
    except Exception as exc:  # refused, timed out, not an address, not a Dask scheduler: all one usage error
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise InputError(f"cannot reach the Dask scheduler at {scheduler}: {reason}") from None
    run: Callable[[ManifestProgram], T] = functools.partial(in_fresh_process, task) if fresh else task
    try:
        futures = {client.submit(run, programs[i], pure=False): i for i in _largest_first(programs)}
        for future in completed(futures, loop=client.loop):
            done(futures[future], future.result())
    finally:
        client.close()


def in_fresh_process(task: Callable[[ManifestProgram], T], program: ManifestProgram) -> T:
    """`task(program)` in a new Python subprocess (`sys.executable`, this checkout first on its import path):
    the first task of a process, as a fresh `pvmc` command runs it. Raises RuntimeError naming the program when
    the subprocess fails (its last stderr line) or is killed."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(CHECKOUT), *filter(None, [os.environ.get("PYTHONPATH")])])}
    child = subprocess.run([sys.executable, "-c", "from verifier.reports.pool import _child; _child()"],
                           input=pickle.dumps((task, program)), capture_output=True, env=env, check=False)
    if child.returncode != 0:
        lines = child.stderr.decode(errors="replace").strip().splitlines() or ["no message"]
        raise RuntimeError(f"the fresh process for {program.path} exited with {child.returncode}: {lines[-1]}")
    result: T = pickle.loads(child.stdout)
    return result


def _child() -> None:
    """The subprocess of `in_fresh_process`: (task, program) pickled on stdin, the result pickled on stdout;
    anything else written to stdout (by Python or C code) goes to stderr instead."""
    task, program = pickle.loads(sys.stdin.buffer.read())
    result_fd = os.dup(1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    result = task(program)
    with os.fdopen(result_fd, "wb") as out:
        out.write(pickle.dumps(result))


def progress_bar(total: int, desc: str) -> Any:
    """A tqdm bar on stderr counting `total` programs, labelled `desc` (tqdm is imported only when a bar is
    shown). Callers update it once per program and close it."""
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="program", file=sys.stderr, dynamic_ncols=True)
