#include "../test.h"
#include "store_fixture.h"
#include <stdlib.h>
#include <unistd.h>

TEST(store_document_hash_is_idempotent) {
    an_store *s = fixture_store();
    if (!s) { CHECK(s); return; }
    an_article a = fixture_article("Dawn", "2025-08-07", "Some body text that is long enough to be hashed by the store.");
    CHECK(fixture_add(s, "same", &a) > 0);
    uint8_t h[32] = { 0 };
    strncpy((char *)h, "same", sizeof h);
    CHECK_INT(store_add_document(s, "elsewhere.txt", h, 0, 100), 0);   /* same bytes, other path: known */
    CHECK(store_commit(s) == 0);
    CHECK_INT(fixture_int(s, "SELECT count(*) FROM documents"), 1);
    CHECK_INT(s->stats.docs, 1);
    store_close(s);
}

/* The whole pipeline on a text held in memory, twice: the second pass adds nothing. */
TEST(store_add_doc_skips_a_page_seen_before) {
    char err[256];
    an_engine *e = an_engine_new(NULL, err, sizeof err);
    an_store *s = fixture_store();
    if (!e || !s) { CHECK(e && s); an_engine_free(e); store_close(s); return; }
    const char *page = "Talks in Moscow\n\nMOSCOW - The envoy met the president on Wednesday for three hours of talks.\n";
    for (int pass = 0; pass < 2; pass++) {
        an_doc *d = an_doc_process(e, "page.txt", page, strlen(page), 0, AN_KIND_TEXT, NULL, NULL, err, sizeof err);
        CHECK(d != NULL);
        CHECK_INT(store_add_doc(s, d), pass == 0 ? 1 : 0);
        an_doc_free(d);
    }
    CHECK_INT(store_has_document(s, page, strlen(page)), 1);       /* what ingest asks before the stages */
    CHECK_INT(store_has_document(s, page, strlen(page) - 1), 0);
    CHECK_INT(s->stats.docs_skipped, 2);                              /* the second pass and the question */
    CHECK(store_commit(s) == 0);
    CHECK_INT(fixture_int(s, "SELECT count(*) FROM documents"), 1);
    CHECK_INT(fixture_int(s, "SELECT count(*) FROM articles"), s->stats.articles);
    CHECK_INT(fixture_int(s, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'envoy'"), 1);
    store_close(s);
    an_engine_free(e);
}

TEST(store_schema_version_recorded) {
    an_store *s = fixture_store();
    if (!s) { CHECK(s); return; }
    CHECK_INT(fixture_int(s, "SELECT max(version) FROM schema_version"), STORE_SCHEMA_VERSION);
    store_close(s);
}

TEST(store_rolls_back_an_uncommitted_batch) {
    char path[] = "/tmp/annals-store-test-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0) { CHECK(fd >= 0); return; }
    close(fd);
    char err[600];
    an_store *s = store_open(path, 0, err, sizeof err);
    CHECK(s != NULL);
    if (s) {
        an_article a = fixture_article("Dawn", "2025-08-07", "A body for the first, committed document of this test.");
        CHECK(fixture_add(s, "one", &a) > 0);
        CHECK(store_commit(s) == 0);
        an_article b = fixture_article("Dawn", "2025-08-08", "A body for the second document, never committed.");
        CHECK(fixture_add(s, "two", &b) > 0);
        store_close(s);                    /* closing with the batch open: rolled back */
    }
    s = store_open(path, STORE_READONLY, err, sizeof err);
    CHECK(s != NULL);
    if (s) {
        CHECK_INT(fixture_int(s, "SELECT count(*) FROM documents"), 1);
        CHECK_INT(fixture_int(s, "SELECT count(*) FROM articles"), 1);
        store_close(s);
    }
    char side[300];
    unlink(path);
    snprintf(side, sizeof side, "%s-wal", path); unlink(side);
    snprintf(side, sizeof side, "%s-shm", path); unlink(side);
}

TEST(store_export_gdelt_has_61_columns) {
    int n = 0;
    while (gdelt_columns[n]) n++;
    CHECK_INT(n, 61);
    CHECK_STR(gdelt_columns[0], "GlobalEventID");
    CHECK_STR(gdelt_columns[33], "NumArticles");
    CHECK_STR(gdelt_columns[60], "SOURCEURL");
    an_store *s = fixture_store();
    if (!s) { CHECK(s); return; }
    an_event ev = fixture_event("USAGOV", "RUSGOV", "0431", "2025-08-06");
    an_article a = fixture_article("Dawn", "2025-08-07", "US special envoy Steve Witkoff held talks with President Vladimir Putin.");
    a.events = &ev; a.nevents = 1;
    CHECK(fixture_add(s, "p", &a) > 0);
    CHECK(store_commit(s) == 0);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    query_filter qf = { 0 };
    CHECK_INT(export_gdelt(s, &qf, 0, f), 1);
    fclose(f);
    int tabs = 0;
    for (size_t i = 0; i < len; i++) tabs += buf[i] == '\t';
    CHECK_INT(tabs, 60);
    CHECK(strstr(buf, "\t20250806\t202508\t2025\t2025.") == buf + 1);
    CHECK(strstr(buf, "\tUSAGOV\tUSAGOV\tUSA\t\t\t\t\tGOV\t\t\t") != NULL);
    CHECK(strstr(buf, "\t0431\t043\t04\t1\t1.0\t1\t1\t1\t0\t") != NULL);
    free(buf);
    store_close(s);
}
