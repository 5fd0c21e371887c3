/* The reading half of an_process_paths: walks files, folders and stdin, cuts
 * them into documents (JSONL records, text chunks, whole HTML pages) and hands
 * each to a sink. The sink decides what processing means: at once on the
 * reading thread (an_process_paths) or later on a worker (parallel.c). */
#ifndef AN_READER_H
#define AN_READER_H
#include "../../include/annals.h"

typedef struct an_sink {
    /* One document: p[0..n) is valid only during the call. */
    void (*doc)(void *self, const char *path, const char *p, size_t n, uint64_t base, an_kind kind);
    /* A problem found while reading; failed: the input (or part of it) was lost. */
    void (*problem)(void *self, const char *path, uint64_t off, const char *msg, int failed);
    void *self;
} an_sink;

void reader_run(const an_engine *e, const char *const *paths, int npaths, const an_sink *sink);

/* Process one document and describe a failure as the reader reports it. */
an_doc *reader_process(const an_engine *e, const char *path, const char *p, size_t n, uint64_t base,
                       an_kind kind, an_warn_fn warn, void *ud, char *msg, size_t msglen);

#endif
