// Trial-division primality test of u32 values.
// Input: u32 little-endian values. Output: one byte per value, 1 if prime else 0.
// args: 00000000010000000200000003000000040000001100000019000000
// args: 61000000e9030000f1030000
// args: fbffffffffffffff1b050000
// args: 07000000

typedef unsigned int u32;
typedef unsigned long long u64;

static unsigned char out[64];

static int is_prime(u32 n) {
  if (n < 2) return 0;
  if (n < 4) return 1;
  if (n % 2 == 0 || n % 3 == 0) return 0;
  for (u64 d = 5; d * d <= n; d += 6) {
    if (n % d == 0 || n % (d + 2) == 0) return 0;
  }
  return 1;
}

unsigned long long main(const unsigned char *args, unsigned int len) {
  unsigned count = len / 4;
  if (count > 64) count = 64;
  for (unsigned i = 0; i < count; i++) {
    const unsigned char *p = args + 4 * i;
    u32 v = (u32)p[0] | ((u32)p[1] << 8) | ((u32)p[2] << 16) | ((u32)p[3] << 24);
    out[i] = (unsigned char)is_prime(v);
  }
  return (unsigned long long)(unsigned int)out | ((unsigned long long)count << 32);
}
