// Signed and unsigned shifts of 8/16/32/64-bit values with run-time counts, and sign/zero extension.
// Input: (value u64, count u8) records of 9 bytes. Output per record 9 u64: i64 >> c, u64 >> c, u64 << c,
// i32 >> c, u32 >> c, u32 << c, i16 >> (c & 15), (i8)value sign-extended, (u16)value zero-extended.
// args: 0000000000000080 01 0100000000000000 3f
// args: f0ffffffffffffff04 0100000000000000 3f 8000000080800080 1f
// args: 7856341278563412 00 ffff00000000ffff 21 0080000000000000 0f

typedef unsigned long long u64;
typedef long long i64;
typedef unsigned int u32;
typedef int i32;

static unsigned char out[72 * 8];

__attribute__((noinline)) static void shifts(u64 v, unsigned c, u64 *r) {
  r[0] = (u64)((i64)v >> (c & 63));
  r[1] = v >> (c & 63);
  r[2] = v << (c & 63);
  r[3] = (u64)(i64)((i32)(u32)v >> (c & 31));
  r[4] = (u64)((u32)v >> (c & 31));
  r[5] = (u64)((u32)v << (c & 31));
  r[6] = (u64)(i64)((short)v >> (c & 15));
  r[7] = (u64)(i64)(signed char)v;
  r[8] = (u64)(unsigned short)v;
}

unsigned long long main(const unsigned char *args, unsigned int len) {
  u32 n = len / 9;
  if (n > 8) n = 8;
  for (u32 i = 0; i < n; i++) {
    u64 v = 0, r[9];
    for (int k = 7; k >= 0; k--) v = (v << 8) | args[9 * i + k];
    shifts(v, args[9 * i + 8], r);
    for (int j = 0; j < 9; j++)
      for (int k = 0; k < 8; k++) out[72 * i + 8 * j + k] = (unsigned char)(r[j] >> (8 * k));
  }
  return (unsigned long long)(unsigned int)out | ((unsigned long long)(72 * n) << 32);
}
