#include "patterns_import.h"
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_KEYS 256
#define MAX_VARIANTS 64
#define VARIANT_LEN 600
#define ALT_SEP '\x01'           /* joins single-word alternatives inside one token */

typedef enum { ST_TABARI, ST_PETRARCH } style;

typedef struct synset { char name[64]; char **members; int n, cap; } synset;

typedef struct pline { char *text; int line; } pline;

/* A verb root (TABARI) or verb block (PETRARCH) being read: its patterns are
 * compiled once every key (forms, synonyms) is known. */
typedef struct block {
    const char *keys[MAX_KEYS];
    uint8_t stems[MAX_KEYS];
    int nkeys;
    char ext[256];               /* root words after the key, from their separator on */
    char code[64];
    int has_code, line;
    pline *pats; int npats, cap;
} block;

typedef struct imp {
    an_patterns *p;
    style st;
    const char *file;
    import_stats *stats;
    synset *syn; int nsyn, capsyn;
    synset *cur_syn;             /* PETRARCH: the set `+` lines add to */
    block b;
    int in_synsets, in_time;
} imp;

const char *import_reason_name(imp_reason r) {
    static const char *const names[IMP_NREASONS] = {
        "no or empty [code]", "token of no known kind", "undefined &synset",
        "more than 64 variants", "more than 32 elements", "more than one *",
        "pattern before any verb", "not a pattern (TIME entry, transformation)" };
    return r < IMP_NREASONS ? names[r] : "?";
}

int import_skipped(const import_stats *st) {
    int n = 0;
    for (int i = 0; i < IMP_NREASONS; i++) n += st->skipped[i];
    return n;
}

static void skip(imp *m, imp_reason r) { m->stats->skipped[r]++; }

static char *trim(char *s) {
    while (*s == ' ' || *s == '\t') s++;
    char *e = s + strlen(s);
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r')) *--e = 0;
    return s;
}

static int is_word_char(unsigned char c) {
    return isalnum(c) || c == '\'' || c == '-' || c == '.' || c == '~' || c == ALT_SEP || c >= 0x80;
}

/* ---- codes: [163], [013:012], [:173], [---], [###], [+++], [031!] ---- */

static int code_part_ok(const char *s) {
    for (; *s; s++) if (!isalnum((unsigned char)*s)) return 0;
    return 1;
}

static int parse_code(imp *m, const char *text, pat_draft *d) {
    char c[64];
    snprintf(c, sizeof c, "%s", text);
    char *s = trim(c);
    d->code = d->code2 = NULL;
    d->flags = 0;
    if (!strcmp(s, "---")) { d->flags = PF_NULL; return 0; }
    if (!strcmp(s, "###")) { d->flags = PF_DISCARD; return 0; }
    if (!strcmp(s, "+++")) { d->flags = PF_COMPLEX; return 0; }
    size_t n = strlen(s);
    while (n && (s[n - 1] == '!' || s[n - 1] == '?')) {
        if (s[n - 1] == '?') d->flags |= PF_SUBORD;       /* `!` (dominant) is a legacy mark: not used */
        s[--n] = 0;
    }
    char *colon = strchr(s, ':');
    if (colon) *colon = 0;
    char *b = colon ? trim(colon + 1) : NULL;
    s = trim(s);
    if ((!*s && !(b && *b)) || !code_part_ok(s) || (b && !code_part_ok(b))) return -1;
    if (*s) d->code = patterns_str(m->p, s, strlen(s), 0);
    if (b && *b) d->code2 = patterns_str(m->p, b, strlen(b), 0);
    if (!d->code) d->flags |= PF_NULL;          /* `[:B]`: only the reverse event */
    return 0;
}

/* Split "PHRASE [code] ..." at its last `[`: phrase in place, code copied. */
static int split_code(char *line, char *code, size_t n) {
    char *open = strrchr(line, '['), *close = open ? strchr(open, ']') : NULL;
    if (!open || !close) return -1;
    *close = 0;
    snprintf(code, n, "%s", open + 1);
    *open = 0;
    return 0;
}

