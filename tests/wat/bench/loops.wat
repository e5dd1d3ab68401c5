;; Benchmark: two consecutive counting loops over n = 500: the first sums i for i < n, the second sums
;; i * i for i < n (mod 2^32). Args: n as u32; output: both sums as two u32 (124750, 41541750 for n = 500).
;; args: f4010000
(module
  (memory (export "memory") 1 1)
  (func (export "main") (param $ptr i32) (param $len i32) (result i64)
    (local $n i32) (local $i i32) (local $s1 i32) (local $s2 i32)
    (local.set $n (i32.load (local.get $ptr)))
    (block $done1
      (loop $l1
        (br_if $done1 (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $s1 (i32.add (local.get $s1) (local.get $i)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l1)))
    (local.set $i (i32.const 0))
    (block $done2
      (loop $l2
        (br_if $done2 (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $s2 (i32.add (local.get $s2) (i32.mul (local.get $i) (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l2)))
    (i32.store (i32.const 0) (local.get $s1))
    (i32.store (i32.const 4) (local.get $s2))
    (i64.const 0x800000000)))
