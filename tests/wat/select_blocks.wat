;; select, if/else with results, blocks with results left by br_if, and multi-value blocks (type-indexed
;; block types with parameters and two results). a, b: i32 from args; output 6 x 4 bytes.
;; args: 0300000005000000
;; args: 0500000003000000
;; args: 0000000000000000
;; args: fffffffff6ffffff
(module
  (memory (export "memory") 1 1)
  (type $pair (func (param i32 i32) (result i32 i32)))
  (type $acc (func (param i32) (result i32)))
  (func (export "main") (param $p i32) (param $len i32) (result i64)
    (local $a i32) (local $b i32) (local $i i32) (local $x i32) (local $y i32)
    (local.set $a (i32.load (local.get $p)))
    (local.set $b (i32.load offset=4 (local.get $p)))
    (i32.store offset=0 (i32.const 0) (select (local.get $a) (local.get $b) (i32.lt_s (local.get $a) (local.get $b))))
    (i32.store offset=4 (i32.const 0)
      (if (result i32) (i32.gt_u (local.get $a) (local.get $b))
        (then (i32.sub (local.get $a) (local.get $b)))
        (else (i32.sub (local.get $b) (local.get $a)))))
    (i32.store offset=8 (i32.const 0)
      (block $out (result i32)
        (br_if $out (i32.const 111) (i32.eq (local.get $a) (local.get $b)))
        (drop)
        (br_if $out (i32.const 222) (i32.lt_s (local.get $a) (i32.const 0)))
        (drop)
        (i32.const 333)))
    ;; multi-value block: swap a and b through a block with parameters and two results
    (local.get $a) (local.get $b)
    (block (type $pair)
      (local.set $i)
      (local.get $i)
      (br_if 0 (i32.lt_u (local.get $i) (i32.const 4)))
      (local.set $i)
      (i32.add (i32.const 1000))
      (local.get $i))
    (local.set $y)
    (local.set $x)
    (i32.store offset=12 (i32.const 0) (local.get $x))
    (i32.store offset=16 (i32.const 0) (local.get $y))
    ;; a loop with a parameter: count up from a to a + 5, accumulating
    (i32.store offset=20 (i32.const 0)
      (i32.const 0)
      (loop $l (type $acc)
        (i32.add (local.get $a))
        (local.set $a (i32.add (local.get $a) (i32.const 1)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $l (i32.lt_u (i32.and (local.get $i) (i32.const 7)) (i32.const 5)))))
    (i64.const 0x1800000000)))
