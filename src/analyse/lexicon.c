/* The lexicon: WordNet's index and exception files plus our closed-class lists,
 * in one open-addressing hash table built at load time.
 *
 * WordNet is read from its data files rather than through libwordnet because
 * the library keeps global state (open files, static buffers) and is not safe
 * to share between threads; reading the index files ourselves takes a few tens
 * of milliseconds and gives a table that is read-only afterwards. Inflected
 * forms are not stored: lex_lookup undoes regular inflection (-s, -ed, -ing,
 * -er, -est) at lookup time and consults the exception lists for the rest. */
#include "lexicon.h"
#include "../core/fnv.h"
#include "../core/ascii.h"
#include "../core/load.h"
#include "../core/wordset.h"
#include "../core/bigmem.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

enum { WN_N = 1, WN_V = 2, WN_A = 4, WN_R = 8 };
enum { EXC_N, EXC_V, EXC_A };

typedef struct lx_entry {
    uint64_t tags;               /* from our closed-class lists */
    uint64_t head;               /* the word's first 8 bytes, zero-padded: most words
                                    compare here without reading the pool */
    uint32_t off, hash, cls;
    uint16_t len;
    uint8_t wn;                  /* WN_* readings */
    uint8_t caps;                /* 1: WordNet writes it capitalised, 2: in lower case */
    uint16_t fn, fv;             /* tagged-sense counts */
    int32_t lemma;               /* lemma entry for a closed-class form ("was" -> "be"), or -1 */
    int32_t exc[3];              /* exception bases, or -1 */
} lx_entry;

/* Each word in the pool is preceded by a copy of its entry's classes
 * (written once the lists are loaded), so that the classes of a lemma the
 * lexicon handed out are one read away instead of a hash lookup: the clause
 * finder asks for them for every verb group and preposition. */
#define LX_POOL_CLS sizeof(uint32_t)

struct an_lexicon {
    char *pool; size_t npool, cappool;
    lx_entry *e; uint32_t n, cap;
    uint64_t *slots; uint32_t mask;   /* hash << 32 | (entry index + 1); 0 = empty */
    lx_memo_pool *memos;              /* per-thread tables of recent answers (lexicon_memo.c) */
    an_wordset *abbrevs;              /* the words with LX_ABBR_* classes: see lex_abbrev_classes */
};

static uint32_t hash_word(const char *w, size_t n) { return an_fnv(AN_FNV_START, w, n); }

static const char *str_of(const an_lexicon *lx, const lx_entry *e) { return lx->pool + e->off; }

static uint64_t head_of(const char *w, size_t n) { return an_load_short(w, n); }

static const lx_entry *find_hashed(const an_lexicon *lx, const char *w, size_t n, uint32_t h) {
    if (!lx->slots || n == 0 || n >= LX_MAX_WORD) return NULL;
    uint64_t head = head_of(w, n);
    for (uint32_t i = h & lx->mask;; i = (i + 1) & lx->mask) {
        uint64_t s = lx->slots[i];
        if (!s) return NULL;
        if ((uint32_t)(s >> 32) != h) continue;
        const lx_entry *e = &lx->e[(uint32_t)s - 1];
        if (e->len == n && e->head == head && (n <= 8 || !memcmp(lx->pool + e->off + 8, w + 8, n - 8))) return e;
    }
}

static const lx_entry *find(const an_lexicon *lx, const char *w, size_t n) {
    return find_hashed(lx, w, n, hash_word(w, n));
}

static void *xrealloc(void *p, size_t n) {
    void *q = an_big_realloc(p, n);
    if (!q) { fputs("annals: out of memory\n", stderr); abort(); }
    return q;
}

static void rehash(an_lexicon *lx, uint32_t nslots) {
    an_big_free(lx->slots);
    lx->slots = an_big_calloc(nslots, sizeof *lx->slots);
    if (!lx->slots) { fputs("annals: out of memory\n", stderr); abort(); }
    lx->mask = nslots - 1;
    for (uint32_t k = 0; k < lx->n; k++) {
        uint32_t i = lx->e[k].hash & lx->mask;
        while (lx->slots[i]) i = (i + 1) & lx->mask;
        lx->slots[i] = (uint64_t)lx->e[k].hash << 32 | (k + 1);
    }
}

