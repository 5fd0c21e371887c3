/* The store: articles, actors, events and quotes in one SQLite database that
 * grows over months of ingests and stays consistent (docs/store.md).
 *
 * One an_store is one SQLite connection with its own prepared statements; a
 * handle is used by one thread at a time, and separate handles (one per
 * thread or process) may share a database file, which WAL keeps readable
 * while an ingest writes. */
#ifndef AN_STORE_H
#define AN_STORE_H
#include "../../include/annals.h"
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>

#define STORE_SCHEMA_VERSION 1
#define STORE_BATCH_DEFAULT 500

enum { STORE_READONLY = 1 };

/* Statements prepared once per handle and reused; see stmt_sql in store.c. */
typedef enum {
    SQ_FIND_DOC, SQ_INS_DOC, SQ_SET_DOC_ARTICLES, SQ_FIND_SOURCE, SQ_INS_SOURCE,
    SQ_INS_ARTICLE, SQ_INS_FTS, SQ_FIND_BAND, SQ_INS_BAND, SQ_INS_ACTOR,
    SQ_INS_MENTION, SQ_INS_EVENT, SQ_FIND_CLUSTER, SQ_FIND_CORROBORATED, SQ_INS_CLUSTER, SQ_UPD_CLUSTER,
    SQ_INS_QUOTE, SQ_FIND_STORY, SQ_INS_STORY, SQ_UPD_STORY, SQ_SET_STORY, SQ_ARTICLE_STORY,
    SQ_COUNT
} store_sql;

typedef struct store_stats {
    long docs, docs_skipped, articles, dups, actors, events, clusters, quotes;
} store_stats;

typedef struct an_store {
    sqlite3 *db;
    sqlite3_stmt *st[SQ_COUNT];
    int in_tx;                   /* a write transaction is open */
    int pending;                 /* documents written in it */
    int batch;                   /* documents per transaction */
    store_stats stats;
    char err[512];
} an_store;

/* ---- store.c ---- */
an_store *store_open(const char *path, int flags, char *err, size_t errlen);
void store_close(an_store *s);
/* The statement for q, reset and with its bindings cleared, ready to bind. */
sqlite3_stmt *store_stmt(an_store *s, store_sql q);
int store_exec(an_store *s, const char *sql);
int store_begin(an_store *s);
/* Finish the open batch (cluster counts, then COMMIT); no-op outside one. */
int store_commit(an_store *s);
void store_rollback(an_store *s);
/* Record an SQLite failure in s->err; returns -1. */
int store_fail(an_store *s, const char *what);
/* Run a statement that returns no rows, then reset it for reuse; 0, or -1
 * with s->err naming what failed. */
int store_step(an_store *s, sqlite3_stmt *st, const char *what);
/* Bind helpers: NULL strings bind as SQL NULL. */
void store_bind_text(sqlite3_stmt *st, int i, const char *v);
void store_bind_textn(sqlite3_stmt *st, int i, const char *v, size_t n);

/* ---- schema.c ---- */
/* Bring the schema up to date (refused read-only, and for newer files). */
int schema_migrate(an_store *s, int readonly);

/* ---- ingest.c ---- */
/* Store a processed document and its articles; skips documents whose raw
 * bytes were stored before. Opens and commits batch transactions itself.
 * Returns 1 stored, 0 skipped as already present, -1 on error (s->err). */
int store_add_doc(an_store *s, const an_doc *d);
/* Whether a document with exactly these raw bytes is stored already (counted
 * as skipped): 1 yes, 0 no, -1 on error. Lets ingest pass over known
 * documents before running the pipeline on them. */
int store_has_document(an_store *s, const char *raw, size_t len);
/* The parts, for callers (and tests) that build articles themselves.
 * store_add_document returns the new document id, 0 if the hash is known. */
int64_t store_add_document(an_store *s, const char *path, const uint8_t hash[32],
                           uint64_t base, uint64_t len);
int64_t store_add_article(an_store *s, int64_t doc_id, const an_article *a);

/* ---- simhash.c ---- */
#define SIMHASH_MAX_DISTANCE 3
#define SIMHASH_MIN_SHINGLES 8
/* 64-bit SimHash over 3-word shingles of lowercased words. *nshingles gets
 * the number of shingles (too few and the hash means nothing). */
uint64_t simhash_text(const char *s, size_t n, int *nshingles);
int simhash_distance(uint64_t a, uint64_t b);
/* The earliest stored article within SIMHASH_MAX_DISTANCE of h, or 0. */
int64_t simhash_find(an_store *s, uint64_t h, int *distance);
int simhash_index(an_store *s, int64_t article_id, uint64_t h);

/* ---- cluster.c ---- */
/* Days since 1970-01-01 of a civil date. */
int32_t day_number(int y, int m, int d);
/* The days a date stated as YYYY, YYYY-MM or YYYY-MM-DD covers: [lo, hi].
 * Returns 0 for no or an unreadable date. */
int date_day_range(const char *date, int32_t *lo, int32_t *hi);
/* Two actor codes name the same actor up to generalisation: equal, or one
 * extends the other by whole 3-letter CAMEO segments (USA ~ USAGOV). */
int actor_codes_compatible(const char *a, const char *b);
/* The cluster an event belongs to: an existing one it matches (updated to
 * take the report in), else a new one. The event's days come from its date,
 * else from the week up to the article's publication. When one side has no
 * date, a report joins only a cluster with the same place and a person in
 * common, and only when exactly one cluster qualifies; otherwise it gets a
 * cluster of its own. Returns the cluster id, or -1. */
int64_t cluster_assign(an_store *s, const an_event *ev, const an_article *a);
/* Recompute counts and first/last seen of clusters touched in this batch. */
int cluster_refresh(an_store *s);

/* ---- story.c ---- */
/* Put a stored article into its story (same leading actors and topic, within
 * STORY_GAP_DAYS of the story's last article). Returns the story id, 0 for
 * an article with no actors, -1 on error. */
#define STORY_GAP_DAYS 30
int64_t story_assign(an_store *s, int64_t article_id, const an_article *a, int64_t dup_of);

/* ---- query.c ---- */
typedef enum { OUT_TABLE = 0, OUT_JSON, OUT_CSV, OUT_TSV } out_format;
/* Print every row of a prepared statement; returns rows, or -1. */
long store_print(an_store *s, sqlite3_stmt *st, out_format f, int header, FILE *out);

typedef struct query_filter {
    const char *actor, *source, *target, *code, *since, *until, *text, *speaker, *name;
    long limit;                  /* 0: all */
} query_filter;

typedef enum { Q_EVENTS, Q_TIMELINE, Q_STORIES, Q_QUOTES, Q_ACTORS, Q_REPORTS } query_kind;
/* Prepare the SQL for a query with its filters bound; NULL with s->err set. */
sqlite3_stmt *store_query(an_store *s, query_kind k, const query_filter *f);

/* `head` is a SELECT on clusters c ending in a WHERE clause; the filters are
 * appended with AND, then `tail` (ORDER BY ...). */
sqlite3_stmt *store_query_clusters(an_store *s, const char *head, const char *tail, const query_filter *f);

/* ---- export_gdelt.c, export_plover.c ---- */
extern const char *const gdelt_columns[];   /* 61 names, NULL-terminated */
extern const char *const plover_fields[];   /* NULL-terminated */
long export_gdelt(an_store *s, const query_filter *f, int header, FILE *out);
long export_plover(an_store *s, const query_filter *f, FILE *out);

#endif
