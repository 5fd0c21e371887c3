/* Speech acts and their attribution.
 *
 * quotes_find() lists every act: marked quotes (one act per quote, a quote
 * continued over paragraphs being one act), block quotes after an
 * introducing line that ends in a colon, and sentences of reported speech
 * ("Rubio said that...", "..., Ushakov said."), some of which turn out to be
 * quotes whose marks were lost ("India is ... for profit. They don't care
 * ..., Trump posted online."). quotes_attribute() then finds, for each marked
 * quote, the cue verb and the phrase naming the speaker, and decides direct
 * against partial. Names are resolved later, in speakers.c. */
#include "quotes.h"
#include "phrases.h"
#include <stdlib.h>
#include <string.h>

static qact *act_new(qtext *x, qacts *v, an_quote_kind kind, int a, int b) {
    if (v->n == v->cap) {
        int nc = v->cap ? v->cap * 2 : 32;
        v->v = an_arena_grow(x->scratch, v->v, (size_t)v->cap, (size_t)nc, sizeof *v->v);
        v->cap = nc;
    }
    qact *q = &v->v[v->n++];
    memset(q, 0, sizeof *q);
    q->kind = kind;
    q->a = a;
    q->b = b;
    q->s = x->t[a].s;
    q->e = x->t[b - 1].e;
    q->span = q->span_last = -1;
    q->at.cue = q->at.np_a = q->at.to_a = -1;
    q->at.end = b;
    return q;
}

/* Tokens are in text order, so their paragraph numbers never decrease: a
 * binary search keeps this from making long articles quadratic. */
static int para_first(const qtext *x, int p) {
    int lo = 0, hi = x->nt;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (x->t[mid].para < p) lo = mid + 1; else hi = mid;
    }
    return lo < x->nt && x->t[lo].para == p ? lo : -1;
}

static int is_char(const qtext *x, int i, const char *chars) {
    if (i < 0 || i >= x->nt || x->t[i].type != QT_PUNCT) return 0;
    unsigned char c = (unsigned char)x->body[x->t[i].s];
    if (c == 0xE2) return strchr(chars, '-') != NULL;       /* dashes and the ellipsis */
    return strchr(chars, c) != NULL;
}

/* ---- a cue before a position, within a sentence ---- */

static int fill_from_cue(const qtext *x, int lo, int k, int len, qattr *at) {
    int a = -1, b = -1;
    if (len == 2) {                                          /* according to X */
        b = qnp_forward(x, k + 2);
        a = b > k + 2 ? k + 2 : -1;
    } else if (qcue_participle(x, k) && (qtok_punct(x, k - 1, ',') ||
                                         (x->t[k - 1].type == QT_MARK && qtok_punct(x, k - 2, ',')))) {
        if (!qnp_subject(x, lo, k, &a, &b)) a = -1;          /* "Zelensky ..., saying:" */
    } else if (!qnp_before(x, k, lo, &a, &b)) {
        a = -1;
        if ((qtok_is(x, k - 1, "and") || qtok_is(x, k - 1, "but")) && !qnp_subject(x, lo, k, &a, &b)) a = -1;
    }
    if (a < 0) return 0;
    at->cue = k;
    at->cue_n = len;
    at->np_a = a;
    at->np_b = b;
    qattr_object(x, k, at);
    return 1;
}

/* The nearest cue before `pos` in the sentence starting at lo decides. */
static int cue_before(const qtext *x, int lo, int pos, qattr *at) {
    for (int k = pos - 1; k >= lo; k--) {
        if (x->t[k].span >= 0 && !x->q[x->t[k].span].title) continue;
        if (qtok_is(x, k, "to") && qcue_len(x, k - 1, 0) == 2) k--;
        int len = qcue_len(x, k, 0);
        if (len) return fill_from_cue(x, lo, k, len, at);
    }
    return 0;
}

/* "..., stating:" at the end of the paragraph before p. */
static int colon_intro(const qtext *x, int p, qattr *at) {
    int first = para_first(x, p);
    if (first <= 0 || !qtok_punct(x, first - 1, ':')) return 0;
    int colon = first - 1;
    return cue_before(x, qsent_start(x, colon), colon, at);
}

/* ---- attribution after a quote: '"...," Trump said' / '"...," said Liana Fix' ---- */

static int np_valid(const qtext *x, int a, int b) {
    if (b <= a || b - a > 9) return 0;
    if (qnp_forward(x, a) < b) return 0;
    return qnp_classify(x, a, b) != NP_NONE;
}

