// Global initializers with pointers: relocations at hand-computed wasm32 offsets.
struct Node { int v; struct Node *next; long long w; const char *name; };
struct Node n2 = { 2, 0, -1, "b" };
struct Node n1 = { 1, &n2, 7, "a" };
int table[4] = { 1, 2, 3, 4 };
int *mid = &table[2];
static int twice(int x) { return 2 * x; }
int (*const ops[2])(int) = { twice, 0 };
int use(int i) { return ops[i & 1](table[i & 3]) + n1.next->v; }
