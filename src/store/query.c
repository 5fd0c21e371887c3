/* Queries over the store and one printer for all of them: an aligned table
 * for people, JSON Lines and CSV for programs, TSV for the GDELT-style
 * export. Every query is SQL with bound parameters; user text never becomes
 * SQL (full-text words are quoted as FTS5 strings). */
#include "store.h"
#include "../core/buf.h"
#include "../core/json.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* ---- printing ---- */

static void cell_text(sqlite3_stmt *st, int i, an_buf *b) {
    switch (sqlite3_column_type(st, i)) {
    case SQLITE_NULL: break;
    case SQLITE_INTEGER: an_buf_printf(b, "%lld", (long long)sqlite3_column_int64(st, i)); break;
    case SQLITE_FLOAT: an_buf_printf(b, "%.10g", sqlite3_column_double(st, i)); break;
    default: an_buf_adds(b, (const char *)sqlite3_column_text(st, i)); break;
    }
}

static void print_json_row(sqlite3_stmt *st, an_buf *b) {
    an_buf_addc(b, '{');
    for (int i = 0; i < sqlite3_column_count(st); i++) {
        if (i) an_buf_addc(b, ',');
        json_add_strz(b, sqlite3_column_name(st, i));
        an_buf_addc(b, ':');
        int t = sqlite3_column_type(st, i);
        if (t == SQLITE_NULL) an_buf_adds(b, "null");
        else if (t == SQLITE_INTEGER || t == SQLITE_FLOAT) cell_text(st, i, b);
        else json_add_strz(b, (const char *)sqlite3_column_text(st, i));
    }
    an_buf_adds(b, "}\n");
}

static void add_csv(an_buf *b, const char *v) {
    if (!strpbrk(v, ",\"\r\n")) { an_buf_adds(b, v); return; }
    an_buf_addc(b, '"');
    for (; *v; v++) { if (*v == '"') an_buf_addc(b, '"'); an_buf_addc(b, *v); }
    an_buf_addc(b, '"');
}

/* TSV has no quoting: tabs and line ends inside a value become spaces. */
static void add_tsv(an_buf *b, const char *v) {
    for (; *v; v++) an_buf_addc(b, *v == '\t' || *v == '\n' || *v == '\r' ? ' ' : *v);
}

static void print_delimited_row(sqlite3_stmt *st, out_format f, int names, an_buf *b, an_buf *cell) {
    for (int i = 0; i < sqlite3_column_count(st); i++) {
        if (i) an_buf_addc(b, f == OUT_CSV ? ',' : '\t');
        an_buf_clear(cell);
        an_buf_adds(cell, "");
        if (names) an_buf_adds(cell, sqlite3_column_name(st, i));
        else cell_text(st, i, cell);
        if (f == OUT_CSV) add_csv(b, cell->p);
        else add_tsv(b, cell->p);
    }
    an_buf_addc(b, '\n');
}

#define TABLE_CELL_MAX 60      /* characters shown per cell; the rest is cut with "..." */

/* A cell for the table: one line, at most TABLE_CELL_MAX characters. */
static char *table_cell(const char *v, int *width) {
    an_buf b;
    an_buf_init(&b);
    int w = 0;
    for (const char *p = v; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if ((c & 0xC0) != 0x80 && ++w > TABLE_CELL_MAX - 3 && strlen(p) > 3) { an_buf_adds(&b, "..."); w += 2; break; }
        an_buf_addc(&b, c == '\n' || c == '\t' || c == '\r' ? ' ' : (char)c);
    }
    *width = w > TABLE_CELL_MAX ? TABLE_CELL_MAX : w;
    an_buf_adds(&b, "");
    return b.p;
}

typedef struct table { char **cells; int *widths, *cw; long rows, cap; int cols; } table;

static int table_add(table *t, sqlite3_stmt *st, int names, an_buf *tmp) {
    if (t->rows == t->cap) {
        long cap = t->cap ? t->cap * 2 : 64;
        char **nc = realloc(t->cells, (size_t)cap * (size_t)t->cols * sizeof *nc);
        int *nw = realloc(t->cw, (size_t)cap * (size_t)t->cols * sizeof *nw);
        if (nc) t->cells = nc;
        if (nw) t->cw = nw;
        if (!nc || !nw) return -1;
        t->cap = cap;
    }
    for (int i = 0; i < t->cols; i++) {
        an_buf_clear(tmp);
        if (names) an_buf_adds(tmp, sqlite3_column_name(st, i));
        else cell_text(st, i, tmp);
        long k = t->rows * t->cols + i;
        t->cells[k] = table_cell(tmp->p ? tmp->p : "", &t->cw[k]);
        if (t->cw[k] > t->widths[i]) t->widths[i] = t->cw[k];
    }
    t->rows++;
    return 0;
}

