// Regression for "live ranges computed in a different block order than the emitter's layout": goto-based and
// switch-based state machines inside loops, including an irreducible loop (two entries) and blocks that LLVM
// lays out away from their CFG order (cold paths sunk, loop latches before their bodies), with hot values
// live around every edge.
// Input: any bytes. Output: three u64 results.
// args:
// args: 00
// args: 03
// args: 0102030405060708090a0b0c0d0e0f
// args: ffffffff00000000ffffffff
// args: 6c696e6561722073636e616e20626c6f636b206f72646572
// args: 80c0e0f0f8fcfeff7f3f1f0f07030100

typedef unsigned long long u64;
typedef unsigned int u32;

static const unsigned char *g_args;
static u32 g_len;
static unsigned char out[24];

// Goto state machine with an irreducible loop: `odd` and `even` jump into each other, and both are entered
// from the dispatch at the top.
__attribute__((noinline)) static u64 gotos(u64 seed) {
  u64 acc = seed, h = seed ^ 0x2545f4914f6cdd1dULL, n = 0;
  u32 i = 0;
  if (g_len == 0) goto done;
  if (g_args[0] & 1) goto odd;
even:
  if (i >= g_len) goto done;
  h = (h ^ g_args[i]) * 0x100000001b3ULL;
  acc += h >> 7;
  n++;
  i++;
  if (h & 2) goto odd;
  if (h & 4) goto even;
  goto tail;
odd:
  if (i >= g_len) goto done;
  acc = acc * 5 + g_args[i] + n;
  h ^= acc << 3;
  i += 1 + (g_args[i] & 1);
  if (acc & 8) goto even;
tail:
  n += acc & 3;
  if (n < 3 * g_len + 8) goto odd;
done:
  return acc ^ (h * 3) ^ (n << 40);
}

// Switch state machine: the state selects the next block; states are numbered out of layout order.
__attribute__((noinline)) static u64 states(u64 seed) {
  u64 x = seed, y = seed * 7 + 1, z = 0;
  u32 state = 3, i = 0, steps = 0;
  while (steps < 4 * g_len + 10) {
    steps++;
    u32 b = i < g_len ? g_args[i] : 0x55;
    switch (state) {
      case 0:
        x += y ^ b;
        state = (u32)(x & 3);
        break;
      case 5:
        z = z * 3 + x;
        state = 0;
        i++;
        break;
      case 1:
        y ^= z + b;
        state = 5;
        break;
      case 3:
        x = x * 0x9e3779b1ULL + z;
        state = (b & 1) ? 1 : 2;
        i++;
        break;
      case 2:
        z ^= x >> 5;
        y += z;
        state = (y & 1) ? 5 : 3;
        break;
      default:
        state = 0;
        break;
    }
  }
  return x ^ y ^ z ^ state;
}

unsigned long long main(const unsigned char *args, unsigned int len) {
  g_args = args;
  g_len = len;
  u64 a = gotos(len), b = states(len + 9);
  // A loop in main whose latch is a cold rarely-taken path (`continue` from inside a nested if).
  u64 c = a ^ b, d = 0;
  for (u32 i = 0; i < len; i++) {
    u32 v = args[i];
    if (v > 0xf0) {
      if (c & 1) {
        c = (c >> 1) ^ 0xd800000000000000ULL;
        continue;
      }
      d += c;
    }
    c = c * 6364136223846793005ULL + v;
    d ^= c >> 33;
  }
  for (int i = 0; i < 8; i++) {
    out[i] = (unsigned char)(a >> (8 * i));
    out[8 + i] = (unsigned char)(b >> (8 * i));
    out[16 + i] = (unsigned char)((c + d) >> (8 * i));
  }
  return (unsigned long long)(unsigned int)out | ((unsigned long long)24 << 32);
}
