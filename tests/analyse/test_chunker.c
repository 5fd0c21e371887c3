/* Chunks: noun phrases with possessives, titles, coordination and
 * appositives; verb groups with auxiliaries, negation and particles. */
#include "helper.h"
#include <string.h>

static const tcase chunks[] = {
    CASE("US special envoy Steve Witkoff arrived.", "[NP US special envoy Steve Witkoff] [VG arrived] ."),
    CASE("Russia's foreign minister Sergei Lavrov spoke.", "[NP Russia's] [NP foreign minister Sergei Lavrov] [VG spoke] ."),
    CASE("Russia and Ukraine signed a deal.", "[NP Russia] and [NP Ukraine] [VG signed] [NP a deal] ."),
    CASE("Sergei Lavrov, Russia's foreign minister, said no.",
         "[NP Sergei Lavrov] , [NP Russia's] [NP foreign minister] , [VG said] [NP no] ."),
    CASE("The talks have been called off.", "[NP The talks] [VG have been called off] ."),
    CASE("Kyiv has not pushed back the deadline.", "[NP Kyiv] [VG has not pushed back] [NP the deadline] ."),
    CASE("The army is advancing.", "[NP The army] [VG is advancing] ."),
    CASE("President Donald Trump will visit Germany and France.",
         "[NP President Donald Trump] [VG will visit] [NP Germany] and [NP France] ."),
    CASE("The ministers of France, Germany and Italy met.",
         "[NP The ministers] [PP of] [NP France] , [NP Germany] and [NP Italy] [VG met] ."),
    CASE("Procter & Gamble reported higher profits.", "[NP Procter & Gamble] [VG reported] [NP higher profits] ."),
    CASE("He could have been killed.", "[NP He] [VG could have been killed] ."),
    CASE("Washington sent $200 million in aid.", "[NP Washington] [VG sent] [NP $200 million] [PP in] [NP aid] ."),
    CASE("Gen. Valery Gerasimov visited the front.", "[NP Gen. Valery Gerasimov] [VG visited] [NP the front] ."),
    CASE("They did not meet.", "[NP They] [VG did not meet] ."),
    CASE("Prime Minister Keir Starmer met the king.", "[NP Prime Minister Keir Starmer] [VG met] [NP the king] ."),
    CASE("Police fired tear gas at the crowd.", "[NP Police] [VG fired] [NP tear gas] [PP at] [NP the crowd] ."),
    CASE("Both sides want to end the war.", "[NP Both sides] [VG want] [VG to end] [NP the war] ."),
    CASE("The rebels' leader was never caught.", "[NP The rebels'] [NP leader] [VG was never caught] ."),
    CASE("Rescue workers were still searching.", "[NP Rescue workers] [VG were still searching] ."),
};

TEST(analyse_chunks_table) { RUN_TABLE(DESC_CHUNKS, chunks); }

typedef struct fixture { an_lexicon *lx; an_arena arena; struct an_analysis *an; } fixture;

static void parse(fixture *f, const char *text) { f->an = test_parse(f->lx, &f->arena, text); }

/* The chunk that starts at the token with text word. */
static const an_chunk *chunk_at(const fixture *f, const char *word) {
    int32_t t = test_token(f->an, word);
    for (uint32_t i = 0; t >= 0 && i < f->an->nchunks; i++)
        if (f->an->chunks[i].tok_start == (uint32_t)t) return &f->an->chunks[i];
    return NULL;
}

static const char *tok_text(const fixture *f, int32_t t, char *buf, size_t n) {
    if (t < 0) return "(none)";
    const an_token *k = &f->an->tokens[t];
    snprintf(buf, n, "%.*s", (int)(k->end - k->start), f->an->body + k->start);
    return buf;
}

