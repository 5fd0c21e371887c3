#include "patterns.h"
#include "cameo.h"
#include "../core/arena.h"
#include "../core/entries.h"
#include "../core/bigmem.h"
#include "../core/fnv.h"
#include <ctype.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One (head key, pattern) pair; a pattern with alternative heads has several. */
typedef struct key_ent {
    const char *key;
    const an_pattern *pat;
    uint32_t seq, kid;           /* kid: the interned key's number, for fast sorting */
    uint8_t stem;
} key_ent;

/* A run of equal keys in `ents` after sorting: one hash table slot. */
typedef struct slot {
    const char *key;             /* NULL: empty */
    uint32_t len;
    uint8_t stem;
    int start, count;
} slot;

struct an_patterns {
    an_arena arena;              /* strings, elements, patterns */
    an_pattern **pats; int n, cap;
    key_ent *ents; int nents, capents;
    const an_pattern **order;    /* ents' patterns in index order */
    pat_brief *brief;            /* and what the matcher checks first, in the same order */
    slot *table; size_t tcap;    /* open addressing, power of two */
    const char **intern; uint32_t *intern_id;   /* open addressing: distinct keys */
    size_t icap, ni;
    size_t max_stem;
    int indexed;
};

static uint32_t hash_bytes(const char *s, size_t n, int stem) { return an_fnv(AN_FNV_START ^ (uint32_t)stem, s, n); }

an_patterns *patterns_new(void) {
    an_patterns *p = calloc(1, sizeof *p);
    if (p) an_arena_init(&p->arena, AN_ARENA_TABLE_CHUNK);
    return p;
}

void patterns_free(an_patterns *p) {
    if (!p) return;
    an_arena_free(&p->arena);
    an_big_free(p->pats);
    an_big_free(p->ents);
    an_big_free(p->order);
    an_big_free(p->brief);
    an_big_free(p->table);
    free(p->intern);
    free(p->intern_id);
    free(p);
}

/* Number the distinct keys so sorting compares integers, not strings: an
 * imported PETRARCH block files each pattern under dozens of verbs. */
static int intern_grow(an_patterns *p) {
    size_t nc = p->icap ? p->icap * 2 : 4096;
    const char **nk = calloc(nc, sizeof *nk);
    uint32_t *ni = calloc(nc, sizeof *ni);
    if (!nk || !ni) { free(nk); free(ni); return -1; }
    for (size_t i = 0; i < p->icap; i++) {
        if (!p->intern[i]) continue;
        size_t j = hash_bytes(p->intern[i], strlen(p->intern[i]), 0) & (nc - 1);
        while (nk[j]) j = (j + 1) & (nc - 1);
        nk[j] = p->intern[i];
        ni[j] = p->intern_id[i];
    }
    free(p->intern);
    free(p->intern_id);
    p->intern = nk;
    p->intern_id = ni;
    p->icap = nc;
    return 0;
}

static int intern_key(an_patterns *p, const char *key, uint32_t *id) {
    if ((p->ni + 1) * 2 > p->icap && intern_grow(p)) return -1;
    size_t j = hash_bytes(key, strlen(key), 0) & (p->icap - 1);
    for (; p->intern[j]; j = (j + 1) & (p->icap - 1))
        if (!strcmp(p->intern[j], key)) { *id = p->intern_id[j]; return 0; }
    p->intern[j] = key;
    p->intern_id[j] = *id = (uint32_t)p->ni++;
    return 0;
}

const char *patterns_str(an_patterns *p, const char *s, size_t n, int lower) {
    char *c = an_arena_strndup(&p->arena, s, n);
    if (lower) for (char *q = c; *q; q++) *q = (char)tolower((unsigned char)*q);
    return c;
}

const char *const *patterns_words(an_patterns *p, const char *const *w, int n) {
    const char **c = an_arena_alloc(&p->arena, (size_t)(n ? n : 1) * sizeof *c);
    memcpy(c, w, (size_t)n * sizeof *c);
    return c;
}

