// 128-bit unsigned arithmetic with unsigned __int128: multiply, add with carry, shifts and compares.
// Input: pairs (a, b) of u64 little-endian. Output per pair: a*b (16 bytes), (a*b) >> 37 (16 bytes),
// (a*b + (a << 64)) (16 bytes), one flags byte (bit 0: a*b > b << 64, bit 1: hi(a*b) == 0).
// args: 0300000000000000 0500000000000000
// args: ffffffffffffffff ffffffffffffffff
// args: efcdab8967452301 1032547698badcfe 0000000001000000 0000000001000000
// args: 0000000000000000 2a00000000000000

typedef unsigned long long u64;
typedef unsigned __int128 u128;

static unsigned char out[49 * 8];

static u64 read_u64(const unsigned char *p) {
  u64 v = 0;
  for (int i = 7; i >= 0; i--) v = (v << 8) | p[i];
  return v;
}

static void put_u128(unsigned char *p, u128 v) {
  for (int i = 0; i < 16; i++) p[i] = (unsigned char)(v >> (8 * i));
}

__attribute__((noinline)) static u128 mul(u64 a, u64 b) { return (u128)a * b; }

unsigned long long main(const unsigned char *args, unsigned int len) {
  unsigned pairs = len / 16;
  if (pairs > 8) pairs = 8;
  for (unsigned i = 0; i < pairs; i++) {
    u64 a = read_u64(args + 16 * i), b = read_u64(args + 16 * i + 8);
    u128 p = mul(a, b);
    u128 s = p + ((u128)a << 64);
    unsigned char flags = (unsigned char)((p > ((u128)b << 64)) | (((u64)(p >> 64) == 0) << 1));
    unsigned char *o = out + 49 * i;
    put_u128(o, p);
    put_u128(o + 16, p >> 37);
    put_u128(o + 32, s);
    o[48] = flags;
  }
  return (unsigned long long)(unsigned int)out | ((unsigned long long)(49 * pairs) << 32);
}
