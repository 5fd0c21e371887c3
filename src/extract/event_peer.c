/* Coding with a peer's verb dictionary (TABARI or PETRARCH imported in
 * place of ours): their patterns were written for TABARI's shallow,
 * left-to-right reading of a sentence, not for our clause structure, so they
 * are applied the way the TABARI manual describes it (ch. 5.5-5.8 and 7):
 *
 *  1. actors are the resolver's mentions; "X, Y and Z" joined by commas and
 *     AND (determiners and adjectives allowed in front of each) is one
 *     compound actor; pronouns point back (HE/SHE/IT the first actor of the
 *     sentence, ITS/HIS/HER the nearest actor before, THEY/THEIR/THEM the
 *     first compound actor, else the first actor);
 *  2. comma-delimited phrases of 3 to 10 words, and the phrase between the
 *     last comma and the end, are dropped (nonrestrictive clauses);
 *  3. the sentence is split into clauses at AND, BUT, OR, NOR unless the
 *     conjunction joins actors, nouns or adjectives;
 *  4. in each clause the verbs are tried left to right, each with its
 *     patterns longest first; the first one coded is the clause's event
 *     (CODE BY CLAUSE). A word after THE, A, AN, or capitalised inside the
 *     sentence, is a noun, not a verb;
 *  5. source and target are the pattern's `$`/`+`/`%` slots, else the first
 *     actor before the verb and the first actor after it with another code
 *     (else the first such before it); WAS/WERE/BEEN before the verb and BY
 *     after it is a passive and swaps them. A later clause keeps the source
 *     unless an actor opens it.
 *
 * Nothing here runs for our own dictionaries. */
#include "event_int.h"
#include <ctype.h>
#include <string.h>
#include <strings.h>

#define COMMA_MIN 3      /* words between commas for a phrase to be dropped */
#define COMMA_MAX 10

/* One actor mention in the sentence, or a pronoun standing for one. */
typedef struct punit {
    int start, end;              /* tokens, relative to the sentence */
    const an_actor *a;           /* NULL for a pronoun: see ref */
    int group;                   /* the compound it belongs to */
    int ref;                     /* a pronoun: the group it stands for; -1 otherwise */
} punit;

typedef struct psent {
    int n;                       /* tokens */
    uint8_t *dropped;            /* removed comma phrases */
    uint8_t *conj;               /* conjunctions that split clauses */
    punit *u; int nu;
    int ngroups;
} psent;

static const char *form_of(const ev_ctx *c, int i) { return c->cur.tok[i].form; }

static int form_is(const ev_ctx *c, int i, const char *w) {
    return i >= 0 && i < c->cur.ntok && !strcasecmp(form_of(c, i), w);
}

static int form_in(const ev_ctx *c, int i, const char *const *list) {
    for (int k = 0; list[k]; k++) if (form_is(c, i, list[k])) return 1;
    return 0;
}

static const an_actor *tok_actor(const ev_ctx *c, int i) {
    const an_actor *a = ev_token_actor(c, (int32_t)(c->cur.s->tok_start + (uint32_t)i));
    return a && a->code && a->code[0] ? a : NULL;
}

/* ---- actors ---- */

/* Tokens that may stand between the actors of a compound: "X, Y and the
 * awful Z". Returns 1 when [from, to) is such a joint, setting *and. */
static int compound_joint(const ev_ctx *c, int from, int to, int *and) {
    int sep = 0;
    for (int i = from; i < to; i++) {
        uint8_t t = c->cur.tok[i].tag;
        if (form_is(c, i, ",")) { if (sep) return 0; sep = 1; continue; }
        if (form_is(c, i, "and")) { *and = 1; sep = 1; continue; }
        if (!sep || (t != MT_DET && t != MT_ADJ && t != MT_NOUN)) return 0;   /* TABARI's <ADJECTIVE> words */
    }
    return sep;
}

static void add_unit(ev_ctx *c, psent *p, int start, int end, const an_actor *a, int ref) {
    punit *u = &p->u[p->nu++];
    *u = (punit){ start, end, a, -1, ref };
    (void)c;
}

/* Runs of tokens with one actor become units; compounds are grouped. */
static void find_units(ev_ctx *c, psent *p) {
    for (int i = 0; i < p->n;) {
        const an_actor *a = tok_actor(c, i);
        if (!a) { i++; continue; }
        int j = i + 1;
        while (j < p->n && tok_actor(c, j) == a) j++;
        add_unit(c, p, i, j, a, -1);
        i = j;
    }
    /* a group is a chain of units with joints, kept only if one joint is AND */
    for (int k = 0; k < p->nu;) {
        int and = 0, e = k;
        while (e + 1 < p->nu && compound_joint(c, p->u[e].end, p->u[e + 1].start, &and)) e++;
        if (!and) e = k;
        for (int m = k; m <= e; m++) p->u[m].group = p->ngroups;
        p->ngroups++;
        k = e + 1;
    }
}

