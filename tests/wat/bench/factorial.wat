;; Benchmark: factorial(10) = 3628800, iterative. Args: n as u32; output: n! mod 2^32 as a u32.
;; args: 0a000000
(module
  (memory (export "memory") 1 1)
  (func (export "main") (param $ptr i32) (param $len i32) (result i64)
    (local $n i32) (local $acc i32)
    (local.set $n (i32.load (local.get $ptr)))
    (local.set $acc (i32.const 1))
    (block $done
      (loop $next
        (br_if $done (i32.le_u (local.get $n) (i32.const 1)))
        (local.set $acc (i32.mul (local.get $acc) (local.get $n)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $next)))
    (i32.store (i32.const 0) (local.get $acc))
    (i64.const 0x400000000)))
