// Iterative Fibonacci over 64-bit integers (wraps mod 2^64 past fib(93)).
// Input: n as u32 little-endian. Output: fib(n) as u64 little-endian.
// args: 00000000
// args: 01000000
// args: 0a000000
// args: 5a000000
// args: c8000000

typedef unsigned long long u64;
typedef unsigned int u32;

static unsigned char out[8];

static u32 read_u32(const unsigned char *p) {
  return (u32)p[0] | ((u32)p[1] << 8) | ((u32)p[2] << 16) | ((u32)p[3] << 24);
}

static void write_u64(unsigned char *p, u64 v) {
  for (int i = 0; i < 8; i++) p[i] = (unsigned char)(v >> (8 * i));
}

static u64 fib(u32 n) {
  u64 a = 0, b = 1;
  for (u32 i = 0; i < n; i++) {
    u64 t = a + b;
    a = b;
    b = t;
  }
  return a;
}

unsigned long long main(const unsigned char *args, unsigned int len) {
  u32 n = len >= 4 ? read_u32(args) : 0;
  write_u64(out, fib(n));
  return (unsigned long long)(unsigned int)out | ((unsigned long long)8 << 32);
}