static int group_size(const psent *p, int g) {
    int n = 0;
    for (int k = 0; k < p->nu; k++) n += p->u[k].group == g && p->u[k].ref < 0;
    return n;
}

/* TABARI's pronoun rules (manual 7.7). */
static int pronoun_ref(const ev_ctx *c, const psent *p, int i) {
    static const char *const first[] = { "he", "she", "it", NULL }, *const near[] = { "its", "his", "her", NULL },
                             *const plural[] = { "they", "them", "their", NULL };
    int nearest = -1, firstg = -1, compound = -1;
    for (int k = 0; k < p->nu && p->u[k].end <= i; k++) {
        if (p->u[k].ref >= 0) continue;
        if (firstg < 0) firstg = p->u[k].group;
        if (compound < 0 && group_size(p, p->u[k].group) > 1) compound = p->u[k].group;
        nearest = p->u[k].group;
    }
    if (form_in(c, i, first)) return firstg;
    if (form_in(c, i, near)) return nearest;
    if (form_in(c, i, plural)) return compound >= 0 ? compound : firstg;
    return -1;
}

/* Pronouns become units of their own, kept in token order. */
static void find_pronouns(ev_ctx *c, psent *p) {
    int base = p->nu;
    for (int i = 0; i < p->n; i++) {
        if (tok_actor(c, i) || (c->cur.tok[i].tag != MT_PRON && c->cur.tok[i].tag != MT_POSS)) continue;
        int g = pronoun_ref(c, p, i);
        if (g >= 0) add_unit(c, p, i, i + 1, NULL, g);
    }
    /* merge the pronoun units into token order (insertion: a few units) */
    for (int k = base; k < p->nu; k++) {
        punit u = p->u[k];
        u.group = p->ngroups++;
        int m = k;
        while (m > 0 && p->u[m - 1].start > u.start) { p->u[m] = p->u[m - 1]; m--; }
        p->u[m] = u;
    }
}

/* ---- commas and clauses ---- */

static int words_between(const ev_ctx *c, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) n += c->cur.tok[i].tag != MT_PUNCT;
    return n;
}

static int in_unit_span(const psent *p, int i) {
    for (int k = 0; k + 1 < p->nu; k++)
        if (p->u[k].group == p->u[k + 1].group && i >= p->u[k].end && i < p->u[k + 1].start) return 1;
    return 0;
}

static int next_comma(const ev_ctx *c, const psent *p, int from) {
    for (int i = from; i < p->n; i++) if (form_is(c, i, ",") && !in_unit_span(p, i)) return i;
    return -1;
}

/* Manual 7.8: a phrase of COMMA_MIN..COMMA_MAX words between two commas, or
 * between the last comma and the end, is dropped. */
static void drop_commas(ev_ctx *c, psent *p) {
    int end = p->n;
    while (end > 0 && c->cur.tok[end - 1].tag == MT_PUNCT) end--;
    for (int i = next_comma(c, p, 0); i >= 0;) {
        int j = next_comma(c, p, i + 1);
        int stop = j >= 0 ? j : end, w = words_between(c, i + 1, stop);
        if (w >= COMMA_MIN && w <= COMMA_MAX) {
            for (int k = i; k < (j >= 0 ? j + 1 : end); k++) p->dropped[k] = 1;
            i = j >= 0 ? next_comma(c, p, j + 1) : -1;
        } else {
            i = j;
        }
    }
}

static int nounish(uint8_t t) { return t == MT_NOUN || t == MT_PROPN; }

/* A conjunction ends a clause unless it joins actors ("X and Y"), nouns
 * ("bombs and rockets", adjectives allowed before the second) or
 * adjectives ("black and white"). */
static void find_conjunctions(ev_ctx *c, psent *p) {
    static const char *const conj[] = { "and", "but", "or", "nor", NULL };
    for (int i = 1; i + 1 < p->n; i++) {
        if (!form_in(c, i, conj) || p->dropped[i] || in_unit_span(p, i)) continue;
        uint8_t before = c->cur.tok[i - 1].tag;
        int j = i + 1;
        while (j < p->n && c->cur.tok[j].tag == MT_ADJ) j++;
        int after_noun = j < p->n && nounish(c->cur.tok[j].tag) && !tok_actor(c, j);
        int nouns = nounish(before) && !tok_actor(c, i - 1) && after_noun;
        int adjs = before == MT_ADJ && c->cur.tok[i + 1].tag == MT_ADJ;
        p->conj[i] = !nouns && !adjs;
    }
}