/* ---- synsets ---- */

static synset *syn_new(imp *m, const char *name) {
    if (m->nsyn == m->capsyn) {
        int nc = m->capsyn ? m->capsyn * 2 : 64;
        synset *ns = realloc(m->syn, (size_t)nc * sizeof *ns);
        if (!ns) return NULL;
        m->syn = ns;
        m->capsyn = nc;
    }
    synset *s = &m->syn[m->nsyn++];
    memset(s, 0, sizeof *s);
    snprintf(s->name, sizeof s->name, "%s", name);
    size_t k = strlen(s->name);
    while (k && (s->name[k - 1] == '_' || s->name[k - 1] == ' ')) s->name[--k] = 0;
    m->stats->synsets++;
    return s;
}

static void syn_add(synset *s, const char *member) {
    if (s->n == s->cap) {
        int nc = s->cap ? s->cap * 2 : 16;
        char **nm = realloc(s->members, (size_t)nc * sizeof *nm);
        if (!nm) return;
        s->members = nm;
        s->cap = nc;
    }
    char *c = strdup(member);
    if (c) s->members[s->n++] = c;
}

static void syn_free_all(imp *m) {
    for (int i = 0; i < m->nsyn; i++) {
        for (int j = 0; j < m->syn[i].n; j++) free(m->syn[i].members[j]);
        free(m->syn[i].members);
    }
    free(m->syn);
}

/* The longest synset whose name starts `s` and ends at a word boundary. */
static const synset *syn_find(const imp *m, const char *s, size_t *len) {
    const synset *best = NULL;
    for (int i = 0; i < m->nsyn; i++) {
        size_t k = strlen(m->syn[i].name);
        if (strncmp(s, m->syn[i].name, k) || isalnum((unsigned char)s[k])) continue;
        if (!best || k > *len) { best = &m->syn[i]; *len = k; }
    }
    return best;
}

/* ---- alternatives and synsets, expanded in the text ---- */

typedef struct variants { char v[MAX_VARIANTS][VARIANT_LEN]; int n; } variants;

typedef struct alts { const char *a[MAX_VARIANTS]; size_t len[MAX_VARIANTS]; int n; char buf[VARIANT_LEN]; } alts;

/* A `{ A | B }` group: its alternatives, trimmed. */
static int alts_of_group(const char *s, size_t n, alts *out) {
    if (n >= sizeof out->buf) return -1;
    memcpy(out->buf, s, n);
    out->buf[n] = 0;
    out->n = 0;
    for (char *save = NULL, *t = strtok_r(out->buf, "|", &save); t; t = strtok_r(NULL, "|", &save)) {
        t = trim(t);
        if (!*t) continue;
        if (out->n == MAX_VARIANTS) return -1;
        out->a[out->n] = t;
        out->len[out->n++] = strlen(t);
    }
    return out->n ? 0 : -1;
}

static void alts_of_synset(const synset *s, alts *out) {
    out->n = 0;
    for (int i = 0; i < s->n && out->n < MAX_VARIANTS; i++) {
        out->a[out->n] = s->members[i];
        out->len[out->n++] = strlen(s->members[i]);
    }
}

/* Where the first thing to expand starts in s: a `{...|...}` group or an
 * `&SET`; *end is set past it. -1 if there is none. */
static long find_expandable(const char *s, size_t *end) {
    for (size_t i = 0; s[i]; i++) {
        if (s[i] == '&') { *end = i + 1; return (long)i; }
        if (s[i] != '{') continue;
        const char *close = strchr(s + i, '}');
        if (!close) return -1;
        if (memchr(s + i, '|', (size_t)(close - (s + i)))) { *end = (size_t)(close - s) + 1; return (long)i; }
    }
    return -1;
}

/* Single words (a trailing `_` allowed) can share one token; anything longer
 * must become separate patterns. */
static int single_words(const alts *a) {
    for (int i = 0; i < a->n; i++)
        for (size_t k = 0; k < a->len[i]; k++) {
            unsigned char c = (unsigned char)a->a[i][k];
            if (!(is_word_char(c) && c != ALT_SEP) && !(c == '_' && k + 1 == a->len[i])) return 0;
        }
    return 1;
}

