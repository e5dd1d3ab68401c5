// Fault program for `expired-reuse` (tests/regalloc/test_faults.py): a loop (kept a loop by the pragma) whose
// invariant key is read ten times at the top of each iteration, and w, born after the key's last read and read
// three times up to the end of the body, lighter than the key and the counter (spill weight, SEED-regalloc.md),
// so that the linear scan gives w a register only if the key's has come free. Expired at its last read in the body
// instead of at the loop's end, the key gives its register to w while the next iteration still reads the key
// there.
// Input: any bytes; the trip count is 2 + (length mod 4). Output: keyed_rounds' result (u64).
// args:
// args: 01
// args: 0203
// args: 6578706972656421
// args: 00112233445566778899aabbccddeeff

typedef unsigned long long u64;
typedef unsigned int u32;

static unsigned char out[8];

__attribute__((noinline)) static u64 keyed_rounds(u64 seed, u32 trips) {
  u64 key = seed | 0x0123456789abcdefULL, h = seed;
#pragma clang loop unroll(disable)
  for (u32 i = 0; i < trips; i++) {
    u64 e = (h ^ key) + i;
    e = (e * key) ^ (e >> 7);
    e = (e + key) * (i | 1);
    e = (e ^ key) + (e << 9);
    e = (e - key) ^ i;
    e = (e * key) + (e >> 3);
    e = (e ^ key) * (i + 3);
    e = (e + key) ^ (e >> 11);
    e = (e * key) - i;
    e = (e ^ key) + (e >> 29) + i;
    u64 w = e * 0x9e3779b97f4a7c15ULL;
    u64 f = w ^ (w >> 31);
    f = f * 0xbf58476d1ce4e5b9ULL;
    f ^= f >> 27;
    f = f * 0x94d049bb133111ebULL + w;
    f ^= f >> 31;
    f = (f << 7) + (f >> 13);
    f = f * 0xd6e8feb86659fd93ULL;
    f ^= f >> 32;
    f = f * 0xd6e8feb86659fd93ULL;
    f ^= f >> 29;
    f = (f << 5) - (f >> 17);
    f = f * 0x2545f4914f6cdd1dULL;
    f ^= f >> 23;
    h = f ^ w;
  }
  return h;
}

unsigned long long main(const unsigned char *args, unsigned int len) {
  u64 seed = len;
  for (u32 i = 0; i < len; i++) seed = seed * 131 + args[i];
  u64 r = keyed_rounds(seed, (len & 3) + 2);
  for (int i = 0; i < 8; i++) out[i] = (unsigned char)(r >> (8 * i));
  return (unsigned long long)(unsigned int)out | ((unsigned long long)8 << 32);
}
