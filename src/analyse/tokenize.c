/* Tokens: spans of the body. Words keep their hyphens ("al-Assad") and inner
 * apostrophes ("O'Brien") but give up possessives and contractions ("'s",
 * "n't"); numbers keep their currency sign, percent sign, fraction and unit
 * ("$200", "25%", "3 1/2-year"); URLs and @handles stay whole; an
 * abbreviation keeps its period ("Gen.", "U.S."). Which periods end a
 * sentence is for sentences.c to decide. */
#include "internal.h"
#include "../core/ascii.h"
#include "../core/utf8.h"
#include <string.h>

typedef enum { C_END, C_SPACE, C_NEWLINE, C_LETTER, C_DIGIT, C_APOS, C_QUOTE_OPEN, C_QUOTE_CLOSE,
               C_DQUOTE, C_DASH, C_ELLIPSIS, C_CURRENCY, C_BULLET, C_PUNCT } cclass;

typedef struct scan {
    an_builder *b;
    const unsigned char *s;      /* the body */
    uint32_t end;
    int in_quote;                /* inside double quotes */
    int in_squote;               /* inside single quotes */
    int line_start;              /* next token starts a line */
} scan;

/* Class and byte length of the character at i. */
static cclass cls_at(const scan *sc, uint32_t i, int *len) {
    *len = 1;
    if (i >= sc->end) return C_END;
    unsigned char c = sc->s[i];
    if (c < 0x80) {
        if (c == '\n') return C_NEWLINE;
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return C_SPACE;
        if ((c | 32) >= 'a' && (c | 32) <= 'z') return C_LETTER;
        if (c >= '0' && c <= '9') return C_DIGIT;
        if (c == '\'' || c == '`') return C_APOS;
        if (c == '"') return C_DQUOTE;
        if (c == '$') return C_CURRENCY;
        return c < 0x20 ? C_SPACE : C_PUNCT;
    }
    uint32_t cp;
    int n = utf8_decode(sc->s + i, sc->end - i, &cp);
    if (n <= 0) return C_PUNCT;
    *len = n;
    switch (cp) {
    case 0xA0: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF: return C_SPACE;
    case 0x2028: case 0x2029: return C_NEWLINE;
    case 0x201C: case 0x201E: case 0xAB: case 0x2039: return C_QUOTE_OPEN;
    case 0x201D: case 0xBB: case 0x203A: return C_QUOTE_CLOSE;
    case 0x2018: case 0x201A: case 0x2019: return C_APOS;
    case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: return C_DASH;
    case 0x2026: return C_ELLIPSIS;
    case 0x2022: case 0xB7: case 0x25CF: case 0x25AA: case 0x2023: case 0x25E6: return C_BULLET;
    case 0x20AC: case 0xA3: case 0xA5: case 0x20B9: case 0x20BD: case 0x20A3: return C_CURRENCY;
    case 0x2010: case 0x2011: return C_PUNCT;          /* hyphens: words() joins them */
    default: break;
    }
    if (cp >= 0x2000 && cp <= 0x200B) return C_SPACE;
    if ((cp >= 0xA1 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2016 && cp <= 0x2BFF)) return C_PUNCT;
    return C_LETTER;
}

static int is_word_char(const scan *sc, uint32_t i) {
    int l;
    cclass c = cls_at(sc, i, &l);
    return c == C_LETTER || c == C_DIGIT;
}

static int is_letter(const scan *sc, uint32_t i) {
    int l;
    return cls_at(sc, i, &l) == C_LETTER;
}

/* A hyphen at i (ASCII or U+2010/2011) and its length, or 0. */
static int hyphen_at(const scan *sc, uint32_t i) {
    if (i < sc->end && sc->s[i] == '-') return 1;
    if (i + 2 < sc->end && sc->s[i] == 0xE2 && sc->s[i + 1] == 0x80 && (sc->s[i + 2] == 0x90 || sc->s[i + 2] == 0x91)) return 3;
    return 0;
}

/* Capitalised (first letter upper case) and all capitals (two upper-case
 * letters or more, none lower case). Most words settle both at their first
 * lower-case letter, where the loop ends. */
