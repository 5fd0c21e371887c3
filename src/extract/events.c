/* The event coder's main loop: sentence by sentence, clause by clause, a verb
 * pattern gives the code, the clause structure the roles (event_roles.c),
 * then the nouns not already covered by a verb event are coded
 * (event_nouns.c). See events.h for the rules and why. */
#include "event_int.h"
#include "cameo.h"
#include <math.h>
#include <string.h>

/* Longer sentences are lists, tables or run-ons the shallow parse gets
 * wrong more often than right. */
#define EV_MAX_TOKENS 90

static uint8_t mtag_of(const an_token *t) {
    switch ((an_pos)t->pos) {
    case AN_POS_NN: case AN_POS_NNS: return MT_NOUN;
    case AN_POS_NNP: case AN_POS_NNPS: return MT_PROPN;
    case AN_POS_PRP: return MT_PRON;
    case AN_POS_PRPS: case AN_POS_POS: return MT_POSS;
    case AN_POS_DT: case AN_POS_PDT: case AN_POS_WDT: return MT_DET;
    case AN_POS_CD: return MT_NUM;
    case AN_POS_JJ: case AN_POS_JJR: case AN_POS_JJS: return MT_ADJ;
    case AN_POS_RB: case AN_POS_RBR: case AN_POS_RBS: return MT_ADV;
    case AN_POS_MD: return MT_AUX;
    case AN_POS_VB: case AN_POS_VBD: case AN_POS_VBG: case AN_POS_VBN: case AN_POS_VBP: case AN_POS_VBZ: return MT_VERB;
    case AN_POS_TO: case AN_POS_RP: return MT_PART;
    case AN_POS_IN: return MT_ADP;
    case AN_POS_CC: return MT_CONJ;
    case AN_POS_PUNCT: return MT_PUNCT;
    default: return MT_OTHER;
    }
}

/* Events need two different actors in the sentence: most sentences have
 * fewer, and are passed over before any work is done on them. */
static int two_actors(const ev_ctx *c, const an_sentence *s) {
    const an_actor *first = NULL;
    for (uint32_t i = s->tok_start; i < s->tok_end; i++) {
        const an_actor *x = c->tok_actor[i];
        if (!x) continue;
        if (!first) first = x;
        else if (x != first && (!x->code || !first->code || strcmp(x->code, first->code))) return 1;
    }
    return 0;
}

/* A question or an over-long sentence states nothing we can code safely. */
static int codable(const ev_ctx *c, const an_sentence *s) {
    if (s->tok_end - s->tok_start > EV_MAX_TOKENS || s->tok_end <= s->tok_start) return 0;
    if (s->flags & AN_SENT_DATELINE) return 0;
    const char *b = c->a->body;
    uint32_t e = s->end;
    while (e > s->start && (b[e - 1] == ' ' || b[e - 1] == '"' || b[e - 1] == '\'' || (unsigned char)b[e - 1] >= 0x80)) e--;
    if (e > s->start && b[e - 1] == '?') return 0;
    return two_actors(c, s);
}

/* Nouns that modify the head of their phrase ("NATO pledges", "oil
 * sanctions") pass as adjectives, so that a pattern word can be reached over
 * them as over any modifier: `welcome pledge` fits "welcomed new NATO pledges". */
static void mark_modifiers(ev_ctx *c, const an_sentence *s) {
    for (uint32_t k = s->chunk_start; k < s->chunk_end; k++) {
        const an_chunk *ch = &c->an->chunks[k];
        if (ch->type != AN_CH_NP || ch->head < 0) continue;
        for (int32_t t = (int32_t)ch->tok_start; t < ch->head; t++) {
            an_mtok *m = &c->cur.tok[t - (int32_t)s->tok_start];
            if (m->tag == MT_NOUN || m->tag == MT_PROPN) m->tag = MT_ADJ;
        }
    }
}

