;; Trial-division primality of a u32 from args; output 1 byte (1 = prime).
;; args: 00000000
;; args: 01000000
;; args: 02000000
;; args: 19000000
;; args: 61000000
;; args: ffffff7f
;; args: 4d040100
(module
  (memory (export "memory") 1 1)
  (func $is_prime (param $n i32) (result i32)
    (local $d i32)
    (if (i32.lt_u (local.get $n) (i32.const 2)) (then (return (i32.const 0))))
    (local.set $d (i32.const 2))
    (block $done
      (loop $try
        (br_if $done (i32.gt_u (i32.mul (local.get $d) (local.get $d)) (local.get $n)))
        (if (i32.eqz (i32.rem_u (local.get $n) (local.get $d))) (then (return (i32.const 0))))
        (local.set $d (i32.add (local.get $d) (i32.const 1)))
        ;; stop before d*d overflows 32 bits
        (br_if $done (i32.gt_u (local.get $d) (i32.const 65535)))
        (br $try)))
    (i32.const 1))
  (func (export "main") (param $ptr i32) (param $len i32) (result i64)
    (i32.store8 (i32.const 0) (call $is_prime (i32.load (local.get $ptr))))
    (i64.const 0x100000000)))
