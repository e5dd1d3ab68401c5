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
  if (argc != 3) return 3;
  const char *hex = argv[1];
  size_t n = strlen(hex);
  if (n % 2 != 0) return 3;
  unsigned char *args = malloc(n / 2 + 1);
  for (size_t i = 0; i < n / 2; i++) {
    int hi = nibble(hex[2 * i]), lo = nibble(hex[2 * i + 1]);
    if (hi < 0 || lo < 0) return 3;
    args[i] = (unsigned char)(hi << 4 | lo);
  }
  FILE *file = fopen(argv[2], "w");
  if (file == NULL || fputs("entered\n", file) == EOF || fflush(file) != 0) return 3;
  unsigned long long packed = corpus_main(args, (unsigned int)(n / 2));
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
