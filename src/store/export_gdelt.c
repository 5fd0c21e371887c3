/* The GDELT 2.0 event table: its 61 columns in the codebook's order,
 * tab-separated, one row per event cluster. NumMentions, NumSources and
 * NumArticles are the cluster's counts (near-duplicate articles left out).
 * What annals does not produce (ethnic and religion codes, tone, feature ids,
 * actor geography) is left empty or 0 as GDELT leaves unknowns. */
#include "store.h"
#include "../core/buf.h"
#include <stdlib.h>
#include <string.h>

const char *const gdelt_columns[] = {
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL", NULL
};

/* One row per cluster; the day is the cluster's first day, or the day it
 * was first seen when no report dated it. */
static const char *const head =
    "SELECT c.id,"
    " strftime('%Y%m%d', coalesce(c.day_lo * 86400, strftime('%s', c.first_seen)), 'unixepoch'),"
    " CAST(strftime('%j', coalesce(c.day_lo * 86400, strftime('%s', c.first_seen)), 'unixepoch') AS INTEGER),"
    " c.source, c.source_name, c.target, c.target_name, c.cameo, c.quad, c.goldstein,"
    " c.num_mentions, c.num_sources, c.num_articles, c.place, c.lat, c.lon,"
    " (SELECT max(e.is_root) FROM events e WHERE e.cluster_id = c.id),"
    " (SELECT d.ingested_at FROM events e JOIN articles a ON a.id = e.article_id"
    "   JOIN documents d ON d.id = a.document_id WHERE e.cluster_id = c.id ORDER BY e.id LIMIT 1),"
    " (SELECT coalesce(a.url, d.path) FROM events e JOIN articles a ON a.id = e.article_id"
    "   JOIN documents d ON d.id = a.document_id WHERE e.cluster_id = c.id AND a.dup_of IS NULL ORDER BY e.id LIMIT 1)"
    " FROM clusters c WHERE c.num_articles > 0";

enum { C_ID, C_DAY, C_DOY, C_SRC, C_SRCNAME, C_TGT, C_TGTNAME, C_CAMEO, C_QUAD, C_GOLD,
       C_MENTIONS, C_SOURCES, C_ARTICLES, C_PLACE, C_LAT, C_LON, C_ROOT, C_ADDED, C_URL };

static const char *col(sqlite3_stmt *st, int i) {
    const char *v = (const char *)sqlite3_column_text(st, i);
    return v ? v : "";
}

static void field(an_buf *b, const char *v, size_t n) {
    an_buf_addc(b, '\t');
    for (size_t i = 0; i < n && v[i]; i++) an_buf_addc(b, v[i] == '\t' || v[i] == '\n' || v[i] == '\r' ? ' ' : v[i]);
}

static void fieldz(an_buf *b, const char *v) { field(b, v, strlen(v)); }

/* Generic group codes that stand where a country would (CAMEO): the next
 * segment names the group (IGOUNO: the UN) instead of a type. */
static int is_group_root(const char *c) {
    static const char *const roots[] = { "IGO", "NGO", "NGM", "MNC", "UIS", NULL };
    for (int i = 0; roots[i]; i++) if (!strncmp(c, roots[i], 3)) return 1;
    return 0;
}

static char upper(char c) { return c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c; }

/* Code, name, country, known group, ethnic, religion 1 and 2, types 1..3:
 * USAGOV is country USA, type GOV; IGOUNOMIL is group UNO, type MIL. */
static void actor_fields(an_buf *b, const char *code, const char *name) {
    const char *seg[5] = { "", "", "", "", "" };
    size_t n = strlen(code), k = 0;
    for (size_t i = 0; i + 3 <= n && k < 4; i += 3) seg[k++] = code + i;
    int group = n >= 3 && is_group_root(code);
    fieldz(b, code);
    an_buf_addc(b, '\t');
    for (const char *p = name; *p; p++) an_buf_addc(b, *p == '\t' || *p == '\n' || *p == '\r' ? ' ' : upper(*p));
    field(b, group ? "" : seg[0], 3);
    field(b, group ? seg[1] : "", 3);
    fieldz(b, ""); fieldz(b, ""); fieldz(b, "");
    for (int t = 0; t < 3; t++) field(b, seg[1 + t + group], 3);
}

static void geo_fields(an_buf *b, const char *place, const char *lat, const char *lon) {
    fieldz(b, *place ? "4" : "0");          /* 4: world city; we do not know finer types */
    fieldz(b, place);
    fieldz(b, ""); fieldz(b, ""); fieldz(b, "");
    fieldz(b, lat); fieldz(b, lon);
    fieldz(b, "");
}

static void date_fields(an_buf *b, const char *day, int doy) {
    field(b, day, 8);
    field(b, day, 6);
    field(b, day, 4);
    if (strlen(day) >= 4) an_buf_printf(b, "\t%.4f", atoi(day) / 10000 + doy / 365.0);
    else fieldz(b, "");
}

/* DATEADDED is YYYYMMDDHHMMSS: the digits of the first report's ingest time. */
static void added_field(an_buf *b, const char *iso) {
    an_buf_addc(b, '\t');
    for (int k = 0; *iso && k < 14; iso++) if (*iso >= '0' && *iso <= '9') { an_buf_addc(b, *iso); k++; }
}

static void row(an_buf *b, sqlite3_stmt *st) {
    const char *cameo = col(st, C_CAMEO);
    an_buf_adds(b, col(st, C_ID));
    date_fields(b, col(st, C_DAY), sqlite3_column_int(st, C_DOY));
    actor_fields(b, col(st, C_SRC), col(st, C_SRCNAME));
    actor_fields(b, col(st, C_TGT), col(st, C_TGTNAME));
    fieldz(b, sqlite3_column_int(st, C_ROOT) ? "1" : "0");
    fieldz(b, cameo);
    field(b, cameo, 3);
    field(b, cameo, 2);
    fieldz(b, col(st, C_QUAD));
    an_buf_printf(b, "\t%.1f", sqlite3_column_double(st, C_GOLD));
    fieldz(b, col(st, C_MENTIONS));
    fieldz(b, col(st, C_SOURCES));
    fieldz(b, col(st, C_ARTICLES));
    fieldz(b, "0");                        /* AvgTone: annals scores no tone */
    geo_fields(b, "", "", "");
    geo_fields(b, "", "", "");
    geo_fields(b, col(st, C_PLACE), col(st, C_LAT), col(st, C_LON));
    added_field(b, col(st, C_ADDED));
    fieldz(b, col(st, C_URL));
    an_buf_addc(b, '\n');
}

long export_gdelt(an_store *s, const query_filter *f, int header, FILE *out) {
    sqlite3_stmt *st = store_query_clusters(s, head, " ORDER BY c.id", f);
    if (!st) return -1;
    an_buf b;
    an_buf_init(&b);
    for (int i = 0; header && gdelt_columns[i]; i++) { fputs(gdelt_columns[i], out); fputc(gdelt_columns[i + 1] ? '\t' : '\n', out); }
    long rows = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        an_buf_clear(&b);
        row(&b, st);
        fputs(b.p, out);
        rows++;
    }
    an_buf_free(&b);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? rows : store_fail(s, "exporting GDELT rows");
}
