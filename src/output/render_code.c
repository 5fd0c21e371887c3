/* One `annals code` record: {"id", "date", "text"} in, {"id", "events"} out.
 * It lives in the library, not the command, so that the fuzz target
 * (fuzz/fuzz_code.c) runs exactly what the command runs. */
#include "../core/date.h"
#include "../core/json.h"
#include "../pipeline/engine.h"
#include "render.h"
#include <stdio.h>
#include <string.h>

/* The record's date as YYYY-MM-DD in buf, or NULL when it has none. */
static const char *record_date(const char *line, const json_field *f, an_textmap *tm, char *buf, size_t n) {
    an_date d;
    if (!f || f->type != JV_STRING) return NULL;
    tm_clear(tm);
    if (json_decode_string(line, f, 0, tm) || !date_parse_field(tm->p ? tm->p : "", &d)) return NULL;
    snprintf(buf, n, "%04d-%02d-%02d", d.y, d.m, d.d);
    return buf;
}

/* The record's id, echoed: a number as written, a string re-encoded (the
 * reader tolerates raw control characters in strings; the output may not
 * carry a raw newline), anything else as null. */
static void add_id(an_buf *b, const char *line, const json_field *id) {
    an_textmap tm;
    if (id && id->type == JV_NUMBER) { an_buf_add(b, line + id->start, id->end - id->start); return; }
    if (!id || id->type != JV_STRING) { an_buf_adds(b, "null"); return; }
    tm_init(&tm);
    if (json_decode_string(line, id, 0, &tm)) an_buf_adds(b, "null");
    else json_add_str(b, tm.p ? tm.p : "", tm.n);
    tm_free(&tm);
}

static void add_events(an_buf *b, const char *line, const json_field *id, const an_doc *d) {
    an_buf_adds(b, "{\"id\":");
    add_id(b, line, id);
    an_buf_adds(b, ",\"events\":[");
    size_t empty = b->n;
    for (int i = 0; d && i < an_doc_count(d); i++) {
        an_buf ev;
        an_buf_init(&ev);
        render_events_json(&ev, an_doc_article(d, i));
        if (ev.n > 2) {                            /* "[...]" minus the brackets */
            if (b->n > empty) an_buf_addc(b, ',');
            an_buf_add(b, ev.p + 1, ev.n - 2);
        }
        an_buf_free(&ev);
    }
    an_buf_adds(b, "]}\n");
}

int render_code_record(const an_engine *e, const char *path, const char *line, size_t len, an_buf *out,
                       an_warn_fn warn, void *ud, char *err, size_t errlen) {
    json_record rec;
    if (json_parse_record(line, len, &rec, err, errlen)) return -1;
    const json_field *text = json_get(&rec, line, "text"), *id = json_get(&rec, line, "id");
    if (!text || text->type != JV_STRING) { snprintf(err, errlen, "no \"text\" string"); return -1; }
    an_textmap tm, dm;
    tm_init(&tm);
    tm_init(&dm);
    char date[16];
    an_engine view;
    const an_engine *dated = engine_dated_view(e, record_date(line, json_get(&rec, line, "date"), &dm, date, sizeof date), &view);
    an_doc *d = NULL;
    int rc = 0;
    if (json_decode_string(line, text, 0, &tm)) { snprintf(err, errlen, "bad escape in \"text\""); rc = 1; }
    else if (!(d = an_doc_process(dated, path, tm.p ? tm.p : "", tm.n, 0, AN_KIND_TEXT, warn, ud, err, errlen))) rc = 1;
    add_events(out, line, id, d);
    an_doc_free(d);
    tm_free(&tm);
    tm_free(&dm);
    return rc;
}