static void prepare_sentence(ev_ctx *c, const an_sentence *s) {
    const struct an_analysis *an = c->an;
    ev_sent *v = &c->cur;
    v->s = s;
    v->ntok = (int)(s->tok_end - s->tok_start);
    v->tok = an_arena_alloc(c->arena, (size_t)v->ntok * sizeof *v->tok);
    for (int i = 0; i < v->ntok; i++) {
        const an_token *t = &an->tokens[s->tok_start + (uint32_t)i];
        /* quote marks inside a clause ("was “open” to meeting") say nothing to a pattern */
        uint8_t tag = t->kind == AN_TK_QUOTE ? MT_ADV : mtag_of(t);
        v->tok[i] = (an_mtok){ an_arena_strndup(c->arena, an->body + t->start, t->end - t->start), t->lemma, tag, 0, 0 };
        match_tok_masks(&v->tok[i]);       /* every verb and event noun of the sentence is matched against them */
    }
    mark_modifiers(c, s);
    uint32_t nch = s->chunk_end - s->chunk_start;
    v->slots = an_arena_alloc(c->arena, (nch + 1) * sizeof *v->slots);
    v->slot_chunk = an_arena_alloc(c->arena, (nch + 1) * sizeof *v->slot_chunk);
    v->nslots = 0;
    for (uint32_t k = s->chunk_start; k < s->chunk_end; k++) {
        const an_chunk *ch = &an->chunks[k];
        if (ch->type != AN_CH_NP || !ev_np_actor(c, (int32_t)k)) continue;
        /* the slot starts at the actor's first word: the chunker may have put
         * a pattern word in front of it ("to [meeting Putin]") */
        uint32_t first = ch->tok_start;
        while (first < ch->tok_end && !c->tok_actor[first]) first++;
        if (first == ch->tok_end) first = ch->tok_start;
        v->slots[v->nslots] = (an_mspan){ (int)(first - s->tok_start), (int)(ch->tok_end - s->tok_start) };
        v->slot_chunk[v->nslots++] = (int32_t)k;
    }
}

/* A passive has moved the object in front of the verb, so `attack $T` cannot
 * fit "Russia was attacked by ...": use the verb's plain `VERB $T` pattern. */
static int passive_pattern(const ev_ctx *c, const an_chunk *vg, int head, an_mresult *r) {
    const char *key = vg->phrasal ? vg->phrasal : vg->lemma;
    const an_pattern *const *run;
    int n = key ? patterns_find(c->t->verbs, key, strlen(key), 0, &run) : 0;
    for (int i = 0; i < n; i++) {
        const an_pattern *p = run[i];
        if (p->npre || p->npost != 1 || p->post[0].kind != PE_TARGET || !p->code) continue;
        *r = (an_mresult){ p, p->code, p->code2, p->flags, -1, -1, head, head + 1, 1 };
        return 1;
    }
    return 0;
}

/* Statements (root 01) name no one but the speaker unless the pattern says
 * to whom: "confirmed his call with Trump" is about the call, not a
 * statement to Trump. */
static int bare_statement(const an_mresult *r) {
    return r->code && r->code[0] == '0' && r->code[1] == '1' && r->target < 0;
}

/* The verb pattern of clause ci: 1 coded, 0 not, -1 the pattern discards the sentence. */
static int match_clause(const ev_ctx *c, int ci, an_mresult *r) {
    const an_clause *cl = &c->an->clauses[ci];
    if (cl->vg < 0 || cl->kind == AN_CLAUSE_FRAGMENT) return 0;
    const an_chunk *vg = &c->an->chunks[cl->vg];
    const ev_sent *v = &c->cur;
    if (vg->head < 0) return 0;
    int head = vg->head - (int)v->s->tok_start, passive;
    an_mquery q = { v->tok, v->ntok, head, v->slots, v->nslots, 0 };
    int found = match_best(c->t->verbs, &q, r);
    if (found && (r->flags & PF_DISCARD)) return -1;
    if (found && (r->flags & (PF_NULL | PF_COMPLEX))) return 0;
    if (c->t->ours && (!found || r->target < 0) && ev_clause_agent(c, ci, &passive) >= 0 && passive)
        found = passive_pattern(c, vg, head, r) || found;
    if (!found || (c->t->ours && bare_statement(r))) return 0;
    return r->code || r->code2;
}

