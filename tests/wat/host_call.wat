;; Host calls: host_call_0 / host_call_2 / host_call_6 (id, data...) -> i64, and pvm_ptr (the PVM address of
;; a WASM address). The host function is the test harness's fixed mixing function; output 4 x 8 bytes.
;; args: 0100000002000000
;; args: ffffffff07000000
(module
  (import "env" "host_call_0" (func $hc0 (param i64) (result i64)))
  (import "env" "host_call_2" (func $hc2 (param i64 i64 i64) (result i64)))
  (import "env" "host_call_6" (func $hc6 (param i64 i64 i64 i64 i64 i64 i64) (result i64)))
  (import "env" "pvm_ptr" (func $pvm_ptr (param i32) (result i32)))
  (memory (export "memory") 1 1)
  (func (export "main") (param $p i32) (param $len i32) (result i64)
    (local $a i64) (local $b i64)
    (local.set $a (i64.load32_u (local.get $p)))
    (local.set $b (i64.load32_s offset=4 (local.get $p)))
    (i64.store (i32.const 0) (call $hc0 (i64.const 100)))
    (i64.store (i32.const 8) (call $hc2 (i64.const 7) (local.get $a) (local.get $b)))
    (i64.store (i32.const 16) (call $hc6 (i64.const 1) (local.get $a) (local.get $b) (i64.const 3) (i64.const 4)
                                        (i64.const -5) (i64.add (local.get $a) (local.get $b))))
    (i64.store (i32.const 24) (i64.extend_i32_u (call $pvm_ptr (i32.const 0x40))))
    (i64.const 0x2000000000)))