/* Index of the entry for w, created if absent. */
static int32_t intern(an_lexicon *lx, const char *w, size_t n) {
    const lx_entry *f = find(lx, w, n);
    if (f) return (int32_t)(f - lx->e);
    if (lx->n == lx->cap) {
        lx->cap = lx->cap ? lx->cap * 2 : 1u << 16;
        lx->e = xrealloc(lx->e, lx->cap * sizeof *lx->e);
    }
    size_t need = LX_POOL_CLS + n + 1;         /* room for the classes, the word, its NUL */
    if (lx->npool + need > lx->cappool) {
        while (lx->npool + need > lx->cappool) lx->cappool = lx->cappool ? lx->cappool * 2 : 1u << 20;
        lx->pool = xrealloc(lx->pool, lx->cappool);
    }
    lx_entry *e = &lx->e[lx->n++];
    memset(e, 0, sizeof *e);
    memset(lx->pool + lx->npool, 0, LX_POOL_CLS);
    lx->npool += LX_POOL_CLS;
    e->off = (uint32_t)lx->npool;
    e->len = (uint16_t)n;
    e->hash = hash_word(w, n);
    e->head = head_of(w, n);
    e->lemma = e->exc[0] = e->exc[1] = e->exc[2] = -1;
    memcpy(lx->pool + lx->npool, w, n);
    lx->pool[lx->npool + n] = 0;
    lx->npool += n + 1;
    if (lx->n * 2 > lx->mask + 1) rehash(lx, (lx->mask + 1) * 2);
    else {
        uint32_t i = e->hash & lx->mask;
        while (lx->slots[i]) i = (i + 1) & lx->mask;
        lx->slots[i] = (uint64_t)e->hash << 32 | lx->n;
    }
    return (int32_t)(lx->n - 1);
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = NULL;
    if (fseek(f, 0, SEEK_END) == 0) {
        long sz = ftell(f);
        if (sz >= 0 && fseek(f, 0, SEEK_SET) == 0) {
            buf = malloc((size_t)sz + 1);
            if (buf && fread(buf, 1, (size_t)sz, f) != (size_t)sz) { free(buf); buf = NULL; }
            if (buf) { buf[sz] = 0; *len = (size_t)sz; }
        }
    }
    fclose(f);
    return buf;
}

/* Next whitespace-separated field of a line; *p advances past it. */
static size_t field(const char **p, const char *end, const char **start) {
    const char *s = *p;
    while (s < end && (*s == ' ' || *s == '\t')) s++;
    const char *t = s;
    while (t < end && !an_ascii_is((unsigned char)*t, AN_ASC_SPACE)) t++;
    *start = s;
    *p = t;
    return (size_t)(t - s);
}

/* A field as a number in base 10 or 16 (0 where it has no digits). The
 * files are mapped, not NUL-terminated: atoi could read past the end. */
static unsigned number(const char *f, size_t n, unsigned base) {
    unsigned v = 0;
    for (size_t i = 0; i < n && v < 1u << 24; i++) {
        unsigned c = (unsigned char)f[i], d = base;
        if (c >= '0' && c <= '9') d = c - '0';
        else if ((c | 32) >= 'a' && (c | 32) <= 'f') d = (c | 32) - 'a' + 10;
        if (d >= base) break;
        v = v * base + d;
    }
    return v;
}

static int usable(const char *w, size_t n) {
    return n > 0 && n < LX_MAX_WORD && !memchr(w, '_', n);
}

