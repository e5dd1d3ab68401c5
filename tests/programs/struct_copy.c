// Structs passed, returned and assigned by value (clang emits llvm.memcpy for the large ones), arrays of
// structs swapped by assignment, and a nested struct update.
// Input: up to 8 records of 6 bytes: (id u8, x i16, y i16, tag u8). Output: the records after the
// transformations (serialised field by field, 20 bytes each: struct padding is never output), then the
// summary struct (24 bytes, no padding).
// args: 010a00f4ff41 02ecff140042 03000000000043
// args: 070100020061
// args: 0102000300410203000400420304000500430405000600440506000700450607000800460708000900470809000a0048

typedef unsigned int u32;
typedef unsigned long long u64;

struct point {
  short x, y;
};

struct record {
  unsigned char id;
  unsigned char tag;
  struct point pos;
  struct point vel;
  u64 score;
  u32 flags;
};

struct summary {
  struct point min, max;
  u64 total;
  u32 count;
  u32 checksum;
};

static struct record records[8];
static unsigned char out[20 * 8 + 24];

__attribute__((noinline)) static struct record step(struct record r) {
  struct record next = r;
  next.vel.x = (short)(r.pos.y - r.pos.x);
  next.vel.y = (short)(r.tag - 64);
  next.pos.x = (short)(r.pos.x + next.vel.x);
  next.pos.y = (short)(r.pos.y + next.vel.y);
  next.score = r.score * 3 + (u64)(unsigned short)next.pos.x;
  next.flags = r.flags | (1u << (r.id & 31));
  return next;
}

__attribute__((noinline)) static struct summary summarize(const struct record *rs, u32 n) {
  struct summary s = {{32767, 32767}, {-32768, -32768}, 0, 0, 0};
  for (u32 i = 0; i < n; i++) {
    struct record r = rs[i];
    if (r.pos.x < s.min.x) s.min.x = r.pos.x;
    if (r.pos.y < s.min.y) s.min.y = r.pos.y;
    if (r.pos.x > s.max.x) s.max.x = r.pos.x;
    if (r.pos.y > s.max.y) s.max.y = r.pos.y;
    s.total += r.score;
    s.count++;
    s.checksum = s.checksum * 33 + r.flags + r.id;
  }
  return s;
}

static void emit(unsigned char *dst, const void *src, u32 n) {
  const unsigned char *p = (const unsigned char *)src;
  for (u32 i = 0; i < n; i++) dst[i] = p[i];
}

unsigned long long main(const unsigned char *args, unsigned int len) {
  u32 n = len / 6;
  if (n > 8) n = 8;
  for (u32 i = 0; i < n; i++) {
    const unsigned char *p = args + 6 * i;
    struct record r = {0};
    r.id = p[0];
    r.pos.x = (short)(p[1] | (p[2] << 8));
    r.pos.y = (short)(p[3] | (p[4] << 8));
    r.tag = p[5];
    r.score = (u64)p[0] << 40;
    records[i] = step(step(r));
  }
  for (u32 i = 0; i + 1 < n; i += 2) {
    struct record t = records[i];
    records[i] = records[i + 1];
    records[i + 1] = t;
  }
  struct summary s = summarize(records, n);
  for (u32 i = 0; i < n; i++) {
    unsigned char *o = out + 20 * i;
    o[0] = records[i].id;
    o[1] = records[i].tag;
    emit(o + 2, &records[i].pos, 4);
    emit(o + 6, &records[i].vel, 4);
    emit(o + 10, &records[i].score, 8);
    emit(o + 18, &records[i].flags, 2);
  }
  emit(out + 20 * n, &s, 24);
  return (unsigned long long)(unsigned int)out | ((unsigned long long)(20 * n + 24) << 32);
}
