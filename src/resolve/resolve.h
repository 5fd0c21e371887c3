/* The resolve stage: every mention of a person, organisation, country, capital
 * or metonym in an article body becomes a coded actor (an_actor).
 *
 * The dictionaries (the files in dict/actors, the country names of Debian's iso-codes,
 * and any TABARI or PETRARCH files imported by the user) load once into an
 * rs_dict, which is read-only afterwards and shared by all threads. Resolving
 * an article allocates only in the document's arena.
 *
 * API for the later stages (events, quotes): after resolve_article(), ask which
 * actor a body position belongs to with actors_at(), or walk the mentions of
 * an article in text order with actors_mentions(). */
#ifndef AN_RESOLVE_H
#define AN_RESOLVE_H
#include "../../include/annals.h"
#include "../core/arena.h"
#include <stddef.h>
#include <stdint.h>

typedef struct rs_dict rs_dict;

/* Foreign dictionary formats that can be imported on top of ours. */
typedef enum { RS_IMPORT_TABARI = 1, RS_IMPORT_PETRARCH } rs_import_kind;

/* Load dict_dir/actors/{countries,orgs,agents,people-*}.txt and the iso-codes
 * country names (when installed). NULL with "file:line: message" in err. */
rs_dict *rs_dict_load(const char *dict_dir, char *err, size_t errlen);
/* Add a TABARI or PETRARCH actors or agents file (the kind of each entry is
 * told by its code: `[~GOV]` is an agent). Returns 0, or -1 with err set. */
int rs_dict_import(rs_dict *d, rs_import_kind kind, const char *path, char *err, size_t errlen);
void rs_dict_free(rs_dict *d);
/* Read actors with the imported dictionaries alone, as their own coder does
 * (TABARI agents joined to actors, stems): for coding with a peer's verbs. */
void rs_dict_peer_mode(rs_dict *d);

typedef struct rs_stats {
    int countries, orgs, people, roles, agents, imported, phrases, cities;
} rs_stats;
void rs_dict_stats(const rs_dict *d, rs_stats *st);

/* Find and code the actors of one article; fills a->actors / a->nactors with
 * arrays allocated in `arena`. Never fails: an article without actors gets 0. */
void resolve_article(const rs_dict *d, an_article *a, an_arena *arena);

/* The actor with a mention covering body position pos, or NULL. */
const an_actor *actors_at(const an_article *a, uint32_t body_pos);

/* One mention, for walking an article's mentions in order. */
typedef struct rs_mention {
    const an_mention *at;         /* its spans, in the body and in the input */
    const an_actor *actor;
} rs_mention;
/* All mentions of the article sorted by their start in the body, allocated
 * in arena; returns the count. */
int actors_mentions(const an_article *a, an_arena *arena, rs_mention **out);

#endif
