// The Ackermann function by plain recursion (deep, non-tail recursion).
// Input: pairs (m, n) of bytes. Output: A(m, n) as u32 per pair, then the total number of calls (u32).
// args: 0000 0103 0203
// args: 0303
// args: 0205 0107 0300
// args: 0206 0302

typedef unsigned int u32;

static u32 calls;
static unsigned char out[4 * 9];

__attribute__((noinline)) static u32 ackermann(u32 m, u32 n) {
  calls++;
  if (m == 0) return n + 1;
  if (n == 0) return ackermann(m - 1, 1);
  return ackermann(m - 1, ackermann(m, n - 1));
}

unsigned long long main(const unsigned char *args, unsigned int len) {
  u32 pairs = len / 2;
  if (pairs > 8) pairs = 8;
  calls = 0;
  u32 pos = 0;
  for (u32 i = 0; i < pairs; i++) {
    u32 m = args[2 * i] > 3 ? 3 : args[2 * i];
    u32 n = args[2 * i + 1] > 6 ? 6 : args[2 * i + 1];
    u32 a = ackermann(m, n);
    for (int b = 0; b < 4; b++) out[pos++] = (unsigned char)(a >> (8 * b));
  }
  for (int b = 0; b < 4; b++) out[pos++] = (unsigned char)(calls >> (8 * b));
  return (unsigned long long)(unsigned int)out | ((unsigned long long)pos << 32);
}
