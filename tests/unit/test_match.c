/* The matcher on hand-made clauses (token arrays as the analysis stage will
 * produce them), against a small pattern set written here. */
#include "../test.h"
#include "../../src/extract/match.h"

static const char *const SET =
    "[010]\nsay\n"
    "[0256]\nurge $T to withdraw\nurge $T to pull_back\n"
    "[036]\nexpress willingness to meet $T\n"
    "[043]\nmeet $T\nmeet with $T\n"
    "[163]\nimpose sanction on $T\nimpose */embargo against/on $T\nsanction $T\n"
    "[1623]\nimpose sanction on $T oil\n"
    "[0841]\nset * free\n"
    "[0871]\ncall_off strike\n"
    "[030]\npledge to VERB\n"
    "[0874]\nrelease 2nd/second group\n";

static an_patterns *set(void) {
    char err[256];
    an_patterns *p = patterns_new();
    if (patterns_parse_ours(p, "set", SET, strlen(SET), NULL, 0, err, sizeof err)) test_fail(__FILE__, __LINE__, "%s", err);
    patterns_index(p);
    return p;
}

/* Tokens from a compact description: "form/lemma/TAG ..." with TAG one letter. */
typedef struct clause { an_mtok t[32]; char buf[512]; int n; } clause;

static uint8_t tag_of(char c) {
    switch (c) {
    case 'V': return MT_VERB; case 'N': return MT_NOUN; case 'P': return MT_PROPN; case 'J': return MT_ADJ;
    case 'D': return MT_DET; case 'I': return MT_ADP; case 'T': return MT_PART; case 'R': return MT_ADV;
    case 'S': return MT_POSS; case 'A': return MT_AUX; default: return MT_OTHER;
    }
}

static void mk(clause *c, const char *desc) {
    snprintf(c->buf, sizeof c->buf, "%s", desc);
    c->n = 0;
    for (char *save = NULL, *w = strtok_r(c->buf, " ", &save); w && c->n < 32; w = strtok_r(NULL, " ", &save)) {
        char *l = strchr(w, '/'), *g = l ? strchr(l + 1, '/') : NULL;
        if (l) *l++ = 0;
        if (g) *g++ = 0;
        c->t[c->n++] = (an_mtok){ w, l && *l ? l : NULL, g ? tag_of(*g) : MT_OTHER, 0, 0 };
    }
}

/* Every query runs twice: with the tokens' quick-test masks left for the
 * matcher to take, and taken beforehand by match_tok_masks, as the event
 * coder does. Both must give the same answer. */
static int run(const an_patterns *p, const char *desc, int head, const an_mspan *slots, int ns, an_mresult *r) {
    clause c;
    mk(&c, desc);
    an_mquery q = { c.t, c.n, head, slots, ns, 0 };
    int found = match_best(p, &q, r);
    for (int i = 0; i < c.n; i++) match_tok_masks(&c.t[i]);
    an_mresult again;
    int found_again = match_best(p, &q, &again);
    CHECK_INT(found_again, found);
    if (found && found_again) {
        CHECK(again.pat == r->pat);
        CHECK_INT(again.target, r->target);
        CHECK_INT(again.end, r->end);
    }
    return found;
}

TEST(match_modifiers_and_target) {
    an_patterns *p = set();
    an_mresult r;
    an_mspan s[] = { { 4, 5 } };
    CHECK(run(p, "imposed/impose/V fresh/fresh/J sanctions/sanction/N on/on/I Moscow/Moscow/P", 0, s, 1, &r));
    CHECK_STR(r.code, "163");
    CHECK_INT(r.target, 0);
    CHECK_INT(r.end, 5);
    an_mspan s2[] = { { 4, 5 } };
    CHECK(run(p, "imposed/impose/V sanctions/sanction/N on/on/I the/the/D Kremlin/kremlin/P", 0, s2, 1, &r));
    CHECK_INT(r.target, 0);                      /* "the" passed over, outside the slot */
    patterns_free(p);
}

TEST(match_prefers_more_specific) {
    an_patterns *p = set();
    an_mresult r;
    an_mspan s[] = { { 3, 4 } };
    CHECK(run(p, "imposed/impose/V sanctions/sanction/N on/on/I Iran/iran/P oil/oil/N", 0, s, 1, &r));
    CHECK_STR(r.code, "1623");
    CHECK(run(p, "imposed/impose/V sanctions/sanction/N on/on/I Iran/iran/P yesterday/yesterday/N", 0, s, 1, &r));
    CHECK_STR(r.code, "163");
    patterns_free(p);
}