void patterns_set_words(an_patterns *p, pat_elem *e, const char *const *w, int n) {
    e->nwords = (uint8_t)n;
    e->words = patterns_words(p, w, n);
    e->initials = 0;
    e->pairs = 0;
    for (int i = 0; i < n; i++) {
        uint32_t bit = pattern_initial((unsigned char)w[i][0]);
        e->initials |= bit ? bit : PAT_ANY_INITIAL;
        e->pairs |= strlen(w[i]) >= 3 ? pattern_pair(w[i]) : ~0ull;
    }
}

/* Why these weights: a literal word narrows a pattern most, a set of
 * alternatives a little less, an actor slot less again (any actor fits), and
 * a gap not at all. Ties go to the pattern with more elements, then to the
 * one written first (see by_key). */
static int elem_score(const pat_elem *e) {
    switch (e->kind) {
    case PE_WORD: return e->nwords > 1 ? 8 : 10;
    case PE_TARGET: case PE_SOURCE: case PE_BOTH: return 6;
    case PE_VERB: return 4;
    case PE_SKIP: return 3;
    default: return 0;
    }
}

int patterns_score(const pat_draft *d) {
    int s = 0;
    for (int i = 0; i < d->npost; i++) s += elem_score(&d->post[i]);
    for (int i = 0; i < d->npre; i++) s += elem_score(&d->pre[i]);
    return s;
}

static int grow(void **arr, int *cap, int need, size_t elem) {
    if (need <= *cap) return 0;
    int nc = *cap ? *cap * 2 : 1024;
    while (nc < need) nc *= 2;
    void *na = an_big_realloc(*arr, (size_t)nc * elem);
    if (!na) return -1;
    *arr = na;
    *cap = nc;
    return 0;
}

static pat_elem *copy_elems(an_patterns *p, const pat_elem *e, int n) {
    pat_elem *c = an_arena_alloc(&p->arena, (size_t)(n ? n : 1) * sizeof *c);
    memcpy(c, e, (size_t)n * sizeof *c);
    return c;
}

const an_pattern *patterns_add(an_patterns *p, const pat_draft *d, const char *const *keys,
                               const uint8_t *stems, int nkeys) {
    if (grow((void **)&p->pats, &p->cap, p->n + 1, sizeof *p->pats)
        || grow((void **)&p->ents, &p->capents, p->nents + nkeys, sizeof *p->ents))
        return NULL;
    an_pattern *t = an_arena_alloc(&p->arena, sizeof *t);
    *t = (an_pattern){ d->code, d->code2, keys[0], copy_elems(p, d->post, d->npost), d->npost,
                       copy_elems(p, d->pre, d->npre), d->npre, d->file, d->line,
                       patterns_score(d), d->flags };
    p->pats[p->n++] = t;
    for (int i = 0; i < nkeys; i++) {
        int stem = stems && stems[i];
        uint32_t kid;
        if (intern_key(p, keys[i], &kid)) return NULL;
        p->ents[p->nents++] = (key_ent){ keys[i], t, (uint32_t)p->nents, kid, (uint8_t)stem };
        size_t kl = strlen(keys[i]);
        if (stem && kl > p->max_stem) p->max_stem = kl;
    }
    p->indexed = 0;
    return t;
}

int patterns_count(const an_patterns *p) { return p ? p->n : 0; }
const an_pattern *patterns_at(const an_patterns *p, int i) { return p && i >= 0 && i < p->n ? p->pats[i] : NULL; }
size_t patterns_max_stem(const an_patterns *p) { return p ? p->max_stem : 0; }

/* ---- index ---- */

