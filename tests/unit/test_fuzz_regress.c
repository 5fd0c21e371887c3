/* Replays every input that once crashed a fuzz target (tests/data/fuzz/,
 * named TARGET-ID) through the same code as the target, so that each crash
 * the fuzzers found stays fixed. Run under ASan+UBSan by tests/run-all.sh. */
#include "../test.h"
#include "../../fuzz/fuzz.h"
#include <dirent.h>
#include <stdlib.h>

#define FUZZ_DATA "tests/data/fuzz"

static uint8_t *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    uint8_t *buf = NULL;
    size_t cap = 0;
    *len = 0;
    for (;;) {
        if (*len == cap) {
            cap = cap ? cap * 2 : 4096;
            uint8_t *b = realloc(buf, cap);
            if (!b) { free(buf); fclose(f); return NULL; }
            buf = b;
        }
        size_t k = fread(buf + *len, 1, cap - *len, f);
        if (!k) break;
        *len += k;
    }
    fclose(f);
    return buf;
}

static const char *replay(const char *name, const char *path, const uint8_t *p, size_t n,
                          const an_engine *e, const an_engine *small, rs_dict *dict) {
    if (!strncmp(name, "text-", 5)) return fuzz_page(e, p, n, AN_KIND_TEXT);
    if (!strncmp(name, "html-", 5)) return fuzz_page(e, p, n, AN_KIND_HTML);
    if (!strncmp(name, "jsonl-", 6)) return fuzz_page(e, p, n, AN_KIND_JSONL);
    if (!strncmp(name, "reader-", 7)) return fuzz_read_file(small, path, n);
    if (!strncmp(name, "entries-", 8)) return fuzz_entries(p, n);
    if (!strncmp(name, "outlets-", 8)) return fuzz_outlets(p, n);
    if (!strncmp(name, "code-", 5)) return fuzz_code(e, p, n);
    if (!strncmp(name, "import-", 7)) return fuzz_import(dict, p, n);
    return "no fuzz target of this name";
}

TEST(fuzz_crashes_stay_fixed) {
    DIR *dir = opendir(FUZZ_DATA);
    CHECK(dir != NULL);
    if (!dir) return;
    an_engine *e = fuzz_new_engine(0), *small = fuzz_new_engine(FUZZ_READER_MAX_DOC);
    rs_dict *dict = fuzz_actor_dict();
    int replayed = 0;
    for (struct dirent *de; (de = readdir(dir));) {
        if (de->d_name[0] == '.') continue;
        char path[512];
        snprintf(path, sizeof path, "%s/%s", FUZZ_DATA, de->d_name);
        size_t n;
        uint8_t *p = slurp(path, &n);
        const char *bad = p ? replay(de->d_name, path, p, n, e, small, dict) : "cannot read";
        if (bad) test_fail(__FILE__, __LINE__, "%s: %s", path, bad);
        free(p);
        replayed++;
    }
    closedir(dir);
    an_engine_free(e);
    an_engine_free(small);
    rs_dict_free(dict);
    CHECK(replayed >= 5);
}
