/* annals actors INPUT...: the coded actors of each article as a table, for
 * people checking what the resolver found. `annals extract` is the contract
 * for programs; this output may change. */
#include "cli.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f) {
    fputs("usage: annals actors [--date YYYY-MM-DD] [--kind text|html|jsonl] [--dict DIR]\n"
          "                     [--import-tabari FILE] [--import-petrarch FILE] [-q] INPUT...\n"
          "  Prints, per article, every actor found: name, code, country, sector,\n"
          "  whether it was learned from the text (*), its mentions and its role.\n", f);
}

static const char *or_dash(const char *s) { return s && *s ? s : "-"; }

static void print_article(const an_article *a) {
    printf("== %s #%d%s%s%s  (%d actors)\n", a->doc, a->index, a->title ? ": " : "", a->title ? a->title : "",
           a->published ? "" : "  [undated]", a->nactors);
    if (!a->nactors) return;
    printf("  %-34s %-11s %-7s %-6s %3s  %s\n", "NAME", "CODE", "COUNTRY", "SECTOR", "N", "ROLE");
    for (int i = 0; i < a->nactors; i++) {
        const an_actor *x = &a->actors[i];
        printf("  %-34.34s %-11s %-7s %-6s %3d  %s%s\n", x->name, or_dash(x->code), or_dash(x->country),
               or_dash(x->sector), x->nmentions, x->learned ? "* " : "", or_dash(x->role));
    }
}

static void print_doc(void *ud, const an_doc *d) {
    (void)ud;
    for (int i = 0; i < an_doc_count(d); i++) print_article(an_doc_article(d, i));
}

int cmd_actors(int argc, char **argv) {
    cli_common c;
    memset(&c, 0, sizeof c);
    char **rest = calloc((size_t)argc + 1, sizeof *rest);
    int nrest, rc = 2;
    if (!rest || cli_parse_common(argc, argv, &c, rest, &nrest)) { free(rest); return 2; }
    int st = cli_no_other_options("actors", rest, nrest, usage);
    if (st >= 0) { free(rest); return st; }
    if (!nrest) { usage(stderr); free(rest); return 2; }
    c.opt.last_stage = AN_STAGE_RESOLVE;
    char err[512];
    an_engine *e = an_engine_new(&c.opt, err, sizeof err);
    if (!e) fprintf(stderr, "annals: %s\n", err);
    else {
        rc = an_process_paths(e, (const char *const *)rest, nrest, print_doc, cli_warn, &c) ? 1 : 0;
        an_engine_free(e);
    }
    free(rest);
    if (fflush(stdout) != 0) { perror("annals: writing output"); return 1; }
    return rc;
}
