// Indirect calls through a table of function pointers, a callback-taking fold, and a pointer chosen at run
// time by a comparison.
// Input: an op list byte (low 3 bits select the operation) followed by u32 operands; each byte of the
// first argument chunk applies table[op & 7](acc, operand). Output: the accumulator trace (u32 each)
// and two folds (u64 each).
// args: 00010203040506070500000003000000
// args: 0707070709000000
// args: 0204010300000080ffffffff
// args: 05

typedef unsigned int u32;
typedef unsigned long long u64;
typedef u32 (*binop)(u32, u32);

__attribute__((noinline)) static u32 op_add(u32 a, u32 b) { return a + b; }
__attribute__((noinline)) static u32 op_sub(u32 a, u32 b) { return a - b; }
__attribute__((noinline)) static u32 op_mul(u32 a, u32 b) { return a * b + 1; }
__attribute__((noinline)) static u32 op_xor(u32 a, u32 b) { return a ^ (b << 3); }
__attribute__((noinline)) static u32 op_rot(u32 a, u32 b) { return (a << (b & 31)) | (a >> ((32 - (b & 31)) & 31)); }
__attribute__((noinline)) static u32 op_max(u32 a, u32 b) { return a > b ? a : b; }
__attribute__((noinline)) static u32 op_min(u32 a, u32 b) { return a < b ? a : b; }
__attribute__((noinline)) static u32 op_avg(u32 a, u32 b) { return (u32)(((u64)a + b) / 2); }

static binop table[8] = {op_add, op_sub, op_mul, op_xor, op_rot, op_max, op_min, op_avg};
static volatile binop chosen;

__attribute__((noinline)) static u64 fold(binop f, const u32 *xs, u32 n, u32 seed) {
  u64 acc = seed;
  for (u32 i = 0; i < n; i++) acc = (acc << 1) ^ f((u32)acc, xs[i]);
  return acc;
}

static u32 operands[16];
static unsigned char out[4 * 16 + 16];

unsigned long long main(const unsigned char *args, unsigned int len) {
  if (len < 1) return (unsigned long long)(unsigned int)out;
  u32 nops = len < 8 ? len : 8;
  const unsigned char *ops = args;
  u32 nvals = len > 8 ? (len - 8) / 4 : 0;
  if (nvals > 16) nvals = 16;
  for (u32 i = 0; i < nvals; i++) {
    const unsigned char *p = args + 8 + 4 * i;
    operands[i] = (u32)p[0] | ((u32)p[1] << 8) | ((u32)p[2] << 16) | ((u32)p[3] << 24);
  }
  u32 acc = 0x12345678u, pos = 0;
  for (u32 i = 0; i < nops; i++) {
    u32 operand = nvals ? operands[i % nvals] : i;
    acc = table[ops[i] & 7](acc, operand);
    for (int b = 0; b < 4; b++) out[pos++] = (unsigned char)(acc >> (8 * b));
  }
  chosen = acc & 1 ? op_max : op_min;
  u64 f1 = fold(chosen, operands, nvals, acc);
  u64 f2 = fold(table[ops[0] & 7], operands, nvals, 7);
  for (int b = 0; b < 8; b++) out[pos++] = (unsigned char)(f1 >> (8 * b));
  for (int b = 0; b < 8; b++) out[pos++] = (unsigned char)(f2 >> (8 * b));
  return (unsigned long long)(unsigned int)out | ((unsigned long long)pos << 32);
}
