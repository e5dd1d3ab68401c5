// stdio to the JIP-1 log: printf, puts, putchar and fputs to stdout, fprintf to stderr (each text line of
// stdout, and each stderr call, ends in a write), and exit() from inside the program. Input: bytes; the first
// byte 0xee means "exit(7) after printing a partial line", which exit's stdio flush still writes out. Output
// (returned): "n=<len>, sum=<sum>", ASCII; the lines printed are the byte values in decimal, hex and octal, a
// running sum, and a line of stars per byte value / 32; from 32 bytes of input on, also one fwrite of a
// 300 * len-byte line (longer than stdio's buffer, so one write of more than a JIP-1 message's 8192 bytes).
// args: 010203
// args:
// args: 7f80ff00204142
// args: ee0102
// args: 30313233343536373839303132333435363738393031323334353637383930313233343536373839

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define WIDE_PER_BYTE 300
#define MAX_WIDE_INPUT 48

static char out[64];
static char wide[WIDE_PER_BYTE * MAX_WIDE_INPUT];

uint64_t main(const uint8_t *args, uint32_t len) {
  uint32_t sum = 0;
  printf("%u argument bytes\n", len);
  for (uint32_t i = 0; i < len; i++) {
    sum += args[i];
    printf("%3u: %5d 0x%02x 0%03o sum=%-6u|", i, args[i], args[i], args[i], sum);
    for (uint32_t stars = 0; stars < args[i] / 32u; stars++) putchar('*');
    putchar('\n');
    if (args[i] >= 0x80) fprintf(stderr, "byte %u is not ASCII: %#x\n", i, args[i]);
  }
  if (len > 0 && args[0] == 0xee) {
    fputs("exiting without a newline", stdout);
    exit(7);
  }
  if (len >= 32 && len <= MAX_WIDE_INPUT) {
    uint32_t size = WIDE_PER_BYTE * len;
    for (uint32_t i = 0; i + 1 < size; i++) wide[i] = (char)('a' + (i * 7 + args[i % len]) % 26);
    wide[size - 1] = '\n';
    printf("wide line of %u bytes: %zu written\n", size, fwrite(wide, 1, size, stdout));
  }
  puts(len == 0 ? "no input" : "done");
  fprintf(stderr, "%s\n", "end of stderr");
  int n = snprintf(out, sizeof out, "n=%u, sum=%u", len, sum);
  return (uint64_t)(uintptr_t)out | (uint64_t)n << 32;
}
