;; rotl/rotr for i32 and i64 with counts from args (any count, taken modulo the width): a (i64), b (i64);
;; output i32.rotl, i32.rotr, i64.rotl, i64.rotr as 4 x 8 bytes.
;; args: 0100000000000000 0100000000000000
;; args: 0100000080000000 2100000000000000
;; args: efcdab8967452301 4100000000000000
;; args: ffff0000ffff0000 ffffffffffffffff
;; args: 8000000000000080 0000000000000000
(module
  (memory (export "memory") 1 1)
  (func (export "main") (param $ptr i32) (param $len i32) (result i64)
    (local $a i64) (local $b i64)
    (local.set $a (i64.load (local.get $ptr)))
    (local.set $b (i64.load offset=8 (local.get $ptr)))
    (i64.store offset=0 (i32.const 0) (i64.extend_i32_u
      (i32.rotl (i32.wrap_i64 (local.get $a)) (i32.wrap_i64 (local.get $b)))))
    (i64.store offset=8 (i32.const 0) (i64.extend_i32_u
      (i32.rotr (i32.wrap_i64 (local.get $a)) (i32.wrap_i64 (local.get $b)))))
    (i64.store offset=16 (i32.const 0) (i64.rotl (local.get $a) (local.get $b)))
    (i64.store offset=24 (i32.const 0) (i64.rotr (local.get $a) (local.get $b)))
    (i64.const 0x2000000000)))
