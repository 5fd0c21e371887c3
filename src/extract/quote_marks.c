/* Quote marks paired into spans, one paragraph at a time.
 *
 * Real pages mix every convention: curly and straight double quotes, single
 * quotes as the only marks (AP style on some sites), single quotes nested in
 * double ones, a double quote closed by a single one ("make my day,'), and a
 * quote that runs over several paragraphs, where each paragraph opens again
 * and only the last one closes. Apostrophes inside words never reach here
 * (the scanner keeps them in the word); a mark's role comes from the spaces
 * around it. */
#include "quotes.h"
#include <string.h>

static int is_double(int m) { return m == QM_DOPEN || m == QM_DCLOSE || m == QM_DSTRAIGHT; }

/* Opens: space (or the paragraph start, a bracket, a dash) before, a word after. */
static int opener_like(const qtext *x, int i, int pend) {
    const qtok *t = &x->t[i];
    if (t->mark == QM_DCLOSE) return 0;
    if (i + 1 >= pend || (t->flags & QF_SPA)) return 0;
    if (t->mark == QM_DOPEN || t->mark == QM_SOPEN) return 1;
    if (t->flags & QF_SPB) return 1;
    const qtok *p = &x->t[i - 1];
    return p->type == QT_MARK || (p->type == QT_PUNCT && !(p->flags & QF_TERM) && x->body[p->s] != ',');
}

/* Closes: attached to what it follows, space or punctuation after. */
static int closer_like(const qtext *x, int i, int pend) {
    const qtok *t = &x->t[i];
    if (t->mark == QM_DOPEN || t->mark == QM_SOPEN) return 0;
    if (t->mark == QM_DCLOSE) return 1;
    if (t->flags & QF_SPB) return 0;
    return i + 1 >= pend || (t->flags & QF_SPA) || x->t[i + 1].type != QT_WORD;
}

static int later_double_closer(const qtext *x, int i, int pend) {
    for (int j = i + 1; j < pend; j++)
        if (x->t[j].type == QT_MARK && is_double(x->t[j].mark) && closer_like(x, j, pend)) return 1;
    return 0;
}

/* Is there a single closer for a quote opened at i, counting nested pairs? */
static int later_single_closer(const qtext *x, int i, int pend) {
    int depth = 0;
    for (int j = i + 1; j < pend; j++) {
        const qtok *t = &x->t[j];
        if (t->type != QT_MARK || is_double(t->mark)) continue;
        int op = opener_like(x, j, pend), cl = closer_like(x, j, pend);
        if (op && !cl) depth++;
        else if (cl && depth-- == 0) return 1;
    }
    return 0;
}

/* "the leaders' plans": a plural possessive, when another closer follows. */
static int plural_possessive(const qtext *x, int i, int pend) {
    const qtok *p = &x->t[i - 1];
    if (p->type != QT_WORD || (x->body[p->e - 1] != 's' && x->body[p->e - 1] != 'S')) return 0;
    if (i + 1 >= pend || x->t[i + 1].type != QT_WORD || (x->t[i + 1].flags & QF_CAP)) return 0;
    return later_single_closer(x, i, pend);
}

static void add_span(qtext *x, int *cap, int open, int close, int pend) {
    if (x->nq == *cap) {
        int nc = *cap ? *cap * 2 : 64;
        x->q = an_arena_grow(x->scratch, x->q, (size_t)*cap, (size_t)nc, sizeof *x->q);
        *cap = nc;
    }
    qspan *s = &x->q[x->nq];
    memset(s, 0, sizeof *s);
    s->open = open;
    s->close = close;
    s->first = open + 1;
    s->last = (close >= 0 ? close : pend) - 1;
    s->para = x->t[open].para;
    s->words = qword_count(x, s->first, s->last + 1);
    x->nq++;
}

typedef struct { int dopen, sopen, nest; } pstate;

static void on_double(qtext *x, int *cap, pstate *st, int i, int pend) {
    int op = opener_like(x, i, pend), cl = closer_like(x, i, pend);
    if (st->sopen >= 0) {                       /* double marks nested in a single-quoted quote */
        if (op && !cl) st->nest++;
        else if (cl && st->nest > 0) st->nest--;
        return;
    }
    if (st->dopen < 0) {
        if (op) { st->dopen = i; st->nest = 0; }
        return;
    }
    if (op && !cl) { st->dopen = i; st->nest = 0; return; }   /* the earlier one never closed */
    add_span(x, cap, st->dopen, i, pend);
    st->dopen = -1;
}

