// Regression for "merge blocks inheriting 'register still valid' from one predecessor while another
// predecessor had a call": if/else (and switch) arms inside loops of non-leaf functions where only some arms
// make a call, with the hot loop values read right after the merge.
// Input: any bytes. Output: three u64 checksums.
// args:
// args: 00
// args: 07
// args: 5a5a5a5a
// args: 00112233445566778899aabbccddeeff
// args: 800102fe7f40c0207e3c18ff00ff0f0f0f

typedef unsigned long long u64;
typedef unsigned int u32;

static unsigned char out[24];

// A leaf with a loop of its own (keeps values in r10-r12).
__attribute__((noinline)) static u64 step(u64 x) {
  u64 a = x, b = x >> 3, c = x | 1;
  for (u32 i = 0; i < 4; i++) {
    a = a * 0x2545f4914f6cdd1dULL + b;
    b ^= a >> 11;
    c += a ^ b;
  }
  return a ^ b ^ c;
}

// One parameter, non-leaf: r10-r12 are free for its loop values; only one arm of each if calls.
__attribute__((noinline)) static u64 chain(u64 seed) {
  u64 x = seed, y = seed ^ 0xabcdefULL, z = 1;
  for (u32 i = 0; i < 24; i++) {
    if ((x >> (i & 15)) & 1) {
      x = step(x + y);
    } else {
      y = y * 3 + z;
      z += x;
    }
    z ^= x + y;
    if (z & 4) y += step(z);
    x += z ^ y;
  }
  return x ^ y ^ z;
}

unsigned long long main(const unsigned char *args, unsigned int len) {
  u64 a = 0x0123456789abcdefULL, b = len, c = 0;
  for (u32 i = 0; i < len; i++) {
    u32 v = args[i];
    switch (v & 3) {
      case 0: a = step(a ^ v); break;
      case 1: b = b * 5 + a; c ^= b; break;
      case 2: c = chain(c + v) ^ a; break;
      default: a += b ^ c; b -= v; break;
    }
    a ^= b + c;
    b += a >> 7;
    if (v > 100) c += step(b);
    else c ^= a + b;
    c += a * b;
  }
  for (int i = 0; i < 8; i++) {
    out[i] = (unsigned char)(a >> (8 * i));
    out[8 + i] = (unsigned char)(b >> (8 * i));
    out[16 + i] = (unsigned char)(c >> (8 * i));
  }
  return (unsigned long long)(unsigned int)out | ((unsigned long long)24 << 32);
}
