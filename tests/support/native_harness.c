/* Native reference harness of the real-code corpus (tests/real/, support/native_reference.py).
 *
 * Linked with one corpus driver compiled with -Dmain=corpus_main, as a non-PIE executable so that the driver's
 * static output buffer lies below 4 GiB and the 32-bit pointer the driver returns (ptr | len << 32, the corpus
 * entry ABI) is the real address. Reads the argument bytes as hex from argv[1] (absent or empty: no bytes),
 * calls the entry once and prints the output bytes as lowercase hex and a newline on stdout.
 * Exit status 3 when the hex is malformed, 4 when the returned range is not inside the executable's static
 * data (a driver returning a stack or truncated pointer), 0 otherwise. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

unsigned long long corpus_main(const unsigned char *args, unsigned int len);

extern char __executable_start[];
extern char end[];

static int nibble(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

int main(int argc, char **argv) {
  const char *hex = argc > 1 ? argv[1] : "";
  size_t n = strlen(hex);
  if (n % 2 != 0) return 3;
  unsigned char *args = malloc(n / 2 + 1);
  for (size_t i = 0; i < n / 2; i++) {
    int hi = nibble(hex[2 * i]), lo = nibble(hex[2 * i + 1]);
    if (hi < 0 || lo < 0) return 3;
    args[i] = (unsigned char)(hi << 4 | lo);
  }
  unsigned long long packed = corpus_main(args, (unsigned int)(n / 2));
  uintptr_t ptr = (uintptr_t)(uint32_t)packed;
  uint32_t len = (uint32_t)(packed >> 32);
  if (ptr < (uintptr_t)__executable_start || ptr + len > (uintptr_t)end) return 4;
  for (uint32_t i = 0; i < len; i++) printf("%02x", ((const unsigned char *)ptr)[i]);
  printf("\n");
  return 0;
}
