/* The body as tokens: words, punctuation and quote marks, with paragraph and
 * sentence starts, split the way the quote finder needs (a possessive stays
 * on its word, every quote mark is a token). Plain words of the analysis
 * (ASCII letters and digits) are taken from its tokens; the scanner reads the
 * bytes of everything else. */
#include "quotes.h"
#include "../analyse/analyse.h"
#include "../core/ascii.h"
#include "../core/utf8.h"
#include <string.h>

/* ASCII classes from core/ascii.h: these run for every character of every
 * body, where <ctype.h>'s locale lookups were a visible cost. */
static int ascii_upper(uint32_t c) { return c < 0x80 && an_ascii_is((unsigned char)c, AN_ASC_UPPER); }
static int ascii_alpha(uint32_t c) { return c < 0x80 && an_ascii_is((unsigned char)c, AN_ASC_ALPHA); }
static int ascii_digit(uint32_t c) { return c < 0x80 && an_ascii_is((unsigned char)c, AN_ASC_DIGIT); }

static uint32_t cp_at(const qtext *x, uint32_t i, int *n) {
    unsigned char b = (unsigned char)x->body[i];
    if (b < 0x80) { *n = 1; return b; }                      /* most characters: no decoding */
    uint32_t cp = 0;
    *n = utf8_decode((const unsigned char *)x->body + i, x->len - i, &cp);
    if (!*n) { *n = 1; cp = (unsigned char)x->body[i]; }
    return cp;
}

static int is_space_cp(uint32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x2009 || c == 0x202F; }

static int mark_class(uint32_t c) {
    switch (c) {
    case 0x201C: case 0x201E: case 0xAB: return QM_DOPEN;     /* “ „ « */
    case 0x201D: case 0xBB: return QM_DCLOSE;                 /* ” » */
    case '"': return QM_DSTRAIGHT;
    case 0x2018: return QM_SOPEN;                             /* ‘ */
    case 0x2019: return QM_SCLOSE;                            /* ’ */
    case '\'': return QM_SSTRAIGHT;
    default: return QM_NONE;
    }
}

static int is_word_cp(uint32_t c) {
    if (c < 0x80) return ascii_alpha(c) || ascii_digit(c);
    if (c >= 0x2000 && c <= 0x206F) return 0;                 /* general punctuation */
    return c >= 0xC0 && c != 0xD7 && c != 0xF7;
}

static int is_upper_cp(uint32_t c) {
    if (c < 0x80) return ascii_upper(c);
    if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
    if (c >= 0x100 && c <= 0x17F) return (c & 1) == 0;       /* Latin Extended-A: mostly upper/lower pairs */
    if (c >= 0x410 && c <= 0x42F) return 1;                   /* Cyrillic capitals */
    return 0;
}

static void push(qtext *x, int *cap, qtok t) {
    if (x->nt == *cap) {
        int nc = *cap ? *cap * 2 : (int)(x->len / 6) + 64;   /* a token is some six bytes */
        x->t = an_arena_grow_raw(x->scratch, x->t, (size_t)*cap, (size_t)nc, sizeof *x->t);
        *cap = nc;
    }
    x->t[x->nt++] = t;
}

static int word_is_abbrev(const qtext *x, const char *s, uint32_t n) {
    if (n == 1 && ascii_upper((unsigned char)s[0])) return 1;   /* an initial: "J. Smith" */
    return (an_wordset_get(x->words, s, n) & QW_ABBREV) != 0;
}

/* A word: letters and digits, joined by apostrophes, hyphens and the periods
 * of "U.S." between letters. Returns the end. */
static uint32_t scan_word(const qtext *x, uint32_t i, uint32_t end, uint16_t *flags) {
    uint32_t s = i;
    int n, upper = 1, letters = 0;
    while (i < end) {
        int cls = an_ascii_class[(unsigned char)x->body[i]];
        if (cls & AN_ASC_ALNUM) {                            /* most bytes of a word */
            if (cls & AN_ASC_ALPHA) { letters++; upper &= (cls & AN_ASC_UPPER) != 0; }
            i++;
            continue;
        }
        uint32_t c = cp_at(x, i, &n);
        if (is_word_cp(c)) {
            if (c < 0x80 ? ascii_alpha(c) : 1) { letters++; if (!is_upper_cp(c)) upper = 0; }
            i += (uint32_t)n;
            continue;
        }
        /* joiners: only between word characters */
        int joins = c == '\'' || c == 0x2019 || c == '-' || c == '.' || c == 0x2011;
        if (!joins || i + (uint32_t)n >= end) break;
        int n2;
        uint32_t d = cp_at(x, i + (uint32_t)n, &n2);
        if (!is_word_cp(d)) break;
        if (c == '.' && !(d < 0x80 && ascii_alpha(d) && i - s <= 2)) break;   /* "U.S", not "end.Next" */
        i += (uint32_t)n;
    }
    uint32_t len = i - s;
    const char *w = x->body + s;
    uint16_t f = 0;
    int n0;
    if (is_upper_cp(cp_at(x, s, &n0))) f |= QF_CAP;
    if (upper && letters >= 2) f |= QF_UPPER;
    if (len >= 3 && (w[len - 1] == 's' || w[len - 1] == 'S') && w[len - 2] == '\'') f |= QF_POSS;
    if (len >= 5 && (w[len - 1] == 's' || w[len - 1] == 'S') && !memcmp(w + len - 4, "\xE2\x80\x99", 3)) f |= QF_POSS;
    /* the period of an abbreviation or of "U.S." belongs to the word */
    if (i < end && x->body[i] == '.' && (word_is_abbrev(x, w, len) || memchr(w, '.', len))) {
        i++;
        f |= QF_ABBR;
    }
    *flags = f;
    return i;
}

