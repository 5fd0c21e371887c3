/* The analyse stage: an article body in, sentences, tokens, part-of-speech
 * tags, chunks and clauses out. Later stages (actors, events, quotes) read
 * these structures and nothing else of this folder.
 *
 * Everything is a span: every offset is a uint32 position in article->body,
 * tokens never copy text. All arrays live in the document's arena. Indices
 * between the arrays are int32, with -1 meaning "none".
 *
 * The analysis is shallow and single-pass: it never fails. Every sentence has
 * at least one clause (a verbless one, AN_CLAUSE_FRAGMENT, if need be). */
#ifndef AN_ANALYSE_H
#define AN_ANALYSE_H
#include "../../include/annals.h"
#include "../core/arena.h"

/* Penn Treebank tags, plus PUNCT for every punctuation mark (the token kind
 * and flags say which). */
typedef enum an_pos {
    AN_POS_NONE = 0,
    AN_POS_NN, AN_POS_NNS, AN_POS_NNP, AN_POS_NNPS, AN_POS_PRP, AN_POS_PRPS,
    AN_POS_DT, AN_POS_PDT, AN_POS_CD, AN_POS_JJ, AN_POS_JJR, AN_POS_JJS,
    AN_POS_RB, AN_POS_RBR, AN_POS_RBS, AN_POS_VB, AN_POS_VBD, AN_POS_VBG,
    AN_POS_VBN, AN_POS_VBP, AN_POS_VBZ, AN_POS_MD, AN_POS_TO, AN_POS_IN,
    AN_POS_CC, AN_POS_RP, AN_POS_POS, AN_POS_WDT, AN_POS_WP, AN_POS_WPS,
    AN_POS_WRB, AN_POS_EX, AN_POS_UH, AN_POS_SYM, AN_POS_FW, AN_POS_PUNCT,
    AN_POS_COUNT
} an_pos;

const char *an_pos_name(an_pos p);          /* "NN", "PRP$", "PUNCT" */
an_pos an_pos_from_name(const char *s, size_t n);  /* AN_POS_NONE if unknown */

typedef enum an_tok_kind {
    AN_TK_WORD = 0, AN_TK_NUMBER, AN_TK_PUNCT, AN_TK_QUOTE, AN_TK_DASH,
    AN_TK_ELLIPSIS, AN_TK_URL, AN_TK_HANDLE, AN_TK_SYMBOL
} an_tok_kind;

enum {
    AN_TOK_CAP        = 1u << 0,   /* first letter upper case */
    AN_TOK_ALLCAPS    = 1u << 1,   /* two or more letters, none lower case */
    AN_TOK_SENT_START = 1u << 2,   /* first word of its sentence (after any quote) */
    AN_TOK_OPEN_QUOTE = 1u << 3,   /* a quote mark that opens */
    AN_TOK_CLOSE_QUOTE= 1u << 4,   /* a quote mark that closes */
    AN_TOK_IN_QUOTE   = 1u << 5,   /* inside quotation marks (the marks excluded) */
    AN_TOK_ABBREV     = 1u << 6,   /* ends with an abbreviation's period ("Gen.", "U.S.") */
    AN_TOK_HYPHEN     = 1u << 7,   /* hyphenated word ("al-Assad", "pro-Russian") */
    AN_TOK_MONEY      = 1u << 8,   /* number with a currency sign ("$200") */
    AN_TOK_PERCENT    = 1u << 9,   /* "25%" */
    AN_TOK_LINE_START = 1u << 10,  /* first token on its line in the body */
    AN_TOK_KNOWN      = 1u << 11,  /* found in the lexicon (directly or by morphology) */
    AN_TOK_NEG        = 1u << 12,  /* a negation word: not, n't, never, no */
    AN_TOK_PLAIN      = 1u << 13,  /* ASCII letters and digits only: no mark, period or other byte */
};

typedef struct an_token {
    uint32_t start, end;         /* [start, end) in the body */
    const char *lemma;           /* lower-case base form ("send" for "sent"); never NULL */
    uint32_t flags;              /* AN_TOK_* */
    uint8_t pos;                 /* an_pos */
    uint8_t kind;                /* an_tok_kind */
} an_token;

enum {
    AN_SENT_HEADLINE  = 1u << 0,   /* title case or all capitals: case says nothing */
    AN_SENT_LIST_ITEM = 1u << 1,   /* starts with a bullet or an item number on a new line */
    AN_SENT_DATELINE  = 1u << 2,   /* "WASHINGTON (Reuters) -": a place and source, no clause */
    AN_SENT_QUOTED    = 1u << 3,   /* starts inside quotation marks */
};

