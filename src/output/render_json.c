/* The JSON Lines contract of `annals extract` (see docs/output.md). Fields
 * may be added; none may be renamed: other tools read them. */
#include "../../include/annals.h"
#include "../core/buf.h"
#include "../core/json.h"
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
    key(b, "start"); an_buf_printf(b, "%llu", (unsigned long long)q->start);
    key(b, "end"); an_buf_printf(b, "%llu", (unsigned long long)q->end);
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
    quotes_json(&b, a, "quotes", 0);
    quotes_json(&b, a, "reported", 1);
    an_buf_addc(&b, '}');
    return b.p;
}
