/* annals code [INPUT...]: JSON Lines {"id", "date", "text"} in, one line
 * {"id", "events": [...]} out per record. Each text goes through the whole
 * pipeline as plain text, with the record's date as the article date
 * (render_code_record in src/output/render_code.c). */
#include "cli.h"
#include "../output/render.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f) {
    fputs("usage: annals code [--dict DIR] [-q] [INPUT...]\n"
          "  Reads JSON Lines {\"id\", \"date\", \"text\"} from the files (or standard input)\n"
          "  and prints {\"id\", \"events\": [...]} for each record.\n", f);
}

typedef struct code_run {
    const an_engine *e;
    cli_common *c;
    int failed;
} code_run;

static void warn_rec(code_run *r, const char *path, unsigned long line, const char *msg) {
    r->failed = 1;
    if (!r->c->quiet) fprintf(stderr, "annals: %s:%lu: %s\n", path, line, msg);
}

static void code_record(code_run *r, const char *path, unsigned long lineno, const char *line, size_t len) {
    char err[300];
    an_buf out;
    an_buf_init(&out);
    int rc = render_code_record(r->e, path, line, len, &out, cli_warn, r->c, err, sizeof err);
    if (rc) warn_rec(r, path, lineno, err);
    if (out.n) fwrite(out.p, 1, out.n, stdout);
    an_buf_free(&out);
}

static int code_stream(code_run *r, const char *path, FILE *f) {
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    unsigned long lineno = 0;
    while ((n = getline(&line, &cap, f)) >= 0) {
        lineno++;
        while (n && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = 0;
        size_t k = 0;
        while (k < (size_t)n && (line[k] == ' ' || line[k] == '\t')) k++;
        if (k < (size_t)n) code_record(r, path, lineno, line, (size_t)n);
    }
    free(line);
    return ferror(f) ? -1 : 0;
}

static int code_path(code_run *r, const char *path) {
    if (!strcmp(path, "-")) return code_stream(r, "-", stdin);
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); return -1; }
    int rc = code_stream(r, path, f);
    fclose(f);
    return rc;
}

int cmd_code(int argc, char **argv) {
    cli_common c;
    memset(&c, 0, sizeof c);
    char **rest = calloc((size_t)argc + 1, sizeof *rest);
    int nrest;
    if (!rest || cli_parse_common(argc, argv, &c, rest, &nrest)) { free(rest); return 2; }
    int st = cli_no_other_options("code", rest, nrest, usage);
    if (st >= 0) { free(rest); return st; }
    char err[512];
    an_engine *e = an_engine_new(&c.opt, err, sizeof err);
    if (!e) { fprintf(stderr, "annals: %s\n", err); free(rest); return 2; }
    code_run r = { e, &c, 0 };
    int bad = 0;
    if (!nrest) bad |= code_path(&r, "-") != 0;
    for (int i = 0; i < nrest; i++) bad |= code_path(&r, rest[i]) != 0;
    an_engine_free(e);
    free(rest);
    if (fflush(stdout) != 0) { perror("annals: writing output"); return 1; }
    return bad || r.failed ? 1 : 0;
}
