/* Speaker phrases resolved to names.
 *
 * The article is its own gazetteer: every capitalised run that is a person's
 * name ("Secretary of State Marco Rubio" gives "Marco Rubio") is recorded
 * with the title words before it and, where the text or the first name tells,
 * a gender. A speaker phrase then becomes the fullest name the article gives
 * for its surname; "he"/"she" the nearest earlier speaker or sentence subject
 * of a compatible gender; "the person" the last anonymous source; "the
 * Ukrainian leader" the nearest person whose titles share its words. */
#include "quotes.h"
#include "phrases.h"
#include "../core/buf.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { G_UNKNOWN = 0, G_MALE, G_FEMALE };

typedef struct qperson {
    char *name, *surname, *titles;          /* scratch strings; titles lower case, space separated */
    size_t surname_len;                     /* compared first: most runs are not this person */
    int gender;
} qperson;

typedef struct qmention { int tok, person, subject; } qmention;

struct qnames {
    qperson *p;
    int n, cap;
    qmention *m;
    int nm, mcap;
};

static char *tok_dup(const qtext *x, int i, an_arena *a) {
    uint32_t s = x->t[i].s, e = x->t[i].e;
    if (x->t[i].flags & QF_POSS) e -= x->body[e - 2] == '\'' ? 2 : 4;
    return an_arena_strndup(a, x->body + s, e - s);
}

char *qtext_join(const qtext *x, int a, int b, an_arena *out) {
    an_buf buf;
    an_buf_init(&buf);
    int space = 0;                              /* a dropped mark keeps the space before it */
    for (int k = a; k < b; k++) {
        const qtok *t = &x->t[k];
        space |= (t->flags & QF_SPB) != 0;
        if (t->type == QT_MARK) continue;
        if (buf.n && space && t->type == QT_WORD) an_buf_addc(&buf, ' ');
        an_buf_add(&buf, x->body + t->s, t->e - t->s);
        space = 0;
    }
    while (buf.n && strchr(".,;:", buf.p[buf.n - 1])) buf.p[--buf.n] = 0;
    char *s = an_arena_strndup(out, buf.p ? buf.p : "", buf.n);
    an_buf_free(&buf);
    return s;
}

/* ---- capitalised runs ---- */

typedef struct { int a, b, name_a; } qrun;   /* run [a, b); the name proper starts at name_a */

static int is_name_tok(const qtext *x, int i) {
    return x->t[i].type == QT_WORD && (x->t[i].flags & QF_CAP) && !(x->t[i].flags & QF_UPPER && x->t[i].e - x->t[i].s > 4);
}

/* The run of capitalised words ending at or after i, within [i, lim). */
static int run_at(const qtext *x, int i, int lim, qrun *r) {
    if (i >= lim || !is_name_tok(x, i)) return 0;
    int k = i + 1;
    while (k < lim && !(x->t[k - 1].flags & QF_POSS)) {
        if (is_name_tok(x, k) && !(x->t[k].flags & QF_SENT)) { k++; continue; }
        if (qw_particle(x, k) && k + 1 < lim && is_name_tok(x, k + 1)) { k += 2; continue; }
        if (qw_particle(x, k) && k + 2 < lim && qw_particle(x, k + 1) && is_name_tok(x, k + 2)) { k += 3; continue; }
        break;
    }
    r->a = i;
    r->b = k;
    r->name_a = i;
    for (int j = i; j < k; j++) if (qtok_in(x, j, QW_TITLE) || qw_determiner(x, j)) r->name_a = j + 1;
    return 1;
}

static int run_has_org(const qtext *x, const qrun *r) {
    for (int j = r->name_a < r->b ? r->name_a : r->a; j < r->b; j++) if (qtok_in(x, j, QW_ORG)) return 1;
    return 0;
}

static int find_person(const qnames *nm, const qtext *x, int tok) {
    uint32_t s = x->t[tok].s, e = x->t[tok].e;
    if (x->t[tok].flags & QF_POSS) e -= x->body[e - 2] == '\'' ? 2 : 4;
    for (int i = 0; i < nm->n; i++)
        if (nm->p[i].surname_len == e - s && !strncasecmp(x->body + s, nm->p[i].surname, e - s)) return i;
    return -1;
}

