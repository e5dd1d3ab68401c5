;; Benchmark: iterative Fibonacci, fib(20) = 6765. Args: n as u32; output: fib(n) mod 2^32 as a u32.
;; args: 14000000
(module
  (memory (export "memory") 1 1)
  (func (export "main") (param $ptr i32) (param $len i32) (result i64)
    (local $n i32) (local $a i32) (local $b i32) (local $t i32)
    (local.set $n (i32.load (local.get $ptr)))
    (local.set $b (i32.const 1))
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $t (i32.add (local.get $a) (local.get $b)))
        (local.set $a (local.get $b))
        (local.set $b (local.get $t))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $next)))
    (i32.store (i32.const 0) (local.get $a))
    (i64.const 0x400000000)))
