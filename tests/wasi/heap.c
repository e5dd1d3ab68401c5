// The heap: malloc, realloc, calloc and free. Run-length encodes the input into an array of runs that grows
// by realloc from one element, decodes it into a malloc'd copy and compares that with the input (memcmp),
// keeps a singly linked list of one calloc'd node per distinct byte value (most recent first), then allocates
// and frees 48 blocks of growing size in an interleaved order and allocates them again (the freed memory is
// reused) and checks each block still holds its pattern. Output: "runs R capacity C roundtrip ok|bad", the
// runs as "count*xx", the list, the block check and the sum of all block sizes, ASCII lines.
// args: 61616162626363636363630a0a0a
// args:
// args: 000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001
// args: 0102030405060708090a0b0c0d0e0f10111213141516171819
// args: ffffff00ffff00ff

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BLOCKS 48

struct run {
  uint8_t byte;
  uint32_t count;
};

struct node {
  uint8_t byte;
  struct node *next;
};

static char out[8192];

static size_t block_size(uint32_t i, uint32_t len) { return 64 + (size_t)i * (97 + len) * 2; }

uint64_t main(const uint8_t *args, uint32_t len) {
  size_t n = 0;
  uint32_t capacity = 1, runs = 0;
  struct run *run = malloc(capacity * sizeof *run);
  for (uint32_t i = 0; i < len; i++) {
    if (runs > 0 && run[runs - 1].byte == args[i]) {
      run[runs - 1].count++;
      continue;
    }
    if (runs == capacity) {
      capacity *= 2;
      run = realloc(run, capacity * sizeof *run);
    }
    run[runs].byte = args[i];
    run[runs].count = 1;
    runs++;
  }
  uint8_t *decoded = malloc(len + 1);
  size_t at = 0;
  for (uint32_t r = 0; r < runs; r++) {
    memset(decoded + at, run[r].byte, run[r].count);
    at += run[r].count;
  }
  int same = at == len && memcmp(decoded, args, len) == 0;
  n += (size_t)snprintf(out + n, sizeof out - n, "runs %u capacity %u roundtrip %s\n", runs, capacity,
                        same ? "ok" : "bad");
  for (uint32_t r = 0; r < runs; r++)
    n += (size_t)snprintf(out + n, sizeof out - n, "%u*%02x%s", run[r].count, run[r].byte,
                          r + 1 < runs ? " " : "\n");
  free(decoded);
  free(run);

  struct node *list = NULL;
  uint8_t seen[256] = {0};
  for (uint32_t i = 0; i < len; i++) {
    if (seen[args[i]]++) continue;
    struct node *node = calloc(1, sizeof *node);
    node->byte = args[i];
    node->next = list;
    list = node;
  }
  n += (size_t)snprintf(out + n, sizeof out - n, "list");
  while (list != NULL) {
    struct node *next = list->next;
    n += (size_t)snprintf(out + n, sizeof out - n, " %02x:%u", list->byte, seen[list->byte]);
    free(list);
    list = next;
  }
  n += (size_t)snprintf(out + n, sizeof out - n, "\n");

  uint8_t *block[BLOCKS];
  size_t total = 0;
  for (uint32_t i = 0; i < BLOCKS; i++) {
    block[i] = malloc(block_size(i, len));
    memset(block[i], (int)(i * 7 + len), block_size(i, len));
  }
  for (uint32_t i = 0; i < BLOCKS; i += 2) free(block[i]);
  for (uint32_t i = 1; i < BLOCKS; i += 2) free(block[i]);
  for (uint32_t i = 0; i < BLOCKS; i++) {
    uint32_t j = BLOCKS - 1 - i;
    block[j] = malloc(block_size(j, len));
    memset(block[j], (int)(j * 7 + len), block_size(j, len));
  }
  uint32_t good = 0;
  for (uint32_t i = 0; i < BLOCKS; i++) {
    size_t size = block_size(i, len);
    good += block[i][0] == (uint8_t)(i * 7 + len) && block[i][size - 1] == (uint8_t)(i * 7 + len);
    total += size;
    free(block[i]);
  }
  n += (size_t)snprintf(out + n, sizeof out - n, "blocks %u/%u intact, %zu bytes\n", good, BLOCKS, total);
  return (uint64_t)(uintptr_t)out | (uint64_t)n << 32;
}
