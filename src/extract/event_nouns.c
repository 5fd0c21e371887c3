/* Nouns that carry events: "sanctions on Russia", "Russian attacks on Kyiv",
 * "a meeting between Putin and Trump", "Trump's talks with Putin".
 *
 * The source is the noun's possessor, else an actor written inside its noun
 * phrase before it ("Russian attacks"), else the subject of a light verb that
 * takes the noun as object ("Russia launched attacks on Kyiv": launch says
 * nothing, the noun says what happened). The target is the pattern's `$T`.
 * "between X and Y" gives both sides of a mutual event. A noun inside a span
 * already coded from its verb is not coded again. */
#include "event_int.h"
#include <string.h>

static int inside(int t, const int *lo, const int *hi, int n) {
    for (int i = 0; i < n; i++) if (t >= lo[i] && t < hi[i]) return 1;
    return 0;
}

/* Verbs that only say an event took place: their object noun is the event. */
static int light_verb(const char *lemma) {
    static const char *const v[] = { "hold", "have", "conduct", "launch", "carry_out", "stage", "make", "issue",
        "begin", "start", "resume", "continue", "step_up", "intensify", "escalate", "mount", "impose",
        "announce", "level", "deliver", "extend", "sign", "send", "unleash", "order", "approve", "carry", NULL };
    for (int i = 0; v[i]; i++) if (!strcmp(lemma, v[i])) return 1;
    return 0;
}

/* Adjectives that put the event in the future ("a planned meeting"). */
static uint32_t modifier_marks(const ev_ctx *c, const an_chunk *ch, int32_t noun) {
    static const char *const w[] = { "planned", "proposed", "possible", "potential", "expected", "upcoming",
                                     "future", "prospective", "mooted", "scheduled", NULL };
    for (int32_t t = (int32_t)ch->tok_start; t < noun; t++)
        for (int i = 0; w[i]; i++)
            if (!strcmp(c->an->tokens[t].lemma, w[i])) return AN_MARK_INTENDED;
    return 0;
}

/* Verbs of going somewhere for something: "will join Zelensky in Washington
 * for talks with Trump", "travelled to Moscow for talks". */
static int motion_verb(const char *lemma) {
    static const char *const v[] = { "join", "attend", "travel", "go", "come", "arrive", "fly", "head", "return", NULL };
    for (int i = 0; v[i]; i++) if (!strcmp(lemma, v[i])) return 1;
    return 0;
}

/* Whether the noun's phrase is an argument through which the clause's
 * subject does the noun's event. */
static int carries(const ev_ctx *c, const an_chunk *vg, const an_arg *g) {
    const char *lem = vg->phrasal ? vg->phrasal : vg->lemma;
    if (!lem) return 0;
    if (g->role == AN_ROLE_DOBJ) return light_verb(lem);
    if (g->role != AN_ROLE_POBJ || g->prep < 0 || !motion_verb(lem)) return 0;
    const char *p = c->an->tokens[g->prep].lemma;
    return !strcmp(p, "for") || !strcmp(p, "to");
}

/* The source when the noun names none: the subject of a clause whose verb
 * only carries the noun (a light verb's object, a journey's purpose). */
static void light_verb_source(const ev_ctx *c, int32_t chunk, ev_side *src) {
    const an_sentence *s = c->cur.s;
    for (uint32_t k = s->clause_start; k < s->clause_end; k++) {
        const an_clause *cl = &c->an->clauses[k];
        if (cl->vg < 0 || c->an->chunks[cl->vg].voice == AN_VOICE_PASSIVE) continue;
        for (uint32_t g = cl->arg_start; g < cl->arg_end; g++)
            if (c->an->args[g].chunk == chunk && carries(c, &c->an->chunks[cl->vg], &c->an->args[g])) {
                ev_subject_side(c, cl, src);
                return;
            }
    }
}

/* "between X and Y" right after the noun's phrase. */
static void between_side(const ev_ctx *c, int32_t chunk, ev_side *side) {
    int32_t next = chunk + 1;
    if ((uint32_t)next >= c->cur.s->chunk_end) return;
    const an_chunk *pp = &c->an->chunks[next];
    if (pp->type == AN_CH_PP && pp->lemma && !strcmp(pp->lemma, "between") && pp->object >= 0)
        ev_np_side(c, pp->object, side);
}

/* Source from the possessor, else an actor before the noun in its phrase. */
static void own_source(const ev_ctx *c, int32_t chunk, int32_t noun, ev_side *src) {
    const an_chunk *ch = &c->an->chunks[chunk];
    if (ch->possessor >= 0) ev_np_side(c, ch->possessor, src);
    for (int32_t t = noun - 1; !src->n && t >= (int32_t)ch->tok_start; t--) {
        const an_actor *x = ev_token_actor(c, t);
        if (x) { src->a[0] = x; src->n = 1; }
    }
}

static int code_noun(ev_ctx *c, int32_t chunk, int32_t noun) {
    const ev_sent *v = &c->cur;
    an_mquery q = { v->tok, v->ntok, noun - (int)v->s->tok_start, v->slots, v->nslots, 0 };
    an_mresult r;
    if (!match_best(c->t->nouns, &q, &r) || (r.flags & (PF_NULL | PF_COMPLEX | PF_DISCARD)) || !(r.code || r.code2)) return 0;
    ev_draft d;
    memset(&d, 0, sizeof d);
    d.code = r.code;
    d.code2 = r.code2;
    d.noun = 1;
    d.clause = ev_clause_of_token(c, noun);
    if (r.source >= 0) ev_np_side(c, c->cur.slot_chunk[r.source], &d.src);
    else own_source(c, chunk, noun, &d.src);
    if (!d.src.n) light_verb_source(c, chunk, &d.src);
    if (!d.src.n && ev_possessive_pronoun(c, chunk) && d.clause >= 0)
        ev_subject_side(c, &c->an->clauses[d.clause], &d.src);
    if (r.target >= 0) { ev_np_side(c, c->cur.slot_chunk[r.target], &d.tgt); d.explicit_target = 1; }
    if (!d.src.n) between_side(c, chunk, &d.src);
    if (d.clause >= 0) d.marks = c->an->clauses[d.clause].marks & ~(uint32_t)AN_MARK_ATTEMPTED;
    d.marks |= modifier_marks(c, &c->an->chunks[chunk], noun);
    ev_emit(c, &d);
    return 1;
}

void ev_code_nouns(ev_ctx *c, const int *lo, const int *hi, int nspans) {
    if (!c->t->nouns) return;
    const an_sentence *s = c->cur.s;
    for (uint32_t k = s->chunk_start; k < s->chunk_end; k++) {
        const an_chunk *ch = &c->an->chunks[k];
        if (ch->type != AN_CH_NP || (ch->flags & AN_NP_POSSESSIVE)) continue;
        for (int32_t t = (int32_t)ch->tok_start; t < (int32_t)ch->tok_end; t++) {
            uint8_t pos = c->an->tokens[t].pos;
            if (pos != AN_POS_NN && pos != AN_POS_NNS) continue;
            if (inside(t - (int)s->tok_start, lo, hi, nspans)) continue;
            if (code_noun(c, (int32_t)k, t)) break;
        }
    }
}
