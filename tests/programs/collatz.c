// Collatz trajectories: for each start value, the number of steps to reach 1 and the peak value (u64).
// Also the start below a limit with the longest trajectory. Input: u32 start values; the first value is
// also the search limit (capped at 300). Output per value: steps (u32), peak (u64); then best start (u32).
// args: 1b000000 01000000 07000000
// args: 2c010000 61000000
// args: 0a000000 ffffffff

typedef unsigned int u32;
typedef unsigned long long u64;

static unsigned char out[12 * 16 + 4];

static u32 collatz(u64 n, u64 *peak) {
  u32 steps = 0;
  *peak = n;
  while (n > 1) {
    n = (n & 1) ? 3 * n + 1 : n >> 1;
    if (n > *peak) *peak = n;
    steps++;
  }
  return steps;
}

unsigned long long main(const unsigned char *args, unsigned int len) {
  u32 count = len / 4, o = 0, limit = 0;
  if (count > 16) count = 16;
  for (u32 i = 0; i < count; i++) {
    const unsigned char *p = args + 4 * i;
    u32 v = (u32)p[0] | ((u32)p[1] << 8) | ((u32)p[2] << 16) | ((u32)p[3] << 24);
    if (i == 0) limit = v > 300 ? 300 : v;
    u64 peak;
    u32 steps = collatz(v, &peak);
    for (int b = 0; b < 4; b++) out[o++] = (unsigned char)(steps >> (8 * b));
    for (int b = 0; b < 8; b++) out[o++] = (unsigned char)(peak >> (8 * b));
  }
  u32 best = 1, best_steps = 0;
  for (u32 s = 1; s < limit; s++) {
    u64 peak;
    u32 steps = collatz(s, &peak);
    if (steps > best_steps) {
      best_steps = steps;
      best = s;
    }
  }
  for (int b = 0; b < 4; b++) out[o++] = (unsigned char)(best >> (8 * b));
  return (unsigned long long)(unsigned int)out | ((unsigned long long)o << 32);
}
