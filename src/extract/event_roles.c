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
    for (uint32_t i = 0; i < an->ntokens && p < nm; i++) {
        uint64_t off = an_body_offset(c->a, an->tokens[i].start);
        while (p < nm && m[p].end <= off) p++;
        for (int k = p; k < nm && m[k].start <= off; k++)        /* overlapping mentions */
            if (off < m[k].end) { c->tok_actor[i] = m[k].actor; break; }
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

/* The subject's actors; a subject noun without an actor but with an actor
 * possessor lends its marks ("Russia's refusal to talk" negates "talk"). */
static void subject_side(const ev_ctx *c, const an_clause *cl, ev_draft *d) {
    ev_np_side(c, cl->subject, &d->src);
    if (cl->subject < 0 || !d->src.indirect) return;
    const an_chunk *ch = &c->an->chunks[cl->subject];
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

void ev_clause_roles(const ev_ctx *c, int ci, const an_mresult *r, ev_draft *d) {
    const an_clause *cl = &c->an->clauses[ci];
    const an_chunk *vg = &c->an->chunks[cl->vg];
    int passive = vg->voice == AN_VOICE_PASSIVE;
    if (r && r->source >= 0) slot_side(c, r->source, &d->src);
    else if (passive) ev_np_side(c, cl->agent, &d->src);
    else subject_side(c, cl, d);
    if (r && r->target >= 0) { slot_side(c, r->target, &d->tgt); d->explicit_target = 1; }
    else if (passive) ev_np_side(c, cl->subject, &d->tgt);
    else object_side(c, cl, &d->tgt);
}
