// Benchmark row "AS gcd(2017,200)" of the original system (issue 18), as our own program: Euclid's algorithm by
// remainders on two i32, the result in a 4-byte block from the runtime's `heap.alloc`.
// The published row's input bytes are 00 e1 07 00 c8 00 00 00, i.e. a = 0x0007e100 = 516,352 (2017 * 256) and
// b = 200; the first args line is that input.
// Input: a and b as i32 LE (missing values count as 0).
// Output: the last non-zero remainder (gcd for non-negative inputs) as i32 LE.
// args: 00 e1 07 00 c8 00 00 00
// args: e1 07 00 00 c8 00 00 00
// args: 00 00 00 00 05 00 00 00
// args: 90 02 00 00 00 00 00 00

export function main(args_ptr: i32, args_len: i32): i64 {
  let a: i32 = args_len >= 4 ? load<i32>(args_ptr) : 0;
  let b: i32 = args_len >= 8 ? load<i32>(args_ptr, 4) : 0;
  while (b != 0) {
    const r = a % b;
    a = b;
    b = r;
  }
  const out = heap.alloc(4);
  store<i32>(out, a);
  return <i64>out | (<i64>4 << 32);
}
