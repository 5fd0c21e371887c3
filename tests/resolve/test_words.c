/* The resolver's word splitter. */
#include "../test.h"
#include "../../src/resolve/rs_int.h"
#include "../analyse/helper.h"

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

/* Texts of our own with the forms where the splitter and the analysis's
 * tokenizer part ways: abbreviations, initials, possessives, contractions,
 * hyphens, numbers, non-ASCII letters, curly quotes, line ends. */
static const char *const guided_texts[] = {
    "U.S. Gen. Smith met Russia's envoy in the Witkoff-Putin talks. Then he left.",
    "\xE2\x80\x9CIt works,\xE2\x80\x9D said O\xE2\x80\x99" "Brien of Ukraine\xE2\x80\x99" "s army.",
    "The allies' plan: $200 million, 25% of 1,000 and 5.93 per cent (No. 1 priority).\nNATO said it's \"done\".",
    "Erdo\xC4\x9F" "an and \xC3\x89LYS\xC3\x89" "E aides; V. Putin's AT&T deal... end.Next 3MW plant\n\nDON'T panic!",
    "Reporting by Jane Doe; Editing by John Roe\n(Reuters) - Kyiv, Dec. 3 -- talks in Doha-based offices",
    "Asked again, he said No. Then the 9 a.m. meeting on Ukraine's grain went ahead.",
};

/* Fed the analysis's tokens, the splitter gives the same words and flags as
 * reading every byte, and takes most of them from the tokens. */
TEST(words_from_tokens_match_the_byte_splitter) {
    an_lexicon *lx = test_lexicon();
    CHECK(lx != NULL);
    if (!lx) return;
    int taken = 0;
    for (size_t k = 0; k < sizeof guided_texts / sizeof *guided_texts; k++) {
        an_arena a;
        an_arena_init(&a, 4096);
        const char *s = guided_texts[k];
        struct an_analysis *an = test_parse(lx, &a, s);
        rs_word *w1, *w2;
        int n1 = split(s, &w1, &a);
        int n2 = rs_words_from(s, (uint32_t)strlen(s), an->tokens, an->ntokens, &a, &w2);
        CHECK_INT(n2, n1);
        int same = n1 == n2;
        for (int i = 0; same && i < n1; i++)
            same = w1[i].start == w2[i].start && w1[i].end == w2[i].end && w1[i].flags == w2[i].flags;
        if (!same) test_fail(__FILE__, __LINE__, "text %zu: words differ", k);
        for (uint32_t i = 0; i < an->ntokens; i++) taken += (an->tokens[i].flags & AN_TOK_PLAIN) != 0;
        an_arena_free(&a);
    }
    CHECK(taken > 40);
    an_lexicon_free(lx);
}
