;; Adapter for the npm package's build of anan-as (`@fluffylabs/anan-as` 1.2.0, dist/build/compiler.wasm, which
;; scripts/setup installs into node_modules):
;;   pvmc compile node_modules/@fluffylabs/anan-as/dist/build/compiler.wasm \
;;        --adapter examples/anan-as/npm.adapter.wat --entry run --max-memory 256 -o anan-as-npm.jam
;; That build's `main(args, length)` returns nothing and leaves its result's address and length in the exported
;; globals `result_ptr` and `result_len`. `run` is the entry pvmc needs, (args, length) -> address | length << 32.
;; Its imports `abort` and `console.log` need nothing here (abort traps; console.log becomes a JIP-1 log).
(module
  (import "env" "main" (func $main (param i32 i32)))
  (import "env" "result_ptr" (global $address (mut i32)))
  (import "env" "result_len" (global $length (mut i32)))
  (func (export "run") (param $args i32) (param $length i32) (result i64)
    (call $main (local.get $args) (local.get $length))
    (i64.or (i64.extend_i32_u (global.get $address))
            (i64.shl (i64.extend_i32_u (global.get $length)) (i64.const 32)))))
