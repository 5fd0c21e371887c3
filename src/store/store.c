/* Opening a store, its reused statements, and batch transactions.
 *
 * WAL lets queries read while an ingest writes, and with synchronous=NORMAL a
 * commit costs no fsync of the database file; a power cut may lose the last
 * commits but never leaves a torn one, which is the promise the store makes
 * (a committed article is whole or absent). */
#include "store.h"
#include <stdlib.h>
#include <string.h>

static const char *const stmt_sql[SQ_COUNT] = {
    [SQ_FIND_DOC] = "SELECT id FROM documents WHERE hash = ?1",
    [SQ_INS_DOC] = "INSERT INTO documents (hash, path, base, length, ingested_at)"
                   " VALUES (?1, ?2, ?3, ?4, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
    [SQ_SET_DOC_ARTICLES] = "UPDATE documents SET narticles = ?2 WHERE id = ?1",
    [SQ_FIND_SOURCE] = "SELECT id FROM sources WHERE name = ?1",
    [SQ_INS_SOURCE] = "INSERT INTO sources (name) VALUES (?1)",
    [SQ_INS_ARTICLE] = "INSERT INTO articles (document_id, idx, record, record_id, source_id, title, wire, authors,"
                       " published, dateline, url, body, in_start, in_end, simhash, dup_of, dup_distance)"
                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
    [SQ_INS_FTS] = "INSERT INTO articles_fts (rowid, title, body) VALUES (?1, ?2, ?3)",
    [SQ_FIND_BAND] = "SELECT b.article_id, a.simhash FROM simhash_bands b JOIN articles a ON a.id = b.article_id"
                     " WHERE b.key = ?1 ORDER BY b.article_id LIMIT 256",
    [SQ_INS_BAND] = "INSERT OR IGNORE INTO simhash_bands (key, article_id) VALUES (?1, ?2)",
    [SQ_INS_ACTOR] = "INSERT INTO actors (article_id, name, code, country, sector, role, learned, nmentions)"
                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    [SQ_INS_MENTION] = "INSERT INTO mentions (actor_id, start, end) VALUES (?1, ?2, ?3)",
    [SQ_INS_EVENT] = "INSERT INTO events (article_id, cluster_id, source, target, source_name, target_name, cameo,"
                     " plover, goldstein, quad, date, date_precision, place, lat, lon, negated, mode, confidence,"
                     " is_root, text, sent_start, sent_end, start, end)"
                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,"
                     " ?19, ?20, ?21, ?22, ?23, ?24)",
    [SQ_FIND_CLUSTER] = "SELECT id, source, target, cameo, day_lo, day_hi, date FROM clusters"
                        " WHERE root = ?1 AND pair = ?2 AND day_lo <= ?4 AND day_hi >= ?3 ORDER BY id LIMIT 64",
    /* undated on one side: the same place and a person in common instead of the dates */
    [SQ_FIND_CORROBORATED] = "SELECT id, source, target, cameo, day_lo, day_hi, date FROM clusters c"
                             " WHERE root = ?1 AND pair = ?2 AND place = ?3 COLLATE NOCASE AND (?6 OR day_lo IS NULL)"
                             " AND EXISTS (SELECT 1 FROM events e WHERE e.cluster_id = c.id"
                             "   AND (e.source_name IN (?4, ?5) OR e.target_name IN (?4, ?5)))"
                             " ORDER BY id LIMIT 64",
    [SQ_INS_CLUSTER] = "INSERT INTO clusters (root, pair, source, target, source_name, target_name, cameo, plover,"
                       " goldstein, quad, date, day_lo, day_hi, place, lat, lon)"
                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
    [SQ_UPD_CLUSTER] = "UPDATE clusters SET source = ?2, target = ?3, cameo = ?4, date = ?5, day_lo = ?6,"
                       " day_hi = ?7, source_name = coalesce(source_name, ?8), target_name = coalesce(target_name, ?9),"
                       " place = coalesce(place, ?10), dirty = 1 WHERE id = ?1",
    [SQ_INS_QUOTE] = "INSERT INTO quotes (article_id, speaker, speaker_code, text, kind, cue, addressee,"
                     " body_start, body_end, start, end) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    [SQ_FIND_STORY] = "SELECT id FROM stories WHERE key = ?1"
                      " AND (?2 IS NULL OR last_day IS NULL OR abs(last_day - ?2) <= ?3) ORDER BY id DESC LIMIT 1",
    [SQ_INS_STORY] = "INSERT INTO stories (key, title) VALUES (?1, ?2)",
    [SQ_UPD_STORY] = "UPDATE stories SET num_articles = num_articles + ?2,"
                     " first_seen = CASE WHEN first_seen IS NULL OR ?3 < first_seen THEN ?3 ELSE first_seen END,"
                     " last_seen = CASE WHEN last_seen IS NULL OR ?3 > last_seen THEN ?3 ELSE last_seen END,"
                     " last_day = CASE WHEN last_day IS NULL OR ?4 > last_day THEN ?4 ELSE last_day END"
                     " WHERE id = ?1",
    [SQ_SET_STORY] = "UPDATE articles SET story_id = ?2 WHERE id = ?1",
    [SQ_ARTICLE_STORY] = "SELECT story_id FROM articles WHERE id = ?1",
};

