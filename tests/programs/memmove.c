// Overlapping moves: __builtin_memmove forwards and backwards within one buffer, __builtin_memset, a
// hand-written overlapping copy loop, and __builtin_memcpy between disjoint buffers.
// Input: (src offset u8, dst offset u8, length u8) triples applied to a 64-byte buffer initialised to
// 0..63 (offsets and lengths clamped to the buffer). Output: the buffer after all moves, then a copy of
// it made with a byte loop shifted by one (64 bytes), then the fill of the 16-byte gap (16 bytes).
// args: 000410
// args: 100020 000820 3f0001
// args: 00003f 200010 051f1a 1f051a
// args: 000000

typedef unsigned int u32;

static unsigned char buf[64];
static unsigned char shifted[64];
static unsigned char gap[16];
static unsigned char out[64 + 64 + 16];

static void backward_copy(unsigned char *dst, const unsigned char *src, u32 n) {
  while (n--) dst[n] = src[n];
}

unsigned long long main(const unsigned char *args, unsigned int len) {
  for (u32 i = 0; i < 64; i++) buf[i] = (unsigned char)i;
  for (u32 i = 0; i + 3 <= len && i < 30; i += 3) {
    u32 src = args[i] & 63, dst = args[i + 1] & 63, n = args[i + 2];
    u32 limit = 64 - (src > dst ? src : dst);
    if (n > limit) n = limit;
    __builtin_memmove(buf + dst, buf + src, n);
  }
  for (u32 i = 0; i < 64; i++) shifted[i] = buf[i];
  backward_copy(shifted + 1, shifted, 63);
  __builtin_memset(gap, 0xa5, sizeof gap);
  __builtin_memset(gap + 4, len, 5);
  __builtin_memcpy(out, buf, 64);
  __builtin_memcpy(out + 64, shifted, 64);
  __builtin_memcpy(out + 128, gap, 16);
  return (unsigned long long)(unsigned int)out | ((unsigned long long)sizeof out << 32);
}