/* Tokens a verb event covers, relative to the sentence: its match, and the
 * clause's objects (a "planned meeting" called off is not a meeting). */
static void covered(const ev_ctx *c, int ci, const an_mresult *r, int *lo, int *hi) {
    const an_clause *cl = &c->an->clauses[ci];
    int base = (int)c->cur.s->tok_start;
    *lo = r->start;
    *hi = r->end;
    for (uint32_t k = cl->arg_start; k < cl->arg_end; k++) {
        const an_chunk *ch = &c->an->chunks[c->an->args[k].chunk];
        if (c->an->args[k].role != AN_ROLE_DOBJ) continue;
        int e = (int)ch->tok_end - base;
        for (int32_t j = c->an->chunks[c->an->args[k].chunk].coord, g = 0; j >= 0 && g < 8; j = c->an->chunks[j].coord, g++)
            e = (int)c->an->chunks[j].tok_end - base;
        if (e > *hi) *hi = e;
    }
}

/* A clause whose verb lies inside another clause's match was coded with it
 * ("threatened to impose sanctions on China" is one threat, not a threat and
 * sanctions). */
static int consumed(const ev_ctx *c, int i, const int *ok, const an_mresult *r, int n) {
    const an_clause *cl = &c->an->clauses[c->cur.s->clause_start + (uint32_t)i];
    int h = c->an->chunks[cl->vg].head - (int)c->cur.s->tok_start;
    for (int j = 0; j < n; j++)
        if (j != i && ok[j] > 0 && h >= r[j].start && h < r[j].end) {
            const an_clause *o = &c->an->clauses[c->cur.s->clause_start + (uint32_t)j];
            if (c->an->chunks[o->vg].head - (int)c->cur.s->tok_start != h) return 1;
        }
    return 0;
}

static void code_sentence(ev_ctx *c, const an_sentence *s) {
    if (!codable(c, s)) return;
    prepare_sentence(c, s);
    c->sent_first = c->n;
    if (!c->t->ours) { ev_code_peer(c); return; }     /* peer dictionaries: their reading */
    int n = (int)(s->clause_end - s->clause_start);
    an_mresult *r = an_arena_alloc(c->arena, ((size_t)n + 1) * sizeof *r);
    int *ok = an_arena_alloc(c->arena, ((size_t)n + 1) * 3 * sizeof *ok), *lo = ok + n + 1, *hi = lo + n + 1;
    for (int i = 0; i < n; i++)
        if ((ok[i] = match_clause(c, (int)s->clause_start + i, &r[i])) < 0) return;
    int nspans = 0;
    for (int i = 0; i < n; i++) {
        if (ok[i] <= 0 || consumed(c, i, ok, r, n)) continue;
        int ci = (int)s->clause_start + i;
        ev_draft d;
        memset(&d, 0, sizeof d);
        d.code = r[i].code;
        d.code2 = r[i].code2;
        d.clause = ci;
        ev_clause_roles(c, ci, &r[i], &d);
        d.marks |= c->an->clauses[ci].marks;
        ev_emit(c, &d);
        covered(c, ci, &r[i], &lo[nspans], &hi[nspans]);
        nspans++;
    }
    ev_code_nouns(c, lo, hi, nspans);
}

void events_extract(const ev_tables *t, an_article *a, an_arena *arena) {
    a->events = NULL;
    a->nevents = 0;
    if (!t || !t->verbs || !a->analysis || !a->nactors) return;
    ev_ctx c;
    memset(&c, 0, sizeof c);
    c.t = t;
    c.a = a;
    c.an = a->analysis;
    c.arena = arena;
    c.article_date = a->published && strlen(a->published) >= 10 ? a->published : NULL;
    ev_map_actors(&c);
    for (uint32_t i = 0; i < c.an->nsentences; i++) code_sentence(&c, &c.an->sentences[i]);
    a->events = c.out;
    a->nevents = c.n;
}
