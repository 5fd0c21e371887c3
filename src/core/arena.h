/* Arena allocator: one per document.
 *
 * Everything a document produces (article metadata, body text, spans, tokens,
 * later events and quotes) is allocated here and freed in one call when the
 * document is done. This keeps the hot path free of malloc/free pairs and makes
 * leaks structurally impossible inside a stage. */
#ifndef AN_ARENA_H
#define AN_ARENA_H
#include <stddef.h>

typedef struct an_arena_chunk an_arena_chunk;
typedef struct an_arena {
    an_arena_chunk *head;
    size_t chunk_size;
    size_t total;        /* bytes handed out, for limits and stats */
} an_arena;

void  an_arena_init(an_arena *a, size_t chunk_size);
/* The chunk size for arenas that hold a loaded table's strings for the
 * engine's life: a chunk fills one huge page (see bigmem.h). Chunks of
 * 1 MiB or more are mapped through an_big_calloc, smaller ones malloc'd. */
#define AN_ARENA_TABLE_CHUNK (((size_t)2 << 20) - 256)
void *an_arena_alloc(an_arena *a, size_t n);            /* 16-byte aligned, zeroed */
char *an_arena_strndup(an_arena *a, const char *s, size_t n);
char *an_arena_strdup(an_arena *a, const char *s);
/* n bytes not zeroed, for arrays whose every element is written before it is
 * read: zeroing them first was some 4% of the pipeline's instructions. */
void *an_arena_alloc_raw(an_arena *a, size_t n);
/* Grow an array allocated in the arena (copying); returns the new array. */
void *an_arena_grow(an_arena *a, void *old, size_t old_n, size_t new_n, size_t elem);
/* The same, leaving the new elements unzeroed (see an_arena_alloc_raw). */
void *an_arena_grow_raw(an_arena *a, void *old, size_t old_n, size_t new_n, size_t elem);
/* Room for element n of an array that grows one element at a time, with no
 * capacity field: the capacity is implicitly 4, 8, 16... Returns the array
 * (moved when it had to grow). Growing by exactly one with an_arena_grow
 * would keep every old copy and make memory quadratic. */
void *an_arena_push(an_arena *a, void *arr, size_t n, size_t elem);
void  an_arena_reset(an_arena *a);   /* keeps the first chunk for reuse */
void  an_arena_free(an_arena *a);

#endif
