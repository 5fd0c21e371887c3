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
 * A report with no date at all (nor its article) gives no time to compare,
 * and the same pair meets or clashes many times, so dates are replaced by
 * other evidence of identity: the same stated place and a person named in
 * both (Witkoff welcomed in Moscow, undated; Witkoff met Russian leaders in
 * Moscow on 6 August). It joins only when exactly one cluster has that
 * evidence; the same holds for a dated report meeting an undated cluster.
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
    int dated;                  /* 0: the cluster has no days yet */
} candidate;

/* The days a report covers; dated == 0 when it has none. */
typedef struct report_days {
    const char *date;
    int32_t lo, hi;
    int dated;
} report_days;

/* Whether the event matches the candidate; *swapped when in reverse roles. */
static int matches(const an_event *ev, const candidate *c, const char *root, int *swapped) {
    *swapped = 0;
    if (actor_codes_compatible(ev->source, c->source) && actor_codes_compatible(ev->target, c->target)) return 1;
    if (symmetric_root(root) && actor_codes_compatible(ev->source, c->target) &&
        actor_codes_compatible(ev->target, c->source)) { *swapped = 1; return 1; }
    return 0;
}

/* The cluster's days after taking the report in: the overlap of both when
 * both are dated (every report agrees with it), else whichever has days. */
static report_days joined_days(const candidate *c, const report_days *r) {
    if (!c->dated) return *r;
    if (!r->dated) return (report_days){ c->date, c->lo, c->hi, 1 };
    int narrower = r->hi - r->lo < c->hi - c->lo;
    return (report_days){ narrower ? r->date : c->date, r->lo > c->lo ? r->lo : c->lo, r->hi < c->hi ? r->hi : c->hi, 1 };
}

static int join(an_store *s, const candidate *c, const an_event *ev, int swapped, const report_days *r) {
    sqlite3_stmt *st = store_stmt(s, SQ_UPD_CLUSTER);
    if (!st) return -1;
    const char *src = swapped ? ev->target : ev->source, *tgt = swapped ? ev->source : ev->target;
    report_days d = joined_days(c, r);
    sqlite3_bind_int64(st, 1, c->id);
    store_bind_text(st, 2, more_specific(c->source, src));
    store_bind_text(st, 3, more_specific(c->target, tgt));
    store_bind_text(st, 4, more_specific(c->cameo, ev->cameo));
    store_bind_text(st, 5, d.date);
    if (d.dated) { sqlite3_bind_int(st, 6, d.lo); sqlite3_bind_int(st, 7, d.hi); }
    else { sqlite3_bind_null(st, 6); sqlite3_bind_null(st, 7); }
    store_bind_text(st, 8, swapped ? ev->target_name : ev->source_name);
    store_bind_text(st, 9, swapped ? ev->source_name : ev->target_name);
    store_bind_text(st, 10, ev->place);
    return store_step(s, st, "merging an event into its cluster");
}

static void free_candidate(candidate *c) {
    free((char *)c->source); free((char *)c->target); free((char *)c->cameo); free((char *)c->date);
}

static char *dup_column(sqlite3_stmt *st, int i) {
    const char *t = (const char *)sqlite3_column_text(st, i);
    return t ? strdup(t) : NULL;
}

/* Steps a bound lookup and joins the oldest cluster whose actors match, or,
 * when `unique`, the only one (two matches are ambiguous: none is joined).
 * Returns the cluster id, 0 for none, or -1. */
static int64_t pick_and_join(an_store *s, sqlite3_stmt *st, const an_event *ev, const char *root,
                             int unique, const report_days *r) {
    int rc, swapped = 0, found = 0;
    candidate c = { 0 };
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        candidate row = { .source = (const char *)sqlite3_column_text(st, 1),
                          .target = (const char *)sqlite3_column_text(st, 2) };
        int sw;
        if (!matches(ev, &row, root, &sw)) continue;
        if (found++) break;             /* a second match: ambiguous when unique */
        /* copy the candidate's text out before the statement moves on */
        c = (candidate){ sqlite3_column_int64(st, 0), dup_column(st, 1), dup_column(st, 2), dup_column(st, 3),
                         dup_column(st, 6), sqlite3_column_int(st, 4), sqlite3_column_int(st, 5),
                         sqlite3_column_type(st, 4) != SQLITE_NULL };
        swapped = sw;
        if (!unique) break;
    }
    sqlite3_reset(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) { free_candidate(&c); return store_fail(s, "looking up clusters"); }
    int64_t id = found == 1 || (found && !unique) ? c.id : 0;
    if (id && join(s, &c, ev, swapped, r)) id = -1;
    free_candidate(&c);
    return id;
}

