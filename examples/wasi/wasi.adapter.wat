;; WASI preview1 for C programs linked with wasi-libc, on the PVM (README.md next to this file: each mapping, why):
;;   clang-16 --target=wasm32-wasi -O2 -ffreestanding -nostartfiles -Wl,--no-entry -Wl,--export=main \
;;            prog.c -o prog.wasm -lc-printscan-no-floating-point
;;   pvmc compile prog.wasm --adapter examples/wasi/wasi.adapter.wat -o prog.jam
;; fd 1 and fd 2 are JIP-1 log streams (stdout level 3 INFO, stderr level 2 WARN), each a line-buffered character
;; device without seek rights; no other file descriptor exists. The environment is empty (a program's input is its
;; argument bytes). proc_exit traps. The clocks, random_get, fd_read, the file system and the argument vector
;; are not provided, so pvmc rejects a program that imports them, naming the import.
;; Stateless (no globals, no data): a stream cannot be closed, so fd_close answers BADF.
(module
  (import "env" "host_call_5" (func $ecalli (param i64 i64 i64 i64 i64 i64) (result i64)))
  (import "env" "pvm_ptr" (func $pvm_ptr (param i32) (result i32)))
  (import "env" "memory" (memory 0))

  ;; JIP-1 (ecalli 100): r7 = level, (r8, r9) = target, (r10, r11) = message; a reader takes at most 8192 bytes
  ;; of a message, so a longer iovec goes out as several messages.
  (func $log (param $level i64) (param $ptr i32) (param $len i32)
    (local $n i32)
    (block $done
      (loop $chunks
        (br_if $done (i32.eqz (local.get $len)))
        (local.set $n (select (i32.const 8192) (local.get $len) (i32.gt_u (local.get $len) (i32.const 8192))))
        (drop (call $ecalli (i64.const 100) (local.get $level) (i64.const 0) (i64.const 0)
                            (i64.extend_i32_u (call $pvm_ptr (local.get $ptr))) (i64.extend_i32_u (local.get $n))))
        (local.set $ptr (i32.add (local.get $ptr) (local.get $n)))
        (local.set $len (i32.sub (local.get $len) (local.get $n)))
        (br $chunks))))

  ;; The JIP-1 level of a stream: stdout INFO (3), stderr WARN (2); -1 for any other fd (errno BADF).
  (func $level (param $fd i32) (result i64)
    (if (result i64) (i32.eq (local.get $fd) (i32.const 1))
      (then (i64.const 3))
      (else (if (result i64) (i32.eq (local.get $fd) (i32.const 2)) (then (i64.const 2)) (else (i64.const -1))))))

  ;; fd_write(fd, iovs, iovs_len, nwritten) -> errno: each non-empty iovec {buf: i32, len: i32} as log messages,
  ;; the byte total stored to *nwritten, 0; BADF (8) for fds other than 1 and 2.
  (func (export "fd_write") (param $fd i32) (param $iovs i32) (param $count i32) (param $nwritten i32) (result i32)
    (local $level i64) (local $total i32) (local $len i32)
    (local.set $level (call $level (local.get $fd)))
    (if (i64.lt_s (local.get $level) (i64.const 0)) (then (return (i32.const 8))))
    (block $done
      (loop $iovecs
        (br_if $done (i32.eqz (local.get $count)))
        (local.set $len (i32.load offset=4 (local.get $iovs)))
        (call $log (local.get $level) (i32.load (local.get $iovs)) (local.get $len))
        (local.set $total (i32.add (local.get $total) (local.get $len)))
        (local.set $iovs (i32.add (local.get $iovs) (i32.const 8)))
        (local.set $count (i32.sub (local.get $count) (i32.const 1)))
        (br $iovecs)))
    (i32.store (local.get $nwritten) (local.get $total))
    (i32.const 0))

  ;; fd_fdstat_get(fd, stat) -> errno: fd 1 and 2 are character devices (filetype 2) with the right FD_WRITE
  ;; (bit 6) only, so wasi-libc's isatty is true and stdio line-buffers them; BADF (8) for other fds.
  ;; __wasi_fdstat_t: filetype u8 at 0, flags u16 at 2, rights_base u64 at 8, rights_inheriting u64 at 16.
  (func (export "fd_fdstat_get") (param $fd i32) (param $stat i32) (result i32)
    (if (i64.lt_s (call $level (local.get $fd)) (i64.const 0)) (then (return (i32.const 8))))
    (i32.store8 (local.get $stat) (i32.const 2))
    (i32.store16 offset=2 (local.get $stat) (i32.const 0))
    (i64.store offset=8 (local.get $stat) (i64.const 64))
    (i64.store offset=16 (local.get $stat) (i64.const 0))
    (i32.const 0))

  ;; fd_seek(fd, offset, whence, newoffset) / fd_tell(fd, offset) -> errno: a log stream has no position,
  ;; ESPIPE (70); BADF (8) for other fds.
  (func $no_position (param $fd i32) (result i32)
    (select (i32.const 70) (i32.const 8) (i64.ge_s (call $level (local.get $fd)) (i64.const 0))))
  (func (export "fd_seek") (param $fd i32) (param i64 i32 i32) (result i32) (call $no_position (local.get $fd)))
  (func (export "fd_tell") (param $fd i32) (param i32) (result i32) (call $no_position (local.get $fd)))

  ;; fd_close(fd) -> errno: BADF (8) for every fd (see the header).
  (func (export "fd_close") (param i32) (result i32) (i32.const 8))

  ;; proc_exit(code): there is no caller to return a status to, so exit traps (PVM panic).
  (func (export "proc_exit") (param i32) unreachable)

  ;; environ_sizes_get(count, size) -> 0: no variables, 0 bytes (getenv finds nothing);
  ;; environ_get(environ, buf) -> 0: nothing to write (wasi-libc calls it only for a count above 0).
  (func (export "environ_sizes_get") (param $count i32) (param $size i32) (result i32)
    (i32.store (local.get $count) (i32.const 0))
    (i32.store (local.get $size) (i32.const 0))
    (i32.const 0))
  (func (export "environ_get") (param i32 i32) (result i32) (i32.const 0)))
