// A switch-heavy interpreter for a tiny stack machine (dense switch: clang emits a jump table).
// Input: bytecode. Opcodes: 0 halt, 1 push imm8, 2 add, 3 sub, 4 mul, 5 dup, 6 swap, 7 drop, 8 jnz rel8
// (pops; jumps by a signed offset from the next instruction), 9 neg, 10 shl imm8, 11 xor, 12 over, 13 dec,
// 14 inc; any other byte counts as an error and is skipped. At most 5000 steps.
// Output: the stack depth (u8), steps (u32), errors (u8), then the stack as u64 values bottom to top.
// args: 0105010702030100
// args: 010a01000c02060d060c08f800
// args: 01070505040a03ff0b0c0e09
// args: 01c801000c0b060d060c08f800
// args: 0101050505050505050505060202020202020202020202020202

typedef unsigned long long u64;
typedef long long i64;

static u64 stack[64];
static unsigned char out[6 + 8 * 64];

unsigned long long main(const unsigned char *code, unsigned int len) {
  int sp = 0;
  unsigned pc = 0, steps = 0, errors = 0;
  while (pc < len && steps < 5000) {
    unsigned char op = code[pc++];
    steps++;
    switch (op) {
      case 0: pc = len; break;
      case 1:
        if (sp < 64 && pc < len) stack[sp++] = code[pc];
        pc++;
        break;
      case 2: if (sp >= 2) { stack[sp - 2] += stack[sp - 1]; sp--; } break;
      case 3: if (sp >= 2) { stack[sp - 2] -= stack[sp - 1]; sp--; } break;
      case 4: if (sp >= 2) { stack[sp - 2] *= stack[sp - 1]; sp--; } break;
      case 5: if (sp >= 1 && sp < 64) { stack[sp] = stack[sp - 1]; sp++; } break;
      case 6: if (sp >= 2) { u64 t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; } break;
      case 7: if (sp >= 1) sp--; break;
      case 8: {
        signed char rel = pc < len ? (signed char)code[pc] : 0;
        pc++;
        if (sp >= 1 && stack[--sp] != 0) pc = (unsigned)((int)pc + rel);
        break;
      }
      case 9: if (sp >= 1) stack[sp - 1] = (u64)(-(i64)stack[sp - 1]); break;
      case 10: if (sp >= 1 && pc < len) stack[sp - 1] <<= (code[pc] & 63); pc++; break;
      case 11: if (sp >= 2) { stack[sp - 2] ^= stack[sp - 1]; sp--; } break;
      case 12: if (sp >= 2 && sp < 64) { stack[sp] = stack[sp - 2]; sp++; } break;
      case 13: if (sp >= 1) stack[sp - 1]--; break;
      case 14: if (sp >= 1) stack[sp - 1]++; break;
      default: errors++; break;
    }
  }
  out[0] = (unsigned char)sp;
  for (int i = 0; i < 4; i++) out[1 + i] = (unsigned char)(steps >> (8 * i));
  out[5] = (unsigned char)errors;
  for (int i = 0; i < sp; i++)
    for (int b = 0; b < 8; b++) out[6 + 8 * i + b] = (unsigned char)(stack[i] >> (8 * b));
  return (unsigned long long)(unsigned int)out | ((unsigned long long)(6 + 8 * sp) << 32);
}
