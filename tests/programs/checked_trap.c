// Run-time checks that trap: dividing by zero and indexing past a table call __builtin_trap (wasm
// `unreachable`, PVM panic); valid inputs halt normally.
// Input: (numerator u32, denominator u32, index u8) records. Output: per record quotient (u32) and
// table[index] (u8). A zero denominator or an index >= 16 traps.
// args: 6400000007000000 03 0a00000003000000 0f
// args: 6400000000000000 00
// args: 0100000001000000 10
// args: ffffffff10000000 00

typedef unsigned int u32;

static const unsigned char table[16] = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3};
static unsigned char out[5 * 8];

__attribute__((noinline)) static u32 checked_div(u32 a, u32 b) {
  if (b == 0) __builtin_trap();
  return a / b;
}

__attribute__((noinline)) static unsigned char checked_get(unsigned i) {
  if (i >= sizeof table) __builtin_trap();
  return table[i];
}

unsigned long long main(const unsigned char *args, unsigned int len) {
  u32 n = len / 9;
  if (n > 8) n = 8;
  for (u32 i = 0; i < n; i++) {
    const unsigned char *p = args + 9 * i;
    u32 a = (u32)p[0] | ((u32)p[1] << 8) | ((u32)p[2] << 16) | ((u32)p[3] << 24);
    u32 b = (u32)p[4] | ((u32)p[5] << 8) | ((u32)p[6] << 16) | ((u32)p[7] << 24);
    u32 q = checked_div(a, b);
    for (int k = 0; k < 4; k++) out[5 * i + k] = (unsigned char)(q >> (8 * k));
    out[5 * i + 4] = checked_get(p[8]);
  }
  return (unsigned long long)(unsigned int)out | ((unsigned long long)(5 * n) << 32);
}