static void table_print(table *t, FILE *out) {
    for (long r = 0; r < t->rows; r++) {
        for (int i = 0; i < t->cols; i++) {
            long k = r * t->cols + i;
            int last = i == t->cols - 1;
            fputs(t->cells[k], out);
            if (!last) fprintf(out, "%*s", t->widths[i] - t->cw[k] + 2, "");
        }
        fputc('\n', out);
        if (r == 0) {
            for (int i = 0; i < t->cols; i++)
                for (int k = 0; k < t->widths[i] + (i < t->cols - 1 ? 2 : 0); k++) fputc(k < t->widths[i] ? '-' : ' ', out);
            fputc('\n', out);
        }
    }
}

static void table_free(table *t) {
    for (long k = 0; k < t->rows * t->cols; k++) free(t->cells[k]);
    free(t->cells);
    free(t->cw);
    free(t->widths);
}

static long print_table(an_store *s, sqlite3_stmt *st, FILE *out) {
    table t = { .cols = sqlite3_column_count(st) };
    t.widths = calloc((size_t)t.cols + 1, sizeof *t.widths);
    an_buf tmp;
    an_buf_init(&tmp);
    int rc = t.widths && !table_add(&t, st, 1, &tmp) ? SQLITE_ROW : SQLITE_NOMEM;
    while (rc == SQLITE_ROW && (rc = sqlite3_step(st)) == SQLITE_ROW)
        if (table_add(&t, st, 0, &tmp)) rc = SQLITE_NOMEM;
    if (rc == SQLITE_DONE) table_print(&t, out);
    long rows = t.rows - 1;
    table_free(&t);
    an_buf_free(&tmp);
    return rc == SQLITE_DONE ? rows : store_fail(s, "reading the results");
}

long store_print(an_store *s, sqlite3_stmt *st, out_format f, int header, FILE *out) {
    if (f == OUT_TABLE) return print_table(s, st, out);
    an_buf line, cell;
    an_buf_init(&line);
    an_buf_init(&cell);
    if (header && f != OUT_JSON) { print_delimited_row(st, f, 1, &line, &cell); fputs(line.p, out); }
    long rows = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        an_buf_clear(&line);
        if (f == OUT_JSON) print_json_row(st, &line);
        else print_delimited_row(st, f, 0, &line, &cell);
        fputs(line.p, out);
        rows++;
    }
    an_buf_free(&line);
    an_buf_free(&cell);
    return rc == SQLITE_DONE ? rows : store_fail(s, "reading the results");
}

/* ---- building queries ---- */

#define MAX_BINDS 16

typedef struct binds {
    int n;
    const char *text[MAX_BINDS];
    char *owned[MAX_BINDS];       /* values built here (FTS phrases) */
    int64_t num[MAX_BINDS];
    int is_num[MAX_BINDS];
} binds;

/* Adds a parameter; returns its number for ?N in the SQL. */
static int bind_text(binds *b, const char *v) { b->text[b->n] = v; return ++b->n; }
static int bind_num(binds *b, int64_t v) { b->num[b->n] = v; b->is_num[b->n] = 1; return ++b->n; }

/* Every word as an FTS5 string, so that punctuation and operators in what a
 * user typed are searched for, not interpreted: `"witkoff" "putin"`. */
static char *fts_phrase(const char *words) {
    an_buf b;
    an_buf_init(&b);
    const char *p = words;
    while (*p) {
        while (*p && isspace((unsigned char)*p)) p++;
        if (!*p) break;
        if (b.n) an_buf_addc(&b, ' ');
        an_buf_addc(&b, '"');
        for (; *p && !isspace((unsigned char)*p); p++) { if (*p == '"') an_buf_addc(&b, '"'); an_buf_addc(&b, *p); }
        an_buf_addc(&b, '"');
    }
    an_buf_adds(&b, "");
    return b.p;
}

static int is_code_number(const char *c) {
    if (!*c) return 0;
    for (; *c; c++) if (!isdigit((unsigned char)*c)) return 0;
    return 1;
}

/* --since and --until as day numbers: the first and the last day they name. */
static int day_bounds(an_store *s, const query_filter *f, int32_t *since, int32_t *until) {
    int32_t lo, hi;
    if (f->since) {
        if (!date_day_range(f->since, &lo, &hi)) goto bad;
        *since = lo;
    }
    if (f->until) {
        if (!date_day_range(f->until, &lo, &hi)) goto bad;
        *until = hi;
    }
    return 0;
bad:
    snprintf(s->err, sizeof s->err, "dates are YYYY, YYYY-MM or YYYY-MM-DD");
    return -1;
}

