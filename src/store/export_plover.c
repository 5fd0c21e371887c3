/* PLOVER-style JSON: one object per event cluster, one per line, with the
 * fields of plover_fields in that order (docs/store.md). PLOVER's own event
 * types are the `plover` codes the extract stage assigns; CAMEO stays beside
 * them for users who map differently. */
#include "store.h"

const char *const plover_fields[] = {
    "event_id", "event_date", "event_type", "event_mode", "event_text", "cameo_code", "quad_class",
    "goldstein", "source_actor", "source_code", "source_country", "target_actor", "target_code",
    "target_country", "location", "latitude", "longitude", "num_mentions", "num_sources", "num_articles",
    "first_seen", "last_seen", "publication", "story_date", "url", "version", NULL
};

/* Column aliases are the field names: the generic JSON printer writes them. */
static const char *const head =
    "SELECT c.id AS event_id, c.date AS event_date, c.plover AS event_type,"
    " r.mode AS event_mode, r.text AS event_text, c.cameo AS cameo_code, c.quad AS quad_class,"
    " c.goldstein AS goldstein, c.source_name AS source_actor, c.source AS source_code,"
    " CASE WHEN substr(c.source, 1, 3) IN ('IGO', 'NGO', 'NGM', 'MNC', 'UIS') THEN NULL ELSE substr(c.source, 1, 3) END"
    "   AS source_country,"
    " c.target_name AS target_actor, c.target AS target_code,"
    " CASE WHEN substr(c.target, 1, 3) IN ('IGO', 'NGO', 'NGM', 'MNC', 'UIS') THEN NULL ELSE substr(c.target, 1, 3) END"
    "   AS target_country,"
    " c.place AS location, c.lat AS latitude, c.lon AS longitude,"
    " c.num_mentions, c.num_sources, c.num_articles, c.first_seen, c.last_seen,"
    " src.name AS publication, substr(a.published, 1, 10) AS story_date, coalesce(a.url, d.path) AS url,"
    " 'annals " ANNALS_VERSION "' AS version"
    " FROM clusters c"
    " JOIN events r ON r.id = (SELECT min(e.id) FROM events e JOIN articles x ON x.id = e.article_id"
    "   WHERE e.cluster_id = c.id AND x.dup_of IS NULL)"
    " JOIN articles a ON a.id = r.article_id JOIN documents d ON d.id = a.document_id"
    " LEFT JOIN sources src ON src.id = a.source_id"
    " WHERE c.num_articles > 0";

long export_plover(an_store *s, const query_filter *f, FILE *out) {
    sqlite3_stmt *st = store_query_clusters(s, head, " ORDER BY c.id", f);
    if (!st) return -1;
    long rows = store_print(s, st, OUT_JSON, 0, out);
    sqlite3_finalize(st);
    return rows;
}
