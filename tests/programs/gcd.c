// Euclid's gcd and lcm of pairs of u64 (lcm mod 2^64).
// Input: pairs (a, b) of u64 little-endian. Output: per pair gcd u64 then lcm u64.
// args: 0c000000000000001200000000000000
// args: 00000000000000000700000000000000
// args: 65d8cc1d4f0000002d8b4ac50d0000000d0000000000000011000000000000000000000000000080ffffffffffffffff
// args: ffffffffffffffff0300000000000000

typedef unsigned long long u64;

static unsigned char out[16 * 16];

static u64 read_u64(const unsigned char *p) {
  u64 v = 0;
  for (int i = 7; i >= 0; i--) v = (v << 8) | p[i];
  return v;
}

static void write_u64(unsigned char *p, u64 v) {
  for (int i = 0; i < 8; i++) p[i] = (unsigned char)(v >> (8 * i));
}

__attribute__((noinline)) static u64 gcd(u64 a, u64 b) {
  while (b != 0) {
    u64 t = a % b;
    a = b;
    b = t;
  }
  return a;
}

unsigned long long main(const unsigned char *args, unsigned int len) {
  unsigned pairs = len / 16;
  if (pairs > 16) pairs = 16;
  for (unsigned i = 0; i < pairs; i++) {
    u64 a = read_u64(args + 16 * i), b = read_u64(args + 16 * i + 8);
    u64 g = gcd(a, b);
    u64 l = g == 0 ? 0 : (a / g) * b;
    write_u64(out + 16 * i, g);
    write_u64(out + 16 * i + 8, l);
  }
  return (unsigned long long)(unsigned int)out | ((unsigned long long)(16 * pairs) << 32);
}