static void case_flags(const scan *sc, an_token *t) {
    int upper = 0, lower = 0, first = -1;
    for (uint32_t i = t->start; i < t->end; i++) {
        unsigned char c = sc->s[i];
        int u, l;
        if (c < 0x80) {
            int cls = an_ascii_class[c];
            u = (cls & AN_ASC_UPPER) != 0;
            l = cls & AN_ASC_LOWER;
        } else {
            u = c == 0xC3 && i + 1 < t->end && sc->s[i + 1] >= 0x80 && sc->s[i + 1] <= 0x9E;
            l = c == 0xC3 && i + 1 < t->end && sc->s[i + 1] >= 0x9F;
        }
        if (first < 0 && (u || l)) first = u;
        upper += u;
        lower += l;
        if (lower) break;                      /* first is set too: nothing more to learn */
    }
    if (first == 1) t->flags |= AN_TOK_CAP;
    if (upper >= 2 && !lower) t->flags |= AN_TOK_ALLCAPS;
}

static an_token *emit(scan *sc, uint32_t start, uint32_t end, an_tok_kind kind, uint32_t flags) {
    an_builder *b = sc->b;
    an_token *t = VEC_PUSH(b, b->an->tokens, b->an->ntokens, b->cap_tok);
    t->start = start;
    t->end = end;
    t->kind = (uint8_t)kind;
    t->flags = flags;
    if (sc->line_start) t->flags |= AN_TOK_LINE_START;
    sc->line_start = 0;
    if (kind == AN_TK_WORD || kind == AN_TK_NUMBER) case_flags(sc, t);
    if ((sc->in_quote || sc->in_squote) && kind != AN_TK_QUOTE) t->flags |= AN_TOK_IN_QUOTE;
    return t;
}

static int lower_eq(const scan *sc, uint32_t a, uint32_t b, const char *w) {
    return an_ascii_span_is((const char *)sc->s + a, b - a, w);
}

/* Letters after an apostrophe at i: length of the run. */
static uint32_t letters_after(const scan *sc, uint32_t i, int alen) {
    uint32_t j = i + (uint32_t)alen;
    while (j < sc->end && is_letter(sc, j)) j++;
    return j - i - (uint32_t)alen;
}

/* Is the apostrophe at i the start of a clitic: 's 're 've 'll 'd 'm? */
static int clitic_at(const scan *sc, uint32_t i, int alen) {
    uint32_t n = letters_after(sc, i, alen), a = i + (uint32_t)alen;
    if (n == 0 || n > 2) return 0;
    return lower_eq(sc, a, a + n, "s") || lower_eq(sc, a, a + n, "re") || lower_eq(sc, a, a + n, "ve") ||
           lower_eq(sc, a, a + n, "ll") || lower_eq(sc, a, a + n, "d") || lower_eq(sc, a, a + n, "m");
}

/* "n't" at i? */
static int nt_at(const scan *sc, uint32_t i) {
    int l;
    if (i + 2 >= sc->end || (sc->s[i] | 32) != 'n') return 0;
    if (cls_at(sc, i + 1, &l) != C_APOS) return 0;
    uint32_t t = i + 1 + (uint32_t)l;
    return t < sc->end && (sc->s[t] | 32) == 't' && !is_letter(sc, t + 1);
}

/* "U.S.", "e.g.": single letters each followed by a period, two or more. */
static uint32_t dotted(const scan *sc, uint32_t i) {
    uint32_t j = i;
    int n = 0;
    while (j + 1 < sc->end && (sc->s[j] | 32) >= 'a' && (sc->s[j] | 32) <= 'z' && sc->s[j + 1] == '.' &&
           !(j + 2 < sc->end && is_word_char(sc, j + 2) && !(j + 3 < sc->end && sc->s[j + 3] == '.'))) {
        j += 2;
        n++;
    }
    return n >= 2 ? j : i;
}

