"""`driver.compile_file` collects Python's garbage less often while it runs, and leaves the collector as it was.

The threshold is a speed setting (13 % of compiling anan-as's compiler.wasm, measured in `driver`); what can break
is the restoring, after a compile that raises too, and with compiles that overlap in threads (a Dask worker)."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

import pytest

from pvm_backend import driver
from pvm_backend.errors import PvmcError

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "fib.c"


def test_the_young_generation_threshold_is_raised_during_a_compile_and_restored_after(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    before = gc.get_threshold()
    seen: list[tuple[int, ...]] = []
    real_load = driver.load_module

    def spying_load(*args: object, **kwargs: object) -> object:
        seen.append(gc.get_threshold())
        return real_load(*args, **kwargs)   # type: ignore[arg-type]

    monkeypatch.setattr(driver, "load_module", spying_load)
    driver.compile_file(EXAMPLE)
    assert seen == [(driver.YOUNG_GENERATION_THRESHOLD, *before[1:])]
    assert gc.get_threshold() == before
    bad = tmp_path / "bad.c"
    bad.write_text("int main( {")
    with pytest.raises(PvmcError):
        driver.compile_file(bad)
    assert gc.get_threshold() == before


def test_overlapping_compiles_in_threads_restore_the_threshold_once_the_last_ends() -> None:
    """First in, first out (A enters, B enters, A leaves, B leaves): a save-and-restore per call would leave
    B's saved copy of A's raised threshold in place."""
    before = gc.get_threshold()
    a_in, b_in, a_out = threading.Event(), threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def first() -> None:
        with driver.fewer_collections():
            a_in.set()
            b_in.wait(timeout=30)
        a_out.set()

    def second() -> None:
        a_in.wait(timeout=30)
        with driver.fewer_collections():
            b_in.set()
            a_out.wait(timeout=30)
            try:
                assert gc.get_threshold()[0] == driver.YOUNG_GENERATION_THRESHOLD   # A left, B still inside
            except AssertionError as e:
                errors.append(e)

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert gc.get_threshold() == before
