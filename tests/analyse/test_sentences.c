/* Sentence boundaries: abbreviations, initials, quotes, datelines, lists. */
#include "helper.h"

static const tcase sentences[] = {
    CASE("Russia attacked. Ukraine responded.", "Russia attacked. || Ukraine responded."),
    CASE("The U.S. imposed sanctions. The E.U. followed.", "The U.S. imposed sanctions. || The E.U. followed."),
    CASE("He moved to the U.S. The move was quiet.", "He moved to the U.S. || The move was quiet."),
    CASE("Gen. Mark Milley met Mr. Smith in Kabul.", "Gen. Mark Milley met Mr. Smith in Kabul."),
    CASE("John F. Kennedy was shot in Dallas.", "John F. Kennedy was shot in Dallas."),
    CASE("Talks began on Jan. 5 in Geneva.", "Talks began on Jan. 5 in Geneva."),
    CASE("\"We will fight. We will win,\" he said. Then he left.",
         "\"We will fight. || We will win,\" he said. || Then he left."),
    CASE("\"Why?\" he asked.", "\"Why?\" he asked."),
    CASE("He said: \"It is over.\" Then he left.", "He said: \"It is over.\" || Then he left."),
    CASE("WASHINGTON (Reuters) - The Senate voted on Tuesday.", "WASHINGTON (Reuters) - || The Senate voted on Tuesday."),
    CASE("MOSCOW, March 3 \xE2\x80\x94 Russia said it would respond.",
         "MOSCOW, March 3 \xE2\x80\x94 || Russia said it would respond."),
    CASE("The demands were:\n- a ceasefire\n- prisoner swaps\n- elections",
         "The demands were: || - a ceasefire || - prisoner swaps || - elections"),
    CASE("The plan has three parts:\n1. a truce\n2. talks", "The plan has three parts: || 1. a truce || 2. talks"),
    CASE("Shares of Acme Inc. rose 5%. Analysts were surprised.", "Shares of Acme Inc. rose 5%. || Analysts were surprised."),
    CASE("He works for Acme Inc. The company denied it.", "He works for Acme Inc. || The company denied it."),
    CASE("Prices rose 3.5 pct in the U.S. economy.", "Prices rose 3.5 pct in the U.S. economy."),
    CASE("Is it over? No, officials said!", "Is it over? || No, officials said!"),
    CASE("It ended at 5 p.m. on Friday.", "It ended at 5 p.m. on Friday."),
    CASE("Wait... The talks resumed.", "Wait... || The talks resumed."),
    CASE("No. 10 said the plan was dead.", "No. 10 said the plan was dead."),
    CASE("The vote was 52-48. Democrats objected.", "The vote was 52-48. || Democrats objected."),
    CASE("Sen. Chuck Schumer and Rep. Nancy Pelosi spoke.", "Sen. Chuck Schumer and Rep. Nancy Pelosi spoke."),
    CASE("The army (which denied it) fired. It said so.", "The army (which denied it) fired. || It said so."),
    CASE("\xE2\x80\x9CIt is a trap.\xE2\x80\x9D The minister left.", "\xE2\x80\x9CIt is a trap.\xE2\x80\x9D || The minister left."),
};

TEST(analyse_sentences_table) { RUN_TABLE(DESC_SENTENCES, sentences); }

TEST(analyse_sentence_flags) {
    an_lexicon *lx = test_lexicon();
    an_arena arena;
    an_arena_init(&arena, 0);
    struct an_analysis *an = test_parse(lx, &arena, "WASHINGTON (Reuters) - The Senate voted.");
    CHECK_INT(an->nsentences, 2);
    if (an->nsentences == 2) {
        CHECK(an->sentences[0].flags & AN_SENT_DATELINE);
        CHECK(!(an->sentences[1].flags & AN_SENT_DATELINE));
        CHECK_INT(an->clauses[an->sentences[0].clause_start].kind, AN_CLAUSE_FRAGMENT);
    }
    an = test_parse(lx, &arena, "Russia Threatens New Sanctions Over Ukraine Deal");
    CHECK(an->nsentences == 1 && (an->sentences[0].flags & AN_SENT_HEADLINE));
    an = test_parse(lx, &arena, "Lists:\n- one item\n- another item");
    CHECK(an->nsentences == 3 && (an->sentences[1].flags & AN_SENT_LIST_ITEM) && (an->sentences[2].flags & AN_SENT_LIST_ITEM));
    an = test_parse(lx, &arena, "\"We will fight. We will win,\" he said.");
    CHECK(an->nsentences == 2 && (an->sentences[1].flags & AN_SENT_QUOTED));
    an_arena_free(&arena);
    an_lexicon_free(lx);
}

TEST(analyse_paragraphs_bound_sentences) {
    an_lexicon *lx = test_lexicon();
    an_arena arena;
    an_arena_init(&arena, 0);
    const char *body = "Talks ended without a deal\n\nBoth sides blamed each other.";
    an_para paras[2] = { { 0, 26, 0, 26 }, { 28, 58, 28, 58 } };
    struct an_analysis *an = an_analyse(lx, &arena, body, 58, paras, 2);
    CHECK_INT(an->nsentences, 2);
    if (an->nsentences == 2) {
        CHECK_INT(an->sentences[0].end, 26);
        CHECK_INT(an->sentences[1].start, 28);
    }
    an_arena_free(&arena);
    an_lexicon_free(lx);
}
