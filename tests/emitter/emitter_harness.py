"""Test harness for the emitter: run one LLVM IR function on the PVM (through pvmc) and on the host (MCJIT).

`OpCase(body_ir, arity)` describes a function ``i64 @f(i64 %a0, ..., i64 %a{arity-1})``. `pvm_program` wraps it
in a wasm32 module whose ``@main`` reads the arity i64 arguments from the SPI argument buffer, calls ``@f`` and
returns its i64 result as 8 output bytes; `jit_function` compiles the same ``@f`` for the host with llvmlite
MCJIT (the independent reference, TOOLCHAIN.md) and returns a ctypes callable.
"""

from __future__ import annotations

import ctypes
import functools
import struct

import llvmlite.binding as llvm

from pvm_backend.frontend.load import module_from_text
from pvm_backend.interpreter import Status, run_spi
from pvm_backend.driver import build_program

WASM_HEADER = ('target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"\n'
               'target triple = "wasm32-unknown-unknown"\n')
MASK64 = (1 << 64) - 1


def f_source(body: str, arity: int) -> str:
    """The text of ``define i64 @f(i64 %a0, ...) { body }`` (body: instructions, ending in ret i64)."""
    params = ", ".join(f"i64 %a{i}" for i in range(arity))
    return f"define i64 @f({params}) {{\n{body}\n}}\n"


def main_source(arity: int) -> str:
    """``@main(ptr, i32) -> i64``: loads `arity` i64 arguments, calls @f, returns 8 bytes holding the result."""
    lines = ["@out = global i64 0", "define i64 @main(ptr %args, i32 %len) {"]
    for i in range(arity):
        lines.append(f"  %p{i} = getelementptr i8, ptr %args, i32 {8 * i}")
        lines.append(f"  %v{i} = load i64, ptr %p{i}")
    call_args = ", ".join(f"i64 %v{i}" for i in range(arity))
    lines += [f"  %r = call i64 @f({call_args})", "  store i64 %r, ptr @out",
              "  %pi = ptrtoint ptr @out to i64", "  %res = or i64 %pi, 34359738368", "  ret i64 %res", "}"]
    return "\n".join(lines) + "\n"


@functools.lru_cache(maxsize=512)
def pvm_program(body: str, arity: int, extra: str = ""):  # noqa: ANN201 - StandardProgram
    """Compile @f + @main (and `extra` module text) with pvmc at -O0."""
    text = WASM_HEADER + extra + f_source(body, arity) + main_source(arity)
    return build_program(module_from_text(text, 0)).program


def run_pvm(body: str, args: tuple[int, ...], extra: str = "", gas: int = 10**7) -> int:
    """Run @f on the reference interpreter; the i64 result as an unsigned int. Fails unless it halts."""
    program = pvm_program(body, len(args), extra)
    result = run_spi(program, b"".join(struct.pack("<Q", a & MASK64) for a in args), gas)
    assert result.status is Status.HALT, (result.status, result.pc)
    assert len(result.output) == 8
    return struct.unpack("<Q", result.output)[0]


_ENGINES: list[object] = []


@functools.lru_cache(maxsize=512)
def jit_function(body: str, arity: int, extra: str = ""):  # noqa: ANN201 - ctypes function
    """@f compiled for the host by MCJIT; call it with `arity` ints, get an unsigned 64-bit int."""
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    target = llvm.Target.from_default_triple()
    tm = target.create_target_machine()
    text = f'target triple = "{llvm.get_default_triple()}"\n' + extra + f_source(body, arity)
    module = llvm.parse_assembly(text, context=llvm.create_context())
    module.data_layout = str(tm.target_data)
    module.verify()
    engine = llvm.create_mcjit_compiler(module, tm)
    engine.finalize_object()
    _ENGINES.append(engine)  # keep the code alive
    address = engine.get_function_address("f")
    return ctypes.CFUNCTYPE(ctypes.c_uint64, *([ctypes.c_uint64] * arity))(address)


def run_jit(body: str, args: tuple[int, ...], extra: str = "") -> int:
    """Run @f on the host (MCJIT)."""
    return jit_function(body, len(args), extra)(*(a & MASK64 for a in args)) & MASK64
