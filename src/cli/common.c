#include "cli.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void cli_warn(void *ud, const char *path, uint64_t offset, const char *msg) {
    const cli_common *c = ud;
    if (c && c->quiet) return;
    fprintf(stderr, "annals: %s: %s (byte %llu)\n", path, msg, (unsigned long long)offset);
}

static int need(int i, int argc, const char *opt) {
    if (i + 1 < argc) return 0;
    fprintf(stderr, "annals: %s needs a value\n", opt);
    return -1;
}

int cli_parse_common(int argc, char **argv, cli_common *c, char **rest, int *nrest) {
    *nrest = 0;
    int paths_only = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (paths_only || a[0] != '-' || !strcmp(a, "-")) { rest[(*nrest)++] = argv[i]; continue; }
        if (!strcmp(a, "--")) { paths_only = 1; continue; }
        if (!strcmp(a, "--date")) { if (need(i, argc, a)) return -1; c->opt.default_date = argv[++i]; }
        else if (!strcmp(a, "--dict")) { if (need(i, argc, a)) return -1; c->opt.dict_dir = argv[++i]; }
        else if (!strcmp(a, "--kind")) {
            if (need(i, argc, a)) return -1;
            const char *k = argv[++i];
            if (!strcmp(k, "text")) c->opt.kind = AN_KIND_TEXT;
            else if (!strcmp(k, "html")) c->opt.kind = AN_KIND_HTML;
            else if (!strcmp(k, "jsonl")) c->opt.kind = AN_KIND_JSONL;
            else if (!strcmp(k, "auto")) c->opt.kind = AN_KIND_AUTO;
            else { fprintf(stderr, "annals: --kind takes text, html, jsonl or auto\n"); return -1; }
        } else if (!strcmp(a, "--max-doc-size") || !strcmp(a, "--max-article-size")) {
            if (need(i, argc, a)) return -1;
            char *end;
            unsigned long long v = strtoull(argv[++i], &end, 10);
            if (*end == 'k' || *end == 'K') v <<= 10, end++;
            else if (*end == 'm' || *end == 'M') v <<= 20, end++;
            if (*end || v < 1024 || v > 0xFFFFFFFFull) {
                fprintf(stderr, "annals: %s takes bytes (1024 to 4G), or a number with K or M\n", a);
                return -1;
            }
            if (!strcmp(a, "--max-doc-size")) c->opt.max_doc_bytes = (size_t)v;
            else c->opt.max_article_bytes = (size_t)v;
        } else if (!strcmp(a, "-j") || !strcmp(a, "--jobs")) {
            if (need(i, argc, a)) return -1;
            c->jobs = atoi(argv[++i]);
            if (c->jobs < 1 || c->jobs > 256) { fprintf(stderr, "annals: -j takes 1 to 256\n"); return -1; }
        } else if (!strcmp(a, "--import-tabari") || !strcmp(a, "--import-petrarch")) {
            if (need(i, argc, a)) return -1;
            int tab = !strcmp(a, "--import-tabari");
            int *n = tab ? &c->ntabari : &c->npetrarch;
            if (*n == 16) { fprintf(stderr, "annals: at most 16 %s files\n", a); return -1; }
            (tab ? c->tabari : c->petrarch)[(*n)++] = argv[++i];
            c->opt.import_tabari = c->tabari;
            c->opt.import_petrarch = c->petrarch;
        } else if (!strcmp(a, "--verbs-tabari") || !strcmp(a, "--verbs-petrarch")) {
            if (need(i, argc, a)) return -1;
            int tab = !strcmp(a, "--verbs-tabari");
            int *n = tab ? &c->nverbs_tabari : &c->nverbs_petrarch;
            if (*n == 16) { fprintf(stderr, "annals: at most 16 %s files\n", a); return -1; }
            (tab ? c->verbs_tabari : c->verbs_petrarch)[(*n)++] = argv[++i];
            c->opt.verbs_tabari = c->nverbs_tabari ? c->verbs_tabari : NULL;
            c->opt.verbs_petrarch = c->nverbs_petrarch ? c->verbs_petrarch : NULL;
        } else if (!strcmp(a, "--unordered")) c->unordered = 1;
        else if (!strcmp(a, "-q") || !strcmp(a, "--quiet")) c->quiet = 1;
        else rest[(*nrest)++] = argv[i];         /* left for the subcommand */
    }
    return 0;
}

int cli_no_other_options(const char *cmd, char **rest, int nrest, void (*usage)(FILE *)) {
    for (int i = 0; i < nrest; i++) {
        if (rest[i][0] != '-' || !rest[i][1]) continue;
        int help = !strcmp(rest[i], "-h") || !strcmp(rest[i], "--help");
        if (!help) fprintf(stderr, "annals %s: unknown option %s\n", cmd, rest[i]);
        usage(help ? stdout : stderr);
        return help ? 0 : 2;
    }
    return -1;
}
