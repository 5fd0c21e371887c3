/* From a draft (code, source side, target side, marks) to an_event records:
 * one event per source-target pair, the reverse of a paired code, both
 * directions of a meeting, with the code's Goldstein weight, quad class and
 * PLOVER type, the date, place, mode and a confidence. */
#include "event_int.h"
#include "cameo.h"
#include <math.h>
#include <string.h>

/* Consultations are mutual: "X met Y" is also "Y met X" (CAMEO 040 consult,
 * 041 discuss by telephone, 043 meet... see dict/cameo/codes.txt: 044 meet
 * at a third location, 046 negotiate). Visits (042, 043) have a direction. */
static int mutual(const char *code) {
    static const char *const m[] = { "040", "041", "044", "046", NULL };
    for (int i = 0; code && m[i]; i++) if (!strcmp(code, m[i])) return 1;
    return 0;
}

/* CAMEO codes an intention to cooperate and a threat as events of their own
 * (root 03, root 13), not as the event intended or threatened: "plans to meet
 * Putin" is 036, "threatened to impose sanctions" 1312. Only for roots with a
 * matching intent or threat code; the mode still says what was marked. */
static const char *recode(const ev_ctx *c, const char *code, uint32_t marks) {
    if (!c->t->ours || !code || (marks & AN_MARK_NEGATED) || strlen(code) < 2) return code;
    static const char *const intent[][2] = { { "04", "036" }, { "05", "032" }, { "06", "031" }, { "07", "033" },
                                             { "08", "035" }, { NULL, NULL } };
    static const char *const threat[][2] = { { "163", "1312" }, { "161", "1313" }, { "16", "131" }, { "17", "137" },
                                             { "18", "138" }, { "19", "138" }, { "20", "138" }, { "14", "133" },
                                             { NULL, NULL } };
    const char *const (*map)[2] = NULL;
    if (marks & AN_MARK_THREATENED) map = threat;
    else if ((marks & (AN_MARK_INTENDED | AN_MARK_FUTURE)) && !(marks & AN_MARK_HYPOTHETICAL)) map = intent;
    for (int i = 0; map && map[i][0]; i++)
        if (!strncmp(code, map[i][0], strlen(map[i][0])))
            return c->t->cameo && cameo_get(c->t->cameo, map[i][1]) ? map[i][1] : code;
    return code;
}

static an_mode mode_of(uint32_t m) {
    if (m & AN_MARK_THREATENED) return AN_MODE_THREATENED;
    if (m & AN_MARK_HYPOTHETICAL) return AN_MODE_HYPOTHETICAL;
    if (m & (AN_MARK_INTENDED | AN_MARK_FUTURE | AN_MARK_ATTEMPTED)) return AN_MODE_INTENDED;
    if (m & (AN_MARK_POSSIBLE | AN_MARK_CONDITIONAL | AN_MARK_OBLIGATION)) return AN_MODE_HYPOTHETICAL;
    if (m & AN_MARK_REPORTED) return AN_MODE_REPORTED;
    return AN_MODE_ASSERTED;
}

/* 0 past, 1 present, 2 future, for the date search; an infinitive takes the
 * tense of the clause that governs it ("travelled on Friday to meet"). */
static int tense_of(const ev_ctx *c, int ci, uint32_t marks) {
    if (marks & AN_MARK_FUTURE) return 2;
    for (int guard = 0; ci >= 0 && guard < 8; guard++) {
        const an_clause *cl = &c->an->clauses[ci];
        if (cl->vg >= 0) {
            const an_chunk *vg = &c->an->chunks[cl->vg];
            if (vg->marks & AN_MARK_FUTURE) return 2;
            if (vg->tense == AN_TENSE_PAST) return 0;
            if (vg->tense == AN_TENSE_PRESENT) return 1;
            if (vg->tense == AN_TENSE_FUTURE) return 2;
        }
        ci = cl->parent;
    }
    return 0;
}

/* Body span of clause ci (the sentence when ci < 0). */
static void clause_span(const ev_ctx *c, int ci, uint32_t *s, uint32_t *e) {
    *s = c->cur.s->start;
    *e = c->cur.s->end;
    if (ci < 0) return;
    const an_clause *cl = &c->an->clauses[ci];
    if (cl->tok_end <= cl->tok_start) return;
    *s = c->an->tokens[cl->tok_start].start;
    *e = c->an->tokens[cl->tok_end - 1].end;
}

/* The first place the resolver found in the clause, else in the sentence. */
static const char *place_in(const ev_ctx *c, uint32_t cs, uint32_t ce) {
    const an_article *a = c->a;
    uint32_t ranges[2][2] = { { cs, ce }, { c->cur.s->start, c->cur.s->end } };
    for (int r = 0; r < 2; r++) {
        uint64_t lo = an_body_offset(a, ranges[r][0]), hi = an_body_offset(a, ranges[r][1]);
        for (int i = 0; i < a->nplaces; i++)
            for (int j = 0; j < a->places[i].nmentions; j++)
                if (a->places[i].mentions[j].start >= lo && a->places[i].mentions[j].end <= hi) return a->places[i].name;
    }
    return NULL;
}

/* How much to trust the event: an explicit pattern slot, a short sentence and
 * a main clause raise it; roles borrowed from a possessor, a noun reading and
 * a mode other than asserted lower it. */
