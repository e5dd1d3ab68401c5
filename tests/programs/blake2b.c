// BLAKE2b (RFC 7693), unkeyed, with a selectable digest length. Check value: BLAKE2b-512("abc") =
// ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923.
// Input: digest length in bytes (u8, 1..64) then the message. Output: the digest.
// args: 40616263
// args: 40
// args: 20000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f8081
// args: 1054686520717569636b2062726f776e20666f78

typedef unsigned long long u64;
typedef unsigned int u32;

static const u64 IV[8] = {0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL,
                          0xa54ff53a5f1d36f1ULL, 0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
                          0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};

static const unsigned char SIGMA[12][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4}, {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13}, {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11}, {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5}, {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3}};

static u64 h[8];
static unsigned char buf[128];
static unsigned char out[64];

static u64 rotr64(u64 x, int n) { return (x >> n) | (x << (64 - n)); }

static u64 load64(const unsigned char *p) {
  u64 v = 0;
  for (int i = 7; i >= 0; i--) v = (v << 8) | p[i];
  return v;
}

#define G(a, b, c, d, x, y)       \
  do {                            \
    v[a] = v[a] + v[b] + (x);     \
    v[d] = rotr64(v[d] ^ v[a], 32); \
    v[c] = v[c] + v[d];           \
    v[b] = rotr64(v[b] ^ v[c], 24); \
    v[a] = v[a] + v[b] + (y);     \
    v[d] = rotr64(v[d] ^ v[a], 16); \
    v[c] = v[c] + v[d];           \
    v[b] = rotr64(v[b] ^ v[c], 63); \
  } while (0)

__attribute__((noinline)) static void compress(const unsigned char *block, u64 counter, int last) {
  u64 v[16], m[16];
  for (int i = 0; i < 16; i++) m[i] = load64(block + 8 * i);
  for (int i = 0; i < 8; i++) {
    v[i] = h[i];
    v[i + 8] = IV[i];
  }
  v[12] ^= counter;
  if (last) v[14] = ~v[14];
  for (int r = 0; r < 12; r++) {
    const unsigned char *s = SIGMA[r];
    G(0, 4, 8, 12, m[s[0]], m[s[1]]);
    G(1, 5, 9, 13, m[s[2]], m[s[3]]);
    G(2, 6, 10, 14, m[s[4]], m[s[5]]);
    G(3, 7, 11, 15, m[s[6]], m[s[7]]);
    G(0, 5, 10, 15, m[s[8]], m[s[9]]);
    G(1, 6, 11, 12, m[s[10]], m[s[11]]);
    G(2, 7, 8, 13, m[s[12]], m[s[13]]);
    G(3, 4, 9, 14, m[s[14]], m[s[15]]);
  }
  for (int i = 0; i < 8; i++) h[i] ^= v[i] ^ v[i + 8];
}

unsigned long long main(const unsigned char *args, unsigned int len) {
  if (len < 1 || args[0] < 1 || args[0] > 64) return (unsigned long long)(unsigned int)out;
  u32 outlen = args[0];
  const unsigned char *msg = args + 1;
  u32 n = len - 1;
  for (int i = 0; i < 8; i++) h[i] = IV[i];
  h[0] ^= 0x01010000ULL ^ outlen;
  u64 counter = 0;
  while (n > 128) {
    counter += 128;
    compress(msg, counter, 0);
    msg += 128;
    n -= 128;
  }
  for (u32 i = 0; i < 128; i++) buf[i] = i < n ? msg[i] : 0;
  compress(buf, counter + n, 1);
  for (u32 i = 0; i < outlen; i++) out[i] = (unsigned char)(h[i / 8] >> (8 * (i % 8)));
  return (unsigned long long)(unsigned int)out | ((unsigned long long)outlen << 32);
}
