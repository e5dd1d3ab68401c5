"""Golden tests of the analyses: hand-written LLVM IR in, the allocation problem, both liveness analyses, the
live intervals, the linear-scan allocation and whole-program listings out (one file per kind, tests/golden/).

Each expected output was generated once and then checked by hand against the IR (see each file's header). A
change in behaviour fails with a unified diff; ``pytest tests/golden --update-golden`` rewrites the expected
sections, and the diff is reviewed before it is committed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from linear_scan import analyse
from pvm_backend.frontend.load import module_from_text
from pvm_backend.ir import Module
from pvm_backend.regalloc_problem import build_problem
from support.golden import GoldenCase, check, read_cases
from verifier.liveness import liveness

from .printers import (allocation_text, intervals_text, listing_text, liveness_text, per_function,
                       problem_text)

HERE = Path(__file__).parent


def cases(filename: str) -> list[GoldenCase]:
    return read_cases(HERE / filename)


def view(case: GoldenCase) -> Module:
    return module_from_text(case.ir, opt_level=case.opt_level)


PROBLEM = cases("problem.txt")
LIVENESS = cases("liveness.txt")
INTERVALS = cases("intervals.txt")
ALLOCATION = cases("allocation.txt")
LISTING = cases("listing.txt")


@pytest.mark.parametrize("case", PROBLEM, ids=[c.name for c in PROBLEM])
def test_problem(case: GoldenCase, update_golden: bool) -> None:
    check(case, per_function(view(case), problem_text), update_golden)


@pytest.mark.parametrize("case", LIVENESS, ids=[c.name for c in LIVENESS])
def test_liveness(case: GoldenCase, update_golden: bool) -> None:
    module = view(case)
    check(case, per_function(module, liveness_text), update_golden)


@pytest.mark.parametrize("case", LIVENESS + PROBLEM + INTERVALS, ids=lambda c: f"{c.path.stem}: {c.name}")
def test_block_live_in_agrees(case: GoldenCase) -> None:
    """The two independent liveness analyses agree on every block's live-in set, up to two conventions that
    differ by design: the verifier counts a block's phis as live on entry to it, `analyse` defines them at its
    first position; and on entry to the entry block the verifier counts every parameter used, `analyse` only
    those read at position 0 (where a use counts as before the definition), so there parameters are left out."""
    for function in view(case).functions:
        if function.is_declaration:
            continue
        problem = build_problem(function)
        ours = analyse(problem).live_in
        theirs = liveness(function).live_in
        params = {v.id for v in problem.values if v.param_index is not None}
        for block in problem.blocks:
            assert block.origin is not None
            phis = {v.id for v in problem.values if v.is_phi and v.definition == block.start}
            left_out = phis | (params if block.id == 0 else set())
            assert set(ours[block.id]) - left_out == set(theirs[block.origin]) - left_out, (function.name, block.id)


@pytest.mark.parametrize("case", INTERVALS, ids=[c.name for c in INTERVALS])
def test_intervals(case: GoldenCase, update_golden: bool) -> None:
    check(case, per_function(view(case), intervals_text), update_golden)


@pytest.mark.parametrize("case", ALLOCATION, ids=[c.name for c in ALLOCATION])
def test_allocation(case: GoldenCase, update_golden: bool) -> None:
    check(case, per_function(view(case), allocation_text), update_golden)


@pytest.mark.parametrize("case", LISTING, ids=[c.name for c in LISTING])
def test_listing(case: GoldenCase, update_golden: bool) -> None:
    check(case, listing_text(view(case), case.options.get("entry", "main")), update_golden)
