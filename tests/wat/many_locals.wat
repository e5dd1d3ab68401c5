;; Many locals live across a loop (more than the PVM has registers): 24 i32/i64 locals updated each of n
;; iterations (n = byte from args), then folded into one i64 checksum.
;; args: 00
;; args: 01
;; args: 05
;; args: 40
;; args: ff
(module
  (memory (export "memory") 1 1)
  (func (export "main") (param $ptr i32) (param $len i32) (result i64)
    (local $n i32)
    (local $l0 i32) (local $l1 i32) (local $l2 i32) (local $l3 i32) (local $l4 i32) (local $l5 i32)
    (local $l6 i32) (local $l7 i32) (local $l8 i32) (local $l9 i32) (local $l10 i32) (local $l11 i32)
    (local $w0 i64) (local $w1 i64) (local $w2 i64) (local $w3 i64) (local $w4 i64) (local $w5 i64)
    (local $w6 i64) (local $w7 i64) (local $w8 i64) (local $w9 i64) (local $w10 i64) (local $w11 i64)
    (local.set $n (i32.load8_u (local.get $ptr)))
    (block $done
      (loop $again
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $l0 (i32.add (local.get $l0) (local.get $n)))
        (local.set $l1 (i32.xor (local.get $l1) (local.get $l0)))
        (local.set $l2 (i32.add (local.get $l2) (i32.mul (local.get $l1) (i32.const 3))))
        (local.set $l3 (i32.sub (local.get $l3) (local.get $l2)))
        (local.set $l4 (i32.rotl (local.get $l4) (i32.const 5)))
        (local.set $l4 (i32.add (local.get $l4) (local.get $l3)))
        (local.set $l5 (i32.or (local.get $l5) (local.get $l4)))
        (local.set $l6 (i32.add (local.get $l6) (local.get $l5)))
        (local.set $l7 (i32.xor (local.get $l7) (i32.shr_u (local.get $l6) (i32.const 3))))
        (local.set $l8 (i32.add (local.get $l8) (local.get $l7)))
        (local.set $l9 (i32.sub (local.get $l9) (local.get $l8)))
        (local.set $l10 (i32.add (local.get $l10) (i32.mul (local.get $l9) (local.get $l0))))
        (local.set $l11 (i32.xor (local.get $l11) (local.get $l10)))
        (local.set $w0 (i64.add (local.get $w0) (i64.extend_i32_u (local.get $l11))))
        (local.set $w1 (i64.mul (i64.add (local.get $w1) (local.get $w0)) (i64.const 0x100000001b3)))
        (local.set $w2 (i64.xor (local.get $w2) (local.get $w1)))
        (local.set $w3 (i64.add (local.get $w3) (i64.rotr (local.get $w2) (i64.const 17))))
        (local.set $w4 (i64.sub (local.get $w4) (local.get $w3)))
        (local.set $w5 (i64.add (local.get $w5) (local.get $w4)))
        (local.set $w6 (i64.xor (local.get $w6) (i64.shl (local.get $w5) (i64.const 7))))
        (local.set $w7 (i64.add (local.get $w7) (local.get $w6)))
        (local.set $w8 (i64.or (local.get $w8) (i64.shr_u (local.get $w7) (i64.const 11))))
        (local.set $w9 (i64.add (local.get $w9) (local.get $w8)))
        (local.set $w10 (i64.xor (local.get $w10) (local.get $w9)))
        (local.set $w11 (i64.add (local.get $w11) (i64.mul (local.get $w10) (i64.const 31))))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $again)))
    (i64.store (i32.const 0)
      (i64.add (i64.add (i64.add (local.get $w0) (local.get $w1)) (i64.add (local.get $w2) (local.get $w3)))
        (i64.add (i64.add (i64.add (local.get $w4) (local.get $w5)) (i64.add (local.get $w6) (local.get $w7)))
          (i64.add (i64.add (local.get $w8) (local.get $w9)) (i64.add (local.get $w10) (local.get $w11))))))
    (i64.store (i32.const 8) (i64.extend_i32_u
      (i32.add (i32.add (i32.add (local.get $l0) (local.get $l1)) (i32.add (local.get $l2) (local.get $l3)))
        (i32.add (i32.add (i32.add (local.get $l4) (local.get $l5)) (i32.add (local.get $l6) (local.get $l7)))
          (i32.add (i32.add (local.get $l8) (local.get $l9)) (i32.add (local.get $l10) (local.get $l11)))))))
    (i64.const 0x1000000000)))
