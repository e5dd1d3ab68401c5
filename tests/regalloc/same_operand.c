// Regression for "two operands of one instruction landing in the same temporary": instructions whose two (or
// three) operands are the same allocated value (x * x, x ^ (x >> k) chains, 128-bit x * x) or two different
// allocated values (x op y, compares of two hot values feeding branches and selects, a[i] op a[j] with i == j
// on some iterations, stores whose value and address are both hot).
// Input: any bytes. Output: four u64 results.
// args:
// args: 07
// args: 0000
// args: 0102030405060708
// args: ffffffffffffffffffffffffffffffff
// args: 5f4dcc3b5aa765d61d8327deb882cf99e3b0c44298fc1c149afbf4c8

typedef unsigned long long u64;
typedef unsigned int u32;
typedef unsigned __int128 u128;

static u64 table[16];
static unsigned char out[32];

// One parameter: x, y, s in r10-r12; every multiply, compare and xor reads two allocated values.
__attribute__((noinline)) static u64 squares(u64 seed) {
  u64 x = seed | 3, y = seed ^ 0x27d4eb2f165667c5ULL, s = 0;
  for (u32 i = 0; i < 40; i++) {
    x = x * x + y;
    y = y * x ^ (y >> 29);
    s += (x < y) ? x - y : y - x;
    s ^= (x == y) ? s * s : (s >> 3);
    if (y > s) y -= s;
  }
  return x ^ y ^ s;
}

// 128-bit products of an allocated value with itself and with another allocated value.
__attribute__((noinline)) static u64 wide(u64 seed) {
  u64 x = seed | 1, y = ~seed, h = 0;
  for (u32 i = 0; i < 24; i++) {
    u128 p = (u128)x * x;
    u128 q = (u128)x * y;
    h += (u64)(p >> 64) ^ (u64)q;
    x = (u64)p + (u64)(q >> 64) + i;
    y ^= h + x;
  }
  return h ^ x ^ y;
}

unsigned long long main(const unsigned char *args, unsigned int len) {
  for (u32 k = 0; k < 16; k++) table[k] = k * 0x0101010101010101ULL;
  // a[i] op a[j]: i and j meet on some iterations; the store's value and address are both hot.
  u64 acc = 0;
  for (u32 i = 0; i < len; i++) {
    u32 j = args[i] & 15, k = (args[i] >> 4) & 15;
    u64 a = table[j], b = table[k];
    table[j] = a * b + (a ^ b) + (a - b);
    acc += table[j] ^ table[k];
  }
  u64 r1 = squares(acc + len), r2 = wide(acc ^ len);
  u64 r3 = 0;
  for (u32 k = 0; k < 16; k++) r3 = r3 * 31 + table[k];
  for (int i = 0; i < 8; i++) {
    out[i] = (unsigned char)(acc >> (8 * i));
    out[8 + i] = (unsigned char)(r1 >> (8 * i));
    out[16 + i] = (unsigned char)(r2 >> (8 * i));
    out[24 + i] = (unsigned char)(r3 >> (8 * i));
  }
  return (unsigned long long)(unsigned int)out | ((unsigned long long)32 << 32);
}
