/* Tokens: possessives, contractions, quotes, dashes, numbers with units,
 * hyphenated names, abbreviations, URLs and handles. */
#include "helper.h"

static const tcase tokens[] = {
    CASE("Russia's plan was leaked.", "Russia 's plan was leaked ."),
    CASE("The allies' plans changed.", "The allies ' plans changed ."),
    CASE("Russia\xE2\x80\x99s envoy left.", "Russia \xE2\x80\x99s envoy left ."),
    CASE("He didn't go.", "He did n't go ."),
    CASE("They can't and won't stop.", "They ca n't and wo n't stop ."),
    CASE("They'll say we're late.", "They 'll say we 're late ."),
    CASE("\xE2\x80\x9CWe will win,\xE2\x80\x9D he said.", "\xE2\x80\x9C We will win , \xE2\x80\x9D he said ."),
    CASE("\"We will win,\" he said.", "\" We will win , \" he said ."),
    CASE("Prices rose 25% to $200 million.", "Prices rose 25% to $200 million ."),
    CASE("He got a 3 1/2-year sentence.", "He got a 3 1/2-year sentence ."),
    CASE("Jean-Claude Juncker met al-Assad.", "Jean-Claude Juncker met al-Assad ."),
    CASE("O'Brien said it's over.", "O'Brien said it 's over ."),
    CASE("See https://example.org/news?id=4 for more.", "See https://example.org/news?id=4 for more ."),
    CASE("Follow @annals_news and #Ukraine now.", "Follow @annals_news and #Ukraine now ."),
    CASE("Talks collapsed \xE2\x80\x94 again \xE2\x80\x93 on Monday.", "Talks collapsed \xE2\x80\x94 again \xE2\x80\x93 on Monday ."),
    CASE("Talks collapsed -- again.", "Talks collapsed -- again ."),
    CASE("Wait\xE2\x80\xA6 what?", "Wait \xE2\x80\xA6 what ?"),
    CASE("The U.S. and U.K. agreed.", "The U.S. and U.K. agreed ."),
    CASE("Gen. Smith and Mr. Jones met.", "Gen. Smith and Mr. Jones met ."),
    CASE("In 1987-88 the price was 5.93 dlrs.", "In 1987-88 the price was 5.93 dlrs ."),
    CASE("AT&T and S&P rose.", "AT&T and S&P rose ."),
    CASE("It cost \xE2\x82\xAC""50 and \xC2\xA3""20.", "It cost \xE2\x82\xAC""50 and \xC2\xA3""20 ."),
    CASE("They agreed a 10-day truce.", "They agreed a 10-day truce ."),
    CASE("Two F-16 jets crashed.", "Two F-16 jets crashed ."),
    CASE("It fell 155,221 bags.", "It fell 155,221 bags ."),
    CASE("Pro-Russian rebels attacked.", "Pro-Russian rebels attacked ."),
};

TEST(analyse_tokens_table) { RUN_TABLE(DESC_TOKENS, tokens); }

TEST(analyse_token_offsets_and_flags) {
    an_lexicon *lx = test_lexicon();
    an_arena arena;
    an_arena_init(&arena, 0);
    const char *text = "Russia's envoy said \"we will win\" in the U.S. today.";
    struct an_analysis *an = test_parse(lx, &arena, text);
    int32_t r = test_token(an, "Russia"), s = test_token(an, "'s"), we = test_token(an, "we");
    int32_t us = test_token(an, "U.S."), today = test_token(an, "today");
    CHECK(r == 0 && s == 1);
    if (r == 0 && s == 1) {
        CHECK_INT(an->tokens[r].start, 0);
        CHECK_INT(an->tokens[r].end, 6);
        CHECK_INT(an->tokens[s].start, 6);
        CHECK_INT(an->tokens[s].end, 8);
        CHECK(an->tokens[r].flags & AN_TOK_CAP);
        CHECK(an->tokens[r].flags & AN_TOK_SENT_START);
        CHECK_INT(an->tokens[s].pos, AN_POS_POS);
    }
    CHECK(we >= 0 && (an->tokens[we].flags & AN_TOK_IN_QUOTE));
    CHECK(we >= 1 && (an->tokens[we - 1].flags & AN_TOK_OPEN_QUOTE));
    CHECK(today >= 0 && !(an->tokens[today].flags & AN_TOK_IN_QUOTE));
    CHECK(us >= 0 && (an->tokens[us].flags & AN_TOK_ABBREV) && (an->tokens[us].flags & AN_TOK_ALLCAPS));
    CHECK_INT(an->nsentences, 1);
    an_arena_free(&arena);
    an_lexicon_free(lx);
}

