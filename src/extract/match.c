#include "match.h"
#include "../core/ascii.h"
#include <ctype.h>
#include <string.h>
#include <strings.h>

/* Backtracking is bounded so that a pathological pattern (many loose words)
 * against a long clause cannot take quadratic-times-exponential time. */
#define STEP_BUDGET 20000
#define GAP_MAX 4

typedef struct mstate {
    const an_mquery *q;
    const an_pattern *pat;
    int head_end;                /* first token after the head */
    int target, source, lo, hi;
    int steps;
} mstate;

static const char *lemma_of(const an_mtok *t) { return t->lemma ? t->lemma : t->form; }

static uint32_t initials_of(const an_mtok *t) {
    return pattern_initial((unsigned char)t->form[0]) | pattern_initial((unsigned char)lemma_of(t)[0]);
}

static uint64_t pairs_of(const an_mtok *t) { return pattern_pair(t->form) | pattern_pair(lemma_of(t)); }

void match_tok_masks(an_mtok *t) {
    t->initials = initials_of(t);
    t->pairs = pairs_of(t);
}

/* The masks as match_tok_masks keeps them, or taken now for a token left
 * without: pattern_pair never gives 0, so pairs == 0 means "not taken". */
static uint64_t tok_pairs(const an_mtok *t) { return t->pairs ? t->pairs : pairs_of(t); }

static uint32_t tok_initials(const an_mtok *t) { return t->pairs ? t->initials : initials_of(t); }

/* Tokens our tight patterns pass over in front of a word: "imposed FRESH
 * sanctions", "urged Russia ALSO to", "THE talks". */
static int skippable(const an_mtok *t) {
    switch (t->tag) {
    case MT_DET: case MT_ADJ: case MT_ADV: case MT_NUM: case MT_POSS: return 1;
    default: return 0;
    }
}

/* The regular endings TABARI adds to a whole word (manual 5.2.3), with the
 * spelling changes of regular English forms PETRARCH also generates: a
 * dropped final e ("deplore" -> "deploring") and a doubled consonant ("ban"
 * -> "banned"). Whether `form` is `word` plus one of them. */
static int ending_in(const char *rest, const char *const *list) {
    for (int i = 0; list[i]; i++) if (!strcasecmp(rest, list[i])) return 1;
    return 0;
}

static int regular_form(const char *form, const char *word) {
    static const char *const plain[] = { "s", "es", "ed", "en", "ing", "'s", NULL };
    static const char *const vowel[] = { "ed", "en", "ing", NULL };
    size_t n = strlen(word);
    if (n < 2) return 0;
    char last = (char)tolower((unsigned char)word[n - 1]);
    if (!strncasecmp(form, word, n)) {
        const char *rest = form + n;
        if (ending_in(rest, plain) || (last == 'e' && !strcasecmp(rest, "d"))) return 1;
        return rest[0] && tolower((unsigned char)rest[0]) == last && ending_in(rest + 1, vowel);
    }
    return last == 'e' && !strncasecmp(form, word, n - 1) && ending_in(form + n - 1, vowel);
}

static int word_fits(const pat_elem *e, const an_mtok *t, int endings) {
    /* the loop below would skip every alternative: none starts with either letter */
    if (!(e->initials & (PAT_ANY_INITIAL | tok_initials(t)))) return 0;
    if (!(e->pairs & tok_pairs(t))) return 0;          /* nor with their first two bytes */
    const char *lem = lemma_of(t);
    unsigned char f0 = an_ascii_lower((unsigned char)t->form[0]), l0 = an_ascii_lower((unsigned char)lem[0]);
    for (int i = 0; i < e->nwords; i++) {
        const char *w = e->words[i];
        /* Every way of fitting compares from the first letter on, and most
         * alternatives differ there: skip them before any string call. */
        unsigned char w0 = an_ascii_lower((unsigned char)w[0]);
        if (w0 && w0 != f0 && w0 != l0) continue;
        if (e->mode == PM_STEM) {
            size_t n = strlen(w);
            if (!strncasecmp(t->form, w, n) || !strncasecmp(lem, w, n)) return 1;
        } else if (!strcasecmp(lem, w) || !strcasecmp(t->form, w) || (endings && regular_form(t->form, w))) {
            return 1;
        }
    }
    return 0;
}

static int slot_starting(const an_mquery *q, int pos) {
    for (int i = 0; i < q->nslots; i++) if (q->slots[i].start == pos) return i;
    return -1;
}

static int slot_ending(const an_mquery *q, int end) {
    for (int i = 0; i < q->nslots; i++) if (q->slots[i].end == end) return i;
    return -1;
}

