#include "textmap.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *xrealloc(void *p, size_t n) {
    void *q = realloc(p, n);
    if (!q) { fputs("annals: out of memory\n", stderr); abort(); }
    return q;
}

void tm_init(an_textmap *t) { memset(t, 0, sizeof *t); }

void tm_free(an_textmap *t) {
    free(t->p);
    free(t->a);
    tm_init(t);
}

void tm_clear(an_textmap *t) {
    t->n = 0;
    t->na = 0;
    if (t->p) t->p[0] = 0;
}

static void reserve_text(an_textmap *t, uint32_t extra) {
    if ((uint64_t)t->n + extra + 1 <= t->cap) return;
    uint64_t cap = t->cap ? t->cap : 1024;
    while (cap < (uint64_t)t->n + extra + 1) cap *= 2;
    if (cap > UINT32_MAX) { fputs("annals: text over 4 GiB\n", stderr); abort(); }
    t->p = xrealloc(t->p, cap);
    t->cap = (uint32_t)cap;
}

static void add_anchor(an_textmap *t, uint64_t in, uint32_t synthetic) {
    if (t->na) {
        an_anchor *last = &t->a[t->na - 1];
        /* A run that continues the previous one needs no anchor of its own. */
        if (!synthetic && !last->synthetic && last->in + (t->n - last->pos) == in) return;
        if (last->pos == t->n) { last->in = in; last->synthetic = synthetic; return; }
    }
    if (t->na == t->acap) {
        t->acap = t->acap ? t->acap * 2 : 16;
        t->a = xrealloc(t->a, t->acap * sizeof *t->a);
    }
    t->a[t->na++] = (an_anchor){ t->n, in, synthetic };
}

static void add_bytes(an_textmap *t, const char *s, uint32_t n) {
    reserve_text(t, n);
    memcpy(t->p + t->n, s, n);
    t->n += n;
    t->p[t->n] = 0;
}

void tm_append(an_textmap *t, const char *s, uint32_t n, uint64_t in) {
    if (!n) return;
    add_anchor(t, in, 0);
    add_bytes(t, s, n);
}

static void append_synthetic_at(an_textmap *t, const char *s, uint32_t n, uint64_t in) {
    if (!n) return;
    add_anchor(t, in, 1);
    add_bytes(t, s, n);
}

void tm_append_synthetic(an_textmap *t, const char *s, uint32_t n) {
    append_synthetic_at(t, s, n, tm_map(t, t->n));
}

void tm_append_src(an_textmap *t, const char *s, uint32_t n, uint64_t in, uint32_t in_len) {
    if (n <= in_len || !in_len) { tm_append(t, s, n, in); return; }
    tm_append(t, s, in_len, in);
    append_synthetic_at(t, s + in_len, n - in_len, in + in_len - 1);
}

/* The last anchor with a[i].pos <= pos (0 if none). Written without a
 * branch on the comparison (a conditional move): every offset written out
 * maps through here, and the comparisons' outcomes are random. */
static uint32_t find_anchor(const an_textmap *t, uint32_t pos) {
    uint32_t lo = 0, n = t->na;
    while (n > 1) {                       /* the answer is in [lo, lo + n) */
        uint32_t half = n / 2;
        lo = t->a[lo + half].pos <= pos ? lo + half : lo;
        n -= half;
    }
    return lo;
}

uint64_t tm_map(const an_textmap *t, uint32_t pos) {
    if (!t->na) return 0;
    const an_anchor *a = &t->a[find_anchor(t, pos)];
    if (a->synthetic) return a->in;
    return a->in + (pos - a->pos);
}

void tm_append_range(an_textmap *t, const an_textmap *src, uint32_t from, uint32_t to) {
    if (to > src->n) to = src->n;
    while (from < to) {
        uint32_t i = find_anchor(src, from);
        uint32_t run_end = i + 1 < src->na ? src->a[i + 1].pos : src->n;
        if (run_end > to) run_end = to;
        if (src->na && src->a[i].synthetic) append_synthetic_at(t, src->p + from, run_end - from, src->a[i].in);
        else tm_append(t, src->p + from, run_end - from, tm_map(src, from));
        from = run_end;
    }
}
