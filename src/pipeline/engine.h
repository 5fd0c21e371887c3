/* What an engine holds. Each stage keeps its loaded data behind its own
 * pointer; the engine never changes after an_engine_new returns. */
#ifndef AN_ENGINE_H
#define AN_ENGINE_H
#include "../../include/annals.h"
#include "../ingest/ingest.h"
#include "../resolve/resolve.h"

struct an_engine {
    an_options opt;
    char *dict_dir;
    char *default_date;
    an_outlets *outlets;          /* ingest */
    rs_dict *actors;              /* resolve: actor and agent dictionaries */
};

/* Resolve a file under the dictionary folder into buf. */
const char *engine_dict_path(const an_engine *e, const char *rel, char *buf, size_t n);

#endif
