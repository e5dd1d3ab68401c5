// Regression for "conditional moves not counted as reading their destination": selects inside loops whose
// kept value is the loop-carried value itself (m = c ? x : m), min/max/argmax reductions, clamps and
// conditional counters, so that cmov's destination is an allocated value that must be read.
// Input: any bytes. Output: min, max, argmin, argmax (u32 each), then three u64 results.
// args:
// args: 80
// args: 0505050505
// args: 0a09080706050403020100
// args: 00ff00ff7f80
// args: 3141592653589793238462643383279502884197169399375105820974944592
// args: ff0001fe02fd03fc04fb05fa06f907f808f709f60af50bf40cf30df20ef10ff0

typedef unsigned long long u64;
typedef unsigned int u32;
typedef long long i64;

static const unsigned char *g_args;
static u32 g_len;
static unsigned char out[40];

// One parameter: clamp and conditional accumulate on three hot values (r10-r12).
__attribute__((noinline)) static u64 clamp_walk(u64 seed) {
  i64 lo = -(i64)(seed & 0xff) - 50, hi = (i64)(seed & 0x3ff) + 50, pos = 0;
  u64 hits = 0;
  for (u32 round = 0; round < 3; round++) {
    for (u32 i = 0; i < g_len; i++) {
      i64 step = (i64)g_args[i] - 128;
      pos += step;
      pos = pos < lo ? lo : pos;
      pos = pos > hi ? hi : pos;
      hits += (pos == lo || pos == hi) ? 1 : 0;
      lo = (g_args[i] & 1) ? lo - 1 : lo;
    }
  }
  return (u64)pos ^ (hits << 32) ^ (u64)lo;
}

// A running "maximum" of a hash (compared after a shift) where the kept value is the old one (cmov reads its
// destination); each selected value is read several times afterwards, so the select's own result is allocated
// and the cmov writes straight into its register.
__attribute__((noinline)) static u64 best_hash(u64 seed) {
  u64 h = seed, best = 0, worst = ~0ULL, mix = 0;
  for (u32 i = 0; i < g_len + 8; i++) {
    h = (h ^ (i < g_len ? g_args[i] : i)) * 0x100000001b3ULL;
    u64 nb = (h >> 3) > best ? h : best;
    u64 nw = (h & 0x30) ? worst : h ^ i;
    mix = (mix ^ nb) * 3 + (nb >> 7) + (nw ^ (nw >> 5)) + (nb & nw);
    best = nb;
    worst = nw;
  }
  return best ^ (worst >> 1) ^ (mix << 1);
}

unsigned long long main(const unsigned char *args, unsigned int len) {
  g_args = args;
  g_len = len;
  u32 mn = 0xffffffffu, mx = 0, amin = 0, amax = 0;
  for (u32 i = 0; i < len; i++) {
    u32 v = args[i];
    amin = v < mn ? i : amin;
    mn = v < mn ? v : mn;
    amax = v >= mx ? i : amax;
    mx = v >= mx ? v : mx;
  }
  u64 r1 = clamp_walk(len * 37 + 11), r2 = best_hash(len), r3 = 0;
  for (u32 i = 0; i + 1 < len; i++) {
    u64 a = args[i], b = args[i + 1];
    r3 = (a > b) ? r3 + (a - b) : r3;
    r3 = (r3 > 300) ? r3 - 300 : r3;
  }
  u32 w[4] = {mn, mx, amin, amax};
  for (int k = 0; k < 4; k++)
    for (int i = 0; i < 4; i++) out[4 * k + i] = (unsigned char)(w[k] >> (8 * i));
  for (int i = 0; i < 8; i++) {
    out[16 + i] = (unsigned char)(r1 >> (8 * i));
    out[24 + i] = (unsigned char)(r2 >> (8 * i));
    out[32 + i] = (unsigned char)(r3 >> (8 * i));
  }
  return (unsigned long long)(unsigned int)out | ((unsigned long long)40 << 32);
}
