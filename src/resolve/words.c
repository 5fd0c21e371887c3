/* The resolver's words and sentence starts.
 *
 * The resolver splits text its own way: hyphens and the possessive come off
 * the word (so "Witkoff-Putin" and "Russia's" expose their names),
 * abbreviations and initials stay whole ("U.S.", "Gen.", "V."), and sentences
 * start after . ! ?, line breaks and opening quotes. Dictionary phrases go
 * through the same splitter as article bodies, which is what makes them match.
 *
 * For a body, the analysis stage has already found most words: a plain token
 * (ASCII letters and digits only) followed by a space or by punctuation other
 * than a period or an apostrophe is exactly the word this splitter would
 * find there, so it is taken as it is, and the splitter reads the bytes of
 * the rest. */
#include "rs_int.h"
#include "../analyse/analyse.h"
#include "../core/ascii.h"
#include <string.h>

typedef struct wstate {
    const unsigned char *t;
    uint32_t n, i;
    rs_word *w; int nw, cap;
    an_arena *arena;
    uint16_t pending;             /* flags for the next word (RW_SENT, RW_PARA) */
    int glued;                    /* no space since the last span */
} wstate;

static int is_alnum(unsigned char c) { return an_ascii_is(c, AN_ASC_ALNUM); }

/* Length of a typographic punctuation mark at p (dashes, curly quotes, ellipsis), or 0. */
static int typo_punct(const unsigned char *p, uint32_t left) {
    if (left >= 3 && p[0] == 0xE2 && p[1] == 0x80 &&
        (p[2] == 0x93 || p[2] == 0x94 || p[2] == 0x98 || p[2] == 0x99 || p[2] == 0x9C || p[2] == 0x9D || p[2] == 0xA6))
        return 3;
    if (left >= 2 && p[0] == 0xC2 && (p[1] == 0xAB || p[1] == 0xBB)) return 2;   /* « » */
    return 0;
}

static int is_space_at(const unsigned char *p, uint32_t left) {
    if (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n' || *p == '\f' || *p == '\v') return 1;
    if (left >= 2 && p[0] == 0xC2 && p[1] == 0xA0) return 2;                     /* no-break space */
    if (left >= 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] >= 0x80 && p[2] <= 0x8B) return 3;
    return 0;
}

/* A letter of a word: ASCII alphanumerics and any non-ASCII byte that is not
 * part of a space or punctuation mark (checked by the caller). */
static int word_byte(const wstate *s, uint32_t i) {
    if (i >= s->n) return 0;
    unsigned char c = s->t[i];
    if (c < 0x80) return is_alnum(c);
    return !typo_punct(s->t + i, s->n - i) && !is_space_at(s->t + i, s->n - i);
}

static int is_upper_at(const unsigned char *p, uint32_t left) {
    if (*p >= 'A' && *p <= 'Z') return 1;
    if (left >= 2 && p[0] == 0xC3 && p[1] >= 0x80 && p[1] <= 0x9E && p[1] != 0x97) return 1;  /* À..Þ */
    if (left >= 2 && (p[0] == 0xC4 || p[0] == 0xC5) && !(p[1] & 1)) return 1;  /* Latin Extended-A, roughly */
    return 0;
}

static inline void push(wstate *s, uint32_t a, uint32_t b, uint16_t flags) {
    if (s->nw == s->cap) {
        /* first guess from the length (a word and its space are some six
         * bytes): the dictionary's 60,000 short phrases need a few words
         * each, an article body hundreds */
        int nc = s->cap ? s->cap * 2 : (int)(s->n / 6) + 8;
        s->w = an_arena_grow_raw(s->arena, s->w, (size_t)s->cap, (size_t)nc, sizeof *s->w);
        s->cap = nc;
    }
    if (s->glued && s->nw) flags |= RW_GLUED;
    if (!(flags & RW_PUNCT)) { flags |= s->pending; s->pending = 0; }
    s->w[s->nw++] = (rs_word){ a, b, flags };
    s->glued = 1;
}

/* Titles written with a period; the period belongs to the word, not the sentence. */
static int title_abbrev(const unsigned char *p, uint32_t n) {
    static const char *const ab[] = { "Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Adm", "Maj",
        "Capt", "Sgt", "Prof", "Rev", "St", "Jr", "Sr", "Cmdr", "Brig", "Pres", "Amb", "Supt", "Cpl", "Pvt", "No",
        "Ft", "Mt", "Gens", "Sens", "Reps", "Lt.Gen", "Messrs", "Mme", "Hon", "Insp", "Vol", "Co", "Corp", "Inc", "Ltd",
        "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec", NULL };
    for (int k = 0; ab[k]; k++)
        if (ab[k][0] == (char)p[0] && strlen(ab[k]) == n && !memcmp(ab[k], p, n)) return 1;
    return 0;
}

