/* Helpers for the analyse stage's tests: parse a text with our lexicon and
 * compare compact descriptions (see src/analyse/describe.c) with the expected
 * ones. Each table row is one sentence (or a short text) written for these
 * tests, with the line number kept for the failure message. */
#ifndef AN_TEST_ANALYSE_HELPER_H
#define AN_TEST_ANALYSE_HELPER_H
#include "../test.h"
#include "../../src/analyse/analyse.h"

typedef struct tcase { const char *text, *want; int line; } tcase;
#define CASE(text, want) { text, want, __LINE__ }

typedef enum { DESC_TOKENS, DESC_POS, DESC_CHUNKS, DESC_CLAUSES, DESC_SENTENCES } desc_kind;

an_lexicon *test_lexicon(void);
/* Analysis of text in arena (the text must outlive it). */
struct an_analysis *test_parse(const an_lexicon *lx, an_arena *arena, const char *text);
/* The description of a whole text: sentences joined by " || ", clauses by " | ". */
void test_describe(const an_lexicon *lx, const char *text, desc_kind kind, char *buf, size_t n);
/* Check every row of a table; returns the number of rows. */
int test_table(const an_lexicon *lx, const tcase *cases, size_t n, desc_kind kind, const char *file);
/* Index of the first token whose text is word, or -1. */
int32_t test_token(const struct an_analysis *an, const char *word);

#define RUN_TABLE(kind, cases) do { \
        an_lexicon *lx_ = test_lexicon(); \
        CHECK(lx_ != NULL); \
        if (lx_) test_table(lx_, cases, sizeof cases / sizeof *cases, kind, __FILE__); \
        an_lexicon_free(lx_); \
    } while (0)

#endif
