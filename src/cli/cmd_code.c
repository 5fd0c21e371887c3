/* annals code [INPUT...]: JSON Lines {"id", "date", "text"} in, one line
 * {"id", "events": [...]} out per record. Each text goes through the whole
 * pipeline as plain text, with the record's date as the article date; the
 * events printed are whatever the pipeline produced, so this command needs no
 * change when the coder lands. */
#include "cli.h"
#include "../core/date.h"
#include "../core/json.h"
#include "../output/render.h"
#include "../pipeline/engine.h"
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

/* The record's date as YYYY-MM-DD in buf, or NULL when it has none. */
static const char *record_date(const char *line, const json_field *f, an_textmap *tm, char *buf, size_t n) {
    an_date d;
    if (!f || f->type != JV_STRING) return NULL;
    tm_clear(tm);
    if (json_decode_string(line, f, 0, tm) || !date_parse_field(tm->p ? tm->p : "", &d)) return NULL;
    snprintf(buf, n, "%04d-%02d-%02d", d.y, d.m, d.d);
    return buf;
}

static void print_events(const char *line, const json_field *id, const an_doc *d) {
    an_buf b;
    an_buf_init(&b);
    an_buf_adds(&b, "{\"id\":");
    if (id && (id->type == JV_STRING || id->type == JV_NUMBER)) an_buf_add(&b, line + id->start, id->end - id->start);
    else an_buf_adds(&b, "null");
    an_buf_adds(&b, ",\"events\":[");
    size_t empty = b.n;
    for (int i = 0; d && i < an_doc_count(d); i++) {
        an_buf ev;
        an_buf_init(&ev);
        render_events_json(&ev, an_doc_article(d, i));
        if (ev.n > 2) {                            /* "[...]" minus the brackets */
            if (b.n > empty) an_buf_addc(&b, ',');
            an_buf_add(&b, ev.p + 1, ev.n - 2);
        }
        an_buf_free(&ev);
    }
    an_buf_adds(&b, "]}\n");
    fputs(b.p, stdout);
    an_buf_free(&b);
}

static void code_record(code_run *r, const char *path, unsigned long lineno, char *line, size_t len) {
    json_record rec;
    char err[200], date[16];
    if (json_parse_record(line, len, &rec, err, sizeof err)) { warn_rec(r, path, lineno, err); return; }
    const json_field *text = json_get(&rec, line, "text"), *id = json_get(&rec, line, "id");
    if (!text || text->type != JV_STRING) { warn_rec(r, path, lineno, "no \"text\" string"); return; }
    an_textmap tm, dm;
    tm_init(&tm);
    tm_init(&dm);
    an_engine view;
    const an_engine *e = engine_dated_view(r->e, record_date(line, json_get(&rec, line, "date"), &dm, date, sizeof date), &view);
    an_doc *d = NULL;
    if (json_decode_string(line, text, 0, &tm)) warn_rec(r, path, lineno, "bad escape in \"text\"");
    else if (!(d = an_doc_process(e, path, tm.p ? tm.p : "", tm.n, 0, AN_KIND_TEXT, cli_warn, r->c, err, sizeof err)))
        warn_rec(r, path, lineno, err);
    print_events(line, id, d);
    an_doc_free(d);
    tm_free(&tm);
    tm_free(&dm);
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