TEST(analyse_np_attributes) {
    fixture f = { .lx = test_lexicon() };
    an_arena_init(&f.arena, 0);
    char buf[64];
    parse(&f, "US special envoy Steve Witkoff met Russia's foreign minister Sergei Lavrov.");
    const an_chunk *envoy = chunk_at(&f, "US"), *poss = chunk_at(&f, "Russia"), *min = chunk_at(&f, "foreign");
    CHECK(envoy && min && poss);
    if (envoy && min && poss) {
        CHECK_STR(tok_text(&f, envoy->name_start, buf, sizeof buf), "Steve");
        CHECK_STR(tok_text(&f, envoy->head, buf, sizeof buf), "Witkoff");
        CHECK(envoy->flags & AN_NP_PROPER);
        CHECK(poss->flags & AN_NP_POSSESSIVE);
        CHECK_INT(min->possessor, poss - f.an->chunks);
        CHECK_STR(tok_text(&f, min->name_start, buf, sizeof buf), "Sergei");
    }
    parse(&f, "Russia, Ukraine and Belarus signed.");
    const an_chunk *ru = chunk_at(&f, "Russia"), *ua = chunk_at(&f, "Ukraine"), *by = chunk_at(&f, "Belarus");
    CHECK(ru && ua && by);
    if (ru && ua && by) {
        CHECK_INT(ru->coord, ua - f.an->chunks);
        CHECK_INT(ua->coord, by - f.an->chunks);
        CHECK(ua->flags & AN_NP_CONJUNCT);
        CHECK(by->flags & AN_NP_CONJUNCT);
        CHECK(!(ru->flags & AN_NP_CONJUNCT));
    }
    parse(&f, "Sergei Lavrov, Russia's top diplomat, arrived.");
    const an_chunk *lav = chunk_at(&f, "Sergei"), *dip = chunk_at(&f, "top");
    CHECK(lav && dip && lav->appos == dip - f.an->chunks && (dip->flags & AN_NP_APPOSITIVE));
    parse(&f, "The envoy, Steve Witkoff, arrived.");
    const an_chunk *env = chunk_at(&f, "The"), *sw = chunk_at(&f, "Steve");
    CHECK(env && sw && env->appos == sw - f.an->chunks);
    parse(&f, "They met officials.");
    const an_chunk *they = chunk_at(&f, "They"), *off = chunk_at(&f, "officials");
    CHECK(they && (they->flags & AN_NP_PRONOUN));
    CHECK(off && (off->flags & AN_NP_PLURAL) && !(off->flags & AN_NP_PROPER));
    an_arena_free(&f.arena);
    an_lexicon_free(f.lx);
}

TEST(analyse_vg_attributes) {
    fixture f = { .lx = test_lexicon() };
    an_arena_init(&f.arena, 0);
    parse(&f, "The talks have been called off.");
    const an_chunk *vg = chunk_at(&f, "have");
    CHECK(vg && vg->type == AN_CH_VG);
    if (vg) {
        CHECK_STR(vg->lemma, "call");
        CHECK_STR(vg->phrasal, "call_off");
        CHECK_INT(vg->voice, AN_VOICE_PASSIVE);
        CHECK(vg->flags & AN_VG_PERFECT);
        CHECK_INT(vg->tense, AN_TENSE_PRESENT);
        CHECK(vg->particle >= 0);
    }
    parse(&f, "Kyiv did not push back the deadline.");
    vg = chunk_at(&f, "did");
    CHECK(vg && (vg->marks & AN_MARK_NEGATED) && vg->tense == AN_TENSE_PAST && !strcmp(vg->phrasal ? vg->phrasal : "", "push_back"));
    parse(&f, "Troops will be deployed.");
    vg = chunk_at(&f, "will");
    CHECK(vg && vg->tense == AN_TENSE_FUTURE && vg->voice == AN_VOICE_PASSIVE && vg->modal && !strcmp(vg->modal, "will"));
    parse(&f, "Rebels were attacking the town.");
    vg = chunk_at(&f, "were");
    CHECK(vg && (vg->flags & AN_VG_PROGRESSIVE) && vg->voice == AN_VOICE_ACTIVE && vg->tense == AN_TENSE_PAST);
    parse(&f, "The minister is a lawyer.");
    vg = chunk_at(&f, "is");
    CHECK(vg && (vg->flags & AN_VG_COPULA) && !strcmp(vg->lemma, "be"));
    parse(&f, "Iran could never accept it.");
    vg = chunk_at(&f, "could");
    CHECK(vg && (vg->marks & AN_MARK_POSSIBLE) && (vg->marks & AN_MARK_NEGATED));
    an_arena_free(&f.arena);
    an_lexicon_free(f.lx);
}
