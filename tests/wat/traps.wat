;; Traps that are not division: `unreachable` when the first argument byte is 1, the `abort` import when it is
;; 2, a trap in a callee two calls deep when it is 3; otherwise a normal result. Output 4 bytes.
;; args: 00
;; args: 01
;; args: 02
;; args: 03
;; args: 04
(module
  (import "env" "abort" (func $abort (param i32 i32 i32 i32)))
  (memory (export "memory") 1 1)
  (func $deep (param $x i32) (result i32)
    (if (i32.eq (local.get $x) (i32.const 3)) (then unreachable))
    (i32.mul (local.get $x) (i32.const 10)))
  (func $middle (param $x i32) (result i32) (i32.add (call $deep (local.get $x)) (i32.const 1)))
  (func (export "main") (param $p i32) (param $len i32) (result i64)
    (local $x i32)
    (local.set $x (i32.load8_u (local.get $p)))
    (block $ok
      (br_if $ok (i32.gt_u (local.get $x) (i32.const 2)))
      (br_if $ok (i32.eqz (local.get $x)))
      (if (i32.eq (local.get $x) (i32.const 1)) (then unreachable))
      (call $abort (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0)))
    (i32.store (i32.const 0) (call $middle (local.get $x)))
    (i64.const 0x400000000)))
