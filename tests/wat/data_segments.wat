;; Data segments (several, one at a non-zero page offset) read by the program: reverses the argument bytes
;; between a prefix and a suffix stored in data segments, and appends a table lookup from a third segment.
;; args:
;; args: 61
;; args: 68656c6c6f
;; args: 0001020304050607
(module
  (memory (export "memory") 2 2)
  (data (i32.const 0x10) "<<")
  (data (i32.const 0x20) ">>")
  (data (i32.const 0x10000) "\de\ad\be\ef\01\23\45\67\89\ab\cd\ef\fe\dc\ba\98")
  (func (export "main") (param $p i32) (param $len i32) (result i64)
    (local $i i32) (local $out i32)
    (i32.store16 (i32.const 0x400) (i32.load16_u (i32.const 0x10)))
    (local.set $out (i32.const 0x402))
    (local.set $i (local.get $len))
    (block $done
      (loop $each
        (br_if $done (i32.eqz (local.get $i)))
        (local.set $i (i32.sub (local.get $i) (i32.const 1)))
        (i32.store8 (local.get $out) (i32.load8_u (i32.add (local.get $p) (local.get $i))))
        (local.set $out (i32.add (local.get $out) (i32.const 1)))
        (br $each)))
    (i32.store16 (local.get $out) (i32.load16_u (i32.const 0x20)))
    (i32.store8 offset=2 (local.get $out)
      (i32.load8_u offset=0x10000 (i32.and (local.get $len) (i32.const 15))))
    (i64.or (i64.const 0x400) (i64.shl (i64.extend_i32_u (i32.sub (i32.add (local.get $out) (i32.const 3))
                                                                    (i32.const 0x400))) (i64.const 32)))))
