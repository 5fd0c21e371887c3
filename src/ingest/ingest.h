/* The ingest stage: raw pages in, articles with metadata and clean bodies out. */
#ifndef AN_INGEST_H
#define AN_INGEST_H
#include "page.h"

typedef struct an_outlets an_outlets;

/* dict/ingest/outlets.txt */
an_outlets *outlets_load(const char *path, char *err, size_t errlen);
/* The same from a buffer (tests, fuzzing); name is used in messages. */
an_outlets *outlets_parse(const char *name, const char *data, size_t len, char *err, size_t errlen);
void outlets_free(an_outlets *o);
/* Canonical name if the whole of s (ignoring a trailing "·", "|", "-") names an outlet. */
const char *outlets_match(const an_outlets *o, const char *s, size_t n);
/* Canonical name of the longest outlet named anywhere in s, on word boundaries. */
const char *outlets_find(const an_outlets *o, const char *s, size_t n);
int outlets_is_wire(const an_outlets *o, const char *canonical);

/* Small text helpers shared by the ingest files (text.c). */
int   ci_starts(const char *s, size_t n, const char *prefix);
const char *ci_find(const char *s, size_t n, const char *needle);
int   has_lower(const char *s, size_t n);

/* A list of phrases (at most PHRASES_MAX, each 2 to 255 bytes) indexed by
 * their first two bytes, so that looking for all of them in a text is one
 * pass over it instead of one per phrase. The pass skips ahead as
 * Wu-Manber's does: when the two bytes at the end of a window as long as the
 * shortest phrase end no phrase's beginning, no phrase starts in the window
 * and it moves on by up to that length less one. It holds pointers into the
 * list, which must outlive it. Case-insensitive (ASCII). Building one costs
 * more than scanning a page with it: build it once (ingest_phrases). */
#define PHRASES_MAX 64
#define PHRASES_SHIFT_SLOTS 1024
typedef struct phrase_set {
    const char *const *list;
    unsigned char head[256];              /* 1 + first phrase starting with this byte, 0: none */
    unsigned char next[PHRASES_MAX];      /* 1 + next phrase with the same first byte */
    unsigned char len[PHRASES_MAX];
    unsigned char second[PHRASES_MAX];    /* lowercase second byte, checked before comparing */
    uint64_t pairs[64];                   /* a bit per hashed first two bytes: most text
                                             positions are rejected by this alone */
    unsigned char shift[PHRASES_SHIFT_SLOTS];   /* per hashed byte pair: how far a window
                                                   ending in it may move on */
    unsigned char minlen;                 /* the shortest phrase's length */
    int n;
} phrase_set;
void phrases_init(phrase_set *ps, const char *const *list);
int  phrases_any(const char *s, size_t n, const phrase_set *ps);
/* first[k]: offset of phrase k's first occurrence in s, or n if none. */
void phrases_first(const char *s, size_t n, const phrase_set *ps, size_t *first);

/* The phrase lists the ingest rules scan every line for, set up once per
 * engine: setting them up per page cost more than the scans. */
typedef struct ingest_phrases {
    phrase_set furniture;       /* page furniture ("sign up", "privacy policy") and
                                   the credit marks, lines.c */
    const char *furniture_list[PHRASES_MAX + 1];   /* furniture's list: never copy the struct */
    phrase_set credit_marks;    /* photo credits and captions ("Photo / "), lines.c */
    phrase_set credits;         /* a paragraph's closing credit ("Reporting by"), meta.c */
} ingest_phrases;
void ingest_phrases_init(ingest_phrases *ph);

/* Decide each line's type (lines.c). */
void lines_classify(an_page *pg, const an_outlets *o, const ingest_phrases *ph);
void lines_phrases(ingest_phrases *ph);

int   is_upper_word_start(const char *s, size_t n);
char *title_case_name(an_arena *a, const char *s, size_t n);

/* Split a classified page into articles (articles.c). Each article's body
 * textmap is malloc'd and must be released with ingest_free_bodies. */
typedef struct an_ingest_out {
    an_article *articles; int n;
    an_textmap **bodies;
} an_ingest_out;

void ingest_page(an_page *pg, const an_outlets *o, const ingest_phrases *ph, const char *default_date,
                 an_ingest_out *out);
void ingest_free_bodies(an_ingest_out *out);

#endif
