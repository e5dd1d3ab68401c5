// Sieve of Eratosthenes up to a limit (capped at 4000).
// Input: limit as u16 little-endian. Output: number of primes <= limit (u32), the largest one (u32),
// and a 64-bit sum of all of them.
// args: 0a00
// args: 6400
// args: e803
// args: a00f
// args: 0100

typedef unsigned int u32;
typedef unsigned long long u64;

#define MAX 4000

static unsigned char composite[MAX + 1];
static unsigned char out[16];

unsigned long long main(const unsigned char *args, unsigned int len) {
  u32 limit = len >= 2 ? ((u32)args[0] | ((u32)args[1] << 8)) : 0;
  if (limit > MAX) limit = MAX;
  for (u32 i = 0; i <= limit; i++) composite[i] = 0;
  u32 count = 0, largest = 0;
  u64 sum = 0;
  for (u32 i = 2; i <= limit; i++) {
    if (composite[i]) continue;
    count++;
    largest = i;
    sum += i;
    for (u32 j = i * i; j <= limit; j += i) composite[j] = 1;
  }
  for (int b = 0; b < 4; b++) {
    out[b] = (unsigned char)(count >> (8 * b));
    out[4 + b] = (unsigned char)(largest >> (8 * b));
  }
  for (int b = 0; b < 8; b++) out[8 + b] = (unsigned char)(sum >> (8 * b));
  return (unsigned long long)(unsigned int)out | ((unsigned long long)16 << 32);
}
