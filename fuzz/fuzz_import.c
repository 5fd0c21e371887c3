/* The importers of TABARI and PETRARCH dictionaries (verbs, actors, agents)
 * on one input, read as each of the four kinds of file (see fuzz.h). */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Imports add to the actor dictionary, so it is reloaded now and then to
 * keep memory bounded; reloading every time would be too slow to fuzz. */
#define RELOAD_EVERY 500

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static rs_dict *dict;                 /* one per process: libFuzzer never returns */
    static unsigned runs;
    if (!dict || ++runs % RELOAD_EVERY == 0) {
        rs_dict_free(dict);
        dict = fuzz_actor_dict();
    }
    if (fuzz_import(dict, data, size)) abort();
    return 0;
}
