// Regression for "expired intervals leaving one register mapped to two values": a sequence of loops, each with
// its own hot values, so that registers freed by one loop's expired intervals are taken by the next loop's
// values; results of earlier loops are read again after later ones.
// Input: any bytes. Output: five u64 results.
// args:
// args: 00
// args: ff
// args: 0102030405060708
// args: 8899aabbccddeeff0011223344556677deadbeef
// args: 1f1e1d1c1b1a191817161514131211100f0e0d0c0b0a09080706050403020100

typedef unsigned long long u64;
typedef unsigned int u32;

static unsigned char out[40];

static void put(unsigned char *p, u64 v) {
  for (int i = 0; i < 8; i++) p[i] = (unsigned char)(v >> (8 * i));
}

unsigned long long main(const unsigned char *args, unsigned int len) {
  // Loop 1: a Fletcher-like pair.
  u64 s1 = 1, s2 = 0;
  for (u32 i = 0; i < len; i++) {
    s1 = (s1 + args[i]) % 65521;
    s2 = (s2 + s1) % 65521;
  }
  u64 r1 = (s2 << 16) | s1;
  // Loop 2: new hot values (x, y) that start after r1 is defined; r1 stays live to the end.
  u64 x = r1 ^ 0x5bd1e995ULL, y = len;
  for (u32 i = 0; i < len + 3; i++) {
    u32 b = i < len ? args[i] : (u32)i;
    x = (x ^ b) * 0x5bd1e995ULL;
    y += x >> 13;
    x ^= y;
  }
  u64 r2 = x + y;
  // Loop 3: a count-down with three hot values and no use of r1, r2 inside.
  u64 p = 3, q = 5, m = 0;
  for (u32 k = (len & 15) + 4; k != 0; k--) {
    p = p * q + k;
    q = q + (p >> 3);
    m ^= p + q;
  }
  u64 r3 = m;
  // Loop 4: reads r1 and r2 again (their intervals span loops 2-4) next to its own hot values.
  u64 u = r1, v = r2, w = 0;
  for (u32 i = 0; i < len; i++) {
    u = u * 33 + (args[i] ^ r3);
    v ^= u + r1;
    w += v >> (i & 7);
  }
  // Loop 5: nested, the inner loop's values expire every outer iteration.
  u64 z = 0;
  for (u32 i = 0; i < (len & 7) + 2; i++) {
    u64 a = i + 1, c = r2 ^ i;
    for (u32 j = 0; j < i + 2; j++) {
      a = a * 3 + c;
      c ^= a >> 2;
    }
    z += a ^ c;
  }
  put(out, r1);
  put(out + 8, r2);
  put(out + 16, r3);
  put(out + 24, u ^ v ^ w);
  put(out + 32, z + r1 + r2 + r3);
  return (unsigned long long)(unsigned int)out | ((unsigned long long)40 << 32);
}
