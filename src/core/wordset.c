/* Word sets: an open-addressing hash of ASCII-lowercased words to class masks.
 * Load stays at or below one half, so a missing word costs one or two probes.
 * The words are short, so each slot holds its word: a lookup reads one slot
 * and no string elsewhere, and words longer than any in the set are rejected
 * before hashing. Words are folded, hashed and compared eight bytes at a
 * time: the tokenizers ask for every word of every article, and a byte at a
 * time the hash was a chain of dependent multiplies. */
#include "wordset.h"
#include "ascii.h"
#include "load.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WS_MAX_WORD 22
#define WS_CHUNKS 3                 /* 8-byte chunks of the longest word */

typedef struct ws_slot {
    uint64_t key[WS_CHUNKS];        /* lowercased, zero-padded */
    uint32_t hash_len;              /* hash with its low byte replaced by the length; 0: empty */
    uint32_t classes;
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

/* s[0, n) (n <= 8) as a little-endian word, ASCII letters lowercased: the
 * bytes from 'A' to 'Z' get bit 5 set, all others stay. */
static uint64_t folded_chunk(const char *s, size_t n) {
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    uint64_t x = an_load_short(s, n);
    uint64_t low7 = x & ~high;
    uint64_t ge_a = low7 + ones * (0x80 - 'A'), gt_z = low7 + ones * (0x80 - 'Z' - 1);
    uint64_t upper = ge_a & ~gt_z & ~x & high;
    return x | upper >> 2;
}

/* The word folded into chunks (the unused ones zero); returns its key:
 * a hash with the length in the low byte, never 0 for a word. */
static uint32_t fold_word(const char *s, size_t n, uint64_t c[WS_CHUNKS]) {
    uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
    for (size_t k = 0; k < WS_CHUNKS; k++) {
        size_t at = k * 8;
        c[k] = 0;
        if (at >= n) continue;
        c[k] = folded_chunk(s + at, n - at < 8 ? n - at : 8);
        h = (h ^ c[k]) * 0xFF51AFD7ED558CCDull;
        h ^= h >> 32;
    }
    return ((uint32_t)h & ~0xFFu) | (uint32_t)n;
}

static uint32_t filter_bit(const char *s, size_t n) {
    uint32_t a = an_ascii_lower((unsigned char)s[0]), b = n > 1 ? an_ascii_lower((unsigned char)s[1]) : 0, z = an_ascii_lower((unsigned char)s[n - 1]);
    return ((uint32_t)n * 0x9E3779B1u ^ a * 0x85EBCA77u ^ b * 0xC2B2AE3Du ^ z * 0x27D4EB2Fu) >> 17;
}

static int filter_has(const an_wordset *ws, const char *s, size_t n) {
    uint32_t k = filter_bit(s, n);
    return (int)(ws->filter[k >> 6] >> (k & 63) & 1);
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

/* The slot of the folded word c with key hl, or the empty slot where it
 * would go. Chunks past the word are zero on both sides. */
static ws_slot *probe(const an_wordset *ws, const uint64_t c[WS_CHUNKS], uint32_t hl) {
    for (uint32_t i = (hl >> 8) & ws->mask;; i = (i + 1) & ws->mask) {
        ws_slot *sl = &ws->slots[i];
        if (!sl->hash_len || (sl->hash_len == hl && sl->key[0] == c[0] && sl->key[1] == c[1] && sl->key[2] == c[2]))
            return sl;
    }
}

static void grow(an_wordset *ws) {
    ws_slot *old = ws->slots;
    uint32_t n = ws->mask + 1;
    ws->mask = n * 2 - 1;
    ws->slots = xcalloc(n * 2, sizeof *ws->slots);
    for (uint32_t i = 0; i < n; i++)
        if (old[i].hash_len) *probe(ws, old[i].key, old[i].hash_len) = old[i];
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
    uint64_t c[WS_CHUNKS];
    uint32_t hl = fold_word(w, n, c);
    ws_slot *sl = probe(ws, c, hl);
    if (!sl->hash_len) {
        sl->hash_len = hl;
        memcpy(sl->key, c, sizeof sl->key);
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
    uint64_t c[WS_CHUNKS];
    const ws_slot *sl = probe(ws, c, fold_word(s, n, c));
    return sl->hash_len ? sl->classes : 0;
}

void an_wordset_free(an_wordset *ws) {
    if (!ws) return;
    free(ws->slots);
    free(ws);
}
