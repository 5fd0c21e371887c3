/* One document through the stages: ingest, then (as they are built) analyse,
 * resolve and extract. Everything lives in the document's arena. */
#include "engine.h"
#include "../core/utf8.h"
#include "../extract/quotes.h"
#include "../extract/events.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct an_doc {
    an_arena arena;
    an_ingest_out out;
    char *repaired;              /* a repaired copy of invalid UTF-8 input */
    const char *path;
    const char *input;           /* the caller's raw bytes, valid until an_doc_free */
    size_t input_len;
    uint64_t base;
};

an_kind an_detect_kind(const char *p, size_t n) {
    size_t i = 0;
    if (n >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3)) i = 3;
    while (i < n && (p[i] == ' ' || p[i] == '\n' || p[i] == '\r' || p[i] == '\t')) i++;
    if (i < n && p[i] == '{') return AN_KIND_JSONL;
    if (i < n && p[i] == '<') {
        size_t lim = n - i < 4096 ? n - i : 4096;
        static const char *const tags[] = { "<html", "<!doctype", "<head", "<body", "<div", "<p>", "<p ", "<article",
                                            "<meta", "<title", "<!--", "<section", "<span", NULL };
        for (int k = 0; tags[k]; k++) {
            size_t tl = strlen(tags[k]);
            for (size_t j = i; j + tl <= i + lim; j++)
                if (!strncasecmp(p + j, tags[k], tl)) return AN_KIND_HTML;
        }
    }
    return AN_KIND_TEXT;
}


/* Where to stop analysing a body longer than limit: the last paragraph end
 * below it, else the last sentence end, else the limit itself (on a
 * character boundary). */
static uint32_t analysis_cut(const an_article *a, uint32_t limit) {
    if (a->body_len <= limit) return a->body_len;
    uint32_t cut = 0;
    for (int i = 0; i < a->nparas && a->paras[i].end <= limit; i++) cut = a->paras[i].end;
    if (cut) return cut;
    for (uint32_t k = limit; k > limit / 2; k--)
        if (a->body[k - 1] == '.' && a->body[k] == ' ') return k;
    while (limit && ((unsigned char)a->body[limit] & 0xC0) == 0x80) limit--;
    return limit;
}

/* analyse -> resolve -> extract for one article. An article over the
 * analysis limit keeps its whole body in the output, but only its first part
 * is analysed: the analysis costs some 50 bytes of memory per byte of text,
 * and memory per document must stay bounded whatever the input. */
static void run_stages(const an_engine *e, an_doc *d, an_article *a, an_warn_fn warn, void *ud) {
    if (e->opt.last_stage < AN_STAGE_ANALYSE) return;
    uint32_t full = a->body_len, cut = analysis_cut(a, (uint32_t)e->opt.max_article_bytes);
    int nparas = a->nparas;
    an_para straddle = { 0 };
    if (cut < full) {
        if (warn) {
            char msg[200];
            snprintf(msg, sizeof msg, "article %d of %u bytes: only its first %u bytes analysed (--max-article-size)",
                     a->index, full, cut);
            warn(ud, a->doc, a->nparas ? a->paras[0].in_start : 0, msg);
        }
        int k = 0;
        while (k < a->nparas && a->paras[k].end <= cut) k++;
        if (k < a->nparas && a->paras[k].start < cut) { straddle = a->paras[k]; a->paras[k].end = cut; k++; }
        a->nparas = k;
        a->body_len = cut;
    }
    if (e->lexicon) a->analysis = an_analyse(e->lexicon, &d->arena, a->body, a->body_len, a->paras, a->nparas);
    if (e->actors && e->opt.last_stage >= AN_STAGE_RESOLVE) resolve_article(e->actors, a, &d->arena);
    if (e->opt.last_stage >= AN_STAGE_EXTRACT) {
        quotes_extract(e->quote_words, a, &d->arena);
        if (e->actors) events_extract(&e->coder, a, &d->arena);    /* needs the analysis and the actors */
    }
    if (straddle.end) a->paras[a->nparas - 1] = straddle;
    a->nparas = nparas;
    a->body_len = full;
}

