// Functions with 6, 7 and 8 parameters of mixed widths (not inlined), so arguments beyond the fourth go
// through memory in the PVM ABI; also a 5-parameter recursive function and a call with constant arguments.
// Input: 8 u64 values. Output: the results of each function (u64 each).
// args: 01000000000000000200000000000000030000000000000004000000000000000500000000000000060000000000000007000000000000000800000000000000
// args: ffffffffffffffff00000000000000800100000000000000feffffffffffffff7f00000000000000ff7f000000000000ffffffff000000003300000000000000
// args: 88776655443322110100000002000000fffffeff000000008000000000000000000000000000000000000000000000000000000000000000ffffffffffffffff

typedef unsigned long long u64;
typedef long long i64;
typedef unsigned int u32;

__attribute__((noinline)) static u64 six(u64 a, u32 b, unsigned char c, short d, i64 e, u64 f) {
  return a * 3 + b - c + (u64)(i64)d * 5 + (u64)(e >> 3) + (f ^ 0x5555);
}

__attribute__((noinline)) static i64 seven(i64 a, i64 b, i64 c, i64 d, i64 e, i64 f, i64 g) {
  return (a - b) * (c + 1) + (d ^ e) - (f << 2) + g / 7;
}

__attribute__((noinline)) static u64 eight(u64 a, u64 b, u64 c, u64 d, u64 e, u64 f, u64 g, u64 h) {
  u64 x = a;
  x = x * 31 + b;
  x = x * 31 + c;
  x = x * 31 + d;
  x = x * 31 + e;
  x = x * 31 + f;
  x = x * 31 + g;
  x = x * 31 + h;
  return x ^ (x >> 29);
}

__attribute__((noinline)) static u64 rec5(u32 depth, u64 a, u64 b, u64 c, u64 d) {
  if (depth == 0) return a + (b << 1) + (c << 2) + (d << 3);
  return rec5(depth - 1, b, c, d, a ^ (u64)depth) + 1;
}

__attribute__((noinline)) static u64 pass_through(u64 a, u64 b, u64 c, u64 d, u64 e, u64 f, u64 g, u64 h) {
  return eight(h, g, f, e, d, c, b, a) - eight(a, b, c, d, e, f, g, h);
}

static unsigned char out[48];

unsigned long long main(const unsigned char *args, unsigned int len) {
  u64 v[8] = {0};
  for (u32 i = 0; i < 8 && 8 * i + 8 <= len; i++)
    for (int b = 7; b >= 0; b--) v[i] = (v[i] << 8) | args[8 * i + b];
  u64 r[6];
  r[0] = six(v[0], (u32)v[1], (unsigned char)v[2], (short)v[3], (i64)v[4], v[5]);
  r[1] = (u64)seven((i64)v[0], (i64)v[1], (i64)v[2], (i64)v[3], (i64)v[4], (i64)v[5], (i64)v[6]);
  r[2] = eight(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
  r[3] = rec5((u32)(v[7] & 15), v[0], v[1], v[2], v[3]);
  r[4] = pass_through(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
  r[5] = eight(1, 2, 3, 4, 5, 6, 7, 8);
  for (int i = 0; i < 6; i++)
    for (int b = 0; b < 8; b++) out[8 * i + b] = (unsigned char)(r[i] >> (8 * b));
  return (unsigned long long)(unsigned int)out | ((unsigned long long)48 << 32);
}
