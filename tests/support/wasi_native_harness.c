/* Native reference harness of the wasi-libc programs (tests/wasi/, support/wasi.py).
 *
 * As native_harness.c (linked with a program compiled with -Dmain=corpus_main, non-PIE, so that the 32-bit
 * pointer of the entry's result ptr | len << 32 is the real address), except that the output goes to a file and
 * not to stdout: stdout and stderr are the program's own, which the PVM build writes to the JIP-1 log.
 * argv[1]: the argument bytes as hex (empty: none); argv[2]: the report file. The harness writes "entered\n" to it
 * (flushed) before it calls the entry, then "output <hex>\n" when the entry returns a range inside the executable's
 * static data (exit status 0) or "bad range\n" when not (exit status 4). A report of "entered\n" alone means the
 * program called exit(n) (its exit status is n; exit flushes the program's stdout and stderr). Exit status 3, and
 * no report, when the arguments are malformed or the report cannot be written. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hex_args.h"

unsigned long long corpus_main(const unsigned char *args, unsigned int len);

extern char __executable_start[];
extern char end[];

int main(int argc, char **argv) {
  if (argc != 3) return 3;
  size_t n;
  unsigned char *args = hex_args(argv[1], &n);
  if (args == NULL) return 3;
  FILE *file = fopen(argv[2], "w");
  if (file == NULL || fputs("entered\n", file) == EOF || fflush(file) != 0) return 3;
  unsigned long long packed = corpus_main(args, (unsigned int)n);
  uintptr_t ptr = (uintptr_t)(uint32_t)packed;
  uint32_t len = (uint32_t)(packed >> 32);
  if (ptr < (uintptr_t)__executable_start || ptr + len > (uintptr_t)end) {
    fputs("bad range\n", file);
    fclose(file);
    return 4;
  }
  fputs("output ", file);
  for (uint32_t i = 0; i < len; i++) fprintf(file, "%02x", ((const unsigned char *)ptr)[i]);
  fputs("\n", file);
  return fclose(file) == 0 ? 0 : 3;
}
