// What the WASI adapter answers, seen through the C library's POSIX calls and errno: write() to stdout and
// stderr, write(), close(), lseek() and isatty() on a descriptor that is not open (EBADF), lseek() on stdout
// (ESPIPE; natively a pipe), an empty environment (getenv; the native run has none) and fwrite's count.
// Input: bytes written to stdout and to stderr by write(2). Output: one "call = result errno-name" line per
// call, ASCII.
// args: 68656c6c6f0a
// args:
// args: 0a0a410a
// args: 6e6f206e65776c696e652061742074686520656e64

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char out[1024];

static const char *errno_name(int value) {
  return value == 0 ? "0" : value == EBADF ? "EBADF" : value == ESPIPE ? "ESPIPE" : value == EINVAL ? "EINVAL"
                                                                                                    : "other";
}

static size_t line(size_t n, const char *call, long long result) {
  int saved = errno;
  errno = 0;
  return n + (size_t)snprintf(out + n, sizeof out - n, "%s = %lld %s\n", call, result, errno_name(saved));
}

uint64_t main(const uint8_t *args, uint32_t len) {
  size_t n = 0;
  errno = 0;
  n = line(n, "write(1)", (long long)write(1, args, len));
  n = line(n, "write(2)", (long long)write(2, args, len));
  n = line(n, "write(7)", (long long)write(7, args, len));
  n = line(n, "close(9)", (long long)close(9));
  n = line(n, "lseek(1, 0, SEEK_CUR)", (long long)lseek(1, 0, SEEK_CUR));
  n = line(n, "lseek(1, 5, SEEK_SET)", (long long)lseek(1, 5, SEEK_SET));
  n = line(n, "lseek(8, 0, SEEK_END)", (long long)lseek(8, 0, SEEK_END));
  n = line(n, "isatty(5)", isatty(5));
  n = line(n, "getenv(HOME) == NULL", getenv("HOME") == NULL);
  n = line(n, "fwrite", (long long)fwrite(args, 1, len, stdout));
  n = line(n, "fflush", (long long)fflush(stdout));
  return (uint64_t)(uintptr_t)out | (uint64_t)n << 32;
}
