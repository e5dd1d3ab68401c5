;; memory.size and memory.grow within a declared maximum of 4 pages: grow by the arg byte (each grow result
;; recorded), -1 once past the maximum; writes and reads the last byte of the grown memory.
;; args: 00
;; args: 01
;; args: 02
;; args: 03
;; args: 04
;; args: ff
(module
  (memory (export "memory") 1 4)
  (func (export "main") (param $ptr i32) (param $len i32) (result i64)
    (local $delta i32) (local $top i32)
    (local.set $delta (i32.load8_u (local.get $ptr)))
    (i32.store (i32.const 0) (memory.size))
    (i32.store (i32.const 4) (memory.grow (local.get $delta)))
    (i32.store (i32.const 8) (memory.size))
    (i32.store (i32.const 12) (memory.grow (i32.const 1)))
    (i32.store (i32.const 16) (memory.grow (i32.const 0)))
    (i32.store (i32.const 20) (memory.size))
    (local.set $top (i32.sub (i32.mul (memory.size) (i32.const 65536)) (i32.const 1)))
    (i32.store (i32.const 24) (i32.load8_u (local.get $top)))
    (i32.store8 (local.get $top) (i32.const 0x5A))
    (i32.store (i32.const 28) (i32.load8_u (local.get $top)))
    (i64.const 0x2000000000)))