static int push(variants *v, const char *pre, size_t npre, const char *mid, size_t nmid, const char *post) {
    if (v->n == MAX_VARIANTS) return IMP_VARIANTS;
    int k = snprintf(v->v[v->n], VARIANT_LEN, "%.*s%.*s%s", (int)npre, pre, (int)nmid, mid, post);
    if (k < 0 || k >= VARIANT_LEN) return IMP_TOO_LONG;
    v->n++;
    return -1;
}

/* Replace the group at [at, end) of s by its alternatives: one joined token
 * or one variant each. Returns -1, or an imp_reason. */
static int substitute(variants *work, const char *s, size_t at, size_t end, const alts *a) {
    if (single_words(a)) {
        char joined[VARIANT_LEN];
        size_t n = 0;
        for (int i = 0; i < a->n; i++) {
            size_t l = a->len[i] - (a->len[i] && a->a[i][a->len[i] - 1] == '_');     /* an empty member: "+" alone */
            if (n + l + 2 >= sizeof joined) return IMP_TOO_LONG;
            if (i) joined[n++] = ALT_SEP;
            memcpy(joined + n, a->a[i], l);
            n += l;
        }
        return push(work, s, at, joined, n, s + end);
    }
    for (int i = 0; i < a->n; i++) {
        int r = push(work, s, at, a->a[i], a->len[i], s + end);
        if (r >= 0) return r;
    }
    return -1;
}

/* Expand every group and synset of text into done. Returns -1 or a reason. */
static int expand(const imp *m, const char *text, variants *work, variants *done) {
    work->n = done->n = 0;
    int r = push(work, text, strlen(text), "", 0, "");
    for (int steps = 0; r < 0 && work->n; steps++) {
        if (steps > 4 * MAX_VARIANTS) return IMP_VARIANTS;       /* a synset that names itself */
        char s[VARIANT_LEN];
        memcpy(s, work->v[--work->n], VARIANT_LEN);
        size_t end;
        long at = find_expandable(s, &end);
        if (at < 0) { r = push(done, s, strlen(s), "", 0, ""); continue; }
        alts a;
        if (s[at] == '{') {
            if (alts_of_group(s + at + 1, end - (size_t)at - 2, &a)) return IMP_BAD_TOKEN;
        } else {
            size_t len = 0;
            const synset *set = syn_find(m, s + at + 1, &len);
            if (!set || !set->n) return IMP_SYNSET;
            end = (size_t)at + 1 + len;
            alts_of_synset(set, &a);
        }
        r = substitute(work, s, (size_t)at, end, &a);
    }
    return r;
}

/* ---- one expanded phrase into a draft ---- */

typedef struct scan {
    pat_elem seq[64];
    int n, verb_at, verb_conn, conn, depth;
} scan;

static int word_elem(imp *m, const char *w, size_t n, int exact, pat_elem *e) {
    const char *alt[MAX_VARIANTS];
    int na = 0;
    char buf[VARIANT_LEN];
    size_t k = 0;
    for (size_t i = 0; i < n && k + 1 < sizeof buf; i++) {
        unsigned char c = (unsigned char)w[i];
        if (!is_word_char(c)) return IMP_BAD_TOKEN;
        if (c != '~') buf[k++] = (char)c;          /* TABARI's `~`: no meaning for us */
    }
    buf[k] = 0;
    for (char *save = NULL, *t = strtok_r(buf, "\x01", &save); t && na < MAX_VARIANTS; t = strtok_r(NULL, "\x01", &save))
        alt[na++] = patterns_str(m->p, t, strlen(t), 1);
    if (!na || na > 255) return IMP_BAD_TOKEN;
    e->kind = PE_WORD;
    e->mode = (m->st == ST_TABARI && !exact) ? PM_STEM : PM_WORD;
    patterns_set_words(m->p, e, alt, na);
    return -1;
}

