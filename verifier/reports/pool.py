"""One task per program on worker processes, with a progress bar: the machinery a corpus report runs on.

What it does: `run_programs(task, programs, jobs=N, done=callback)` calls `task(program)` for every program,
in this process when `jobs` is 1 or there is one program (unless `fresh` asks for a new process per program),
otherwise on a `concurrent.futures.ProcessPoolExecutor` of `jobs` spawned worker processes, largest source file
first (better balance); `done(index,
result)` is called in this process as each result arrives, `index` being the program's position in `programs`.
`progress_bar(total, desc)` is the tqdm bar on stderr the reports show while they run.

Assumes: `task` is picklable (a module-level function, or a `functools.partial` of one with picklable
arguments) and returns a picklable result; it reports its own failures in its result rather than raising (an
exception raised by `task` propagates out of `run_programs` after the pool has shut down).

Guarantees: `done` is called exactly once per program, in completion order; callers that store results by index
get them in input order whatever `jobs` is. Whatever a task needs (build options, test-only fault switches) travels
in its arguments, never through the environment. Workers are spawned, never forked from a
process whose other threads may hold locks (pytest-xdist, tqdm's monitor); each pays one import of the compiler
and z3 (about half a second).
"""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from typing import Any, TypeVar

from .manifest import ManifestProgram

T = TypeVar("T")


def run_programs(task: Callable[[ManifestProgram], T], programs: Sequence[ManifestProgram], *, jobs: int,
                 done: Callable[[int, T], None], fresh: bool = False) -> None:
    """Run `task` on every program (module docstring), at most `jobs` (>= 1) at a time. With `fresh`, every
    program runs in a new worker process of its own, whatever `jobs` is (for tasks whose results depend on
    what ran before them in the process, such as z3's global context: the first program of a process is
    then what a fresh `pvmc` command gives)."""
    if not fresh and (jobs <= 1 or len(programs) <= 1):
        for index, program in enumerate(programs):
            done(index, task(program))
        return
    if not programs:
        return
    order = sorted(range(len(programs)), key=lambda i: -programs[i].path.stat().st_size)
    executor = ProcessPoolExecutor(max_workers=max(1, min(jobs, len(programs))),
                                   mp_context=multiprocessing.get_context("spawn"),
                                   max_tasks_per_child=1 if fresh else None)
    try:
        futures: dict[Future[T], int] = {executor.submit(task, programs[i]): i for i in order}
        for future in as_completed(futures):
            done(futures[future], future.result())
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def progress_bar(total: int, desc: str) -> Any:
    """A tqdm bar on stderr counting `total` programs, labelled `desc` (tqdm is imported only when a bar is
    shown). Callers update it once per program and close it."""
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="program", file=sys.stderr, dynamic_ncols=True)
