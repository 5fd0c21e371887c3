/* Part-of-speech tags and lemmas: word/TAG, with :lemma where it differs. */
#include "helper.h"
#include "../../src/analyse/lexicon.h"
#include <string.h>

static const tcase tags[] = {
    CASE("Russia sent the US a plan outlining its terms.",
         "Russia/NNP sent/VBD:send the/DT US/NNP a/DT plan/NN outlining/VBG:outline its/PRP$ terms/NNS:term ./PUNCT"),
    CASE("The talks were held in Geneva.",
         "The/DT talks/NNS:talk were/VBD:be held/VBN:hold in/IN Geneva/NNP ./PUNCT"),
    CASE("Air strikes killed 12 soldiers.",
         "Air/NN strikes/NNS:strike killed/VBD:kill 12/CD soldiers/NNS:soldier ./PUNCT"),
    CASE("They will not attack.", "They/PRP will/MD not/RB attack/VB ./PUNCT"),
    CASE("The wounded soldiers were taken to a hospital.",
         "The/DT wounded/JJ soldiers/NNS:soldier were/VBD:be taken/VBN:take to/TO a/DT hospital/NN ./PUNCT"),
    CASE("Officials said that the army had pushed back the rebels.",
         "Officials/NNS:official said/VBD:say that/IN the/DT army/NN had/VBD:have pushed/VBN:push back/RP "
         "the/DT rebels/NNS:rebel ./PUNCT"),
    CASE("He met Putin, who called off the summit.",
         "He/PRP met/VBD:meet Putin/NNP ,/PUNCT who/WP called/VBD:call off/RP the/DT summit/NN ./PUNCT"),
    CASE("Russia's foreign ministry denied it.",
         "Russia/NNP 's/POS foreign/JJ ministry/NN denied/VBD:deny it/PRP ./PUNCT"),
    CASE("The plan calls for a ceasefire.", "The/DT plan/NN calls/VBZ:call for/IN a/DT ceasefire/NN ./PUNCT"),
    CASE("Russia plans to attack.", "Russia/NNP plans/VBZ:plan to/TO attack/VB ./PUNCT"),
    CASE("Protesters threw stones at police.",
         "Protesters/NNS:protester threw/VBD:throw stones/NNS:stone at/IN police/NN ./PUNCT"),
    CASE("The building was hit by drones.", "The/DT building/NN was/VBD:be hit/VBN by/IN drones/NNS:drone ./PUNCT"),
    CASE("Russia Threatens New Sanctions Over Ukraine Deal",
         "Russia/NNP Threatens/VBZ:threaten New/JJ Sanctions/NNS:sanction Over/IN Ukraine/NNP Deal/NN"),
    CASE("Mr. Biden said he would meet Kim.",
         "Mr./NNP Biden/NNP said/VBD:say he/PRP would/MD meet/VB Kim/NNP ./PUNCT"),
    CASE("There are fears of a wider war.",
         "There/EX are/VBP:be fears/NNS:fear of/IN a/DT wider/JJR:wide war/NN ./PUNCT"),
    CASE("Americans voted for the Democrats.",
         "Americans/NNPS voted/VBD:vote for/IN the/DT Democrats/NNPS ./PUNCT"),
};

TEST(analyse_tagger_table) { RUN_TABLE(DESC_POS, tags); }

/* The tables of remembered lexicon answers give what the lexicon gives, the
 * same text tags the same way when its words are remembered, and two threads
 * at once get two tables. */
TEST(analyse_lexicon_memo) {
    an_lexicon *lx = test_lexicon();
    CHECK(lx != NULL);
    if (!lx) return;
    lx_memo *m = lx_memo_borrow(lex_memos(lx)), *other = lx_memo_borrow(lex_memos(lx));
    CHECK(m != NULL && other != NULL && m != other);
    lex_info direct, got;
    uint32_t h = lex_hash("talks", 5);
    int known = lex_lookup(lx, "talks", 5, &direct);
    CHECK_INT(lex_lookup_hashed(lx, "talks", 5, h, &got), known);
    CHECK(!memcmp(&got, &direct, sizeof got));
    CHECK_INT(lx_memo_find(m, "talks", 5, h, &got), -1);
    lx_memo_put(m, "talks", 5, h, &direct, known);
    CHECK_INT(lx_memo_find(m, "talks", 5, h, &got), known);
    CHECK(!memcmp(&got, &direct, sizeof got));
    CHECK_INT(lx_memo_find(other, "talks", 5, h, &got), -1);
    CHECK_INT(lx_memo_find(m, "talk", 4, lex_hash("talk", 4), &got), -1);
    CHECK_INT(lx_memo_find(NULL, "talks", 5, h, &got), -1);
    lx_memo_return(lex_memos(lx), other);
    lx_memo_return(lex_memos(lx), m);
    CHECK(lx_memo_borrow(lex_memos(lx)) == m);          /* given back: lent again */
    lx_memo_return(lex_memos(lx), m);
    char first[2048], second[2048];
    const char *text = "The talks stalled. The talks resumed after talks about talks.";
    test_describe(lx, text, DESC_POS, first, sizeof first);
    test_describe(lx, text, DESC_POS, second, sizeof second);
    CHECK_STR(second, first);
    CHECK(strstr(first, "talks/NNS:talk") != NULL);
    an_lexicon_free(lx);
}

/* A lemma the lexicon handed out carries its classes with it, and
 * abbreviations have a table of their own; other strings are looked up, so
 * all give what lex_classes gives. */
TEST(analyse_classes_without_lookup) {
    an_lexicon *lx = test_lexicon();
    CHECK(lx != NULL);
    if (!lx) return;
    lex_info in;
    CHECK(lex_lookup(lx, "said", 4, &in));
    CHECK(in.vpast != NULL && !strcmp(in.vpast, "say"));
    CHECK(lex_lemma_classes(lx, in.vpast) & LX_SPEECH);
    CHECK_INT(lex_lemma_classes(lx, in.vpast), lex_classes(lx, "say", 3));
    CHECK(lex_lookup(lx, "unless", 6, &in));
    const char *own = in.other;
    CHECK(own != NULL && (lex_lemma_classes(lx, own) & LX_COND));
    char copy[] = "unless";                        /* not the lexicon's string */
    CHECK_INT(lex_lemma_classes(lx, copy), lex_classes(lx, "unless", 6));
    CHECK_INT(lex_lemma_classes(lx, "no-such-word"), 0);
    CHECK_INT(lex_lemma_classes(lx, NULL), 0);
    /* abbreviations come from their own small table, with the same classes */
    const char *words[] = { "gen", "sept", "inc", "said", "general", "", NULL };
    for (int i = 0; words[i]; i++) {
        size_t n = strlen(words[i]);
        CHECK_INT(lex_abbrev_classes(lx, words[i], n), lex_classes(lx, words[i], n) & LX_ABBR_ANY);
    }
    CHECK(lex_abbrev_classes(lx, "gen", 3) & LX_ABBR_TITLE);
    CHECK(lex_abbrev_classes(lx, "sept", 4) & LX_ABBR_MONTH);
    CHECK_INT(lex_abbrev_classes(lx, "said", 4), 0);
    an_lexicon_free(lx);
}