/* One atom (text between separators) into the scan. */
static int scan_atom(imp *m, scan *sc, const char *a, size_t n, int exact) {
    if (n == 1 && a[0] == '*') {
        if (sc->verb_at >= 0) return IMP_VERB_MARK;
        sc->verb_at = sc->n;
        sc->verb_conn = sc->conn;
        sc->conn = PC_LOOSE;
        return -1;
    }
    if (sc->n == (int)(sizeof sc->seq / sizeof *sc->seq)) return IMP_TOO_LONG;
    pat_elem *e = &sc->seq[sc->n];
    *e = (pat_elem){ .kind = PE_WORD, .mode = PM_WORD, .conn = (uint8_t)sc->conn };
    static const char marks[] = "$+%^";
    static const uint8_t kinds[] = { PE_SOURCE, PE_TARGET, PE_BOTH, PE_SKIP };
    const char *mk = n == 1 ? strchr(marks, a[0]) : NULL;
    if (mk && *mk) e->kind = kinds[mk - marks];
    else { int r = word_elem(m, a, n, exact, e); if (r >= 0) return r; }
    sc->n++;
    sc->conn = sc->depth ? PC_TIGHT : PC_LOOSE;
    return -1;
}

static int is_sep(char c) { return c == ' ' || c == '\t' || c == '_' || c == '{' || c == '}' || c == '(' || c == ')'; }

static int scan_phrase(imp *m, const char *s, scan *sc) {
    memset(sc, 0, sizeof *sc);
    sc->verb_at = -1;
    sc->conn = PC_LOOSE;
    for (size_t i = 0; s[i];) {
        char c = s[i];
        if (c == '_') { sc->conn = PC_ADJ; i++; continue; }
        if (c == ' ' || c == '\t') { sc->conn = sc->depth ? PC_TIGHT : PC_LOOSE; i++; continue; }
        if (c == '{' || c == '(') { sc->depth++; i++; continue; }
        if (c == '}' || c == ')') { if (sc->depth) sc->depth--; sc->conn = sc->depth ? PC_TIGHT : PC_LOOSE; i++; continue; }
        size_t j = i;
        while (s[j] && !is_sep(s[j])) j++;
        int r = scan_atom(m, sc, s + i, j - i, s[j] == '_');
        if (r >= 0) return r;
        i = j;
    }
    return -1;
}

/* Elements before `*` go to pre, nearest first; each pre element's conn is
 * how it joins the element on its right (the one nearer the verb). */
static int scan_to_draft(const scan *sc, pat_draft *d) {
    int v = sc->verb_at < 0 ? 0 : sc->verb_at;
    if (v > 32 || sc->n - v > 32) return IMP_TOO_LONG;
    d->npre = v;
    for (int j = 0; j < v; j++) {
        int i = v - 1 - j;                         /* left-to-right index */
        d->pre[j] = sc->seq[i];
        d->pre[j].conn = (uint8_t)(i + 1 < v ? sc->seq[i + 1].conn : sc->verb_conn);
    }
    d->npost = sc->n - v;
    memcpy(d->post, sc->seq + v, (size_t)d->npost * sizeof *d->post);
    return -1;
}

/* ---- adding patterns ---- */

typedef struct work { variants work, done; pat_draft drafts[MAX_VARIANTS]; } work;

/* Compile phrase (with `*` for the verb) under the block's keys. Returns -1
 * when added, else the reason it was skipped. */
static int add_phrase(imp *m, work *w, const char *phrase, const char *code, int line,
                      const char *const *keys, const uint8_t *stems, int nkeys) {
    pat_draft d;
    memset(&d, 0, sizeof d);
    if (parse_code(m, code, &d)) return IMP_BAD_CODE;
    d.file = m->file;
    d.line = line;
    int r = expand(m, phrase, &w->work, &w->done);
    if (r >= 0) return r;
    for (int i = 0; i < w->done.n; i++) {         /* every variant must compile */
        scan sc;
        w->drafts[i] = d;
        if ((r = scan_phrase(m, w->done.v[i], &sc)) >= 0 || (r = scan_to_draft(&sc, &w->drafts[i])) >= 0) return r;
    }
    for (int i = 0; i < w->done.n; i++) {
        if (!patterns_add(m->p, &w->drafts[i], keys, stems, nkeys)) return IMP_TOO_LONG;
        m->stats->added++;
    }
    return -1;
}

