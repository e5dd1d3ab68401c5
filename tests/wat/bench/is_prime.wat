;; Benchmark: is_prime(25) = 0, trial division by odd divisors. Args: n as u32; output: 1 if prime else 0, u32.
;; args: 19000000
(module
  (memory (export "memory") 1 1)
  (func $is_prime (param $n i32) (result i32)
    (local $d i32)
    (if (i32.lt_u (local.get $n) (i32.const 2)) (then (return (i32.const 0))))
    (if (i32.lt_u (local.get $n) (i32.const 4)) (then (return (i32.const 1))))
    (if (i32.eqz (i32.and (local.get $n) (i32.const 1))) (then (return (i32.const 0))))
    (local.set $d (i32.const 3))
    (block $done
      (loop $try
        (br_if $done (i32.gt_u (i32.mul (local.get $d) (local.get $d)) (local.get $n)))
        (if (i32.eqz (i32.rem_u (local.get $n) (local.get $d))) (then (return (i32.const 0))))
        (local.set $d (i32.add (local.get $d) (i32.const 2)))
        (br $try)))
    (i32.const 1))
  (func (export "main") (param $ptr i32) (param $len i32) (result i64)
    (i32.store (i32.const 0) (call $is_prime (i32.load (local.get $ptr))))
    (i64.const 0x400000000)))
