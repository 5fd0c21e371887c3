/* Writing documents into the store.
 *
 * A document is skipped when the SHA-256 of its raw bytes is already in
 * `documents`: re-ingesting a page, a file or a whole folder adds nothing.
 * Documents are written in batches of s->batch per transaction; a document
 * and everything found in it always land in the same transaction, so a
 * crash leaves whole documents or none, and a rerun picks up at the first
 * document not committed. */
#include "store.h"
#include "../core/buf.h"
#include "../core/json.h"
#include "../core/sha256.h"
#include <math.h>
#include <string.h>

/* 1 when a document with this hash is stored, 0 when not, -1 on error. */
static int has_hash(an_store *s, const uint8_t hash[32]) {
    sqlite3_stmt *st = store_stmt(s, SQ_FIND_DOC);
    if (!st) return -1;
    sqlite3_bind_blob(st, 1, hash, 32, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc == SQLITE_ROW) return 1;
    return rc == SQLITE_DONE ? 0 : store_fail(s, "looking up a document");
}

int store_has_document(an_store *s, const char *raw, size_t len) {
    uint8_t hash[32];
    sha256(raw ? raw : "", raw ? len : 0, hash);
    int rc = has_hash(s, hash);
    if (rc == 1) s->stats.docs_skipped++;
    return rc;
}

int64_t store_add_document(an_store *s, const char *path, const uint8_t hash[32], uint64_t base, uint64_t len) {
    int known = has_hash(s, hash);
    if (known) return known > 0 ? 0 : -1;
    sqlite3_stmt *st = store_stmt(s, SQ_INS_DOC);
    if (!st) return -1;
    sqlite3_bind_blob(st, 1, hash, 32, SQLITE_STATIC);
    store_bind_text(st, 2, path);
    sqlite3_bind_int64(st, 3, (sqlite3_int64)base);
    sqlite3_bind_int64(st, 4, (sqlite3_int64)len);
    if (store_step(s, st, "storing a document")) return -1;
    s->stats.docs++;
    return sqlite3_last_insert_rowid(s->db);
}

/* The id of an outlet in `sources`, added on first sight; 0 for none. */
static int64_t source_id(an_store *s, const char *name) {
    if (!name || !*name) return 0;
    sqlite3_stmt *st = store_stmt(s, SQ_FIND_SOURCE);
    if (!st) return -1;
    store_bind_text(st, 1, name);
    int64_t id = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_reset(st);
    if (id) return id;
    if (!(st = store_stmt(s, SQ_INS_SOURCE))) return -1;
    store_bind_text(st, 1, name);
    if (store_step(s, st, "storing a source")) return -1;
    return sqlite3_last_insert_rowid(s->db);
}

static void bind_id(sqlite3_stmt *st, int i, int64_t id) {
    if (id > 0) sqlite3_bind_int64(st, i, id);
    else sqlite3_bind_null(st, i);
}

static void bind_real(sqlite3_stmt *st, int i, double v) {
    if (isnan(v)) sqlite3_bind_null(st, i);
    else sqlite3_bind_double(st, i, v);
}

/* The input span of the article: from its first paragraph to its last. */
static void article_span(const an_article *a, uint64_t *start, uint64_t *end) {
    *start = *end = 0;
    if (a->nparas > 0) { *start = a->paras[0].in_start; *end = a->paras[a->nparas - 1].in_end; }
}

static int insert_article_row(an_store *s, int64_t doc_id, const an_article *a, int64_t src,
                              uint64_t hash, int hashed, int64_t dup_of, int dist) {
    sqlite3_stmt *st = store_stmt(s, SQ_INS_ARTICLE);
    if (!st) return -1;
    an_buf authors;
    an_buf_init(&authors);
    an_buf_addc(&authors, '[');
    for (int i = 0; i < a->nauthors; i++) { if (i) an_buf_addc(&authors, ','); json_add_strz(&authors, a->authors[i]); }
    an_buf_addc(&authors, ']');
    uint64_t in_start, in_end;
    article_span(a, &in_start, &in_end);
    sqlite3_bind_int64(st, 1, doc_id);
    sqlite3_bind_int(st, 2, a->index);
    if (a->record) sqlite3_bind_int64(st, 3, (sqlite3_int64)a->record);
    store_bind_text(st, 4, a->id);
    bind_id(st, 5, src);
    store_bind_text(st, 6, a->title);
    store_bind_text(st, 7, a->wire);
    store_bind_text(st, 8, authors.p);
    store_bind_text(st, 9, a->published);
    store_bind_text(st, 10, a->dateline);
    store_bind_text(st, 11, a->url);
    store_bind_textn(st, 12, a->body ? a->body : "", a->body ? a->body_len : 0);
    sqlite3_bind_int64(st, 13, (sqlite3_int64)in_start);
    sqlite3_bind_int64(st, 14, (sqlite3_int64)in_end);
    if (hashed) sqlite3_bind_int64(st, 15, (sqlite3_int64)hash);
    bind_id(st, 16, dup_of);
    if (dup_of > 0) sqlite3_bind_int(st, 17, dist);
    int rc = store_step(s, st, "storing an article");
    an_buf_free(&authors);
    return rc;
}