static int gender_near(const qtext *x, const qrun *r) {
    int first = r->name_a;
    if (qtok_in(x, first, QW_FEMALE_FIRST)) return G_FEMALE;
    if (qtok_in(x, first, QW_MALE_FIRST)) return G_MALE;
    for (int j = r->a - 3; j < r->name_a; j++) {
        if (j < 0) continue;
        if (qtok_in(x, j, QW_FEMALE_ROLE)) return G_FEMALE;
        if (qtok_in(x, j, QW_MALE_ROLE)) return G_MALE;
    }
    if (qtok_punct(x, r->b, ','))                     /* "Kelly, the White House spokeswoman," */
        for (int j = r->b + 1; j < x->nt && j < r->b + 9 && !qtok_punct(x, j, ','); j++) {
            if (qtok_in(x, j, QW_FEMALE_ROLE)) return G_FEMALE;
            if (qtok_in(x, j, QW_MALE_ROLE)) return G_MALE;
        }
    return G_UNKNOWN;
}

static char *titles_of(const qtext *x, const qrun *r, an_arena *a) {
    an_buf b;
    an_buf_init(&b);
    for (int j = r->a - 3 > 0 ? r->a - 3 : 0; j < r->name_a; j++) {
        if (x->t[j].type != QT_WORD || (j < r->a && !qw_role(x, j))) continue;
        for (uint32_t c = x->t[j].s; c < x->t[j].e; c++) an_buf_addc(&b, (char)tolower((unsigned char)x->body[c]));
        an_buf_addc(&b, ' ');
    }
    char *s = an_arena_strndup(a, b.p ? b.p : "", b.n);
    an_buf_free(&b);
    return s;
}

static void add_person(qnames *nm, const qtext *x, const qrun *r) {
    int last = r->b - 1, len = r->b - r->name_a;
    int have = find_person(nm, x, last);
    if (have >= 0) {
        qperson *p = &nm->p[have];
        if (!p->gender) p->gender = gender_near(x, r);
        char *more = titles_of(x, r, x->scratch);
        if (*more) {
            size_t n = strlen(p->titles) + strlen(more) + 1;
            char *t = an_arena_alloc(x->scratch, n);
            snprintf(t, n, "%s%s", p->titles, more);
            p->titles = t;
        }
        if (len > 1 && strchr(p->name, ' ') == NULL) p->name = qtext_join(x, r->name_a, r->b, x->scratch);
        return;
    }
    if (len < 2) return;
    if (nm->n == nm->cap) {
        int nc = nm->cap ? nm->cap * 2 : 16;
        nm->p = an_arena_grow(x->scratch, nm->p, (size_t)nm->cap, (size_t)nc, sizeof *nm->p);
        nm->cap = nc;
    }
    qperson *p = &nm->p[nm->n++];
    p->name = qtext_join(x, r->name_a, r->b, x->scratch);
    char *poss = strstr(p->name, "'s");
    if (!poss) poss = strstr(p->name, "\xE2\x80\x99s");
    if (poss && (poss[poss[0] == '\'' ? 2 : 4] == 0)) *poss = 0;
    p->surname = tok_dup(x, last, x->scratch);
    p->surname_len = strlen(p->surname);
    p->gender = gender_near(x, r);
    p->titles = titles_of(x, r, x->scratch);
}

static void add_mention(qnames *nm, const qtext *x, int tok, int person, int subject) {
    if (nm->nm == nm->mcap) {
        int nc = nm->mcap ? nm->mcap * 2 : 64;
        nm->m = an_arena_grow(x->scratch, nm->m, (size_t)nm->mcap, (size_t)nc, sizeof *nm->m);
        nm->mcap = nc;
    }
    nm->m[nm->nm++] = (qmention){ tok, person, subject };
}

static int in_quote(const qtext *x, int i) { return x->t[i].span >= 0 && !x->q[x->t[i].span].title; }

/* Persons first (names need the whole article), then mentions with a flag
 * for the first person named in each sentence, its likely subject. */
