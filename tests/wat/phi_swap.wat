;; Loops whose locals swap and rotate (phi cycles after SSA construction): n iterations (u32 from args) of
;; (a, b) := (b, a); (x, y, z) := (y, z, x + 1); (p, q) := (q, p + q); output a b x y z p q as 7 x 4 bytes.
;; args: 00000000
;; args: 01000000
;; args: 02000000
;; args: 03000000
;; args: 07000000
;; args: e8030000
(module
  (memory (export "memory") 1 1)
  (func (export "main") (param $ptr i32) (param $len i32) (result i64)
    (local $n i32) (local $a i32) (local $b i32) (local $x i32) (local $y i32) (local $z i32)
    (local $p i32) (local $q i32) (local $t i32)
    (local.set $n (i32.load (local.get $ptr)))
    (local.set $a (i32.const 1)) (local.set $b (i32.const 2))
    (local.set $x (i32.const 10)) (local.set $y (i32.const 20)) (local.set $z (i32.const 30))
    (local.set $p (i32.const 0)) (local.set $q (i32.const 1))
    (block $done
      (loop $again
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $t (local.get $a)) (local.set $a (local.get $b)) (local.set $b (local.get $t))
        (local.set $t (local.get $x)) (local.set $x (local.get $y)) (local.set $y (local.get $z))
        (local.set $z (i32.add (local.get $t) (i32.const 1)))
        (local.set $t (local.get $p)) (local.set $p (local.get $q))
        (local.set $q (i32.add (local.get $t) (local.get $q)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $again)))
    (i32.store offset=0 (i32.const 0) (local.get $a))
    (i32.store offset=4 (i32.const 0) (local.get $b))
    (i32.store offset=8 (i32.const 0) (local.get $x))
    (i32.store offset=12 (i32.const 0) (local.get $y))
    (i32.store offset=16 (i32.const 0) (local.get $z))
    (i32.store offset=20 (i32.const 0) (local.get $p))
    (i32.store offset=24 (i32.const 0) (local.get $q))
    (i64.const 0x1c00000000)))
