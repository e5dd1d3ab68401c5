"""Unit scenarios of the WASM frontend: the module-level contract (entry wrapper, memory constants, host calls,
data segments) and the errors a user can cause.

References: hand-derived facts from issue 3's memory model and ABI, the WebAssembly spec for what must be
rejected, and LLVM itself (the O2 pipeline for the wasm32 target must accept and verify every translation).
"""

from __future__ import annotations

import re

import llvmlite.binding as llvm
import pytest

from pvm_backend.errors import InputError, UnsupportedError
from pvm_backend.frontend.wasm import (WASM32_DATALAYOUT, WASM32_TRIPLE, translate_wasm,
                                       wat_to_wasm)
from wasm_harness import OUTSIDE_ARGS_ADDRESS, WAT_DIR, JitRunner, Outcome

llvm.initialize_all_targets()
llvm.initialize_all_asmprinters()

MAIN = '(func (export "main") (param i32 i32) (result i64) {body})'


def _translate(wat: str, **kwargs: int) -> str:
    return translate_wasm(wat_to_wasm(wat), "test.wat", **kwargs)


def _optimise_wasm32(text: str) -> llvm.ModuleRef:
    module = llvm.parse_assembly(text, context=llvm.create_context())
    module.verify()
    tm = llvm.Target.from_triple(module.triple).create_target_machine(opt=2)
    pb = llvm.create_pass_builder(tm, llvm.create_pipeline_tuning_options(speed_level=2))
    pb.getModulePassManager().run(module, pb)
    module.verify()
    return module


@pytest.mark.parametrize("path", sorted(WAT_DIR.glob("*.wat")) + sorted((WAT_DIR / "bench").glob("*.wat")),
                         ids=lambda p: p.stem)
def test_translation_survives_the_wasm32_o2_pipeline(path) -> None:  # noqa: ANN001
    """Every corpus translation verifies, optimises for wasm32 and keeps `main(ptr, i32) -> i64`; SROA removes
    every local's alloca."""
    module = _optimise_wasm32(_translate(path.read_text()))
    assert module.triple == WASM32_TRIPLE
    main = module.get_function("main")
    assert not main.is_declaration
    assert str(main.global_value_type) == "i64 (ptr, i32)"
    for fn in module.functions:
        for block in fn.blocks:
            assert all(inst.opcode != "alloca" for inst in block.instructions), fn.name


def test_module_header_and_memory_constants() -> None:
    text = _translate('(module (memory 2 5) ' + MAIN.format(body="(i64.const 0)") + ")")
    assert f'target triple = "{WASM32_TRIPLE}"' in text
    assert f'target datalayout = "{WASM32_DATALAYOUT}"' in text
    assert re.search(r'@"?__wasm_memory_pages"? = constant \[2 x i32\] \[i32 2, i32 5\]', text)
    assert re.search(r'@"?__wasm_memory"? = external global \[0 x i8\]', text)  # the linker places it
    assert "__wasm_memory_image" not in text  # no data segment: no image


def test_memory_without_maximum_gets_the_default_limit() -> None:
    text = _translate('(module (memory 3) ' + MAIN.format(body="(i64.const 0)") + ")", default_max_pages=9)
    assert re.search(r'__wasm_memory_pages"? = constant \[2 x i32\] \[i32 3, i32 9\]', text)


def test_data_segments_become_the_initial_memory_image() -> None:
    """Active segments, applied in order (a later one overwrites an earlier one: WebAssembly spec 4.5.4), give
    the bytes of linear memory from address 0 to the last segment's end; no code copies them."""
    text = _translate('(module (memory 1 1) (data (i32.const 64) "\\01\\02\\03") (data (i32.const 65) "\\09") '
                      + MAIN.format(body="(i64.const 0)") + ")")
    image = re.search(r'@"?__wasm_memory_image"? = constant \[67 x i8\] c"(.*)"', text)
    assert image is not None and image.group(1) == "\\00" * 64 + "\\01\\09\\03"
    assert "memcpy" not in text and "__wasm_init" not in text


def test_host_calls_are_declared_with_i64_operands() -> None:
    wat = ('(module (import "env" "host_call_1" (func $h (param i64 i32) (result i32))) (memory 1 1) '
           + MAIN.format(body="(drop (call $h (i64.const 100) (i32.const 7))) (i64.const 0)") + ")")
    text = _translate(wat)
    assert re.search(r'declare i64 @"host_call_1"\(i64 %"?\.?\d*"?, i64 %"?\.?\d*"?\)', text)
    assert re.search(r'call i64 @"host_call_1"\(i64 100, i64 %', text)