an_doc *an_doc_process(const an_engine *e, const char *path, const char *data, size_t len,
                       uint64_t base, an_kind kind, an_warn_fn warn, void *ud, char *err, size_t errlen) {
    size_t raw_len = len;        /* before any cut: the store hashes what was read */
    if (looks_binary(data, len)) {
        snprintf(err, errlen, "binary data, not text, HTML or JSONL");
        return NULL;
    }
    if (len > e->opt.max_doc_bytes) {
        if (warn) {
            char msg[160];
            snprintf(msg, sizeof msg, "document of %zu bytes cut to the limit of %zu bytes (--max-doc-size)", len, e->opt.max_doc_bytes);
            warn(ud, path, base, msg);
        }
        len = e->opt.max_doc_bytes;
        while (len && ((unsigned char)data[len] & 0xC0) == 0x80) len--;      /* not inside a character */
    }
    if (len > UINT32_MAX / 2) len = UINT32_MAX / 2;
    an_doc *d = calloc(1, sizeof *d);
    if (!d) { snprintf(err, errlen, "out of memory"); return NULL; }
    d->input = data;
    d->input_len = raw_len;
    d->base = base;
    an_arena_init(&d->arena, 64 * 1024);
    char *copy = malloc(len + 1);
    if (!copy) { free(d); snprintf(err, errlen, "out of memory"); return NULL; }
    memcpy(copy, data, len);
    copy[len] = 0;
    size_t bad = utf8_repair(copy, len);
    if (bad && warn) {
        char msg[120];
        snprintf(msg, sizeof msg, "%zu bytes of invalid UTF-8 replaced by '?'", bad);
        warn(ud, path, base, msg);
    }
    d->repaired = copy;
    if (kind == AN_KIND_AUTO) kind = an_detect_kind(copy, len);
    an_page pg;
    d->path = an_arena_strdup(&d->arena, path);
    page_init(&pg, &d->arena, d->path);
    if (kind == AN_KIND_JSONL) {
        char perr[200];
        if (page_from_record(&pg, copy, (uint32_t)len, base, perr, sizeof perr)) {
            snprintf(err, errlen, "malformed JSONL record: %s", perr);
            page_free(&pg);
            an_doc_free(d);
            return NULL;
        }
    } else if (kind == AN_KIND_HTML) {
        page_from_html(&pg, copy, (uint32_t)len, NULL, base);
    } else {
        page_from_text(&pg, copy, (uint32_t)len, NULL, base);
    }
    ingest_page(&pg, e->outlets, e->phrases, e->opt.default_date, &d->out);
    page_free(&pg);
    free(d->repaired);
    d->repaired = NULL;
    for (int i = 0; i < d->out.n; i++) run_stages(e, d, &d->out.articles[i], warn, ud);
    return d;
}

const char *an_doc_input(const an_doc *d, size_t *len, uint64_t *base) {
    if (len) *len = d ? d->input_len : 0;
    if (base) *base = d ? d->base : 0;
    return d ? d->input : NULL;
}

const char *an_doc_path(const an_doc *d) { return d ? d->path : NULL; }

int an_doc_count(const an_doc *d) { return d ? d->out.n : 0; }

const an_article *an_doc_article(const an_doc *d, int i) {
    return d && i >= 0 && i < d->out.n ? &d->out.articles[i] : NULL;
}

void an_doc_free(an_doc *d) {
    if (!d) return;
    ingest_free_bodies(&d->out);
    free(d->repaired);
    an_arena_free(&d->arena);
    free(d);
}

uint64_t an_body_offset(const an_article *a, uint32_t pos) {
    return tm_map((const an_textmap *)a->internal, pos);
}
