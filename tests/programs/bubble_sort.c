// Bubble sort (with early exit) of signed 32-bit integers.
// Input: i32 little-endian values. Output: the values sorted ascending, then the number of swaps (u32).
// args: 0500000003000000010000000400000002000000
// args: ffffffff00000080ffffff7f0000000001000000feffffff
// args: 2a000000
// args: 01000000020000000300000004000000

typedef unsigned int u32;
typedef int i32;

static i32 values[64];
static unsigned char out[4 * 65];

static u32 bubble_sort(i32 *a, u32 n) {
  u32 swaps = 0;
  for (u32 pass = 0; pass + 1 < n; pass++) {
    int changed = 0;
    for (u32 i = 0; i + 1 < n - pass; i++) {
      if (a[i] > a[i + 1]) {
        i32 t = a[i];
        a[i] = a[i + 1];
        a[i + 1] = t;
        swaps++;
        changed = 1;
      }
    }
    if (!changed) break;
  }
  return swaps;
}

static void put_u32(unsigned char *p, u32 v) {
  for (int b = 0; b < 4; b++) p[b] = (unsigned char)(v >> (8 * b));
}

unsigned long long main(const unsigned char *args, unsigned int len) {
  u32 n = len / 4;
  if (n > 64) n = 64;
  for (u32 i = 0; i < n; i++) {
    const unsigned char *p = args + 4 * i;
    values[i] = (i32)((u32)p[0] | ((u32)p[1] << 8) | ((u32)p[2] << 16) | ((u32)p[3] << 24));
  }
  u32 swaps = bubble_sort(values, n);
  for (u32 i = 0; i < n; i++) put_u32(out + 4 * i, (u32)values[i]);
  put_u32(out + 4 * n, swaps);
  return (unsigned long long)(unsigned int)out | ((unsigned long long)(4 * n + 4) << 32);
}
