/* Time to build an engine (load every dictionary), the fixed cost of each
 * annals process. Prints the median of N runs in milliseconds. */
#include "../include/annals.h"
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static int by_value(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 21;
    if (n < 1 || n > 1000) n = 21;
    double ms[1000];
    for (int i = 0; i < n; i++) {
        struct timespec t0, t1;
        char err[512];
        clock_gettime(CLOCK_MONOTONIC, &t0);
        an_engine *e = an_engine_new(NULL, err, sizeof err);
        clock_gettime(CLOCK_MONOTONIC, &t1);
        if (!e) { fprintf(stderr, "bench-load: %s\n", err); return 1; }
        an_engine_free(e);
        ms[i] = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
    }
    qsort(ms, (size_t)n, sizeof *ms, by_value);
    printf("%.2f\n", ms[n / 2]);
    return 0;
}