/* Record what a slot element matched; returns the previous values to restore. */
static void take_slot(mstate *s, const pat_elem *e, int slot) {
    if (e->kind == PE_TARGET || e->kind == PE_BOTH) s->target = slot;
    if (e->kind == PE_SOURCE || e->kind == PE_BOTH) s->source = slot;
}

static int post_from(mstate *s, int i, int pos);

/* Element i of post placed at token c: does the rest fit after it? */
static int post_at(mstate *s, int i, int c) {
    const pat_elem *e = &s->pat->post[i];
    const an_mquery *q = s->q;
    if (e->kind == PE_GAP) {
        for (int k = 0; k <= GAP_MAX && c + k <= q->ntok; k++)
            if (post_from(s, i + 1, c + k)) return 1;
        return 0;
    }
    if (c >= q->ntok) return 0;
    if (e->kind == PE_WORD) return word_fits(e, &q->tok[c], q->endings) && post_from(s, i + 1, c + 1);
    if (e->kind == PE_VERB)
        return (q->tok[c].tag == MT_VERB || q->tok[c].tag == MT_AUX) && post_from(s, i + 1, c + 1);
    int slot = slot_starting(q, c);
    if (slot < 0) return 0;
    int t = s->target, src = s->source;
    take_slot(s, e, slot);
    if (post_from(s, i + 1, q->slots[slot].end)) return 1;
    s->target = t;
    s->source = src;
    return 0;
}

static int post_from(mstate *s, int i, int pos) {
    if (++s->steps > STEP_BUDGET) return 0;
    if (i == s->pat->npost) { s->hi = pos; return 1; }
    const pat_elem *e = &s->pat->post[i];
    const an_mquery *q = s->q;
    if (e->kind == PE_GAP || e->conn == PC_ADJ) return post_at(s, i, pos);
    if (e->conn == PC_LOOSE) {
        for (int c = pos; c < q->ntok; c++) if (post_at(s, i, c)) return 1;
        return 0;
    }
    for (int c = pos; c < q->ntok; c++) {            /* tight: pass over modifiers */
        if (post_at(s, i, c)) return 1;
        if (!skippable(&q->tok[c])) return 0;
    }
    return 0;
}

static int pre_from(mstate *s, int j, int end);

/* Pre element j ending just before token `end` at token c (its last token). */
static int pre_at(mstate *s, int j, int c) {
    const pat_elem *e = &s->pat->pre[j];
    const an_mquery *q = s->q;
    if (c < 0) return 0;
    if (e->kind == PE_WORD) return word_fits(e, &q->tok[c], q->endings) && pre_from(s, j + 1, c);
    if (e->kind == PE_VERB) return (q->tok[c].tag == MT_VERB || q->tok[c].tag == MT_AUX) && pre_from(s, j + 1, c);
    if (e->kind == PE_GAP) return pre_from(s, j + 1, c + 1);
    int slot = slot_ending(q, c + 1);
    if (slot < 0) return 0;
    int t = s->target, src = s->source;
    take_slot(s, e, slot);
    if (pre_from(s, j + 1, q->slots[slot].start)) return 1;
    s->target = t;
    s->source = src;
    return 0;
}

/* Pre elements run leftwards from the head; once all fit, match the rest. */
static int pre_from(mstate *s, int j, int end) {
    if (++s->steps > STEP_BUDGET) return 0;
    if (j == s->pat->npre) { s->lo = end; return post_from(s, 0, s->head_end); }
    const pat_elem *e = &s->pat->pre[j];
    if (e->conn == PC_ADJ) return pre_at(s, j, end - 1);
    if (e->conn == PC_LOOSE) {
        for (int c = end - 1; c >= 0; c--) if (pre_at(s, j, c)) return 1;
        return 0;
    }
    for (int c = end - 1; c >= 0; c--) {
        if (pre_at(s, j, c)) return 1;
        if (!skippable(&s->q->tok[c])) return 0;
    }
    return 0;
}

int match_pattern(const an_pattern *pat, const an_mquery *q, int head_len, an_mresult *out) {
    mstate s = { q, pat, q->head + head_len, -1, -1, q->head, q->head + head_len, 0 };
    if (!pre_from(&s, 0, q->head)) return 0;
    *out = (an_mresult){ pat, pat->code, pat->code2, pat->flags, s.target, s.source,
                         s.lo, s.hi, head_len };
    return 1;
}

