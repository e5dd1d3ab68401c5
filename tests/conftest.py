"""Shared fixtures: one anan-as session per test worker, one wasm reference per test session, the native builds
of the real-code drivers, and the ``--update-golden`` option of the golden tests (support/golden.py).

``tests/`` is put on sys.path so that ``support`` (tests/support/) imports the same way from every test
directory, whatever pytest's rootdir/package layout is.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from hypothesis import settings  # noqa: E402

# No per-example deadline anywhere: on a loaded 2-core CI machine a slow example is not a failure (speed is
# measured by benchmarks/, never by tests). Tests may still set their own example counts.
settings.register_profile("pvmc", deadline=None, print_blob=True)
settings.load_profile("pvmc")

from support.anan_as import AnanAs  # noqa: E402
from support.native_reference import NativeReference  # noqa: E402
from support.wasm_reference import WasmReference  # noqa: E402


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite the expected sections of golden case files from the current output "
                          "(support/golden.py); review the result with git diff")


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    """Whether golden tests rewrite their expected output instead of failing (``--update-golden``)."""
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def anan() -> Iterator[AnanAs]:
    """A long-lived anan-as node process (one per xdist worker). Fails (never skips) when not installed."""
    with AnanAs() as session:
        yield session


@pytest.fixture(scope="session")
def wasm_reference(tmp_path_factory: pytest.TempPathFactory) -> WasmReference:
    """The wasmtime reference; compiled .wasm files are cached for the session under a temporary directory."""
    return WasmReference(tmp_path_factory.mktemp("wasm-reference"))


@pytest.fixture(scope="session")
def native_reference(tmp_path_factory: pytest.TempPathFactory) -> Iterator[NativeReference]:
    """Native builds of the real-code drivers (tests/real/), one per driver per test worker."""
    yield NativeReference(tmp_path_factory.mktemp("native-reference"))