def test_arguments_outside_linear_memory_wrap_back() -> None:
    """SPI's arguments sit outside linear memory (0xFEFF0000); the wrapper passes args_ptr = address - base
    (mod 2^32) and base + args_ptr wraps back: an echo program must return the argument bytes."""
    wat = ('(module (memory (export "memory") 1 1) '
           + MAIN.format(body="(memory.copy (i32.const 16) (local.get 0) (local.get 1)) "
                              "(i64.or (i64.const 16) (i64.shl (i64.extend_i32_u (local.get 1)) (i64.const 32)))")
           + ")")
    runner = JitRunner(wat_to_wasm(wat), optimize=True)
    args = bytes(range(1, 40))
    assert runner.run(args, args_address=OUTSIDE_ARGS_ADDRESS) == Outcome("ok", args)


def test_wrapper_returns_the_wasm_output_pointer() -> None:
    """WASM main returning (ptr 0x20, len 3) makes `main` return the same: the entry stub adds the base (abi
    "Entry"; tests/test_wasm_link.py runs such programs)."""
    text = _translate('(module (memory 1 1) ' + MAIN.format(body="(i64.const 0x300000020)") + ")")
    module = _optimise_wasm32(text)
    body = str(module.get_function("main"))
    assert f"ret i64 {0x20 | 3 << 32}" in body


def test_float_instruction_is_unsupported_naming_function_and_instruction() -> None:
    wat = '(module ' + MAIN.format(body="(drop (f64.add (f64.const 1) (f64.const 2))) (i64.const 0)") + ")"
    with pytest.raises(UnsupportedError) as info:
        _translate(wat)
    assert "floating point is not supported on PVM" in str(info.value)
    assert info.value.function == "main"
    assert info.value.instruction is not None and "f64" in info.value.instruction
    assert "\n" not in str(info.value)


def test_float_parameter_is_unsupported() -> None:
    with pytest.raises(UnsupportedError, match="floating point is not supported on PVM") as info:
        _translate('(module (func $f (export "scale") (param f32) (result i32) (i32.const 0)))')
    assert info.value.function == "scale"


def test_unknown_import_is_named() -> None:
    with pytest.raises(UnsupportedError, match=r"test\.wat: import env\.print_line \(i32\) -> \(\) is not resolved: "
                                               r"map it with --imports FILE .* or provide it with --adapter"):
        _translate('(module (import "env" "print_line" (func (param i32))))')


def test_wrong_entry_signature_is_rejected() -> None:
    with pytest.raises(UnsupportedError, match=r"\(i32, i32\) -> i64"):
        _translate('(module (func (export "main") (param i32) (result i32) (local.get 0)))')


def test_multi_value_function_result_is_unsupported() -> None:
    with pytest.raises(UnsupportedError, match="more than one result"):
        _translate('(module (func (export "two") (result i32 i32) (i32.const 1) (i32.const 2)))')


def test_malformed_inputs_are_input_errors() -> None:
    with pytest.raises(InputError):
        wat_to_wasm("(module (func (result i32)))x")
    with pytest.raises(InputError):
        translate_wasm(b"\0asm\x01\0\0\0\x99garbage")
    invalid = wat_to_wasm('(module (func (result i32) (i32.const 1)))')
    with pytest.raises(InputError):
        translate_wasm(invalid.replace(b"\x41\x01", b"\x42\x01"))  # i64.const where i32 is expected


def test_data_segment_outside_initial_memory_is_an_input_error() -> None:
    with pytest.raises(InputError, match="data segment 0"):
        _translate('(module (memory 1 2) (data (i32.const 65535) "ab"))')


def test_unsupported_instructions_are_named() -> None:
    with pytest.raises(UnsupportedError, match="memory.init") as info:
        _translate('(module (memory 1) (data "ab") (func (export "f") '
                   '(memory.init 0 (i32.const 0) (i32.const 0) (i32.const 1))))')
    assert info.value.function == "f"
    with pytest.raises(UnsupportedError, match="not supported"):
        _translate('(module (func $g) (func (export "f") (return_call $g)))')  # valid, but pywasm cannot decode it
