/* What an engine holds. Each stage keeps its loaded data behind its own
 * pointer; the engine never changes after an_engine_new returns. */
#ifndef AN_ENGINE_H
#define AN_ENGINE_H
#include "../../include/annals.h"
#include "../ingest/ingest.h"
#include "../analyse/analyse.h"

struct an_engine {
    an_options opt;
    char *dict_dir;
    char *default_date;
    an_outlets *outlets;          /* ingest */
    an_lexicon *lexicon;          /* analyse; NULL when only ingesting */
};

/* Resolve a file under the dictionary folder into buf. */
const char *engine_dict_path(const an_engine *e, const char *rel, char *buf, size_t n);

#endif
