/* annals: raw news in, coded political events out.
 *
 * The pipeline runs in one direction, one stage per folder of src/:
 *
 *   ingest   raw pages (text, HTML, JSONL) -> articles with metadata and body
 *   analyse  body -> sentences, tokens, tags, chunks, clauses
 *   resolve  analysis -> actors (coded people, organisations, countries)
 *   extract  analysis + actors -> events and quotes
 *   store    articles, events, quotes -> SQLite, deduplicated
 *
 * An an_engine holds what is loaded once (dictionaries, lexicon, options). It is
 * read-only after an_engine_new() and may be shared by any number of threads.
 * Each document is processed with its own an_doc, which owns an arena that every
 * result of that document lives in; an_doc_free() releases all of it.
 *
 * Every fact carries byte offsets into the input file it came from.
 */
#ifndef ANNALS_H
#define ANNALS_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define ANNALS_VERSION "0.1.0"

typedef enum { AN_KIND_AUTO = 0, AN_KIND_TEXT, AN_KIND_HTML, AN_KIND_JSONL } an_kind;

/* Which stages to run; each includes the ones before it. */
typedef enum {
    AN_STAGE_INGEST = 1, AN_STAGE_ANALYSE, AN_STAGE_RESOLVE, AN_STAGE_EXTRACT
} an_stage;

typedef struct an_options {
    const char *dict_dir;        /* folder of our dictionaries; NULL: built-in default */
    const char *default_date;    /* "YYYY-MM-DD" used when a page states no date; NULL: none */
    size_t max_doc_bytes;        /* larger pages are cut, with a warning; 0: 64 MiB */
    size_t max_article_bytes;    /* longer articles are analysed only this far, with a warning; 0: 1 MiB */
    an_kind kind;                /* AN_KIND_AUTO: detect from the content */
    an_stage last_stage;         /* 0: all stages */
    const char *const *import_tabari;    /* TABARI actor/agent files to add (NULL-terminated); NULL: none */
    const char *const *import_petrarch;  /* PETRARCH actor/agent files to add (NULL-terminated); NULL: none */
    /* Verb dictionaries of the peer coders to code events with instead of our
     * dict/events patterns (verbs and nouns both: the peers' files carry
     * their own noun phrases). NULL-terminated; NULL: ours. */
    const char *const *verbs_tabari;
    const char *const *verbs_petrarch;
} an_options;

typedef struct an_engine an_engine;

/* ---- results ---- */

/* A body paragraph: [start, end) in the body text, [in_start, in_end) in the input. */
typedef struct an_para { uint32_t start, end; uint64_t in_start, in_end; } an_para;

typedef struct an_mention {
    uint64_t start, end;          /* input offsets */
    uint32_t body_start, body_end;    /* the same span in the article's body */
} an_mention;

typedef struct an_actor {
    const char *name;            /* canonical name */
    const char *code;            /* CAMEO-style: USAGOV, RUSMIL, IGOWSTNAT */
    const char *country;         /* ISO alpha-3 or NULL */
    const char *sector;          /* GOV, MIL, ... or NULL */
    const char *role;            /* "special envoy", from the dictionary or the text */
    int learned;                 /* 1: coded from the text, not from a dictionary */
    an_mention *mentions; int nmentions;
} an_actor;

/* A city or capital named as a place ("talks in Doha"), with coordinates when known. */
typedef struct an_place {
    const char *name;            /* as the gazetteer writes it */
    const char *country;         /* ISO alpha-3 or NULL */
    double lat, lon;             /* NAN when not known */
    an_mention *mentions; int nmentions;
} an_place;

typedef enum { AN_MODE_ASSERTED = 0, AN_MODE_INTENDED, AN_MODE_THREATENED,
               AN_MODE_HYPOTHETICAL, AN_MODE_REPORTED } an_mode;

typedef struct an_event {
    const char *source, *target;             /* actor codes */
    const char *source_name, *target_name;
    const char *cameo, *plover;
    double goldstein;
    int quad;                                 /* 1..4 */
    const char *date;                         /* YYYY, YYYY-MM or YYYY-MM-DD; NULL */
    const char *date_precision;               /* "day", "month", "year", NULL */
    const char *place;                        /* where stated; NULL */
    double lat, lon;                          /* NAN when not geocoded */
    int negated;
    an_mode mode;
    double confidence;
    uint32_t sent_start, sent_end;            /* sentence in the body */
    uint64_t start, end;                      /* sentence in the input */
} an_event;

typedef enum { AN_QUOTE_DIRECT = 0, AN_QUOTE_PARTIAL, AN_QUOTE_BLOCK, AN_QUOTE_INDIRECT } an_quote_kind;

