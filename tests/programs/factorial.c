// Recursive factorial over u64 (wraps mod 2^64 past 20!), for every n in the input bytes.
// Input: a list of n values, one byte each. Output: n! as u64 little-endian per input byte.
// args: 00
// args: 0105
// args: 0a14
// args: 15191e
// args:

typedef unsigned long long u64;

static unsigned char out[8 * 64];

__attribute__((noinline)) static u64 factorial(unsigned n) {
  if (n <= 1) return 1;
  return (u64)n * factorial(n - 1);
}

unsigned long long main(const unsigned char *args, unsigned int len) {
  if (len > 64) len = 64;
  for (unsigned i = 0; i < len; i++) {
    u64 f = factorial(args[i]);
    for (int b = 0; b < 8; b++) out[8 * i + b] = (unsigned char)(f >> (8 * b));
  }
  return (unsigned long long)(unsigned int)out | ((unsigned long long)(8 * len) << 32);
}
