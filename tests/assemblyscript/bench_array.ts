// Benchmark row "AS array" of the original system (issue 18), as our own program: input bytes pushed one by one
// into an Array<u8>, copied element by element into a Uint8Array, and a subarray of that; a summary of each goes
// into a 64-byte block from the runtime's `heap.alloc`. The published row's input is 00 00 00 00 (no bytes).
// Input: a count as u32 LE, then the bytes (the count is cut to the bytes present).
// Output (u32 LE fields): the Array's length, its first 8 elements (0 past the end, one byte each), the
// Uint8Array's length, the sum of its elements, the length of its subarray from index 1 (0 when shorter than 2),
// the subarray's first element (0 when empty).
// args: 00 00 00 00
// args: 05 00 00 00 0a 14 1e 28 32
// args: 0c 00 00 00 01 02 03 04 05 06 07 08 09 0a 0b 0c
// args: 09 00 00 00 ff
import { pushLengthPrefixed } from "./lib/length_prefixed";

export function main(args_ptr: i32, args_len: i32): i64 {
  const out = heap.alloc(64);
  const pushed = pushLengthPrefixed(args_ptr, args_len);
  store<u32>(out, pushed.length);
  for (let i = 0; i < 8; i++) store<u8>(out + 4 + i, i < pushed.length ? pushed[i] : 0);

  const copy = new Uint8Array(pushed.length);
  for (let i = 0; i < pushed.length; i++) copy[i] = pushed[i];
  let sum: u32 = 0;
  for (let i = 0; i < copy.length; i++) sum += copy[i];
  store<u32>(out, copy.length, 12);
  store<u32>(out, sum, 16);

  let rest_length = 0;
  let rest_first: u8 = 0;
  if (copy.length >= 2) {
    const rest = copy.subarray(1);
    rest_length = rest.length;
    rest_first = rest[0];
  }
  store<u32>(out, rest_length, 20);
  store<u32>(out, rest_first, 24);
  return <i64>out | (<i64>28 << 32);
}