/* Does the word [i, j) take the period after it? */
static int takes_period(const scan *sc, uint32_t i, uint32_t j) {
    if (j >= sc->end || sc->s[j] != '.' || (j + 1 < sc->end && sc->s[j + 1] == '.')) return 0;
    if (j - i == 1 && sc->s[i] >= 'A' && sc->s[i] <= 'Z') return 1;                 /* an initial */
    char w[LX_MAX_WORD];
    if (j - i >= sizeof w) return 0;
    for (uint32_t k = i; k < j; k++) w[k - i] = (char)an_ascii_lower(sc->s[k]);
    if (!lex_abbrev_classes(sc->b->lx, w, j - i)) return 0;
    if ((j - i == 2 && !memcmp(w, "no", 2)) || (j - i == 3 && !memcmp(w, "nos", 3)))   /* "No. 1" only */
        return j + 2 < sc->end && sc->s[j + 1] == ' ' && sc->s[j + 2] >= '0' && sc->s[j + 2] <= '9';
    return 1;
}

/* A word's span; plain words (AN_TOK_PLAIN) are most of them, and later
 * stages take those without looking at their bytes again. */
static uint32_t word(scan *sc, uint32_t i) {
    uint32_t j = dotted(sc, i), flags = AN_TOK_PLAIN;
    if (j > i) { emit(sc, i, j, AN_TK_WORD, AN_TOK_ABBREV); return j; }
    for (;;) {
        for (;;) {
            /* ASCII letters and digits in one run; an "n't" can only start at
             * the run's last letter, since an apostrophe follows its n */
            uint32_t from = j;
            j = (uint32_t)an_ascii_alnum_end((const char *)sc->s, j, sc->end);
            if (j > from && nt_at(sc, j - 1)) { j--; break; }
            if (j < sc->end && sc->s[j] < 0x80) break;
            int l;
            cclass c = cls_at(sc, j, &l);
            if ((c != C_LETTER && c != C_DIGIT) || nt_at(sc, j)) break;
            j += (uint32_t)l;
            flags &= ~(uint32_t)AN_TOK_PLAIN;
        }
        int h = hyphen_at(sc, j), l;
        if (h && is_word_char(sc, j + (uint32_t)h)) { j += (uint32_t)h; flags = (flags | AN_TOK_HYPHEN) & ~(uint32_t)AN_TOK_PLAIN; continue; }
        if (j + 1 < sc->end && sc->s[j] == '&' && is_letter(sc, j + 1) && sc->s[i] >= 'A' && sc->s[i] <= 'Z') {
            j++;
            flags &= ~(uint32_t)AN_TOK_PLAIN;
            continue;
        }
        if (cls_at(sc, j, &l) == C_APOS && is_letter(sc, j + (uint32_t)l) && !clitic_at(sc, j, l) && j > i &&
            !nt_at(sc, j - 1)) { j += (uint32_t)l; flags &= ~(uint32_t)AN_TOK_PLAIN; continue; }
        break;
    }
    if (j == i) { j = i + 1; flags &= ~(uint32_t)AN_TOK_PLAIN; }   /* an "n't" at i is handled by the caller */
    if (takes_period(sc, i, j)) { j++; flags = (flags | AN_TOK_ABBREV) & ~(uint32_t)AN_TOK_PLAIN; }
    emit(sc, i, j, AN_TK_WORD, flags);
    return j;
}

/* Digits with separators: "155,221", "5.93", "10:30". */
static uint32_t digits(const scan *sc, uint32_t j) {
    while (j < sc->end) {
        unsigned char c = sc->s[j];
        if (c >= '0' && c <= '9') j++;
        else if ((c == ',' || c == '.' || c == ':') && j + 1 < sc->end && sc->s[j + 1] >= '0' && sc->s[j + 1] <= '9') j++;
        else break;
    }
    return j;
}

static int digit_at(const scan *sc, uint32_t i) { return i < sc->end && sc->s[i] >= '0' && sc->s[i] <= '9'; }

