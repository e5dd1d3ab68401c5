;; Adapter for anan-as's `compiler` build at the commit wasm-pvm pins (compiler.wasm here; ORIGIN.md):
;;   pvmc compile examples/anan-as/compiler.wasm --adapter examples/anan-as/pinned.adapter.wat \
;;        --max-memory 256 -o anan-as.jam
;; Its imports `abort` and `console.log` need nothing here (abort traps; console.log becomes a JIP-1 log). The
;; two it makes for the inner program's host calls are provided below:
;; - host_call_6b(id, r7..r12) -> r7: the inner program ran `ecalli id`. The JIP-1 log (id 100) is passed on to
;;   the outer host: its target and message are copied out of the inner memory by the interpreter's own export
;;   `host_read_memory(address, length) -> wasm address | length << 32` and their PVM addresses given to an outer
;;   `ecalli 100`; the outer r7 is the inner r7. Any other id traps: this adapter services no other host call.
;; - host_call_r8() -> r8: the inner r8 after the last host call; a log leaves it as it was.
(module
  (import "env" "host_call_5" (func $ecalli (param i64 i64 i64 i64 i64 i64) (result i64)))
  (import "env" "pvm_ptr" (func $pvm_ptr (param i32) (result i32)))
  (import "env" "host_read_memory" (func $read_inner (param i32 i32) (result i64)))
  (global $r8 (mut i64) (i64.const 0))

  ;; The PVM address of the copy `host_read_memory` made of [address, address + length) of the inner memory.
  (func $copy_out (param $address i64) (param $length i64) (result i64)
    (i64.extend_i32_u
      (call $pvm_ptr (i32.wrap_i64 (call $read_inner (i32.wrap_i64 (local.get $address))
                                                     (i32.wrap_i64 (local.get $length)))))))

  (func (export "host_call_6b") (param $id i64) (param $r7 i64) (param $r8 i64) (param $r9 i64)
        (param $r10 i64) (param $r11 i64) (param $r12 i64) (result i64)
    (if (i64.ne (local.get $id) (i64.const 100)) (then unreachable))
    (global.set $r8 (local.get $r8))
    (call $ecalli (i64.const 100) (local.get $r7)
      (call $copy_out (local.get $r8) (local.get $r9)) (local.get $r9)
      (call $copy_out (local.get $r10) (local.get $r11)) (local.get $r11)))

  (func (export "host_call_r8") (result i64) (global.get $r8)))