/* index.noun etc.: "lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offsets" */
static void load_index_line(an_lexicon *lx, const char *p, const char *end, int wnbit) {
    const char *w, *f;
    size_t n = field(&p, end, &w);
    if (!usable(w, n)) return;
    int32_t k = intern(lx, w, n);
    lx_entry *e = &lx->e[k];
    e->wn |= (uint8_t)wnbit;
    field(&p, end, &f);                               /* pos */
    field(&p, end, &f);                               /* synset_cnt */
    size_t fl = field(&p, end, &f);
    int ptrs = (int)number(f, fl, 10);
    for (int i = 0; i < ptrs; i++) field(&p, end, &f);
    field(&p, end, &f);                               /* sense_cnt */
    fl = field(&p, end, &f);
    unsigned tagged = number(f, fl, 10) + 1;
    if (tagged > 65535) tagged = 65535;
    if (wnbit == WN_N) e->fn = (uint16_t)tagged;
    if (wnbit == WN_V) e->fv = (uint16_t)tagged;
}

static void load_exc_line(an_lexicon *lx, const char *p, const char *end, int which) {
    const char *w, *b;
    size_t n = field(&p, end, &w);
    size_t bn = field(&p, end, &b);
    if (!usable(w, n) || !usable(b, bn)) return;
    int32_t base = intern(lx, b, bn);
    int32_t k = intern(lx, w, n);
    lx_entry *e = &lx->e[k];
    if (e->exc[which] < 0) e->exc[which] = base;
}

/* data.noun: "offset lexfile ss_type w_cnt word lex_id word lex_id ... |". Only
 * used to learn which nouns WordNet writes capitalised, i.e. names. */
static void load_data_line(an_lexicon *lx, const char *p, const char *end) {
    const char *f;
    field(&p, end, &f); field(&p, end, &f); field(&p, end, &f);
    size_t fl = field(&p, end, &f);
    if (!fl) return;
    int cnt = (int)number(f, fl, 16);
    for (int i = 0; i < cnt; i++) {
        const char *w;
        size_t n = field(&p, end, &w);
        field(&p, end, &f);
        if (!usable(w, n)) continue;
        char low[LX_MAX_WORD];
        int cap = 0;
        for (size_t k = 0; k < n; k++) {
            char c = w[k];
            if (c >= 'A' && c <= 'Z') { cap = 1; c = (char)(c + 32); }
            low[k] = c;
        }
        const lx_entry *e = find(lx, low, n);
        if (e) lx->e[e - lx->e].caps |= (uint8_t)(cap ? 1 : 2);
    }
}

typedef void (*line_fn)(an_lexicon *lx, const char *p, const char *end, int arg);

/* WordNet's files (24 MB, 15 of them data.noun) are mapped, not read: a copy
 * into fresh heap pages took a page fault per 4 KB, 4,300 of the 11,700 an
 * `annals extract` process had, and a fault costs some 12 us on the virtual
 * machine we measure on. */
static int each_line(an_lexicon *lx, const char *path, line_fn fn, int arg) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) return -1;
    struct stat st;
    if (fstat(fd, &st) != 0) { close(fd); return -1; }
    size_t len = (size_t)st.st_size;
    char *buf = len ? mmap(NULL, len, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0) : NULL;
    close(fd);
    if (buf == MAP_FAILED) return -1;
    const char *p = buf, *end = buf + len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) nl = end;
        if (p < nl && *p != ' ') fn(lx, p, nl, arg);     /* license lines start with spaces */
        p = nl + 1;
    }
    if (buf) munmap(buf, len);
    return 0;
}

static void data_line(an_lexicon *lx, const char *p, const char *end, int arg) {
    (void)arg;
    load_data_line(lx, p, end);
}

static void load_wordnet(an_lexicon *lx, const char *dir) {
    static const char *const pos[] = { "noun", "verb", "adj", "adv" };
    char path[4096];
    for (int i = 0; i < 4; i++) {
        snprintf(path, sizeof path, "%s/index.%s", dir, pos[i]);
        each_line(lx, path, load_index_line, 1 << i);
    }
    for (int i = 0; i < 3; i++) {
        snprintf(path, sizeof path, "%s/%s.exc", dir, pos[i]);
        each_line(lx, path, load_exc_line, i);
    }
    snprintf(path, sizeof path, "%s/data.noun", dir);
    each_line(lx, path, data_line, 0);
    for (uint32_t k = 0; k < lx->n; k++)
        if ((lx->e[k].wn & WN_N) && lx->e[k].caps == 1) lx->e[k].cls |= LX_PROPER;
}