TEST(analyse_token_numbers) {
    an_lexicon *lx = test_lexicon();
    an_arena arena;
    an_arena_init(&arena, 0);
    struct an_analysis *an = test_parse(lx, &arena, "Aid rose 25% to $200 million over a 10-day period.");
    int32_t pct = test_token(an, "25%"), usd = test_token(an, "$200"), mln = test_token(an, "million");
    int32_t days = test_token(an, "10-day");
    CHECK(pct >= 0 && an->tokens[pct].kind == AN_TK_NUMBER && (an->tokens[pct].flags & AN_TOK_PERCENT));
    CHECK(usd >= 0 && (an->tokens[usd].flags & AN_TOK_MONEY) && an->tokens[usd].pos == AN_POS_CD);
    CHECK(mln >= 0 && an->tokens[mln].pos == AN_POS_CD);
    CHECK(days >= 0 && an->tokens[days].pos == AN_POS_JJ);
    an_arena_free(&arena);
    an_lexicon_free(lx);
}

TEST(analyse_empty_and_odd_input) {
    an_lexicon *lx = test_lexicon();
    an_arena arena;
    an_arena_init(&arena, 0);
    static const char *const odd[] = { "", "   ", "...", "\"", "----", "'", "\xE2\x80\x9C", "a", "$", "@", "12",
                                       "((((", "n't", "'s", "U.S.", "\xC3\xA9t\xC3\xA9", "x\n\n\ny" };
    for (size_t i = 0; i < sizeof odd / sizeof *odd; i++) {
        struct an_analysis *an = test_parse(lx, &arena, odd[i]);
        for (uint32_t s = 0; s < an->nsentences; s++) CHECK(an->sentences[s].clause_end > an->sentences[s].clause_start);
        for (uint32_t t = 0; t < an->ntokens; t++) CHECK(an->tokens[t].lemma != NULL && an->tokens[t].end > an->tokens[t].start);
    }
    an_arena_free(&arena);
    an_lexicon_free(lx);
}

/* AN_TOK_PLAIN promises ASCII letters and digits only: the resolver and the
 * quote finder take such tokens without reading their bytes. */
TEST(analyse_token_plain_flag) {
    an_lexicon *lx = test_lexicon();
    an_arena arena;
    an_arena_init(&arena, 0);
    const char *text = "Envoy O'Brien met al-Assad of AT&T in the U.S. and Erdo\xC4\x9F" "an in Kyiv, Gen. Smith said. We don't 3MW";
    struct an_analysis *an = test_parse(lx, &arena, text);
    static const char *const plain[] = { "Envoy", "met", "of", "Kyiv", "Smith", "said", "do", NULL };
    static const char *const not_plain[] = { "O'Brien", "al-Assad", "AT&T", "U.S.", "Gen.", "n't", NULL };
    for (int k = 0; plain[k]; k++) {
        int32_t i = test_token(an, plain[k]);
        CHECK(i >= 0 && (an->tokens[i].flags & AN_TOK_PLAIN));
    }
    for (int k = 0; not_plain[k]; k++) {
        int32_t i = test_token(an, not_plain[k]);
        CHECK(i >= 0 && !(an->tokens[i].flags & AN_TOK_PLAIN));
    }
    for (uint32_t i = 0; i < an->ntokens; i++) {        /* and nothing else is claimed plain */
        const an_token *t = &an->tokens[i];
        int ascii_alnum = 1;
        for (uint32_t b = t->start; b < t->end; b++)
            ascii_alnum &= (text[b] >= 'a' && text[b] <= 'z') || (text[b] >= 'A' && text[b] <= 'Z') || (text[b] >= '0' && text[b] <= '9');
        if (t->flags & AN_TOK_PLAIN) CHECK(ascii_alnum);
    }
    an_arena_free(&arena);
    an_lexicon_free(lx);
}
