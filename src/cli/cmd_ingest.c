/* annals ingest [--db FILE] INPUT...: the whole pipeline into the store. */
#include "cli.h"
#include "../store/store.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void usage(FILE *f) {
    fputs("usage: annals ingest [--db FILE] [--batch N] [--date YYYY-MM-DD] [--kind text|html|jsonl]\n"
          "                     [--dict DIR] [--max-doc-size BYTES] [-q] INPUT...\n"
          "  Runs every stage on INPUT (files, folders, - for standard input) and stores\n"
          "  articles, actors, events and quotes in FILE (default $ANNALS_DB or annals.db).\n"
          "  Documents stored before (same bytes) are skipped; --batch documents are\n"
          "  committed per transaction (default 500). See docs/store.md.\n", f);
}

typedef struct ingest_run {
    cli_common c;
    an_store *store;
    int failed;                  /* a store error: later documents are not stored */
} ingest_run;

static void store_doc(void *ud, const an_doc *d) {
    ingest_run *r = ud;
    if (r->failed) return;
    if (store_add_doc(r->store, d) < 0) {
        fprintf(stderr, "annals ingest: %s\n", r->store->err);
        r->failed = 1;
    }
}

/* Known bytes are passed over before any stage runs: re-ingesting a folder
 * costs a hash per document, not the pipeline. */
static int skip_known(void *ud, const char *path, const char *p, size_t n) {
    ingest_run *r = ud;
    (void)path;
    if (r->failed) return 1;
    int rc = store_has_document(r->store, p, n);
    if (rc < 0) { fprintf(stderr, "annals ingest: %s\n", r->store->err); r->failed = 1; }
    return rc != 0;
}

static void warn(void *ud, const char *path, uint64_t offset, const char *msg) {
    cli_warn(&((ingest_run *)ud)->c, path, offset, msg);
}

/* Takes --db and --batch out of rest; returns 1 for --help, -1 on a bad option. */
static int parse_own(char **rest, int *nrest, const char **db, int *batch) {
    int k = 0;
    for (int i = 0; i < *nrest; i++) {
        const char *a = rest[i];
        int has_value = i + 1 < *nrest;
        if (!strcmp(a, "--db") && has_value) *db = rest[++i];
        else if (!strcmp(a, "--batch") && has_value) {
            *batch = atoi(rest[++i]);
            if (*batch < 1) { fprintf(stderr, "annals ingest: --batch takes a number >= 1\n"); return -1; }
        } else if (!strcmp(a, "-h") || !strcmp(a, "--help")) return 1;
        else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "annals ingest: unknown option %s\n", a);
            return -1;
        } else rest[k++] = rest[i];
    }
    *nrest = k;
    return 0;
}

static void report(const ingest_run *r, const char *db, double secs) {
    const store_stats *s = &r->store->stats;
    fprintf(stderr, "annals ingest: %ld documents stored, %ld already present; %ld articles (%ld near-duplicates),"
                    " %ld actors, %ld events (%ld new clusters), %ld quotes into %s in %.2f s (%.0f articles/s)\n",
            s->docs, s->docs_skipped, s->articles, s->dups, s->actors, s->events, s->clusters, s->quotes, db,
            secs, secs > 0 ? s->articles / secs : 0.0);
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int run(ingest_run *r, char **paths, int npaths, const char *db) {
    char err[512];
    an_engine *e = an_engine_new(&r->c.opt, err, sizeof err);
    if (!e) { fprintf(stderr, "annals: %s\n", err); return 2; }
    double t0 = now();
    int inputs_failed = an_process_paths_skip(e, (const char *const *)paths, npaths, skip_known, store_doc, warn, r);
    an_engine_free(e);
    if (!r->failed && store_commit(r->store)) {
        fprintf(stderr, "annals ingest: %s\n", r->store->err);
        r->failed = 1;
    }
    if (!r->c.quiet || r->failed) report(r, db, now() - t0);
    return r->failed ? 1 : inputs_failed ? 1 : 0;
}

int cmd_ingest(int argc, char **argv) {
    ingest_run r;
    memset(&r, 0, sizeof r);
    char **rest = calloc((size_t)argc + 1, sizeof *rest);
    int nrest, batch = STORE_BATCH_DEFAULT;
    const char *db = getenv("ANNALS_DB");
    if (!db || !*db) db = "annals.db";
    int bad = !rest || cli_parse_common(argc, argv, &r.c, rest, &nrest);
    int own = bad ? -1 : parse_own(rest, &nrest, &db, &batch);
    if (own) {
        usage(own > 0 ? stdout : stderr);
        free(rest);
        return own > 0 ? 0 : 2;
    }
    if (!nrest) { usage(stderr); free(rest); return 2; }
    char err[600];
    r.store = store_open(db, 0, err, sizeof err);
    if (!r.store) { fprintf(stderr, "annals ingest: %s\n", err); free(rest); return 2; }
    r.store->batch = batch;
    int rc = run(&r, rest, nrest, db);
    store_close(r.store);
    free(rest);
    return rc;
}
