#include "../test.h"
#include "store_fixture.h"
#include <stdlib.h>

/* Runs a query and returns its output as JSON Lines (malloc'd). */
static char *run_json(an_store *s, query_kind k, const query_filter *f) {
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    sqlite3_stmt *st = store_query(s, k, f);
    if (st) store_print(s, st, OUT_JSON, 1, out);
    else fprintf(out, "error: %s", s->err);
    sqlite3_finalize(st);
    fclose(out);
    return buf;
}

static an_store *quoted_store(void) {
    an_store *s = fixture_store();
    if (!s) return NULL;
    an_quote q[2];
    memset(q, 0, sizeof q);
    q[0].speaker = "Marco Rubio"; q[0].speaker_code = "USAGOV"; q[0].text = "Today was a good day"; q[0].cue = "said";
    q[1].speaker = "Dmitry Peskov"; q[1].text = "The talks were useful"; q[1].kind = AN_QUOTE_PARTIAL;
    an_actor act[2];
    memset(act, 0, sizeof act);
    act[0].code = "USAGOV"; act[0].name = "Marco Rubio"; act[0].country = "USA";
    act[1].code = "RUSGOV"; act[1].name = "Dmitry Peskov"; act[1].country = "RUS";
    an_article a = fixture_article("Dawn", "2025-08-06", "Rubio said today was a good day; Peskov called the talks useful, in Moscow.");
    a.quotes = q; a.nquotes = 2; a.actors = act; a.nactors = 2;
    an_article b = fixture_article("Dawn", "2025-09-01", "A later article in which only the Kremlin spokesman Peskov was quoted again.");
    b.actors = &act[1]; b.nactors = 1;
    if (fixture_add(s, "q1", &a) <= 0 || fixture_add(s, "q2", &b) <= 0 || store_commit(s)) { store_close(s); return NULL; }
    return s;
}

TEST(query_quotes_by_speaker) {
    an_store *s = quoted_store();
    if (!s) { CHECK(s); return; }
    query_filter f = { .speaker = "rubio" };
    char *out = run_json(s, Q_QUOTES, &f);
    CHECK(strstr(out, "\"speaker\":\"Marco Rubio\"") && !strstr(out, "Peskov"));
    CHECK(strstr(out, "\"doc\":\"q1\""));
    free(out);
    query_filter all = { 0 };
    out = run_json(s, Q_QUOTES, &all);
    CHECK(strstr(out, "Rubio") && strstr(out, "\"kind\":\"partial\""));
    free(out);
    store_close(s);
}

TEST(query_actors_counts_articles) {
    an_store *s = quoted_store();
    if (!s) { CHECK(s); return; }
    query_filter f = { 0 };
    char *out = run_json(s, Q_ACTORS, &f);
    /* Peskov is in two articles: listed first */
    CHECK(strncmp(out, "{\"code\":\"RUSGOV\",\"name\":\"Dmitry Peskov\",\"country\":\"RUS\",\"sector\":null,\"articles\":2", 80) == 0);
    free(out);
    query_filter g = { .actor = "USA" };
    out = run_json(s, Q_ACTORS, &g);
    CHECK(strstr(out, "Rubio") && !strstr(out, "Peskov"));
    free(out);
    query_filter t = { .text = "Kremlin spokesman" };
    out = run_json(s, Q_ACTORS, &t);
    CHECK(strstr(out, "\"articles\":1") && !strstr(out, "Rubio"));
    free(out);
    store_close(s);
}

TEST(query_rejects_bad_dates) {
    an_store *s = fixture_store();
    if (!s) { CHECK(s); return; }
    query_filter f = { .since = "yesterday" };
    CHECK(store_query(s, Q_EVENTS, &f) == NULL);
    CHECK(strstr(s->err, "YYYY") != NULL);
    store_close(s);
}

TEST(query_csv_quotes_fields) {
    an_store *s = fixture_store();
    if (!s) { CHECK(s); return; }
    sqlite3_stmt *st;
    CHECK(sqlite3_prepare_v2(s->db, "SELECT 'a,b' AS x, 'say \"hi\"' AS y, NULL AS z, 3 AS n", -1, &st, NULL) == SQLITE_OK);
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    CHECK_INT(store_print(s, st, OUT_CSV, 1, out), 1);
    fclose(out);
    CHECK_STR(buf, "x,y,z,n\n\"a,b\",\"say \"\"hi\"\"\",,3\n");
    free(buf);
    sqlite3_finalize(st);
    store_close(s);
}
