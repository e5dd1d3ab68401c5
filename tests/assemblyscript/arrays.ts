// Arrays: Array<i32> built from the input, sorted with a comparator (descending, then by parity), a StaticArray<i32>
// of prefix sums, slice/reverse/indexOf/includes/push/pop/shift/unshift, and a Uint8Array as the output.
// Input: bytes; the first byte 0xff asks for an out-of-range index (RangeError, which is a trap under abort=).
// Output: the sorted values (one byte each), then the last prefix sum, the index of the maximum in the input and
// the popped/shifted values as u32 LE, then the reversed first half.
// args:
// args: 05 03 09 01 07
// args: 102030405060708090a0b0c0d0e0f00102030405060708090a0b0c0d0e0f112233445566778899aabbccddee13579bdf02468ace
// args: ff 01 02

export function main(args_ptr: i32, args_len: i32): i64 {
  const xs = new Array<i32>();
  for (let i = 0; i < args_len; i++) xs.push(<i32>load<u8>(args_ptr + i));
  if (args_len > 0 && xs[0] == 0xff) {
    xs[0] = xs[args_len + 5]; // reads past the end: RangeError
  }
  const sums = new StaticArray<i32>(args_len + 1);
  for (let i = 0; i < args_len; i++) sums[i + 1] = sums[i] + xs[i];
  let maxAt = -1;
  if (xs.length > 0) {
    let best = xs[0];
    for (let i = 1; i < xs.length; i++) if (xs[i] > best) best = xs[i];
    maxAt = xs.indexOf(best);
  }
  const half = xs.slice(0, xs.length >> 1);
  half.reverse();
  const sorted = xs.slice(0);
  sorted.sort((a: i32, b: i32): i32 => (a & 1) != (b & 1) ? (a & 1) - (b & 1) : b - a);
  sorted.unshift(sorted.includes(7) ? 7 : 0);
  sorted.push(sorted.length);
  const popped = sorted.pop();
  const shifted = sorted.shift();

  const out = new Uint8Array(sorted.length + 16 + half.length);
  for (let i = 0; i < sorted.length; i++) out[i] = <u8>sorted[i];
  const at = out.dataStart + sorted.length;
  store<u32>(at, sums[args_len]);
  store<u32>(at, maxAt, 4);
  store<u32>(at, popped, 8);
  store<u32>(at, shifted, 12);
  for (let i = 0; i < half.length; i++) out[sorted.length + 16 + i] = <u8>half[i];
  return <i64>out.dataStart | (<i64>out.length << 32);
}
