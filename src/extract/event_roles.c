/* Who did what to whom: source and target of a clause from its structure.
 *
 * Active clause: subject -> object. Passive: the "by" agent is the source and
 * the subject the target ("Russia was attacked by Ukrainian forces"). A slot
 * the pattern names (`$T`, TABARI's `$`/`+`) overrides the structure. Each
 * side follows coordination, so "X and Y imposed sanctions on Z" gives two
 * sources. A noun phrase without an actor of its own falls back on its
 * possessor ("Trump's administration", "Russia's refusal to talk"), and the
 * possessed noun may change the mode ("refusal" negates, "plan" intends). */
#include "event_int.h"
#include "../resolve/resolve.h"
#include <string.h>

void ev_map_actors(ev_ctx *c) {
    const struct an_analysis *an = c->an;
    rs_mention *m;
    int nm = actors_mentions(c->a, c->arena, &m), p = 0;
    c->tok_actor = an_arena_alloc(c->arena, (an->ntokens + 1) * sizeof *c->tok_actor);
    /* in body offsets: the tokens' own, with no mapping to the input */
    for (uint32_t i = 0; i < an->ntokens && p < nm; i++) {
        uint32_t b = an->tokens[i].start;
        while (p < nm && m[p].at->body_end <= b) p++;
        for (int k = p; k < nm && m[k].at->body_start <= b; k++)     /* overlapping mentions */
            if (b < m[k].at->body_end) { c->tok_actor[i] = m[k].actor; break; }
    }
}

const an_actor *ev_token_actor(const ev_ctx *c, int32_t tok) {
    if (tok < 0 || (uint32_t)tok >= c->an->ntokens) return NULL;
    return c->tok_actor[tok];
}

/* The head's actor, else the last actor inside the phrase ("the Russian
 * foreign minister" is coded on "Russian" when the title is not). */
const an_actor *ev_np_actor(const ev_ctx *c, int32_t chunk) {
    if (chunk < 0) return NULL;
    const an_chunk *ch = &c->an->chunks[chunk];
    const an_actor *x = ev_token_actor(c, ch->head);
    for (int32_t t = (int32_t)ch->tok_end - 1; !x && t >= (int32_t)ch->tok_start; t--) x = ev_token_actor(c, t);
    return x;
}

static void side_add(ev_side *s, const an_actor *x) {
    if (!x || s->n == EV_SIDE_MAX) return;
    for (int i = 0; i < s->n; i++) if (s->a[i] == x) return;
    s->a[s->n++] = x;
}

void ev_np_side(const ev_ctx *c, int32_t chunk, ev_side *side) {
    for (int guard = 0; chunk >= 0 && guard < 16; guard++) {
        const an_chunk *ch = &c->an->chunks[chunk];
        const an_actor *x = ev_np_actor(c, chunk);
        if (!x && ch->possessor >= 0) {
            x = ev_np_actor(c, ch->possessor);
            if (x) side->indirect = 1;
        }
        side_add(side, x);
        chunk = ch->coord;
    }
}

/* "his", "her", "its", "their" before a noun usually point back at the
 * subject of the clause: "Zelensky confirmed his call with Trump". */
int ev_possessive_pronoun(const ev_ctx *c, int32_t chunk) {
    if (chunk < 0) return 0;
    const an_chunk *ch = &c->an->chunks[chunk];
    for (int32_t t = (int32_t)ch->tok_start; t < (int32_t)ch->tok_end; t++)
        if (c->an->tokens[t].pos == AN_POS_PRPS) return 1;
    return 0;
}

uint32_t ev_noun_marks(const char *lemma) {
    static const char *const neg[] = { "refusal", "rejection", "failure", "reluctance", NULL };
    static const char *const intent[] = { "plan", "decision", "intention", "offer", "proposal", "promise",
                                          "pledge", "readiness", "willingness", "bid", "attempt", "effort", NULL };
    static const char *const threat[] = { "threat", "warning", "ultimatum", NULL };
    for (int i = 0; neg[i]; i++) if (!strcmp(lemma, neg[i])) return AN_MARK_NEGATED;
    for (int i = 0; intent[i]; i++) if (!strcmp(lemma, intent[i])) return AN_MARK_INTENDED;
    for (int i = 0; threat[i]; i++) if (!strcmp(lemma, threat[i])) return AN_MARK_THREATENED;
    return 0;
}

/* The side a matched slot names; -1 slot: none. */
static void slot_side(const ev_ctx *c, int slot, ev_side *s) {
    if (slot >= 0 && slot < c->cur.nslots) ev_np_side(c, c->cur.slot_chunk[slot], s);
}

/* Nouns of time the parse may take for a subject: "Trump earlier this month
 * agreed" has "this month" before the verb. */
static int time_noun(const char *lemma) {
    static const char *const w[] = { "day", "week", "month", "year", "weekend", "morning", "afternoon", "evening",
        "night", "time", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
        "yesterday", "tomorrow", NULL };
    for (int i = 0; w[i]; i++) if (!strcmp(lemma, w[i])) return 1;
    return 0;
}

/* The clause's subject; a time phrase taken for it yields to the noun
 * phrase just before it. */
int32_t ev_subject(const ev_ctx *c, const an_clause *cl) {
    int32_t sj = cl->subject;
    if (sj < 0) return sj;
    const an_chunk *ch = &c->an->chunks[sj];
    if (ch->head < 0 || !time_noun(c->an->tokens[ch->head].lemma)) return sj;
    for (int32_t k = sj - 1; k >= (int32_t)c->cur.s->chunk_start; k--) {
        const an_chunk *p = &c->an->chunks[k];
        if (p->type == AN_CH_NP) return p->flags & AN_NP_POSSESSIVE ? -1 : k;
        if (p->type != AN_CH_ADVP) break;
    }
    return sj;
}