static int fts_bind(binds *b, const char *text) {
    char *q = fts_phrase(text);
    b->owned[b->n] = q;
    return bind_text(b, q);
}

/* Filters on clusters (alias c), shared by events, timeline and exports. */
static int cluster_filters(an_store *s, const query_filter *f, an_buf *q, binds *b) {
    int32_t since = 0, until = 0;
    if (day_bounds(s, f, &since, &until)) return -1;
    if (f->actor) {
        int k = bind_text(b, f->actor);
        an_buf_printf(q, " AND (c.source LIKE ?%d || '%%' OR c.target LIKE ?%d || '%%'"
                         " OR c.source_name LIKE '%%' || ?%d || '%%' OR c.target_name LIKE '%%' || ?%d || '%%')", k, k, k, k);
    }
    if (f->source) an_buf_printf(q, " AND c.source LIKE ?%d || '%%'", bind_text(b, f->source));
    if (f->target) an_buf_printf(q, " AND c.target LIKE ?%d || '%%'", bind_text(b, f->target));
    if (f->code && is_code_number(f->code)) an_buf_printf(q, " AND c.cameo LIKE ?%d || '%%'", bind_text(b, f->code));
    else if (f->code) an_buf_printf(q, " AND upper(c.plover) = upper(?%d)", bind_text(b, f->code));
    if (f->since) an_buf_printf(q, " AND c.day_hi >= ?%d", bind_num(b, since));
    if (f->until) an_buf_printf(q, " AND c.day_lo <= ?%d", bind_num(b, until));
    if (f->text)
        an_buf_printf(q, " AND c.id IN (SELECT e.cluster_id FROM events e WHERE e.article_id IN"
                         " (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?%d))", fts_bind(b, f->text));
    return 0;
}

/* Filters on articles (alias a): dates as published, and full text. */
static int article_filters(an_store *s, const query_filter *f, an_buf *q, binds *b) {
    int32_t since = 0, until = 0;
    if (day_bounds(s, f, &since, &until)) return -1;
    if (f->since) an_buf_printf(q, " AND substr(a.published, 1, 10) >= date(?%d * 86400, 'unixepoch')", bind_num(b, since));
    if (f->until) an_buf_printf(q, " AND substr(a.published, 1, 10) <= date(?%d * 86400, 'unixepoch')", bind_num(b, until));
    if (f->text)
        an_buf_printf(q, " AND a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?%d)", fts_bind(b, f->text));
    return 0;
}

static const char *const events_sql =
    "SELECT c.id AS cluster, c.date, c.source, c.target, c.cameo AS code, c.plover, c.goldstein,"
    " c.num_articles AS articles, c.num_sources AS sources, c.first_seen, c.last_seen,"
    " (SELECT e.text FROM events e WHERE e.cluster_id = c.id ORDER BY e.id LIMIT 1) AS text"
    " FROM clusters c WHERE c.num_articles > 0";

static const char *const timeline_sql =
    "SELECT coalesce(c.date, c.first_seen) AS date, count(*) AS events, sum(c.num_articles) AS articles,"
    " sum(c.quad = 1) AS verbal_coop, sum(c.quad = 2) AS material_coop, sum(c.quad = 3) AS verbal_conflict,"
    " sum(c.quad = 4) AS material_conflict, round(avg(c.goldstein), 2) AS goldstein,"
    " group_concat(DISTINCT c.cameo) AS codes FROM clusters c WHERE c.num_articles > 0";

static const char *const reports_sql =
    "SELECT e.id AS event, e.cluster_id AS cluster, e.date, e.source, e.target, e.source_name, e.target_name,"
    " e.cameo, e.plover, e.goldstein, e.quad, e.mode, e.negated, e.confidence, e.place, e.lat, e.lon, e.text,"
    " a.id AS article, a.title, a.published, src.name AS outlet, a.url, d.path AS doc, e.start, e.end,"
    " (a.dup_of IS NOT NULL) AS duplicate, c.num_articles, c.num_sources, c.first_seen, c.last_seen"
    " FROM events e JOIN clusters c ON c.id = e.cluster_id JOIN articles a ON a.id = e.article_id"
    " JOIN documents d ON d.id = a.document_id LEFT JOIN sources src ON src.id = a.source_id WHERE 1";

static const char *const stories_sql =
    "SELECT s.id AS story, s.key, s.first_seen, s.last_seen, s.num_articles AS articles, s.title"
    " FROM stories s WHERE s.num_articles > 0";