qnames *qnames_build(qtext *x) {
    qnames *nm = an_arena_alloc(x->scratch, sizeof *nm);
    qrun r;
    for (int i = 0; i < x->nt; i++)
        if (run_at(x, i, x->nt, &r)) {
            if (r.name_a < r.b && !run_has_org(x, &r)) add_person(nm, x, &r);
            i = r.b - 1;
        }
    int sent_has = 0;
    for (int i = 0; i < x->nt; i++) {
        if (x->t[i].flags & QF_SENT) sent_has = 0;
        if (in_quote(x, i) || !run_at(x, i, x->nt, &r)) continue;
        int last = r.b - 1, person = r.name_a < r.b && !run_has_org(x, &r) ? find_person(nm, x, last) : -1;
        if (person >= 0 && !(x->t[last].flags & QF_POSS)) {
            add_mention(nm, x, last, person, !sent_has);
            sent_has = 1;
        }
        i = r.b - 1;
    }
    return nm;
}

/* ---- speaker phrases ---- */

/* The name a speaker phrase ends in. The phrase's head comes before any
 * comma or "of"/"at" ("David Wyss of Standard & Poor's", "a dealer at one
 * U.S. bank"), and a run that does not end the head only modifies it: "a
 * Reagan administration official" is an anonymous official, not Reagan. */
static int last_run(const qtext *x, int a, int b, qrun *out) {
    int lim = a;
    while (lim < b && !qtok_punct(x, lim, ',') &&
           !(lim > a && (qtok_is(x, lim, "of") || qtok_is(x, lim, "at")) && !qtok_in(x, lim - 1, QW_TITLE)))
        lim++;
    int found = 0;
    qrun r;
    for (int i = a; i < lim; i++)
        if (run_at(x, i, lim, &r)) {
            found = r.b == lim;
            if (found) *out = r;
            i = r.b - 1;
        }
    return found;
}

qnp_kind qnp_classify(const qtext *x, int a, int b) {
    if (b <= a) return NP_NONE;
    if (b - a == 1 && qw_pronoun(x, a)) return NP_PRONOUN;
    qrun r;
    int has_run = last_run(x, a, b, &r);
    if (has_run && (r.name_a < r.b || run_has_org(x, &r))) return NP_NAME;
    int anon = 0, role = 0;
    for (int k = a; k < b; k++) { anon |= qw_anon_head(x, k); role |= qw_role(x, k); }
    int definite = qtok_is(x, a, "the") || qtok_is(x, a, "this") || qtok_is(x, a, "that");
    if (anon) return definite && b - a <= 3 ? NP_ANON_REF : NP_ANON;
    if (role && definite) return NP_ROLE;
    return NP_NONE;
}

/* ---- resolution ---- */

typedef struct qhist { int pos, person; } qhist;

typedef struct resolver {
    qtext *x;
    qnames *nm;
    qhist *h;
    int nh, caph;
    const char *last_anon;
    an_arena *out;
} resolver;

static int compatible(const qperson *p, int gender) { return !gender || !p->gender || p->gender == gender; }

/* The nearest earlier speaker or sentence subject that fits `want`. */
static int nearest(const resolver *rv, int pos, int gender, const char *words) {
    int best = -1, best_pos = -1;
    for (int i = 0; i < rv->nh; i++) {
        const qhist *h = &rv->h[i];
        if (h->pos < pos && h->pos > best_pos && h->person >= 0 && compatible(&rv->nm->p[h->person], gender) &&
            (!words || strstr(rv->nm->p[h->person].titles, words))) { best = h->person; best_pos = h->pos; }
    }
    for (int i = 0; i < rv->nm->nm; i++) {
        const qmention *m = &rv->nm->m[i];
        if (m->tok >= pos) break;
        if (m->subject && m->tok > best_pos && compatible(&rv->nm->p[m->person], gender) &&
            (!words || strstr(rv->nm->p[m->person].titles, words))) { best = m->person; best_pos = m->tok; }
    }
    return best;
}

static int pronoun_gender(const qtext *x, int i) { return qtok_is(x, i, "she") ? G_FEMALE : qtok_is(x, i, "he") ? G_MALE : -1; }