/* ---- our lists: "[TAG]" or "[CLASS]" blocks of words, "form=lemma" ---- */

static const struct { const char *name; uint32_t cls; } class_names[] = {
    { "SPEECH", LX_SPEECH }, { "INTEND", LX_INTEND }, { "THREATEN", LX_THREATEN },
    { "NEGATIVE", LX_NEGATIVE }, { "ATTEMPT", LX_ATTEMPT }, { "OBJ_CONTROL", LX_OBJ_CONTROL },
    { "TITLE", LX_TITLE }, { "SUBORD", LX_SUBORD }, { "COND", LX_COND }, { "OPEN", LX_OPEN },
    { "ABBR_TITLE", LX_ABBR_TITLE }, { "ABBR_MONTH", LX_ABBR_MONTH }, { "ABBR", LX_ABBR }, { "SAME_PAST", LX_SAME_PAST },
};

typedef struct block { an_pos tag; uint32_t cls; } block;

static int parse_header(const char *s, size_t n, block *b) {
    b->tag = an_pos_from_name(s, n);
    b->cls = 0;
    if (b->tag) return 0;
    for (size_t i = 0; i < sizeof class_names / sizeof *class_names; i++)
        if (strlen(class_names[i].name) == n && !memcmp(class_names[i].name, s, n)) {
            b->cls = class_names[i].cls;
            return 0;
        }
    return -1;
}

static void add_listed(an_lexicon *lx, const char *w, size_t n, const block *b) {
    const char *eq = memchr(w, '=', n);
    size_t wn = eq ? (size_t)(eq - w) : n;
    int32_t lemma = eq ? intern(lx, eq + 1, n - wn - 1) : -1;
    int32_t k = intern(lx, w, wn);
    lx_entry *e = &lx->e[k];
    e->cls |= b->cls;
    if (b->tag) {
        e->tags |= POSBIT(b->tag);
        e->cls |= LX_CLOSED;
        if (lemma >= 0) e->lemma = lemma;
    }
}

static int load_list(an_lexicon *lx, const char *path, char *err, size_t errlen) {
    size_t len;
    char *buf = read_file(path, &len);
    if (!buf) { snprintf(err, errlen, "%s: cannot read", path); return -1; }
    block b = { AN_POS_NONE, 0 };
    int have = 0, line = 0, rc = 0;
    for (const char *p = buf, *end = buf + len; p < end && !rc;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) nl = end;
        const char *stop = memchr(p, '#', (size_t)(nl - p));
        if (!stop) stop = nl;
        line++;
        const char *w;
        for (size_t n; !rc && (n = field(&p, stop, &w)) > 0;) {
            if (w[0] == '[' && w[n - 1] == ']') {
                if (parse_header(w + 1, n - 2, &b)) rc = -1;
                else have = 1;
            } else if (!have || n >= LX_MAX_WORD || w[0] == '=' || w[n - 1] == '=') rc = -1;
            else add_listed(lx, w, n, &b);
        }
        if (rc) snprintf(err, errlen, "%s:%d: %s", path, line, have ? "unknown block or bad word" : "word before any [BLOCK]");
        p = nl + 1;
    }
    free(buf);
    return rc;
}

/* The tokenizer asks whether the word before every period is an
 * abbreviation; the few dozen that are fit a small word set that stays in
 * the cache, where the lexicon's table does not. Only lower-case entries:
 * the word set ignores case, the lexicon does not. */
