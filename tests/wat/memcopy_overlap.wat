;; memory.copy with overlapping ranges (both directions) and memory.fill. Args: the bytes to work on (<= 64).
;; The args are copied to 0x100, then copied onto themselves shifted by +3 and by -2, then 4 bytes filled with
;; 0xAB at 0x101; output the 80 bytes at 0x100.
;; args:
;; args: 01
;; args: 000102030405060708090a0b0c0d0e0f
;; args: 48656c6c6f2c20576562417373656d626c79207468726f75676820504d2e
(module
  (memory (export "memory") 1 1)
  (func (export "main") (param $ptr i32) (param $len i32) (result i64)
    (memory.copy (i32.const 0x100) (local.get $ptr) (local.get $len))
    (memory.copy (i32.const 0x103) (i32.const 0x100) (local.get $len))
    (memory.copy (i32.const 0x101) (i32.const 0x103) (local.get $len))
    (memory.fill (i32.const 0x101) (i32.const 0x12AB) (i32.const 4))
    (memory.fill (i32.const 0x140) (i32.const 7) (i32.const 0))
    (i64.const 0x5000000100)))
