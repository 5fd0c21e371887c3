/* Runs every registered test, or those whose name contains argv[1]. */
#include "test.h"
#include <stdarg.h>
#include <stdlib.h>
#include <unistd.h>

typedef struct { const char *name, *file; test_fn fn; } entry;
static entry tests[2048];
static int ntests, current_failed;

void test_register(const char *name, const char *file, test_fn fn) {
    if (ntests < (int)(sizeof tests / sizeof *tests)) tests[ntests++] = (entry){ name, file, fn };
}

void test_fail(const char *file, int line, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "  FAIL %s:%d: ", file, line);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    current_failed++;
}

const char *test_shared(const char *rel, char *buf, size_t n) {
    snprintf(buf, n, "../shared/%s", rel);
    return access(buf, R_OK) == 0 ? buf : NULL;
}

static int by_file(const void *a, const void *b) {
    const entry *x = a, *y = b;
    int c = strcmp(x->file, y->file);
    return c ? c : (x < y ? -1 : 1);
}

int main(int argc, char **argv) {
    qsort(tests, (size_t)ntests, sizeof *tests, by_file);
    int passed = 0, failed = 0;
    for (int i = 0; i < ntests; i++) {
        if (argc > 1 && !strstr(tests[i].name, argv[1])) continue;
        current_failed = 0;
        tests[i].fn();
        if (current_failed) { failed++; fprintf(stderr, "not ok %s (%s)\n", tests[i].name, tests[i].file); }
        else passed++;
    }
    printf("unit: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
