/* Remembered lexicon answers, one table per thread at work.
 *
 * A word's lexicon answer depends on nothing but the word, and news text
 * repeats a few thousand words: "the", "said", "minister". Yet every lookup
 * walks a table far larger than the caches (slot, entry, string) and, for
 * inflected forms, probes it again for each possible base. A small
 * direct-mapped table of recent answers, which stays cached, answers most
 * tokens in one probe.
 *
 * The lexicon is shared read-only between threads, so the tables cannot live
 * in it directly: it keeps a pool of them, and each analysis borrows one for
 * the article (an atomic flag per table) and gives it back at the end. A
 * table is allocated the first time it is borrowed; when all are in use the
 * analysis goes without. */
#include "lexicon.h"
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#define MEMO_SLOTS 2048          /* a power of two; 2048 x 120 bytes stays in L2 */
#define MEMO_KEY 24              /* longer words are not remembered */
#define MEMO_POOL 64             /* tables: more threads than this go without */

typedef struct memo_slot {
    uint32_t hash;
    uint8_t len;                 /* 0: empty */
    uint8_t known;               /* lex_lookup's answer */
    char key[MEMO_KEY];
    lex_info info;
} memo_slot;

struct lx_memo {
    int index;                   /* in the pool */
    memo_slot slot[MEMO_SLOTS];
};

struct lx_memo_pool {
    atomic_int busy[MEMO_POOL];
    lx_memo *memo[MEMO_POOL];    /* only the thread holding busy[k] touches memo[k] */
};

lx_memo_pool *lx_memo_pool_new(void) {
    lx_memo_pool *p = calloc(1, sizeof *p);
    if (p) for (int k = 0; k < MEMO_POOL; k++) atomic_init(&p->busy[k], 0);
    return p;
}

void lx_memo_pool_free(lx_memo_pool *p) {
    if (!p) return;
    for (int k = 0; k < MEMO_POOL; k++) free(p->memo[k]);
    free(p);
}

lx_memo *lx_memo_borrow(lx_memo_pool *p) {
    if (!p) return NULL;
    for (int k = 0; k < MEMO_POOL; k++) {
        if (atomic_load_explicit(&p->busy[k], memory_order_relaxed) || atomic_exchange(&p->busy[k], 1)) continue;
        if (!p->memo[k] && (p->memo[k] = calloc(1, sizeof *p->memo[k]))) p->memo[k]->index = k;
        if (p->memo[k]) return p->memo[k];
        atomic_store(&p->busy[k], 0);
        return NULL;
    }
    return NULL;
}

void lx_memo_return(lx_memo_pool *p, lx_memo *m) {
    if (p && m) atomic_store(&p->busy[m->index], 0);
}

int lx_memo_find(const lx_memo *m, const char *w, size_t n, uint32_t h, lex_info *out) {
    if (!m || n == 0 || n > MEMO_KEY) return -1;
    const memo_slot *s = &m->slot[h & (MEMO_SLOTS - 1)];
    if (s->len != n || s->hash != h || memcmp(s->key, w, n)) return -1;
    *out = s->info;
    return s->known;
}

void lx_memo_prefetch(const lx_memo *m, uint32_t h) {
    if (m) __builtin_prefetch(&m->slot[h & (MEMO_SLOTS - 1)]);
}

void lx_memo_put(lx_memo *m, const char *w, size_t n, uint32_t h, const lex_info *in, int known) {
    if (!m || n == 0 || n > MEMO_KEY) return;
    memo_slot *s = &m->slot[h & (MEMO_SLOTS - 1)];
    s->hash = h;
    s->len = (uint8_t)n;
    s->known = (uint8_t)known;
    memcpy(s->key, w, n);
    s->info = *in;
}
