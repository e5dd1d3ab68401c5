// Base64 (RFC 4648, standard alphabet, '=' padding) encoder and decoder.
// Input: mode byte then data. Mode 0: encode the data. Mode 1: decode the data (text); on invalid input the
// output is the single byte 0xff.
// args: 00666f6f626172
// args: 00
// args: 0066
// args: 01 5a6d397659513d3d
// args: 01 534756736247387349486476636d786b4953453d
// args: 01 5a6d3976 2a 3d
// args: 00 00ff10fe7f80

typedef unsigned int u32;

static const char ALPHABET[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static unsigned char out[1400];

static u32 encode(const unsigned char *in, u32 n, unsigned char *dst) {
  u32 o = 0, i = 0;
  for (; i + 3 <= n; i += 3) {
    u32 v = ((u32)in[i] << 16) | ((u32)in[i + 1] << 8) | in[i + 2];
    dst[o++] = ALPHABET[(v >> 18) & 63];
    dst[o++] = ALPHABET[(v >> 12) & 63];
    dst[o++] = ALPHABET[(v >> 6) & 63];
    dst[o++] = ALPHABET[v & 63];
  }
  if (n - i == 1) {
    u32 v = (u32)in[i] << 16;
    dst[o++] = ALPHABET[(v >> 18) & 63];
    dst[o++] = ALPHABET[(v >> 12) & 63];
    dst[o++] = '=';
    dst[o++] = '=';
  } else if (n - i == 2) {
    u32 v = ((u32)in[i] << 16) | ((u32)in[i + 1] << 8);
    dst[o++] = ALPHABET[(v >> 18) & 63];
    dst[o++] = ALPHABET[(v >> 12) & 63];
    dst[o++] = ALPHABET[(v >> 6) & 63];
    dst[o++] = '=';
  }
  return o;
}

static int value_of(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

// Returns the decoded length, or -1 on invalid input.
static int decode(const unsigned char *in, u32 n, unsigned char *dst) {
  if (n % 4 != 0) return -1;
  u32 o = 0;
  for (u32 i = 0; i < n; i += 4) {
    int pad = 0;
    u32 v = 0;
    for (int k = 0; k < 4; k++) {
      unsigned char c = in[i + k];
      int d;
      if (c == '=' && i + 4 == n && k >= 2) {
        pad++;
        d = 0;
      } else {
        if (pad) return -1;
        d = value_of(c);
        if (d < 0) return -1;
      }
      v = (v << 6) | (u32)d;
    }
    dst[o++] = (unsigned char)(v >> 16);
    if (pad < 2) dst[o++] = (unsigned char)(v >> 8);
    if (pad < 1) dst[o++] = (unsigned char)v;
  }
  return (int)o;
}

unsigned long long main(const unsigned char *args, unsigned int len) {
  u32 n = 0;
  if (len >= 1) {
    if (len > 1000) len = 1000;
    if (args[0] == 0) {
      n = encode(args + 1, len - 1, out);
    } else {
      int r = decode(args + 1, len - 1, out);
      if (r < 0) {
        out[0] = 0xff;
        n = 1;
      } else {
        n = (u32)r;
      }
    }
  }
  return (unsigned long long)(unsigned int)out | ((unsigned long long)n << 32);
}
