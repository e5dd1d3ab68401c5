// Two translation units (main.c, tally.c) sharing a header from a separate include directory, built with a
// -D macro: a histogram of the input bytes modulo BUCKETS, sorted by count. Output: "BUCKETS buckets, LEN
// bytes:" and one " key:count@first-position" item per bucket (" key:-" when empty), then "\n", ASCII.
// units: tally.c
// include: include
// define: BUCKETS=7
// args: 000102030405060708090a0b0c0d0e0f
// args:
// args: 07070707070e0e15
// args: 48656c6c6f2c20574153492120486f7720617265207468652062756b6b657473206c6f6f6b696e673f

#include <stdio.h>
#include <stdlib.h>

#include "tally.h"

static char out[512];

uint64_t main(const uint8_t *args, uint32_t len) {
  size_t n = (size_t)snprintf(out, sizeof out, "%d buckets, %u bytes:", BUCKETS, len);
  struct bucket *buckets = tally(args, len);
  if (buckets == NULL) return 0;
  describe(buckets, out, sizeof out, &n);
  free(buckets);
  n += (size_t)snprintf(out + n, sizeof out - n, "\n");
  return (uint64_t)(uintptr_t)out | (uint64_t)n << 32;
}
