#include "ingest.h"
#include "../core/ascii.h"
#include <ctype.h>
#include <string.h>
#include <strings.h>

/* One pass, no strlen first: most calls fail at the first byte. */
int ci_starts(const char *s, size_t n, const char *prefix) {
    size_t k = 0;
    for (; prefix[k]; k++)
        if (k == n || an_ascii_lower((unsigned char)s[k]) != an_ascii_lower((unsigned char)prefix[k])) return 0;
    return 1;
}

const char *ci_find(const char *s, size_t n, const char *needle) {
    size_t k = strlen(needle);
    if (!k || k > n) return NULL;
    /* compare the first byte in both cases inline: no call per input byte */
    char lo = (char)tolower((unsigned char)needle[0]), up = (char)toupper((unsigned char)needle[0]);
    for (size_t i = 0; i + k <= n; i++)
        if ((s[i] == lo || s[i] == up) && !strncasecmp(s + i, needle, k)) return s + i;
    return NULL;
}

int has_lower(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) if (islower((unsigned char)s[i])) return 1;
    return 0;
}

int is_upper_word_start(const char *s, size_t n) {
    return n > 0 && (isupper((unsigned char)s[0]) || (unsigned char)s[0] >= 0xC3);
}

/* "SAMYA KULLAB" -> "Samya Kullab"; names already in mixed case are kept. */
char *title_case_name(an_arena *a, const char *s, size_t n) {
    char *d = an_arena_strndup(a, s, n);
    if (has_lower(s, n)) return d;
    int start = 1;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (isalpha(c)) { d[i] = start ? (char)c : (char)tolower(c); start = 0; }
        else start = c == ' ' || c == '-' || c == '\'';
        if (c >= 0x80) start = 0;
    }
    return d;
}

static unsigned pair_hash(unsigned char a, unsigned char b) { return ((unsigned)a << 5 ^ b) & 4095; }

/* The pair filter holds the first two bytes of each phrase in every case
 * ("Re", "rE", ...), so that scanning hashes the bytes as they are: folding
 * each byte of every paragraph cost more than the rest of the scan. */
static void pair_add(phrase_set *ps, unsigned char a, unsigned char b) {
    unsigned char as[2] = { an_ascii_lower(a), an_ascii_upper(a) }, bs[2] = { an_ascii_lower(b), an_ascii_upper(b) };
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 2; j++) {
            unsigned h = pair_hash(as[i], bs[j]);
            ps->pairs[h >> 6] |= (uint64_t)1 << (h & 63);
        }
}

static int pair_seen(const phrase_set *ps, const char *s, size_t i) {
    unsigned h = pair_hash((unsigned char)s[i], (unsigned char)s[i + 1]);
    return (int)(ps->pairs[h >> 6] >> (h & 63) & 1);
}

/* The shift table's slot for a byte pair: the low five bits of each byte,
 * which are the same for a letter in either case. Pairs that share a slot
 * ("l." with "ln") share the smaller shift: a collision costs a needless
 * look, never a miss. The scan's steps wait on each other (the next
 * position comes from this slot), so the slot is a few cheap operations
 * and the table is small enough to stay in the first-level cache. */
static unsigned shift_slot(unsigned char a, unsigned char b) {
    return (unsigned)(a & 31) << 5 | (b & 31);
}
_Static_assert(PHRASES_SHIFT_SLOTS == 1 << 10, "shift_slot gives 10 bits");

/* For each pair within the first minlen bytes of a phrase, the distance from
 * it to the end of those bytes: a window of minlen bytes that ends in the
 * pair can start that phrase only that much further on. */
static void shifts_init(phrase_set *ps) {
    unsigned m = 255;
    for (int k = 0; k < ps->n; k++) if (ps->len[k] < m) m = ps->len[k];
    ps->minlen = (unsigned char)(ps->n ? m : 2);
    memset(ps->shift, ps->minlen - 1, sizeof ps->shift);
    for (int k = 0; k < ps->n; k++)
        for (unsigned j = 0; j + 1 < ps->minlen; j++) {
            unsigned h = shift_slot((unsigned char)ps->list[k][j], (unsigned char)ps->list[k][j + 1]);
            unsigned char d = (unsigned char)(ps->minlen - 2 - j);
            if (d < ps->shift[h]) ps->shift[h] = d;
        }
}

