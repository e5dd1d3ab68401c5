"""C (through clang-16), bitcode and clang-16 assembly inputs, and the frontend's input errors.

Expected facts come from C and the wasm32 ABI (int 4 bytes, long long 8 bytes aligned 8, pointers 4 bytes,
structs returned through a pointer), from the C sources (case labels, initializers) and from which intrinsics
LLVM's -O2 pipeline is known to form; never from the frontend's own output.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from pvm_backend.errors import InputError
from pvm_backend.frontend.load import load_module
from pvm_backend.ir import Const, FunctionAddr, GlobalAddr, TypeKind, ValueRef

C_DIR = Path(__file__).parent / "c"
CLANG = shutil.which("clang-16") or shutil.which("clang") or "clang-16"
WASM = ["--target=wasm32-unknown-unknown", "-ffreestanding", "-fno-builtin"]


@pytest.fixture(scope="module")
def features():
    return load_module(C_DIR / "features.c", opt_level=2)


def test_c_function_names_and_signatures(features) -> None:
    defined = {f.name for f in features.functions if not f.is_declaration}
    assert defined == {"copy_pair", "clear", "copy_bytes", "smax", "umin", "rotl", "popcount", "add_checked",
                       "mul_checked", "mul128", "pick", "state", "reset", "divmod", "clamp_abs", "leading",
                       "swap32"}
    sig = {f.name: ([t.text for t in f.param_types], f.return_type.text) for f in features.functions}
    assert sig["copy_pair"] == (["ptr", "ptr"], "void")      # struct returned through a hidden pointer
    assert sig["smax"] == (["i32", "i32"], "i32")
    assert sig["popcount"] == (["i64"], "i32")
    assert sig["mul128"] == (["i128", "i128"], "i128")
    assert sig["add_checked"] == (["i32", "i32", "ptr"], "i32")
    for f in features.functions:
        assert [v.param_index for v in f.values[:len(f.param_types)]] == list(range(len(f.param_types)))


def test_o2_intrinsics_and_opcodes(features) -> None:
    callees = {i.callee for f in features.functions for i in f.instructions if i.opcode == "call"}
    for prefix in ("llvm.memcpy.", "llvm.memset.", "llvm.smax.i32", "llvm.umin.i32", "llvm.fshl.i32",
                   "llvm.ctpop.i64", "llvm.sadd.with.overflow.i32", "llvm.umul.with.overflow.i32", "llvm.abs.i32",
                   "llvm.ctlz.i32", "llvm.cttz.i32", "llvm.bswap.i32"):
        assert any(c is not None and c.startswith(prefix) for c in callees), prefix
    opcodes = {i.opcode for f in features.functions for i in f.instructions}
    assert {"switch", "select", "freeze", "extractvalue", "phi", "getelementptr"} <= opcodes
    mul128 = features.function("mul128")
    assert any(i.opcode == "mul" and i.type.bits == 128 for i in mul128.instructions)


def test_switch_cases_from_c(features) -> None:
    state = features.function("state")
    sw = state.blocks[0].terminator
    assert sw.opcode == "switch"
    assert sorted(v for v, _ in sw.switch_cases) == [0, 1, 2, 5, 9]
    assert sw.successors[1:] == tuple(b for _, b in sw.switch_cases)
    assert sw.operands == (ValueRef(0),)


def test_overflow_extractvalue_indices(features) -> None:
    f = features.function("add_checked")
    ev = [i for i in f.instructions if i.opcode == "extractvalue"]
    assert sorted(i.indices for i in ev) == [(0,), (1,)]
    by_index = {i.indices: i.type.bits for i in ev}
    assert by_index == {(0,): 32, (1,): 1}


def test_rotate_is_fshl_of_x_x_n(features) -> None:
    f = features.function("rotl")
    call = next(i for i in f.instructions if i.opcode == "call")
    assert call.callee == "llvm.fshl.i32"
    assert call.operands == (ValueRef(0), ValueRef(0), ValueRef(1))


def test_global_initializers_with_relocations() -> None:
    m = load_module(C_DIR / "globals.c", opt_level=2)
    g = {v.name: v for v in m.globals}
    n1, n2 = g["n1"], g["n2"]
    assert (n1.size, n1.align) == (24, 8)
    assert n1.data == (1).to_bytes(4, "little") + bytes(4) + (7).to_bytes(8, "little") + bytes(8)
    assert n2.data == (2).to_bytes(4, "little") + bytes(4) + b"\xff" * 8 + bytes(8)
    r1 = {r.offset: r for r in n1.relocations}
    assert set(r1) == {4, 16}
    assert r1[4].target == GlobalAddr("n2") and r1[4].size == 4
    name_a = r1[16].target
    assert isinstance(name_a, GlobalAddr) and name_a.offset == 0
    assert g[name_a.name].data == b"a\x00" and g[name_a.name].constant
    assert g["table"].data == b"".join(i.to_bytes(4, "little") for i in (1, 2, 3, 4))
    assert [(r.offset, r.size, r.target) for r in g["mid"].relocations] == [(0, 4, GlobalAddr("table", 8))]
    ops = g["ops"]
    assert ops.constant and ops.size == 8
    assert [(r.offset, r.target) for r in ops.relocations] == [(0, FunctionAddr("twice"))]


def test_bitcode_input(tmp_path: Path) -> None:
    bc = tmp_path / "globals.bc"
    subprocess.run([CLANG, "-O2", "-c", "-emit-llvm", *WASM, str(C_DIR / "globals.c"), "-o", str(bc)], check=True)
    m = load_module(bc, opt_level=0)
    assert m.triple == "wasm32-unknown-unknown"
    assert {f.name for f in m.functions if not f.is_declaration} == {"twice", "use"}   # twice: address taken
    assert m.function("use") is not None and m.function("use").param_types[0].bits == 32


def test_clang16_assembly_with_removed_constexprs(tmp_path: Path) -> None:
    """clang-16 prints ``or (i64 zext (i32 ptrtoint ...))`` constants that LLVM 22 no longer parses."""
    src = tmp_path / "ret.c"
    src.write_text("static unsigned char out[8];\n"
                   "unsigned long long main(void) { return (unsigned long long)(unsigned)out | (8ULL << 32); }\n")
    ll = tmp_path / "ret.ll"
    subprocess.run([CLANG, "-O2", "-S", "-emit-llvm", *WASM, str(src), "-o", str(ll)], check=True)
    assert "zext (i32 ptrtoint" in ll.read_text()
    main = load_module(ll, opt_level=0).function("main")
    assert main is not None
    ops = [o for i in main.instructions for o in i.operands]
    assert GlobalAddr("out") in ops
    assert Const(8 << 32, 64) in ops


def test_c_compile_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.c"
    bad.write_text("int f(void) { return undeclared_name; }\n")
    with pytest.raises(InputError) as info:
        load_module(bad)
    msg = str(info.value)
    assert msg.startswith(f"{bad}: clang failed: {bad}:1:")
    assert "error:" in msg and "undeclared_name" in msg and "\n" not in msg


def test_missing_clang(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(InputError) as info:
        load_module(C_DIR / "features.c")
    assert str(info.value) == "clang-16 not found: install the Debian package clang-16"


def test_unreadable_and_unknown_inputs(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unknown input type"):
        load_module(tmp_path / "x.txt")
    with pytest.raises(InputError, match="No such file"):
        load_module(tmp_path / "missing.ll")
    junk = tmp_path / "junk.bc"
    junk.write_bytes(b"not bitcode at all")
    with pytest.raises(InputError):
        load_module(junk)
    with pytest.raises(InputError, match="optimisation level"):
        load_module(C_DIR / "globals.c", opt_level=7)


def test_pointer_types_are_32_bits(features) -> None:
    f = features.function("copy_pair")
    assert all(t.kind is TypeKind.PTR and t.bits == 32 and t.size == 4 for t in f.param_types)