static void index_abbrevs(an_lexicon *lx) {
    lx->abbrevs = an_wordset_new();
    for (uint32_t k = 0; k < lx->n; k++) {
        const lx_entry *e = &lx->e[k];
        uint32_t abbr = e->cls & LX_ABBR_ANY;
        const char *w = str_of(lx, e);
        if (!abbr || e->len > LX_ABBREV_MAX) continue;
        int lower = 1;
        for (const char *p = w; *p; p++) lower &= !an_ascii_is((unsigned char)*p, AN_ASC_UPPER);
        if (lower) an_wordset_add(lx->abbrevs, (const char *const[]){ w, NULL }, abbr);
    }
}

an_lexicon *an_lexicon_load(const char *dict_dir, const char *wordnet_dir, char *err, size_t errlen) {
    an_lexicon *lx = calloc(1, sizeof *lx);
    if (!lx) { snprintf(err, errlen, "out of memory"); return NULL; }
    rehash(lx, 1u << 18);
    lx->memos = lx_memo_pool_new();           /* without it, lookups just go uncached */
    if (!wordnet_dir) wordnet_dir = getenv("ANNALS_WORDNET");
    load_wordnet(lx, wordnet_dir ? wordnet_dir : "/usr/share/wordnet");
    static const char *const lists[] = { "closed.txt", "classes.txt", "abbrev.txt" };
    char path[4096];
    for (size_t i = 0; i < sizeof lists / sizeof *lists; i++) {
        snprintf(path, sizeof path, "%s/lexicon/%s", dict_dir ? dict_dir : "dict", lists[i]);
        if (load_list(lx, path, err, errlen)) { an_lexicon_free(lx); return NULL; }
    }
    for (uint32_t k = 0; k < lx->n; k++) memcpy(lx->pool + lx->e[k].off - LX_POOL_CLS, &lx->e[k].cls, LX_POOL_CLS);
    index_abbrevs(lx);
    return lx;
}

void an_lexicon_free(an_lexicon *lx) {
    if (!lx) return;
    an_big_free(lx->pool);
    an_big_free(lx->e);
    an_big_free(lx->slots);
    lx_memo_pool_free(lx->memos);
    an_wordset_free(lx->abbrevs);
    free(lx);
}

lx_memo_pool *lex_memos(const an_lexicon *lx) { return lx ? lx->memos : NULL; }

/* ---- lookup ---- */

static void set_lemma(const char **slot, const char *s) { if (!*slot) *slot = s; }

/* Record a verb or noun lemma entry, with its classes. */
static void verb_lemma(const an_lexicon *lx, const char **slot, const lx_entry *b, lex_info *out) {
    set_lemma(slot, str_of(lx, b));
    out->vcls |= b->cls;
    if (b->fv > out->fverb) out->fverb = b->fv;
}

static void noun_lemma(const an_lexicon *lx, const char **slot, const lx_entry *b, lex_info *out) {
    set_lemma(slot, str_of(lx, b));
    out->ncls |= b->cls;
    if (b->fn > out->fnoun) out->fnoun = b->fn;
}

static void add_exact(const an_lexicon *lx, const lx_entry *e, const char *w, size_t n, lex_info *out) {
    if (e->wn & WN_N) { out->tags |= POSBIT(AN_POS_NN); noun_lemma(lx, &out->noun, e, out); }
    if (e->wn & WN_V) { out->tags |= POSBIT(AN_POS_VB) | POSBIT(AN_POS_VBP); verb_lemma(lx, &out->verb, e, out); }
    if (e->cls & LX_SAME_PAST) { out->tags |= POSBIT(AN_POS_VBD) | POSBIT(AN_POS_VBN); set_lemma(&out->vpast, str_of(lx, e)); }
    if (e->wn & WN_A) { out->tags |= POSBIT(AN_POS_JJ); set_lemma(&out->adj, str_of(lx, e)); }
    if (e->wn & WN_R) { out->tags |= POSBIT(AN_POS_RB); set_lemma(&out->other, str_of(lx, e)); }
    if (e->exc[EXC_N] >= 0) { out->tags |= POSBIT(AN_POS_NNS); noun_lemma(lx, &out->nouns, &lx->e[e->exc[EXC_N]], out); }
    if (e->exc[EXC_V] >= 0) {
        const lx_entry *b = &lx->e[e->exc[EXC_V]];
        if (n > 1 && w[n - 1] == 's') { out->tags |= POSBIT(AN_POS_VBZ); verb_lemma(lx, &out->vs, b, out); }
        else if (n > 3 && !memcmp(w + n - 3, "ing", 3)) { out->tags |= POSBIT(AN_POS_VBG); verb_lemma(lx, &out->ving, b, out); }
        else { out->tags |= POSBIT(AN_POS_VBD) | POSBIT(AN_POS_VBN); verb_lemma(lx, &out->vpast, b, out); }
    }
    if (e->exc[EXC_A] >= 0) {
        an_pos t = n > 3 && !memcmp(w + n - 3, "est", 3) ? AN_POS_JJS : n > 2 && !memcmp(w + n - 2, "er", 2) ? AN_POS_JJR : AN_POS_JJ;
        out->tags |= POSBIT(t);
        set_lemma(&out->adj, str_of(lx, &lx->e[e->exc[EXC_A]]));
    }
}