static void on_single(qtext *x, int *cap, pstate *st, int i, int pend) {
    int op = opener_like(x, i, pend), cl = closer_like(x, i, pend);
    if (st->dopen >= 0) {
        if (op && !cl) st->nest++;
        else if (cl && !op) {
            if (st->nest > 0) st->nest--;
            else if (!later_double_closer(x, i, pend)) {         /* "not conceivable' */
                add_span(x, cap, st->dopen, i, pend);
                st->dopen = -1;
            }
        }
        return;
    }
    if (st->sopen >= 0) {
        if (op && !cl) st->nest++;
        else if (cl) {
            if (st->nest > 0) st->nest--;
            else if (!plural_possessive(x, i, pend)) { add_span(x, cap, st->sopen, i, pend); st->sopen = -1; }
        }
        return;
    }
    if (op && !cl && later_single_closer(x, i, pend)) { st->sopen = i; st->nest = 0; }
}

static void pair_para(qtext *x, int *cap, int pa, int pend) {
    pstate st = { -1, -1, 0 };
    for (int i = pa; i < pend; i++) {
        if (x->t[i].type != QT_MARK) continue;
        if (is_double(x->t[i].mark)) on_double(x, cap, &st, i, pend);
        else on_single(x, cap, &st, i, pend);
    }
    if (st.dopen >= 0) add_span(x, cap, st.dopen, -1, pend);
    else if (st.sopen >= 0) add_span(x, cap, st.sopen, -1, pend);
}

static int is_small_word(const qtext *x, int i) {
    return qtok_in(x, i, QW_SMALL);
}

/* "Meet the Press", "Big Beast": a few capitalised words inside a sentence. */
static int title_like(const qtext *x, const qspan *s) {
    if (s->words < 1 || s->words > 6 || s->close < 0 || s->open == 0) return 0;
    const qtok *before = &x->t[s->open - 1];
    if ((x->t[s->open].flags & QF_SENT) || before->type != QT_WORD || before->para != s->para) return 0;
    int caps = 0, upper = 0;
    for (int i = s->first; i <= s->last; i++) {
        const qtok *t = &x->t[i];
        if (t->type == QT_PUNCT) {
            if (i == s->last && (x->body[t->s] == '.' || x->body[t->s] == ',')) continue;
            if (x->body[t->s] == '-' || x->body[t->s] == '&') continue;
            return 0;
        }
        if (t->type != QT_WORD) return 0;
        if (t->flags & QF_CAP) { caps++; upper += (t->flags & QF_UPPER) != 0; continue; }
        if (!is_small_word(x, i)) return 0;
    }
    return caps > 0 && !(upper == caps && caps > 1);
}

/* A paragraph left open, followed by one that opens again: one quote. Other
 * unclosed marks are strays and are dropped. */
static void link_paragraphs(qtext *x) {
    int w = 0;
    for (int k = 0; k < x->nq; k++) {
        qspan s = x->q[k];
        const qspan *prev = w ? &x->q[w - 1] : NULL;
        s.cont = prev && prev->close < 0 && (x->t[s.open].flags & QF_PARA) && s.para == prev->para + 1;
        if (s.close < 0) {
            int next_opens = 0;
            for (int j = k + 1; j < x->nq; j++)
                if (x->q[j].para == s.para + 1) { next_opens = (x->t[x->q[j].open].flags & QF_PARA) != 0; break; }
                else if (x->q[j].para > s.para + 1) break;
            if (!next_opens) continue;
        }
        x->q[w++] = s;
    }
    x->nq = w;
}

void qmarks_pair(qtext *x) {
    int cap = 0, i = 0;
    x->q = NULL;
    x->nq = 0;
    while (i < x->nt) {
        int j = i + 1;
        while (j < x->nt && x->t[j].para == x->t[i].para) j++;
        pair_para(x, &cap, i, j);
        i = j;
    }
    link_paragraphs(x);
    for (int k = 0; k < x->nq; k++) {
        qspan *s = &x->q[k];
        int end = s->close >= 0 ? s->close : s->last;
        for (int t = s->open; t <= end; t++) x->t[t].span = k;
        s->title = title_like(x, s);
    }
}

/* The comma before an attribution ('"...," he said') is not part of the quote. */
int qspan_text_last(const qtext *x, const qspan *s) {
    int l = s->last;
    while (l > s->first && x->t[l].type == QT_PUNCT && (x->body[x->t[l].s] == ',' || x->body[x->t[l].s] == ';')) l--;
    return l;
}
