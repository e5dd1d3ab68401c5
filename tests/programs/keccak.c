// Keccak-f[1600] permutation and SHA3-256 (FIPS 202) built on it.
// Check values: SHA3-256("") = a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a;
// Keccak-f[1600] applied once to the all-zero state gives lane 0 = 0xF1258F7940E1DDE7.
// Input: mode byte then data. Mode 0: SHA3-256 of the data (output 32 bytes). Mode 1: apply the permutation
// data[0] times to the zero state (output lanes 0 and 1, 16 bytes).
// args: 00
// args: 00616263
// args: 0101
// args: 0102
// args: 0054686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f672054686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f672054686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f67

typedef unsigned long long u64;

static const u64 RC[24] = {
    0x0000000000000001ULL, 0x0000000000008082ULL, 0x800000000000808aULL, 0x8000000080008000ULL,
    0x000000000000808bULL, 0x0000000080000001ULL, 0x8000000080008081ULL, 0x8000000000008009ULL,
    0x000000000000008aULL, 0x0000000000000088ULL, 0x0000000080008009ULL, 0x000000008000000aULL,
    0x000000008000808bULL, 0x800000000000008bULL, 0x8000000000008089ULL, 0x8000000000008003ULL,
    0x8000000000008002ULL, 0x8000000000000080ULL, 0x000000000000800aULL, 0x800000008000000aULL,
    0x8000000080008081ULL, 0x8000000000008080ULL, 0x0000000080000001ULL, 0x8000000080008008ULL};

static const unsigned char ROT[25] = {0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43,
                                      25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14};

static u64 st[25];
static unsigned char out[32];

static u64 rotl64(u64 x, int n) { return n == 0 ? x : (x << n) | (x >> (64 - n)); }

__attribute__((noinline)) static void keccak_f(u64 *a) {
  for (int round = 0; round < 24; round++) {
    u64 c[5], d[5], b[25];
    for (int x = 0; x < 5; x++) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
    for (int x = 0; x < 5; x++) d[x] = c[(x + 4) % 5] ^ rotl64(c[(x + 1) % 5], 1);
    for (int i = 0; i < 25; i++) a[i] ^= d[i % 5];
    for (int x = 0; x < 5; x++)
      for (int y = 0; y < 5; y++) b[y + 5 * ((2 * x + 3 * y) % 5)] = rotl64(a[x + 5 * y], ROT[x + 5 * y]);
    for (int y = 0; y < 5; y++)
      for (int x = 0; x < 5; x++) a[x + 5 * y] = b[x + 5 * y] ^ (~b[(x + 1) % 5 + 5 * y] & b[(x + 2) % 5 + 5 * y]);
    a[0] ^= RC[round];
  }
}

static void absorb_byte(unsigned pos, unsigned char v) { st[pos / 8] ^= (u64)v << (8 * (pos % 8)); }

unsigned long long main(const unsigned char *args, unsigned int len) {
  for (int i = 0; i < 25; i++) st[i] = 0;
  if (len >= 2 && args[0] == 1) {
    for (int i = 0; i < args[1]; i++) keccak_f(st);
    for (int i = 0; i < 16; i++) out[i] = (unsigned char)(st[i / 8] >> (8 * (i % 8)));
    return (unsigned long long)(unsigned int)out | ((unsigned long long)16 << 32);
  }
  const unsigned rate = 136;
  const unsigned char *msg = args + (len > 0);
  unsigned n = len > 0 ? len - 1 : 0, pos = 0;
  for (unsigned i = 0; i < n; i++) {
    absorb_byte(pos++, msg[i]);
    if (pos == rate) {
      keccak_f(st);
      pos = 0;
    }
  }
  absorb_byte(pos, 0x06);
  absorb_byte(rate - 1, 0x80);
  keccak_f(st);
  for (int i = 0; i < 32; i++) out[i] = (unsigned char)(st[i / 8] >> (8 * (i % 8)));
  return (unsigned long long)(unsigned int)out | ((unsigned long long)32 << 32);
}