/* The entry for w[0, keep) + add, if any. */
static const lx_entry *base(const an_lexicon *lx, const char *w, size_t keep, const char *add) {
    char b[LX_MAX_WORD];
    size_t an = strlen(add);
    if (keep < 2 || keep + an >= LX_MAX_WORD) return NULL;
    memcpy(b, w, keep);
    memcpy(b + keep, add, an);
    return find(lx, b, keep + an);
}

static int ends(const char *w, size_t n, const char *suf) {
    size_t k = strlen(suf);
    return n > k && !memcmp(w + n - k, suf, k);
}

/* "-s": a plural noun or a third person verb, from one probe per base. */
static void plural_base(const an_lexicon *lx, const lx_entry *b, lex_info *out) {
    if (!b) return;
    if (b->wn & WN_N) { out->tags |= POSBIT(AN_POS_NNS); noun_lemma(lx, &out->nouns, b, out); }
    if (b->wn & WN_V) { out->tags |= POSBIT(AN_POS_VBZ); verb_lemma(lx, &out->vs, b, out); }
}

static void add_plural(const an_lexicon *lx, const char *w, size_t n, lex_info *out) {
    if (!ends(w, n, "s") || ends(w, n, "ss") || ends(w, n, "'s")) return;
    plural_base(lx, base(lx, w, n - 1, ""), out);
    if (ends(w, n, "es")) plural_base(lx, base(lx, w, n - 2, ""), out);
    if (ends(w, n, "ies")) plural_base(lx, base(lx, w, n - 3, "y"), out);
}

static void verb_base(const an_lexicon *lx, const lx_entry *b, an_pos tag, const char **slot, lex_info *out) {
    if (!b || !(b->wn & WN_V)) return;
    out->tags |= POSBIT(tag);
    if (tag == AN_POS_VBD) out->tags |= POSBIT(AN_POS_VBN);
    verb_lemma(lx, slot, b, out);
}

static void add_verb_forms(const an_lexicon *lx, const char *w, size_t n, lex_info *out) {
    if (ends(w, n, "ed")) {
        const char **slot = &out->vpast;
        if (n > 5 && w[n - 3] == w[n - 4]) verb_base(lx, base(lx, w, n - 3, ""), AN_POS_VBD, slot, out);
        if (ends(w, n, "ied")) verb_base(lx, base(lx, w, n - 3, "y"), AN_POS_VBD, slot, out);
        verb_base(lx, base(lx, w, n - 1, ""), AN_POS_VBD, slot, out);
        verb_base(lx, base(lx, w, n - 2, ""), AN_POS_VBD, slot, out);
    } else if (ends(w, n, "ing") && n > 4) {
        const char **slot = &out->ving;
        if (n > 5 && w[n - 4] == w[n - 5]) verb_base(lx, base(lx, w, n - 4, ""), AN_POS_VBG, slot, out);
        if (ends(w, n, "ying")) verb_base(lx, base(lx, w, n - 4, "ie"), AN_POS_VBG, slot, out);
        verb_base(lx, base(lx, w, n - 3, "e"), AN_POS_VBG, slot, out);
        verb_base(lx, base(lx, w, n - 3, ""), AN_POS_VBG, slot, out);
    }
}

