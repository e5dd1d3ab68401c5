// Exercises what clang -O2 emits for wasm32 that the frontend must read: memcpy/memset intrinsics,
// min/max intrinsics, funnel shifts, popcount, overflow intrinsics with extractvalue, i128, select, switch.
#include <stdint.h>

struct Pair { int32_t a; int64_t b; char name[20]; };

struct Pair copy_pair(const struct Pair *p) { return *p; }

void clear(char *buf) { for (int i = 0; i < 64; i++) buf[i] = 0; }

void copy_bytes(char *restrict d, const char *restrict s) { for (int i = 0; i < 48; i++) d[i] = s[i]; }

int32_t smax(int32_t a, int32_t b) { return a > b ? a : b; }

uint32_t umin(uint32_t a, uint32_t b) { return a < b ? a : b; }

uint32_t rotl(uint32_t x, uint32_t n) { return (x << (n & 31)) | (x >> ((32 - n) & 31)); }

int popcount(uint64_t x) { return __builtin_popcountll(x); }

int add_checked(int32_t a, int32_t b, int32_t *out) { return __builtin_add_overflow(a, b, out); }

int mul_checked(uint32_t a, uint32_t b, uint32_t *out) { return __builtin_mul_overflow(a, b, out); }

unsigned __int128 mul128(unsigned __int128 a, unsigned __int128 b) { return a * b + (a >> 3); }

int pick(int c, int x, int y) { return c ? x + 1 : y - 1; }

int state(int s, int ch) {
  switch (s) {
    case 0: return ch == 'a' ? 1 : 0;
    case 1: return ch == 'b' ? 2 : 7;
    case 2: return 3;
    case 5: return -ch;
    case 9: return ch * 3;
    default: return -1;
  }
}

void reset(struct Pair *p) { *p = (struct Pair){0}; }

// Division and remainder of loaded (possibly undef) values: DivRemPairs rewrites the remainder with freeze.
uint32_t divmod(const uint32_t *p) { uint32_t a = p[0], b = p[1]; return (a / b) * 1000 + a % b; }

int32_t clamp_abs(int32_t x) { int32_t m = x < 0 ? -x : x; return m > 100 ? 100 : m; }

int leading(uint32_t x) { return x ? __builtin_clz(x) + __builtin_ctz(x) : 0; }

uint32_t swap32(uint32_t x) { return __builtin_bswap32(x); }
