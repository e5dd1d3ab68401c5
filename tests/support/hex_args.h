/* Argument bytes given in hex on a native harness's command line (native_harness.c, wasi_native_harness.c). */
#ifndef PVMC_HEX_ARGS_H
#define PVMC_HEX_ARGS_H
#include <stdlib.h>
#include <string.h>

static int nibble(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* The bytes `hex` spells (2 hex digits each), their count in *len; NULL when `hex` is not hex of even length. */
static unsigned char *hex_args(const char *hex, size_t *len) {
  size_t n = strlen(hex);
  if (n % 2 != 0) return NULL;
  unsigned char *args = malloc(n / 2 + 1);
  for (size_t i = 0; i < n / 2; i++) {
    int hi = nibble(hex[2 * i]), lo = nibble(hex[2 * i + 1]);
    if (hi < 0 || lo < 0) return NULL;
    args[i] = (unsigned char)(hi << 4 | lo);
  }
  *len = n / 2;
  return args;
}
#endif
