/* Quotes: who said what.
 *
 * Works on the article body alone, in four steps, each in its own file:
 *
 *   quote_scan.c   the body as tokens (words, punctuation, quote marks) with
 *                  paragraph and sentence starts
 *   quote_marks.c  quote marks paired into spans (curly, straight, single,
 *                  mismatched "...', nested, continued across paragraphs)
 *   attribution.c  every speech act (marked quote, block quote, unmarked
 *                  quote, reported speech) with its cue verb and speaker
 *                  phrase: quotes_find() then quotes_attribute()
 *   speakers.c     speaker phrases resolved to names: full names from the
 *                  rest of the article, he/she by coreference, anonymous
 *                  sources kept as described
 *
 * When the analysis stage (sentences, clauses) is available, quote_scan.c
 * and the phrase finding in attribution.c are what it replaces; the acts and
 * the speaker resolution stay. */
#ifndef AN_QUOTES_H
#define AN_QUOTES_H
#include "../../include/annals.h"
#include "../core/arena.h"
#include "../core/wordset.h"

/* The quote finder's word lists (cues.c), built once per engine. */
an_wordset *qwords_new(void);
/* Fill a->quotes / a->nquotes; everything is allocated in `arena`. `words`
 * comes from qwords_new(). */
void quotes_extract(const an_wordset *words, an_article *a, an_arena *arena);

/* ---- internals shared by the quote files ---- */

enum { QT_WORD = 1, QT_PUNCT, QT_MARK };
enum { QM_NONE = 0, QM_DOPEN, QM_DCLOSE, QM_DSTRAIGHT, QM_SOPEN, QM_SCLOSE, QM_SSTRAIGHT };

#define QF_CAP     0x001   /* word starts with a capital letter */
#define QF_POSS    0x002   /* word ends in 's or ’s */
#define QF_SENT    0x004   /* first token of a sentence */
#define QF_PARA    0x008   /* first token of a paragraph */
#define QF_SPB     0x010   /* whitespace (or paragraph start) before */
#define QF_SPA     0x020   /* whitespace (or paragraph end) after */
#define QF_UPPER   0x040   /* word in capitals throughout ("BIG", "CNN") */
#define QF_ABBR    0x080   /* word ends in an abbreviation's period ("Gen.", "U.S.") */
#define QF_TERM    0x100   /* . ! ? or … : may end a sentence */

/* Word classes: the lists of cues.c a word is in (qtok_in). */
enum {
    QW_CUE_REPORTED = 1u << 0,  /* "said", "told": reported speech and quotes */
    QW_CUE_QUOTE    = 1u << 1,  /* "called", "urged": quotes only */
    QW_DETERMINER   = 1u << 2,
    QW_ROLE         = 1u << 3,  /* words of a speaker phrase that are not names */
    QW_ANON_HEAD    = 1u << 4,  /* "source", "officials" */
    QW_PARTICLE     = 1u << 5,  /* "von", "al" inside names */
    QW_TITLE        = 1u << 6,  /* before a name, not part of it */
    QW_ORG          = 1u << 7,  /* makes a capitalised run an organisation */
    QW_FEMALE_FIRST = 1u << 8,
    QW_MALE_FIRST   = 1u << 9,
    QW_FEMALE_ROLE  = 1u << 10,
    QW_MALE_ROLE    = 1u << 11,
    QW_ADVERB       = 1u << 12, /* between a subject and its cue */
    QW_OPENER       = 1u << 13, /* starts a leading adverbial */
    QW_OBJECT_STOP  = 1u << 14, /* ends a cue's object */
    QW_MEDIA        = 1u << 15,
    QW_TIME         = 1u << 16,
    QW_SMALL        = 1u << 17, /* allowed inside a quoted title */
    QW_FIRST_PERSON = 1u << 18,
    QW_DAY          = 1u << 19, /* between a reported-speech cue and what was said */
    QW_ABBREV       = 1u << 20, /* keeps its period: "Gen.", "Corp." */
};

