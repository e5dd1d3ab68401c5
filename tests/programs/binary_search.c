// Binary search in a constant sorted table of 64 squares-plus-offset values.
// Input: u32 keys. Output: per key the index found (i32, -1 when absent) and the number of probes (u8).
// args: 00000000010000000b000000
// args: 050f0000820f0000ffffffff
// args: 65000000820f0000
// args: 6a00000003000000

typedef unsigned int u32;

static const u32 table[64] = {
    1,    2,    5,    10,   17,   26,   37,   50,   65,   82,   101,  122,  145,  170,  197,  226,
    257,  290,  325,  362,  401,  442,  485,  530,  577,  626,  677,  730,  785,  842,  901,  962,
    1025, 1090, 1157, 1226, 1297, 1370, 1445, 1522, 1601, 1682, 1765, 1850, 1937, 2026, 2117, 2210,
    2305, 2402, 2501, 2602, 2705, 2810, 2917, 3026, 3137, 3250, 3365, 3482, 3601, 3722, 3845, 3970};

static unsigned char out[5 * 32];

static int search(u32 key, unsigned *probes) {
  int lo = 0, hi = 63;
  *probes = 0;
  while (lo <= hi) {
    int mid = lo + (hi - lo) / 2;
    (*probes)++;
    if (table[mid] == key) return mid;
    if (table[mid] < key)
      lo = mid + 1;
    else
      hi = mid - 1;
  }
  return -1;
}

unsigned long long main(const unsigned char *args, unsigned int len) {
  unsigned n = len / 4;
  if (n > 32) n = 32;
  for (unsigned i = 0; i < n; i++) {
    const unsigned char *p = args + 4 * i;
    u32 key = (u32)p[0] | ((u32)p[1] << 8) | ((u32)p[2] << 16) | ((u32)p[3] << 24);
    unsigned probes;
    int idx = search(key, &probes);
    for (int b = 0; b < 4; b++) out[5 * i + b] = (unsigned char)((u32)idx >> (8 * b));
    out[5 * i + 4] = (unsigned char)probes;
  }
  return (unsigned long long)(unsigned int)out | ((unsigned long long)(5 * n) << 32);
}
