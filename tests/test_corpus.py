"""End to end: every corpus case compiled by pvmc runs on both PVM interpreters exactly like the C on wasmtime.

For each `// args:` case of each tests/programs/*.c:
- expected: the same C compiled to wasm32 by clang-16 and run in wasmtime (support/wasm_reference.py), an
  independent reference; a wasm trap corresponds to a PVM panic (GP A.44: no output);
- actual: `pvm_backend.driver.compile_file(path, entry="main", opt_level=2)`, run with the case's argument bytes
  on our interpreter (`run_spi` on the StandardProgram) and on anan-as 1.2.0 (the `.jam` bytes);
- both must give the reference status and output, and must agree with each other on status, output and gas.
The JIP-1 log call (ecalli 100) is serviced on both PVMs the way the anan-as CLI does it (r7 <- WHAT, 10 gas);
the corpus never uses its return value, so the wasm import simply returns 0. The number and ids of host calls
must match on all three.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from pvm_backend.driver import CompileResult, compile_file
from support.anan_as import AnanAs
from support.both_pvms import check_case
from support.corpus import CorpusCase, all_cases
from support.wasm_reference import WasmReference


@cache
def compiled(source: Path) -> CompileResult:
    """One compilation per corpus file per test worker."""
    return compile_file(source, entry="main", opt_level=2)


@pytest.mark.parametrize("case", all_cases(), ids=lambda c: c.case_id)
def test_corpus_case(case: CorpusCase, wasm_reference: WasmReference, anan: AnanAs) -> None:
    expected = wasm_reference.run(case.source, case.args)
    result = compiled(case.source)
    check_case(result, case.args, expected, anan)
