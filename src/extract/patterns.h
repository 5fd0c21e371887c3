/* Compiled event patterns: our verb and noun pattern files (dict/events/, see
 * dict/README.md "Event patterns") and, through patterns_import.h, the verb
 * dictionaries of TABARI and PETRARCH, all in one structure.
 *
 * A pattern is a head word (the main verb of a clause, or the event noun) with
 * element sequences after it (`post`) and, for imported patterns only, before
 * it (`pre`). Patterns are indexed by head in a hash table; the patterns of one
 * head are kept most specific first, so the matcher can stop at the first
 * pattern that matches. A set is built once, then only read: it may be shared
 * by any number of threads. */
#ifndef AN_PATTERNS_H
#define AN_PATTERNS_H
#include <stddef.h>
#include <stdint.h>

struct an_cameo;

typedef enum {
    PE_WORD,       /* one token; `words` are the alternatives */
    PE_TARGET,     /* `$T` (ours), `+` (peers): an actor slot, the target */
    PE_SOURCE,     /* `$` (peers): an actor slot, the source */
    PE_BOTH,       /* `%` (peers): an actor slot that is source and target */
    PE_SKIP,       /* `^` (peers): an actor slot that is passed over */
    PE_GAP,        /* `*` (ours): zero to four tokens of anything */
    PE_VERB        /* `VERB`: any verb (an infinitival complement) */
} pe_kind;

typedef enum {
    PM_WORD,       /* the token's lemma or its form equals the word */
    PM_STEM        /* the token's form or lemma starts with the word (TABARI) */
} pm_mode;

/* How an element follows the one before it (or the head). */
typedef enum {
    PC_TIGHT,      /* ours: next token, passing over determiners, adjectives, adverbs */
    PC_ADJ,        /* next token exactly (TABARI/PETRARCH `_`) */
    PC_LOOSE       /* any later token of the clause (TABARI/PETRARCH blank) */
} pc_conn;

typedef struct pat_elem {
    uint8_t kind, mode, conn, nwords;
    uint32_t initials;             /* pattern_initial() of each alternative's first byte, with
                                      PAT_ANY_INITIAL if one starts with something else */
    uint64_t pairs;                /* pattern_pair() of each alternative; every bit when one is
                                      shorter than three bytes */
    const char *const *words;      /* lowercase alternatives, PE_WORD only */
} pat_elem;

#define PAT_ANY_INITIAL (1u << 31)

enum {
    PF_NULL = 1,       /* code `---`: matched, but no event */
    PF_DISCARD = 2,    /* code `###`: the sentence is discarded */
    PF_COMPLEX = 4,    /* code `+++`: the sentence is too complex to code */
    PF_NOUN = 8,       /* a noun pattern */
    PF_SUBORD = 16     /* TABARI `[023?]`: coded only if nothing else is (manual 6.6.1) */
};

typedef struct an_pattern {
    const char *code;              /* event code; NULL with PF_NULL/DISCARD/COMPLEX or a `:B` code */
    const char *code2;             /* the reverse event of a paired code `A:B`, else NULL */
    const char *head;              /* head word as written (first alternative) */
    const pat_elem *post; int npost;
    const pat_elem *pre; int npre; /* nearest the head first */
    const char *file; int line;    /* where it was written */
    int specificity;               /* higher is tried first */
    int flags;
} an_pattern;

typedef struct an_patterns an_patterns;

an_patterns *patterns_new(void);
void patterns_free(an_patterns *p);

/* Our own format. Appends every pattern of one file; codes must be in the
 * CAMEO table when one is given. Returns 0, or -1 with "file:line: message". */
int patterns_load_ours(an_patterns *p, const char *path, const struct an_cameo *codes,
                       int nouns, char *err, size_t errlen);
int patterns_parse_ours(an_patterns *p, const char *name, const char *data, size_t len,
                        const struct an_cameo *codes, int nouns, char *err, size_t errlen);
/* Load every file matching dict_dir/events/<prefix>*.txt, in name order
 * (prefix "verbs" or "nouns"), then index. Returns the number of files, or -1. */
