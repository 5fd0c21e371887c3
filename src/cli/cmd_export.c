/* annals export --format gdelt|plover|jsonl|csv: the store for other tools. */
#include "cli.h"
#include "query_opts.h"
#include <stdio.h>
#include <string.h>

static void usage(FILE *f) {
    fputs("usage: annals export --format gdelt|plover|jsonl|csv [--db FILE] [-o FILE] [--no-header]\n"
          "                     [--actor CODE] [--source CODE] [--target CODE] [--code C]\n"
          "                     [--since D] [--until D] [--text WORDS] [--limit N]\n"
          "  gdelt   the GDELT 2.0 event table's 61 columns, tab-separated, one row per event\n"
          "          cluster (a header line first unless --no-header)\n"
          "  plover  one PLOVER JSON object per event cluster, one per line\n"
          "  jsonl   every stored event report with its cluster and provenance, JSON Lines\n"
          "  csv     the same as jsonl, as CSV with a header\n"
          "  Column lists: docs/store.md.\n", f);
}

static long export(an_store *s, const query_opts *o, FILE *out) {
    const char *fmt = o->export_format;
    if (!strcmp(fmt, "gdelt")) return export_gdelt(s, &o->f, !o->no_header, out);
    if (!strcmp(fmt, "plover")) return export_plover(s, &o->f, out);
    sqlite3_stmt *st = store_query(s, Q_REPORTS, &o->f);
    if (!st) return -1;
    long rows = store_print(s, st, !strcmp(fmt, "csv") ? OUT_CSV : OUT_JSON, !o->no_header, out);
    sqlite3_finalize(st);
    return rows;
}

static int known_format(const char *f) {
    return f && (!strcmp(f, "gdelt") || !strcmp(f, "plover") || !strcmp(f, "jsonl") || !strcmp(f, "csv"));
}

int cmd_export(int argc, char **argv) {
    query_opts o;
    unsigned allowed = QO_ACTOR | QO_SOURCE | QO_TARGET | QO_CODE | QO_DATES | QO_TEXT | QO_EXPORT;
    if (query_parse(argc, argv, "export", allowed, &o)) { usage(stderr); return 2; }
    if (o.help) { usage(stdout); return 0; }
    if (!known_format(o.export_format)) {
        fprintf(stderr, "annals export: --format takes gdelt, plover, jsonl or csv\n");
        return 2;
    }
    FILE *out = stdout;
    if (o.output && !(out = fopen(o.output, "w"))) { perror(o.output); return 2; }
    an_store *s = query_open(&o, "export");
    long rows = s ? export(s, &o, out) : -1;
    if (s && rows < 0) fprintf(stderr, "annals export: %s\n", s->err);
    store_close(s);
    int werr = out == stdout ? fflush(out) : fclose(out);
    if (werr != 0) { perror("annals export: writing"); return 1; }
    if (!s) return 2;
    return rows < 0 ? 1 : 0;
}
