// LZ4 block compression and decompression (lz4 1.9.4's lz4.c, vendored from the PyPI sdist lz4 4.4.5), built
// freestanding (LZ4_FREESTANDING: no malloc, memcpy/memset/memmove through the compiler's builtins).
// Input: any bytes (at most 512). Output: the compressed block of LZ4_compress_fast_extState (acceleration 1),
// then the LZ4_decompress_safe result of it (the input again), then one byte: 1 when the round trip is exact.
// args: 6162636461626364616263646162636461626364616263646162636461626364
// args:
// args: 54686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f672e2054686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f672e
// args: 000102030405060708090a0b0c0d0e0f000102030405060708090a0b0c0d0e0f10111213141516171819
// args: 4141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141414141

#define LZ4_FREESTANDING 1
#define LZ4_memcpy(dst, src, size) __builtin_memcpy(dst, src, size)
#define LZ4_memset(p, v, s) __builtin_memset(p, v, s)
#define LZ4_memmove(dst, src, size) __builtin_memmove(dst, src, size)

#include "vendor/lz4/lz4.c"

#define INPUT_LIMIT 512

static LZ4_stream_t state;
static unsigned char out[LZ4_COMPRESSBOUND(INPUT_LIMIT) + INPUT_LIMIT + 1];

unsigned long long main(const unsigned char *args, unsigned int len) {
  if (len > INPUT_LIMIT) len = INPUT_LIMIT;
  char *packed = (char *)out;
  int packed_len = LZ4_compress_fast_extState(&state, (const char *)args, packed, (int)len,
                                              LZ4_COMPRESSBOUND(INPUT_LIMIT), 1);
  char *unpacked = packed + packed_len;
  int unpacked_len = LZ4_decompress_safe(packed, unpacked, packed_len, INPUT_LIMIT);
  int same = unpacked_len == (int)len;
  for (int i = 0; same && i < unpacked_len; i++) same = unpacked[i] == (char)args[i];
  unsigned int total = (unsigned int)packed_len + (unsigned int)(unpacked_len < 0 ? 0 : unpacked_len);
  out[total] = (unsigned char)same;
  return (unsigned long long)(unsigned int)(__SIZE_TYPE__)out | ((unsigned long long)(total + 1) << 32);
}
