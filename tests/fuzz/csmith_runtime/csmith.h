/* csmith.h: pvmc's own runtime for csmith 2.3.0 programs (csmith's Debian package ships none).
 *
 * What it provides: the fixed-width integer types (clang's freestanding <stdint.h>), the checksum csmith
 * programs compute (CRC-32, reflected polynomial 0xEDB88320, over the 8 little-endian bytes of each value
 * given to transparent_crc), the safe-math wrappers csmith emits calls to, and the entry of pvmc's ABI:
 *   long long csmith_entry(const unsigned char *args, unsigned len)
 * runs the program's main (renamed csmith_main) and returns ptr | len << 32 for the 4-byte little-endian
 * checksum (README, "--entry"). printf is mapped away (csmith only prints when print_hash_value is set, which
 * --no-argc programs never do), so nothing here needs a C library.
 *
 * Safe math: every wrapper is defined for every input. A signed add, sub, mul, unary minus, div or mod that
 * would overflow, divide by zero or compute MIN / -1 returns its first operand; a shift by a negative amount
 * or by at least the width of the promoted left operand, a left shift of a negative value or one that would
 * overflow, and a right shift of a negative value return the left operand; unsigned add, sub, mul and unary
 * minus wrap modulo 2^N, unsigned div and mod by zero return the first operand. These are csmith's documented
 * semantics; the functions below are written here from them.
 *
 * Diagnostics: csmith programs are not warning-free (unused values, self-comparisons...), and the wasm
 * reference builds with -Wall -Werror, so every warning is turned off for the rest of the translation unit,
 * unless CSMITH_KEEP_WARNINGS is defined (creduce's interestingness test: warnings that flag undefined
 * behaviour introduced by a reduction must stay visible there); this header's own code never warns.
 */
#ifndef PVMC_CSMITH_H
#define PVMC_CSMITH_H

#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Weverything"

#include <stdint.h>

#define printf(...) ((void)0)

static uint32_t crc32_tab[256];
static uint32_t crc32_context = 0xFFFFFFFFu;
static uint32_t csmith_checksum;

static void crc32_gentab(void) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int bit = 0; bit < 8; bit++)
            c = (c & 1u) ? (c >> 1) ^ 0xEDB88320u : c >> 1;
        crc32_tab[i] = c;
    }
}

static void crc32_byte(uint8_t byte) {
    crc32_context = (crc32_context >> 8) ^ crc32_tab[(crc32_context ^ byte) & 0xFFu];
}

static void transparent_crc(uint64_t value, const char *name, int print) {
    (void)name; (void)print;
    for (int i = 0; i < 8; i++)
        crc32_byte((uint8_t)(value >> (8 * i)));
}

static void transparent_crc_bytes(const void *bytes, int count, const char *name, int print) {
    (void)name; (void)print;
    for (int i = 0; i < count; i++)
        crc32_byte(((const uint8_t *)bytes)[i]);
}

static void platform_main_begin(void) {}

static void platform_main_end(uint32_t checksum, int print) {
    (void)print;
    csmith_checksum = checksum;
}

/* The width in bits of `x` after the integer promotions (32 for 8- to 32-bit types, 64 for 64-bit ones). */
#define CSMITH_PROMOTED_BITS(x) ((int)(8 * sizeof((x) + 0)))

/* Shifts of a signed left operand `a` by a right operand `b` of the signedness S (s: int, u: unsigned). */
#define CSMITH_SIGNED_SHIFTS(T, MAX, S, B)                                                                    \
    static inline T safe_lshift_func_##T##_s_##S(T a, B b) {                                                  \
        return (a < 0 || (B)b < (B)0 || b >= (B)CSMITH_PROMOTED_BITS(a) || a > (MAX >> b)) ? a : (T)(a << b); \
    }                                                                                                         \
    static inline T safe_rshift_func_##T##_s_##S(T a, B b) {                                                  \
        return (a < 0 || (B)b < (B)0 || b >= (B)CSMITH_PROMOTED_BITS(a)) ? a : (T)(a >> b);                   \
    }

