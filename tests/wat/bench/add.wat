;; Benchmark: add(5, 7). Args: two u32 (the benchmark input is 5, 7); output: their sum as a u32.
;; args: 0500000007000000
(module
  (memory (export "memory") 1 1)
  (func (export "main") (param $ptr i32) (param $len i32) (result i64)
    (i32.store (i32.const 0) (i32.add (i32.load (local.get $ptr)) (i32.load offset=4 (local.get $ptr))))
    (i64.const 0x400000000)))
