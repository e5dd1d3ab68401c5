// Regression for "phi parallel moves ordered wrongly": loop-carried values that swap (a, b = b, a) and rotate
// (a, b, c = b, c, a and a 4-way rotation) on every iteration, each value also read in the loop body so that
// the allocator keeps them in registers. Unrolling is disabled: unrolled by two, a swap cancels out and a
// 4-way rotation becomes two swaps.
// Input: any bytes. Output: u64 results of `rotate3`, `swap2` and `rotate4`.
// args:
// args: 01
// args: 0102
// args: 010203
// args: 00000000000000000000000000000000000000000000000000
// args: 31415926535897932384626433832795028841971693993751

typedef unsigned long long u64;
typedef unsigned int u32;

static const unsigned char *g_args;
static u32 g_len;
static unsigned char out[24];

// a, b, c = b, c, a: a pure 3-cycle of phis; the sums read every value.
__attribute__((noinline)) static u64 rotate3(u64 seed) {
  u64 a = seed, b = seed * 3 + 1, c = seed ^ 0xff00ULL, s = 0, t = 0;
#pragma clang loop unroll(disable)
  for (u32 i = 0; i < g_len; i++) {
    u32 v = g_args[i];
    s = s * 7 + (a ^ v);
    t += b * (c | 1);
    u64 old = a;
    a = b;
    b = c;
    c = old;
  }
  return s ^ (t << 1) ^ (a * 3) ^ (b * 5) ^ (c * 7);
}

// x, y = y, x on every iteration.
__attribute__((noinline)) static u64 swap2(u64 seed) {
  u64 x = seed, y = ~seed, acc = 0;
#pragma clang loop unroll(disable)
  for (u32 i = 0; i < g_len; i++) {
    u32 v = g_args[i];
    acc = acc * 31 + (x ^ v) + (y >> 3);
    acc ^= x * y;
    u64 t = x;
    x = y;
    y = t;
  }
  return acc ^ x ^ (y << 7);
}

// a, b, c, d = d, a, b, c in main (two parameters: only r11 and r12 are free, the other phis stay in slots).
unsigned long long main(const unsigned char *args, unsigned int len) {
  g_args = args;
  g_len = len;
  u64 r1 = rotate3(len * 11 + 3);
  u64 r2 = swap2(len + 0x77);
  u64 a = 1, b = 2, c = 3, d = 4, s = 0;
#pragma clang loop unroll(disable)
  for (u32 i = 0; i < len; i++) {
    s += (a * 1000 + b * 100 + c * 10 + d) ^ args[i];
    u64 t = d;
    d = c;
    c = b;
    b = a;
    a = t;
  }
  u64 r3 = s * 13 + a * 7 + b * 5 + c * 3 + d;
  for (int i = 0; i < 8; i++) {
    out[i] = (unsigned char)(r1 >> (8 * i));
    out[8 + i] = (unsigned char)(r2 >> (8 * i));
    out[16 + i] = (unsigned char)(r3 >> (8 * i));
  }
  return (unsigned long long)(unsigned int)out | ((unsigned long long)24 << 32);
}
