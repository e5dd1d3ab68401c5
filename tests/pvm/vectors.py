"""Loading the PVM test vectors (v0.4, vendored in tests/pvm/test-vectors/programs, see ORIGIN.md there) into
interpreter inputs.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pvm_backend.containers import CodeBlob
from pvm_backend.interpreter import Engine, Pvm
from pvm_backend.memory import Access, Memory


#: README §6: the 13 vectors that charge 2 gas for one faulting access (anan-as and this project charge 1).
FAULT_GAS_CASES: frozenset[str] = frozenset({
    "inst_load_u8_nok", "inst_store_u8_trap_inaccessible", "inst_store_u8_trap_read_only",
    "inst_store_imm_u8_trap_inaccessible", "inst_store_imm_u8_trap_read_only",
    *(f"inst_store_indirect_u{n}_with_offset_nok" for n in (8, 16, 32, 64)),
    *(f"inst_store_imm_indirect_u{n}_with_offset_nok" for n in (8, 16, 32, 64)),
})


def vectors_dir() -> Path:
    """The directory holding the vector JSON files (311 cases)."""
    return Path(__file__).resolve().parent / "test-vectors" / "programs"


def load_vectors() -> list[dict[str, Any]]:
    """Every vector, sorted by name."""
    return [json.loads(p.read_text()) for p in sorted(vectors_dir().glob("*.json"))]


def build_pvm(case: dict[str, Any], engine: Engine = Engine.NATIVE) -> Pvm:
    """A `Pvm` in the vector's initial state."""
    memory = Memory()
    for page in case["initial-page-map"]:
        memory.set_access(page["address"], page["length"], Access.WRITE if page["is-writable"] else Access.READ)
    for chunk in case["initial-memory"]:
        memory.write_bytes(chunk["address"], bytes(chunk["contents"]))
    blob = CodeBlob.decode(bytes(case["program"]))
    return Pvm(blob, case["initial-regs"], memory, case["initial-gas"], case["initial-pc"],
               engine=engine)
