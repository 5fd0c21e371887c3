/* What an engine holds. Each stage keeps its loaded data behind its own
 * pointer; the engine never changes after an_engine_new returns. */
#ifndef AN_ENGINE_H
#define AN_ENGINE_H
#include "../../include/annals.h"
#include "../ingest/ingest.h"
#include "../analyse/analyse.h"

struct an_cameo;
struct an_patterns;
#include "../resolve/resolve.h"
#include "../extract/events.h"

struct an_engine {
    an_options opt;
    char *dict_dir;
    char *default_date;
    an_outlets *outlets;          /* ingest */
    ingest_phrases *phrases;      /* ingest: the line rules' phrase lists */
    struct an_cameo *cameo;       /* extract: CAMEO code table */
    struct an_patterns *verb_patterns, *noun_patterns;   /* extract: dict/events, or imported verbs */
    struct an_wordset *quote_words;   /* extract: the quote finder's word lists */
    ev_tables coder;              /* extract: the above, as the event coder reads them */
    an_lexicon *lexicon;          /* analyse; NULL when only ingesting */
    rs_dict *actors;              /* resolve: actor and agent dictionaries */
};

/* The kind of a page from its first bytes: a '{' is JSONL, an HTML tag in
 * the first 4 KiB is HTML, anything else text (doc.c). */
an_kind an_detect_kind(const char *p, size_t n);

/* Resolve a file under the dictionary folder into buf. */
const char *engine_dict_path(const an_engine *e, const char *rel, char *buf, size_t n);

/* A shallow copy of e whose default date is `date` ("YYYY-MM-DD" or NULL),
 * for `annals code`, where every record brings its own date. It shares all
 * loaded data (read-only), so it costs nothing; never an_engine_free it. */
const an_engine *engine_dated_view(const an_engine *e, const char *date, an_engine *view);

#endif
