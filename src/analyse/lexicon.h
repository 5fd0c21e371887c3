/* The lexicon inside the analyse stage: word forms to possible tags, lemmas
 * and word classes. Built once by an_lexicon_load, then only read. */
#ifndef AN_LEXICON_H
#define AN_LEXICON_H
#include "analyse.h"

#define LX_MAX_WORD 64          /* longer words are never in the lexicon */
#define POSBIT(p) ((uint64_t)1 << (p))

enum {  /* word classes, from dict/lexicon/classes.txt, abbrev.txt and WordNet */
    LX_CLOSED     = 1u << 0,    /* has tags from our closed-class lists */
    LX_OPEN       = 1u << 1,    /* closed, but WordNet readings kept too */
    LX_PROPER     = 1u << 2,    /* WordNet only knows it capitalised ("Russia") */
    LX_SPEECH     = 1u << 3,
    LX_INTEND     = 1u << 4,
    LX_THREATEN   = 1u << 5,
    LX_NEGATIVE   = 1u << 6,
    LX_ATTEMPT    = 1u << 7,
    LX_OBJ_CONTROL= 1u << 8,
    LX_TITLE      = 1u << 9,
    LX_SUBORD     = 1u << 10,
    LX_COND       = 1u << 11,
    LX_ABBR_TITLE = 1u << 12,
    LX_ABBR_MONTH = 1u << 13,
    LX_ABBR       = 1u << 14,
    LX_ABBR_ANY   = LX_ABBR_TITLE | LX_ABBR_MONTH | LX_ABBR,
    LX_SAME_PAST  = 1u << 15,   /* past forms are the base form: "hit", "cut" */
};

/* What one word form may be. Lemmas point into the lexicon. */
typedef struct lex_info {
    uint64_t tags;               /* POSBIT(an_pos) for every possible tag */
    /* lemma per reading, NULL if none */
    const char *noun, *nouns;    /* NN, NNS */
    const char *verb, *vpast, *vs, *ving;    /* VB/VBP, VBD/VBN, VBZ, VBG */
    const char *adj, *other;     /* JJ*, anything else (closed classes) */
    uint32_t cls;                /* LX_* of the form itself */
    uint32_t vcls;               /* LX_* of its verb lemmas */
    uint32_t ncls;               /* LX_* of its noun lemmas */
    uint16_t fnoun, fverb;       /* WordNet tagged-sense counts: how common each reading is */
} lex_info;

/* Look up a lower-case word. Returns 1 if anything is known about it. */
int lex_lookup(const an_lexicon *lx, const char *w, size_t n, lex_info *out);
/* The hash the lexicon and its memos file w under. The tagger takes it once
 * per word and passes it to the calls below, which would each hash again. */
uint32_t lex_hash(const char *w, size_t n);
/* lex_lookup with w's lex_hash already taken. */
int lex_lookup_hashed(const an_lexicon *lx, const char *w, size_t n, uint32_t hash, lex_info *out);
/* A hint that the word with this lex_hash will be looked up soon: round 0
 * fetches its hash slot into the cache, round 1 (after round 0 for all the
 * words) its entry, round 2 its string. Each round reads only what the one
 * before fetched, so no round waits for memory. */
void lex_prefetch(const an_lexicon *lx, uint32_t hash, int round);
/* Remembered answers (lexicon_memo.c): a small table of recent words and
 * what lex_lookup said of them. A table belongs to one thread at a time:
 * borrow it from the lexicon's pool for an article and return it after.
 * Borrowing may give NULL; finding in and putting into NULL do nothing. */
typedef struct lx_memo lx_memo;
typedef struct lx_memo_pool lx_memo_pool;
lx_memo_pool *lx_memo_pool_new(void);
void lx_memo_pool_free(lx_memo_pool *p);
lx_memo *lx_memo_borrow(lx_memo_pool *p);
void lx_memo_return(lx_memo_pool *p, lx_memo *m);
/* lex_lookup's answer for w (0 or 1) with *out filled, or -1 if not
 * remembered; hash is w's lex_hash. */
int lx_memo_find(const lx_memo *m, const char *w, size_t n, uint32_t hash, lex_info *out);
void lx_memo_put(lx_memo *m, const char *w, size_t n, uint32_t hash, const lex_info *in, int known);
/* A hint that lx_memo_find will be asked for this hash soon. */
void lx_memo_prefetch(const lx_memo *m, uint32_t hash);
/* The lexicon's pool of tables. */
lx_memo_pool *lex_memos(const an_lexicon *lx);

/* Classes of a lower-case word (0 if unknown). */
uint32_t lex_classes(const an_lexicon *lx, const char *w, size_t n);
/* The same for a NUL-terminated lemma; without a lookup when the lemma is
 * one the lexicon handed out (lex_info's strings). */
uint32_t lex_lemma_classes(const an_lexicon *lx, const char *lemma);
/* The LX_ABBR_* classes of a lower-case word, from a small table. */
uint32_t lex_abbrev_classes(const an_lexicon *lx, const char *w, size_t n);
#define LX_ABBREV_MAX 22           /* longer abbreviations are looked up in the lexicon */

#endif
