// Branch-call-jump filters of 7-Zip / LZMA SDK (Bra86.c, Bra.c from the PyPI sdist pybcj 1.0.8), the
// converters that xz and 7z run on executables before compression: relative branch targets become absolute.
// Input: any bytes (at most 256); the first 4 bytes, little-endian, are also the start address `ip`.
// Output: the input encoded by x86_Convert, ARM_Convert, ARMT_Convert, PPC_Convert and SPARC_Convert (one copy
// each, the same length as the input), then x86 decoded back from its encoding, then one byte: 1 when that
// decoding gives the input again.
// args: 00100000e8000000009090e8fcffffff90e80000010090e9101112134142e8ffffffff00
// args:
// args: 00000000112233eb445566eb778899eb000000f0fcf8ffff01020348000000484142434400000040414243
// args: 0010000000e800e8ffe8000000ff48000001400000008b1c0400eb010203eb0b0a0908e8e8e8e8e8e8e8e8
// args: 414243

#include "vendor/bcj/Bra86.c"
#include "vendor/bcj/Bra.c"

#define INPUT_LIMIT 256

static Byte out[7 * INPUT_LIMIT + 1];

static UInt32 read_le32(const unsigned char *p) {
  return (UInt32)p[0] | (UInt32)p[1] << 8 | (UInt32)p[2] << 16 | (UInt32)p[3] << 24;
}

static Byte *copy_of(Byte *dst, const unsigned char *src, unsigned int len) {
  for (unsigned int i = 0; i < len; i++) dst[i] = src[i];
  return dst;
}

unsigned long long main(const unsigned char *args, unsigned int len) {
  if (len > INPUT_LIMIT) len = INPUT_LIMIT;
  UInt32 ip = len >= 4 ? read_le32(args) : 0;
  UInt32 state = 0;
  x86_Convert(copy_of(out, args, len), len, ip, &state, 1);
  ARM_Convert(copy_of(out + len, args, len), len, ip, 1);
  ARMT_Convert(copy_of(out + 2 * len, args, len), len, ip, 1);
  PPC_Convert(copy_of(out + 3 * len, args, len), len, ip, 1);
  SPARC_Convert(copy_of(out + 4 * len, args, len), len, ip, 1);
  Byte *decoded = copy_of(out + 5 * len, out, len);
  state = 0;
  x86_Convert(decoded, len, ip, &state, 0);
  int same = 1;
  for (unsigned int i = 0; i < len; i++) same &= decoded[i] == args[i];
  out[6 * len] = (Byte)same;
  return (unsigned long long)(unsigned int)(__SIZE_TYPE__)out | ((unsigned long long)(6 * len + 1) << 32);
}
