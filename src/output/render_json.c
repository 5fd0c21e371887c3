/* The JSON Lines contract of `annals extract` (see docs/output.md). Fields
 * may be added; none may be renamed: other tools read them. */
#include "../../include/annals.h"
#include "../core/buf.h"
#include "../core/json.h"
#include "render.h"
#include <math.h>
#include <stdio.h>

static void key(an_buf *b, const char *k) {
    an_buf_addc(b, ',');
    json_add_strz(b, k);
    an_buf_addc(b, ':');
}

static const char *const quote_kinds[] = { "direct", "partial", "block", "indirect" };

static void quote_json(an_buf *b, const an_quote *q) {
    an_buf_adds(b, "{\"speaker\":");
    json_add_strz(b, q->speaker);
    key(b, "speaker_code"); json_add_strz(b, q->speaker_code);
    key(b, "text"); json_add_strz(b, q->text);
    key(b, "kind"); json_add_strz(b, quote_kinds[q->kind]);
    key(b, "start"); an_buf_addu(b, q->start);
    key(b, "end"); an_buf_addu(b, q->end);
    key(b, "cue"); json_add_strz(b, q->cue);
    key(b, "addressee"); json_add_strz(b, q->addressee);
    an_buf_addc(b, '}');
}

/* "quotes" holds quotations (direct, partial, block); reported speech
 * (kind "indirect") goes to "reported", so that readers of "quotes" get only
 * words the speaker actually said. */
static void quotes_json(an_buf *b, const an_article *a, const char *name, int indirect) {
    key(b, name);
    an_buf_addc(b, '[');
    int n = 0;
    for (int i = 0; i < a->nquotes; i++) {
        if ((a->quotes[i].kind == AN_QUOTE_INDIRECT) != indirect) continue;
        if (n++) an_buf_addc(b, ',');
        quote_json(b, &a->quotes[i]);
    }
    an_buf_addc(b, ']');
}

static const char *mode_name(an_mode m) {
    static const char *const names[] = { "asserted", "intended", "threatened", "hypothetical", "reported" };
    return (unsigned)m < sizeof names / sizeof *names ? names[m] : "asserted";
}

static void num(an_buf *b, const char *k, double v) {
    key(b, k);
    if (isfinite(v)) an_buf_printf(b, "%g", v);
    else an_buf_adds(b, "null");
}

static void event_json(an_buf *b, const an_article *a, const an_event *e) {
    an_buf_adds(b, "{\"source\":");
    json_add_strz(b, e->source);
    key(b, "target"); json_add_strz(b, e->target);
    key(b, "source_name"); json_add_strz(b, e->source_name);
    key(b, "target_name"); json_add_strz(b, e->target_name);
    key(b, "cameo"); json_add_strz(b, e->cameo);
    key(b, "plover"); json_add_strz(b, e->plover);
    num(b, "goldstein", e->goldstein);
    key(b, "quad"); an_buf_addi(b, e->quad);
    key(b, "date"); json_add_strz(b, e->date);
    key(b, "date_precision"); json_add_strz(b, e->date_precision);
    key(b, "place"); json_add_strz(b, e->place);
    key(b, "negated"); an_buf_adds(b, e->negated ? "true" : "false");
    key(b, "mode"); json_add_strz(b, mode_name(e->mode));
    num(b, "confidence", e->confidence);
    key(b, "text");
    if (a->body && e->sent_end > e->sent_start && e->sent_end <= a->body_len)
        json_add_str(b, a->body + e->sent_start, e->sent_end - e->sent_start);
    else an_buf_adds(b, "null");
    key(b, "start"); an_buf_addu(b, e->start);
    key(b, "end"); an_buf_addu(b, e->end);
    an_buf_addc(b, '}');
}

void render_events_json(an_buf *b, const an_article *a) {
    an_buf_addc(b, '[');
    for (int i = 0; i < a->nevents; i++) {
        if (i) an_buf_addc(b, ',');
        event_json(b, a, &a->events[i]);
    }
    an_buf_addc(b, ']');
}

/* [start,end], after a comma unless it is the first of its list */
static void add_range(an_buf *b, int first, uint64_t start, uint64_t end) {
    if (!first) an_buf_addc(b, ',');
    an_buf_addc(b, '[');
    an_buf_addu(b, start);
    an_buf_addc(b, ',');
    an_buf_addu(b, end);
    an_buf_addc(b, ']');
}

/* [[start, end], ...]: input offsets */
static void add_mentions(an_buf *b, const an_mention *m, int n) {
    an_buf_addc(b, '[');
    for (int j = 0; j < n; j++) add_range(b, !j, m[j].start, m[j].end);
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

void render_article_json(an_buf *b, const an_article *a) {
    an_buf_adds(b, "{\"doc\":");
    json_add_strz(b, a->doc);
    if (a->record) { key(b, "record"); an_buf_addu(b, a->record); }
    if (a->id) { key(b, "id"); json_add_strz(b, a->id); }
    key(b, "article"); an_buf_addi(b, a->index);
    key(b, "title"); json_add_strz(b, a->title);
    key(b, "outlet"); json_add_strz(b, a->outlet);
    key(b, "wire"); json_add_strz(b, a->wire);
    key(b, "authors"); an_buf_addc(b, '[');
    for (int i = 0; i < a->nauthors; i++) { if (i) an_buf_addc(b, ','); json_add_strz(b, a->authors[i]); }
    an_buf_addc(b, ']');
    key(b, "published"); json_add_strz(b, a->published);
    key(b, "dateline"); json_add_strz(b, a->dateline);
    if (a->url) { key(b, "url"); json_add_strz(b, a->url); }
    key(b, "body"); json_add_str(b, a->body, a->body_len);
    key(b, "paragraphs"); an_buf_addc(b, '[');
    for (int i = 0; i < a->nparas; i++) add_range(b, !i, a->paras[i].in_start, a->paras[i].in_end);
    an_buf_addc(b, ']');
    quotes_json(b, a, "quotes", 0);
    quotes_json(b, a, "reported", 1);
    key(b, "events"); render_events_json(b, a);
    key(b, "actors"); add_actors(b, a);
    key(b, "places"); add_places(b, a);
    an_buf_addc(b, '}');
}

char *an_article_json(const an_article *a) {
    an_buf b;
    an_buf_init(&b);
    render_article_json(&b, a);
    return b.p;
}
