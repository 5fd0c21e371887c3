/* annals extract INPUT...: JSON Lines, one object per article. */
#include "cli.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f) {
    fputs("usage: annals extract [--date YYYY-MM-DD] [--kind text|html|jsonl] [--dict DIR]\n"
          "                      [--max-doc-size BYTES] [--import-tabari FILE] [--import-petrarch FILE] [-q] INPUT...\n"
          "  INPUT is a file, a folder (read recursively) or - for standard input.\n"
          "  Prints one JSON object per article found (see docs/output.md).\n", f);
}

static void print_doc(void *ud, const an_doc *d) {
    (void)ud;
    for (int i = 0; i < an_doc_count(d); i++) {
        char *json = an_article_json(an_doc_article(d, i));
        fputs(json, stdout);
        fputc('\n', stdout);
        free(json);
    }
}

int cmd_extract(int argc, char **argv) {
    cli_common c;
    memset(&c, 0, sizeof c);
    char **rest = calloc((size_t)argc + 1, sizeof *rest);
    int nrest;
    if (!rest || cli_parse_common(argc, argv, &c, rest, &nrest)) { free(rest); return 2; }
    for (int i = 0; i < nrest; i++)
        if (rest[i][0] == '-' && rest[i][1]) {
            if (!strcmp(rest[i], "-h") || !strcmp(rest[i], "--help")) { usage(stdout); free(rest); return 0; }
            fprintf(stderr, "annals extract: unknown option %s\n", rest[i]);
            usage(stderr);
            free(rest);
            return 2;
        }
    if (!nrest) { usage(stderr); free(rest); return 2; }
    char err[512];
    an_engine *e = an_engine_new(&c.opt, err, sizeof err);
    if (!e) { fprintf(stderr, "annals: %s\n", err); free(rest); return 2; }
    int failed = an_process_paths(e, (const char *const *)rest, nrest, print_doc, cli_warn, &c);
    an_engine_free(e);
    free(rest);
    if (fflush(stdout) != 0) { perror("annals: writing output"); return 1; }
    return failed ? 1 : 0;
}