/* The subject's actors; a subject noun without an actor but with an actor
 * possessor lends its marks ("Russia's refusal to talk" negates "talk"). */
/* A pronoun subject the resolver left open, in reported speech, is most
 * often the speaker: "Russia said it would retaliate", "leaders announced
 * they will join ...". */
static int open_pronoun(const ev_ctx *c, int32_t sj) {
    if (sj < 0) return 0;
    const an_chunk *ch = &c->an->chunks[sj];
    return (ch->flags & AN_NP_PRONOUN) && !ev_np_actor(c, sj);
}

void ev_subject_side(const ev_ctx *c, const an_clause *cl, ev_side *side) {
    int32_t sj = ev_subject(c, cl);
    if (open_pronoun(c, sj) && cl->kind == AN_CLAUSE_REPORTED && cl->parent >= 0)
        sj = ev_subject(c, &c->an->clauses[cl->parent]);
    ev_np_side(c, sj, side);
}

static void subject_side(const ev_ctx *c, const an_clause *cl, ev_draft *d) {
    ev_subject_side(c, cl, &d->src);
    int32_t sj = ev_subject(c, cl);
    if (sj < 0 || !d->src.indirect) return;
    const an_chunk *ch = &c->an->chunks[sj];
    if (ch->head >= 0) d->marks |= ev_noun_marks(c->an->tokens[ch->head].lemma);
}

/* Prepositions whose object is the target when the pattern names none:
 * "met with", "talked to", "fought against", "cracked down on". */
static int target_prep(const char *p) {
    static const char *const ok[] = { "with", "to", "against", "on", "toward", "towards", NULL };
    for (int i = 0; ok[i]; i++) if (!strcmp(p, ok[i])) return 1;
    return 0;
}

/* The object that is the target when no pattern slot names it: the direct
 * object, else the indirect one, else a prepositional object. */
static void object_side(const ev_ctx *c, const an_clause *cl, ev_side *s) {
    const struct an_analysis *an = c->an;
    for (int want = AN_ROLE_DOBJ; want <= AN_ROLE_POBJ && !s->n; want++)
        for (uint32_t k = cl->arg_start; k < cl->arg_end && !s->n; k++) {
            const an_arg *g = &an->args[k];
            if (g->role != want) continue;
            if (want == AN_ROLE_POBJ && (g->prep < 0 || !target_prep(an->tokens[g->prep].lemma))) continue;
            ev_np_side(c, g->chunk, s);
        }
}

/* A lone past form with a "by" phrase and no object is a passive without
 * its auxiliary (the tagger may call it VBD):
 * "Witkoff, welcomed in Moscow by Dmitriev, ...". Returns the by-object. */
static int32_t bare_passive_agent(const ev_ctx *c, const an_clause *cl, const an_chunk *vg) {
    if (vg->head < 0 || vg->tok_end - vg->tok_start != 1) return -1;
    uint8_t pos = c->an->tokens[vg->head].pos;
    if (pos != AN_POS_VBN && pos != AN_POS_VBD) return -1;
    int32_t by = -1;
    for (uint32_t k = cl->arg_start; k < cl->arg_end; k++) {
        const an_arg *g = &c->an->args[k];
        if (g->role == AN_ROLE_DOBJ) return -1;                 /* "X welcomed Y by ..." is active */
        if (g->role == AN_ROLE_POBJ && g->prep >= 0 && !strcmp(c->an->tokens[g->prep].lemma, "by")) by = g->chunk;
    }
    return by;
}

int32_t ev_clause_agent(const ev_ctx *c, int ci, int *passive) {
    const an_clause *cl = &c->an->clauses[ci];
    const an_chunk *vg = &c->an->chunks[cl->vg];
    *passive = vg->voice == AN_VOICE_PASSIVE;
    if (*passive) return cl->agent;
    int32_t by = bare_passive_agent(c, cl, vg);
    if (by >= 0) *passive = 1;
    return by;
}

/* The infinitive of a noun ("plans to meet", "refusal to talk") takes the
 * noun's mode. */
static uint32_t governing_noun_marks(const ev_ctx *c, const an_clause *cl) {
    if (cl->kind != AN_CLAUSE_INFINITIVAL) return 0;
    int32_t t = (int32_t)c->an->chunks[cl->vg].tok_start - 1;
    if (t < 0 || t < (int32_t)c->cur.s->tok_start) return 0;
    const an_token *tk = &c->an->tokens[t];
    return tk->pos == AN_POS_NN || tk->pos == AN_POS_NNS ? ev_noun_marks(tk->lemma) : 0;
}

void ev_clause_roles(const ev_ctx *c, int ci, const an_mresult *r, ev_draft *d) {
    const an_clause *cl = &c->an->clauses[ci];
    int passive;
    int32_t agent = ev_clause_agent(c, ci, &passive);
    d->marks |= governing_noun_marks(c, cl);
    if (r && r->source >= 0) slot_side(c, r->source, &d->src);
    else if (passive) ev_np_side(c, agent, &d->src);
    else subject_side(c, cl, d);
    if (r && r->target >= 0) { slot_side(c, r->target, &d->tgt); d->explicit_target = 1; }
    else if (passive) ev_np_side(c, ev_subject(c, cl), &d->tgt);
    else object_side(c, cl, &d->tgt);
}
