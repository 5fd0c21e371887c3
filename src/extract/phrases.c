/* Speaker phrases and what follows a cue verb, found by walking tokens left or
 * right from a cue. These are the functions a clause parse will replace. */
#include "quotes.h"
#include "phrases.h"
#include <string.h>

/* "familiar with", "briefed on", "close to": the anonymous source's tail. */
static int familiar_at(const qtext *x, int i) {
    return (qtok_is(x, i, "familiar") || qtok_is(x, i, "briefed") || qtok_is(x, i, "close")) &&
           (qtok_is(x, i + 1, "with") || qtok_is(x, i + 1, "on") || qtok_is(x, i + 1, "to"));
}

int qnp_tok(const qtext *x, int i) {
    if (i < 0 || i >= x->nt) return 0;
    const qtok *t = &x->t[i];
    if (t->type != QT_WORD) return 0;
    if ((t->flags & QF_CAP) && !(t->flags & QF_UPPER && t->e - t->s > 5)) return 1;
    if (t->flags & QF_UPPER) return 1;
    return qw_determiner(x, i) || qw_role(x, i) || qw_particle(x, i) || qtok_is(x, i, "of");
}

int qw_adverb(const qtext *x, int i) {
    if (i < 0 || x->t[i].type != QT_WORD || (x->t[i].flags & QF_CAP)) return 0;
    size_t n = x->t[i].e - x->t[i].s;
    return qtok_in(x, i, QW_ADVERB) || (n > 4 && !strncmp(x->body + x->t[i].e - 2, "ly", 2));
}

/* A common noun modifying a title or a name: "trade envoy", "mediator Hassan
 * Nouri", "central bank governor". */
static int modifier_tok(const qtext *x, int i) {
    if (i < 0 || i + 1 >= x->nt || x->t[i].type != QT_WORD || qcue_len(x, i, 0) || qw_pronoun(x, i)) return 0;
    for (int k = i + 1; k <= i + 2 && k < x->nt && x->t[k].type == QT_WORD; k++) {
        if (qcue_len(x, k, 0)) return 0;
        if (qw_role(x, k) && !qw_determiner(x, k)) return 1;
        if ((x->t[k].flags & QF_CAP) && !(x->t[k].flags & QF_SENT)) return 1;
    }
    return 0;
}

int qnp_forward(const qtext *x, int i) {
    if (i >= x->nt) return i;
    int para = x->t[i].para, k = i, n = 0;
    if (qw_pronoun(x, i)) return i + 1;
    while (k < x->nt && x->t[k].para == para && n < 12) {
        if (familiar_at(x, k)) {
            k += 2;
            for (int m = 0; m < 5 && k < x->nt && x->t[k].type == QT_WORD && !qcue_len(x, k, 0); m++) k++;
            break;
        }
        if (!(qnp_tok(x, k) || modifier_tok(x, k)) || qcue_len(x, k, 0) || (k > i && (x->t[k].flags & QF_SENT))) break;
        if (qtok_is(x, k, "of") && k == i) break;
        k++;
        n++;
    }
    while (k > i && qtok_is(x, k - 1, "of")) k--;
    return k;
}

int qnp_backward(const qtext *x, int j, int lo) {
    int start = j;
    for (int m = j; m >= lo && m > j - 8; m--) {
        if (x->t[m].type != QT_WORD) break;
        if (familiar_at(x, m)) { j = m - 1; break; }
    }
    if (j >= lo && qw_pronoun(x, j) && j == start) return j;
    int k = j, n = 0;
    while (k >= lo && n < 10 && (qnp_tok(x, k) || (k < j && modifier_tok(x, k))) && !qcue_len(x, k, 0)) {
        k--;
        n++;
        if (x->t[k + 1].flags & QF_SENT) break;
    }
    while (k + 1 <= j && qtok_is(x, k + 1, "of")) k++;
    return k + 1;
}

/* The phrase before a cue: "Trump, writing on social media, said" gives
 * "Trump"; adverbs between the two are skipped. */
