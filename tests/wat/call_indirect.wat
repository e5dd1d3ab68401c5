;; call_indirect through a table: each 2-byte argument record (index, x) calls table[index](x).
;; Index 0..3 have type (i32) -> i32; index 4 has type (i32, i32) -> i32 (signature mismatch: trap);
;; index 5 is an empty element (trap); index >= 6 is out of range (trap).
;; args: 000a
;; args: 00070107020703070007
;; args: 0405
;; args: 0500
;; args: 0600
;; args: ff00
;; args: 0103
(module
  (memory (export "memory") 1 1)
  (type $unary (func (param i32) (result i32)))
  (type $binary (func (param i32 i32) (result i32)))
  (type $unary_again (func (param i32) (result i32)))
  (table 6 funcref)
  (elem (i32.const 0) $double $square $negate $popc $add)
  (func $double (type $unary) (i32.shl (local.get 0) (i32.const 1)))
  (func $square (type $unary) (i32.mul (local.get 0) (local.get 0)))
  (func $negate (type $unary_again) (i32.sub (i32.const 0) (local.get 0)))
  (func $popc (param i32) (result i32) (i32.popcnt (local.get 0)))
  (func $add (type $binary) (i32.add (local.get 0) (local.get 1)))
  (func (export "main") (param $ptr i32) (param $len i32) (result i64)
    (local $i i32) (local $out i32)
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (i32.add (local.get $i) (i32.const 1)) (local.get $len)))
        (i32.store offset=512 (local.get $out)
          (call_indirect (type $unary)
            (i32.load8_u offset=1 (i32.add (local.get $ptr) (local.get $i)))
            (i32.load8_u (i32.add (local.get $ptr) (local.get $i)))))
        (local.set $out (i32.add (local.get $out) (i32.const 4)))
        (local.set $i (i32.add (local.get $i) (i32.const 2)))
        (br $each)))
    (i64.or (i64.const 512) (i64.shl (i64.extend_i32_u (local.get $out)) (i64.const 32)))))
