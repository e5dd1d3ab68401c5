"""`llvm.assume` and what only it uses leave the IR view (frontend.function `_assumptions`): the view of a
function keeps every other instruction, ids stay dense, and a pure value with another use stays."""

from __future__ import annotations

from pvm_backend.frontend.load import module_from_text

SOURCE = """
declare void @llvm.assume(i1)

define i64 @f(i64 %n, i64 %m) {
entry:
  %only = icmp ult i64 %n, 100
  %wide = zext i1 %only to i64
  %chain = icmp ne i64 %wide, 0
  call void @llvm.assume(i1 %chain)
  %shared = icmp ugt i64 %m, 3
  call void @llvm.assume(i1 %shared)
  br i1 %shared, label %big, label %small
big:
  %unused = add i64 %n, 1
  ret i64 %n
small:
  ret i64 %m
}
"""


def test_assume_and_its_only_operands_leave_the_view() -> None:
    fn = module_from_text(SOURCE).function("f")
    assert fn is not None
    texts = [ins.text.strip() for block in fn.blocks for ins in block.instructions]
    assert not [t for t in texts if "assume" in t], texts
    # %chain, %wide and %only are used only on the way to an assume; %shared also feeds the branch
    assert not [t for t in texts if t.startswith(("%only", "%wide", "%chain"))], texts
    assert [t for t in texts if t.startswith("%shared")], texts
    # a pure value without any use is not the pass's business
    assert [t for t in texts if t.startswith("%unused")], texts
    ids = [ins.id for block in fn.blocks for ins in block.instructions]
    assert ids == list(range(len(ids)))
    assert [v.id for v in fn.values] == list(range(len(fn.values)))
