/* The schema, versioned. Each migration takes the database from version i to
 * i + 1 inside one transaction, so a database is always at some version and
 * never between two; opening an older database brings it up to date, opening
 * a newer one is refused (docs/store.md documents every table). */
#include "store.h"
#include <stdio.h>

static const char *const migration_1 =
    "CREATE TABLE documents ("
    "  id INTEGER PRIMARY KEY,"
    "  hash BLOB NOT NULL UNIQUE,"             /* SHA-256 of the raw input bytes */
    "  path TEXT NOT NULL, base INTEGER NOT NULL, length INTEGER NOT NULL,"
    "  narticles INTEGER NOT NULL DEFAULT 0,"
    "  ingested_at TEXT NOT NULL);"
    "CREATE TABLE sources ("
    "  id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);"
    "CREATE TABLE articles ("
    "  id INTEGER PRIMARY KEY,"
    "  document_id INTEGER NOT NULL REFERENCES documents(id),"
    "  idx INTEGER NOT NULL, record INTEGER, record_id TEXT,"
    "  source_id INTEGER REFERENCES sources(id),"
    "  title TEXT, wire TEXT, authors TEXT, published TEXT, dateline TEXT, url TEXT,"
    "  body TEXT NOT NULL, in_start INTEGER, in_end INTEGER,"
    "  simhash INTEGER,"
    "  dup_of INTEGER REFERENCES articles(id), dup_distance INTEGER,"
    "  story_id INTEGER REFERENCES stories(id));"
    "CREATE INDEX articles_document ON articles(document_id);"
    "CREATE INDEX articles_story ON articles(story_id);"
    "CREATE TABLE simhash_bands ("
    "  key INTEGER NOT NULL, article_id INTEGER NOT NULL,"
    "  PRIMARY KEY (key, article_id)) WITHOUT ROWID;"
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='id');"
    "CREATE TABLE actors ("
    "  id INTEGER PRIMARY KEY,"
    "  article_id INTEGER NOT NULL REFERENCES articles(id),"
    "  name TEXT, code TEXT, country TEXT, sector TEXT, role TEXT,"
    "  learned INTEGER NOT NULL DEFAULT 0, nmentions INTEGER NOT NULL DEFAULT 0);"
    "CREATE INDEX actors_article ON actors(article_id);"
    "CREATE INDEX actors_code ON actors(code);"
    "CREATE TABLE mentions ("
    "  actor_id INTEGER NOT NULL REFERENCES actors(id),"
    "  start INTEGER NOT NULL, end INTEGER NOT NULL);"
    "CREATE INDEX mentions_actor ON mentions(actor_id);"
    "CREATE TABLE clusters ("
    "  id INTEGER PRIMARY KEY,"
    "  root TEXT NOT NULL, pair TEXT NOT NULL,"  /* lookup key: root code, actor roots */
    "  source TEXT, target TEXT, source_name TEXT, target_name TEXT,"
    "  cameo TEXT, plover TEXT, goldstein REAL, quad INTEGER,"
    "  date TEXT, day_lo INTEGER, day_hi INTEGER,"
    "  place TEXT, lat REAL, lon REAL,"
    "  num_reports INTEGER NOT NULL DEFAULT 0, num_mentions INTEGER NOT NULL DEFAULT 0,"
    "  num_articles INTEGER NOT NULL DEFAULT 0, num_sources INTEGER NOT NULL DEFAULT 0,"
    "  first_seen TEXT, last_seen TEXT,"
    "  dirty INTEGER NOT NULL DEFAULT 1);"
    "CREATE INDEX clusters_lookup ON clusters(root, pair, day_lo);"
    "CREATE INDEX clusters_dirty ON clusters(dirty) WHERE dirty = 1;"
    "CREATE TABLE events ("
    "  id INTEGER PRIMARY KEY,"
    "  article_id INTEGER NOT NULL REFERENCES articles(id),"
    "  cluster_id INTEGER REFERENCES clusters(id),"
    "  source TEXT, target TEXT, source_name TEXT, target_name TEXT,"
    "  cameo TEXT, plover TEXT, goldstein REAL, quad INTEGER,"
    "  date TEXT, date_precision TEXT, place TEXT, lat REAL, lon REAL,"
    "  negated INTEGER NOT NULL DEFAULT 0, mode TEXT, confidence REAL,"
    "  is_root INTEGER NOT NULL DEFAULT 0, text TEXT,"
    "  sent_start INTEGER, sent_end INTEGER, start INTEGER, end INTEGER);"
    "CREATE INDEX events_article ON events(article_id);"
    "CREATE INDEX events_cluster ON events(cluster_id);"
    "CREATE TABLE quotes ("
    "  id INTEGER PRIMARY KEY,"
    "  article_id INTEGER NOT NULL REFERENCES articles(id),"
    "  speaker TEXT, speaker_code TEXT, text TEXT NOT NULL, kind TEXT,"
    "  cue TEXT, addressee TEXT,"
    "  body_start INTEGER, body_end INTEGER, start INTEGER, end INTEGER);"
    "CREATE INDEX quotes_article ON quotes(article_id);"
    "CREATE TABLE stories ("
    "  id INTEGER PRIMARY KEY, key TEXT NOT NULL, title TEXT,"
    "  first_seen TEXT, last_seen TEXT, last_day INTEGER,"
    "  num_articles INTEGER NOT NULL DEFAULT 0);"
    "CREATE INDEX stories_key ON stories(key, last_day);";

static const char *const migrations[] = { migration_1 };

/* The current version: the highest row of schema_version, 0 for a new file. */
static int current_version(an_store *s) {
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "SELECT 1 FROM sqlite_master WHERE name = 'schema_version'", -1, &st, NULL) != SQLITE_OK)
        return store_fail(s, "reading the schema");
    int exists = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_finalize(st);
    if (!exists) return 0;
    if (sqlite3_prepare_v2(s->db, "SELECT coalesce(max(version), 0) FROM schema_version", -1, &st, NULL) != SQLITE_OK)
        return store_fail(s, "reading the schema version");
    int v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
    sqlite3_finalize(st);
    return v;
}

/* A migration and its schema_version row are one transaction: a database is
 * at some version, never between two. */
static int apply(an_store *s, int to) {
    char sql[256];
    if (store_exec(s, "BEGIN IMMEDIATE")) return -1;
    snprintf(sql, sizeof sql, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);"
             "INSERT INTO schema_version VALUES (%d, datetime('now'))", to);
    if (store_exec(s, migrations[to - 1]) || store_exec(s, sql)) {
        store_exec(s, "ROLLBACK");
        return -1;
    }
    return store_exec(s, "COMMIT");
}

int schema_migrate(an_store *s, int readonly) {
    int v = current_version(s);
    if (v < 0) return -1;
    int latest = (int)(sizeof migrations / sizeof *migrations);
    if (v > latest) {
        snprintf(s->err, sizeof s->err, "database schema version %d is newer than this annals (%d)", v, latest);
        return -1;
    }
    if (v < latest && readonly) {
        snprintf(s->err, sizeof s->err, v ? "database schema version %d is old: run 'annals ingest' on it to upgrade"
                                          : "not an annals database (no schema; %d)", v);
        return -1;
    }
    for (int to = v + 1; to <= latest; to++)
        if (apply(s, to)) return -1;
    return 0;
}