static void count(imp *m, int r) {
    m->stats->lines++;
    if (r < 0) m->stats->imported++;
    else skip(m, (imp_reason)r);
}

/* The verb's own phrase with the root's extra words: "*" + " ASIDE REPORTS". */
static int with_ext(const char *pattern, const char *ext, char *out, size_t n) {
    const char *star = strchr(pattern, '*');
    int k = star ? snprintf(out, n, "%.*s*%s%s", (int)(star - pattern), pattern, ext, star + 1)
                 : snprintf(out, n, "*%s %s", ext, pattern);
    return k < 0 || (size_t)k >= n ? -1 : 0;
}

static void block_flush(imp *m, work *w) {
    block *b = &m->b;
    char phrase[VARIANT_LEN], code[64];
    if (!b->nkeys) {
        for (int i = 0; i < b->npats; i++) count(m, IMP_NO_ROOT);
    } else {
        m->stats->verbs += b->nkeys;
        if (b->has_code) {
            with_ext("*", b->ext, phrase, sizeof phrase);
            count(m, add_phrase(m, w, phrase, b->code, b->line, b->keys, b->stems, b->nkeys));
        }
        for (int i = 0; i < b->npats; i++) {
            char *t = b->pats[i].text;
            if (split_code(t, code, sizeof code)) { count(m, IMP_BAD_CODE); continue; }
            if (with_ext(t, b->ext, phrase, sizeof phrase)) { count(m, IMP_TOO_LONG); continue; }
            count(m, add_phrase(m, w, phrase, code, b->pats[i].line, b->keys, b->stems, b->nkeys));
        }
    }
    for (int i = 0; i < b->npats; i++) free(b->pats[i].text);
    pline *keep = b->pats;
    int cap = b->cap;
    memset(b, 0, sizeof *b);
    b->pats = keep;
    b->cap = cap;
}

static void block_pattern(imp *m, const char *text, int line) {
    block *b = &m->b;
    if (b->npats == b->cap) {
        int nc = b->cap ? b->cap * 2 : 64;
        pline *np = realloc(b->pats, (size_t)nc * sizeof *np);
        if (!np) return;
        b->pats = np;
        b->cap = nc;
    }
    char *c = strdup(text);
    if (c) b->pats[b->npats++] = (pline){ c, line };
}

static void block_key(imp *m, const char *w, size_t n, int stem) {
    block *b = &m->b;
    while (n && (w[n - 1] == '_' || w[n - 1] == '=' || w[n - 1] == '~')) { n--; stem = 0; }
    if (!n || b->nkeys == MAX_KEYS) return;
    b->keys[b->nkeys] = patterns_str(m->p, w, n, 1);
    b->stems[b->nkeys++] = (uint8_t)stem;
}

/* "{ BROKE_ BROKEN_ }": more keys for the current verb. */
static void block_forms(imp *m, const char *s, int stem_default) {
    char buf[1024];
    snprintf(buf, sizeof buf, "%s", s);
    for (char *save = NULL, *t = strtok_r(buf, " \t{}", &save); t; t = strtok_r(NULL, " \t{}", &save)) {
        size_t n = strlen(t);
        block_key(m, t, n, stem_default && t[n - 1] != '_');
    }
}

/* ---- TABARI ---- */

/* "BRUSH ASIDE REPORTS  [142]", "CALLED_ON [094]", "ARM_ [182]". */
static void tabari_root(imp *m, work *w, char *s, int line) {
    block_flush(m, w);
    block *b = &m->b;
    char code[64];
    b->has_code = !split_code(s, code, sizeof code);
    if (b->has_code) snprintf(b->code, sizeof b->code, "%s", code);
    else skip(m, IMP_BAD_CODE);
    s = trim(s);
    size_t k = 0;
    while (s[k] && s[k] != ' ' && s[k] != '\t' && s[k] != '_') k++;
    int exact = s[k] == '_';
    block_key(m, s, k, !exact);
    const char *rest = s + k;
    if (rest[0] == '_' && (!rest[1] || rest[1] == ' ')) rest++;      /* ARM_: exactness only */
    snprintf(b->ext, sizeof b->ext, "%s", rest);
    b->line = line;
}

