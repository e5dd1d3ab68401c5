;; Division and remainder with WASM's traps. Args: op byte, then a, b as i64. op 0..3: i32 div_s div_u rem_s
;; rem_u of the low halves; op 4..7: the same for i64. Division by zero and INT_MIN / -1 (div_s) trap;
;; INT_MIN rem_s -1 is 0.
;; args: 00 0700000000000000 0200000000000000
;; args: 00 f9ffffffffffffff 0200000000000000
;; args: 01 f9ffffff00000000 0200000000000000
;; args: 02 f9ffffffffffffff 0200000000000000
;; args: 03 f9ffffff00000000 0300000000000000
;; args: 00 0700000000000000 0000000000000000
;; args: 03 0700000000000000 0000000000000000
;; args: 00 0000008000000000 ffffffff00000000
;; args: 02 0000008000000000 ffffffff00000000
;; args: 04 0000000000000080 ffffffffffffffff
;; args: 06 0000000000000080 ffffffffffffffff
;; args: 05 ffffffffffffffff 0300000000000000
;; args: 07 0000000000000000 0000000000000000
;; args: 04 f9ffffffffffffff feffffffffffffff
(module
  (memory (export "memory") 1 1)
  (func $op32 (param $op i32) (param $a i32) (param $b i32) (result i32)
    (block $rem_u (block $rem_s (block $div_u (block $div_s
      (br_table $div_s $div_u $rem_s $rem_u (local.get $op)))
      (return (i32.div_s (local.get $a) (local.get $b))))
      (return (i32.div_u (local.get $a) (local.get $b))))
      (return (i32.rem_s (local.get $a) (local.get $b))))
    (i32.rem_u (local.get $a) (local.get $b)))
  (func $op64 (param $op i32) (param $a i64) (param $b i64) (result i64)
    (block $rem_u (block $rem_s (block $div_u (block $div_s
      (br_table $div_s $div_u $rem_s $rem_u (local.get $op)))
      (return (i64.div_s (local.get $a) (local.get $b))))
      (return (i64.div_u (local.get $a) (local.get $b))))
      (return (i64.rem_s (local.get $a) (local.get $b))))
    (i64.rem_u (local.get $a) (local.get $b)))
  (func (export "main") (param $ptr i32) (param $len i32) (result i64)
    (local $op i32)
    (local.set $op (i32.load8_u (local.get $ptr)))
    (if (i32.lt_u (local.get $op) (i32.const 4))
      (then (i64.store (i32.const 0) (i64.extend_i32_u
              (call $op32 (local.get $op) (i32.load offset=1 (local.get $ptr)) (i32.load offset=9 (local.get $ptr))))))
      (else (i64.store (i32.const 0)
              (call $op64 (i32.and (local.get $op) (i32.const 3))
                          (i64.load offset=1 (local.get $ptr)) (i64.load offset=9 (local.get $ptr))))))
    (i64.const 0x800000000)))