static int after_attr(const qtext *x, int close, qattr *at) {
    if (close < 0 || close + 1 >= x->nt) return 0;
    int i = close + 1;
    int lc = close - 1;
    if (x->t[lc].type == QT_MARK) lc--;                    /* "...'Right, what ...?'" Macron said */
    int attributive = is_char(x, lc, ",!?-");
    if (qtok_punct(x, i, ',')) { attributive = 1; i++; }
    if (!attributive || i >= x->nt || x->t[i].para != x->t[close].para) return 0;
    int len = qcue_len(x, i, 0);
    if (len) {
        int b = qnp_forward(x, i + len);
        if (b <= i + len || qnp_classify(x, i + len, b) == NP_NONE) return 0;
        *at = (qattr){ .cue = i, .cue_n = len, .np_a = i + len, .np_b = b, .to_a = -1, .to_b = -1 };
        at->end = qsent_end(x, i);
        return 1;
    }
    for (int k = i; k < i + 16 && k < x->nt && x->t[k].para == x->t[i].para; k++) {
        const qtok *t = &x->t[k];
        if ((t->flags & QF_TERM) || qtok_punct(x, k, ';') || (t->span >= 0 && !x->q[t->span].title)) break;
        if (!(len = qcue_len(x, k, 0))) continue;
        int b = i;
        while (b < k && !qtok_punct(x, b, ',')) b++;
        while (b > i && b == k && qw_adverb(x, b - 1)) b--;
        if (!np_valid(x, i, b)) return 0;
        *at = (qattr){ .cue = k, .cue_n = len, .np_a = i, .np_b = b };
        qattr_object(x, k, at);
        at->end = qsent_end(x, k);
        return 1;
    }
    return 0;
}

/* ---- marked quotes ---- */

static void find_marked(qtext *x, qacts *v) {
    for (int k = 0; k < x->nq; k++) {
        const qspan *s = &x->q[k];
        if (s->title || s->last < s->first) continue;
        int end = s->close >= 0 ? s->close : s->last;
        qact *prev = v->n ? &v->v[v->n - 1] : NULL;
        if (s->cont && prev && prev->span_last == k - 1) {   /* the same quote, next paragraph */
            prev->span_last = k;
            prev->b = end + 1;
            prev->e = x->t[qspan_text_last(x, s)].e;
            continue;
        }
        qact *q = act_new(x, v, AN_QUOTE_DIRECT, s->open, end + 1);
        q->s = x->t[s->first].s;
        q->e = x->t[qspan_text_last(x, s)].e;
        q->span = q->span_last = k;
    }
}

static int lead_has_cue(const qtext *x, int ss, int open) {
    for (int k = ss; k < open; k++)
        if (!(x->t[k].span >= 0 && !x->q[x->t[k].span].title) && qcue_len(x, k, 0)) return 1;
    return 0;
}

/* A whole quoted sentence: nothing of the reporter's before it but an
 * introduction ("Rubio said", "Macron said:"), and nothing after it but an
 * attribution. Anything else makes it a fragment inside the reporter's
 * sentence. */
static an_quote_kind marked_kind(const qtext *x, int open, int close, int last, int attributed_after) {
    int lead_ok = (x->t[open].flags & (QF_SENT | QF_PARA)) || qtok_punct(x, open - 1, ':') ||
                  qcue_len(x, open - 1, 0) || (qtok_punct(x, open - 1, ',') && qcue_len(x, open - 2, 0));
    int n = close >= 0 ? close + 1 : last + 1;
    int tail_ok = close < 0 || attributed_after || n >= x->nt || x->t[n].para != x->t[open].para ||
                  (x->t[n].flags & QF_SENT) ||
                  (is_char(x, n, ".!?;") && (n + 1 >= x->nt || (x->t[n + 1].flags & QF_SENT) ||
                                             x->t[n + 1].para != x->t[n].para));
    return lead_ok && tail_ok ? AN_QUOTE_DIRECT : AN_QUOTE_PARTIAL;
}

static int act_end(const qact *q) { return q->at.end > q->b ? q->at.end : q->b; }

