;; Benchmark "u128 mul (x1000)" of the original system (issue 18), as our own program: a 128-bit accumulator,
;; starting at 1, multiplied N times by 2^32 + 1 through calls to a `__multi3` of compiler-rt's shape (result
;; through a pointer; 64-bit halves in; the low 128 bits of the product out), computed from 32-bit partial
;; products as a wasm32 build of it does.
;; Args: N as u32 LE. Output: the accumulator, 16 bytes LE, i.e. (2^32 + 1)^N mod 2^128.
;; args: e8030000
;; args: 00000000
;; args: 05000000
;; args: 41000000
(module
  (memory (export "memory") 1 1)
  (func $__multi3 (param $out i32) (param $al i64) (param $ah i64) (param $bl i64) (param $bh i64)
    (local $a0 i64) (local $a1 i64) (local $b0 i64) (local $b1 i64)
    (local $p00 i64) (local $p01 i64) (local $p10 i64) (local $middle i64)
    ;; al = a1 * 2^32 + a0 and bl = b1 * 2^32 + b0
    (local.set $a0 (i64.and (local.get $al) (i64.const 0xffffffff)))
    (local.set $a1 (i64.shr_u (local.get $al) (i64.const 32)))
    (local.set $b0 (i64.and (local.get $bl) (i64.const 0xffffffff)))
    (local.set $b1 (i64.shr_u (local.get $bl) (i64.const 32)))
    (local.set $p00 (i64.mul (local.get $a0) (local.get $b0)))
    (local.set $p01 (i64.mul (local.get $a0) (local.get $b1)))
    (local.set $p10 (i64.mul (local.get $a1) (local.get $b0)))
    ;; bits 32..95 of al * bl, before the a1 * b1 term: below 3 * 2^32, so no overflow
    (local.set $middle
      (i64.add (i64.add (i64.shr_u (local.get $p00) (i64.const 32))
                        (i64.and (local.get $p01) (i64.const 0xffffffff)))
               (i64.and (local.get $p10) (i64.const 0xffffffff))))
    (i64.store (local.get $out)
      (i64.or (i64.shl (local.get $middle) (i64.const 32)) (i64.and (local.get $p00) (i64.const 0xffffffff))))
    ;; high word: a1 * b1 plus the carries out of the middle, plus the cross products of the high halves
    (i64.store offset=8 (local.get $out)
      (i64.add
        (i64.add (i64.add (i64.mul (local.get $a1) (local.get $b1)) (i64.shr_u (local.get $p01) (i64.const 32)))
                 (i64.add (i64.shr_u (local.get $p10) (i64.const 32)) (i64.shr_u (local.get $middle) (i64.const 32))))
        (i64.add (i64.mul (local.get $al) (local.get $bh)) (i64.mul (local.get $ah) (local.get $bl))))))
  (func (export "main") (param $ptr i32) (param $len i32) (result i64)
    (local $n i32) (local $lo i64) (local $hi i64)
    (local.set $n (i32.load (local.get $ptr)))
    (local.set $lo (i64.const 1))
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $n)))
        (call $__multi3 (i32.const 16) (local.get $lo) (local.get $hi) (i64.const 0x100000001) (i64.const 0))
        (local.set $lo (i64.load (i32.const 16)))
        (local.set $hi (i64.load offset=8 (i32.const 16)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $next)))
    (i64.store (i32.const 32) (local.get $lo))
    (i64.store offset=8 (i32.const 32) (local.get $hi))
    (i64.const 0x1000000020)))
