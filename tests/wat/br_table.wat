;; br_table dispatch: each argument byte selects a case (0..4, default otherwise) of a switch whose blocks
;; carry a value out; output one byte per argument byte.
;; args:
;; args: 00
;; args: 0001020304050607ff
;; args: 0404040303020100fe80
(module
  (memory (export "memory") 1 1)
  (func $classify (param $x i32) (result i32)
    (block $default (result i32)
      (block $c4 (result i32)
        (block $c3 (result i32)
          (block $c2 (result i32)
            (block $c1 (result i32)
              (block $c0 (result i32)
                (i32.mul (local.get $x) (i32.const 3))
                (br_table $c0 $c1 $c2 $c3 $c4 $c2 $default (local.get $x)))
              (return (i32.add (i32.const 100))))
            (return (i32.add (i32.const 110))))
          (return (i32.add (i32.const 120))))
        (return (i32.xor (i32.const 0x55))))
      (br 0 (i32.const 7)))
    (i32.add (i32.const 1)))
  (func (export "main") (param $ptr i32) (param $len i32) (result i64)
    (local $i i32)
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
        (i32.store8 offset=256 (local.get $i)
          (call $classify (i32.load8_u (i32.add (local.get $ptr) (local.get $i)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $each)))
    (i64.or (i64.const 256) (i64.shl (i64.extend_i32_u (local.get $len)) (i64.const 32)))))
