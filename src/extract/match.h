/* Matching a clause against compiled event patterns (patterns.h).
 *
 * The analysis stage hands over a clause as a small array of tokens (form,
 * lemma, coarse tag) with the index of its main verb (or, for noun patterns,
 * the event noun), and the resolver the token spans of the noun phrases that
 * name actors ("slots"). The matcher returns the most specific pattern that
 * fits and where its actor slots matched; choosing source and target from the
 * clause's subject and object, negation and mode are the coder's business. */
#ifndef AN_MATCH_H
#define AN_MATCH_H
#include "patterns.h"

/* Coarse word classes: just what the patterns need (which tokens may be
 * passed over before a noun, what a verb is, what a particle is). */
typedef enum {
    MT_OTHER = 0, MT_VERB, MT_AUX, MT_NOUN, MT_PROPN, MT_PRON, MT_ADJ, MT_ADV,
    MT_DET, MT_POSS, MT_NUM, MT_ADP, MT_PART, MT_CONJ, MT_PUNCT
} an_mtag;

typedef struct an_mtok {
    const char *form;      /* the word as written (any case) */
    const char *lemma;     /* lowercase lemma; NULL: use the form */
    uint8_t tag;           /* an_mtag */
    /* What the matcher tests before comparing words (patterns.h): the
     * pattern_initial and pattern_pair bits of form and lemma. Left 0, the
     * matcher takes them itself on each call; match_tok_masks takes them
     * once for a token that many calls will read (every head of a sentence). */
    uint32_t initials;
    uint64_t pairs;
} an_mtok;

void match_tok_masks(an_mtok *t);

typedef struct an_mspan { int start, end; } an_mspan;     /* tokens [start, end) */

typedef struct an_mquery {
    const an_mtok *tok; int ntok;      /* the clause */
    int head;                          /* its main verb (or event noun) */
    const an_mspan *slots; int nslots; /* actor noun phrases, in order, not overlapping */
    int endings;                       /* peers' regular endings: a whole-word key or pattern
                                          word also fits the word plus -s, -es, -ed, -en, -ing,
                                          -'s (TABARI manual 5.2.3; PETRARCH makes the same forms) */
} an_mquery;

typedef struct an_mresult {
    const an_pattern *pat;
    const char *code, *code2;          /* the pattern's codes (see an_pattern) */
    int flags;                         /* PF_* */
    int target, source;                /* slot indexes matched by $T/+ and $ (% sets both); -1: none */
    int start, end;                    /* tokens the match covers */
    int head_len;                      /* 2 when the head was a verb and its particle */
} an_mresult;

/* The best pattern of set p for the query: 1 with *out filled, 0 if none fits. */
int match_best(const an_patterns *p, const an_mquery *q, an_mresult *out);

/* Whether one given pattern fits with its head at q->head taking head_len
 * tokens (for tests and tracing). */
int match_pattern(const an_pattern *pat, const an_mquery *q, int head_len, an_mresult *out);

#endif
