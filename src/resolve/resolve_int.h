/* The state of resolving one article, shared by resolve.c and actors.c. */
#ifndef AN_RESOLVE_INT_H
#define AN_RESOLVE_INT_H
#include "rs_int.h"

typedef struct rs_span { uint32_t start, end; } rs_span;      /* body positions */

typedef struct rs_act {
    int32_t ent;                  /* dictionary entity, or -1 */
    const char *key;              /* identity when there is no entity: learned name or code */
    const char *name, *code, *role, *sector_hint;
    int learned, person;
    int last;                     /* word after its latest mention (recency for references) */
    rs_span *m; int nm, capm;
} rs_act;

typedef struct rs_actor_spec {
    int32_t ent;
    const char *key, *name, *code, *role, *sector;
    int learned, person;
} rs_actor_spec;

/* A dictionary match over words [w0, w1). */
typedef struct rs_match { int w0, w1; int32_t val; } rs_match;

/* Where the surnames of people already seen point, for "Witkoff" after "Steve Witkoff". */
typedef struct rs_surname { const char *norm; int32_t act; } rs_surname;

typedef struct rs_ctx {
    const rs_dict *d;
    an_article *a;
    an_arena *arena;
    const char *t;
    rs_word *w; int nw;
    rs_normed nm;                 /* the words' normalised forms (match_all) */
    uint32_t *cls;                /* per word: its RL_* classes */
    int32_t *match_at;            /* per word: index into matches of a match starting here, or -1 */
    rs_match *matches; int nmatches, capmatches;
    int32_t date;                 /* YYYYMMDD of publication, 0 when undated */
    int lowercase_text;           /* the body has (almost) no capitals: ignore them in matching */
    int caps_text;                /* the body is in capitals: case-sensitive abbreviations are unreadable */
 const char *context;          /* the article's main country, for titles that name none */
    const char *poss_code;        /* "Trump's ...": the code of a person just named with 's */
    int poss_end;                 /* the word after that 's */
    uint8_t *headline;            /* per word: inside a title-case sentence ("Honduras Gang Massacre") */
    rs_act *acts; int nacts, capacts;
    rs_surname *sn; int nsn, capsn;
    an_place *places; int nplaces, capplaces;
} rs_ctx;

int32_t rs_actor(rs_ctx *c, const rs_actor_spec *s);
void rs_add_mention(rs_ctx *c, int32_t act, int w0, int w1);
void rs_code_parts(const rs_ctx *c, const char *code, const char **country, const char **sector);
const char *rs_group_name(rs_ctx *c, const char *code);
void rs_publish(rs_ctx *c);
/* Is word i the lower-case word s, ignoring ASCII case? (resolve.c) */
int rs_word_is(const rs_ctx *c, int i, const char *s);
/* Actors the way TABARI reads them, from the imported values only, when the
 * peer's verbs replace ours (peer_actors.c). */
void rs_resolve_peer(rs_ctx *c);
/* A place named by words [w0, w1): a gazetteer city, else the words themselves. */
void rs_place_mention(rs_ctx *c, int w0, int w1, const char *fallback_country);

#endif
