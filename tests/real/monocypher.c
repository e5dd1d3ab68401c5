// Authenticated encryption and keyed hashing with Monocypher 4.0.3 (monocypher.c, vendored from the PyPI sdist
// pymonocypher 4.0.3.5): XChaCha20-Poly1305 (crypto_aead_lock / crypto_aead_unlock, 8 parameters each) and
// BLAKE2b (crypto_blake2b_keyed, 6 parameters).
// Input: any bytes (at most 256): the message; its first min(len, 13) bytes are also the associated data.
// Key and nonce are fixed below. Output: the ciphertext (len bytes), the 16-byte MAC, a keyed BLAKE2b-256 of
// the message, then one byte: 1 when crypto_aead_unlock accepts and restores the message, then one byte: 1
// when it rejects the same ciphertext with one bit flipped (or when the message is empty).
// args: 48656c6c6f2c20776f726c6421
// args:
// args: 54686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f672e2054686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f672e2054686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f672e
// args: 000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f40

#include "vendor/monocypher/monocypher.c"

#define INPUT_LIMIT 256

static const uint8_t key[32] = {
    0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8d, 0x8e, 0x8f,
    0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9d, 0x9e, 0x9f};
static const uint8_t nonce[24] = {
    0x40, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4a, 0x4b,
    0x4c, 0x4d, 0x4e, 0x4f, 0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57};
static uint8_t out[INPUT_LIMIT + 16 + 32 + 2];
static uint8_t opened[INPUT_LIMIT];

unsigned long long main(const unsigned char *args, unsigned int len) {
  if (len > INPUT_LIMIT) len = INPUT_LIMIT;
  size_t ad_size = len < 13 ? len : 13;
  uint8_t *cipher = out, *mac = out + len, *hash = out + len + 16;
  crypto_aead_lock(cipher, mac, key, nonce, args, ad_size, args, len);
  crypto_blake2b_keyed(hash, 32, key, sizeof key, args, len);
  int good = crypto_aead_unlock(opened, mac, key, nonce, args, ad_size, cipher, len) == 0;
  for (unsigned int i = 0; good && i < len; i++) good = opened[i] == args[i];
  int rejected = 1;
  if (len > 0) {
    cipher[len / 2] ^= 0x10;
    rejected = crypto_aead_unlock(opened, mac, key, nonce, args, ad_size, cipher, len) == -1;
    cipher[len / 2] ^= 0x10;
  }
  out[len + 48] = (uint8_t)good;
  out[len + 49] = (uint8_t)rejected;
  return (unsigned long long)(unsigned int)(__SIZE_TYPE__)out | ((unsigned long long)(len + 50) << 32);
}