static void adj_base(const an_lexicon *lx, const lx_entry *b, an_pos tag, lex_info *out) {
    if (!b || !(b->wn & WN_A)) return;
    out->tags |= POSBIT(tag);
    set_lemma(&out->adj, str_of(lx, b));
}

static void add_degree(const an_lexicon *lx, const char *w, size_t n, lex_info *out) {
    size_t k = ends(w, n, "est") ? 3 : ends(w, n, "er") ? 2 : 0;
    if (!k || n < k + 3) return;
    an_pos tag = k == 3 ? AN_POS_JJS : AN_POS_JJR;
    adj_base(lx, base(lx, w, n - k, ""), tag, out);
    adj_base(lx, base(lx, w, n - k + 1, ""), tag, out);
    if (w[n - k - 1] == w[n - k - 2]) adj_base(lx, base(lx, w, n - k - 1, ""), tag, out);
    if (w[n - k - 1] == 'i') adj_base(lx, base(lx, w, n - k - 1, "y"), tag, out);
}

uint32_t lex_hash(const char *w, size_t n) { return hash_word(w, n); }

int lex_lookup(const an_lexicon *lx, const char *w, size_t n, lex_info *out) {
    return lex_lookup_hashed(lx, w, n, hash_word(w, n), out);
}

int lex_lookup_hashed(const an_lexicon *lx, const char *w, size_t n, uint32_t hash, lex_info *out) {
    memset(out, 0, sizeof *out);
    if (!lx || n == 0 || n >= LX_MAX_WORD) return 0;
    const lx_entry *e = find_hashed(lx, w, n, hash);
    if (e) {
        out->cls = e->cls;
        if (e->tags) {
            out->tags = e->tags;
            out->other = str_of(lx, e->lemma >= 0 ? &lx->e[e->lemma] : e);
            if (!(e->cls & LX_OPEN)) return 1;
        }
        add_exact(lx, e, w, n, out);
    }
    if (n > 3) {
        add_plural(lx, w, n, out);
        add_verb_forms(lx, w, n, out);
        if (!e) add_degree(lx, w, n, out);         /* "minister" is not "more minist" */
    }
    return out->tags != 0;
}

void lex_prefetch(const an_lexicon *lx, uint32_t h, int round) {
    if (!lx || !lx->slots) return;
    const uint64_t *slot = &lx->slots[h & lx->mask];
    if (round == 0) { __builtin_prefetch(slot); return; }
    if (*slot && (uint32_t)(*slot >> 32) == h) {              /* the first probe; most words end there */
        const lx_entry *e = &lx->e[(uint32_t)*slot - 1];
        if (round == 1) __builtin_prefetch(e);
        else __builtin_prefetch(lx->pool + e->off);
    }
}

uint32_t lex_classes(const an_lexicon *lx, const char *w, size_t n) {
    const lx_entry *e = lx ? find(lx, w, n) : NULL;
    return e ? e->cls : 0;
}

uint32_t lex_abbrev_classes(const an_lexicon *lx, const char *w, size_t n) {
    if (!lx) return 0;
    if (n > LX_ABBREV_MAX || !lx->abbrevs) return lex_classes(lx, w, n) & LX_ABBR_ANY;
    return an_wordset_get(lx->abbrevs, w, n);
}

uint32_t lex_lemma_classes(const an_lexicon *lx, const char *lemma) {
    if (!lx || !lemma) return 0;
    uintptr_t p = (uintptr_t)lemma, pool = (uintptr_t)lx->pool;
    if (p >= pool + LX_POOL_CLS && p < pool + lx->npool) {     /* a string of ours: its classes precede it */
        uint32_t cls;
        memcpy(&cls, lemma - LX_POOL_CLS, sizeof cls);
        return cls;
    }
    return lex_classes(lx, lemma, strlen(lemma));
}
