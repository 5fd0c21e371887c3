#include "buf.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void an_buf_init(an_buf *b) { b->p = NULL; b->n = b->cap = 0; }
void an_buf_free(an_buf *b) { free(b->p); an_buf_init(b); }
void an_buf_clear(an_buf *b) { b->n = 0; if (b->p) b->p[0] = 0; }

void an_buf_reserve(an_buf *b, size_t extra) {
    if (b->n + extra + 1 <= b->cap) return;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->n + extra + 1) cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p) { fputs("annals: out of memory\n", stderr); abort(); }
    b->p = p;
    b->cap = cap;
}

void an_buf_add(an_buf *b, const void *s, size_t n) {
    an_buf_reserve(b, n);
    if (n) memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}

void an_buf_adds(an_buf *b, const char *s) { an_buf_add(b, s, strlen(s)); }

void an_buf_addc(an_buf *b, char c) {
    an_buf_reserve(b, 1);
    b->p[b->n++] = c;
    b->p[b->n] = 0;
}

void an_buf_addu(an_buf *b, unsigned long long v) {
    char tmp[24];
    size_t k = sizeof tmp;
    do { tmp[--k] = (char)('0' + v % 10); v /= 10; } while (v);
    an_buf_add(b, tmp + k, sizeof tmp - k);
}

void an_buf_addi(an_buf *b, long long v) {
    if (v < 0) an_buf_addc(b, '-');
    an_buf_addu(b, v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v);
}

void an_buf_printf(an_buf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char tmp[256];
    int k = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (k < 0) return;
    if ((size_t)k < sizeof tmp) { an_buf_add(b, tmp, (size_t)k); return; }
    an_buf_reserve(b, (size_t)k);
    va_start(ap, fmt);
    vsnprintf(b->p + b->n, (size_t)k + 1, fmt, ap);
    va_end(ap);
    b->n += (size_t)k;
}
