/* The peer suites (TABARI validation, PETRARCH unit tests) from ../shared:
 * their dictionaries load through our importers, every record parses, and
 * the share of records the pipeline codes exactly as expected is printed
 * and must not fall below the floors (the figures last reached, rounded
 * down). The pipeline reads peer dictionaries their way: event_peer.c and
 * peer_actors.c. Per-record options (CODE BY, DEFAULT, COMMA ...) are not
 * applied. */
#include "../test.h"
#include "../../src/core/json.h"
#include "../../src/extract/patterns_import.h"
#include "../../src/pipeline/engine.h"
#include <stdlib.h>

#define MAX_EV 64
#define PEER_FLOOR_TABARI 71.0
#define PEER_FLOOR_PETRARCH 74.0

typedef struct peer_event { char source[64], target[64], code[16]; } peer_event;

/* The coder hook: events for one record's text and date (YYYYMMDD).
 * Returns how many were written to out. */
typedef int (*peer_coder)(void *ud, const char *text, const char *date, peer_event *out, int max);

static void copy_str(char *dst, size_t n, const char *s) { snprintf(dst, n, "%s", s ? s : "---"); }

/* Today's coder: the pipeline as `annals code` runs it. */
static int pipeline_coder(void *ud, const char *text, const char *date, peer_event *out, int max) {
    char iso[16], err[200];
    snprintf(iso, sizeof iso, "%.4s-%.2s-%.2s", date, date + 4, date + 6);
    an_engine view;
    const an_engine *e = engine_dated_view(ud, strlen(date) == 8 ? iso : NULL, &view);
    an_doc *d = an_doc_process(e, "peer", text, strlen(text), 0, AN_KIND_TEXT, NULL, NULL, err, sizeof err);
    int n = 0;
    for (int i = 0; d && i < an_doc_count(d); i++) {
        const an_article *a = an_doc_article(d, i);
        for (int k = 0; k < a->nevents && n < max; k++, n++) {
            copy_str(out[n].source, sizeof out[n].source, a->events[k].source);
            copy_str(out[n].target, sizeof out[n].target, a->events[k].target);
            copy_str(out[n].code, sizeof out[n].code, a->events[k].cameo);
        }
    }
    an_doc_free(d);
    return n;
}

/* A decoded string field of a record into buf ("" when absent). */
static const char *field(const char *line, const json_record *r, const char *key, char *buf, size_t n) {
    const json_field *f = json_get(r, line, key);
    buf[0] = 0;
    if (!f || f->type != JV_STRING) return buf;
    an_textmap tm;
    tm_init(&tm);
    if (!json_decode_string(line, f, 0, &tm) && tm.p) snprintf(buf, n, "%s", tm.p);
    tm_free(&tm);
    return buf;
}

/* The "expected" array: objects {"source", "target", "code"}. Returns the count or -1. */
static int expected_events(const char *line, const json_record *r, peer_event *out, int max) {
    const json_field *f = json_get(r, line, "expected");
    if (!f) return 0;
    int n = 0, instr = 0;
    size_t open = 0;
    for (size_t i = f->start; i < f->end; i++) {
        char c = line[i];
        if (instr) { if (c == '\\') i++; else if (c == '"') instr = 0; continue; }
        if (c == '"') instr = 1;
        else if (c == '{') open = i;
        else if (c == '}' && n < max) {
            json_record o;
            char err[100];
            if (json_parse_record(line + open, i + 1 - open, &o, err, sizeof err)) return -1;
            const char *p = line + open;
            field(p, &o, "source", out[n].source, sizeof out[n].source);
            field(p, &o, "target", out[n].target, sizeof out[n].target);
            field(p, &o, "code", out[n].code, sizeof out[n].code);
            n++;
        }
    }
    return n;
}

static int same_events(const peer_event *a, const peer_event *b, int n, int ordered) {
    int used[MAX_EV] = { 0 };
    for (int i = 0; i < n; i++) {
        int hit = 0;
        for (int j = ordered ? i : 0; j < (ordered ? i + 1 : n) && !hit; j++)
            if (!used[j] && !strcmp(a[i].source, b[j].source) && !strcmp(a[i].target, b[j].target) && !strcmp(a[i].code, b[j].code))
                hit = used[j] = 1;
        if (!hit) return 0;
    }
    return 1;
}

typedef struct suite_score { int records, scored, exact; } suite_score;