typedef struct an_sentence {
    uint32_t start, end;                 /* body span */
    uint32_t tok_start, tok_end;         /* tokens [tok_start, tok_end) */
    uint32_t chunk_start, chunk_end;     /* chunks */
    uint32_t clause_start, clause_end;   /* clauses */
    uint32_t flags;                      /* AN_SENT_* */
} an_sentence;

typedef enum an_chunk_type { AN_CH_NP = 1, AN_CH_VG, AN_CH_PP, AN_CH_ADJP, AN_CH_ADVP } an_chunk_type;

enum {  /* an_chunk.flags for noun phrases */
    AN_NP_POSSESSIVE = 1u << 0,    /* a possessor: "Russia's", "the allies'" (the mark included) */
    AN_NP_PROPER     = 1u << 1,    /* head is a proper noun */
    AN_NP_PRONOUN    = 1u << 2,
    AN_NP_PLURAL     = 1u << 3,
    AN_NP_APPOSITIVE = 1u << 4,    /* describes the NP before it ("Lavrov, Russia's foreign minister,") */
    AN_NP_CONJUNCT   = 1u << 5,    /* second or later member of a coordination */
    AN_NP_NUMBER     = 1u << 6,    /* a quantity or amount */
};

typedef enum an_tense { AN_TENSE_NONE = 0, AN_TENSE_PRESENT, AN_TENSE_PAST, AN_TENSE_FUTURE } an_tense;
typedef enum an_voice { AN_VOICE_ACTIVE = 0, AN_VOICE_PASSIVE } an_voice;

enum {  /* an_chunk.flags for verb groups */
    AN_VG_FINITE      = 1u << 0,   /* carries tense (a modal or a finite verb) */
    AN_VG_INFINITIVE  = 1u << 1,   /* "to meet" */
    AN_VG_PARTICIPLE  = 1u << 2,   /* bare -ing or -ed form: "outlining", "launched by" */
    AN_VG_PERFECT     = 1u << 3,   /* has/had + -ed */
    AN_VG_PROGRESSIVE = 1u << 4,   /* is + -ing */
    AN_VG_COPULA      = 1u << 5,   /* main verb is "be" */
};

/* Marks on a verb group: how firmly its clause states something. The ones that
 * come from context (an "if", a "plans to", a "said that") are added by the
 * clause pass, so a verb group's marks are final once analysis is done. */
enum {
    AN_MARK_NEGATED      = 1u << 0,  /* not, never, n't, failed to, refused to */
    AN_MARK_FUTURE       = 1u << 1,  /* will, shall, is going to */
    AN_MARK_CONDITIONAL  = 1u << 2,  /* would */
    AN_MARK_POSSIBLE     = 1u << 3,  /* could, may, might, can */
    AN_MARK_OBLIGATION   = 1u << 4,  /* should, must */
    AN_MARK_INTENDED     = 1u << 5,  /* plans to, intends to, agreed to */
    AN_MARK_THREATENED   = 1u << 6,  /* threatened to, warned it would */
    AN_MARK_HYPOTHETICAL = 1u << 7,  /* inside an if-clause, or the main clause of one */
    AN_MARK_ATTEMPTED    = 1u << 8,  /* tried to, sought to */
    AN_MARK_REPORTED     = 1u << 9,  /* inside reported speech */
};

typedef struct an_chunk {
    uint8_t type;                /* an_chunk_type */
    uint32_t flags;              /* AN_NP_* or AN_VG_* */
    uint32_t tok_start, tok_end; /* tokens [tok_start, tok_end) */
    int32_t head;                /* head token: the noun, the main verb, the preposition */
    /* noun phrases */
    int32_t possessor;           /* the possessive NP right before ("Russia's" for "foreign minister") */
    int32_t coord;               /* next conjunct ("Ukraine" for "Russia" in "Russia and Ukraine") */
    int32_t appos;               /* appositive NP describing this one */
    int32_t name_start;          /* token where a name starts after a title ("Steve" in
                                    "US special envoy Steve Witkoff"), else -1 */
    /* verb groups */
    const char *lemma;           /* main verb's lemma ("send"); for PP the preposition */
    const char *phrasal;         /* "call_off" when there is a particle, else NULL */
    const char *modal;           /* "will", "could", ... or NULL */
    int32_t particle;            /* particle token or -1 */
    uint8_t tense, voice;        /* an_tense, an_voice */
    uint32_t marks;              /* AN_MARK_* */
    /* prepositional phrases */
    int32_t object;              /* the NP governed by the preposition, or -1 */
} an_chunk;