/* " 1/2" or "/2" after the digits ending at j. */
static uint32_t fraction(const scan *sc, uint32_t j) {
    uint32_t k = j;
    if (k < sc->end && sc->s[k] == ' ' && digit_at(sc, k + 1)) {
        uint32_t a = digits(sc, k + 1);
        if (a < sc->end && sc->s[a] == '/' && digit_at(sc, a + 1)) return digits(sc, a + 1);
        return j;
    }
    if (k < sc->end && sc->s[k] == '/' && digit_at(sc, k + 1)) return digits(sc, k + 1);
    return j;
}

static uint32_t number(scan *sc, uint32_t i, int clen) {
    uint32_t j = i, flags = 0;
    if (!digit_at(sc, i)) { j += (uint32_t)clen; flags |= AN_TOK_MONEY; }
    j = fraction(sc, digits(sc, j));
    if (j < sc->end && sc->s[j] == '%') { j++; flags |= AN_TOK_PERCENT; }
    for (;;) {
        int h = hyphen_at(sc, j);
        if (h && digit_at(sc, j + (uint32_t)h)) { j = fraction(sc, digits(sc, j + (uint32_t)h)); continue; }
        if (h && is_letter(sc, j + (uint32_t)h)) { j += (uint32_t)h; flags |= AN_TOK_HYPHEN; }
        else if (!is_letter(sc, j)) break;
        while (j < sc->end && is_word_char(sc, j)) { int l; cls_at(sc, j, &l); j += (uint32_t)l; }
    }
    emit(sc, i, j, AN_TK_NUMBER, flags);
    return j;
}

static int url_at(const scan *sc, uint32_t i) {
    if (sc->s[i] != 'h' && sc->s[i] != 'w') return 0;
    static const char *const pre[] = { "http://", "https://", "www.", NULL };
    for (int k = 0; pre[k]; k++) {
        size_t n = strlen(pre[k]);
        if (i + n < sc->end && !strncmp((const char *)sc->s + i, pre[k], n)) return 1;
    }
    return 0;
}

static uint32_t url(scan *sc, uint32_t i) {
    uint32_t j = i;
    int l;
    while (j < sc->end) {
        cclass c = cls_at(sc, j, &l);
        if (c == C_SPACE || c == C_NEWLINE || c == C_QUOTE_OPEN || c == C_QUOTE_CLOSE || c == C_DQUOTE) break;
        j += (uint32_t)l;
    }
    while (j > i + 4 && strchr(".,;:!?)]'", sc->s[j - 1])) j--;
    emit(sc, i, j, AN_TK_URL, 0);
    return j;
}

static uint32_t handle(scan *sc, uint32_t i) {
    uint32_t j = i + 1;
    while (j < sc->end && (is_word_char(sc, j) || sc->s[j] == '_')) j++;
    emit(sc, i, j, AN_TK_HANDLE, 0);
    return j;
}

static uint32_t quote(scan *sc, uint32_t i, int len, int open) {
    int *state = sc->s[i] == '\'' || (len == 3 && sc->s[i + 2] <= 0x9B && sc->s[i + 2] >= 0x98) ? &sc->in_squote : &sc->in_quote;
    *state = open;
    emit(sc, i, i + (uint32_t)len, AN_TK_QUOTE, open ? AN_TOK_OPEN_QUOTE : AN_TOK_CLOSE_QUOTE);
    return i + (uint32_t)len;
}

/* A straight double quote opens after a space or an opening bracket. */
static uint32_t dquote(scan *sc, uint32_t i) {
    int l;
    int before = i == 0 ? C_SPACE : (int)cls_at(sc, i - 1, &l);
    int after = (int)cls_at(sc, i + 1, &l);
    int open;
    if (before == C_SPACE || before == C_NEWLINE || i == 0 || strchr("([{", sc->s[i - 1]) || before == C_DASH) open = 1;
    else if (after == C_SPACE || after == C_NEWLINE || after == C_END || after == C_PUNCT) open = 0;
    else open = !sc->in_quote;
    return quote(sc, i, 1, open);
}

