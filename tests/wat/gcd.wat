;; Euclid's gcd of two u32 from args (8 bytes); output gcd as 4 bytes LE. gcd(0, 0) = 0.
;; args: 0c00000012000000
;; args: 0000000007000000
;; args: 0700000000000000
;; args: 0000000000000000
;; args: ffffffff0f000000
;; args: 90b1e7ff3c1d0500
(module
  (memory (export "memory") 1 1)
  (func $gcd (param $a i32) (param $b i32) (result i32)
    (local $t i32)
    (block $done
      (loop $step
        (br_if $done (i32.eqz (local.get $b)))
        (local.set $t (i32.rem_u (local.get $a) (local.get $b)))
        (local.set $a (local.get $b))
        (local.set $b (local.get $t))
        (br $step)))
    (local.get $a))
  (func (export "main") (param $ptr i32) (param $len i32) (result i64)
    (i32.store (i32.const 0)
      (call $gcd (i32.load (local.get $ptr)) (i32.load offset=4 (local.get $ptr))))
    (i64.const 0x400000000)))