/* ---- one clause ---- */

typedef struct pclause {
    an_mtok *tok; int *map; int n;       /* kept tokens and their sentence index */
    an_mspan *slots; int *slot_group; int nslots;
} pclause;

/* The group a unit stands for (a pronoun's referent). */
static int unit_group(const psent *p, int u) { return p->u[u].ref >= 0 ? p->u[u].ref : p->u[u].group; }

static void build_clause(ev_ctx *c, const psent *p, int from, int to, pclause *k) {
    k->n = k->nslots = 0;
    for (int i = from; i < to; i++) {
        if (p->dropped[i]) continue;
        k->map[k->n] = i;
        k->tok[k->n++] = c->cur.tok[i];
    }
    /* a compound is one slot from its first actor to its last */
    for (int u = 0; u < p->nu; u++) {
        int s = -1, e = -1;
        for (int t = 0; t < k->n; t++) {
            if (k->map[t] == p->u[u].start) s = t;
            if (k->map[t] == p->u[u].end - 1) e = t + 1;
        }
        if (s < 0 || e < 0) continue;
        int g = unit_group(p, u);
        if (k->nslots && k->slot_group[k->nslots - 1] == g) { k->slots[k->nslots - 1].end = e; continue; }
        k->slots[k->nslots] = (an_mspan){ s, e };
        k->slot_group[k->nslots++] = g;
    }
}

static void group_side(const psent *p, int g, ev_side *s) {
    memset(s, 0, sizeof *s);
    for (int k = 0; k < p->nu && g >= 0; k++) {
        if (p->u[k].group != g || !p->u[k].a || s->n == EV_SIDE_MAX) continue;
        int dup = 0;
        for (int m = 0; m < s->n; m++) dup |= s->a[m] == p->u[k].a;
        if (!dup) s->a[s->n++] = p->u[k].a;
    }
}

/* Whether two groups share no actor code (the default searches want a
 * target with "a code distinct from the code of the source"). */
static int distinct(const psent *p, int g, int h) {
    if (h < 0) return 1;
    ev_side a, b;
    group_side(p, g, &a);
    group_side(p, h, &b);
    for (int i = 0; i < a.n; i++)
        for (int j = 0; j < b.n; j++)
            if (!strcmp(a.a[i]->code, b.a[j]->code)) return 0;
    return 1;
}

/* The first group (through pronouns) of a unit in sentence tokens [from, to)
 * not dropped, distinct from `other`; -1 if none. */
static int first_group(const psent *p, int from, int to, int other) {
    for (int u = 0; u < p->nu; u++) {
        if (p->u[u].start < from || p->u[u].start >= to || p->dropped[p->u[u].start]) continue;
        int g = unit_group(p, u);
        if (g != other && distinct(p, g, other)) return g;
    }
    return -1;
}

/* Could token i (sentence index) be a verb? Not inside an actor, not after
 * an article, not capitalised inside the sentence. */
static int verb_candidate(const ev_ctx *c, const psent *p, int i, int caps_text) {
    static const char *const art[] = { "the", "a", "an", NULL };
    if (tok_actor(c, i) || c->cur.tok[i].tag == MT_PUNCT) return 0;
    int prev = i - 1;
    while (prev >= 0 && p->dropped[prev]) prev--;
    if (prev >= 0 && form_in(c, prev, art)) return 0;
    const char *f = form_of(c, i);
    return !(i > 0 && !caps_text && isupper((unsigned char)f[0]));
}

/* Passive (manual 7.9): WAS, WERE or BEEN one or two words before the verb
 * and BY right after it. */
static int passive(const pclause *k, int h) {
    static const char *const aux[] = { "was", "were", "been", NULL };
    int before = 0;
    for (int d = 1; d <= 2 && h - d >= 0; d++)
        for (int a = 0; aux[a]; a++) before |= !strcasecmp(k->tok[h - d].form, aux[a]);
    return before && h + 1 < k->n && !strcasecmp(k->tok[h + 1].form, "by");
}

typedef struct pstate {
    int source;                  /* the source carried to later clauses; -1 none */
    int discard;
} pstate;

static void emit(ev_ctx *c, const psent *p, const an_mresult *r, int src, int tgt) {
    ev_draft d;
    memset(&d, 0, sizeof d);
    d.code = r->code;
    d.code2 = r->code2;
    d.clause = -1;
    d.explicit_target = r->target >= 0;
    group_side(p, src, &d.src);
    if (tgt >= 0) group_side(p, tgt, &d.tgt);
    else d.tgt = d.src;                          /* a compound acting on itself */
    ev_emit(c, &d);
}

