// 64-bit integer arithmetic: FNV-1a (u64 multiply), signed and unsigned division and remainder of i64/u64 and
// i32/u32 (with the operand signs the input gives), rotations, popcnt/clz/ctz, 128-bit-style mulhi from u64
// halves, a Fibonacci number modulo a 61-bit prime, and u64/i64 toString in decimal.
// Input: bytes; the first 8 (zero-padded) are x as u64 LE, the next 8 y (y = 0 becomes 7 so no division traps).
// Output: 12 u64 LE results, then the decimal strings of x as u64 and as i64 separated by a comma (ASCII).
// args:
// args: 01
// args: ff ff ff ff ff ff ff ff 03 00 00 00 00 00 00 00
// args: 00 00 00 00 00 00 00 80 ff ff ff ff ff ff ff ff
// args: 15 cd 5b 07 00 00 00 00 b1 7f 39 05 f2 ff ff 7f 61 62 63

function readU64(ptr: i32, len: i32, at: i32): u64 {
  let v: u64 = 0;
  for (let i = 7; i >= 0; i--) {
    v = (v << 8) | (at + i < len ? <u64>load<u8>(ptr + at + i) : 0);
  }
  return v;
}

function fnv1a(ptr: i32, len: i32): u64 {
  let h: u64 = 0xcbf29ce484222325;
  for (let i = 0; i < len; i++) {
    h ^= load<u8>(ptr + i);
    h *= 0x100000001b3;
  }
  return h;
}

function mulhi(a: u64, b: u64): u64 {
  const a0 = a & 0xffffffff, a1 = a >> 32, b0 = b & 0xffffffff, b1 = b >> 32;
  const p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  const mid = (p00 >> 32) + (p01 & 0xffffffff) + (p10 & 0xffffffff);
  return p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
}

function mulmod(a: u64, b: u64, m: u64): u64 {
  let r: u64 = 0;
  a %= m;
  while (b != 0) {
    if (b & 1) r = (r + a) % m;
    a = (a << 1) % m;
    b >>= 1;
  }
  return r;
}

function fibmod(n: u32, m: u64): u64 {
  let a: u64 = 0, b: u64 = 1;
  for (let i: u32 = 0; i < n; i++) {
    const c = (a + b) % m;
    a = b;
    b = c;
  }
  return mulmod(a, a, m);
}

export function main(args_ptr: i32, args_len: i32): i64 {
  const x = readU64(args_ptr, args_len, 0);
  let y = readU64(args_ptr, args_len, 8);
  if (y == 0) y = 7;
  const sx = <i64>x, sy = <i64>y;
  // i64 MIN / -1 overflows (a trap in WASM): keep the divisor away from -1 then
  const sdiv = sy == -1 ? sx : sx / sy;
  const results: StaticArray<u64> = [
    fnv1a(args_ptr, args_len),
    x / y,
    x % y,
    <u64>sdiv,
    <u64>(sy == -1 ? 0 : sx % sy),
    rotl<u64>(x, <u64>(y & 63)) ^ rotr<u64>(y, 13),
    (<u64>popcnt<u64>(x) << 48) | (<u64>clz<u64>(y) << 32) | (<u64>ctz<u64>(x | (1 << 63)) << 16) | popcnt<u64>(y),
    mulhi(x, y),
    x * y,
    <u64>(<u32>x / (<u32>y | 1)) | (<u64>(<i32>x % (<i32>y | 1)) << 32),
    fibmod(<u32>(x % 5000), 0x1fffffffffffffff),
    <u64>(<i64>(<i32>x) >> 3) + <u64>(<i64>(<i16>x) * <i64>(<i8>y)),
  ];
  const text = x.toString() + "," + sx.toString();
  const out = new Uint8Array(results.length * 8 + text.length);
  for (let i = 0; i < results.length; i++) store<u64>(out.dataStart + i * 8, results[i]);
  for (let i = 0; i < text.length; i++) out[results.length * 8 + i] = <u8>text.charCodeAt(i);
  return <i64>out.dataStart | (<i64>out.length << 32);
}
