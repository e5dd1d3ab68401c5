;; Benchmarks "u128 div fast" and "u128 div slow" (x1000) of the original system (issue 18), as our own program:
;; a 128-bit accumulator divided N times by the 128-bit divisor D = D_hi * 2^64 + 3 through calls to a `__udivti3`
;; of compiler-rt's wasm32 shape: it takes a 32-byte frame on the shadow stack (the global $sp) for the quotient
;; and remainder of `$udivmod128`, and copies the quotient out through the result pointer. `$udivmod128` divides
;; two 64-bit numbers directly (the fast path, D_hi = 0), answers quotient 0 when the divisor exceeds the
;; dividend (the slow rows: D_hi = 1 against a 64-bit accumulator), and otherwise divides bit by bit.
;; The accumulator starts at A_hi * 2^64 + 0xfedcba9876543210 (A_hi > 0 takes the bit-by-bit path); whenever its
;; low word reaches 0 it is reset to 0xfedcba9876543210.
;; Args: N as u32 LE, then D_hi and A_hi as u32 LE (0 when absent). Output: the accumulator, 16 bytes LE.
;; args: e8030000 00000000
;; args: e8030000 01000000
;; args: 05000000
;; args: 00000000 00000000
;; args: 05000000 00000000 ffffffff
;; args: 03000000 02000000 07000000
(module
  (memory (export "memory") 1 1)
  (global $sp (mut i32) (i32.const 65536))
  (func $udivmod128 (param $out i32) (param $al i64) (param $ah i64) (param $bl i64) (param $bh i64)
    (local $rlo i64) (local $rhi i64) (local $carry i64) (local $round i32)
    ;; both high words zero: one 64-bit division (a zero divisor traps, as i64.div_u does)
    (if (i64.eqz (i64.or (local.get $ah) (local.get $bh)))
      (then
        (i64.store (local.get $out) (i64.div_u (local.get $al) (local.get $bl)))
        (i64.store offset=8 (local.get $out) (i64.const 0))
        (i64.store offset=16 (local.get $out) (i64.rem_u (local.get $al) (local.get $bl)))
        (i64.store offset=24 (local.get $out) (i64.const 0))
        (return)))
    ;; divisor above dividend: quotient 0, remainder the dividend
    (if (i32.or (i64.gt_u (local.get $bh) (local.get $ah))
                (i32.and (i64.eq (local.get $bh) (local.get $ah)) (i64.gt_u (local.get $bl) (local.get $al))))
      (then
        (i64.store (local.get $out) (i64.const 0))
        (i64.store offset=8 (local.get $out) (i64.const 0))
        (i64.store offset=16 (local.get $out) (local.get $al))
        (i64.store offset=24 (local.get $out) (local.get $ah))
        (return)))
    ;; restoring division: the dividend (ah:al) shifts into the remainder (rhi:rlo) one bit per round and the
    ;; quotient bits shift into the dividend's low end
    (local.set $round (i32.const 128))
    (loop $bit
      (local.set $carry (i64.shr_u (local.get $rhi) (i64.const 63)))
      (local.set $rhi (i64.or (i64.shl (local.get $rhi) (i64.const 1)) (i64.shr_u (local.get $rlo) (i64.const 63))))
      (local.set $rlo (i64.or (i64.shl (local.get $rlo) (i64.const 1)) (i64.shr_u (local.get $ah) (i64.const 63))))
      (local.set $ah (i64.or (i64.shl (local.get $ah) (i64.const 1)) (i64.shr_u (local.get $al) (i64.const 63))))
      (local.set $al (i64.shl (local.get $al) (i64.const 1)))
      (if (i32.or (i32.wrap_i64 (local.get $carry))
                  (i32.or (i64.gt_u (local.get $rhi) (local.get $bh))
                          (i32.and (i64.eq (local.get $rhi) (local.get $bh))
                                   (i64.ge_u (local.get $rlo) (local.get $bl)))))
        (then
          (local.set $rhi (i64.sub (i64.sub (local.get $rhi) (local.get $bh))
                                   (i64.extend_i32_u (i64.lt_u (local.get $rlo) (local.get $bl)))))
          (local.set $rlo (i64.sub (local.get $rlo) (local.get $bl)))
          (local.set $al (i64.or (local.get $al) (i64.const 1)))))
      (br_if $bit (local.tee $round (i32.sub (local.get $round) (i32.const 1)))))
    (i64.store (local.get $out) (local.get $al))
    (i64.store offset=8 (local.get $out) (local.get $ah))
    (i64.store offset=16 (local.get $out) (local.get $rlo))
    (i64.store offset=24 (local.get $out) (local.get $rhi)))
  (func $__udivti3 (param $out i32) (param $al i64) (param $ah i64) (param $bl i64) (param $bh i64)
    (local $frame i32)
    (global.set $sp (local.tee $frame (i32.sub (global.get $sp) (i32.const 32))))
    (call $udivmod128 (local.get $frame) (local.get $al) (local.get $ah) (local.get $bl) (local.get $bh))
    (i64.store (local.get $out) (i64.load (local.get $frame)))
    (i64.store offset=8 (local.get $out) (i64.load offset=8 (local.get $frame)))
    (global.set $sp (i32.add (local.get $frame) (i32.const 32))))
  (func (export "main") (param $ptr i32) (param $len i32) (result i64)
    (local $n i32) (local $dhi i64) (local $lo i64) (local $hi i64)
    (local.set $n (i32.load (local.get $ptr)))
    (if (i32.ge_u (local.get $len) (i32.const 8))
      (then (local.set $dhi (i64.load32_u offset=4 (local.get $ptr)))))
    (if (i32.ge_u (local.get $len) (i32.const 12))
      (then (local.set $hi (i64.load32_u offset=8 (local.get $ptr)))))
    (local.set $lo (i64.const 0xfedcba9876543210))
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $n)))
        (call $__udivti3 (i32.const 16) (local.get $lo) (local.get $hi) (i64.const 3) (local.get $dhi))
        (local.set $lo (i64.load (i32.const 16)))
        (local.set $hi (i64.load offset=8 (i32.const 16)))
        (if (i64.eqz (local.get $lo)) (then (local.set $lo (i64.const 0xfedcba9876543210))))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $next)))
    (i64.store (i32.const 32) (local.get $lo))
    (i64.store offset=8 (i32.const 32) (local.get $hi))
    (i64.const 0x1000000020)))
