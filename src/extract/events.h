/* The event coder: analysed sentences and resolved actors in, coded events
 * (an_event) out.
 *
 * Roles come from the clause structure the analyse stage built, not from word
 * order: the subject is the source (the "by" agent of a passive), the object
 * the target, each member of a compound subject or object gives its own
 * event, a reported clause is coded with its own subject (the speaker is not
 * the actor of what is reported), and negation and modality marks become the
 * event's `negated` flag and mode. Verb patterns (ours, or TABARI/PETRARCH
 * dictionaries imported in their place) decide the CAMEO code; noun patterns
 * code nouns that carry events ("sanctions on Russia", "Russian attacks").
 *
 * Precision comes first: a sentence or clause the shallow parse cannot
 * support (no actor on one side, a question, an over-long sentence) gives no
 * event rather than a guessed one.
 *
 * The tables are read-only; events_extract allocates only in the arena, so
 * any number of threads may code articles with the same tables. */
#ifndef AN_EVENTS_H
#define AN_EVENTS_H
#include "../../include/annals.h"
#include "../core/arena.h"

struct an_cameo;
struct an_patterns;

typedef struct ev_tables {
    const struct an_cameo *cameo;        /* Goldstein, quad class, PLOVER of each code */
    const struct an_patterns *verbs;     /* verb patterns */
    const struct an_patterns *nouns;     /* noun patterns; NULL: none */
    int ours;   /* our coding conventions: meetings both ways ("X and Y met"),
                   intentions and threats as CAMEO 03 and 13 codes; the peers'
                   dictionaries say all that in their own patterns (`A:B` codes) */
} ev_tables;

/* Code the events of article a (analysis and actors already filled) into
 * a->events / a->nevents. Never fails: an article without events gets 0. */
void events_extract(const ev_tables *t, an_article *a, an_arena *arena);

#endif