/* A cluster lookup with its key (root, pair) bound as ?1, ?2. */
static sqlite3_stmt *keyed_lookup(an_store *s, int which, const char *root, const char *pair) {
    sqlite3_stmt *st = store_stmt(s, which);
    if (st) { store_bind_text(st, 1, root); store_bind_text(st, 2, pair); }
    return st;
}

/* Dated report: the oldest matching cluster whose days overlap its own. */
static int64_t find_dated(an_store *s, const an_event *ev, const char *root, const char *pair, const report_days *r) {
    sqlite3_stmt *st = keyed_lookup(s, SQ_FIND_CLUSTER, root, pair);
    if (!st) return -1;
    sqlite3_bind_int(st, 3, r->lo);
    sqlite3_bind_int(st, 4, r->hi);
    return pick_and_join(s, st, ev, root, 0, r);
}

/* A person, not a country or a group: an actor of the article with a role
 * ("special envoy") and a name of two words or more that is not a label
 * such as "Russia (government)". */
static const char *person_name(const an_article *a, const char *name) {
    if (!name || !strchr(name, ' ') || strchr(name, '(')) return NULL;
    for (int i = 0; i < a->nactors; i++)
        if (a->actors[i].name && !strcmp(a->actors[i].name, name)) return a->actors[i].role ? name : NULL;
    return NULL;
}

/* One side undated: the only matching cluster with the report's place and
 * one of its people (any cluster for an undated report, an undated cluster
 * for a dated one). */
static int64_t find_corroborated(an_store *s, const an_event *ev, const an_article *a, const char *root,
                                 const char *pair, const report_days *r) {
    const char *p1 = person_name(a, ev->source_name), *p2 = person_name(a, ev->target_name);
    if (!ev->place || !*ev->place || (!p1 && !p2)) return 0;
    sqlite3_stmt *st = keyed_lookup(s, SQ_FIND_CORROBORATED, root, pair);
    if (!st) return -1;
    store_bind_text(st, 3, ev->place);
    store_bind_text(st, 4, p1);
    store_bind_text(st, 5, p2);
    sqlite3_bind_int(st, 6, !r->dated);
    return pick_and_join(s, st, ev, root, 1, r);
}

static int64_t create(an_store *s, const an_event *ev, const char *root, const char *pair, const report_days *r) {
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
    store_bind_text(st, 11, r->date);
    if (r->dated) { sqlite3_bind_int(st, 12, r->lo); sqlite3_bind_int(st, 13, r->hi); }
    store_bind_text(st, 14, ev->place);
    if (ev->lat == ev->lat) sqlite3_bind_double(st, 15, ev->lat);     /* NAN: not geocoded */
    if (ev->lon == ev->lon) sqlite3_bind_double(st, 16, ev->lon);
    if (store_step(s, st, "creating an event cluster")) return -1;
    s->stats.clusters++;
    return sqlite3_last_insert_rowid(s->db);
}

int64_t cluster_assign(an_store *s, const an_event *ev, const an_article *a) {
    char root[3], pair[16], pubday[11] = "";
    cluster_key(ev, root, pair);
    report_days r = { 0 };
    if (date_day_range(ev->date, &r.lo, &r.hi)) r.date = ev->date, r.dated = 1;
    else if (published_week(a->published, &r.lo, &r.hi)) {
        snprintf(pubday, sizeof pubday, "%.10s", a->published);
        r.date = pubday, r.dated = 1;
    }
    if (!root[0]) return create(s, ev, root, pair, &r);     /* no code: nothing to compare */
    int64_t id = r.dated ? find_dated(s, ev, root, pair, &r) : 0;
    if (!id) id = find_corroborated(s, ev, a, root, pair, &r);
    return id ? id : create(s, ev, root, pair, &r);
}

/* Counts leave near-duplicate articles out: a wire story in ten papers is
 * one article for num_articles and one source for num_sources. Reports whose
 * article has no outlet count as one unknown source per input document: two
 * pages from the web without a masthead are two outlets more often than one,
 * while the records of one JSONL feed share one. */
int cluster_refresh(an_store *s) {
    return store_exec(s,
        "UPDATE clusters SET"
        " num_reports = (SELECT count(*) FROM events e WHERE e.cluster_id = clusters.id),"
        " num_mentions = (SELECT count(*) FROM events e JOIN articles a ON a.id = e.article_id"
        "   WHERE e.cluster_id = clusters.id AND a.dup_of IS NULL),"
        " num_articles = (SELECT count(DISTINCT e.article_id) FROM events e JOIN articles a ON a.id = e.article_id"
        "   WHERE e.cluster_id = clusters.id AND a.dup_of IS NULL),"
        " num_sources = (SELECT count(DISTINCT coalesce('s' || a.source_id, 'd' || a.document_id)) FROM events e JOIN articles a ON a.id = e.article_id"
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
