// Regression for "phi copies on an edge overwriting registers the successor assumed valid": loops with several
// phis fed from different predecessors (continue/break edges, which are critical edges), inner loops whose
// exits carry phis, and hot values live across every edge without being phis themselves.
// Input: any bytes. Output: four u64 results of `edges`, then one of `inner`.
// args:
// args: 01
// args: 02
// args: 0003
// args: 000102030405060708090a0b0c0d0e0f
// args: f0e1d2c3b4a5968778695a4b3c2d1e0f10fedcba98
// args: 4444444444444444111111113333333322222222

typedef unsigned long long u64;
typedef unsigned int u32;

static const unsigned char *g_args;
static u32 g_len;
static unsigned char out[40];

// One parameter: r10-r12 free. Three loop exits back to the header carry different phi values.
__attribute__((noinline)) static u64 edges(u64 seed) {
  u64 a = seed, b = seed ^ 0x9e37ULL, c = 0, d = 1, k = seed * 3 + 1;
  u32 i = 0;
  while (i < g_len) {
    u32 v = g_args[i];
    if (v & 1) {
      u64 t = a;
      a = b + v + k;
      b = t ^ c;
      i++;
      continue;
    }
    if (v & 2) {
      c += a ^ k;
      d = d * 3 + b;
      i += 2;
      continue;
    }
    u32 j = 0;
    while (j < (v & 7) + 1) {
      u64 t = c;
      c = d + a + k;
      d = t ^ j;
      j++;
      if (c & 0x10) break;
    }
    a += c ^ d;
    k ^= a >> 3;
    i++;
  }
  u64 r = a ^ (b * 3) ^ (c * 5) ^ (d * 7) ^ k;
  out[0] = (unsigned char)a;
  out[1] = (unsigned char)b;
  return r;
}

// Nested loops in a leaf: the inner loop's exit phis and the outer loop's phis on one edge.
__attribute__((noinline)) static u64 inner(u64 seed) {
  u64 x = seed | 1, y = seed >> 1, s = 0;
  for (u32 i = 0; i < g_len; i++) {
    u64 p = x, q = y;
    for (u32 j = 0; j <= (g_args[i] & 3); j++) {
      u64 t = p * 5 + q;
      q = p ^ (t >> 2);
      p = t;
      if ((t & 3) == 3) s += q;
    }
    x = q + s;
    y = p ^ x;
  }
  return x ^ y ^ s;
}

unsigned long long main(const unsigned char *args, unsigned int len) {
  g_args = args;
  g_len = len;
  for (u32 r = 0; r < 4; r++) {
    u64 v = edges(r * 0x1234567ULL + len);
    for (int i = 0; i < 8; i++) out[8 * r + i] = (unsigned char)(v >> (8 * i));
  }
  u64 w = inner(len + 5);
  for (int i = 0; i < 8; i++) out[32 + i] = (unsigned char)(w >> (8 * i));
  return (unsigned long long)(unsigned int)out | ((unsigned long long)40 << 32);
}
