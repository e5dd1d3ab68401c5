// Word frequencies with the C library's string functions: splits the input at every byte that is not a
// letter, digit or '_' (C locale), copies each word into its own malloc'd string (strlen, memcpy), sorts the
// words with qsort and a strcmp comparator, and prints one "word count" line per distinct word with snprintf,
// then the totals and the longest word (the first in sorted order among equals in length, found with strncmp).
// Output: the lines, ASCII.
// args: 74686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f672c2074686520656e64
// args:
// args: 622061206320622061206220
// args: 2c2c2c5f5f5f2c20416c706861426574612c20616c7068616265746120416c706861426574612078797a7a7920313233343520
// args: ffff41fe41fd42

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_WORDS 256

static char out[8192];

static int by_text(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static int is_word_byte(uint8_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

uint64_t main(const uint8_t *args, uint32_t len) {
  char *words[MAX_WORDS];
  uint32_t count = 0;
  for (uint32_t i = 0; i < len && count < MAX_WORDS;) {
    if (!is_word_byte(args[i])) {
      i++;
      continue;
    }
    uint32_t start = i;
    while (i < len && is_word_byte(args[i])) i++;
    char *word = malloc(i - start + 1);
    memcpy(word, args + start, i - start);
    word[i - start] = '\0';
    words[count++] = word;
  }
  qsort(words, count, sizeof words[0], by_text);

  size_t n = 0, longest = 0;
  uint32_t distinct = 0;
  const char *longest_word = "";
  for (uint32_t i = 0; i < count;) {
    uint32_t j = i + 1;
    while (j < count && strcmp(words[i], words[j]) == 0) j++;
    size_t size = strlen(words[i]);
    if (size > longest || (size == longest && strncmp(words[i], longest_word, size) < 0)) {
      longest = size;
      longest_word = words[i];
    }
    n += (size_t)snprintf(out + n, sizeof out - n, "%s %u\n", words[i], j - i);
    distinct++;
    i = j;
  }
  n += (size_t)snprintf(out + n, sizeof out - n, "%u words, %u distinct, longest %s (%zu)\n", count, distinct,
                        longest_word, longest);
  for (uint32_t i = 0; i < count; i++) free(words[i]);
  return (uint64_t)(uintptr_t)out | (uint64_t)n << 32;
}
