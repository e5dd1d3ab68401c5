;; Functions whose result is one constant (tests/verifier/test_check_code.py). At -O0 each entry block is only a
;; branch to the return block, whose phi takes the constant; in main the branch follows a call.
(module
  (func $answer (export "answer") (result i64) (i64.const 42))
  (func (export "main") (param i32 i32) (result i64) (drop (call $answer)) (i64.const 7)))
