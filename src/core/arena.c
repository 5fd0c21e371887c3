#include "arena.h"
#include "bigmem.h"
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

struct an_arena_chunk {
    an_arena_chunk *next;
    size_t size, used;
    _Alignas(16) unsigned char data[];
};

/* Chunks as large as an_big_* maps come from it (the tables' arenas, which
 * live as long as the engine); smaller ones, the documents' arenas, from
 * malloc, which does not zero them. */
#define MAPPED_CHUNK AN_BIG_MAPPED_FROM

static an_arena_chunk *chunk_new(size_t size) {
    an_arena_chunk *c = size >= MAPPED_CHUNK ? an_big_calloc(1, sizeof *c + size) : malloc(sizeof *c + size);
    if (!c) { fputs("annals: out of memory\n", stderr); abort(); }
    c->next = NULL;
    c->size = size;
    c->used = 0;
    return c;
}

static void chunk_free(an_arena_chunk *c) {
    if (c->size >= MAPPED_CHUNK) an_big_free(c);
    else free(c);
}

void an_arena_init(an_arena *a, size_t chunk_size) {
    a->head = NULL;
    a->chunk_size = chunk_size ? chunk_size : 64 * 1024;
    a->total = 0;
}

/* n bytes, not zeroed, for callers that write them all at once; only the
 * padding up to the 16-byte boundary is zeroed, as an_arena_alloc did. The
 * padding is under 16 bytes, so zeroing the last 16 covers it: a fixed-size
 * store instead of a memset call per string the stages copy. */
static void *alloc_raw(an_arena *a, size_t want) {
    size_t n = (want + 15) & ~(size_t)15;
    if (n == 0) n = 16;
    an_arena_chunk *c = a->head;
    if (!c || c->size - c->used < n) {
        /* Large requests get a chunk of their own so the regular chunk size
         * stays small for the common case of many tiny allocations. */
        size_t size = n > a->chunk_size / 4 ? n : a->chunk_size;
        an_arena_chunk *nc = chunk_new(size);
        if (c && size == n) {           /* keep the partly used chunk on top */
            nc->next = c->next;
            c->next = nc;
        } else {
            nc->next = c;
            a->head = nc;
        }
        c = nc;
    }
    unsigned char *p = c->data + c->used;
    c->used += n;
    a->total += n;
    memset(p + n - 16, 0, 16);
    return p;
}

void *an_arena_alloc_raw(an_arena *a, size_t n) {
    return alloc_raw(a, n);
}

void *an_arena_alloc(an_arena *a, size_t n) {
    void *p = alloc_raw(a, n);
    memset(p, 0, n);
    return p;
}

char *an_arena_strndup(an_arena *a, const char *s, size_t n) {
    char *d = alloc_raw(a, n + 1);
    if (n) memcpy(d, s, n);
    d[n] = 0;
    return d;
}

char *an_arena_strdup(an_arena *a, const char *s) {
    return an_arena_strndup(a, s, strlen(s));
}

/* The copied part is not zeroed first: growing arrays is frequent (tokens,
 * words, chunks), and zeroing what memcpy overwrites doubled its cost. */
void *an_arena_grow_raw(an_arena *a, void *old, size_t old_n, size_t new_n, size_t elem) {
    size_t keep = old ? (old_n < new_n ? old_n : new_n) * elem : 0;
    char *p = alloc_raw(a, new_n * elem);
    if (keep) memcpy(p, old, keep);
    return p;
}

void *an_arena_grow(an_arena *a, void *old, size_t old_n, size_t new_n, size_t elem) {
    size_t keep = old ? (old_n < new_n ? old_n : new_n) * elem : 0;
    char *p = an_arena_grow_raw(a, old, old_n, new_n, elem);
    memset(p + keep, 0, new_n * elem - keep);
    return p;
}

void *an_arena_push(an_arena *a, void *arr, size_t n, size_t elem) {
    if (n == 0) return an_arena_alloc(a, 4 * elem);
    if (n < 4 || (n & (n - 1))) return arr;       /* room left below the next power of two */
    return an_arena_grow(a, arr, n, 2 * n, elem);
}

void an_arena_reset(an_arena *a) {
    an_arena_chunk *c = a->head, *keep = NULL;
    while (c) {
        an_arena_chunk *next = c->next;
        if (!keep && c->size == a->chunk_size) keep = c;
        else chunk_free(c);
        c = next;
    }
    if (keep) { keep->used = 0; keep->next = NULL; }
    a->head = keep;
    a->total = 0;
}

void an_arena_free(an_arena *a) {
    an_arena_chunk *c = a->head;
    while (c) { an_arena_chunk *n = c->next; chunk_free(c); c = n; }
    a->head = NULL;
    a->total = 0;
}
