"""Golden tests: hand-written IR → the printed IR view, and IR → the exact diagnostic."""

from __future__ import annotations

import pytest

from pvm_backend import errors
from pvm_backend.frontend.load import module_from_text
from pvm_backend.ir_print import module_text

from .golden_cases import read_cases

VIEW_CASES = read_cases("view.txt")
ERROR_CASES = read_cases("errors.txt")


@pytest.mark.parametrize("case", VIEW_CASES, ids=[c.name for c in VIEW_CASES])
def test_view(case) -> None:
    view = module_from_text(case.ir, opt_level=case.opt_level)
    assert module_text(view) == case.expect


@pytest.mark.parametrize("case", ERROR_CASES, ids=[c.name for c in ERROR_CASES])
def test_error(case) -> None:
    cls = getattr(errors, case.error)
    with pytest.raises(cls) as info:
        module_from_text(case.ir, opt_level=case.opt_level)
    assert type(info.value) is cls
    assert str(info.value) == case.expect.strip()
    assert "\n" not in str(info.value)
