;; Every comparison (eqz eq ne lt gt le ge, signed and unsigned) for i32 and i64 on a, b (i64 from args),
;; packed as bits of one i64 result.
;; args: 0000000000000000 0000000000000000
;; args: 0100000000000000 0200000000000000
;; args: ffffffffffffffff 0100000000000000
;; args: 0000008000000000 ffffff7f00000000
;; args: 0000000000000080 ffffffffffffff7f
;; args: 0500000001000000 0500000002000000
(module
  (memory (export "memory") 1 1)
  (func (export "main") (param $p i32) (param $len i32) (result i64)
    (local $a i64) (local $b i64) (local $x i32) (local $y i32) (local $bits i64)
    (local.set $a (i64.load (local.get $p)))
    (local.set $b (i64.load offset=8 (local.get $p)))
    (local.set $x (i32.wrap_i64 (local.get $a)))
    (local.set $y (i32.wrap_i64 (local.get $b)))
    (local.set $bits (i64.or (i64.or (i64.or (i64.or
      (i64.extend_i32_u (i32.eqz (local.get $x)))
      (i64.shl (i64.extend_i32_u (i32.eq (local.get $x) (local.get $y))) (i64.const 1)))
      (i64.shl (i64.extend_i32_u (i32.ne (local.get $x) (local.get $y))) (i64.const 2)))
      (i64.or (i64.shl (i64.extend_i32_u (i32.lt_s (local.get $x) (local.get $y))) (i64.const 3))
              (i64.shl (i64.extend_i32_u (i32.lt_u (local.get $x) (local.get $y))) (i64.const 4))))
      (i64.or (i64.or (i64.shl (i64.extend_i32_u (i32.gt_s (local.get $x) (local.get $y))) (i64.const 5))
                      (i64.shl (i64.extend_i32_u (i32.gt_u (local.get $x) (local.get $y))) (i64.const 6)))
              (i64.or (i64.or (i64.shl (i64.extend_i32_u (i32.le_s (local.get $x) (local.get $y))) (i64.const 7))
                              (i64.shl (i64.extend_i32_u (i32.le_u (local.get $x) (local.get $y))) (i64.const 8)))
                      (i64.or (i64.shl (i64.extend_i32_u (i32.ge_s (local.get $x) (local.get $y))) (i64.const 9))
                              (i64.shl (i64.extend_i32_u (i32.ge_u (local.get $x) (local.get $y))) (i64.const 10)))))))
    (local.set $bits (i64.or (local.get $bits) (i64.shl (i64.or (i64.or (i64.or (i64.or
      (i64.extend_i32_u (i64.eqz (local.get $a)))
      (i64.shl (i64.extend_i32_u (i64.eq (local.get $a) (local.get $b))) (i64.const 1)))
      (i64.shl (i64.extend_i32_u (i64.ne (local.get $a) (local.get $b))) (i64.const 2)))
      (i64.or (i64.shl (i64.extend_i32_u (i64.lt_s (local.get $a) (local.get $b))) (i64.const 3))
              (i64.shl (i64.extend_i32_u (i64.lt_u (local.get $a) (local.get $b))) (i64.const 4))))
      (i64.or (i64.or (i64.shl (i64.extend_i32_u (i64.gt_s (local.get $a) (local.get $b))) (i64.const 5))
                      (i64.shl (i64.extend_i32_u (i64.gt_u (local.get $a) (local.get $b))) (i64.const 6)))
              (i64.or (i64.or (i64.shl (i64.extend_i32_u (i64.le_s (local.get $a) (local.get $b))) (i64.const 7))
                              (i64.shl (i64.extend_i32_u (i64.le_u (local.get $a) (local.get $b))) (i64.const 8)))
                      (i64.or (i64.shl (i64.extend_i32_u (i64.ge_s (local.get $a) (local.get $b))) (i64.const 9))
                              (i64.shl (i64.extend_i32_u (i64.ge_u (local.get $a) (local.get $b))) (i64.const 10))))))
      (i64.const 16))))
    (i64.store (i32.const 0) (local.get $bits))
    (i64.const 0x800000000)))
