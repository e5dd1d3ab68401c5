// The scalar half of Ed25519 signing with the SUPERCOP reference code vendored in the PyPI sdist ed25519 1.5
// (sha512-blocks.c, sha512-hash.c, sc25519.c): SHA-512 of the message, reduced modulo the group order L by
// sc25519_from64bytes (Barrett reduction), then S = r * a + r (sc25519_mul, sc25519_add) with a fixed scalar a,
// as in S = r + H(R, A, M) * a.
// Input: any bytes (the message). Output: the 64-byte SHA-512 digest, then r and S (32 bytes each,
// little-endian), 128 bytes in all. Check value: SHA-512("abc") = ddaf35a193617aba...a54ca49f.
// args: 616263
// args:
// args: 6162636462636465636465666465666765666768666768696768696a68696a6b696a6b6c6a6b6c6d6b6c6d6e6c6d6e6f6d6e6f706e6f7071
// args: 000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f70717273

#include "vendor/ed25519/sha512-blocks.c"
#include "vendor/ed25519/sha512-hash.c"
#include "vendor/ed25519/sc25519.c"

static const unsigned char secret_scalar[32] = {
    0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef, 0xfe, 0xdc, 0xba, 0x98, 0x76, 0x54, 0x32, 0x10,
    0x0f, 0x1e, 0x2d, 0x3c, 0x4b, 0x5a, 0x69, 0x78, 0x87, 0x96, 0xa5, 0xb4, 0xc3, 0xd2, 0xe1, 0x05};
static unsigned char out[128];

unsigned long long main(const unsigned char *args, unsigned int len) {
  sc25519 r, a, s;
  crypto_hash_sha512(out, args, len);
  sc25519_from64bytes(&r, out);
  sc25519_from32bytes(&a, secret_scalar);
  sc25519_mul(&s, &r, &a);
  sc25519_add(&s, &s, &r);
  sc25519_to32bytes(out + 64, &r);
  sc25519_to32bytes(out + 96, &s);
  return (unsigned long long)(unsigned int)(__SIZE_TYPE__)out | ((unsigned long long)128 << 32);
}