/* Scans one word starting at s->i; handles U.S., initials, O'Brien, 's. */
static void scan_word(wstate *s) {
    uint32_t a = s->i, i = a;
    int dots = 0;
    for (;;) {
        while (i < s->n && (s->t[i] < 0x80 ? is_alnum(s->t[i]) : word_byte(s, i))) i++;
        /* "U.S", "D.C": a period between single letters continues the word */
        if (i < s->n && s->t[i] == '.' && i + 1 < s->n && is_alnum(s->t[i + 1]) && (i - a == 1 || dots)) {
            dots++; i++; continue;
        }
        /* O'Brien, don't: an apostrophe inside a word, but not the possessive 's */
        int ap = (i < s->n && s->t[i] == '\'') ? 1 : (i + 2 < s->n && s->t[i] == 0xE2 && s->t[i + 1] == 0x80 && s->t[i + 2] == 0x99) ? 3 : 0;
        if (ap && word_byte(s, i + ap) && !((s->t[i + ap] == 's' || s->t[i + ap] == 'S') && !word_byte(s, i + ap + 1))) {
            i += (uint32_t)ap; continue;
        }
        break;
    }
    if (i < s->n && s->t[i] == '.' && (dots || (i - a == 1 && is_upper_at(s->t + a, s->n - a)) || title_abbrev(s->t + a, i - a)))
        i++;                                    /* U.S. / V. / Gen. keep their period */
    uint16_t f = 0;
    if (is_upper_at(s->t + a, s->n - a)) f |= RW_CAP;
    else if (s->t[a] >= '0' && s->t[a] <= '9') f |= RW_DIGIT;
    else if (s->t[a] >= 'a' && s->t[a] <= 'z') f |= RW_LOWER;
    if (f & RW_CAP) {                           /* all capitals: two letters or more, none lower-case */
        int letters = 0, lower = 0;
        for (uint32_t k = a; k < i; k++) {
            int cls = an_ascii_class[s->t[k]];
            lower |= cls & AN_ASC_LOWER;
            letters += (cls & AN_ASC_ALPHA) != 0;
        }
        if (letters >= 2 && !lower) f |= RW_ALLCAP;
    }
    push(s, a, i, f);
    s->i = i;
    /* a period kept by an abbreviation ends the sentence when a line ends there */
    if (s->t[i - 1] == '.' && (i >= s->n || s->t[i] == '\n' || (s->t[i] == ' ' && i + 1 < s->n && s->t[i + 1] == '\n')))
        s->pending |= RW_SENT;
}

/* The possessive 's after a word: its own span, flagged. */
static int scan_possessive(wstate *s) {
    uint32_t i = s->i;
    int ap = s->t[i] == '\'' ? 1 : (i + 2 < s->n && s->t[i] == 0xE2 && s->t[i + 1] == 0x80 && s->t[i + 2] == 0x99) ? 3 : 0;
    if (!ap || !s->glued || !s->nw || (s->w[s->nw - 1].flags & RW_PUNCT)) return 0;
    if (i + (uint32_t)ap < s->n && (s->t[i + ap] == 's' || s->t[i + ap] == 'S') && !word_byte(s, i + (uint32_t)ap + 1)) {
        push(s, i, i + (uint32_t)ap + 1, RW_POSS);
        s->i = i + (uint32_t)ap + 1;
        return 1;
    }
    return 0;
}

static void scan_punct(wstate *s) {
    uint32_t i = s->i;
    int len = typo_punct(s->t + i, s->n - i);
    if (!len) len = 1;
    unsigned char c = s->t[i];
    int opening = 0;
    if (len == 3 && s->t[i + 2] == 0x9C) opening = 1;                            /* “ */
    if (c == '"' && (!s->glued || !s->nw)) opening = 1;
    push(s, i, i + (uint32_t)len, RW_PUNCT);
    s->i = i + (uint32_t)len;
    if (c == '.' || c == '!' || c == '?' || c == ';' || opening || (len == 3 && s->t[i + 2] == 0xA6)) s->pending |= RW_SENT;
    if (c == ':' && s->i < s->n && s->t[s->i] == '\n') s->pending |= RW_SENT;
}

/* Is the token at the cursor a word that scan_word would end at the token's
 * end? It is when the token has only ASCII letters and digits and what
 * follows is neither a word byte nor one that scan_word looks past (a period
 * of "U.S", an apostrophe of "O'Brien"). */
static int plain_word_at(const wstate *s, const an_token *t) {
    if (t->start != s->i || !(t->flags & AN_TOK_PLAIN)) return 0;
    if (t->end >= s->n) return t->end == s->n;
    unsigned char c = s->t[t->end];
    return c < 0x80 && !is_alnum(c) && c != '.' && c != '\'';
}