int qnp_before(const qtext *x, int cue, int lo, int *a, int *b) {
    int j = cue - 1, apo_a = -1, apo_b = -1;
    while (j >= lo && qw_adverb(x, j)) j--;
    if (j >= lo && qtok_punct(x, j, ',')) {            /* an appositive or aside */
        int m = j - 1;
        while (m >= lo && m > j - 26 && !qtok_punct(x, m, ',') && !(x->t[m].span >= 0 && x->t[m].type == QT_MARK)) m--;
        if (m < lo || !qtok_punct(x, m, ',') || !qnp_tok(x, m - 1)) return 0;
        apo_a = m + 1;
        apo_b = j;
        j = m - 1;
    }
    if (j < lo) return 0;
    if (qw_pronoun(x, j)) { *a = j; *b = j + 1; return 1; }
    int s = qnp_backward(x, j, lo);
    if (s > j) return 0;
    *a = s;
    *b = j + 1;
    /* "Her deputy, Tomas Brandt, said": the name is in the appositive */
    if (apo_a >= 0 && qnp_classify(x, s, j + 1) != NP_NAME && qnp_forward(x, apo_a) == apo_b &&
        qnp_classify(x, apo_a, apo_b) == NP_NAME) {
        *a = apo_a;
        *b = apo_b;
    }
    return 1;
}

/* Leading adverbials before the subject: "In Brussels,", "Indeed,", "Speaking
 * to reporters at Joint Base Andrews, Rubio said". */
static int skip_opening_phrase(const qtext *x, int ss, int lim) {
    if (!qtok_in(x, ss, QW_OPENER)) return ss;
    for (int k = ss + 1; k < lim && k < ss + 20; k++) {
        if (x->t[k].span >= 0 && x->t[k].type == QT_MARK && !x->q[x->t[k].span].title) break;
        if (qtok_punct(x, k, ',')) return k + 1;
    }
    return ss;
}

int qnp_subject(const qtext *x, int ss, int lim, int *a, int *b) {
    int i = skip_opening_phrase(x, ss, lim);
    if (i >= lim) return 0;
    int e = qnp_forward(x, i);
    if (e <= i || e > lim) return 0;
    *a = i;
    *b = e;
    return 1;
}

static int stops_object(const qtext *x, int i) {
    return qtok_in(x, i, QW_OBJECT_STOP) || qcue_len(x, i, 0);
}

static int media_word(const qtext *x, int i) {
    return qtok_in(x, i, QW_MEDIA);
}

static int time_word(const qtext *x, int i) {
    return qtok_in(x, i, QW_TIME);
}

/* Words after `i` that name an addressee or a medium; the end, or i. */
static int object_phrase(const qtext *x, int i, int media) {
    int k = i, n = 0, para = i < x->nt ? x->t[i].para : -1;
    while (k < x->nt && x->t[k].para == para && n < 9) {
        const qtok *t = &x->t[k];
        if (t->type == QT_MARK && t->span >= 0 && x->q[t->span].title && x->q[t->span].open == k) {
            k = x->q[t->span].close + 1;
            n++;
            continue;
        }
        if (t->type != QT_WORD) break;
        if (k > i && (t->flags & QF_SENT)) break;
        if (!(t->flags & QF_CAP) && !(t->flags & QF_POSS) && (media ? !media_word(x, k) : stops_object(x, k))) break;
        if ((t->flags & QF_CAP) == 0 && media == 0 && qw_adverb(x, k)) break;
        k++;
        n++;
    }
    return k;
}

void qattr_object(const qtext *x, int cue, qattr *at) {
    int i = cue + at->cue_n;
    at->to_a = at->to_b = -1;
    if (qtok_is(x, cue, "told") || qtok_is(x, cue, "tell") || qtok_is(x, cue, "tells") || qtok_is(x, cue, "telling")) {
        int e = object_phrase(x, i, 0);
        if (e > i) { at->to_a = i; at->to_b = e; }
        return;
    }
    while (i < x->nt && time_word(x, i)) i++;
    if (qtok_is(x, i, "on") || (qtok_is(x, i, "in") && (qtok_is(x, i + 1, "a") || qtok_is(x, i + 1, "an")))) {
        int e = object_phrase(x, i + 1, 1);
        if (e > i + 1) { at->to_a = i + 1; at->to_b = e; }
    }
}
