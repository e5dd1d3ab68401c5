/* The interface of tally.c, in an include directory of its own (-I tests/wasi/tally/include). BUCKETS comes
 * from the command line (-D BUCKETS=N); the build fails without it. */
#ifndef TALLY_H
#define TALLY_H

#include <stddef.h>
#include <stdint.h>

#ifndef BUCKETS
#error "define BUCKETS (-D BUCKETS=N)"
#endif

struct bucket {
  uint32_t key;   /* byte value modulo BUCKETS */
  uint32_t count; /* input bytes with that key */
  uint32_t first; /* position of the first of them */
};

/* Counts `len` bytes into `buckets` (BUCKETS entries, heap-allocated with malloc, caller frees); returns it sorted
 * by count descending, then key ascending. NULL when malloc fails. */
struct bucket *tally(const uint8_t *bytes, uint32_t len);

/* Appends "key:count@first" items to out[*n..size), advancing *n (snprintf's count, capped at size - 1). */
void describe(const struct bucket *buckets, char *out, size_t size, size_t *n);

#endif
