/* What each fuzz target does to one input, shared with the unit test that
 * replays past crashes (tests/unit/test_fuzz_regress.c). Each function
 * returns NULL, or what went wrong; sanitizers catch the rest. */
#ifndef AN_FUZZ_H
#define AN_FUZZ_H
#include "../include/annals.h"
#include "../src/core/entries.h"
#include "../src/extract/patterns_import.h"
#include "../src/ingest/ingest.h"
#include "../src/output/render.h"
#include "../src/resolve/resolve.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The documents' limit in the reader target: small, so that chunking,
 * cutting and skipping over-long records all happen on small inputs. */
#define FUZZ_READER_MAX_DOC 2048

static inline an_engine *fuzz_new_engine(size_t max_doc_bytes) {
    an_options opt = { .max_doc_bytes = max_doc_bytes, .default_date = "2025-01-01" };
    char err[512];
    an_engine *e = an_engine_new(&opt, err, sizeof err);
    if (!e) { fprintf(stderr, "fuzz: %s\n", err); abort(); }
    return e;
}

static inline void fuzz_warn(void *ud, const char *path, uint64_t off, const char *msg) {
    (void)ud; (void)path; (void)off; (void)msg;
}

/* Render every article and check that its offsets stay inside the input. */
static inline const char *fuzz_check_doc(const an_doc *d, uint64_t base, size_t len) {
    for (int i = 0; i < an_doc_count(d); i++) {
        const an_article *a = an_doc_article(d, i);
        free(an_article_json(a));
        if (strlen(a->body) != a->body_len) return "body length";
        for (int k = 0; k < a->nparas; k++) {
            const an_para *p = &a->paras[k];
            if (p->start > p->end || p->end > a->body_len) return "paragraph outside the body";
            if (p->in_start < base || p->in_start > p->in_end || p->in_end > base + len)
                return "paragraph outside the input";
        }
        for (uint32_t pos = 0; pos <= a->body_len; pos += 1 + a->body_len / 16)
            if (an_body_offset(a, pos) > base + len) return "body offset outside the input";
    }
    return NULL;
}

/* One page through an_doc_process as the given kind. */
static inline const char *fuzz_page(const an_engine *e, const uint8_t *data, size_t size, an_kind kind) {
    const uint64_t base = 1000;           /* non-zero, as for a record inside a file */
    char err[256];
    an_doc *d = an_doc_process(e, "fuzz", (const char *)data, size, base, kind, fuzz_warn, NULL, err, sizeof err);
    const char *bad = d ? fuzz_check_doc(d, base, size) : NULL;
    an_doc_free(d);
    return bad;
}

typedef struct fuzz_reader { size_t len; const char *bad; } fuzz_reader;

static inline void fuzz_reader_doc(void *ud, const an_doc *d) {
    fuzz_reader *r = ud;
    const char *bad = fuzz_check_doc(d, 0, r->len);
    if (bad && !r->bad) r->bad = bad;
}

/* A whole file, of any kind, through an_process_paths. */
static inline const char *fuzz_read_file(const an_engine *e, const char *path, size_t len) {
    fuzz_reader r = { len, NULL };
    const char *paths[] = { path };
    an_process_paths(e, paths, 1, fuzz_reader_doc, fuzz_warn, &r);
    return r.bad;
}

static inline int fuzz_count_item(void *ud, const char *item) {
    *(size_t *)ud += strlen(item);
    return 0;
}

static inline int fuzz_entry(void *ud, ent_kind kind, const char *key, const char *value, int line,
                             char *err, size_t errlen) {
    (void)line; (void)err; (void)errlen;
    if (kind == ENT_FIELD && !key) return -1;
    char *list = strdup(value);           /* split every value as a list, as the loaders do */
    if (!list) return -1;
    int rc = entries_split(list, fuzz_count_item, ud);
    free(list);
    return rc;
}

static inline const char *fuzz_entries(const uint8_t *data, size_t size) {
    char err[256];
    size_t total = 0;
    entries_parse("fuzz", (const char *)data, size, fuzz_entry, &total, err, sizeof err);
    return NULL;
}

/* The outlets loader, then lookups of the same bytes. */
static inline const char *fuzz_outlets(const uint8_t *data, size_t size) {
    char err[256];
    an_outlets *o = outlets_parse("fuzz", (const char *)data, size, err, sizeof err);
    if (!o) return NULL;
    const char *s = (const char *)data;
    const char *c = outlets_match(o, s, size < 200 ? size : 200);
    if (c) (void)outlets_is_wire(o, c);
    c = outlets_find(o, s, size);
    if (c) (void)outlets_is_wire(o, c);
    outlets_free(o);
    return NULL;
}

/* One `annals code` record, as the command codes it: written whole, as one
 * line, or not at all. */
static inline const char *fuzz_code(const an_engine *e, const uint8_t *data, size_t size) {
    char *line = malloc(size + 1);        /* the command hands over a NUL-terminated line */
    if (!line) return NULL;
    memcpy(line, data, size);
    line[size] = 0;
    an_buf out;
    an_buf_init(&out);
    char err[300];
    int rc = render_code_record(e, "fuzz", line, size, &out, fuzz_warn, NULL, err, sizeof err);
    const char *bad = NULL;
    if (rc < 0 && out.n) bad = "output for a record that was refused";
    else if (rc >= 0 && (!out.n || out.p[out.n - 1] != '\n' || memchr(out.p, '\n', out.n - 1))) bad = "not one line";
    an_buf_free(&out);
    free(line);
    return bad;
}

/* The input read as each of the four kinds of peer dictionary: TABARI and
 * PETRARCH verbs (from memory), TABARI and PETRARCH actors (from a file,
 * which is how the resolver reads them) into d. */
static inline const char *fuzz_import(rs_dict *d, const uint8_t *data, size_t size) {
    import_stats st;
    for (int petrarch = 0; petrarch < 2; petrarch++) {
        an_patterns *p = patterns_new();
        if (!p) return NULL;
        memset(&st, 0, sizeof st);
        if (petrarch) patterns_import_petrarch_buf(p, "fuzz", (const char *)data, size, &st);
        else patterns_import_tabari_buf(p, "fuzz", (const char *)data, size, &st);
        patterns_free(p);
        if (st.imported > st.lines) return "more patterns compiled than lines read";
    }
    char path[] = "/tmp/annals-fuzz-import-XXXXXX", err[512];
    int fd = mkstemp(path);
    if (fd < 0) return NULL;
    int ok = !size || write(fd, data, size) == (ssize_t)size;
    close(fd);
    if (ok) {
        rs_dict_import(d, RS_IMPORT_TABARI, path, err, sizeof err);
        rs_dict_import(d, RS_IMPORT_PETRARCH, path, err, sizeof err);
    }
    unlink(path);
    return NULL;
}

/* Our actor dictionaries, for fuzz_import: run from the repository root. */
static inline rs_dict *fuzz_actor_dict(void) {
    char err[512];
    rs_dict *d = rs_dict_load("dict", err, sizeof err);
    if (!d) { fprintf(stderr, "fuzz: %s (run from the repository root)\n", err); abort(); }
    return d;
}

#endif
