/* The second translation unit of tally/main.c: counting and sorting (malloc, qsort) and formatting (snprintf). */
#include "tally.h"

#include <stdio.h>
#include <stdlib.h>

static int by_count(const void *a, const void *b) {
  const struct bucket *x = a, *y = b;
  if (x->count != y->count) return x->count > y->count ? -1 : 1;
  return x->key < y->key ? -1 : x->key > y->key;
}

struct bucket *tally(const uint8_t *bytes, uint32_t len) {
  struct bucket *buckets = malloc(BUCKETS * sizeof *buckets);
  if (buckets == NULL) return NULL;
  for (uint32_t k = 0; k < BUCKETS; k++) buckets[k] = (struct bucket){k, 0, UINT32_MAX};
  for (uint32_t i = 0; i < len; i++) {
    struct bucket *b = &buckets[bytes[i] % BUCKETS];
    if (b->count++ == 0) b->first = i;
  }
  qsort(buckets, BUCKETS, sizeof *buckets, by_count);
  return buckets;
}

void describe(const struct bucket *buckets, char *out, size_t size, size_t *n) {
  for (uint32_t k = 0; k < BUCKETS && *n + 1 < size; k++) {
    int wrote = buckets[k].count == 0
                    ? snprintf(out + *n, size - *n, " %u:-", buckets[k].key)
                    : snprintf(out + *n, size - *n, " %u:%u@%u", buckets[k].key, buckets[k].count, buckets[k].first);
    *n = *n + (size_t)wrote < size ? *n + (size_t)wrote : size - 1;
  }
}
