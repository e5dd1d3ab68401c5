;; Regression for "a label after a division-by-zero check dropping register state so a reload read a
;; never-written slot": i32/i64 div_s, div_u, rem_s, rem_u inside loops (the WASM frontend guards each with
;; explicit trap blocks), with hot values defined before a check and read after it, in leaf and non-leaf
;; functions. Records of 8 bytes (x: i32, d: i32); d = 0 traps, and so does t = (x + q) ^ h = INT_MIN with
;; d = -1. An odd length selects the table's second entry. Output: main's acc (u64), then $mix's final q and h
;; (u32 each).
;; args:
;; args: 0700000003000000
;; args: 64000000f9ffffff1027000007000000ffffffff0b000000
;; args: 1027000007000000ffffff7f020000000500000000000000
;; args: 0000008000000000
;; args: 010000000100000002000000020000000300000003000000040000000400000005000000fbffffff
;; args: 369e0080ffffffff
;; args: 0900000002000000f0ffffff0300000033
;; args: efbeadde0d00000078563412ffffffff00000080fdffffff2143658705000000
(module
  (memory (export "memory") 1 1)
  (type $mix_t (func (param i32 i32) (result i64)))
  (type $digits_t (func (param i64 i64) (result i64)))
  ;; main reaches $mix through call_indirect with a run-time index (len & 1) into a table of two functions, so
  ;; LLVM cannot inline it: $mix stays a leaf function of its own.
  (table 2 funcref)
  (elem (i32.const 0) $mix $mix_odd)
  ;; Leaf, two parameters: the division loop (t is defined before the div_s check and read after it).
  (func $mix (type $mix_t) (param $ptr i32) (param $len i32) (result i64)
    (local $i i32) (local $x i32) (local $d i32) (local $t i32) (local $q i32) (local $r i32) (local $h i32)
    (local $acc i64)
    (local.set $q (i32.const 1))
    (local.set $h (i32.const 0x9e37))
    (block $done
      (loop $next
        (br_if $done (i32.gt_u (i32.add (local.get $i) (i32.const 8)) (local.get $len)))
        (local.set $x (i32.load (i32.add (local.get $ptr) (local.get $i))))
        (local.set $d (i32.load offset=4 (i32.add (local.get $ptr) (local.get $i))))
        (local.set $t (i32.xor (i32.add (local.get $x) (local.get $q)) (local.get $h)))
        (local.set $q (i32.div_s (local.get $t) (local.get $d)))
        (local.set $r (i32.rem_u (local.get $t) (local.get $d)))
        (local.set $h (i32.add (i32.mul (local.get $h) (i32.const 31)) (i32.xor (local.get $t) (local.get $r))))
        (local.set $q (i32.add (local.get $q) (i32.rem_s (local.get $h) (i32.or (local.get $t) (i32.const 1)))))
        (local.set $acc (i64.add (i64.mul (local.get $acc) (i64.const 1000003))
                                 (i64.extend_i32_u (i32.add (local.get $t) (local.get $q)))))
        (local.set $acc (i64.xor (local.get $acc)
                                 (i64.extend_i32_s (i32.div_u (local.get $h) (i32.or (local.get $q) (i32.const 1))))))
        (local.set $i (i32.add (local.get $i) (i32.const 8)))
        (br $next)))
    (i32.store (i32.const 8) (local.get $q))
    (i32.store (i32.const 12) (local.get $h))
    (local.get $acc))
  (func $mix_odd (type $mix_t) (param $ptr i32) (param $len i32) (result i64)
    (i64.xor (call $mix (local.get $ptr) (local.get $len)) (i64.const 0x5555)))
  ;; Weighted digit sum of n in base b (2 <= b <= 17), i64 div_u / rem_u in the loop.
  (func $digits (type $digits_t) (param $n i64) (param $b i64) (result i64)
    (local $s i64) (local $c i64) (local $q i64)
    (block $done
      (loop $next
        (br_if $done (i64.eqz (local.get $n)))
        (local.set $q (i64.div_u (local.get $n) (local.get $b)))
        (local.set $s (i64.add (local.get $s)
                               (i64.mul (i64.rem_u (local.get $n) (local.get $b))
                                        (i64.add (local.get $c) (i64.const 1)))))
        (local.set $c (i64.add (local.get $c) (i64.const 1)))
        (local.set $n (local.get $q))
        (br $next)))
    ;; A large sum is folded again by recursion (LLVM does not inline a recursive function, so this stays a
    ;; real call after the loop's division checks).
    (if (i64.gt_u (local.get $s) (i64.const 1000))
      (then (local.set $s (i64.add (call $digits (local.get $s) (local.get $b)) (i64.const 1000)))))
    (i64.add (i64.shl (local.get $s) (i64.const 8)) (local.get $c)))
  ;; Non-leaf: i64 div_s / rem_s checks between calls, the running values read after each check.
  (func (export "main") (param $ptr i32) (param $len i32) (result i64)
    (local $i i32) (local $acc i64) (local $v i64) (local $w i64)
    (local.set $acc (call_indirect (type $mix_t) (local.get $ptr) (local.get $len)
                                    (i32.and (local.get $len) (i32.const 1))))
    (local.set $w (i64.const 7))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
        (local.set $v (i64.add (i64.load8_u (i32.add (local.get $ptr) (local.get $i))) (local.get $w)))
        (local.set $w (i64.add (i64.div_s (i64.mul (local.get $v) (local.get $acc))
                                          (i64.or (local.get $v) (i64.const 1)))
                               (i64.rem_s (local.get $acc) (i64.add (local.get $v) (i64.const 3)))))
        (local.set $acc (i64.add (i64.mul (local.get $acc) (i64.const 31))
                                 (call $digits (i64.add (local.get $v) (local.get $w))
                                               (i64.add (i64.and (local.get $v) (i64.const 15)) (i64.const 2)))))
        (local.set $acc (i64.xor (local.get $acc) (i64.div_u (local.get $w) (i64.add (local.get $v) (i64.const 1)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (i64.store (i32.const 0) (local.get $acc))
    (i64.const 0x1000000000)))
