;; Recursive factorial in i64 (wraps mod 2^64): n = u32 from args; output n! as 8 bytes LE.
;; args: 00000000
;; args: 01000000
;; args: 05000000
;; args: 0a000000
;; args: 14000000
;; args: 19000000
(module
  (memory (export "memory") 1 1)
  (func $fact (param $n i64) (result i64)
    (if (result i64) (i64.le_u (local.get $n) (i64.const 1))
      (then (i64.const 1))
      (else (i64.mul (local.get $n) (call $fact (i64.sub (local.get $n) (i64.const 1)))))))
  (func (export "main") (param $ptr i32) (param $len i32) (result i64)
    (i64.store (i32.const 0) (call $fact (i64.load32_u (local.get $ptr))))
    (i64.const 0x800000000)))
