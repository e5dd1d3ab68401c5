// Field arithmetic modulo 2^255 - 19 with the SUPERCOP Ed25519 reference code vendored in the PyPI sdist
// ed25519 1.5 (fe25519.c: 32 limbs of 8 bits, schoolbook multiplication, inversion by Fermat's little theorem).
// Input: up to 64 bytes: x = the first 32 (zero-padded, little-endian, bit 255 ignored), y = the next 32.
// Output: pack(x * y + x - y), pack(x^-1) (0 for x = 0), pack(x * x^-1) (1 unless x = 0), pack(x^((p-5)/8)),
// 128 bytes in all.
// args: 02000000000000000000000000000000000000000000000000000000000000000200000000000000000000000000000000000000000000000000000000000000
// args:
// args: 000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f
// args: ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f09

#include "vendor/ed25519/fe25519.c"

static unsigned char out[131];

static void unpack_padded(fe25519 *r, const unsigned char *p, unsigned int n) {
  unsigned char bytes[32];
  for (unsigned int i = 0; i < 32; i++) bytes[i] = i < n ? p[i] : 0;
  fe25519_unpack(r, bytes);
}

unsigned long long main(const unsigned char *args, unsigned int len) {
  fe25519 x, y, t, p;
  unpack_padded(&x, args, len);
  unpack_padded(&y, args + (len < 32 ? len : 32), len < 32 ? 0 : len - 32);
  fe25519_mul(&t, &x, &y);
  unsigned char parity = fe25519_getparity(&t);
  fe25519_add(&t, &t, &x);
  fe25519_sub(&t, &t, &y);
  fe25519_pack(out, &t);
  p = x;
  for (int i = 0; i < 8; i++) fe25519_square(&p, &p);
  fe25519_pack(out + 32, &p);
  fe25519_neg(&t, &x);
  fe25519_pack(out + 64, &t);
  t = x;
  fe25519_cmov(&t, &y, fe25519_getparity(&x));
  fe25519_pack(out + 96, &t);
  out[128] = (unsigned char)fe25519_iszero(&x);
  out[129] = (unsigned char)fe25519_iseq_vartime(&x, &y);
  out[130] = parity;
  return (unsigned long long)(unsigned int)(__SIZE_TYPE__)out | ((unsigned long long)131 << 32);
}