typedef struct an_quote {
    const char *speaker;          /* full name, or a description for anonymous sources */
    const char *speaker_code;     /* actor code or NULL */
    const char *text;
    an_quote_kind kind;
    const char *cue;              /* "said", "told", "wrote", "according to" */
    const char *addressee;        /* "CNN's State of the Union", "reporters"; NULL */
    uint32_t body_start, body_end;
    uint64_t start, end;          /* input offsets */
} an_quote;

struct an_analysis;               /* sentences and parse; see src/analyse/analyse.h */

typedef struct an_article {
    const char *doc;              /* input path ("-" for stdin) */
    const char *id;               /* JSONL record id, or NULL */
    uint64_t record;              /* JSONL line number (1-based), 0 for other inputs */
    int index;                    /* article number within the page */
    const char *title, *outlet, *wire, *published, *dateline, *url;
    const char **authors; int nauthors;
    const char *body; uint32_t body_len;
    an_para *paras; int nparas;
    struct an_analysis *analysis;
    an_actor *actors; int nactors;
    an_place *places; int nplaces;
    an_event *events; int nevents;
    an_quote *quotes; int nquotes;
    const void *internal;         /* the body's offset map; use an_body_offset() */
} an_article;

/* ---- engine ---- */

/* Loads dictionaries. Returns NULL with a message in err on failure. */
an_engine *an_engine_new(const an_options *opt, char *err, size_t errlen);
void an_engine_free(an_engine *e);
const an_options *an_engine_options(const an_engine *e);

/* ---- documents ---- */

typedef struct an_doc an_doc;

/* Called for problems that do not stop processing (invalid UTF-8 repaired, a
 * page cut to the size limit, a malformed JSONL record skipped). */
typedef void (*an_warn_fn)(void *ud, const char *path, uint64_t offset, const char *msg);

/* Process one page held in memory. `base` is the page's byte offset in the file
 * named `path` (non-zero for chunks and JSONL records). Returns NULL with err
 * set for input that cannot be processed at all (binary data). The text must
 * stay valid and unchanged until an_doc_free(). */
an_doc *an_doc_process(const an_engine *e, const char *path, const char *data, size_t len,
                       uint64_t base, an_kind kind, an_warn_fn warn, void *ud,
                       char *err, size_t errlen);
int an_doc_count(const an_doc *d);
const an_article *an_doc_article(const an_doc *d, int i);
void an_doc_free(an_doc *d);
/* The raw bytes the document was processed from (before any repair or cut),
 * valid as long as the caller keeps them (at least during an an_doc_fn), and
 * their offset in the input file. The store hashes them to skip re-ingests. */
const char *an_doc_input(const an_doc *d, size_t *len, uint64_t *base);
const char *an_doc_path(const an_doc *d);     /* the input path ("-" for stdin) */

/* Input byte offset of a position in an article's body. */
uint64_t an_body_offset(const an_article *a, uint32_t pos);

/* Render an article as one JSON object (no newline) into a malloc'd string. */
char *an_article_json(const an_article *a);

/* ---- files ---- */

/* Read inputs (files, folders recursively, "-" for stdin), detect each one's
 * kind, split JSONL files into records and big text files into chunks, and call
 * fn for every document processed. Returns the number of inputs that failed. */
typedef void (*an_doc_fn)(void *ud, const an_doc *d);
int an_process_paths(const an_engine *e, const char *const *paths, int npaths,
                     an_doc_fn fn, an_warn_fn warn, void *ud);

/* The same, asking skip(ud, path, p, n) first about each document's raw bytes
 * p[0..n): a non-zero answer passes the document over unprocessed (a store
 * that holds those bytes already need not run the stages again). */
typedef int (*an_skip_fn)(void *ud, const char *path, const char *p, size_t n);
int an_process_paths_skip(const an_engine *e, const char *const *paths, int npaths,
                          an_skip_fn skip, an_doc_fn fn, an_warn_fn warn, void *ud);

/* The same on `jobs` worker threads. One reader thread cuts the inputs into
 * documents; each worker processes a document and calls render (concurrently
 * with other workers: it must only read ud) to turn it into bytes, a malloc'd
 * buffer of *len bytes or NULL for none; the calling thread then passes each
 * buffer to write and frees it. write and warn are never called concurrently
 * and see the documents in input order, unless flags has AN_UNORDERED (then in
 * the order they finish). Memory stays bounded: the reader waits while too
 * many documents are in flight. Returns the number of inputs that failed, or
 * -1 if threads could not be started. */
#define AN_UNORDERED 1
typedef char *(*an_render_fn)(void *ud, const an_doc *d, size_t *len);
typedef void (*an_write_fn)(void *ud, const char *p, size_t len);
int an_process_paths_parallel(const an_engine *e, const char *const *paths, int npaths, int jobs,
                              int flags, an_render_fn render, an_write_fn write, an_warn_fn warn, void *ud);

#ifdef __cplusplus
}
#endif
#endif
