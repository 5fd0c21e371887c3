/* Marks on verb groups: negation, modality, time, intention, threats,
 * hypotheticals and reported speech. Each row is one sentence; the wanted
 * string lists the marks of its clauses in order, "-" for none. */
#include "helper.h"
#include <string.h>

static const struct { const char *text, *want; int line; } marks[] = {
    { "Russia did not attack Kyiv.", "neg", __LINE__ },
    { "Russia never attacked Kyiv.", "neg", __LINE__ },
    { "Russia didn't attack Kyiv.", "neg", __LINE__ },
    { "Russia attacked Kyiv.", "-", __LINE__ },
    { "Russia will attack Kyiv.", "fut", __LINE__ },
    { "Russia would attack Kyiv.", "cond", __LINE__ },
    { "Russia could attack Kyiv.", "poss", __LINE__ },
    { "Russia may attack Kyiv.", "poss", __LINE__ },
    { "Russia must withdraw.", "oblig", __LINE__ },
    { "Russia should not attack Kyiv.", "neg oblig", __LINE__ },
    { "Russia plans to attack Kyiv.", "- ; intend", __LINE__ },
    { "Russia intends to attack Kyiv.", "- ; intend", __LINE__ },
    { "Russia threatened to attack Kyiv.", "- ; threat", __LINE__ },
    { "Russia failed to capture Kyiv.", "- ; neg", __LINE__ },
    { "Russia refused to sign the deal.", "- ; neg", __LINE__ },
    { "Russia did not refuse to sign the deal.", "neg ; -", __LINE__ },
    { "Russia tried to capture Kyiv.", "- ; attempt", __LINE__ },
    { "Russia will try to capture Kyiv.", "fut ; fut attempt", __LINE__ },
    { "If Russia attacks, NATO will respond.", "hypo ; fut hypo", __LINE__ },
    { "Unless talks resume, the truce will collapse.", "hypo ; fut hypo", __LINE__ },
    { "Officials said that Russia attacked Kyiv.", "- ; rep", __LINE__ },
    { "Officials said Russia would not attack.", "- ; neg cond rep", __LINE__ },
    { "Russia attacked Kyiv, officials said.", "rep ; -", __LINE__ },
    { "Officials said Russia plans to attack.", "- ; rep ; intend rep", __LINE__ },
    { "Iran warned that it would close the strait.", "- ; cond rep", __LINE__ },
    { "The talks have not been called off.", "neg", __LINE__ },
    { "Kyiv agreed to a ceasefire but refused to withdraw.", "- ; - ; neg", __LINE__ },
};

static void marks_of(const struct an_analysis *an, char *buf, size_t n) {
    static const struct { uint32_t m; const char *name; } names[] = {
        { AN_MARK_NEGATED, "neg" }, { AN_MARK_FUTURE, "fut" }, { AN_MARK_CONDITIONAL, "cond" },
        { AN_MARK_POSSIBLE, "poss" }, { AN_MARK_OBLIGATION, "oblig" }, { AN_MARK_INTENDED, "intend" },
        { AN_MARK_THREATENED, "threat" }, { AN_MARK_HYPOTHETICAL, "hypo" }, { AN_MARK_ATTEMPTED, "attempt" },
        { AN_MARK_REPORTED, "rep" },
    };
    buf[0] = 0;
    for (uint32_t k = 0; k < an->nclauses; k++) {
        const an_clause *c = &an->clauses[k];
        if (k) strncat(buf, " ; ", n - strlen(buf) - 1);
        int any = 0;
        for (size_t i = 0; i < sizeof names / sizeof *names; i++)
            if (c->marks & names[i].m) {
                if (any++) strncat(buf, " ", n - strlen(buf) - 1);
                strncat(buf, names[i].name, n - strlen(buf) - 1);
            }
        if (!any) strncat(buf, "-", n - strlen(buf) - 1);
        if (c->vg >= 0) CHECK_INT(an->chunks[c->vg].marks, c->marks);
    }
}

TEST(analyse_marks_table) {
    an_lexicon *lx = test_lexicon();
    an_arena arena;
    an_arena_init(&arena, 0);
    char got[512];
    for (size_t i = 0; lx && i < sizeof marks / sizeof *marks; i++) {
        struct an_analysis *an = test_parse(lx, &arena, marks[i].text);
        marks_of(an, got, sizeof got);
        if (strcmp(got, marks[i].want)) {
            char cl[2048];
            test_describe(lx, marks[i].text, DESC_CLAUSES, cl, sizeof cl);
            test_fail(__FILE__, marks[i].line, "%s\n        got:  %s\n        want: %s\n        clauses: %s", marks[i].text, got, marks[i].want, cl);
        }
        an_arena_reset(&arena);
    }
    an_arena_free(&arena);
    an_lexicon_free(lx);
}