static uint32_t apostrophe(scan *sc, uint32_t i, int len) {
    int prev_word = i > 0 && is_word_char(sc, i - 1);
    if (prev_word && clitic_at(sc, i, len)) {
        uint32_t j = i + (uint32_t)len + letters_after(sc, i, len);
        emit(sc, i, j, AN_TK_WORD, 0);
        return j;
    }
    if (prev_word && (sc->s[i - 1] | 32) == 's' && !sc->in_squote && !is_letter(sc, i + (uint32_t)len)) {
        emit(sc, i, i + (uint32_t)len, AN_TK_WORD, 0);        /* plural possessive: "the allies'" */
        return i + (uint32_t)len;
    }
    if (!prev_word && digit_at(sc, i + (uint32_t)len)) return number(sc, i, len);     /* "'90s" */
    int open = !prev_word && !(i > 0 && strchr(".,!?", sc->s[i - 1]));
    return quote(sc, i, len, open);
}

static uint32_t punct(scan *sc, uint32_t i, int len) {
    unsigned char c = sc->s[i];
    uint32_t j = i + (uint32_t)len;
    if (c == '.' && j + 1 < sc->end && sc->s[j] == '.' && sc->s[j + 1] == '.') {
        while (j < sc->end && sc->s[j] == '.') j++;
        emit(sc, i, j, AN_TK_ELLIPSIS, 0);
        return j;
    }
    if (c == '-' && j < sc->end && sc->s[j] == '-') {
        while (j < sc->end && sc->s[j] == '-') j++;
        emit(sc, i, j, AN_TK_DASH, 0);
        return j;
    }
    if (c == '!' || c == '?') while (j < sc->end && (sc->s[j] == '!' || sc->s[j] == '?')) j++;
    if (c == '-') { emit(sc, i, j, AN_TK_DASH, 0); return j; }
    int sym = strchr("&%#@+=<>|/\\*^~_", c) != NULL || (len > 1);
    emit(sc, i, j, sym ? AN_TK_SYMBOL : AN_TK_PUNCT, 0);
    return j;
}

static uint32_t one_token(scan *sc, uint32_t i, cclass c, int len) {
    switch (c) {
    case C_LETTER:
        if (url_at(sc, i)) return url(sc, i);
        if (nt_at(sc, i) && i > 0 && is_letter(sc, i - 1)) {
            uint32_t j = i + 1;
            int l;
            cls_at(sc, j, &l);
            emit(sc, i, j + (uint32_t)l + 1, AN_TK_WORD, AN_TOK_NEG);
            return j + (uint32_t)l + 1;
        }
        return word(sc, i);
    case C_DIGIT: return number(sc, i, len);
    case C_CURRENCY: return digit_at(sc, i + (uint32_t)len) ? number(sc, i, len) : punct(sc, i, len);
    case C_APOS: return apostrophe(sc, i, len);
    case C_DQUOTE: return dquote(sc, i);
    case C_QUOTE_OPEN: return quote(sc, i, len, 1);
    case C_QUOTE_CLOSE: return quote(sc, i, len, 0);
    case C_DASH: emit(sc, i, i + (uint32_t)len, AN_TK_DASH, 0); return i + (uint32_t)len;
    case C_ELLIPSIS: emit(sc, i, i + (uint32_t)len, AN_TK_ELLIPSIS, 0); return i + (uint32_t)len;
    case C_BULLET: emit(sc, i, i + (uint32_t)len, AN_TK_SYMBOL, 0); return i + (uint32_t)len;
    default:
        if ((sc->s[i] == '@' || sc->s[i] == '#') && is_word_char(sc, i + 1)) return handle(sc, i);
        return punct(sc, i, len);
    }
}

void an_tokenize(an_builder *b, uint32_t start, uint32_t end) {
    scan sc = { .b = b, .s = (const unsigned char *)b->body, .end = end, .line_start = 1 };
    uint32_t i = start;
    while (i < end) {
        if (b->body[i] == ' ') { i++; continue; }        /* most bytes between tokens */
        int len;
        cclass c = cls_at(&sc, i, &len);
        if (c == C_SPACE) { i += (uint32_t)len; continue; }
        if (c == C_NEWLINE) { sc.line_start = 1; i += (uint32_t)len; continue; }
        uint32_t j = one_token(&sc, i, c, len);
        i = j > i ? j : i + 1;
    }
}
