// A sorted singly linked list over a static node pool: insert, delete, reverse, traverse.
// Input: a sequence of commands, two bytes each: (0, v) inserts v, (1, v) deletes the first v,
// (2, _) reverses the list. Output: the list contents (one byte per node) then the count of failed deletes.
// args: 0005000300080001000100
// args: 0009000100020000000200
// args: 0101010200ff00000080000202000100
// args: 00070007000701070107

struct node {
  unsigned char value;
  struct node *next;
};

static struct node pool[128];
static struct node *free_list;
static unsigned char out[130];

static void init_pool(void) {
  free_list = 0;
  for (int i = 127; i >= 0; i--) {
    pool[i].next = free_list;
    free_list = &pool[i];
  }
}

static struct node *alloc_node(unsigned char v) {
  struct node *n = free_list;
  if (!n) return 0;
  free_list = n->next;
  n->value = v;
  n->next = 0;
  return n;
}

static void insert_sorted(struct node **head, unsigned char v) {
  struct node *n = alloc_node(v);
  if (!n) return;
  struct node **link = head;
  while (*link && (*link)->value < v) link = &(*link)->next;
  n->next = *link;
  *link = n;
}

static int remove_value(struct node **head, unsigned char v) {
  for (struct node **link = head; *link; link = &(*link)->next) {
    if ((*link)->value == v) {
      struct node *dead = *link;
      *link = dead->next;
      dead->next = free_list;
      free_list = dead;
      return 1;
    }
  }
  return 0;
}

static struct node *reverse(struct node *head) {
  struct node *prev = 0;
  while (head) {
    struct node *next = head->next;
    head->next = prev;
    prev = head;
    head = next;
  }
  return prev;
}

unsigned long long main(const unsigned char *args, unsigned int len) {
  init_pool();
  struct node *head = 0;
  unsigned failed = 0;
  for (unsigned i = 0; i + 1 < len; i += 2) {
    switch (args[i]) {
      case 0: insert_sorted(&head, args[i + 1]); break;
      case 1: failed += !remove_value(&head, args[i + 1]); break;
      case 2: head = reverse(head); break;
      default: break;
    }
  }
  unsigned n = 0;
  for (struct node *p = head; p && n < 128; p = p->next) out[n++] = p->value;
  out[n++] = (unsigned char)failed;
  return (unsigned long long)(unsigned int)out | ((unsigned long long)n << 32);
}
