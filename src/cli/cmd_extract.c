/* annals extract INPUT...: JSON Lines, one object per article. */
#include "cli.h"
#include "../output/render.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void usage(FILE *f) {
    fputs("usage: annals extract [--date YYYY-MM-DD] [--kind text|html|jsonl] [--dict DIR]\n"
          "                      [--max-doc-size BYTES] [--max-article-size BYTES] [-j N [--unordered]] [--import-tabari FILE]\n"
          "                      [--import-petrarch FILE] [--verbs-tabari FILE] [--verbs-petrarch FILE] [-q] INPUT...\n"
          "  INPUT is a file, a folder (read recursively) or - for standard input.\n"
          "  -j N runs N worker threads; output stays in input order unless --unordered.\n"
          "  Prints one JSON object per article found (see docs/output.md).\n", f);
}

/* All of a document's articles as JSON lines, in one buffer: with -j this
 * runs on a worker thread, so it touches nothing but the document. */
static char *render_doc(void *ud, const an_doc *d, size_t *len) {
    (void)ud;
    an_buf b;
    an_buf_init(&b);
    for (int i = 0; i < an_doc_count(d); i++) {
        const an_article *a = an_doc_article(d, i);
        an_buf_reserve(&b, a->body_len * 2 + 1024);          /* the body, escaped, and the rest */
        render_article_json(&b, a);
        an_buf_addc(&b, '\n');
    }
    *len = b.n;
    return b.p;
}

/* Output leaves in blocks of OUT_BLOCK bytes. stdout's own buffer is one
 * disk block (4 KB), which for the 80 MB of JSON the test corpus gives meant
 * 20,000 write calls, a visible share of a run. On a terminal each document
 * is written as soon as it is done. */
#define OUT_BLOCK (1 << 16)

typedef struct out_ctx {
    cli_common *c;
    char *pending; size_t n;     /* OUT_BLOCK bytes, not yet written */
    int each_doc;                /* stdout is a terminal */
} out_ctx;

static void out_flush(out_ctx *o) {
    if (o->n) fwrite(o->pending, 1, o->n, stdout);
    o->n = 0;
}

static void write_out(void *ud, const char *p, size_t len) {
    out_ctx *o = ud;
    if (!o->pending || o->n + len > OUT_BLOCK) out_flush(o);
    if (!o->pending || len > OUT_BLOCK) { fwrite(p, 1, len, stdout); return; }
    memcpy(o->pending + o->n, p, len);
    o->n += len;
    if (o->each_doc) out_flush(o);
}

static void warn_out(void *ud, const char *path, uint64_t offset, const char *msg) {
    const out_ctx *o = ud;
    cli_warn(o->c, path, offset, msg);
}

static void print_doc(void *ud, const an_doc *d) {
    size_t len;
    char *out = render_doc(ud, d, &len);
    if (out) write_out(ud, out, len);
    free(out);
}

int cmd_extract(int argc, char **argv) {
    cli_common c;
    memset(&c, 0, sizeof c);
    char **rest = calloc((size_t)argc + 1, sizeof *rest);
    int nrest;
    if (!rest || cli_parse_common(argc, argv, &c, rest, &nrest)) { free(rest); return 2; }
    int st = cli_no_other_options("extract", rest, nrest, usage);
    if (st >= 0) { free(rest); return st; }
    if (!nrest) { usage(stderr); free(rest); return 2; }
    char err[512];
    an_engine *e = an_engine_new(&c.opt, err, sizeof err);
    if (!e) { fprintf(stderr, "annals: %s\n", err); free(rest); return 2; }
    const char *const *paths = (const char *const *)rest;
    out_ctx o = { &c, malloc(OUT_BLOCK), 0, isatty(STDOUT_FILENO) };   /* no block: written unbatched */
    int failed = c.jobs > 1
        ? an_process_paths_parallel(e, paths, nrest, c.jobs, c.unordered ? AN_UNORDERED : 0,
                                    render_doc, write_out, warn_out, &o)
        : an_process_paths(e, paths, nrest, print_doc, warn_out, &o);
    if (failed < 0) fprintf(stderr, "annals: cannot start threads\n");
    out_flush(&o);
    free(o.pending);
    an_engine_free(e);
    free(rest);
    if (fflush(stdout) != 0) { perror("annals: writing output"); return 1; }
    return failed ? 1 : 0;
}