/* Source and target of the match at clause token h; 0 when either is missing. */
static int roles(const psent *p, const pclause *k, const an_mresult *r, int h, int opener, const pstate *st,
                 int *src, int *tgt) {
    int verb = k->map[h];
    *src = r->source >= 0 ? k->slot_group[r->source] : -1;
    *tgt = r->target >= 0 ? k->slot_group[r->target] : -1;
    if (*src < 0) *src = opener >= 0 ? opener : st->source >= 0 ? st->source : first_group(p, 0, verb, *tgt);
    if (*src < 0) return 0;                                  /* no actor before the verb */
    if (*tgt < 0) {
        *tgt = first_group(p, verb + 1, k->map[k->n - 1] + 1, *src);
        if (*tgt < 0) *tgt = first_group(p, 0, verb, *src);
        if (*tgt < 0 && group_size(p, *src) < 2) return 0;
        if (r->source < 0 && r->target < 0 && passive(k, h)) { int t = *src; *src = *tgt; *tgt = t; }
    }
    return *src >= 0;
}

/* Code one clause: the first verb that gives an event. Returns 1 if coded. */
static int code_clause(ev_ctx *c, const psent *p, pclause *k, int caps_text, pstate *st) {
    int opener = -1;
    if (k->nslots && k->slots[0].start == 0) opener = k->slot_group[0];
    an_mresult sub;
    int sub_src = -1, sub_tgt = -1;
    for (int h = 0; h < k->n; h++) {
        if (!verb_candidate(c, p, k->map[h], caps_text)) continue;
        an_mquery q = { k->tok, k->n, h, k->slots, k->nslots, 1 };
        an_mresult r;
        if (!match_best(c->t->verbs, &q, &r)) continue;
        if (r.flags & PF_DISCARD) { st->discard = 1; return 0; }
        if (r.flags & PF_COMPLEX) return 0;
        if (!r.code && !r.code2) continue;
        int src, tgt;
        if (!roles(p, k, &r, h, opener, st, &src, &tgt)) continue;
        if (r.flags & PF_SUBORD) {                     /* "said": only if nothing else */
            if (sub_src < 0) { sub = r; sub_src = src; sub_tgt = tgt; }
            continue;
        }
        emit(c, p, &r, src, tgt);
        st->source = src;
        return 1;
    }
    if (sub_src >= 0) {
        emit(c, p, &sub, sub_src, sub_tgt);
        st->source = sub_src;
        return 1;
    }
    if (st->source < 0 && k->nslots) st->source = k->slot_group[0];   /* manual 7.6 */
    return 0;
}

static int all_caps(const ev_ctx *c) {
    for (int i = 0; i < c->cur.ntok; i++)
        for (const char *f = form_of(c, i); *f; f++)
            if (islower((unsigned char)*f)) return 0;
    return 1;
}

void ev_code_peer(ev_ctx *c) {
    psent p;
    memset(&p, 0, sizeof p);
    p.n = c->cur.ntok;
    an_arena *ar = c->arena;
    p.dropped = an_arena_alloc(ar, (size_t)p.n + 1);
    p.conj = an_arena_alloc(ar, (size_t)p.n + 1);
    p.u = an_arena_alloc(ar, ((size_t)p.n + 1) * sizeof *p.u);
    memset(p.dropped, 0, (size_t)p.n + 1);
    memset(p.conj, 0, (size_t)p.n + 1);
    find_units(c, &p);
    find_pronouns(c, &p);
    drop_commas(c, &p);
    find_conjunctions(c, &p);
    pclause k;
    k.tok = an_arena_alloc(ar, ((size_t)p.n + 1) * sizeof *k.tok);
    k.map = an_arena_alloc(ar, ((size_t)p.n + 1) * sizeof *k.map);
    k.slots = an_arena_alloc(ar, ((size_t)p.nu + 1) * sizeof *k.slots);
    k.slot_group = an_arena_alloc(ar, ((size_t)p.nu + 1) * sizeof *k.slot_group);
    pstate st = { -1, 0 };
    int caps = all_caps(c), first = c->n;
    for (int from = 0; from < p.n;) {
        int to = from;
        while (to < p.n && !p.conj[to]) to++;
        build_clause(c, &p, from, to, &k);
        if (k.n) code_clause(c, &p, &k, caps, &st);
        if (st.discard) { c->n = first; return; }
        from = to + 1;
    }
}