static double confidence(const ev_ctx *c, const ev_draft *d, const an_event *e) {
    double k = 0.6;
    if (d->explicit_target) k += 0.15;
    if (c->cur.ntok <= 30) k += 0.1;
    if (d->clause >= 0 && c->an->clauses[d->clause].kind == AN_CLAUSE_MAIN) k += 0.1;
    if (d->src.indirect || d->tgt.indirect) k -= 0.15;
    if (d->noun) k -= 0.1;
    if (e->mode != AN_MODE_ASSERTED || e->negated) k -= 0.1;
    if (c->cur.s->flags & AN_SENT_HEADLINE) k -= 0.1;
    return k < 0.05 ? 0.05 : k > 0.95 ? 0.95 : k;
}

static int seen(const ev_ctx *c, const an_actor *s, const an_actor *t, const char *code) {
    for (int i = c->sent_first; i < c->n; i++) {
        const an_event *e = &c->out[i];
        if (!strcmp(e->source, s->code) && !strcmp(e->target, t->code) && !strcmp(e->cameo, code)) return 1;
    }
    return 0;
}

static an_event *grow(ev_ctx *c) {
    if (c->n == c->cap) {
        int cap = c->cap ? c->cap * 2 : 16;
        c->out = an_arena_grow(c->arena, c->out, (size_t)c->n, (size_t)cap, sizeof *c->out);
        c->cap = cap;
    }
    return &c->out[c->n++];
}

/* "X told Reuters", "said in an interview with CNN": a statement to the
 * press is how news reaches us, not an event between political actors. */
static int press_statement(const an_actor *t, const char *code) {
    return code[0] == '0' && code[1] == '1' && t->sector && !strcmp(t->sector, "MED");
}

static void add_event(ev_ctx *c, const ev_draft *d, const an_actor *s, const an_actor *t, const char *code) {
    if (!s->code || !t->code || !code || !strcmp(s->code, t->code) || seen(c, s, t, code)) return;
    if (c->t->ours && press_statement(t, code)) return;
    an_event *e = grow(c);
    memset(e, 0, sizeof *e);
    e->source = s->code; e->target = t->code;
    e->source_name = s->name; e->target_name = t->name;
    e->cameo = code;
    const an_cameo_code *cc = c->t->cameo ? cameo_get(c->t->cameo, code) : NULL;
    e->plover = cc ? cc->plover : NULL;
    e->goldstein = cc ? cc->goldstein : NAN;
    e->quad = cc ? cc->quad : 0;
    uint32_t cs, ce;
    clause_span(c, d->clause, &cs, &ce);
    ev_when(c->a->body, cs, ce, c->cur.s->start, c->cur.s->end, c->article_date,
            tense_of(c, d->clause, d->marks), c->arena, &e->date, &e->date_precision);
    e->place = place_in(c, cs, ce);
    e->lat = e->lon = NAN;
    e->negated = (d->marks & AN_MARK_NEGATED) != 0;
    e->mode = mode_of(d->marks);
    e->sent_start = c->cur.s->start;
    e->sent_end = c->cur.s->end;
    e->start = an_body_offset(c->a, e->sent_start);
    e->end = an_body_offset(c->a, e->sent_end);
    e->confidence = confidence(c, d, e);
}

#define EV_PARTS_MAX 24

/* The actors of a side, with a coded compound ("FRO/BIL/SAM", TABARI manual
 * 6.5.1: one phrase for several actors) split into one actor per code. */
static int side_parts(ev_ctx *c, const ev_side *s, const an_actor **out) {
    int n = 0;
    for (int i = 0; i < s->n && n < EV_PARTS_MAX; i++) {
        const an_actor *x = s->a[i];
        if (!x->code || !strchr(x->code, '/')) { out[n++] = x; continue; }
        for (const char *p = x->code; *p && n < EV_PARTS_MAX;) {
            size_t len = strcspn(p, "/");
            an_actor *part = an_arena_alloc(c->arena, sizeof *part);
            *part = *x;
            part->code = an_arena_strndup(c->arena, p, len);
            if (len) out[n++] = part;
            p += len + (p[len] == '/');
        }
    }
    return n;
}

void ev_emit(ev_ctx *c, const ev_draft *d) {
    const an_actor *src[EV_PARTS_MAX], *tgt[EV_PARTS_MAX];
    int ns = side_parts(c, &d->src, src), nt = side_parts(c, &d->tgt, tgt);
    const char *code = recode(c, d->code, d->marks);
    /* a refusal to meet is one side's act: the other did nothing */
    int both = c->t->ours && mutual(code) && !(d->marks & AN_MARK_NEGATED);
    int self = !nt && both && ns >= 2;                       /* "Putin and Xi met" */
    const an_actor *const *tg = self ? src : tgt;
    if (self) nt = ns;
    for (int i = 0; i < ns; i++)
        for (int j = 0; j < nt; j++) {
            const an_actor *s = src[i], *t = tg[j];
            if (s == t) continue;
            add_event(c, d, s, t, code);
            if (d->code2) add_event(c, d, t, s, d->code2);
            else if (both && !self) add_event(c, d, t, s, code);
        }
}

int ev_clause_of_token(const ev_ctx *c, int32_t tok) {
    const an_sentence *s = c->cur.s;
    int best = -1;
    uint32_t width = UINT32_MAX;
    for (uint32_t k = s->clause_start; k < s->clause_end; k++) {
        const an_clause *cl = &c->an->clauses[k];
        if ((uint32_t)tok < cl->tok_start || (uint32_t)tok >= cl->tok_end) continue;
        if (cl->tok_end - cl->tok_start < width) { width = cl->tok_end - cl->tok_start; best = (int)k; }
    }
    return best;
}
