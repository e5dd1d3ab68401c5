/* Iterative Fibonacci: the input is n as a little-endian u32 (default 20); the output is fib(n) as a
 * little-endian u64. Build and run:
 *     pvmc compile examples/fib.c -o fib.jam && pvmc run fib.jam --args 14000000
 */
static unsigned long long result;

unsigned long long main(const unsigned char *args, unsigned int len) {
    unsigned int n = 20;
    if (len >= 4)
        n = args[0] | args[1] << 8 | args[2] << 16 | (unsigned int)args[3] << 24;
    unsigned long long a = 0, b = 1;
    for (unsigned int i = 0; i < n; i++) {
        unsigned long long t = a + b;
        a = b;
        b = t;
    }
    result = a;
    return (unsigned long long)(unsigned int)&result | (8ULL << 32);
}
