/* Word sets: an open-addressing hash of ASCII-lowercased words to class masks.
 * Load stays at or below one half, so a missing word costs one or two probes.
 * The words are short, so each slot holds its word: a lookup reads one slot
 * and no string elsewhere, and words longer than any in the set are rejected
 * before hashing. */
#include "wordset.h"
#include "ascii.h"
#include "fnv.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WS_MAX_WORD 22

typedef struct ws_slot {
    uint32_t hash, classes;
    uint8_t len;                    /* 0: empty */
    char key[WS_MAX_WORD + 1];      /* lowercased */
} ws_slot;

/* Most tokens are in no list. A bit per (length, first two letters, last
 * letter) class, a few kilobytes that stay cached, turns most of them away
 * before the word is hashed and its slot (further out in memory) is read. */
#define WS_FILTER_BITS (1u << 15)

struct an_wordset {
    ws_slot *slots;
    uint32_t mask, used;
    size_t maxlen;                  /* of the words in the set */
    uint64_t filter[WS_FILTER_BITS / 64];
};


static uint32_t hash_folded(const char *s, size_t n) {
    uint32_t h = AN_FNV_START;                      /* FNV-1a over the folded bytes */
    for (size_t i = 0; i < n; i++) h = an_fnv_byte(h, an_ascii_lower((unsigned char)s[i]));
    return h;
}

static uint32_t filter_bit(const char *s, size_t n) {
    uint32_t a = an_ascii_lower((unsigned char)s[0]), b = n > 1 ? an_ascii_lower((unsigned char)s[1]) : 0, z = an_ascii_lower((unsigned char)s[n - 1]);
    return ((uint32_t)n * 0x9E3779B1u ^ a * 0x85EBCA77u ^ b * 0xC2B2AE3Du ^ z * 0x27D4EB2Fu) >> 17;
}

static int filter_has(const an_wordset *ws, const char *s, size_t n) {
    uint32_t k = filter_bit(s, n);
    return (int)(ws->filter[k >> 6] >> (k & 63) & 1);
}

/* key is lowercased already; s is any case */
static int same_folded(const char *key, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)key[i] != an_ascii_lower((unsigned char)s[i])) return 0;
    return 1;
}

static void *xcalloc(size_t n, size_t size) {
    void *p = calloc(n, size);
    if (!p) { fputs("annals: out of memory\n", stderr); abort(); }
    return p;
}

an_wordset *an_wordset_new(void) {
    an_wordset *ws = xcalloc(1, sizeof *ws);
    ws->mask = 1023;
    ws->slots = xcalloc(ws->mask + 1, sizeof *ws->slots);
    return ws;
}

static ws_slot *probe(const an_wordset *ws, const char *s, size_t n, uint32_t h) {
    for (uint32_t i = h & ws->mask;; i = (i + 1) & ws->mask) {
        ws_slot *sl = &ws->slots[i];
        if (!sl->len || (sl->hash == h && sl->len == n && same_folded(sl->key, s, n))) return sl;
    }
}

static void grow(an_wordset *ws) {
    ws_slot *old = ws->slots;
    uint32_t n = ws->mask + 1;
    ws->mask = n * 2 - 1;
    ws->slots = xcalloc(n * 2, sizeof *ws->slots);
    for (uint32_t i = 0; i < n; i++)
        if (old[i].len) *probe(ws, old[i].key, old[i].len, old[i].hash) = old[i];
    free(old);
}

/* The lists are the program's own: a word too long for a slot is a bug. */
static void add_word(an_wordset *ws, const char *w, uint32_t classes) {
    size_t n = strlen(w);
    if (n == 0 || n > WS_MAX_WORD) {
        fprintf(stderr, "annals: word list entry '%s' is empty or longer than %d bytes\n", w, WS_MAX_WORD);
        abort();
    }
    if ((ws->used + 1) * 2 > ws->mask + 1) grow(ws);
    uint32_t h = hash_folded(w, n);
    ws_slot *sl = probe(ws, w, n, h);
    if (!sl->len) {
        sl->hash = h;
        sl->len = (uint8_t)n;
        for (size_t i = 0; i < n; i++) sl->key[i] = (char)an_ascii_lower((unsigned char)w[i]);
        uint32_t k = filter_bit(w, n);
        ws->filter[k >> 6] |= (uint64_t)1 << (k & 63);
        ws->used++;
        if (n > ws->maxlen) ws->maxlen = n;
    }
    sl->classes |= classes;
}

void an_wordset_add(an_wordset *ws, const char *const *list, uint32_t classes) {
    for (int k = 0; list[k]; k++) add_word(ws, list[k], classes);
}

uint32_t an_wordset_get(const an_wordset *ws, const char *s, size_t n) {
    if (!ws || n == 0 || n > ws->maxlen || !filter_has(ws, s, n)) return 0;
    const ws_slot *sl = probe(ws, s, n, hash_folded(s, n));
    return sl->len ? sl->classes : 0;
}

void an_wordset_free(an_wordset *ws) {
    if (!ws) return;
    free(ws->slots);
    free(ws);
}
