/* Near-duplicate articles: wire copy republished by many outlets, or a story
 * updated with a paragraph more, shares almost all of its 3-word shingles.
 * SimHash maps the shingle set to 64 bits so that similar sets land a few
 * bits apart. An article within SIMHASH_MAX_DISTANCE bits of an earlier one
 * is linked to it (articles.dup_of) and left out of every count.
 *
 * The index: the hash cut into four 16-bit bands. Two hashes at most 3 bits
 * apart agree on at least one band (four bands, three differing bits), so a
 * lookup reads the four exact-match buckets instead of every article. */
#include "store.h"
#include <ctype.h>

#define BANDS 4

static uint64_t mix64(uint64_t x) {            /* splitmix64's finaliser */
    x ^= x >> 30; x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27; x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

static int word_byte(unsigned char c) { return isalnum(c) || c >= 0x80; }

/* FNV-1a of the next word (lowercased) at or after *i; 0 at the end. */
static int next_word(const char *s, size_t n, size_t *i, uint64_t *h) {
    while (*i < n && !word_byte((unsigned char)s[*i])) (*i)++;
    if (*i >= n) return 0;
    uint64_t x = 0xcbf29ce484222325ULL;
    while (*i < n && word_byte((unsigned char)s[*i])) {
        x ^= (unsigned char)tolower((unsigned char)s[*i]);
        x *= 0x100000001b3ULL;
        (*i)++;
    }
    *h = x;
    return 1;
}

uint64_t simhash_text(const char *s, size_t n, int *nshingles) {
    int v[64] = { 0 };
    uint64_t w[3] = { 0 };
    int words = 0, shingles = 0;
    size_t i = 0;
    uint64_t h;
    while (next_word(s, n, &i, &h)) {
        w[0] = w[1]; w[1] = w[2]; w[2] = h;
        if (++words < 3) continue;
        uint64_t sh = mix64(w[0] ^ rotl(w[1], 21) ^ rotl(w[2], 42));   /* order matters: rotations */
        for (int b = 0; b < 64; b++) v[b] += (sh >> b & 1) ? 1 : -1;
        shingles++;
    }
    uint64_t out = 0;
    for (int b = 0; b < 64; b++) if (v[b] > 0) out |= 1ULL << b;
    if (nshingles) *nshingles = shingles;
    return out;
}

int simhash_distance(uint64_t a, uint64_t b) { return __builtin_popcountll(a ^ b); }

static int64_t band_key(uint64_t h, int band) { return (int64_t)band << 16 | (int64_t)(h >> (16 * band) & 0xFFFF); }

int64_t simhash_find(an_store *s, uint64_t h, int *distance) {
    int64_t best = 0;
    int best_d = SIMHASH_MAX_DISTANCE + 1;
    for (int band = 0; band < BANDS; band++) {
        sqlite3_stmt *st = store_stmt(s, SQ_FIND_BAND);
        if (!st) return -1;
        sqlite3_bind_int64(st, 1, band_key(h, band));
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            int64_t id = sqlite3_column_int64(st, 0);
            int d = simhash_distance(h, (uint64_t)sqlite3_column_int64(st, 1));
            if (d < best_d || (d == best_d && id < best)) { best = id; best_d = d; }
        }
        sqlite3_reset(st);
        if (rc != SQLITE_DONE) return store_fail(s, "looking up near-duplicates");
    }
    if (distance) *distance = best ? best_d : 0;
    return best;
}

int simhash_index(an_store *s, int64_t article_id, uint64_t h) {
    for (int band = 0; band < BANDS; band++) {
        sqlite3_stmt *st = store_stmt(s, SQ_INS_BAND);
        if (!st) return -1;
        sqlite3_bind_int64(st, 1, band_key(h, band));
        sqlite3_bind_int64(st, 2, article_id);
        int rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc != SQLITE_DONE) return store_fail(s, "indexing an article's SimHash");
    }
    return 0;
}