static int index_text(an_store *s, int64_t id, const an_article *a) {
    sqlite3_stmt *st = store_stmt(s, SQ_INS_FTS);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, id);
    store_bind_text(st, 2, a->title);
    store_bind_textn(st, 3, a->body ? a->body : "", a->body ? a->body_len : 0);
    return store_step(s, st, "indexing an article's text");
}

static int insert_actors(an_store *s, int64_t id, const an_article *a) {
    for (int i = 0; i < a->nactors; i++) {
        const an_actor *x = &a->actors[i];
        sqlite3_stmt *st = store_stmt(s, SQ_INS_ACTOR);
        if (!st) return -1;
        sqlite3_bind_int64(st, 1, id);
        store_bind_text(st, 2, x->name);
        store_bind_text(st, 3, x->code);
        store_bind_text(st, 4, x->country);
        store_bind_text(st, 5, x->sector);
        store_bind_text(st, 6, x->role);
        sqlite3_bind_int(st, 7, x->learned);
        sqlite3_bind_int(st, 8, x->nmentions);
        if (store_step(s, st, "storing an actor")) return -1;
        int64_t actor_id = sqlite3_last_insert_rowid(s->db);
        for (int k = 0; x->mentions && k < x->nmentions; k++) {
            if (!(st = store_stmt(s, SQ_INS_MENTION))) return -1;
            sqlite3_bind_int64(st, 1, actor_id);
            sqlite3_bind_int64(st, 2, (sqlite3_int64)x->mentions[k].start);
            sqlite3_bind_int64(st, 3, (sqlite3_int64)x->mentions[k].end);
            if (store_step(s, st, "storing a mention")) return -1;
        }
        s->stats.actors++;
    }
    return 0;
}

static const char *mode_name(an_mode m) {
    static const char *const names[] = { "asserted", "intended", "threatened", "hypothetical", "reported" };
    return (unsigned)m < sizeof names / sizeof *names ? names[m] : NULL;
}

/* Binds the event's own fields (3..24) of SQ_INS_EVENT. */
static void bind_event(sqlite3_stmt *st, const an_article *a, const an_event *e) {
    store_bind_text(st, 3, e->source);
    store_bind_text(st, 4, e->target);
    store_bind_text(st, 5, e->source_name);
    store_bind_text(st, 6, e->target_name);
    store_bind_text(st, 7, e->cameo);
    store_bind_text(st, 8, e->plover);
    bind_real(st, 9, e->goldstein);
    sqlite3_bind_int(st, 10, e->quad);
    store_bind_text(st, 11, e->date);
    store_bind_text(st, 12, e->date_precision);
    store_bind_text(st, 13, e->place);
    bind_real(st, 14, e->lat);
    bind_real(st, 15, e->lon);
    sqlite3_bind_int(st, 16, e->negated);
    store_bind_text(st, 17, mode_name(e->mode));
    bind_real(st, 18, e->confidence);
    /* GDELT's IsRootEvent: stated in the lead paragraph */
    sqlite3_bind_int(st, 19, a->nparas > 0 && e->sent_start < a->paras[0].end);
    int has_text = a->body && e->sent_end > e->sent_start && e->sent_end <= a->body_len;
    store_bind_textn(st, 20, has_text ? a->body + e->sent_start : NULL, has_text ? e->sent_end - e->sent_start : 0);
    sqlite3_bind_int64(st, 21, e->sent_start);
    sqlite3_bind_int64(st, 22, e->sent_end);
    sqlite3_bind_int64(st, 23, (sqlite3_int64)e->start);
    sqlite3_bind_int64(st, 24, (sqlite3_int64)e->end);
}