/* The best candidate found so far over all head keys. */
typedef struct best {
    an_mresult r;
    int score, found;
    uint32_t initials;           /* pattern_initial of every form and lemma of the clause */
    uint64_t pairs;              /* pattern_pair of every form and lemma of the clause */
} best;

/* Try one run of patterns (most specific first): the first fit is the run's
 * best; keep it if it beats what other keys gave. A phrasal head ("call_off")
 * and a longer stem are more specific than the bare verb. */
static void try_run(const an_pattern *const *run, const pat_brief *brief, int n, const an_mquery *q,
                    int head_len, int bonus, best *b) {
    for (int i = 0; i < n; i++) {
        int score = brief[i].specificity * 4 + bonus;
        if (b->found && score <= b->score) return;        /* the rest score no more */
        if (brief[i].need & ~b->initials) continue;        /* a word it needs is not there */
        if (brief[i].need_pairs & ~b->pairs) continue;
        an_mresult r;
        if (match_pattern(run[i], q, head_len, &r)) {
            b->r = r;
            b->score = score;
            b->found = 1;
            return;
        }
    }
}

static void try_key(const an_patterns *p, const char *key, size_t len, int stem,
                    const an_mquery *q, int head_len, int bonus, best *b) {
    const an_pattern *const *run;
    int n = patterns_find(p, key, len, stem, &run);
    if (n) try_run(run, patterns_briefs(p, run), n, q, head_len, bonus, b);
}

/* Stem keys (TABARI roots): every prefix of the word, longest first. */
static void try_stems(const an_patterns *p, const char *w, const an_mquery *q, best *b) {
    size_t max = patterns_max_stem(p), n = strlen(w);
    char low[64];
    if (!max || n >= sizeof low) return;
    for (size_t i = 0; i <= n; i++) low[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]);
    for (size_t len = n < max ? n : max; len >= 2; len--)
        try_key(p, low, len, 1, q, 1, (int)len - 40, b);
}

/* Whole-word keys the word is a regular form of: every prefix the word is
 * that key plus an ending (see regular_form), and the key with a final e. */
static void try_regular_keys(const an_patterns *p, const char *form, size_t n, const an_mquery *q, best *b) {
    char k[130];
    for (size_t len = n > 1 ? n - 1 : 0; len >= 2; len--) {
        memcpy(k, form, len);
        k[len] = 'e';
        k[len + 1] = 0;
        if (regular_form(form, k)) try_key(p, k, len + 1, 0, q, 1, 0, b);
        k[len] = 0;
        if (regular_form(form, k)) try_key(p, k, len, 0, q, 1, 0, b);
        if (n - len > 4) break;                          /* no ending is longer than "ing" + a letter */
    }
}

static size_t lower_copy(char *dst, size_t cap, const char *s) {
    size_t n = 0;
    for (; s[n] && n + 1 < cap; n++) dst[n] = (char)(s[n] >= 'A' && s[n] <= 'Z' ? s[n] + 32 : s[n]);
    dst[n] = 0;
    return n;
}

int match_best(const an_patterns *p, const an_mquery *q, an_mresult *out) {
    if (!p || !q || q->head < 0 || q->head >= q->ntok) return 0;
    const an_mtok *h = &q->tok[q->head];
    best b = { .found = 0 };
    for (int i = 0; i < q->ntok; i++) {
        b.initials |= tok_initials(&q->tok[i]);
        b.pairs |= tok_pairs(&q->tok[i]);
    }
    char key[128];
    size_t n = lower_copy(key, sizeof key, lemma_of(h));
    if (q->head + 1 < q->ntok && (q->tok[q->head + 1].tag == MT_PART || q->tok[q->head + 1].tag == MT_ADP)) {
        char phr[160];                                   /* "call_off": built by hand, snprintf cost more than the lookup */
        const char *part = lemma_of(&q->tok[q->head + 1]);
        size_t pn = strlen(part);
        if (n + 1 + pn < sizeof phr) {
            memcpy(phr, key, n);
            phr[n] = '_';
            lower_copy(phr + n + 1, pn + 1, part);
            try_key(p, phr, n + 1 + pn, 0, q, 2, 40, &b);
        }
    }
    try_key(p, key, n, 0, q, 1, 0, &b);
    char form[128];
    size_t fn = lower_copy(form, sizeof form, h->form);
    if (strcmp(form, key)) try_key(p, form, fn, 0, q, 1, 0, &b);
    if (q->endings) try_regular_keys(p, form, fn, q, &b);
    try_stems(p, form, q, &b);
    if (strcmp(form, key)) try_stems(p, key, q, &b);
    if (b.found) *out = b.r;
    return b.found;
}