static int by_key(const void *a, const void *b) {
    const key_ent *x = a, *y = b;
    if (x->stem != y->stem) return x->stem - y->stem;
    if (x->kid != y->kid) return x->kid < y->kid ? -1 : 1;
    if (x->pat->specificity != y->pat->specificity) return y->pat->specificity - x->pat->specificity;
    int nx = x->pat->npost + x->pat->npre, ny = y->pat->npost + y->pat->npre;
    if (nx != ny) return ny - nx;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static void table_put(an_patterns *p, const key_ent *e, int start, int count) {
    size_t len = strlen(e->key);
    size_t i = hash_bytes(e->key, len, e->stem) & (p->tcap - 1);
    while (p->table[i].key) i = (i + 1) & (p->tcap - 1);
    p->table[i] = (slot){ e->key, (uint32_t)len, e->stem, start, count };
}

/* A word element needs its letter when all its alternatives start with it:
 * exact words, stems and regular endings all compare from the first letter. */
static uint32_t elem_need(const pat_elem *e) {
    if (e->kind != PE_WORD || !e->nwords) return 0;
    uint32_t bit = pattern_initial((unsigned char)e->words[0][0]);
    for (int i = 1; i < e->nwords && bit; i++)
        if (pattern_initial((unsigned char)e->words[i][0]) != bit) bit = 0;
    return bit;
}

/* Likewise its pair bit, when it is the only one of its alternatives. */
static uint64_t elem_need_pair(const pat_elem *e) {
    if (e->kind != PE_WORD || !e->nwords || (e->pairs & (e->pairs - 1))) return 0;
    return e->pairs;
}

static pat_brief brief_of(const an_pattern *pat) {
    pat_brief b = { 0, pat->specificity, 0 };
    for (int i = 0; i < pat->npre; i++) { b.need |= elem_need(&pat->pre[i]); b.need_pairs |= elem_need_pair(&pat->pre[i]); }
    for (int i = 0; i < pat->npost; i++) { b.need |= elem_need(&pat->post[i]); b.need_pairs |= elem_need_pair(&pat->post[i]); }
    return b;
}

const pat_brief *patterns_briefs(const an_patterns *p, const an_pattern *const *run) {
    return p->brief + (run - p->order);
}

int patterns_index(an_patterns *p) {
    if (p->indexed) return 0;
    if (p->nents) qsort(p->ents, (size_t)p->nents, sizeof *p->ents, by_key);     /* ents is NULL when empty */
    an_big_free(p->order);
    an_big_free(p->brief);
    an_big_free(p->table);
    p->order = an_big_calloc((size_t)(p->nents ? p->nents : 1), sizeof *p->order);
    p->brief = an_big_calloc((size_t)(p->nents ? p->nents : 1), sizeof *p->brief);
    p->tcap = 16;
    while (p->tcap < (size_t)p->nents * 2) p->tcap *= 2;      /* load <= 1/2 */
    p->table = an_big_calloc(p->tcap, sizeof *p->table);
    if (!p->order || !p->brief || !p->table) return -1;
    for (int i = 0, run = 0; i < p->nents; i++) {
        p->order[i] = p->ents[i].pat;
        p->brief[i] = brief_of(p->order[i]);
        int last = i + 1 == p->nents || p->ents[i + 1].stem != p->ents[i].stem
                   || p->ents[i + 1].kid != p->ents[i].kid;
        if (last) { table_put(p, &p->ents[run], run, i + 1 - run); run = i + 1; }
    }
    p->indexed = 1;
    return 0;
}

int patterns_find(const an_patterns *p, const char *key, size_t len, int stem,
                  const an_pattern *const **out) {
    *out = NULL;
    if (!p || !p->indexed || !p->table) return 0;
    stem = stem != 0;
    size_t i = hash_bytes(key, len, stem) & (p->tcap - 1);
    for (; p->table[i].key; i = (i + 1) & (p->tcap - 1)) {
        const slot *s = &p->table[i];
        if (s->len == len && s->stem == stem && !memcmp(s->key, key, len)) {
            *out = p->order + s->start;
            return s->count;
        }
    }
    return 0;
}

/* ---- text form ---- */

static void put(char *buf, size_t n, size_t *k, const char *s) {
    int w = snprintf(buf + *k, *k < n ? n - *k : 0, "%s", s);
    if (w > 0) *k += (size_t)w;
    if (*k >= n) *k = n ? n - 1 : 0;
}

static void describe_elem(const pat_elem *e, char *buf, size_t n, size_t *k) {
    static const char *const marks[] = { "", "$T", "$S", "%", "^", "*", "VERB" };
    if (e->kind != PE_WORD) { put(buf, n, k, e->kind == PE_GAP ? "..4" : marks[e->kind]); return; }
    for (int i = 0; i < e->nwords; i++) {
        if (i) put(buf, n, k, "/");
        put(buf, n, k, e->words[i]);
    }
    if (e->mode == PM_STEM) put(buf, n, k, "~");
}

static const char *conn_text(int conn) { return conn == PC_ADJ ? "_" : conn == PC_LOOSE ? " .. " : " "; }

char *patterns_describe(const an_pattern *pat, char *buf, size_t n) {
    size_t k = 0;
    if (n) buf[0] = 0;
    for (int j = pat->npre - 1; j >= 0; j--) {        /* pre is stored nearest first */
        describe_elem(&pat->pre[j], buf, n, &k);
        put(buf, n, &k, conn_text(pat->pre[j].conn));
    }
    put(buf, n, &k, "*");
    for (int i = 0; i < pat->npost; i++) {
        put(buf, n, &k, conn_text(pat->post[i].conn));
        describe_elem(&pat->post[i], buf, n, &k);
    }
    char code[96];
    snprintf(code, sizeof code, " [%s%s%s]", pat->flags & PF_DISCARD ? "###" : pat->flags & PF_COMPLEX ? "+++"
             : pat->code ? pat->code : pat->code2 ? "" : "---", pat->code2 ? ":" : "", pat->code2 ? pat->code2 : "");
    put(buf, n, &k, code);
    return buf;
}

/* ---- our format (dict/README.md, "Event patterns") ---- */

typedef struct ours_ctx {
    an_patterns *p;
    const an_cameo *codes;
    const char *file;            /* kept in the set */
    const char *code;            /* current [CODE] block */
    int nouns;
    int null_block;              /* inside [---]: matches that are no event */
} ours_ctx;

static int ours_word_ok(const char *w) {
    if (!*w) return 0;
    for (const char *c = w; *c; c++)
        if (!(islower((unsigned char)*c) || isdigit((unsigned char)*c) || strchr("-_'.", *c)
              || (unsigned char)*c >= 0x80))
            return 0;
    return 1;
}

/* `a/b/c` into alternatives kept in the set. Returns the count, 0 on a bad word. */
static int ours_alts(an_patterns *p, const char *tok, const char **w, int max) {
    int n = 0;
    for (const char *s = tok; n < max;) {
        const char *slash = strchr(s, '/');
        size_t len = slash ? (size_t)(slash - s) : strlen(s);
        const char *word = patterns_str(p, s, len, 0);
        if (!ours_word_ok(word)) return 0;
        w[n++] = word;
        if (!slash) return n;
        s = slash + 1;
    }
    return 0;
}

static int ours_elem(ours_ctx *c, const char *tok, pat_elem *e, char *err, size_t errlen) {
    *e = (pat_elem){ .kind = PE_WORD, .mode = PM_WORD, .conn = PC_TIGHT };
    if (!strcmp(tok, "$T")) { e->kind = PE_TARGET; return 0; }
    /* An alternative set with `*` in it (dict/README.md writes "impose
     * STAR/embargo ...") is the gap: up to four tokens already take any word. */
    if (!strcmp(tok, "*") || !strncmp(tok, "*/", 2) || strstr(tok, "/*")) { e->kind = PE_GAP; return 0; }
    if (!strcmp(tok, "VERB")) { e->kind = PE_VERB; return 0; }
    const char *w[64];
    int n = ours_alts(c->p, tok, w, 64);
    if (!n) { snprintf(err, errlen, "bad token '%s': lowercase lemmas, a/b alternatives, $T, * or VERB", tok); return -1; }
    patterns_set_words(c->p, e, w, n);
    return 0;
}

static int ours_pattern(ours_ctx *c, const char *line, int lineno, char *err, size_t errlen) {
    if (!c->code && !c->null_block) { snprintf(err, errlen, "pattern before any [CODE] header"); return -1; }
    char buf[1024];
    snprintf(buf, sizeof buf, "%s", line);
    pat_draft d = { .code = c->code, .flags = (c->nouns ? PF_NOUN : 0) | (c->null_block ? PF_NULL : 0),
                    .file = c->file, .line = lineno };
    const char *heads[64];
    int nheads = 0;
    for (char *save = NULL, *tok = strtok_r(buf, " \t", &save); tok; tok = strtok_r(NULL, " \t", &save)) {
        if (!nheads) {
            nheads = ours_alts(c->p, tok, heads, 64);
            if (!nheads) { snprintf(err, errlen, "bad head word '%s': a lowercase lemma", tok); return -1; }
            continue;
        }
        if (d.npost == (int)(sizeof d.post / sizeof *d.post)) { snprintf(err, errlen, "pattern too long"); return -1; }
        if (ours_elem(c, tok, &d.post[d.npost++], err, errlen)) return -1;
    }
    if (!patterns_add(c->p, &d, heads, NULL, nheads)) { snprintf(err, errlen, "out of memory"); return -1; }
    return 0;
}

static int ours_line(void *ud, ent_kind kind, const char *key, const char *value, int line,
                     char *err, size_t errlen) {
    ours_ctx *c = ud;
    (void)key;
    if (kind == ENT_FIELD) { snprintf(err, errlen, "indented line: patterns start at the margin"); return -1; }
    if (kind == ENT_NAME) return ours_pattern(c, value, line, err, errlen);
    if (!strcmp(value, "---")) { c->code = NULL; c->null_block = 1; return 0; }   /* phrases that are no event */
    c->null_block = 0;
    if (c->codes && !cameo_get(c->codes, value)) {
        snprintf(err, errlen, "[%s] is not a code of dict/cameo/codes.txt", value);
        return -1;
    }
    c->code = patterns_str(c->p, value, strlen(value), 0);
    return 0;
}

int patterns_parse_ours(an_patterns *p, const char *name, const char *data, size_t len,
                        const an_cameo *codes, int nouns, char *err, size_t errlen) {
    ours_ctx c = { p, codes, patterns_str(p, name, strlen(name), 0), NULL, nouns, 0 };
    return entries_parse(name, data, len, ours_line, &c, err, errlen);
}

int patterns_load_ours(an_patterns *p, const char *path, const an_cameo *codes, int nouns,
                       char *err, size_t errlen) {
    ours_ctx c = { p, codes, patterns_str(p, path, strlen(path), 0), NULL, nouns, 0 };
    return entries_read(path, ours_line, &c, err, errlen);
}

int patterns_load_glob(an_patterns *p, const char *dict_dir, const char *prefix,
                       const an_cameo *codes, char *err, size_t errlen) {
    char pat[4096];
    snprintf(pat, sizeof pat, "%s/events/%s*.txt", dict_dir, prefix);
    glob_t g;
    int rc = glob(pat, 0, NULL, &g);          /* sorted by name */
    if (rc == GLOB_NOMATCH) { snprintf(err, errlen, "no pattern files %s", pat); return -1; }
    if (rc) { snprintf(err, errlen, "%s: cannot list files", pat); return -1; }
    int nouns = !strcmp(prefix, "nouns"), n = 0;
    for (size_t i = 0; i < g.gl_pathc; i++, n++)
        if (patterns_load_ours(p, g.gl_pathv[i], codes, nouns, err, errlen)) { n = -1; break; }
    globfree(&g);
    if (n >= 0 && patterns_index(p)) { snprintf(err, errlen, "out of memory"); n = -1; }
    return n;
}
