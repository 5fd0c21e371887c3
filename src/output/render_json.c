/* The JSON Lines contract of `annals extract` (see docs/output.md). Fields
 * may be added; none may be renamed: other tools read them. */
#include "../../include/annals.h"
#include "../core/buf.h"
#include "../core/json.h"
#include <math.h>
#include <stdio.h>

static void key(an_buf *b, const char *k) {
    an_buf_addc(b, ',');
    json_add_strz(b, k);
    an_buf_addc(b, ':');
}

/* [[start, end], ...]: input offsets */
static void add_mentions(an_buf *b, const an_mention *m, int n) {
    an_buf_addc(b, '[');
    for (int j = 0; j < n; j++)
        an_buf_printf(b, "%s[%llu,%llu]", j ? "," : "", (unsigned long long)m[j].start, (unsigned long long)m[j].end);
    an_buf_addc(b, ']');
}

/* "actors": [{"name", "code", "country", "sector", "role", "learned",
 *             "mentions": [[start, end], ...]}]  (input offsets) */
static void add_actors(an_buf *b, const an_article *a) {
    an_buf_addc(b, '[');
    for (int i = 0; i < a->nactors; i++) {
        const an_actor *x = &a->actors[i];
        an_buf_adds(b, i ? ",{\"name\":" : "{\"name\":");
        json_add_strz(b, x->name);
        key(b, "code"); json_add_strz(b, x->code);
        key(b, "country"); json_add_strz(b, x->country);
        key(b, "sector"); json_add_strz(b, x->sector);
        key(b, "role"); json_add_strz(b, x->role);
        key(b, "learned"); an_buf_adds(b, x->learned ? "true" : "false");
        key(b, "mentions"); add_mentions(b, x->mentions, x->nmentions);
        an_buf_addc(b, '}');
    }
    an_buf_addc(b, ']');
}

static void add_coord(an_buf *b, double v) {
    if (isnan(v)) an_buf_adds(b, "null");
    else an_buf_printf(b, "%.4f", v);
}

/* "places": [{"name", "country", "lat", "lon", "mentions": [[start, end], ...]}] */
static void add_places(an_buf *b, const an_article *a) {
    an_buf_addc(b, '[');
    for (int i = 0; i < a->nplaces; i++) {
        const an_place *p = &a->places[i];
        an_buf_adds(b, i ? ",{\"name\":" : "{\"name\":");
        json_add_strz(b, p->name);
        key(b, "country"); json_add_strz(b, p->country);
        key(b, "lat"); add_coord(b, p->lat);
        key(b, "lon"); add_coord(b, p->lon);
        key(b, "mentions"); add_mentions(b, p->mentions, p->nmentions);
        an_buf_addc(b, '}');
    }
    an_buf_addc(b, ']');
}

char *an_article_json(const an_article *a) {
    an_buf b;
    an_buf_init(&b);
    an_buf_adds(&b, "{\"doc\":");
    json_add_strz(&b, a->doc);
    if (a->record) { key(&b, "record"); an_buf_printf(&b, "%llu", (unsigned long long)a->record); }
    if (a->id) { key(&b, "id"); json_add_strz(&b, a->id); }
    key(&b, "article"); an_buf_printf(&b, "%d", a->index);
    key(&b, "title"); json_add_strz(&b, a->title);
    key(&b, "outlet"); json_add_strz(&b, a->outlet);
    key(&b, "wire"); json_add_strz(&b, a->wire);
    key(&b, "authors"); an_buf_addc(&b, '[');
    for (int i = 0; i < a->nauthors; i++) { if (i) an_buf_addc(&b, ','); json_add_strz(&b, a->authors[i]); }
    an_buf_addc(&b, ']');
    key(&b, "published"); json_add_strz(&b, a->published);
    key(&b, "dateline"); json_add_strz(&b, a->dateline);
    if (a->url) { key(&b, "url"); json_add_strz(&b, a->url); }
    key(&b, "body"); json_add_str(&b, a->body, a->body_len);
    key(&b, "paragraphs"); an_buf_addc(&b, '[');
    for (int i = 0; i < a->nparas; i++)
        an_buf_printf(&b, "%s[%llu,%llu]", i ? "," : "", (unsigned long long)a->paras[i].in_start,
                      (unsigned long long)a->paras[i].in_end);
    an_buf_addc(&b, ']');
    key(&b, "actors"); add_actors(&b, a);
    key(&b, "places"); add_places(&b, a);
    an_buf_addc(&b, '}');
    return b.p;
}
