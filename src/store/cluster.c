/* Event merging: reports of one real-world event, from many articles and
 * outlets, become one cluster (docs/store.md, "Event clusters").
 *
 * Two reports are the same event when
 *   - their actors are the same up to generalisation (USA ~ USAGOV), in the
 *     same roles, or swapped for the symmetric roots (04 consult: "A met B"
 *     and "B met A" are one meeting);
 *   - their CAMEO codes share the root (163 ~ 16 ~ 160);
 *   - their dates overlap at the precision each report states: "August
 *     2025" covers 1..31 August, "6 August 2025" one day; an undated report
 *     covers the week up to its article's publication.
 * A cluster keeps the narrowest date and the most specific codes it has seen,
 * so a vague first report does not let later, unrelated precise ones in. */
#include "store.h"
#include <stdlib.h>
#include <string.h>

int32_t day_number(int y, int m, int d) {      /* days_from_civil, proleptic Gregorian */
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static int digits(const char *s, int n) {
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

static int month_days(int y, int m) {
    static const int dm[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) ? 29 : dm[m - 1];
}

int date_day_range(const char *date, int32_t *lo, int32_t *hi) {
    if (!date) return 0;
    size_t n = strlen(date);
    int y = n >= 4 ? digits(date, 4) : -1;
    if (y < 1) return 0;
    if (n == 4) { *lo = day_number(y, 1, 1); *hi = day_number(y, 12, 31); return 1; }
    int m = n >= 7 && date[4] == '-' ? digits(date + 5, 2) : -1;
    if (m < 1 || m > 12) return 0;
    if (n == 7) { *lo = day_number(y, m, 1); *hi = day_number(y, m, month_days(y, m)); return 1; }
    int d = n >= 10 && date[7] == '-' ? digits(date + 8, 2) : -1;
    if (d < 1 || d > month_days(y, m)) return 0;
    *lo = *hi = day_number(y, m, d);             /* a time after the day is below our precision */
    return 1;
}

int actor_codes_compatible(const char *a, const char *b) {
    if (!a || !b) return !a && !b;
    size_t la = strlen(a), lb = strlen(b);
    size_t n = la < lb ? la : lb;
    if (n == 0) return la == lb;
    return n % 3 == 0 && !strncmp(a, b, n);
}

static int symmetric_root(const char *root) { return !strcmp(root, "04"); }

/* The lookup key of an event: root code and the two actors' 3-letter roots,
 * ordered when the root is symmetric so both directions share one key. */
static void cluster_key(const an_event *ev, char root[3], char pair[16]) {
    snprintf(root, 3, "%.2s", ev->cameo ? ev->cameo : "");
    char a[4], b[4];
    snprintf(a, sizeof a, "%.3s", ev->source ? ev->source : "");
    snprintf(b, sizeof b, "%.3s", ev->target ? ev->target : "");
    if (symmetric_root(root) && strcmp(a, b) > 0) snprintf(pair, 16, "%s|%s", b, a);
    else snprintf(pair, 16, "%s|%s", a, b);
}

static const char *more_specific(const char *a, const char *b) {
    return b && (!a || strlen(b) > strlen(a)) ? b : a;
}

/* The week up to an article's publication, for reports that state no date:
 * news reports recent events. 0 when the article has no date either. */
static int published_week(const char *published, int32_t *lo, int32_t *hi) {
    char day[11];
    if (!published || strlen(published) < 10) return 0;
    memcpy(day, published, 10);
    day[10] = 0;
    if (!date_day_range(day, lo, hi)) return 0;
    *lo -= 6;
    return 1;
}

typedef struct candidate {
    int64_t id;
    const char *source, *target, *cameo, *date;
    int32_t lo, hi;
} candidate;

/* Whether the event matches the candidate; *swapped when in reverse roles. */
static int matches(const an_event *ev, const candidate *c, const char *root, int *swapped) {
    *swapped = 0;
    if (actor_codes_compatible(ev->source, c->source) && actor_codes_compatible(ev->target, c->target)) return 1;
    if (symmetric_root(root) && actor_codes_compatible(ev->source, c->target) &&
        actor_codes_compatible(ev->target, c->source)) { *swapped = 1; return 1; }
    return 0;
}

static int join(an_store *s, const candidate *c, const an_event *ev, int swapped, const char *date, int32_t lo, int32_t hi) {
    sqlite3_stmt *st = store_stmt(s, SQ_UPD_CLUSTER);
    if (!st) return -1;
    const char *src = swapped ? ev->target : ev->source, *tgt = swapped ? ev->source : ev->target;
    int narrower = hi - lo < c->hi - c->lo;
    sqlite3_bind_int64(st, 1, c->id);
    store_bind_text(st, 2, more_specific(c->source, src));
    store_bind_text(st, 3, more_specific(c->target, tgt));
    store_bind_text(st, 4, more_specific(c->cameo, ev->cameo));
    store_bind_text(st, 5, narrower ? date : c->date);
    sqlite3_bind_int(st, 6, lo > c->lo ? lo : c->lo);        /* the overlap: every report agrees with it */
    sqlite3_bind_int(st, 7, hi < c->hi ? hi : c->hi);
    store_bind_text(st, 8, swapped ? ev->target_name : ev->source_name);
    store_bind_text(st, 9, swapped ? ev->source_name : ev->target_name);
    store_bind_text(st, 10, ev->place);
    return store_step(s, st, "merging an event into its cluster");
}

/* Looks for the oldest matching cluster and joins it: its id, 0, or -1. */
static int64_t find_and_join(an_store *s, const an_event *ev, const char *root, const char *pair,
                             const char *date, int32_t lo, int32_t hi) {
    sqlite3_stmt *st = store_stmt(s, SQ_FIND_CLUSTER);
    if (!st) return -1;
    store_bind_text(st, 1, root);
    store_bind_text(st, 2, pair);
    sqlite3_bind_int(st, 3, lo);
    sqlite3_bind_int(st, 4, hi);
    int rc, swapped = 0;
    candidate c = { 0 };
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        c = (candidate){ sqlite3_column_int64(st, 0), (const char *)sqlite3_column_text(st, 1),
                         (const char *)sqlite3_column_text(st, 2), (const char *)sqlite3_column_text(st, 3),
                         (const char *)sqlite3_column_text(st, 6), sqlite3_column_int(st, 4), sqlite3_column_int(st, 5) };
        if (matches(ev, &c, root, &swapped)) break;
        c.id = 0;
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) { sqlite3_reset(st); return store_fail(s, "looking up clusters"); }
    if (!c.id) { sqlite3_reset(st); return 0; }
    /* copy the candidate's text out before the statement moves on */
    char *cs = c.source ? strdup(c.source) : NULL, *ct = c.target ? strdup(c.target) : NULL;
    char *cc = c.cameo ? strdup(c.cameo) : NULL, *cd = c.date ? strdup(c.date) : NULL;
    sqlite3_reset(st);
    c.source = cs; c.target = ct; c.cameo = cc; c.date = cd;
    int err = join(s, &c, ev, swapped, date, lo, hi);
    free(cs); free(ct); free(cc); free(cd);
    return err ? -1 : c.id;
}

static int64_t create(an_store *s, const an_event *ev, const char *root, const char *pair,
                      const char *date, int dated, int32_t lo, int32_t hi) {
    sqlite3_stmt *st = store_stmt(s, SQ_INS_CLUSTER);
    if (!st) return -1;
    store_bind_text(st, 1, root);
    store_bind_text(st, 2, pair);
    store_bind_text(st, 3, ev->source);
    store_bind_text(st, 4, ev->target);
    store_bind_text(st, 5, ev->source_name);
    store_bind_text(st, 6, ev->target_name);
    store_bind_text(st, 7, ev->cameo);
    store_bind_text(st, 8, ev->plover);
    sqlite3_bind_double(st, 9, ev->goldstein);
    sqlite3_bind_int(st, 10, ev->quad);
    store_bind_text(st, 11, date);
    if (dated) { sqlite3_bind_int(st, 12, lo); sqlite3_bind_int(st, 13, hi); }
    store_bind_text(st, 14, ev->place);
    if (ev->lat == ev->lat) sqlite3_bind_double(st, 15, ev->lat);     /* NAN: not geocoded */
    if (ev->lon == ev->lon) sqlite3_bind_double(st, 16, ev->lon);
    if (store_step(s, st, "creating an event cluster")) return -1;
    s->stats.clusters++;
    return sqlite3_last_insert_rowid(s->db);
}

int64_t cluster_assign(an_store *s, const an_event *ev, const char *published) {
    char root[3], pair[16], pubday[11] = "";
    cluster_key(ev, root, pair);
    int32_t lo = 0, hi = 0;
    const char *date = NULL;
    int dated = 1;
    if (date_day_range(ev->date, &lo, &hi)) date = ev->date;
    else if (published_week(published, &lo, &hi)) { snprintf(pubday, sizeof pubday, "%.10s", published); date = pubday; }
    else dated = 0;
    if (dated && root[0]) {               /* no code or no date: nothing to compare, a cluster of its own */
        int64_t id = find_and_join(s, ev, root, pair, date, lo, hi);
        if (id) return id;
    }
    return create(s, ev, root, pair, date, dated, lo, hi);
}

/* Counts leave near-duplicate articles out: a wire story in ten papers is
 * one article for num_articles and one source for num_sources. Reports whose
 * article has no outlet count together as one unknown source. */
int cluster_refresh(an_store *s) {
    return store_exec(s,
        "UPDATE clusters SET"
        " num_reports = (SELECT count(*) FROM events e WHERE e.cluster_id = clusters.id),"
        " num_mentions = (SELECT count(*) FROM events e JOIN articles a ON a.id = e.article_id"
        "   WHERE e.cluster_id = clusters.id AND a.dup_of IS NULL),"
        " num_articles = (SELECT count(DISTINCT e.article_id) FROM events e JOIN articles a ON a.id = e.article_id"
        "   WHERE e.cluster_id = clusters.id AND a.dup_of IS NULL),"
        " num_sources = (SELECT count(DISTINCT coalesce(a.source_id, 0)) FROM events e JOIN articles a ON a.id = e.article_id"
        "   WHERE e.cluster_id = clusters.id AND a.dup_of IS NULL),"
        " first_seen = (SELECT min(coalesce(substr(a.published, 1, 10), substr(d.ingested_at, 1, 10)))"
        "   FROM events e JOIN articles a ON a.id = e.article_id JOIN documents d ON d.id = a.document_id"
        "   WHERE e.cluster_id = clusters.id),"
        " last_seen = (SELECT max(coalesce(substr(a.published, 1, 10), substr(d.ingested_at, 1, 10)))"
        "   FROM events e JOIN articles a ON a.id = e.article_id JOIN documents d ON d.id = a.document_id"
        "   WHERE e.cluster_id = clusters.id),"
        " dirty = 0"
        " WHERE dirty = 1");
}