typedef struct qtok {
    uint32_t s, e;          /* bytes in the body */
    uint8_t type, mark;
    uint16_t flags;
    uint32_t cls;           /* words: QW_* classes, looked up once */
    int para;
    int span;               /* marked span this token is inside or delimits, -1 */
} qtok;

typedef struct qspan {      /* a pair of quote marks */
    int open, close;        /* mark tokens; close -1: runs to the paragraph end */
    int first, last;        /* content tokens, first > last when empty */
    int para;
    int cont;               /* continues the previous span from the paragraph before */
    int title;              /* a name or title in quotes ("Meet the Press"), not speech */
    int words;
} qspan;

typedef struct qtext {
    const char *body;
    uint32_t len;
    const an_para *paras;
    int nparas;
    qtok *t;
    int nt;
    qspan *q;
    int nq;
    an_arena *scratch;
    const an_wordset *words;    /* the word lists, for qtok_in */
    const struct an_token *tok; /* the analysis's tokens of the body, or NULL */
    uint32_t ntok;
} qtext;

/* quote_scan.c */
void qscan_tokens(qtext *x);
void qscan_sentences(qtext *x);
int  qtok_is(const qtext *x, int i, const char *word);       /* case-insensitive word test */

/* A word in one of these QW_* lists. Inline, like qtok_punct: the
 * attribution and speaker code asks it millions of times per corpus. */
static inline int qtok_in(const qtext *x, int i, uint32_t classes) {
    return i >= 0 && i < x->nt && x->t[i].type == QT_WORD && (x->t[i].cls & classes);
}

static inline int qtok_punct(const qtext *x, int i, char c) {
    return i >= 0 && i < x->nt && x->t[i].type == QT_PUNCT && x->t[i].e - x->t[i].s == 1 && x->body[x->t[i].s] == c;
}
int  qsent_start(const qtext *x, int i);                    /* first token of i's sentence */
int  qsent_end(const qtext *x, int i);                      /* one past the last token */
int  qword_count(const qtext *x, int a, int b);

/* quote_marks.c */
void qmarks_pair(qtext *x);
int  qspan_text_last(const qtext *x, const qspan *s);       /* last content token, trailing comma dropped */

/* The phrase naming a speaker, before resolution. */
typedef enum { NP_NONE = 0, NP_NAME, NP_PRONOUN, NP_ANON, NP_ANON_REF, NP_ROLE } qnp_kind;

typedef struct qattr {
    int cue, cue_n;         /* cue tokens; cue -1: none */
    int np_a, np_b;         /* speaker phrase [np_a, np_b) */
    int to_a, to_b;         /* addressee or medium [to_a, to_b) */
    int end;                /* token after the attribution's sentence */
} qattr;

typedef struct qact {       /* one speech act */
    an_quote_kind kind;
    uint32_t s, e;          /* its text in the body */
    int a, b;               /* its tokens [a, b), for order and context */
    int span, span_last;    /* marked spans (first and last segment), -1 */
    int inherit;            /* no attribution of its own: the previous quote's speaker */
    qattr at;
    const char *speaker;
    int anon;
} qact;

typedef struct qacts { qact *v; int n, cap; } qacts;

/* attribution.c */
int  quotes_find(qtext *x, qacts *out);        /* marked, block, unmarked, reported */
void quotes_attribute(qtext *x, qacts *acts);
int  qcue_len(const qtext *x, int i, int reported_only);    /* 0: not a cue */

/* cues.c: word classes */
int  qcue_participle(const qtext *x, int i);                /* "saying", "stating" */
int  qw_determiner(const qtext *x, int i);
int  qw_role(const qtext *x, int i);
int  qw_anon_head(const qtext *x, int i);
int  qw_particle(const qtext *x, int i);
int  qw_pronoun(const qtext *x, int i);

/* speakers.c */
typedef struct qnames qnames;
qnames *qnames_build(qtext *x);
qnp_kind qnp_classify(const qtext *x, int a, int b);
/* Resolve every act's speaker in text order; strings go to `out`. */
void qspeakers_resolve(qtext *x, qnames *nm, qacts *acts, an_arena *out);
char *qtext_join(const qtext *x, int a, int b, an_arena *out);   /* words, marks dropped */

#endif