void phrases_init(phrase_set *ps, const char *const *list) {
    memset(ps->head, 0, sizeof ps->head);
    memset(ps->pairs, 0, sizeof ps->pairs);
    ps->list = list;
    ps->n = 0;
    while (list[ps->n] && ps->n < PHRASES_MAX) ps->n++;
    for (int k = ps->n - 1; k >= 0; k--) {      /* backwards: buckets keep list order */
        unsigned char c = an_ascii_lower((unsigned char)list[k][0]);
        ps->next[k] = ps->head[c];
        ps->head[c] = (unsigned char)(k + 1);
        ps->len[k] = (unsigned char)strlen(list[k]);
        ps->second[k] = an_ascii_lower((unsigned char)list[k][1]);
        pair_add(ps, c, ps->second[k]);
    }
    shifts_init(ps);
}

/* Bytes from the third on, folded: the bucket and the second-byte test
 * have matched the first two. */
static int rest_equal(const char *s, const char *phrase, size_t len) {
    for (size_t j = 2; j < len; j++)
        if (an_ascii_lower((unsigned char)s[j]) != an_ascii_lower((unsigned char)phrase[j])) return 0;
    return 1;
}

/* The first phrase of ps found at s[i], trying bucket entries from k
 * (1 + a phrase index) on; returns 1 + its index, or 0. */
static int phrase_at(const char *s, size_t n, size_t i, const phrase_set *ps, int k) {
    for (; k; k = ps->next[k - 1]) {
        size_t len = ps->len[k - 1];
        if (len <= n - i && (len < 2 || an_ascii_lower((unsigned char)s[i + 1]) == ps->second[k - 1])
            && rest_equal(s + i, ps->list[k - 1], len)) return k;
    }
    return 0;
}

/* 1 + the first phrase that may start at s[i] (i + 1 < n), or 0. The pair
 * of bytes is tested first: it turns away all but a few positions, so the
 * branch on it is well predicted (testing the first byte alone passes about
 * half of them, at random, and mispredicting cost more than it saved). */
static int candidates(const phrase_set *ps, const char *s, size_t i) {
    return pair_seen(ps, s, i) ? ps->head[an_ascii_lower((unsigned char)s[i])] : 0;
}

/* The next position at or after i where a phrase may start, or n. A phrase
 * starting at i fills the window s[i, i + minlen), so the pair that ends
 * the window ends one of the phrases' first minlen bytes; where it ends
 * none of them, the window moves on. */
static size_t next_start(const char *s, size_t n, const phrase_set *ps, size_t i) {
    size_t m = ps->minlen;
    while (i + m <= n) {
        unsigned d = ps->shift[shift_slot((unsigned char)s[i + m - 2], (unsigned char)s[i + m - 1])];
        if (!d) return i;
        i += d;
    }
    return n;
}

int phrases_any(const char *s, size_t n, const phrase_set *ps) {
    for (size_t i = next_start(s, n, ps, 0); i < n; i = next_start(s, n, ps, i + 1)) {
        int k = candidates(ps, s, i);
        if (k && phrase_at(s, n, i, ps, k)) return 1;
    }
    return 0;
}

void phrases_first(const char *s, size_t n, const phrase_set *ps, size_t *first) {
    for (int k = 0; k < ps->n; k++) first[k] = n;
    for (size_t i = next_start(s, n, ps, 0); i < n; i = next_start(s, n, ps, i + 1)) {
        int k = candidates(ps, s, i);
        for (k = k ? phrase_at(s, n, i, ps, k) : 0; k; k = phrase_at(s, n, i, ps, ps->next[k - 1]))
            if (first[k - 1] == n) first[k - 1] = i;
    }
}