int store_fail(an_store *s, const char *what) {
    snprintf(s->err, sizeof s->err, "%s: %s", what, s->db ? sqlite3_errmsg(s->db) : "no database");
    return -1;
}

int store_step(an_store *s, sqlite3_stmt *st, const char *what) {
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? 0 : store_fail(s, what);
}

int store_exec(an_store *s, const char *sql) {
    char *msg = NULL;
    if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) == SQLITE_OK) return 0;
    snprintf(s->err, sizeof s->err, "%s", msg ? msg : sqlite3_errmsg(s->db));
    sqlite3_free(msg);
    return -1;
}

sqlite3_stmt *store_stmt(an_store *s, store_sql q) {
    sqlite3_stmt *st = s->st[q];
    if (!st) {          /* prepared on first use: a query handle never pays for ingest's statements */
        if (sqlite3_prepare_v3(s->db, stmt_sql[q], -1, SQLITE_PREPARE_PERSISTENT, &s->st[q], NULL) != SQLITE_OK) {
            store_fail(s, "preparing a statement");
            return NULL;
        }
        return s->st[q];
    }
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return st;
}

void store_bind_text(sqlite3_stmt *st, int i, const char *v) {
    if (v) sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC);
    else sqlite3_bind_null(st, i);
}

void store_bind_textn(sqlite3_stmt *st, int i, const char *v, size_t n) {
    if (v) sqlite3_bind_text64(st, i, v, n, SQLITE_STATIC, SQLITE_UTF8);
    else sqlite3_bind_null(st, i);
}

static int configure(an_store *s, int readonly) {
    sqlite3_busy_timeout(s->db, 10000);
    if (readonly) return store_exec(s, "PRAGMA query_only = 1");
    return store_exec(s, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                         " PRAGMA foreign_keys = OFF; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY");
}

an_store *store_open(const char *path, int flags, char *err, size_t errlen) {
    an_store *s = calloc(1, sizeof *s);
    if (!s) { snprintf(err, errlen, "out of memory"); return NULL; }
    s->batch = STORE_BATCH_DEFAULT;
    int readonly = flags & STORE_READONLY;
    int oflags = readonly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    if (sqlite3_open_v2(path, &s->db, oflags, NULL) != SQLITE_OK) {
        snprintf(err, errlen, "%s: %s", path, s->db ? sqlite3_errmsg(s->db) : "cannot open");
        store_close(s);
        return NULL;
    }
    if (configure(s, readonly) || schema_migrate(s, readonly)) {
        snprintf(err, errlen, "%s: %s", path, s->err);
        store_close(s);
        return NULL;
    }
    return s;
}

void store_close(an_store *s) {
    if (!s) return;
    if (s->in_tx) store_rollback(s);
    for (int i = 0; i < SQ_COUNT; i++) sqlite3_finalize(s->st[i]);
    sqlite3_close(s->db);
    free(s);
}

int store_begin(an_store *s) {
    if (s->in_tx) return 0;
    if (store_exec(s, "BEGIN IMMEDIATE")) return -1;
    s->in_tx = 1;
    s->pending = 0;
    return 0;
}

int store_commit(an_store *s) {
    if (!s->in_tx) return 0;
    if (cluster_refresh(s) || store_exec(s, "COMMIT")) {
        store_rollback(s);
        return -1;
    }
    s->in_tx = 0;
    s->pending = 0;
    return 0;
}

void store_rollback(an_store *s) {
    if (!s->in_tx) return;
    char keep[sizeof s->err];
    memcpy(keep, s->err, sizeof keep);            /* the error that caused the rollback matters more */
    store_exec(s, "ROLLBACK");
    memcpy(s->err, keep, sizeof keep);
    s->in_tx = 0;
    s->pending = 0;
}