/* "the Ukrainian leader": the nearest person whose titles share a word. */
static int role_person(const resolver *rv, int a, int b) {
    const qtext *x = rv->x;
    for (int k = a; k < b; k++) {
        if (qw_determiner(x, k) || x->t[k].type != QT_WORD) continue;
        char w[40];
        size_t n = x->t[k].e - x->t[k].s;
        if (n + 2 >= sizeof w) continue;
        for (size_t c = 0; c < n; c++) w[c] = (char)tolower((unsigned char)x->body[x->t[k].s + c]);
        w[n] = ' ';
        w[n + 1] = 0;
        if (!strcmp(w, "leader ") || !strcmp(w, "official ")) continue;    /* too generic to match on */
        int p = nearest(rv, a, 0, w);
        if (p >= 0) return p;
    }
    return -1;
}

static const char *name_speaker(resolver *rv, int a, int b, int *person) {
    const qtext *x = rv->x;
    qrun r;
    if (!last_run(x, a, b, &r)) return NULL;
    if (r.name_a < r.b) {
        *person = find_person(rv->nm, x, r.b - 1);
        if (*person >= 0) return an_arena_strdup(rv->out, rv->nm->p[*person].name);
        return qtext_join(x, r.name_a, r.b, rv->out);
    }
    int s = r.a;
    while (s < r.b && (qtok_is(x, s, "the") || qtok_is(x, s, "a"))) s++;
    return qtext_join(x, s, r.b, rv->out);
}

static void remember(resolver *rv, int pos, int person) {
    /* doubling: the arena keeps every old copy, so growing by one would make
     * the history quadratic in memory on a long article */
    if (rv->nh == rv->caph) {
        int nc = rv->caph ? rv->caph * 2 : 32;
        rv->h = an_arena_grow(rv->x->scratch, rv->h, (size_t)rv->caph, (size_t)nc, sizeof *rv->h);
        rv->caph = nc;
    }
    rv->h[rv->nh++] = (qhist){ pos, person };
}

static void resolve_one(resolver *rv, qact *q, const qact *prev) {
    const qtext *x = rv->x;
    int a = q->at.np_a, b = q->at.np_b, person = -1;
    if (q->inherit) {
        if (prev) { q->speaker = prev->speaker; q->anon = prev->anon; }
        return;
    }
    if (a < 0) return;
    switch (qnp_classify(x, a, b)) {
    case NP_NAME:
        q->speaker = name_speaker(rv, a, b, &person);
        break;
    case NP_PRONOUN: {
        int g = pronoun_gender(x, a);
        if (g < 0) { if (prev && prev->speaker && x->t[a].para - x->t[prev->a].para <= 1) q->speaker = prev->speaker; break; }
        person = nearest(rv, a, g, NULL);
        if (person >= 0) {
            q->speaker = rv->nm->p[person].name;
            if (!rv->nm->p[person].gender) rv->nm->p[person].gender = g;
        }
        break;
    }
    case NP_ANON_REF:
        q->anon = 1;
        q->speaker = rv->last_anon ? rv->last_anon : qtext_join(x, a, b, rv->out);
        break;
    case NP_ANON:
        q->anon = 1;
        q->speaker = rv->last_anon = qtext_join(x, a, b, rv->out);
        break;
    case NP_ROLE:
        person = role_person(rv, a, b);
        q->speaker = person >= 0 ? rv->nm->p[person].name : qtext_join(x, a, b, rv->out);
        break;
    default:
        break;
    }
    if (q->speaker && !q->anon && person >= 0) q->speaker = an_arena_strdup(rv->out, q->speaker);
    remember(rv, q->at.cue >= 0 ? q->at.cue : a, person);
}

void qspeakers_resolve(qtext *x, qnames *nm, qacts *acts, an_arena *out) {
    resolver rv = { .x = x, .nm = nm, .out = out };
    const qact *prev = NULL;
    for (int i = 0; i < acts->n; i++) {
        qact *q = &acts->v[i];
        if ((int)q->kind < 0) { prev = NULL; continue; }
        resolve_one(&rv, q, prev);
        prev = q;
    }
}