static void tabari_synset_line(imp *m, char *s) {
    if (s[0] == '&') m->cur_syn = syn_new(m, trim(s + 1));
    else if (s[0] == '+' && m->cur_syn) syn_add(m->cur_syn, trim(s + 1));
}

static int tabari_line(imp *m, work *w, char *s, int line) {
    char *semi = strchr(s, ';');
    if (semi) *semi = 0;
    s = trim(s);
    if (!*s) return 0;
    if (!strncmp(s, "~~FINISH", 8)) return 1;
    if (s[0] == '<') {
        int close = s[1] == '/';
        if (!strncasecmp(s + 1 + close, "SYNSETS>", 8)) m->in_synsets = !close;
        else if (!strncasecmp(s + 1 + close, "TIME>", 5)) m->in_time = !close;
        return 0;
    }
    if (m->in_time) { count(m, IMP_NOT_PATTERN); return 0; }
    if (m->in_synsets || s[0] == '&' || (s[0] == '+' && m->cur_syn)) { tabari_synset_line(m, s); return 0; }
    m->cur_syn = NULL;
    if (s[0] == '-') block_pattern(m, s + 1, line);
    else if (s[0] == '{') block_forms(m, s, 1);
    else if (s[0] != '+') tabari_root(m, w, s, line);
    return 0;
}

/* ---- PETRARCH ---- */

/* "--- ABANDON  [345]  ---": a new block with a default code. */
static void petr_header(imp *m, work *w, char *s, int line) {
    block_flush(m, w);
    char code[64];
    s = trim(s + 3);
    size_t n = strlen(s);
    if (n >= 3 && !strcmp(s + n - 3, "---")) s[n - 3] = 0;
    m->b.has_code = !split_code(s, code, sizeof code);
    if (m->b.has_code) snprintf(m->b.code, sizeof m->b.code, "%s", code);
    m->b.line = line;
}

/* "+ABC_DEF_GHI", "KLM_NOP_+RST [002]", "+ANGERED_BY {}": the `+` word is the
 * verb; words before it are matched before the verb, words after it after.
 * Such a verb gets only its own pattern, not the block's. */
static void petr_compound(imp *m, work *w, char *s, int line) {
    char code[64], phrase[VARIANT_LEN];
    int own = !split_code(s, code, sizeof code);
    if (!own) snprintf(code, sizeof code, "%s", m->b.has_code ? m->b.code : "");
    char *brace = strchr(s, '{');
    if (brace) *brace = 0;
    s = trim(s);
    char *plus = strchr(s, '+');
    if (!plus) { count(m, IMP_BAD_TOKEN); return; }      /* the `+` was inside the forms: "A {+B}" */
    size_t k = 1;
    while (plus[k] && plus[k] != '_' && plus[k] != ' ') k++;
    const char *key = patterns_str(m->p, plus + 1, k - 1, 1);
    snprintf(phrase, sizeof phrase, "%.*s*%s", (int)(plus - s), s, plus + k);
    m->stats->verbs++;
    count(m, add_phrase(m, w, phrase, code, line, &key, NULL, 1));
}

/* "BREAK { BROKE BROKEN }" (a verb of the block), maybe with its own code. */
static void petr_verb(imp *m, work *w, char *s, int line) {
    if (strchr(s, '+')) { petr_compound(m, w, s, line); return; }
    char code[64];
    int own = !split_code(s, code, sizeof code);
    char *brace = strchr(s, '{');
    if (brace) *brace = 0;
    s = trim(s);
    if (!*s) return;
    int first = m->b.nkeys;
    block_key(m, s, strlen(s), 0);
    if (brace) block_forms(m, brace + 1, 0);
    if (own) {
        count(m, add_phrase(m, w, "*", code, line, m->b.keys + first, NULL, m->b.nkeys - first));
    }
}

