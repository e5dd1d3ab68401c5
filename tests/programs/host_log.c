// Logs through the JIP-1 log host call (ecalli 100) while computing a checksum, then returns it.
// host_call_5(100, level, target_ptr, target_len, message_ptr, message_len) becomes `ecalli 100` with the
// data arguments in r7..r11 (JIP-1: level, target, message). The call's return value is not used: the
// output must not depend on how the host answers.
// Input: any bytes. Output: a 64-bit FNV-1a hash of the input (u64) then the number of log calls (u8).
// args: 68656c6c6f
// args:
// args: 000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f

typedef unsigned long long u64;

extern long long host_call_5(long long id, long long a, long long b, long long c, long long d, long long e);

static const char target[] = "corpus";
static char message[32];
static unsigned char out[9];

static void log_line(const char *text, unsigned n) {
  host_call_5(100, 3, (long long)(unsigned)target, sizeof target - 1, (long long)(unsigned)text, n);
}

unsigned long long main(const unsigned char *args, unsigned int len) {
  static const char hex[] = "0123456789abcdef";
  u64 h = 0xcbf29ce484222325ULL;
  unsigned logs = 0;
  log_line("start", 5);
  logs++;
  for (unsigned i = 0; i < len; i++) {
    h = (h ^ args[i]) * 0x100000001b3ULL;
    if (i % 16 == 15) {
      for (int k = 0; k < 16; k++) message[k] = hex[(h >> (60 - 4 * k)) & 15];
      log_line(message, 16);
      logs++;
    }
  }
  for (int b = 0; b < 8; b++) out[b] = (unsigned char)(h >> (8 * b));
  out[8] = (unsigned char)logs;
  return (unsigned long long)(unsigned int)out | ((unsigned long long)9 << 32);
}
