;; Mutable and immutable globals (i32 and i64), including a global initialised from an immutable one:
;; a counter global is bumped once per argument byte, a running i64 hash kept in a global.
;; args:
;; args: 00
;; args: 0102030405
;; args: ffffffffffffffffffffffff
(module
  (memory (export "memory") 1 1)
  (global $seed i64 (i64.const 0xcbf29ce484222325))
  (global $prime i64 (i64.const 0x100000001b3))
  (global $hash (mut i64) (global.get $seed))
  (global $count (mut i32) (i32.const 0))
  (global $step i32 (i32.const 3))
  (func $mix (param $byte i32)
    (global.set $hash (i64.mul (i64.xor (global.get $hash) (i64.extend_i32_u (local.get $byte))) (global.get $prime)))
    (global.set $count (i32.add (global.get $count) (global.get $step))))
  (func (export "main") (param $p i32) (param $len i32) (result i64)
    (local $i i32)
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
        (call $mix (i32.load8_u (i32.add (local.get $p) (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each)))
    (i64.store (i32.const 0) (global.get $hash))
    (i32.store (i32.const 8) (global.get $count))
    (i64.const 0xc00000000)))