TEST(match_gap_alternatives) {
    an_patterns *p = set();
    an_mresult r;
    an_mspan s[] = { { 5, 6 } };
    CHECK(run(p, "imposed/impose/V a/a/D new/new/J arms/arm/N embargo/embargo/N on/on/I Syria/syria/P", 0,
              (an_mspan[]){ { 6, 7 } }, 1, &r));
    CHECK_STR(r.code, "163");
    CHECK_INT(r.target, 0);
    CHECK(run(p, "imposed/impose/V restrictions/restriction/N against/against/I x/x/N Syria/syria/P", 0, s, 1, &r) == 0);
    CHECK(run(p, "set/set/V the/the/D two/two/N hostages/hostage/N free/free/J", 0, NULL, 0, &r));
    CHECK_STR(r.code, "0841");
    CHECK(run(p, "set/set/V a/a/D b/b/N c/c/N d/d/N e/e/N free/free/J", 0, NULL, 0, &r) == 0);
    patterns_free(p);
}

TEST(match_infinitive_and_slots) {
    an_patterns *p = set();
    an_mresult r;
    an_mspan s[] = { { 1, 3 } };
    CHECK(run(p, "urged/urge/V the/the/D Russians/russian/P to/to/T withdraw/withdraw/V", 0, s, 1, &r));
    CHECK_STR(r.code, "0256");
    CHECK_INT(r.target, 0);
    CHECK(run(p, "urged/urge/V the/the/D Russians/russian/P to/to/T withdraw/withdraw/V", 0, NULL, 0, &r) == 0);
    CHECK(run(p, "pledged/pledge/V to/to/T help/help/V", 0, NULL, 0, &r));
    CHECK_STR(r.code, "030");
    CHECK(run(p, "pledged/pledge/V to/to/T Kyiv/kyiv/P", 0, NULL, 0, &r) == 0);
    patterns_free(p);
}

TEST(match_head_not_first_and_phrasal) {
    an_patterns *p = set();
    an_mresult r;
    an_mspan s[] = { { 0, 1 }, { 3, 4 } };
    CHECK(run(p, "Biden/biden/P met/meet/V with/with/I Xi/xi/P", 1, s, 2, &r));
    CHECK_STR(r.code, "043");
    CHECK_INT(r.target, 1);
    CHECK_INT(r.start, 1);
    CHECK(run(p, "unions/union/N called/call/V off/off/T the/the/D strike/strike/N", 1, NULL, 0, &r));
    CHECK_STR(r.code, "0871");
    CHECK_INT(r.head_len, 2);
    CHECK(run(p, "called_off/call_off/V strike/strike/N", 0, NULL, 0, &r));
    CHECK_STR(r.code, "0871");
    CHECK(run(p, "Said/say/V", 0, NULL, 0, &r));
    CHECK_STR(r.code, "010");
    CHECK(run(p, "denied/deny/V", 0, NULL, 0, &r) == 0);
    CHECK(run(p, "said/say/V", 3, NULL, 0, &r) == 0);          /* head out of range */
    patterns_free(p);
}

/* Patterns from the dictionaries themselves, as the coder will use them. */
TEST(match_with_our_dictionary) {
    char err[512];
    an_patterns *p = patterns_new();
    if (patterns_load_glob(p, ANNALS_DICT_DIR, "verbs", NULL, err, sizeof err) < 0) { test_fail(__FILE__, __LINE__, "%s", err); patterns_free(p); return; }
    an_mresult r;
    an_mspan s[] = { { 1, 2 } };
    CHECK(run(p, "urged/urge/V Israel/israel/P to/to/T lift/lift/V the/the/D siege/siege/N", 0, s, 1, &r));
    CHECK(r.code && !strncmp(r.code, "025", 3));
    CHECK(run(p, "said/say/V", 0, NULL, 0, &r));
    CHECK_STR(r.code, "010");
    patterns_free(p);
}

/* The quick tests on a word's first letters (initial and pair) look at the
 * lemma as well as the form: "gave" fits the word "give" by its lemma alone. */
TEST(match_word_by_lemma_past_quick_tests) {
    static const char *const LEMMAS = "[0331]\npromise to give aid\n";
    char err[256];
    an_patterns *p = patterns_new();
    if (patterns_parse_ours(p, "lemmas", LEMMAS, strlen(LEMMAS), NULL, 0, err, sizeof err)) test_fail(__FILE__, __LINE__, "%s", err);
    patterns_index(p);
    an_mresult r;
    CHECK(run(p, "promised/promise/V to/to/T gave/give/V aid/aid/N", 0, NULL, 0, &r));
    CHECK_STR(r.code, "0331");
    CHECK(!run(p, "promised/promise/V to/to/T gave/gave/V aid/aid/N", 0, NULL, 0, &r));
    patterns_free(p);
}

/* An alternative that starts with a digit still fits: the quick test on
 * first letters lets such elements through to the comparison. */
TEST(match_alternative_starting_with_a_digit) {
    an_patterns *p = set();
    an_mresult r;
    CHECK(run(p, "released/release/V 2nd/2nd/J group/group/N", 0, NULL, 0, &r));
    CHECK_STR(r.code, "0874");
    CHECK(run(p, "released/release/V second/second/J group/group/N", 0, NULL, 0, &r));
    CHECK(!run(p, "released/release/V third/third/J group/group/N", 0, NULL, 0, &r) || strcmp(r.code, "0874"));
    patterns_free(p);
}