static void attribute_marked(qtext *x, qacts *v, int i) {
    qact *q = &v->v[i];
    const qspan *f = &x->q[q->span], *l = &x->q[q->span_last];
    int ss = qsent_start(x, f->open), after = 0, ok;
    if (lead_has_cue(x, ss, f->open)) {
        ok = cue_before(x, ss, f->open, &q->at);
        if (!ok) ok = after = after_attr(x, l->close, &q->at);
    } else {
        ok = after = after_attr(x, l->close, &q->at);
        if (!ok && (x->t[f->open].flags & QF_PARA)) ok = colon_intro(x, f->para, &q->at);
    }
    int tail = l->close >= 0 ? l->close : l->last;
    int end = qsent_end(x, tail);
    if (!ok) {
        q->at = (qattr){ .cue = -1, .np_a = -1, .to_a = -1, .to_b = -1 };
        q->inherit = i > 0 && act_end(&v->v[i - 1]) == f->open;
    }
    if (q->at.end < end) q->at.end = end;
    q->kind = marked_kind(x, f->open, l->close, l->last, after);
    int words = 0;
    for (int k = q->span; k <= q->span_last; k++) words += x->q[k].words;
    /* a word or two, unattributed or not a whole sentence: a scare quote */
    if ((!ok && !q->inherit) || (q->kind == AN_QUOTE_PARTIAL && words < 2)) q->kind = (an_quote_kind)-1;
}

/* ---- block quotes ---- */

static void find_blocks(qtext *x, qacts *v) {
    for (int p = 1; p < x->nparas; p++) {
        int first = para_first(x, p);
        if (first < 0 || x->t[first].span >= 0) continue;
        qattr at = { .cue = -1 };
        if (!colon_intro(x, p, &at)) continue;
        int last = first;
        while (last + 1 < x->nt && x->t[last + 1].para == p) last++;
        qact *q = act_new(x, v, AN_QUOTE_BLOCK, first, last + 1);
        q->at = at;
        q->at.end = last + 1;
    }
}

/* ---- reported speech and quotes that lost their marks ---- */

static int first_person(const qtext *x, int a, int b) {
    for (int k = a; k < b; k++) {
        const qtok *t = &x->t[k];
        /* "US" is a country; "I" is the only capitalised form that counts mid-sentence */
        if ((t->flags & QF_UPPER) || ((t->flags & QF_CAP) && !(t->flags & QF_SENT) && x->body[t->s] != 'I')) continue;
        if (qtok_in(x, k, QW_FIRST_PERSON)) return 1;
    }
    return 0;
}

/* Contractions, exclamations: the marks of speech, not of reporting. */
static int speechlike(const qtext *x, int a, int b) {
    static const char *const endings[] = { "n't", "n’t", "'re", "’re", "'ll", "’ll", "'ve", "’ve", NULL };
    for (int k = a; k < b; k++) {
        const qtok *t = &x->t[k];
        if (is_char(x, k, "!")) return 1;
        if (t->type != QT_WORD) continue;
        for (int e = 0; endings[e]; e++) {
            size_t n = strlen(endings[e]);
            if (t->e - t->s > n && !strncmp(x->body + t->e - n, endings[e], n)) return 1;
        }
    }
    return first_person(x, a, b);
}

static int has_span_or_cue(const qtext *x, int a, int b) {
    for (int k = a; k < b; k++)
        if ((x->t[k].span >= 0 && !x->q[x->t[k].span].title) || qcue_len(x, k, 0)) return 1;
    return 0;
}

/* ", Ushakov said." / ", said Witkoff." / ", according to the officials." from i to lim. */
static int tail_attr(const qtext *x, int i, int lim, qattr *at) {
    int len = qcue_len(x, i, 1);
    if (len) {
        int b = qnp_forward(x, i + len);
        if (b <= i + len || qnp_classify(x, i + len, b) == NP_NONE) return 0;
        if (b != lim && !qtok_punct(x, b, ',')) return 0;
        *at = (qattr){ .cue = i, .cue_n = len, .np_a = i + len, .np_b = b, .to_a = -1, .to_b = -1 };
        return 1;
    }
    for (int k = i + 1; k < lim && k < i + 10; k++) {
        if (!(len = qcue_len(x, k, 1))) continue;
        int b = k;
        while (b > i && qw_adverb(x, b - 1)) b--;
        if (!np_valid(x, i, b) || lim - (k + len) > 10 || has_span_or_cue(x, k + len, lim)) return 0;
        *at = (qattr){ .cue = k, .cue_n = len, .np_a = i, .np_b = b };
        qattr_object(x, k, at);
        return 1;
    }
    return 0;
}

static int para_end_tok(const qtext *x, int i) {
    int p = x->t[i].para;
    while (i < x->nt && x->t[i].para == p) i++;
    return i;
}

/* Several sentences of speech before one trailing attribution, with no other
 * attribution in the paragraph: a quote whose marks were lost. */
