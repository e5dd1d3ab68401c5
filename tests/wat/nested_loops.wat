;; Three nested counting loops: sum over i<a, j<b, k<c of (i*j + k) xor i, with a, b, c bytes from args.
;; args: 000000
;; args: 010101
;; args: 030405
;; args: 0a0b0c
;; args: 1f0720
(module
  (memory (export "memory") 1 1)
  (func (export "main") (param $ptr i32) (param $len i32) (result i64)
    (local $a i32) (local $b i32) (local $c i32)
    (local $i i32) (local $j i32) (local $k i32) (local $sum i64)
    (local.set $a (i32.load8_u (local.get $ptr)))
    (local.set $b (i32.load8_u offset=1 (local.get $ptr)))
    (local.set $c (i32.load8_u offset=2 (local.get $ptr)))
    (block $i_done
      (loop $i_loop
        (br_if $i_done (i32.ge_u (local.get $i) (local.get $a)))
        (local.set $j (i32.const 0))
        (block $j_done
          (loop $j_loop
            (br_if $j_done (i32.ge_u (local.get $j) (local.get $b)))
            (local.set $k (i32.const 0))
            (block $k_done
              (loop $k_loop
                (br_if $k_done (i32.ge_u (local.get $k) (local.get $c)))
                (local.set $sum (i64.add (local.get $sum)
                  (i64.extend_i32_u (i32.xor (i32.add (i32.mul (local.get $i) (local.get $j)) (local.get $k))
                                             (local.get $i)))))
                (local.set $k (i32.add (local.get $k) (i32.const 1)))
                (br $k_loop)))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $j_loop)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $i_loop)))
    (i64.store (i32.const 0) (local.get $sum))
    (i64.const 0x800000000)))
