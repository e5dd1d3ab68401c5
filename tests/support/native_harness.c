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

#include "hex_args.h"

unsigned long long corpus_main(const unsigned char *args, unsigned int len);

extern char __executable_start[];
extern char end[];

int main(int argc, char **argv) {
  size_t n;
  unsigned char *args = hex_args(argc > 1 ? argv[1] : "", &n);
  if (args == NULL) return 3;
  unsigned long long packed = corpus_main(args, (unsigned int)n);
  uintptr_t ptr = (uintptr_t)(uint32_t)packed;
  uint32_t len = (uint32_t)(packed >> 32);
  if (ptr < (uintptr_t)__executable_start || ptr + len > (uintptr_t)end) return 4;
  for (uint32_t i = 0; i < len; i++) printf("%02x", ((const unsigned char *)ptr)[i]);
  printf("\n");
  return 0;
}
