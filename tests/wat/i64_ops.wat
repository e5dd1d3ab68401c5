;; i64 arithmetic and shifts on a, b (two i64 from args): add sub mul and or xor shl shr_s shr_u (counts masked),
;; plus i32 shifts of the low halves with counts >= 32; output 12 results of 8 bytes.
;; args: 0100000000000000 0200000000000000
;; args: ffffffffffffffff 4100000000000000
;; args: 0000000000000080 3f00000000000000
;; args: efcdab8967452301 2000000000000000
;; args: 1234567890abcdef c8ffffffffffffff
(module
  (memory (export "memory") 1 1)
  (func (export "main") (param $ptr i32) (param $len i32) (result i64)
    (local $a i64) (local $b i64)
    (local.set $a (i64.load (local.get $ptr)))
    (local.set $b (i64.load offset=8 (local.get $ptr)))
    (i64.store offset=0 (i32.const 0) (i64.add (local.get $a) (local.get $b)))
    (i64.store offset=8 (i32.const 0) (i64.sub (local.get $a) (local.get $b)))
    (i64.store offset=16 (i32.const 0) (i64.mul (local.get $a) (local.get $b)))
    (i64.store offset=24 (i32.const 0) (i64.and (local.get $a) (local.get $b)))
    (i64.store offset=32 (i32.const 0) (i64.or (local.get $a) (local.get $b)))
    (i64.store offset=40 (i32.const 0) (i64.xor (local.get $a) (local.get $b)))
    (i64.store offset=48 (i32.const 0) (i64.shl (local.get $a) (local.get $b)))
    (i64.store offset=56 (i32.const 0) (i64.shr_s (local.get $a) (local.get $b)))
    (i64.store offset=64 (i32.const 0) (i64.shr_u (local.get $a) (local.get $b)))
    (i64.store offset=72 (i32.const 0) (i64.extend_i32_s
      (i32.shl (i32.wrap_i64 (local.get $a)) (i32.wrap_i64 (local.get $b)))))
    (i64.store offset=80 (i32.const 0) (i64.extend_i32_u
      (i32.shr_s (i32.wrap_i64 (local.get $a)) (i32.wrap_i64 (local.get $b)))))
    (i64.store offset=88 (i32.const 0) (i64.extend_i32_s
      (i32.shr_u (i32.wrap_i64 (local.get $a)) (i32.wrap_i64 (local.get $b)))))
    (i64.const 0x6000000000)))
