"""Golden tests: hand-written IR → the printed IR view, and IR → the exact diagnostic."""

from __future__ import annotations

import pytest

from pvm_backend import errors
from pvm_backend.frontend.load import module_from_text
from pvm_backend.ir_print import module_text
from support.golden import GoldenCase, check

from .golden_cases import read_cases

VIEW_CASES = read_cases("view.txt")
ERROR_CASES = read_cases("errors.txt")


@pytest.mark.parametrize("case", VIEW_CASES, ids=[c.name for c in VIEW_CASES])
def test_view(case: GoldenCase, update_golden: bool) -> None:
    view = module_from_text(case.ir, opt_level=case.opt_level)
    check(case, module_text(view), update_golden)


@pytest.mark.parametrize("case", ERROR_CASES, ids=[c.name for c in ERROR_CASES])
def test_error(case: GoldenCase) -> None:
    assert case.error is not None
    cls = getattr(errors, case.error)
    with pytest.raises(cls) as info:
        module_from_text(case.ir, opt_level=case.opt_level)
    assert type(info.value) is cls
    assert str(info.value) == case.expect.strip()
    assert "\n" not in str(info.value)
