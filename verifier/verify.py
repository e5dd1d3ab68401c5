"""Verify every function of a build: every registered check (`verifier.checks.REGISTRY`), with time limits.

What it does: `verify_function(function, emitted, timeout_ms)` runs each registered check in registry order
(today `allocation`, check 1: the allocation `EmittedFunction.registers` realises respects its contract; and
`code`, check 2: the final instruction stream reads the right values) and returns a `FunctionVerdict` holding
one `CheckResult` per check. `verify_build(build)` does it for every function of a
`pvm_backend.linker.BuildResult`. Per-function statuses and times are logged on logger ``verifier`` at DEBUG::

    verify fib: allocation=proved code=proved values=12 allocated=2 seconds=0.041

Assumes: `emitted` is the function's final instruction stream (after peephole and dead store elimination) and
`function` the IR view it was lowered from.

Guarantees: a function is proved only when every check is PROVED; a z3 time limit gives UNKNOWN; a stream the
code model cannot describe (`ModelError`) is REFUTED by check `code` with the reason as its violation. The
registry is read at each call, so a check registered later (or by a test) is run without other changes.
"""

from __future__ import annotations

import logging
import time
from dataclasses import replace
from functools import partial

from pvm_backend.emitter.items import EmittedFunction
from pvm_backend.ir import Function
from pvm_backend.ir_facts import entered_only_from_stub
from pvm_backend.linker import BuildResult
from pvm_backend.options import DEFAULT_TIMEOUT_MS, ordered_map

from . import checks
from .result import FunctionVerdict


logger = logging.getLogger("verifier")


def verify_function(function: Function, emitted: EmittedFunction,
                    timeout_ms: int = DEFAULT_TIMEOUT_MS) -> FunctionVerdict:
    """Every registered check on one function; `timeout_ms` is z3's limit per check in milliseconds. Exceptions
    of a check (other than the failures it reports as violations) propagate."""
    start = time.perf_counter()
    results = tuple(check.run(function, emitted, timeout_ms) for check in checks.REGISTRY)
    verdict = FunctionVerdict(emitted.name, len(function.values), len(dict(emitted.registers)), results,
                              time.perf_counter() - start)
    logger.debug("verify %s: %s values=%d allocated=%d seconds=%.3f", verdict.name,
                 " ".join(f"{r.name}={r.status.value}" for r in results), verdict.values, verdict.allocated,
                 verdict.seconds)
    return verdict


def verify_build(build: BuildResult, timeout_ms: int = DEFAULT_TIMEOUT_MS,
                 jobs: int = 1) -> tuple[FunctionVerdict, ...]:
    """Verify every emitted function of `build` (in emission order); `timeout_ms` as for `verify_function`.
    A function the emitter marked `entry_only` (its returns restore r0 alone) is proved against the full
    callee contract (r0 and r9-r12 restored) unless the module confirms that nothing but the entry stub calls it
    (`ir_facts.entered_only_from_stub` over the linked functions and globals). With `jobs` > 1 the functions are
    verified on that many spawned worker processes (`options.ordered_map`; `pvmc compile --jobs`), each with the
    checks registered when `verifier.checks` is imported (not ones a caller registers later), the verdicts in the
    same order. Raises ValueError when the build carries no IR module."""
    if build.module is None:
        raise ValueError("the build result carries no IR module")
    functions = {f.name: f for f in build.module.functions}
    linked = {name for name, _ in build.global_addresses}
    stub_only = entered_only_from_stub((functions[e.name] for e in build.emitted),
                                       (g for g in build.module.globals if g.name in linked))
    emitted = [e if not e.entry_only or e.name in stub_only else replace(e, entry_only=False) for e in build.emitted]
    return ordered_map(partial(_verify_pair, timeout_ms), [(functions[e.name], e) for e in emitted], jobs)


def clear_caches() -> None:
    """Empty the verifier's caches of this process (the effects of each instruction, `verifier.effects`; the
    skeletons and query shapes check 3 proved, `verifier.selection`), so that the next verification costs what
    it costs in a fresh process, as one `pvmc compile --verify` does (`benchmarks/verify_speed.py --cold`)."""
    from . import effects, selection
    effects.effects.cache_clear()
    selection.clear_caches()


def _verify_pair(timeout_ms: int, pair: tuple[Function, EmittedFunction]) -> FunctionVerdict:
    """`verify_function` on one (IR function, emitted function) pair: what a worker of `verify_build` runs."""
    return verify_function(pair[0], pair[1], timeout_ms)
