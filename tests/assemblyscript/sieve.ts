// A sieve of Eratosthenes in a StaticArray<u8> whose size comes from the input, so that large inputs make the
// stub runtime grow the memory by several pages; primes are collected in an Array<u32> that grows by push.
// Input: the limit n as u32 LE (missing bytes are 0; at most 60000, larger limits are cut to it).
// Output: the number of primes below n and their sum (u32 LE each), then the last (up to) 8 primes (u32 LE).
// args:
// args: 1e 00 00 00
// args: 20 4e 00 00
// args: 00 00 10 00

const LIMIT: u32 = 60000;

export function main(args_ptr: i32, args_len: i32): i64 {
  let n: u32 = 0;
  for (let i = min(args_len, 4) - 1; i >= 0; i--) n = (n << 8) | load<u8>(args_ptr + i);
  if (n > LIMIT) n = LIMIT;
  const composite = new StaticArray<u8>(n + 1);
  const primes = new Array<u32>();
  let sum: u32 = 0;
  for (let p: u32 = 2; p < n; p++) {
    if (composite[p]) continue;
    primes.push(p);
    sum += p;
    for (let q = <u64>p * p; q < <u64>n; q += p) composite[<i32>q] = 1;
  }
  const tail = min(primes.length, 8);
  const out = new Uint8Array(8 + tail * 4);
  store<u32>(out.dataStart, primes.length);
  store<u32>(out.dataStart, sum, 4);
  for (let i = 0; i < tail; i++) store<u32>(out.dataStart + 8 + i * 4, primes[primes.length - tail + i]);
  return <i64>out.dataStart | (<i64>out.length << 32);
}
