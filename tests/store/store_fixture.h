/* Articles built by hand for the store's unit tests: the event coder is a
 * separate stage, so these tests construct events the way it will emit them. */
#ifndef STORE_FIXTURE_H
#define STORE_FIXTURE_H
#include "../../src/store/store.h"
#include <math.h>
#include <string.h>

static inline an_store *fixture_store(void) {
    char err[600];
    an_store *s = store_open(":memory:", 0, err, sizeof err);
    if (!s) fprintf(stderr, "store_open: %s\n", err);
    return s;
}

static inline an_event fixture_event(const char *src, const char *tgt, const char *cameo, const char *date) {
    an_event e;
    memset(&e, 0, sizeof e);
    e.source = src; e.target = tgt; e.cameo = cameo; e.date = date;
    e.source_name = src; e.target_name = tgt;
    e.plover = "CONSULT"; e.quad = 1; e.goldstein = 1.0;
    e.lat = e.lon = NAN;
    return e;
}

static inline an_article fixture_article(const char *outlet, const char *published, const char *body) {
    an_article a;
    memset(&a, 0, sizeof a);
    a.doc = "fixture.txt"; a.outlet = outlet; a.published = published; a.title = "A title";
    a.body = body; a.body_len = (uint32_t)strlen(body);
    return a;
}

/* Stores the article in a document of its own (hash from `name`). */
static inline int64_t fixture_add(an_store *s, const char *name, const an_article *a) {
    uint8_t h[32] = { 0 };
    strncpy((char *)h, name, sizeof h);
    if (store_begin(s)) return -1;
    int64_t doc = store_add_document(s, name, h, 0, 100);
    return doc > 0 ? store_add_article(s, doc, a) : -1;
}

static inline long long fixture_int(an_store *s, const char *sql) {
    sqlite3_stmt *st;
    long long v = -1;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) return -2;
    if (sqlite3_step(st) == SQLITE_ROW) v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

static inline char *fixture_text(an_store *s, const char *sql, char *buf, size_t n) {
    sqlite3_stmt *st;
    buf[0] = 0;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) return buf;
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
        snprintf(buf, n, "%s", (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    return buf;
}

#endif
