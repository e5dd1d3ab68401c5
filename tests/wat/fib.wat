;; Iterative Fibonacci: n = u32 from args; output fib(n) mod 2^64 as 8 bytes LE.
;; args: 00000000
;; args: 01000000
;; args: 02000000
;; args: 0a000000
;; args: 14000000
;; args: 5d000000
;; args: e8030000
(module
  (memory (export "memory") 1 1)
  (func $fib (param $n i32) (result i64)
    (local $a i64) (local $b i64)
    (local.set $b (i64.const 1))
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $n)))
        ;; (a, b) := (b, a + b), with local.tee updating a in the middle of the expression
        (local.set $b (i64.add (local.get $a) (local.tee $a (local.get $b))))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $next)))
    (local.get $a))
  (func (export "main") (param $ptr i32) (param $len i32) (result i64)
    (i64.store (i32.const 0) (call $fib (i32.load (local.get $ptr))))
    (i64.const 0x800000000)))
