// Benchmark row "AS fib(10)" of the original system (issue 18), as our own program: iterative Fibonacci with the
// result in a 4-byte block from the runtime's `heap.alloc`, as the published program does.
// Input: n as u32 LE (an input shorter than 4 bytes counts as n = 0).
// Output: fib(n) mod 2^32 as u32 LE.
// args: 0a 00 00 00
// args: 2f 00 00 00
// args:

export function main(args_ptr: i32, args_len: i32): i64 {
  let n: u32 = args_len >= 4 ? load<u32>(args_ptr) : 0;
  let previous: u32 = 0;
  let current: u32 = 1;
  for (; n > 0; n--) {
    const next = previous + current;
    previous = current;
    current = next;
  }
  const out = heap.alloc(4);
  store<u32>(out, previous);
  return <i64>out | (<i64>4 << 32);
}
