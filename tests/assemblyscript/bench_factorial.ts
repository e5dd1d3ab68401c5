// Benchmark row "AS factorial(7)" of the original system (issue 18), as our own program: n! by a counting loop,
// the result in a 4-byte block from the runtime's `heap.alloc`, as the published program does.
// Input: n as i32 LE (an input shorter than 4 bytes counts as n = 0).
// Output: n! mod 2^32 as i32 LE (1 for n <= 0).
// args: 07 00 00 00
// args: 0d 00 00 00
// args: ff ff ff ff

export function main(args_ptr: i32, args_len: i32): i64 {
  const n: i32 = args_len >= 4 ? load<i32>(args_ptr) : 0;
  let product: i32 = 1;
  for (let k: i32 = 2; k <= n; k++) product *= k;
  const out = heap.alloc(4);
  store<i32>(out, product);
  return <i64>out | (<i64>4 << 32);
}
