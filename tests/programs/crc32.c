// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), bitwise and table-driven; both must agree.
// Input: any bytes. Output: crc32 (u32 little-endian, bitwise), crc32 (table-driven), then 1 if they agree.
// Check value: crc32("123456789") = 0xCBF43926.
// args: 313233343536373839
// args:
// args: 54686520717569636b2062726f776e20666f78206a756d7073206f76657220746865206c617a7920646f67
// args: 00ff00ff

typedef unsigned int u32;

static u32 table[256];
static unsigned char out[9];

static u32 crc32_bitwise(const unsigned char *p, u32 n) {
  u32 crc = 0xFFFFFFFFu;
  for (u32 i = 0; i < n; i++) {
    crc ^= p[i];
    for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

static void make_table(void) {
  for (u32 i = 0; i < 256; i++) {
    u32 c = i;
    for (int k = 0; k < 8; k++) c = (c & 1) ? (c >> 1) ^ 0xEDB88320u : c >> 1;
    table[i] = c;
  }
}

static u32 crc32_table(const unsigned char *p, u32 n) {
  u32 crc = 0xFFFFFFFFu;
  for (u32 i = 0; i < n; i++) crc = table[(crc ^ p[i]) & 0xFF] ^ (crc >> 8);
  return ~crc;
}

unsigned long long main(const unsigned char *args, unsigned int len) {
  make_table();
  u32 a = crc32_bitwise(args, len);
  u32 b = crc32_table(args, len);
  for (int i = 0; i < 4; i++) {
    out[i] = (unsigned char)(a >> (8 * i));
    out[4 + i] = (unsigned char)(b >> (8 * i));
  }
  out[8] = a == b;
  return (unsigned long long)(unsigned int)out | ((unsigned long long)9 << 32);
}
