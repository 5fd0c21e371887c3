/* `annals code` on one record: render_code_record, as the command runs it
 * (see fuzz.h for the checks). */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static an_engine *e;                  /* one per process: libFuzzer never returns */
    if (!e) e = fuzz_new_engine(0);
    if (fuzz_code(e, data, size)) abort();
    return 0;
}
