// Shared by tests/assemblyscript/bench_array.ts and bench_decoder.ts (a module, not a corpus program: build.py
// builds the top-level *.ts only): the input's payload pushed byte by byte into an Array<u8>, as the original
// system's array and decoder benchmarks copy their input.

/** The bytes after a u32 LE length at `args_ptr`, the length cut to the `args_len` - 4 bytes present (no length:
 * an empty array), pushed one by one. */
export function pushLengthPrefixed(args_ptr: i32, args_len: i32): Array<u8> {
  const wanted: u32 = args_len >= 4 ? load<u32>(args_ptr) : 0;
  const present: u32 = args_len > 4 ? <u32>(args_len - 4) : 0;
  const count = min(wanted, present);
  const pushed = new Array<u8>();
  for (let i: u32 = 0; i < count; i++) pushed.push(load<u8>(args_ptr + 4 + i));
  return pushed;
}
