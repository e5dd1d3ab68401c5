// Regression for "calls clobbering allocated registers": hot loop values of non-leaf functions stay live
// across calls of noinline functions that themselves keep loop values in r9-r12, place four arguments in
// r9-r12, or make a host call with data arguments in r7..r11.
// Input: any bytes. Output: four u64 checksums.
// args:
// args: 01
// args: 00ff7f80
// args: 0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f
// args: fffefdfcfbfaf9f8f7f6f5f4f3f2f1f0e0d0c0b0a09080706050403020100f

typedef unsigned long long u64;
typedef unsigned int u32;

extern long long host_call_5(long long id, long long a, long long b, long long c, long long d, long long e);

static unsigned char out[32];

// A leaf with a loop: its hot values take r10-r12 (r9 holds the parameter).
__attribute__((noinline)) static u64 scramble(u64 x) {
  u64 a = x ^ 0x9e3779b97f4a7c15ULL, b = x + 0x632be59bd9b4e019ULL, c = ~x;
  u32 n = (u32)(x & 7) + 3;
  for (u32 i = 0; i < n; i++) {
    a = (a + b) * 3 ^ c;
    b = (b ^ a) + (c >> 3) + i;
    c = c * 5 + a - b;
  }
  return a ^ (b << 1) ^ (c >> 1);
}

// Four parameters: every one of r9-r12 is written by its callers.
__attribute__((noinline)) static u64 four(u64 a, u64 b, u64 c, u64 d) {
  return (a * 0x100000001b3ULL) ^ (b + 17) ^ (c << 5) ^ (d >> 3);
}

// Non-leaf with a loop: calls `four` (r9-r12 as arguments) and `scramble`.
__attribute__((noinline)) static u64 mixer(u64 seed, u32 rounds) {
  u64 s = seed, t = seed ^ 0x5555;
  for (u32 r = 0; r < rounds; r++) {
    s = four(s, t, r, s ^ t);
    t = t + scramble(s) + r;
  }
  return s ^ t;
}

// Non-leaf with a loop and a host call writing r7..r11.
__attribute__((noinline)) static u64 logger(u64 v, u32 n) {
  u64 acc = v, hot = v * 7 + 1;
  for (u32 i = 0; i < n; i++) {
    acc = acc * 3 + hot;
    host_call_5(100, 4, 0, 0, 0, (long long)(acc & 3));
    hot ^= acc >> 5;
    acc += hot;
  }
  return acc ^ hot;
}

static void put(unsigned char *p, u64 v) {
  for (int i = 0; i < 8; i++) p[i] = (unsigned char)(v >> (8 * i));
}

unsigned long long main(const unsigned char *args, unsigned int len) {
  u64 acc = len, k = 0x1234, h = 7, m = 0;
  for (u32 i = 0; i < len; i++) {
    u64 v = args[i];
    acc += scramble(v + k) ^ h;
    k = k * 31 + acc;
    h ^= acc >> 7;
    m += mixer(k ^ v, (u32)(v & 3) + 1);
    h += m ^ k;
    acc ^= logger(h, (u32)(v % 3));
    k += acc + h + m;
  }
  put(out, acc);
  put(out + 8, k);
  put(out + 16, h);
  put(out + 24, m);
  return (unsigned long long)(unsigned int)out | ((unsigned long long)32 << 32);
}