static const char *const quotes_sql =
    "SELECT q.speaker, q.speaker_code AS code, q.kind, q.text, substr(a.published, 1, 10) AS published,"
    " src.name AS outlet, a.title, d.path AS doc, q.start, q.end"
    " FROM quotes q JOIN articles a ON a.id = q.article_id JOIN documents d ON d.id = a.document_id"
    " LEFT JOIN sources src ON src.id = a.source_id WHERE a.dup_of IS NULL";

static const char *const actors_sql =
    "SELECT x.code, x.name, x.country, x.sector, count(DISTINCT x.article_id) AS articles,"
    " sum(x.nmentions) AS mentions, min(substr(a.published, 1, 10)) AS first_seen,"
    " max(substr(a.published, 1, 10)) AS last_seen"
    " FROM actors x JOIN articles a ON a.id = x.article_id WHERE a.dup_of IS NULL";

static int build(an_store *s, query_kind k, const query_filter *f, an_buf *q, binds *b) {
    switch (k) {
    case Q_EVENTS:
        an_buf_adds(q, events_sql);
        if (cluster_filters(s, f, q, b)) return -1;
        an_buf_adds(q, " ORDER BY coalesce(c.day_lo, 0), c.id");
        return 0;
    case Q_TIMELINE:
        an_buf_adds(q, timeline_sql);
        if (cluster_filters(s, f, q, b)) return -1;
        an_buf_adds(q, " GROUP BY 1 ORDER BY 1");
        return 0;
    case Q_REPORTS:
        an_buf_adds(q, reports_sql);
        if (cluster_filters(s, f, q, b)) return -1;
        an_buf_adds(q, " ORDER BY e.cluster_id, e.id");
        return 0;
    case Q_STORIES:
        an_buf_adds(q, stories_sql);
        if (f->actor) an_buf_printf(q, " AND s.key LIKE '%%' || ?%d || '%%'", bind_text(b, f->actor));
        an_buf_adds(q, " AND EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id AND a.dup_of IS NULL");
        if (article_filters(s, f, q, b)) return -1;
        an_buf_adds(q, ") ORDER BY s.last_seen DESC, s.id");
        return 0;
    case Q_QUOTES:
        an_buf_adds(q, quotes_sql);
        if (f->speaker) {
            int i = bind_text(b, f->speaker);
            an_buf_printf(q, " AND (q.speaker LIKE '%%' || ?%d || '%%' OR q.speaker_code LIKE ?%d || '%%')", i, i);
        }
        if (article_filters(s, f, q, b)) return -1;
        an_buf_adds(q, " ORDER BY a.published, q.id");
        return 0;
    case Q_ACTORS:
        an_buf_adds(q, actors_sql);
        if (f->actor || f->name) {
            int i = bind_text(b, f->actor ? f->actor : f->name);
            an_buf_printf(q, " AND (x.code LIKE ?%d || '%%' OR x.name LIKE '%%' || ?%d || '%%')", i, i);
        }
        if (article_filters(s, f, q, b)) return -1;
        an_buf_adds(q, " GROUP BY x.code, x.name ORDER BY articles DESC, mentions DESC, x.code");
        return 0;
    }
    return -1;
}

/* Prepares the SQL in q with the parameters in b; frees both. */
static sqlite3_stmt *prepare(an_store *s, an_buf *q, binds *b, int ok, long limit) {
    sqlite3_stmt *st = NULL;
    if (ok) {
        if (limit > 0) an_buf_printf(q, " LIMIT %ld", limit);
        if (sqlite3_prepare_v2(s->db, q->p, -1, &st, NULL) != SQLITE_OK) { store_fail(s, "preparing the query"); st = NULL; }
        for (int i = 0; st && i < b->n; i++) {
            if (b->is_num[i]) sqlite3_bind_int64(st, i + 1, b->num[i]);
            else sqlite3_bind_text(st, i + 1, b->text[i], -1, SQLITE_TRANSIENT);
        }
    }
    for (int i = 0; i < b->n; i++) free(b->owned[i]);
    an_buf_free(q);
    return st;
}

sqlite3_stmt *store_query(an_store *s, query_kind k, const query_filter *f) {
    an_buf q;
    an_buf_init(&q);
    binds b = { 0 };
    int ok = build(s, k, f, &q, &b) == 0;
    return prepare(s, &q, &b, ok, f->limit);
}

sqlite3_stmt *store_query_clusters(an_store *s, const char *head, const char *tail, const query_filter *f) {
    an_buf q;
    an_buf_init(&q);
    binds b = { 0 };
    an_buf_adds(&q, head);
    int ok = cluster_filters(s, f, &q, &b) == 0;
    if (ok) an_buf_adds(&q, tail);
    return prepare(s, &q, &b, ok, f->limit);
}
