;; Recursion: Ackermann(m, n) (m, n bytes from args) and a mutually recursive even/odd on n.
;; Output: ack as 4 bytes, then is_even(n) as 4 bytes.
;; args: 0000
;; args: 0103
;; args: 0203
;; args: 0303
;; args: 0205
(module
  (memory (export "memory") 1 1)
  (func $ack (param $m i32) (param $n i32) (result i32)
    (if (result i32) (i32.eqz (local.get $m))
      (then (i32.add (local.get $n) (i32.const 1)))
      (else
        (if (result i32) (i32.eqz (local.get $n))
          (then (call $ack (i32.sub (local.get $m) (i32.const 1)) (i32.const 1)))
          (else (call $ack (i32.sub (local.get $m) (i32.const 1))
                           (call $ack (local.get $m) (i32.sub (local.get $n) (i32.const 1)))))))))
  (func $even (param $n i32) (result i32)
    (if (result i32) (i32.eqz (local.get $n)) (then (i32.const 1))
      (else (call $odd (i32.sub (local.get $n) (i32.const 1))))))
  (func $odd (param $n i32) (result i32)
    (if (result i32) (i32.eqz (local.get $n)) (then (i32.const 0))
      (else (call $even (i32.sub (local.get $n) (i32.const 1))))))
  (func (export "main") (param $ptr i32) (param $len i32) (result i64)
    (i32.store (i32.const 0)
      (call $ack (i32.load8_u (local.get $ptr)) (i32.load8_u offset=1 (local.get $ptr))))
    (i32.store (i32.const 4) (call $even (i32.load8_u offset=1 (local.get $ptr))))
    (i64.const 0x800000000)))
