// Fault program for `merge-snapshot` (tests/regalloc/test_faults.py): a loop in a non-leaf function where only
// one arm of an `if` calls a three-argument function (arguments in r9-r11), and the loop values are read right
// after the merge. Under the fault's allocator relaxation (argument registers allocatable) the loop values live
// in r10-r12, so the calling arm leaves call arguments in r10 and r11; the merge must not take the state of the
// arm that did not call.
// Input: any bytes. Output: walk's result (u64).
// args:
// args: 01
// args: 0203
// args: 0102030405060708
// args: ff00ff00ff00ff00ff
// args: 6d657267652d736e617073686f74

typedef unsigned long long u64;
typedef unsigned int u32;

static const unsigned char *g_args;
static u32 g_len;
static unsigned char out[8];

__attribute__((noinline)) static u64 mix3(u64 p, u64 q, u64 r) {
  return (p * 0x9e3779b97f4a7c15ULL) ^ (q + 0x632be59bd9b4e019ULL) ^ (r << 7);
}

// One parameter (r9): normally the call's arguments r9-r11 are reserved and only r12 is allocatable.
__attribute__((noinline)) static u64 walk(u64 seed) {
  u64 a = seed | 1, b = seed ^ 0x5555, c = seed * 3 + 7, x = 0;
  for (u32 i = 0; i < g_len; i++) {
    u32 v = g_args[i];
    a = a * 5 + v;
    b ^= a >> 3;
    c += b;
    if (v & 1) x ^= mix3(v, i, x);
    a += b ^ c;
    b = b * 3 + c + x;
  }
  return a ^ b ^ c ^ x;
}

unsigned long long main(const unsigned char *args, unsigned int len) {
  g_args = args;
  g_len = len;
  u64 r = walk(len * 0x1234567ULL + 11);
  for (int i = 0; i < 8; i++) out[i] = (unsigned char)(r >> (8 * i));
  return (unsigned long long)(unsigned int)out | ((unsigned long long)8 << 32);
}
