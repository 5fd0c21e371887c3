/* JSONL records: {"text" or "html": ..., "title", "date"/"published", "url",
 * "outlet"/"source", "id"}. The text is decoded with an anchor per escape, so
 * offsets point into the JSONL file itself. */
#include "page.h"
#include "../core/json.h"
#include <stdio.h>
#include <string.h>

static const char *field_str(an_page *pg, const char *line, const json_record *r, const char *const *keys) {
    for (int k = 0; keys[k]; k++) {
        const json_field *f = json_get(r, line, keys[k]);
        if (!f || f->type != JV_STRING) continue;
        an_textmap tm;
        tm_init(&tm);
        const char *s = NULL;
        if (!json_decode_string(line, f, 0, &tm) && tm.n) s = an_arena_strndup(pg->arena, tm.p, tm.n);
        tm_free(&tm);
        if (s) return s;
    }
    return NULL;
}

static int looks_html(const char *p, uint32_t n) {
    uint32_t lim = n < 2048 ? n : 2048;
    for (uint32_t i = 0; i + 2 < lim; i++)
        if (p[i] == '<' && (p[i + 1] == 'p' || p[i + 1] == 'd' || p[i + 1] == 'h' || p[i + 1] == '!'
                            || p[i + 1] == 'b' || p[i + 1] == 'a' || p[i + 1] == 's') ) {
            for (uint32_t j = i + 1; j < lim && j < i + 40; j++) if (p[j] == '>') return 1;
        }
    return 0;
}

int page_from_record(an_page *pg, const char *line, uint32_t len, uint64_t base, char *err, size_t errlen) {
    json_record r;
    if (json_parse_record(line, len, &r, err, errlen)) return -1;
    static const char *const k_title[] = { "title", "headline", NULL };
    static const char *const k_date[] = { "published", "date", "datePublished", "publish_date", "pubdate", NULL };
    static const char *const k_url[] = { "url", "link", NULL };
    static const char *const k_outlet[] = { "outlet", "source", "site", "publisher", NULL };
    static const char *const k_id[] = { "id", "doc_id", "uuid", NULL };
    static const char *const k_author[] = { "author", "authors", "byline", NULL };
    pg->title = field_str(pg, line, &r, k_title);
    pg->date = field_str(pg, line, &r, k_date);
    pg->url = field_str(pg, line, &r, k_url);
    pg->outlet = field_str(pg, line, &r, k_outlet);
    pg->id = field_str(pg, line, &r, k_id);
    pg->author = field_str(pg, line, &r, k_author);
    pg->single = 1;
    const json_field *f = NULL;
    int html = 0;
    static const char *const k_text[] = { "text", "body", "content", "full_text", "article", NULL };
    for (int k = 0; k_text[k] && !f; k++) {
        f = json_get(&r, line, k_text[k]);
        if (f && f->type != JV_STRING) f = NULL;
    }
    if (!f) { f = json_get(&r, line, "html"); html = 1; if (f && f->type != JV_STRING) f = NULL; }
    if (!f) {
        snprintf(err, errlen, "record has no text or html string field");
        return -1;
    }
    an_textmap tm;
    tm_init(&tm);
    if (json_decode_string(line, f, base, &tm)) {
        tm_free(&tm);
        snprintf(err, errlen, "malformed escape in the text field");
        return -1;
    }
    if (html || looks_html(tm.p ? tm.p : "", tm.n)) page_from_html(pg, tm.p ? tm.p : "", tm.n, &tm, 0);
    else page_from_text(pg, tm.p ? tm.p : "", tm.n, &tm, 0);
    tm_free(&tm);
    return 0;
}