/* Shifts of an unsigned left operand `a` by a right operand `b` of the signedness S. */
#define CSMITH_UNSIGNED_SHIFTS(T, MAX, S, B)                                                                  \
    static inline T safe_lshift_func_##T##_u_##S(T a, B b) {                                                  \
        return ((B)b < (B)0 || b >= (B)CSMITH_PROMOTED_BITS(a) || a > (MAX >> b)) ? a : (T)(a << b);          \
    }                                                                                                         \
    static inline T safe_rshift_func_##T##_u_##S(T a, B b) {                                                  \
        return ((B)b < (B)0 || b >= (B)CSMITH_PROMOTED_BITS(a)) ? a : (T)(a >> b);                            \
    }

/* Every wrapper of the signed type T with range [MIN, MAX]. */
#define CSMITH_SIGNED(T, MIN, MAX)                                                                            \
    static inline T safe_unary_minus_func_##T##_s(T a) { return a == MIN ? a : (T)-a; }                       \
    static inline T safe_add_func_##T##_s_s(T a, T b) {                                                       \
        return ((b > 0 && a > MAX - b) || (b < 0 && a < MIN - b)) ? a : (T)(a + b);                           \
    }                                                                                                         \
    static inline T safe_sub_func_##T##_s_s(T a, T b) {                                                       \
        return ((b < 0 && a > MAX + b) || (b > 0 && a < MIN + b)) ? a : (T)(a - b);                           \
    }                                                                                                         \
    static inline T safe_mul_func_##T##_s_s(T a, T b) {                                                       \
        int overflow = a > 0 ? (b > 0 ? a > MAX / b : b < MIN / a)                                            \
                             : (b > 0 ? a < MIN / b : (a != 0 && b < MAX / a));                               \
        return overflow ? a : (T)(a * b);                                                                     \
    }                                                                                                         \
    static inline T safe_div_func_##T##_s_s(T a, T b) {                                                       \
        return (b == 0 || (a == MIN && b == -1)) ? a : (T)(a / b);                                            \
    }                                                                                                         \
    static inline T safe_mod_func_##T##_s_s(T a, T b) {                                                       \
        return (b == 0 || (a == MIN && b == -1)) ? a : (T)(a % b);                                            \
    }                                                                                                         \
    CSMITH_SIGNED_SHIFTS(T, MAX, s, int)                                                                      \
    CSMITH_SIGNED_SHIFTS(T, MAX, u, unsigned int)

/* Every wrapper of the unsigned type T with range [0, MAX]. */
#define CSMITH_UNSIGNED(T, MAX)                                                                               \
    static inline T safe_unary_minus_func_##T##_u(T a) { return (T)(0u - a); }                                \
    static inline T safe_add_func_##T##_u_u(T a, T b) { return (T)((a + 0u) + b); }                          \
    static inline T safe_sub_func_##T##_u_u(T a, T b) { return (T)((a + 0u) - b); }                          \
    static inline T safe_mul_func_##T##_u_u(T a, T b) { return (T)((a + 0u) * b); }                          \
    static inline T safe_div_func_##T##_u_u(T a, T b) { return b == 0 ? a : (T)(a / b); }                     \
    static inline T safe_mod_func_##T##_u_u(T a, T b) { return b == 0 ? a : (T)(a % b); }                     \
    CSMITH_UNSIGNED_SHIFTS(T, MAX, s, int)                                                                    \
    CSMITH_UNSIGNED_SHIFTS(T, MAX, u, unsigned int)

CSMITH_SIGNED(int8_t, INT8_MIN, INT8_MAX)
CSMITH_SIGNED(int16_t, INT16_MIN, INT16_MAX)
CSMITH_SIGNED(int32_t, INT32_MIN, INT32_MAX)
CSMITH_SIGNED(int64_t, INT64_MIN, INT64_MAX)
CSMITH_UNSIGNED(uint8_t, UINT8_MAX)
CSMITH_UNSIGNED(uint16_t, UINT16_MAX)
CSMITH_UNSIGNED(uint32_t, UINT32_MAX)
CSMITH_UNSIGNED(uint64_t, UINT64_MAX)

/* The program's main, renamed, and pvmc's entry around it. */
int csmith_main(void);

long long csmith_entry(const unsigned char *args, unsigned int len) {
    (void)args; (void)len;
    csmith_main();
    return (long long)(uintptr_t)&csmith_checksum | (long long)sizeof csmith_checksum << 32;
}

#pragma clang diagnostic pop
#ifndef CSMITH_KEEP_WARNINGS
#pragma clang diagnostic ignored "-Weverything"
#endif

#define main csmith_main

#endif
