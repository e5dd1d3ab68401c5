;; Loads and stores of every width with static offsets, sign and zero extension: the 16 argument bytes are
;; copied to 0x300, then read back as every load form and rewritten with every store form; output 0x98 bytes.
;; args: 0102030405060708090a0b0c0d0e0f10
;; args: 8081828384858687f8f9fafbfcfdfeff
;; args: ffffffffffffffffffffffffffffffff
(module
  (memory (export "memory") 1 1)
  (func (export "main") (param $p i32) (param $len i32) (result i64)
    (local $base i32)
    (memory.copy (i32.const 0x300) (local.get $p) (i32.const 16))
    (local.set $base (i32.const 0x2f0))
    (i64.store offset=0x000 (i32.const 0) (i64.extend_i32_u (i32.load offset=0x10 (local.get $base))))
    (i64.store offset=0x008 (i32.const 0) (i64.extend_i32_u (i32.load8_s offset=0x18 (local.get $base))))
    (i64.store offset=0x010 (i32.const 0) (i64.extend_i32_u (i32.load8_u offset=0x19 (local.get $base))))
    (i64.store offset=0x018 (i32.const 0) (i64.extend_i32_u (i32.load16_s offset=0x1a (local.get $base))))
    (i64.store offset=0x020 (i32.const 0) (i64.extend_i32_u (i32.load16_u offset=0x1b (local.get $base))))
    (i64.store offset=0x028 (i32.const 0) (i64.load offset=0x13 (local.get $base)))
    (i64.store offset=0x030 (i32.const 0) (i64.load8_s offset=0x1f (local.get $base)))
    (i64.store offset=0x038 (i32.const 0) (i64.load8_u offset=0x1e (local.get $base)))
    (i64.store offset=0x040 (i32.const 0) (i64.load16_s offset=0x1d (local.get $base)))
    (i64.store offset=0x048 (i32.const 0) (i64.load16_u offset=0x1c (local.get $base)))
    (i64.store offset=0x050 (i32.const 0) (i64.load32_s offset=0x1b (local.get $base)))
    (i64.store offset=0x058 (i32.const 0) (i64.load32_u offset=0x1a (local.get $base)))
    ;; stores of every width over a pre-filled area
    (memory.fill (i32.const 0x60) (i32.const 0xEE) (i32.const 0x38))
    (i32.store8 offset=0x60 (i32.const 0) (i32.load (i32.const 0x300)))
    (i32.store16 offset=0x63 (i32.const 0) (i32.load (i32.const 0x304)))
    (i32.store offset=0x67 (i32.const 0) (i32.load (i32.const 0x308)))
    (i64.store8 offset=0x6d (i32.const 0) (i64.load (i32.const 0x308)))
    (i64.store16 offset=0x70 (i32.const 0) (i64.load (i32.const 0x301)))
    (i64.store32 offset=0x75 (i32.const 0) (i64.load (i32.const 0x302)))
    (i64.store offset=0x7b (i32.const 0) (i64.load (i32.const 0x303)))
    ;; dynamic address + static offset
    (i32.store8 offset=0x81 (i32.add (local.get $len) (i32.const -1)) (i32.const 0x77))
    (i64.const 0x9800000000)))
