/* Internals of the event coder, shared by events.c (clauses, emission),
 * event_roles.c (who is source and target), event_nouns.c (noun events) and
 * event_when.c (date). Not for other stages. */
#ifndef AN_EVENT_INT_H
#define AN_EVENT_INT_H
#include "events.h"
#include "match.h"
#include "../analyse/analyse.h"

#define EV_SIDE_MAX 6       /* actors on one side of a compound ("X, Y and Z") */

/* One side of an event: the actors of a noun phrase and its conjuncts. */
typedef struct ev_side {
    const an_actor *a[EV_SIDE_MAX];
    int n;
    int indirect;           /* came from a possessor ("Trump's administration") */
} ev_side;

/* The sentence being coded, prepared once for every clause in it. */
typedef struct ev_sent {
    const an_sentence *s;
    an_mtok *tok;           /* token i of the sentence is tok[i - s->tok_start] */
    int ntok;
    an_mspan *slots;        /* actor noun phrases, relative to the sentence */
    int32_t *slot_chunk;    /* the NP chunk of each slot */
    int nslots;
} ev_sent;

typedef struct ev_ctx {
    const ev_tables *t;
    an_article *a;
    const struct an_analysis *an;
    an_arena *arena;
    const char *article_date;  /* YYYY-MM-DD or NULL */
    const an_actor **tok_actor; /* the actor each token of the article belongs to, or NULL */
    an_event *out;
    int n, cap;
    int sent_first;            /* first event of the current sentence (for duplicates) */
    ev_sent cur;
} ev_ctx;

/* Mode marks that are not the verb group's own: a noun ("refusal", "plan",
 * "threat") can negate or defer the event its clause carries. */
typedef struct ev_draft {
    const char *code, *code2;   /* code2: the reverse event of a paired code */
    ev_side src, tgt;
    uint32_t marks;             /* AN_MARK_* */
    int clause;                 /* clause giving date and place; -1: the sentence */
    int explicit_target;        /* the pattern named the target slot */
    int noun;                   /* coded from a noun */
} ev_draft;

/* ---- event_roles.c ---- */
/* Fill c->tok_actor from the resolver's mentions: one pass over the article
 * instead of a search of every mention per token. */
void ev_map_actors(ev_ctx *c);
const an_actor *ev_token_actor(const ev_ctx *c, int32_t tok);
const an_actor *ev_np_actor(const ev_ctx *c, int32_t chunk);
/* The actors of NP `chunk` and its conjuncts; a conjunct without an actor of
 * its own takes its possessor's. */
void ev_np_side(const ev_ctx *c, int32_t chunk, ev_side *side);
/* Source and target of clause ci given the match (NULL when the clause is
 * coded from a noun). Marks from a subject noun ("X's refusal") go to d->marks. */
void ev_clause_roles(const ev_ctx *c, int ci, const an_mresult *r, ev_draft *d);
/* The clause's subject chunk (a time phrase taken for it skipped), or -1. */
int32_t ev_subject(const ev_ctx *c, const an_clause *cl);
/* The agent chunk of a passive (with or without its auxiliary), setting
 * *passive; -1 when none. */
int32_t ev_clause_agent(const ev_ctx *c, int ci, int *passive);
/* The actors of the clause's subject; an unresolved pronoun subject of
 * reported speech is the speaker. */
void ev_subject_side(const ev_ctx *c, const an_clause *cl, ev_side *side);
/* Whether NP chunk opens with a possessive pronoun ("his call"). */
int ev_possessive_pronoun(const ev_ctx *c, int32_t chunk);
/* Marks a head noun adds: refusal negates, plan intends, threat threatens. */
uint32_t ev_noun_marks(const char *lemma);

/* ---- event_nouns.c ---- */
/* Code the nouns of the current sentence that carry events, except those
 * inside the token ranges already coded from verbs ([lo[i], hi[i])). */
void ev_code_nouns(ev_ctx *c, const int *lo, const int *hi, int nspans);

/* ---- event_peer.c ---- */
/* Code the current sentence the way TABARI reads it, for peer dictionaries. */
void ev_code_peer(ev_ctx *c);

/* ---- events.c ---- */
void ev_emit(ev_ctx *c, const ev_draft *d);
int ev_clause_of_token(const ev_ctx *c, int32_t tok);

/* ---- event_when.c ---- */
/* tense: 0 past, 1 present, 2 future. Writes the date and its precision
 * ("day", "week", "month", "year"), each NULL when there is none. */
void ev_when(const char *body, uint32_t cs, uint32_t ce, uint32_t ss, uint32_t se,
             const char *article_date, int tense, an_arena *arena,
             const char **date, const char **prec);

#endif