typedef enum an_clause_kind {
    AN_CLAUSE_MAIN = 0, AN_CLAUSE_SUBORDINATE, AN_CLAUSE_RELATIVE, AN_CLAUSE_REPORTED,
    AN_CLAUSE_INFINITIVAL, AN_CLAUSE_CONDITIONAL, AN_CLAUSE_FRAGMENT
} an_clause_kind;

const char *an_clause_kind_name(an_clause_kind k);   /* "main", "relative", ... */

typedef enum an_role { AN_ROLE_DOBJ = 0, AN_ROLE_IOBJ, AN_ROLE_POBJ, AN_ROLE_AGENT } an_role;

/* An argument of a clause other than its subject. */
typedef struct an_arg {
    int32_t chunk;               /* the NP */
    int32_t prep;                /* preposition token for POBJ/AGENT ("with", "by"), else -1 */
    uint8_t role;                /* an_role */
} an_arg;

enum {
    AN_CL_SUBJ_SHARED = 1u << 0,   /* subject borrowed from the clause it is conjoined to */
    AN_CL_SUBJ_CONTROL= 1u << 1,   /* subject borrowed from the governing clause (infinitive, participle) */
    AN_CL_SUBJ_ANTECEDENT = 1u << 2, /* relative clause: subject is the noun it modifies */
    AN_CL_SUBJ_AFTER  = 1u << 3,   /* subject follows the verb ("said the minister") */
};

typedef struct an_clause {
    uint8_t kind;                /* an_clause_kind */
    uint32_t flags;              /* AN_CL_* */
    uint32_t tok_start, tok_end; /* tokens from the first to the last part */
    int32_t vg;                  /* verb group chunk, -1 for a fragment */
    int32_t subject;             /* NP chunk or -1 (first conjunct; follow chunk.coord) */
    int32_t agent;               /* "by" NP of a passive, or -1 */
    int32_t parent;              /* governing clause, or -1 */
    int32_t conj;                /* clause this one is conjoined to (sharing its subject), or -1 */
    int32_t link;                /* token that introduces the clause ("that", "if", "who"), or -1 */
    uint32_t arg_start, arg_end; /* objects in an_analysis.args */
    uint32_t marks;              /* equal to the verb group's marks (0 for a fragment) */
} an_clause;

struct an_analysis {
    const char *body;
    an_token *tokens;       uint32_t ntokens;
    an_sentence *sentences; uint32_t nsentences;
    an_chunk *chunks;       uint32_t nchunks;
    an_clause *clauses;     uint32_t nclauses;
    an_arg *args;           uint32_t nargs;
};

/* ---- loading (once per engine) ---- */

typedef struct an_lexicon an_lexicon;

/* Reads WordNet's index and exception files from wordnet_dir (NULL: the
 * ANNALS_WORDNET environment variable, else /usr/share/wordnet) and our closed
 * class lists from dict_dir/lexicon/ (closed.txt, classes.txt, abbrev.txt). Missing WordNet is not an error
 * (the tagger then guesses open-class words from their shape); a malformed
 * list of ours is. The result is read-only and safe to share across threads. */
an_lexicon *an_lexicon_load(const char *dict_dir, const char *wordnet_dir, char *err, size_t errlen);
void an_lexicon_free(an_lexicon *lx);

/* ---- analysis (once per article) ---- */

/* Analyse body[0, len). Paragraphs (may be NULL) bound sentences. The result
 * and all it points to is allocated in arena; body must outlive it. */
struct an_analysis *an_analyse(const an_lexicon *lx, an_arena *arena, const char *body, uint32_t len,
                               const an_para *paras, int nparas);

/* ---- helpers for readers ---- */

/* Appends a compact description to buf (NUL-terminated, truncated to n). */
void an_describe_tokens(const struct an_analysis *an, const an_sentence *s, int with_pos, char *buf, size_t n);
void an_describe_chunks(const struct an_analysis *an, const an_sentence *s, char *buf, size_t n);
void an_describe_clause(const struct an_analysis *an, const an_clause *c, char *buf, size_t n);

#endif