/* scan_word's result for a plain word, from its first byte and the token's
 * case: letters and digits only, so "all capitals" is the token's. */
static void take_plain_word(wstate *s, const an_token *t) {
    unsigned char c = s->t[t->start];
    uint16_t f = c >= 'A' && c <= 'Z' ? RW_CAP : c >= '0' && c <= '9' ? RW_DIGIT : RW_LOWER;
    if ((f & RW_CAP) && (t->flags & AN_TOK_ALLCAPS)) f |= RW_ALLCAP;
    push(s, t->start, t->end, f);
    s->i = t->end;
}

int rs_words_from(const char *text, uint32_t len, const an_token *tok, uint32_t ntok, an_arena *arena, rs_word **out) {
    wstate s = { (const unsigned char *)text, len, 0, NULL, 0, 0, arena, RW_SENT | RW_PARA, 0 };
    uint32_t k = 0;
    while (s.i < s.n) {
        if (s.t[s.i] == ' ') { s.i++; s.glued = 0; continue; }      /* the common case of is_space_at */
        int sp = is_space_at(s.t + s.i, s.n - s.i);
        if (sp) {
            if (s.t[s.i] == '\n') s.pending |= RW_SENT | RW_PARA;
            s.i += (uint32_t)sp;
            s.glued = 0;
            continue;
        }
        while (k < ntok && tok[k].start < s.i) k++;
        if (k < ntok && plain_word_at(&s, &tok[k])) { take_plain_word(&s, &tok[k]); continue; }
        if (scan_possessive(&s)) continue;
        if (word_byte(&s, s.i)) scan_word(&s);
        else scan_punct(&s);
    }
    *out = s.w;
    return s.nw;
}

int rs_words(const char *text, uint32_t len, an_arena *arena, rs_word **out) {
    return rs_words_from(text, len, NULL, 0, arena, out);
}

size_t rs_norm(const char *text, const rs_word *w, char *buf, size_t n) {
    size_t k = 0;
    const unsigned char *p = (const unsigned char *)text;
    uint32_t end = w->end;
    if (end - w->start == 2 && p[end - 1] == '.') end--;      /* an initial: "W." reads as "W" */
    for (uint32_t i = w->start; i < end && k + 1 < n; i++) {
        unsigned char c = p[i];
        if (c < 0x80) {                                        /* most bytes: fold and go on */
            buf[k++] = (char)an_ascii_lower(c);
            continue;
        }
        if (c == 0xC3 && i + 1 < end && p[i + 1] >= 0x80 && p[i + 1] <= 0x9E && p[i + 1] != 0x97 && k + 2 < n) {
            buf[k++] = (char)c; buf[k++] = (char)(p[i + 1] + 0x20); i++; continue;
        } else if (c == 0xE2 && i + 2 < end && p[i + 1] == 0x80 && p[i + 2] == 0x99) { c = '\''; i += 2; }
        buf[k++] = (char)c;
    }
    buf[k] = 0;
    return k;
}

void rs_norm_words(const char *text, const rs_word *w, int nw, an_arena *arena, rs_normed *out) {
    size_t total = 0;
    for (int i = 0; i < nw; i++) total += w[i].end - w[i].start + 1;
    out->text = an_arena_alloc_raw(arena, total + 1);
    out->off = an_arena_alloc_raw(arena, (size_t)nw * sizeof *out->off);
    out->len = an_arena_alloc_raw(arena, (size_t)nw * sizeof *out->len);
    out->fnv = an_arena_alloc_raw(arena, (size_t)nw * sizeof *out->fnv);
    uint32_t at = 0;
    for (int i = 0; i < nw; i++) {
        const unsigned char *p = (const unsigned char *)text + w[i].start;
        uint32_t len = w[i].end - w[i].start, n = 0, h = AN_FNV_START;
        char *form = out->text + at;
        /* ASCII, the common case: fold and hash in one pass; anything else
         * (and an initial's period) goes through rs_norm */
        while (n < len && p[n] < 0x80) {
            unsigned char c = p[n];
            c = an_ascii_lower(c);
            form[n++] = (char)c;
            h = an_fnv_byte(h, c);
        }
        if (n < len || (len == 2 && p[1] == '.')) {
            /* a form is never longer than its word: rs_norm may cut only at the room given */
            n = (uint32_t)rs_norm(text, &w[i], form, len + 1);
            h = an_fnv(AN_FNV_START, form, n);
        }
        form[n] = 0;
        out->off[i] = at;
        out->len[i] = n;
        out->fnv[i] = h;
        at += n + 1;
    }
}
