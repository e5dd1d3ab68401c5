// Miscompile found while writing these regressions (linear-scan only; --regalloc none was right); it failed up
// to commit fa6cd1a and was fixed by e8ea832 (uses of fused icmp operands now sit at the branch).
// A compare that feeds only the block's branch is fused into the branch by the emitter (`lowering.fused`),
// so its operands are read at the branch, but the allocation problem (`regalloc_problem.build_problem`)
// placed those uses at the icmp's own position. Here `x` dies at the icmp for the allocator, and `z`, defined
// after the icmp and before the branch, gets the same register R (r11 at the time of writing). At the branch
// the emitter finds R holding `z`, reloads `x` into R for the compare, and the successors (a leaf function:
// every allocated value live at a block start is assumed to be in its register) read R as `z`: both arms
// compute with `x` instead of `z`.
// Input: any bytes (only the length matters). Output: s (u64).
// args:
// args: 01
// args: 0203
// args: 000102030405060708090a0b0c0d0e0f

typedef unsigned long long u64;

static unsigned char out[8];

unsigned long long main(const unsigned char *args, unsigned int len) {
  u64 s = 5;
  for (unsigned i = 0; i < len + 10; i++) {
    u64 x = s * 3 + i;
    int small = x < 100000;
    u64 z = x * x + i;
    if (small) s += z * z + (z >> 5);
    else s = (s ^ z) >> 9;
  }
  for (int i = 0; i < 8; i++) out[i] = (unsigned char)(s >> (8 * i));
  return (unsigned long long)(unsigned int)out | ((unsigned long long)8 << 32);
}
