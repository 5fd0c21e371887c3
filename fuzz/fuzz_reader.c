/* The reader: a whole input file (any kind, detected) through
 * an_process_paths, fed from a memory file. */
#include "fuzz.h"
#include <sys/mman.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static an_engine *e;                  /* one per process: libFuzzer never returns */
    static char path[64];
    static int fd = -1;
    if (!e) {
        e = fuzz_new_engine(FUZZ_READER_MAX_DOC);
        fd = memfd_create("annals-fuzz", 0);
        if (fd < 0) abort();
        snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    }
    if (ftruncate(fd, 0) || pwrite(fd, data, size, 0) != (ssize_t)size) abort();
    if (fuzz_read_file(e, path, size)) abort();
    return 0;
}
