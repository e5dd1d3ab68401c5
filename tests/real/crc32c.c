// CRC-32C (Castagnoli), the slicing-by-8 software implementation of the PyPI sdist crc32c 2.9.post0
// (crc32c_sw.c, Intel's slicing-by-8 tables). Its header common.h includes <stdlib.h> (for size_t), which a
// freestanding build does not have, so this driver defines common.h's include guard and provides the few
// declarations the vendored code takes from it (an inline keyword, a fallthrough marker, the function-pointer
// type and the `is_big_endian` flag); crc32c.h and crc32c_sw.c are used unmodified.
// Input: any bytes. Output: the CRC-32C of the whole input (u32 little-endian), then of every suffix starting
// at offsets 1..7 (the code's misaligned-prefix path), 32 bytes in all.
// Check value: crc32c("123456789") = 0xE3069283.
// args: 313233343536373839
// args:
// args: 54686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f67
// args: 000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f

#include <stdint.h>
#include <stddef.h>

#define _COMMON_H_
#define CRC32C_INLINE inline
#define CRC32C_FALLTHROUGH __attribute__((__fallthrough__))
typedef uint32_t (*crc_function)(uint32_t crc, unsigned const char *data, unsigned long length);
int is_big_endian = 0;

#include "vendor/crc32c/crc32c_sw.c"

static unsigned char out[32];

unsigned long long main(const unsigned char *args, unsigned int len) {
  for (unsigned int k = 0; k < 8; k++) {
    unsigned int skip = k < len ? k : len;
    uint32_t crc = _crc32c_sw_slicing_by_8(0xFFFFFFFFu, args + skip, len - skip) ^ 0xFFFFFFFFu;
    for (int i = 0; i < 4; i++) out[4 * k + i] = (unsigned char)(crc >> (8 * i));
  }
  return (unsigned long long)(unsigned int)(__SIZE_TYPE__)out | ((unsigned long long)32 << 32);
}
