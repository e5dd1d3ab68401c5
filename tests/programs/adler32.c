// Adler-32 checksum (RFC 1950). Check value: adler32("Wikipedia") = 0x11E60398.
// Input: any bytes. Output: adler32 as u32 big-endian (the RFC's byte order).
// args: 57696b697065646961
// args:
// args: 6162636465666768696a6b6c6d6e6f707172737475767778797a
// args: ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff

typedef unsigned int u32;

static unsigned char out[4];

static u32 adler32(const unsigned char *p, u32 n) {
  u32 a = 1, b = 0;
  for (u32 i = 0; i < n; i++) {
    a = (a + p[i]) % 65521u;
    b = (b + a) % 65521u;
  }
  return (b << 16) | a;
}

unsigned long long main(const unsigned char *args, unsigned int len) {
  u32 v = adler32(args, len);
  out[0] = (unsigned char)(v >> 24);
  out[1] = (unsigned char)(v >> 16);
  out[2] = (unsigned char)(v >> 8);
  out[3] = (unsigned char)v;
  return (unsigned long long)(unsigned int)out | ((unsigned long long)4 << 32);
}