static int insert_events(an_store *s, int64_t id, const an_article *a) {
    for (int i = 0; i < a->nevents; i++) {
        int64_t cluster = cluster_assign(s, &a->events[i], a);
        if (cluster < 0) return -1;
        sqlite3_stmt *st = store_stmt(s, SQ_INS_EVENT);
        if (!st) return -1;
        sqlite3_bind_int64(st, 1, id);
        sqlite3_bind_int64(st, 2, cluster);
        bind_event(st, a, &a->events[i]);
        if (store_step(s, st, "storing an event")) return -1;
        s->stats.events++;
    }
    return 0;
}

static const char *quote_kind(an_quote_kind k) {
    static const char *const names[] = { "direct", "partial", "block", "indirect" };
    return (unsigned)k < sizeof names / sizeof *names ? names[k] : NULL;
}

static int insert_quotes(an_store *s, int64_t id, const an_article *a) {
    for (int i = 0; i < a->nquotes; i++) {
        const an_quote *q = &a->quotes[i];
        sqlite3_stmt *st = store_stmt(s, SQ_INS_QUOTE);
        if (!st) return -1;
        sqlite3_bind_int64(st, 1, id);
        store_bind_text(st, 2, q->speaker);
        store_bind_text(st, 3, q->speaker_code);
        store_bind_text(st, 4, q->text ? q->text : "");
        store_bind_text(st, 5, quote_kind(q->kind));
        store_bind_text(st, 6, q->cue);
        store_bind_text(st, 7, q->addressee);
        sqlite3_bind_int64(st, 8, q->body_start);
        sqlite3_bind_int64(st, 9, q->body_end);
        sqlite3_bind_int64(st, 10, (sqlite3_int64)q->start);
        sqlite3_bind_int64(st, 11, (sqlite3_int64)q->end);
        if (store_step(s, st, "storing a quote")) return -1;
        s->stats.quotes++;
    }
    return 0;
}

int64_t store_add_article(an_store *s, int64_t doc_id, const an_article *a) {
    int64_t src = source_id(s, a->outlet);
    if (src < 0) return -1;
    int nsh = 0, dist = 0;
    uint64_t h = simhash_text(a->body ? a->body : "", a->body ? a->body_len : 0, &nsh);
    int hashed = nsh >= SIMHASH_MIN_SHINGLES;          /* a few words say nothing about sameness */
    int64_t dup_of = hashed ? simhash_find(s, h, &dist) : 0;
    if (dup_of < 0) return -1;
    if (insert_article_row(s, doc_id, a, src, h, hashed, dup_of, dist)) return -1;
    int64_t id = sqlite3_last_insert_rowid(s->db);
    /* only originals are indexed: a copy of a copy is measured against the original */
    if (hashed && !dup_of && simhash_index(s, id, h)) return -1;
    if (index_text(s, id, a) || insert_actors(s, id, a) || insert_events(s, id, a) ||
        insert_quotes(s, id, a) || story_assign(s, id, a, dup_of) < 0)
        return -1;
    s->stats.articles++;
    if (dup_of) s->stats.dups++;
    return id;
}

static int set_doc_articles(an_store *s, int64_t doc_id, int n) {
    sqlite3_stmt *st = store_stmt(s, SQ_SET_DOC_ARTICLES);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, doc_id);
    sqlite3_bind_int(st, 2, n);
    return store_step(s, st, "counting a document's articles");
}

static int add_doc_body(an_store *s, const an_doc *d) {
    size_t len;
    uint64_t base;
    const char *raw = an_doc_input(d, &len, &base);
    uint8_t hash[32];
    sha256(raw ? raw : "", raw ? len : 0, hash);
    int64_t doc_id = store_add_document(s, an_doc_path(d), hash, base, len);
    if (doc_id <= 0) return (int)doc_id;
    int n = an_doc_count(d);
    for (int i = 0; i < n; i++)
        if (store_add_article(s, doc_id, an_doc_article(d, i)) < 0) return -1;
    if (set_doc_articles(s, doc_id, n)) return -1;
    return 1;
}

int store_add_doc(an_store *s, const an_doc *d) {
    if (store_begin(s)) return -1;
    int rc = add_doc_body(s, d);
    if (rc < 0) { store_rollback(s); return -1; }
    if (rc == 0) { s->stats.docs_skipped++; return 0; }
    if (++s->pending >= s->batch && store_commit(s)) return -1;
    return 1;
}
