// Bit manipulation builtins on u64 and u32: popcount, count leading/trailing zeros, byte swap, rotates and
// parity. Input: u64 values. Output per value: 10 result bytes and two u64 (bswap64, rotl(v, 13) ^ rotr(v, 7)).
// args: 0000000000000000 0100000000000000 ffffffffffffffff
// args: 0000000000000080 efcdab8967452301
// args: 00f0000000000000 0100000001000000 5555555555555555

typedef unsigned long long u64;
typedef unsigned int u32;

static unsigned char out[26 * 8];

static u64 rotl64(u64 v, unsigned n) { return (v << (n & 63)) | (v >> ((64 - n) & 63)); }
static u64 rotr64(u64 v, unsigned n) { return (v >> (n & 63)) | (v << ((64 - n) & 63)); }

unsigned long long main(const unsigned char *args, unsigned int len) {
  u32 n = len / 8;
  if (n > 8) n = 8;
  u32 o = 0;
  for (u32 i = 0; i < n; i++) {
    u64 v = 0;
    for (int b = 7; b >= 0; b--) v = (v << 8) | args[8 * i + b];
    u32 lo = (u32)v;
    out[o++] = (unsigned char)__builtin_popcountll(v);
    out[o++] = (unsigned char)__builtin_popcount(lo);
    out[o++] = (unsigned char)(v ? __builtin_clzll(v) : 64);
    out[o++] = (unsigned char)(lo ? __builtin_clz(lo) : 32);
    out[o++] = (unsigned char)(v ? __builtin_ctzll(v) : 64);
    out[o++] = (unsigned char)(lo ? __builtin_ctz(lo) : 32);
    out[o++] = (unsigned char)__builtin_parityll(v);
    out[o++] = (unsigned char)(__builtin_bswap32(lo) >> 24);
    out[o++] = (unsigned char)(__builtin_bswap16((unsigned short)lo) & 0xff);
    out[o++] = (unsigned char)((lo >> 3 | lo << 29) & 0xff);
    u64 sw = __builtin_bswap64(v);
    u64 rr = rotl64(v, 13) ^ rotr64(v, 7);
    for (int b = 0; b < 8; b++) out[o++] = (unsigned char)(sw >> (8 * b));
    for (int b = 0; b < 8; b++) out[o++] = (unsigned char)(rr >> (8 * b));
  }
  return (unsigned long long)(unsigned int)out | ((unsigned long long)o << 32);
}
