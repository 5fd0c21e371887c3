/* The resolver's word splitter. */
#include "../test.h"
#include "../../src/resolve/rs_int.h"

static int split(const char *s, rs_word **w, an_arena *a) { return rs_words(s, (uint32_t)strlen(s), a, w); }

static int word_eq(const char *s, const rs_word *w, const char *want) {
    return strlen(want) == w->end - w->start && !strncmp(s + w->start, want, w->end - w->start);
}

TEST(words_abbreviations_possessive_hyphen) {
    an_arena a;
    an_arena_init(&a, 4096);
    rs_word *w;
    const char *s = "U.S. Gen. Smith met Russia's envoy in the Witkoff-Putin talks. Then he left.";
    int n = split(s, &w, &a);
    CHECK(n == 18);
    if (n == 18) {
        CHECK(word_eq(s, &w[0], "U.S.") && (w[0].flags & RW_ALLCAP) && (w[0].flags & RW_SENT));
        CHECK(word_eq(s, &w[1], "Gen."));
        CHECK(word_eq(s, &w[4], "Russia") && (w[4].flags & RW_CAP));
        CHECK(word_eq(s, &w[5], "'s") && (w[5].flags & RW_POSS));
        CHECK(word_eq(s, &w[10], "-") && (w[10].flags & RW_PUNCT) && (w[10].flags & RW_GLUED));
        CHECK(word_eq(s, &w[11], "Putin") && (w[11].flags & RW_GLUED));
        CHECK(word_eq(s, &w[14], "Then") && (w[14].flags & RW_SENT));
        CHECK(!(w[15].flags & RW_SENT) && (w[15].flags & RW_LOWER));
    }
    an_arena_free(&a);
}

TEST(words_curly_quotes_and_norm) {
    an_arena a;
    an_arena_init(&a, 4096);
    rs_word *w;
    const char *s = "\xE2\x80\x9CIt works,\xE2\x80\x9D said O\xE2\x80\x99" "Brien of Ukraine\xE2\x80\x99" "s army.";
    int n = split(s, &w, &a);
    char buf[64];
    CHECK(n == 12);
    if (n == 12) {
        CHECK(w[0].flags & RW_PUNCT);
        CHECK(w[1].flags & RW_SENT);                 /* a quotation starts like a sentence */
        rs_norm(s, &w[6], buf, sizeof buf);
        CHECK_STR(buf, "o'brien");
        CHECK(w[9].flags & RW_POSS);
    }
    an_arena_free(&a);
}

/* Normalised once per article: each form is rs_norm's, and its FNV-1a state
 * finds the same dictionary slot as the plain lookup. */
TEST(words_normalised_once_with_their_hash) {
    an_arena a;
    an_arena_init(&a, 4096);
    rs_word *w;
    const char *s = "Kyiv\xE2\x80\x99s \xC3\x89LYS\xC3\x89" "E talks, W. Smith";
    int n = split(s, &w, &a);
    rs_normed nm;
    rs_norm_words(s, w, n, &a, &nm);
    int ok = n > 0;
    for (int i = 0; i < n; i++) {
        char buf[64];
        size_t k = rs_norm(s, &w[i], buf, sizeof buf);
        uint32_t h = AN_FNV_START;
        for (size_t j = 0; j < k; j++) h = (h ^ (unsigned char)buf[j]) * 16777619u;     /* FNV-1a, spelt out */
        ok &= nm.len[i] == k && !memcmp(nm.text + nm.off[i], buf, k) && nm.text[nm.off[i] + k] == 0 && nm.fnv[i] == h;
    }
    CHECK(ok);
    an_arena_free(&a);
}