/* Is the analysis token t, at i, a word that scan_word would end at the
 * token's end? It is when the token has only ASCII letters and digits and
 * what follows is no word character and no joiner (an apostrophe, hyphen or
 * period that could go on into another word). */
static int plain_word_at(const qtext *x, const an_token *t, uint32_t i, uint32_t end) {
    if (t->start != i || !(t->flags & AN_TOK_PLAIN) || t->end > end) return 0;
    if (t->end == end) return 1;
    unsigned char c = (unsigned char)x->body[t->end];
    return c < 0x80 && !an_ascii_is(c, AN_ASC_ALNUM) && c != '\'' && c != '-' && c != '.';
}

/* scan_word's flags for a plain word: no possessive and no period to keep,
 * and for letters and digits "all capitals" is the token's. */
static uint16_t plain_word_flags(const qtext *x, const an_token *t) {
    uint16_t f = ascii_upper((unsigned char)x->body[t->start]) ? QF_CAP : 0;
    if (t->flags & AN_TOK_ALLCAPS) f |= QF_UPPER;
    return f;
}

static void scan_para(qtext *x, int *cap, int p, uint32_t *k) {
    uint32_t i = x->paras[p].start, end = x->paras[p].end;
    int first = 1;
    while (i < end) {
        int n;
        uint32_t c = cp_at(x, i, &n);
        if (is_space_cp(c)) { i += (uint32_t)n; continue; }
        qtok t = { .s = i, .para = p, .span = -1 };
        int spb = first || i == 0 || (i > 0 && (x->body[i - 1] == ' ' || x->body[i - 1] == '\n' ||
                                                x->body[i - 1] == '\t' || (unsigned char)x->body[i - 1] == 0xA0));
        while (*k < x->ntok && x->tok[*k].start < i) (*k)++;
        if (*k < x->ntok && plain_word_at(x, &x->tok[*k], i, end)) {
            t.type = QT_WORD;
            t.e = x->tok[*k].end;
            t.flags = plain_word_flags(x, &x->tok[*k]);
            t.cls = an_wordset_get(x->words, x->body + i, t.e - i);
        } else if (is_word_cp(c)) {
            t.type = QT_WORD;
            t.e = scan_word(x, i, end, &t.flags);
            t.cls = an_wordset_get(x->words, x->body + i, t.e - i);
        } else {
            t.mark = (uint8_t)mark_class(c);
            t.type = t.mark ? QT_MARK : QT_PUNCT;
            t.e = i + (uint32_t)n;
            if (c == '.' || c == '!' || c == '?' || c == 0x2026) t.flags |= QF_TERM;
        }
        if (spb) t.flags |= QF_SPB;
        if (first) t.flags |= QF_PARA | QF_SENT;
        if (t.e >= end) t.flags |= QF_SPA;
        else { int n2; if (is_space_cp(cp_at(x, t.e, &n2))) t.flags |= QF_SPA; }
        push(x, cap, t);
        first = 0;
        i = t.e;
    }
}

void qscan_tokens(qtext *x) {
    int cap = 0;
    uint32_t k = 0;                 /* the next analysis token */
    x->t = NULL;
    x->nt = 0;
    for (int p = 0; p < x->nparas; p++) scan_para(x, &cap, p, &k);
}

int qtok_is(const qtext *x, int i, const char *word) {
    if (i < 0 || i >= x->nt || x->t[i].type != QT_WORD) return 0;
    return an_ascii_span_is(x->body + x->t[i].s, x->t[i].e - x->t[i].s, word);
}

static int is_closing_mark(const qtext *x, int i) {
    const qtok *t = &x->t[i];
    return t->type == QT_MARK && t->span >= 0 && x->q[t->span].close == i;
}

static int is_opening_mark(const qtext *x, int i) {
    const qtok *t = &x->t[i];
    return t->type == QT_MARK && t->span >= 0 && x->q[t->span].open == i;
}

/* Does an attribution ("Trump wrote", "he said", "said Rubio") start at i? */
static int attribution_follows(const qtext *x, int i) {
    for (int k = i; k < x->nt && k < i + 7; k++) {
        if (x->t[k].para != x->t[i].para || x->t[k].type != QT_WORD) return 0;
        if (qcue_len(x, k, 0)) return 1;
    }
    return 0;
}

/* A sentence starts after a terminator outside quotes, or after a quote that
 * ends in one, when what follows looks like a new sentence and not like the
 * rest of this one ('"Great progress was made!" Trump wrote'). Runs after
 * the marks are paired so that periods inside quotes are known. */
void qscan_sentences(qtext *x) {
    for (int i = 1; i < x->nt; i++) {
        qtok *t = &x->t[i];
        if (t->flags & QF_PARA) continue;
        int starts = t->type == QT_WORD ? ((t->flags & QF_CAP) || ascii_digit((unsigned char)x->body[t->s])) : is_opening_mark(x, i);
        if (!starts) continue;
        int j = i - 1;
        if (is_closing_mark(x, j)) {
            int k = j - 1;
            if (k >= 0 && (x->t[k].flags & QF_TERM) && !attribution_follows(x, i)) t->flags |= QF_SENT;
            continue;
        }
        if ((x->t[j].flags & QF_TERM) && x->t[j].span < 0) t->flags |= QF_SENT;
    }
}

int qsent_start(const qtext *x, int i) {
    while (i > 0 && !(x->t[i].flags & QF_SENT)) i--;
    return i;
}

int qsent_end(const qtext *x, int i) {
    i++;
    while (i < x->nt && !(x->t[i].flags & QF_SENT)) i++;
    return i;
}

int qword_count(const qtext *x, int a, int b) {
    int n = 0;
    for (int i = a; i < b && i < x->nt; i++) n += x->t[i].type == QT_WORD;
    return n;
}
