// 64-bit and 32-bit signed/unsigned division and remainder, including negative operands, INT64_MIN and
// divisors that are powers of two and constants. A zero divisor skips the pair (output all zero bytes).
// Input: pairs (a, b) of u64. Output per pair: a/b, a%b (unsigned), a/b, a%b (signed),
// (u32)a / (u32)b, (i32)a % (i32)b, a / 10, a % 1000 signed (u64 each = 64 bytes).
// args: 6400000000000000 0700000000000000 9cffffffffffffff 0700000000000000
// args: 0000000000000080 ffffffffffffffff 0000000000000080 0100000000000000
// args: ffffffffffffffff 0000000000000100 39300000f9ffffff 0000000000000000
// args: 0000008000000000 ffffffff00000000 0e00000000000000 f9ffffffffffffff

typedef unsigned long long u64;
typedef long long i64;
typedef unsigned int u32;
typedef int i32;

static unsigned char out[64 * 8];

__attribute__((noinline)) static void divide(u64 a, u64 b, u64 *r) {
  r[0] = a / b;
  r[1] = a % b;
  i64 sa = (i64)a, sb = (i64)b;
  if (sa == (i64)0x8000000000000000ULL && sb == -1) {
    r[2] = a;
    r[3] = 0;
  } else {
    r[2] = (u64)(sa / sb);
    r[3] = (u64)(sa % sb);
  }
  r[4] = (u32)b ? (u64)((u32)a / (u32)b) : 0;
  i32 a32 = (i32)(u32)a, b32 = (i32)(u32)b;
  r[5] = (b32 == 0 || (a32 == (i32)0x80000000u && b32 == -1)) ? 0 : (u64)(i64)(a32 % b32);
  r[6] = a / 10;
  r[7] = (u64)(sa % 1000);
}

unsigned long long main(const unsigned char *args, unsigned int len) {
  u32 n = len / 16;
  if (n > 8) n = 8;
  for (u32 i = 0; i < n; i++) {
    u64 a = 0, b = 0, r[8] = {0};
    for (int k = 7; k >= 0; k--) {
      a = (a << 8) | args[16 * i + k];
      b = (b << 8) | args[16 * i + 8 + k];
    }
    if (b != 0) divide(a, b, r);
    for (int j = 0; j < 8; j++)
      for (int k = 0; k < 8; k++) out[64 * i + 8 * j + k] = (unsigned char)(r[j] >> (8 * k));
  }
  return (unsigned long long)(unsigned int)out | ((unsigned long long)(64 * n) << 32);
}
