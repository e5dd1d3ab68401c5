// Square matrix multiply C = A * B over i32 with wrapping, matrices generated from a seed.
// Input: n (u8, at most 8) then a u32 seed. Output: C row-major as i32 little-endian, then its trace (i64).
// args: 0201000000
// args: 0478563412
// args: 08ffffffff
// args: 0300000000

typedef unsigned int u32;
typedef int i32;
typedef long long i64;

#define N 8

static i32 a[N][N], b[N][N], c[N][N];
static unsigned char out[4 * N * N + 8];

__attribute__((noinline)) static void multiply(int n) {
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++) {
      u32 acc = 0;
      for (int k = 0; k < n; k++) acc += (u32)a[i][k] * (u32)b[k][j];
      c[i][j] = (i32)acc;
    }
}

unsigned long long main(const unsigned char *args, unsigned int len) {
  if (len < 5) return (unsigned long long)(unsigned int)out;
  int n = args[0] > N ? N : args[0];
  u32 s = (u32)args[1] | ((u32)args[2] << 8) | ((u32)args[3] << 16) | ((u32)args[4] << 24);
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++) {
      s = s * 1103515245u + 12345u;
      a[i][j] = (i32)(s >> 16) - 16384;
      s = s * 1103515245u + 12345u;
      b[i][j] = (i32)((s >> 8) & 0xFFFF) - 300;
    }
  multiply(n);
  unsigned pos = 0;
  i64 trace = 0;
  for (int i = 0; i < n; i++) {
    trace += c[i][i];
    for (int j = 0; j < n; j++)
      for (int k = 0; k < 4; k++) out[pos++] = (unsigned char)((u32)c[i][j] >> (8 * k));
  }
  for (int k = 0; k < 8; k++) out[pos++] = (unsigned char)((unsigned long long)trace >> (8 * k));
  return (unsigned long long)(unsigned int)out | ((unsigned long long)pos << 32);
}
