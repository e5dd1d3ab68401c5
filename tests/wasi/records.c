// An array of structs sorted by qsort with a three-key comparator, searched by bsearch and printed as a table
// with snprintf's widths and flags. Input: 4-byte records (id, department, salary as u16 little-endian); a
// trailing partial record is ignored. Each becomes a `struct employee` with a name made by snprintf ("e%03u").
// Sort: department ascending, salary descending, then id and input position ascending (a total order, so the
// result does not depend on the qsort algorithm). Output: one line per employee, per-department totals, and a
// bsearch by name of every id 0..9 in a second copy sorted by name, ASCII lines. (bsearch may return any of
// several equal elements: where an input repeats an id, the records are identical.)
// args: 0701e803030250c3050150c30102ffff0001e8030402e8030201d007
// args:
// args: 01000000
// args: 09030a000803140007030a000603140005030a000403140003030a000203140001030a0000031400
// args: 0505050505050505050505

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_EMPLOYEES 64

struct employee {
  char name[8];
  uint8_t id;
  uint8_t department;
  uint16_t salary;
  uint32_t position;
};

static struct employee staff[MAX_EMPLOYEES];
static struct employee by_name[MAX_EMPLOYEES];
static char out[8192];

static int compare_rank(const void *a, const void *b) {
  const struct employee *x = a, *y = b;
  if (x->department != y->department) return x->department < y->department ? -1 : 1;
  if (x->salary != y->salary) return x->salary > y->salary ? -1 : 1;
  if (x->id != y->id) return x->id < y->id ? -1 : 1;
  return x->position < y->position ? -1 : x->position > y->position;
}

static int compare_name(const void *a, const void *b) {
  const struct employee *x = a, *y = b;
  int order = strcmp(x->name, y->name);
  if (order != 0) return order;
  return x->position < y->position ? -1 : x->position > y->position;
}

static int find_name(const void *key, const void *element) {
  return strcmp(key, ((const struct employee *)element)->name);
}

uint64_t main(const uint8_t *args, uint32_t len) {
  uint32_t count = 0;
  for (uint32_t i = 0; i + 4 <= len && count < MAX_EMPLOYEES; i += 4, count++) {
    struct employee *e = &staff[count];
    e->id = args[i];
    e->department = args[i + 1];
    e->salary = (uint16_t)(args[i + 2] | args[i + 3] << 8);
    e->position = count;
    snprintf(e->name, sizeof e->name, "e%03u", e->id);
  }
  memcpy(by_name, staff, count * sizeof staff[0]);
  qsort(staff, count, sizeof staff[0], compare_rank);
  qsort(by_name, count, sizeof by_name[0], compare_name);

  size_t n = (size_t)snprintf(out, sizeof out, "%-6s|%4s|%7s|%s\n", "name", "dept", "salary", "pos");
  for (uint32_t i = 0; i < count; i++)
    n += (size_t)snprintf(out + n, sizeof out - n, "%-6s|%4u|%7u|%-3u|\n", staff[i].name, staff[i].department,
                          staff[i].salary, staff[i].position);
  for (uint32_t i = 0; i < count;) {
    uint32_t total = 0, j = i;
    for (; j < count && staff[j].department == staff[i].department; j++) total += staff[j].salary;
    n += (size_t)snprintf(out + n, sizeof out - n, "dept %#04x: %u people, total %+d, top %s\n",
                          staff[i].department, j - i, (int)total, staff[i].name);
    i = j;
  }
  for (uint32_t id = 0; id < 10; id++) {
    char key[8];
    snprintf(key, sizeof key, "e%03u", id);
    const struct employee *hit = bsearch(key, by_name, count, sizeof by_name[0], find_name);
    if (hit != NULL) n += (size_t)snprintf(out + n, sizeof out - n, "%s:%02x ", key, hit->department);
  }
  n += (size_t)snprintf(out + n, sizeof out - n, "\n");
  return (uint64_t)(uintptr_t)out | (uint64_t)n << 32;
}