/* One record: parse, and score it when it lists expected events. */
static void score_record(char *line, size_t len, int tabari, peer_coder coder, void *ud, suite_score *s) {
    json_record r;
    char err[200], text[8192], date[32], check[32];
    if (json_parse_record(line, len, &r, err, sizeof err)) { test_fail(__FILE__, __LINE__, "record %d: %s", s->records + 1, err); return; }
    s->records++;
    peer_event want[MAX_EV], got[MAX_EV];
    int nw = expected_events(line, &r, want, MAX_EV);
    if (nw < 0) { test_fail(__FILE__, __LINE__, "record %d: bad expected", s->records); return; }
    field(line, &r, "check", check, sizeof check);
    if (!nw || (tabari && strcmp(check, "events"))) return;     /* only records that list their events */
    s->scored++;
    int ng = coder(ud, field(line, &r, "text", text, sizeof text), field(line, &r, "date", date, sizeof date), got, MAX_EV);
    if (ng == nw && same_events(want, got, nw, tabari)) s->exact++;
}

static int run_suite(const char *rel, int tabari, peer_coder coder, void *ud, suite_score *s) {
    char path[512];
    memset(s, 0, sizeof *s);
    if (!test_shared(rel, path, sizeof path)) return -1;
    FILE *f = fopen(path, "r");
    if (!f) return -1;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, f)) > 0) {
        while (n && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = 0;
        if (n) score_record(line, (size_t)n, tabari, coder, ud, s);
    }
    free(line);
    fclose(f);
    return 0;
}

static void load_dictionary(const char *rel, int tabari) {
    char path[512], err[512];
    import_stats st;
    memset(&st, 0, sizeof st);
    if (!test_shared(rel, path, sizeof path)) return;
    an_patterns *p = patterns_new();
    int rc = tabari ? patterns_import_tabari(p, path, &st, err, sizeof err) : patterns_import_petrarch(p, path, &st, err, sizeof err);
    if (rc) test_fail(__FILE__, __LINE__, "%s", err);
    CHECK(patterns_count(p) > 0);
    patterns_free(p);
}

/* An engine with one peer's own dictionaries: its actors and agents through
 * the resolver's import, its verbs in place of ours. */
static an_engine *peer_engine(int tabari) {
    static const char *const tab[][3] = { { "peers/tabari/TABARI.Demo.actors", "peers/tabari/Validate.agents", NULL } };
    static const char *const pet[][3] = { { "peers/petrarch/PETR.Validate.actors.txt", "peers/petrarch/PETR.Validate.agents.txt", NULL } };
    char a0[512], a1[512], v0[512], err[512];
    const char *const *rel = tabari ? tab[0] : pet[0];
    if (!test_shared(rel[0], a0, sizeof a0) || !test_shared(rel[1], a1, sizeof a1)) return NULL;
    if (!test_shared(tabari ? "peers/tabari/TABARI.Demo.verbs" : "peers/petrarch/PETR.Validate.verbs.txt", v0, sizeof v0)) return NULL;
    const char *actors[] = { a0, a1, NULL }, *verbs[] = { v0, NULL };
    an_options o;
    memset(&o, 0, sizeof o);
    if (tabari) { o.import_tabari = actors; o.verbs_tabari = verbs; }
    else { o.import_petrarch = actors; o.verbs_petrarch = verbs; }
    an_engine *e = an_engine_new(&o, err, sizeof err);
    if (!e) test_fail(__FILE__, __LINE__, "%s", err);
    return e;
}

TEST(peer_suites) {
    char path[512];
    if (!test_shared("peers", path, sizeof path)) { puts("skip: ../shared/peers absent"); return; }
    load_dictionary("peers/tabari/TABARI.Demo.verbs", 1);
    load_dictionary("peers/petrarch/PETR.Validate.verbs.txt", 0);
    /* floor: the share reached when this test was last tightened (honest
     * figures, printed below); raise it as the coder improves */
    static const struct { const char *rel, *name; int tabari, records; double floor; } suites[] = {
        { "peers/tabari/validate.jsonl", "TABARI validation", 1, 481, PEER_FLOOR_TABARI },
        { "peers/petrarch/unittest.jsonl", "PETRARCH unit tests", 0, 284, PEER_FLOOR_PETRARCH },
    };
    for (size_t i = 0; i < sizeof suites / sizeof *suites; i++) {
        an_engine *e = peer_engine(suites[i].tabari);
        if (!e) continue;
        suite_score s;
        if (run_suite(suites[i].rel, suites[i].tabari, pipeline_coder, e, &s)) { printf("skip: %s absent\n", suites[i].rel); an_engine_free(e); continue; }
        CHECK_INT(s.records, suites[i].records);
        double share = s.scored ? 100.0 * s.exact / s.scored : 0.0;
        printf("peers: %s: %d records parsed; coded exactly as expected: %d of %d with expected events (%.1f%%)\n",
               suites[i].name, s.records, s.exact, s.scored, share);
        CHECK(share >= suites[i].floor);
        an_engine_free(e);
    }
}
