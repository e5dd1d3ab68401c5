;; clz / ctz / popcnt (i32 and i64, zero included) and the sign-extension operators on a (i64 from args);
;; output 11 x 8 bytes.
;; args: 0000000000000000
;; args: 0100000000000000
;; args: 8000000000000080
;; args: ff7f0080ffff0000
;; args: ffffffffffffffff
;; args: 0080000000800000
(module
  (memory (export "memory") 1 1)
  (func (export "main") (param $p i32) (param $len i32) (result i64)
    (local $a i64) (local $w i32)
    (local.set $a (i64.load (local.get $p)))
    (local.set $w (i32.wrap_i64 (local.get $a)))
    (i64.store offset=0 (i32.const 0) (i64.extend_i32_u (i32.clz (local.get $w))))
    (i64.store offset=8 (i32.const 0) (i64.extend_i32_u (i32.ctz (local.get $w))))
    (i64.store offset=16 (i32.const 0) (i64.extend_i32_u (i32.popcnt (local.get $w))))
    (i64.store offset=24 (i32.const 0) (i64.clz (local.get $a)))
    (i64.store offset=32 (i32.const 0) (i64.ctz (local.get $a)))
    (i64.store offset=40 (i32.const 0) (i64.popcnt (local.get $a)))
    (i64.store offset=48 (i32.const 0) (i64.extend_i32_u (i32.extend8_s (local.get $w))))
    (i64.store offset=56 (i32.const 0) (i64.extend_i32_u (i32.extend16_s (local.get $w))))
    (i64.store offset=64 (i32.const 0) (i64.extend8_s (local.get $a)))
    (i64.store offset=72 (i32.const 0) (i64.extend16_s (local.get $a)))
    (i64.store offset=80 (i32.const 0) (i64.extend32_s (local.get $a)))
    (i64.const 0x5800000000)))
