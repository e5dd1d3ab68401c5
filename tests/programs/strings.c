// String routines written by hand: strlen, strcmp, reverse in place, atoi (with sign and overflow wrap),
// and a substring search. Input: NUL-separated strings. Output per string: length (u8), atoi value (i32),
// index of "ab" or -1 (i8), the reversed string; then pairwise strcmp signs of consecutive strings.
// args: 313233002d34350061626364 00 7a7a00
// args: 2b3939393939393939393939 00 2d3231343734383336343800 616262616261
// args: 00 00 6162
// args: 68656c6c6f00 68656c6c 00 68656c6c6f21 00 2020203432

typedef unsigned int u32;

static unsigned char text[512];
static unsigned char out[1024];

static u32 my_strlen(const unsigned char *s) {
  u32 n = 0;
  while (s[n]) n++;
  return n;
}

static int my_strcmp(const unsigned char *a, const unsigned char *b) {
  while (*a && *a == *b) {
    a++;
    b++;
  }
  return (int)*a - (int)*b;
}

static void reverse(unsigned char *s, u32 n) {
  for (u32 i = 0, j = n; i + 1 < j; i++, j--) {
    unsigned char t = s[i];
    s[i] = s[j - 1];
    s[j - 1] = t;
  }
}

static int my_atoi(const unsigned char *s) {
  while (*s == ' ') s++;
  int neg = 0;
  if (*s == '-' || *s == '+') neg = *s++ == '-';
  u32 v = 0;
  while (*s >= '0' && *s <= '9') v = v * 10 + (u32)(*s++ - '0');
  return (int)(neg ? 0u - v : v);
}

static int find_ab(const unsigned char *s) {
  for (int i = 0; s[i]; i++)
    if (s[i] == 'a' && s[i + 1] == 'b') return i;
  return -1;
}

unsigned long long main(const unsigned char *args, unsigned int len) {
  if (len > 510) len = 510;
  for (u32 i = 0; i < len; i++) text[i] = args[i];
  text[len] = 0;
  text[len + 1] = 0;
  unsigned char *starts[32];
  u32 count = 0, pos = 0, o = 0;
  while (pos <= len && count < 32) {
    unsigned char *s = text + pos;
    starts[count++] = s;
    u32 n = my_strlen(s);
    int v = my_atoi(s);
    out[o++] = (unsigned char)n;
    for (int b = 0; b < 4; b++) out[o++] = (unsigned char)((u32)v >> (8 * b));
    out[o++] = (unsigned char)find_ab(s);
    pos += n + 1;
  }
  for (u32 i = 0; i < count; i++) {
    u32 n = my_strlen(starts[i]);
    unsigned char tmp[64];
    u32 m = n < 64 ? n : 64;
    for (u32 k = 0; k < m; k++) tmp[k] = starts[i][k];
    reverse(tmp, m);
    for (u32 k = 0; k < m; k++) out[o++] = tmp[k];
  }
  for (u32 i = 0; i + 1 < count; i++) {
    int c = my_strcmp(starts[i], starts[i + 1]);
    out[o++] = (unsigned char)(c < 0 ? 0xff : c > 0 ? 1 : 0);
  }
  return (unsigned long long)(unsigned int)out | ((unsigned long long)o << 32);
}
