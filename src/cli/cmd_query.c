/* Reading the store: annals events, timeline, stories, and the store forms
 * of quotes and actors (cmd_query_quotes, cmd_query_actors; the `quotes` and
 * `actors` names also read files, so main dispatches here when --db is given
 * or no input is). Tables by default, --json for JSON Lines, --csv. */
#include "cli.h"
#include "query_opts.h"
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct opt_def { const char *name; unsigned flag; size_t field; } opt_def;

/* Options with a value that go into query_filter. */
static const opt_def filter_opts[] = {
    { "--actor", QO_ACTOR, offsetof(query_filter, actor) },
    { "--source", QO_SOURCE, offsetof(query_filter, source) },
    { "--target", QO_TARGET, offsetof(query_filter, target) },
    { "--code", QO_CODE, offsetof(query_filter, code) },
    { "--since", QO_DATES, offsetof(query_filter, since) },
    { "--until", QO_DATES, offsetof(query_filter, until) },
    { "--text", QO_TEXT, offsetof(query_filter, text) },
    { "--speaker", QO_SPEAKER, offsetof(query_filter, speaker) },
};

static int set_filter(const char *a, const char *v, unsigned allowed, query_filter *f) {
    for (size_t k = 0; k < sizeof filter_opts / sizeof *filter_opts; k++)
        if (!strcmp(a, filter_opts[k].name) && (allowed & filter_opts[k].flag)) {
            *(const char **)((char *)f + filter_opts[k].field) = v;
            return 1;
        }
    return 0;
}

/* Options that take no value. */
static int set_flag(const char *a, unsigned allowed, query_opts *o) {
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) o->help = 1;
    else if ((allowed & QO_FORMAT) && !strcmp(a, "--json")) o->fmt = OUT_JSON;
    else if ((allowed & QO_FORMAT) && !strcmp(a, "--csv")) o->fmt = OUT_CSV;
    else if ((allowed & QO_EXPORT) && !strcmp(a, "--no-header")) o->no_header = 1;
    else return 0;
    return 1;
}

static int set_valued(const char *a, const char *v, unsigned allowed, query_opts *o) {
    if (!strcmp(a, "--db")) o->db = v;
    else if (!strcmp(a, "--limit")) o->f.limit = atol(v);
    else if ((allowed & QO_EXPORT) && !strcmp(a, "--format")) o->export_format = v;
    else if ((allowed & QO_EXPORT) && (!strcmp(a, "-o") || !strcmp(a, "--output"))) o->output = v;
    else return set_filter(a, v, allowed, &o->f);
    return 1;
}

int query_parse(int argc, char **argv, const char *cmd, unsigned allowed, query_opts *o) {
    memset(o, 0, sizeof *o);
    o->db = getenv("ANNALS_DB");
    if (!o->db || !*o->db) o->db = "annals.db";
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (set_flag(a, allowed, o)) continue;
        if (i + 1 < argc && set_valued(a, argv[i + 1], allowed, o)) { i++; continue; }
        fprintf(stderr, "annals %s: %s %s\n", cmd, a[0] == '-' ? "unknown option or missing value:" : "unexpected argument", a);
        return -1;
    }
    return 0;
}

an_store *query_open(const query_opts *o, const char *cmd) {
    char err[600];
    an_store *s = store_open(o->db, STORE_READONLY, err, sizeof err);
    if (!s) fprintf(stderr, "annals %s: %s\n", cmd, err);
    return s;
}

static void usage(FILE *f, const char *cmd, const char *opts, const char *what) {
    fprintf(f, "usage: annals %s [--db FILE] %s[--limit N] [--json|--csv]\n  %s\n"
               "  FILE defaults to $ANNALS_DB or annals.db. Dates are YYYY, YYYY-MM or YYYY-MM-DD.\n",
            cmd, opts, what);
}

/* Parse, open, query, print: what every query command does. */
static int run_query(int argc, char **argv, const char *cmd, unsigned allowed, query_kind k,
                     const char *opts, const char *what) {
    query_opts o;
    if (query_parse(argc, argv, cmd, allowed | QO_FORMAT, &o)) { usage(stderr, cmd, opts, what); return 2; }
    if (o.help) { usage(stdout, cmd, opts, what); return 0; }
    an_store *s = query_open(&o, cmd);
    if (!s) return 2;
    sqlite3_stmt *st = store_query(s, k, &o.f);
    long rows = st ? store_print(s, st, o.fmt, 1, stdout) : -1;
    if (rows < 0) fprintf(stderr, "annals %s: %s\n", cmd, s->err);
    sqlite3_finalize(st);
    store_close(s);
    if (fflush(stdout) != 0) { perror("annals: writing output"); return 1; }
    return rows < 0 ? 1 : 0;
}

#define EVENT_FILTERS "[--actor CODE|NAME] [--source CODE] [--target CODE] [--code 16|163|PLOVER]\n" \
                      "                     [--since D] [--until D] [--text WORDS] "

int cmd_events(int argc, char **argv) {
    return run_query(argc, argv, "events", QO_ACTOR | QO_SOURCE | QO_TARGET | QO_CODE | QO_DATES | QO_TEXT,
                     Q_EVENTS, EVENT_FILTERS, "Event clusters: each real-world event once, with its counts.");
}

int cmd_timeline(int argc, char **argv) {
    return run_query(argc, argv, "timeline", QO_ACTOR | QO_SOURCE | QO_TARGET | QO_CODE | QO_DATES | QO_TEXT,
                     Q_TIMELINE, EVENT_FILTERS, "Events per date: counts by quad class, mean Goldstein, codes.");
}

int cmd_stories(int argc, char **argv) {
    return run_query(argc, argv, "stories", QO_ACTOR | QO_DATES | QO_TEXT, Q_STORIES,
                     "[--actor CODE] [--since D] [--until D] [--text WORDS] ",
                     "Stories: articles about the same actors and topic over time.");
}

int cmd_query_quotes(int argc, char **argv) {
    return run_query(argc, argv, "quotes", QO_SPEAKER | QO_DATES | QO_TEXT, Q_QUOTES,
                     "[--speaker NAME] [--since D] [--until D] [--text WORDS] ",
                     "Stored quotations with speaker, article and input offsets.");
}

int cmd_query_actors(int argc, char **argv) {
    return run_query(argc, argv, "actors", QO_ACTOR | QO_DATES | QO_TEXT, Q_ACTORS,
                     "[--actor CODE|NAME] [--since D] [--until D] [--text WORDS] ",
                     "Stored actors by the number of articles they appear in.");
}