static void strip_hash_comment(char *s) {
    char *h = strchr(s, '#');
    if (h) *h = 0;
}

static int petr_line(imp *m, work *w, char *s, int line) {
    if (!strncmp(trim(s), "<!--", 4)) return 0;
    strip_hash_comment(s);
    s = trim(s);
    if (!*s) { m->cur_syn = NULL; return 0; }
    if (!strncmp(s, "---", 3)) { m->cur_syn = NULL; petr_header(m, w, s, line); return 0; }
    if (s[0] == '~') { count(m, IMP_NOT_PATTERN); return 0; }
    if (s[0] == '&') { m->cur_syn = syn_new(m, trim(s + 1)); return 0; }
    if (s[0] == '+' && m->cur_syn) { syn_add(m->cur_syn, trim(s + 1)); return 0; }
    m->cur_syn = NULL;
    if (s[0] == '-') block_pattern(m, s + 1, line);
    else petr_verb(m, w, s, line);
    return 0;
}

/* ---- files ---- */

typedef int (*line_fn)(imp *m, work *w, char *s, int line);

static int import_buf(an_patterns *p, style st, const char *name, const char *data, size_t len,
                      import_stats *stats, line_fn fn) {
    imp m;
    memset(&m, 0, sizeof m);
    m.p = p;
    m.st = st;
    m.file = patterns_str(p, name, strlen(name), 0);
    m.stats = stats;
    work *w = malloc(sizeof *w);
    char *line = malloc(len + 1);
    int rc = (!w || !line) ? -1 : 0;
    int lineno = 0;
    for (size_t i = 0; !rc && i < len;) {
        const char *nl = memchr(data + i, '\n', len - i);
        size_t e = nl ? (size_t)(nl - data) : len;
        memcpy(line, data + i, e - i);
        line[e - i] = 0;
        if (fn(&m, w, line, ++lineno)) break;      /* an end marker */
        i = e + 1;
    }
    if (!rc) block_flush(&m, w);
    free(m.b.pats);
    syn_free_all(&m);
    free(line);
    free(w);
    if (!rc && patterns_index(p)) rc = -1;
    return rc;
}

static char *read_file(const char *path, size_t *len, char *err, size_t errlen) {
    FILE *f = fopen(path, "rb");
    if (!f) { snprintf(err, errlen, "%s: %s", path, strerror(errno)); return NULL; }
    char *buf = NULL;
    long n = -1;
    if (!fseek(f, 0, SEEK_END) && (n = ftell(f)) >= 0 && !fseek(f, 0, SEEK_SET)) buf = malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) { free(buf); buf = NULL; }
    fclose(f);
    if (!buf) { snprintf(err, errlen, "%s: cannot read", path); return NULL; }
    *len = (size_t)n;
    return buf;
}

static int import_file(an_patterns *p, style st, const char *path, import_stats *stats,
                       line_fn fn, char *err, size_t errlen) {
    size_t len;
    char *data = read_file(path, &len, err, errlen);
    if (!data) return -1;
    int rc = import_buf(p, st, path, data, len, stats, fn);
    free(data);
    if (rc) snprintf(err, errlen, "%s: out of memory", path);
    return rc;
}

int patterns_import_tabari_buf(an_patterns *p, const char *name, const char *data, size_t len, import_stats *st) {
    return import_buf(p, ST_TABARI, name, data, len, st, tabari_line);
}

int patterns_import_petrarch_buf(an_patterns *p, const char *name, const char *data, size_t len, import_stats *st) {
    return import_buf(p, ST_PETRARCH, name, data, len, st, petr_line);
}

int patterns_import_tabari(an_patterns *p, const char *path, import_stats *st, char *err, size_t errlen) {
    return import_file(p, ST_TABARI, path, st, tabari_line, err, errlen);
}

int patterns_import_petrarch(an_patterns *p, const char *path, import_stats *st, char *err, size_t errlen) {
    return import_file(p, ST_PETRARCH, path, st, petr_line, err, errlen);
}