static int unmarked_start(const qtext *x, int ss, int comma, int se) {
    if (first_person(x, ss, comma)) return ss;
    int pa = para_first(x, x->t[ss].para);
    if (pa == ss || se != para_end_tok(x, ss) || has_span_or_cue(x, pa, ss)) return -1;
    int sentences = 0;
    for (int k = pa; k < ss; k++) sentences += (x->t[k].flags & QF_SENT) != 0;
    return sentences <= 3 && speechlike(x, pa, comma) ? pa : -1;
}

static int trailing(qtext *x, qacts *v, int ss, int se) {
    int end = se;
    if (is_char(x, end - 1, ".!?")) end--;
    int tries = 0;
    for (int c = end - 2; c > ss + 2 && tries < 3; c--) {
        if (!qtok_punct(x, c, ',')) continue;
        tries++;
        qattr at;
        if (!tail_attr(x, c + 1, end, &at)) continue;
        if (qword_count(x, ss, c) < 3) return 0;
        int start = unmarked_start(x, ss, c, se);
        qact *q = act_new(x, v, start >= 0 ? AN_QUOTE_DIRECT : AN_QUOTE_INDIRECT, start >= 0 ? start : ss, c);
        q->at = at;
        q->at.end = se;
        return 1;
    }
    return 0;
}

/* "Rubio said Wednesday that ...", "According to Lavrov, ..." */
static int leading(qtext *x, qacts *v, int ss, int se) {
    int a, b, k, c;
    qattr at = { .cue = -1, .to_a = -1, .to_b = -1 };
    if (qcue_len(x, ss, 1) == 2) {
        b = qnp_forward(x, ss + 2);
        if (b <= ss + 2 || !qtok_punct(x, b, ',') || qnp_classify(x, ss + 2, b) == NP_NONE) return 0;
        at = (qattr){ .cue = ss, .cue_n = 2, .np_a = ss + 2, .np_b = b, .to_a = -1, .to_b = -1 };
        c = b + 1;
    } else {
        if (!qnp_subject(x, ss, se, &a, &b) || qnp_classify(x, a, b) == NP_NONE) return 0;
        k = b;
        if (qtok_punct(x, k, ',')) {                          /* "Kelly, the White House spokeswoman, said" */
            int m = k + 1;
            while (m < se && m < k + 25 && !qtok_punct(x, m, ',')) m++;
            k = m + 1;
        }
        while (k < se && qw_adverb(x, k)) k++;
        int len = qcue_len(x, k, 1);
        if (!len || qcue_participle(x, k)) return 0;
        at = (qattr){ .cue = k, .cue_n = len, .np_a = a, .np_b = b };
        qattr_object(x, k, &at);
        c = at.to_b > 0 ? at.to_b : k + len;
        while (c < se && (qw_adverb(x, c) || qtok_in(x, c, QW_DAY))) c++;
    }
    if (qtok_is(x, c, "that")) c++;
    int end = is_char(x, se - 1, ".!?") ? se - 1 : se;
    if (c >= end || x->t[c].type != QT_WORD || qtok_is(x, c, "to") || qword_count(x, c, end) < 4) return 0;
    qact *q = act_new(x, v, AN_QUOTE_INDIRECT, c, end);
    q->at = at;
    q->at.end = se;
    return 1;
}

static void find_reported(qtext *x, qacts *v, const unsigned char *covered) {
    for (int ss = 0, se; ss < x->nt; ss = se) {
        se = qsent_end(x, ss);
        int busy = 0;
        for (int k = ss; k < se && !busy; k++) busy = covered[k] || (x->t[k].span >= 0 && !x->q[x->t[k].span].title);
        if (busy || trailing(x, v, ss, se)) continue;
        leading(x, v, ss, se);
    }
}

static int by_start(const void *a, const void *b) {
    const qact *p = a, *q = b;
    return p->a != q->a ? (p->a < q->a ? -1 : 1) : (p->kind < q->kind ? -1 : p->kind > q->kind);
}

int quotes_find(qtext *x, qacts *out) {
    memset(out, 0, sizeof *out);
    find_marked(x, out);
    find_blocks(x, out);
    unsigned char *covered = an_arena_alloc(x->scratch, (size_t)x->nt + 1);
    for (int i = 0; i < out->n; i++)
        for (int k = out->v[i].a; k < out->v[i].b; k++) covered[k] = 1;
    find_reported(x, out, covered);
    if (out->n > 1) qsort(out->v, (size_t)out->n, sizeof *out->v, by_start);
    return out->n;
}

void quotes_attribute(qtext *x, qacts *acts) {
    for (int i = 0; i < acts->n; i++)
        if (acts->v[i].span >= 0) attribute_marked(x, acts, i);
}