int patterns_load_glob(an_patterns *p, const char *dict_dir, const char *prefix,
                       const struct an_cameo *codes, char *err, size_t errlen);

/* Build the index; call after the last add. Idempotent. */
int patterns_index(an_patterns *p);

int patterns_count(const an_patterns *p);
const an_pattern *patterns_at(const an_patterns *p, int i);   /* in load order */

/* The patterns whose head key is the `len` bytes at `key`, most specific
 * first. stem 0: keys that must equal the word; stem 1: TABARI roots written
 * without `_`, which match any word they begin. Returns the count and sets
 * *out (NULL when none). */
int patterns_find(const an_patterns *p, const char *key, size_t len, int stem,
                  const an_pattern *const **out);
/* What the matcher may test before it reads a pattern, kept beside the
 * index in the same order as patterns_find's runs (runs are long for common
 * verbs, and each pattern read from memory is a cache miss): its specificity,
 * and the letters some word of the clause must start with for it to fit. */
typedef struct pat_brief {
    uint32_t need;                 /* bit c - 'a': a word element whose every alternative starts with c */
    int specificity;
    uint64_t need_pairs;           /* pattern_pair() bits, each of a word element whose every
                                      alternative has it (and three bytes or more) */
} pat_brief;
/* The briefs of a run returned by patterns_find, in the same order. */
const pat_brief *patterns_briefs(const an_patterns *p, const an_pattern *const *run);
/* The first letter of a word as a need bit (0 for anything but a-z, A-Z). */
static inline uint32_t pattern_initial(unsigned char c) {
    c = (unsigned char)(c | 0x20);
    return c >= 'a' && c <= 'z' ? 1u << (c - 'a') : 0;
}

/* The first two bytes of a word as one of 64 bits, ASCII case folded (the
 * fold may join other bytes too: a false match only costs a comparison).
 * A token fits a word of three bytes or more, as an exact word, a stem or
 * the word plus a regular ending, only if its form or lemma starts with the
 * word's first two bytes (regular_form drops at most a final e), so a clause
 * whose tokens lack a word's bit cannot fit it. */
static inline uint64_t pattern_pair(const char *w) {
    uint32_t a = (unsigned char)w[0] | 0x20, b = w[0] ? (unsigned char)w[1] | 0x20 : 0;
    return 1ull << ((uint32_t)((a << 8 | b) * 0x9E3779B1u) >> 26);
}

/* The longest stem key in the set (0 if none): stem lookups need not try
 * longer prefixes. */
size_t patterns_max_stem(const an_patterns *p);

/* A pattern written back as text, for tests and tracing: elements joined by
 * their connection (" " tight, "_" adjacent, " .. " loose), alternatives with
 * "/", stems with a trailing "~", the head as "*": `said .. * sanction/embargo
 * on $T [163]`. Returns buf. */
char *patterns_describe(const an_pattern *pat, char *buf, size_t n);

/* ---- building, for the importers ---- */

/* A pattern under construction; elements are copied in patterns_add. */
typedef struct pat_draft {
    const char *code, *code2;
    int flags;
    pat_elem post[32], pre[32];
    int npost, npre;
    const char *file; int line;
} pat_draft;

/* Keep a string in the set (lowercased when lower != 0); returns the copy. */
const char *patterns_str(an_patterns *p, const char *s, size_t n, int lower);
/* A copy of an alternatives array owned by the set. */
const char *const *patterns_words(an_patterns *p, const char *const *w, int n);
/* Set a word element's alternatives: words, nwords and the masks the
 * matcher tests first (initials, pairs). */
void patterns_set_words(an_patterns *p, pat_elem *e, const char *const *w, int n);
/* Add a pattern under each of the head keys; stems[i] != 0: key i matches as
 * a prefix (TABARI roots). stems may be NULL: all keys exact. */
const an_pattern *patterns_add(an_patterns *p, const pat_draft *d, const char *const *keys,
                               const uint8_t *stems, int nkeys);
/* The specificity score patterns_add gives a draft. */
int patterns_score(const pat_draft *d);

#endif
