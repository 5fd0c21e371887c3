/* From classified lines to articles.
 *
 * An article is a run of prose lines. It starts at the first prose line after
 * a boundary (page start, an end marker such as "Related Articles", or a
 * header cluster such as "2 hours ago" / "- Outlet") and collects its
 * metadata from the few lines above it (the header zone) and the markers
 * below it ("Published in Dawn, April 12th, 2025", "© Thomson Reuters").
 * After the first article, a prose block must be long enough to be a story:
 * teaser lists ("Latest from World") are short or truncated and are dropped. */
#include "ingest.h"
#include "meta.h"
#include "../core/date.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MIN_LATER_ARTICLE_WORDS 80
#define HEADER_SCAN_LINES 15

typedef struct body_line { int line; uint32_t cut_start, cut_end; } body_line;

typedef struct build {
    int header_from, first_body;
    body_line *body; int nbody, cap;
    int ended;
    const char *title, *outlet, *wire, *dateline;
    char published[40];
    name_list authors;
} build;

static void body_add(build *b, int line, uint32_t len) {
    if (b->nbody == b->cap) {
        b->cap = b->cap ? b->cap * 2 : 32;
        b->body = realloc(b->body, (size_t)b->cap * sizeof *b->body);
        if (!b->body) abort();
    }
    b->body[b->nbody++] = (body_line){ line, 0, len };
}

static int block_words(const an_page *pg, int i) {
    int w = 0;
    for (; i < pg->nlines; i++) {
        int t = pg->lines[i].type;
        if (t == LT_END || t == LT_TIMEAGO || t == LT_SOURCE || t == LT_DATE) break;
        if (t == LT_PROSE) {
            const char *s = line_text(pg, &pg->lines[i]);
            uint32_t n = line_len(&pg->lines[i]);
            /* teasers are cut off mid-sentence */
            int truncated = (n >= 3 && !strncmp(s + n - 3, "...", 3)) || (n >= 3 && !strncmp(s + n - 3, "\xE2\x80\xA6", 3));
            if (!truncated) w += pg->lines[i].words;
        }
    }
    return w;
}

static void set_published(build *b, const char *s, size_t n) {
    an_date d;
    if (b->published[0] || !date_find(s, n, &d)) return;
    date_format(&d, b->published, sizeof b->published);
}

/* "Baltic Ledger·", "Washington Post |": a site or origin label. */
static int ends_with_source_mark(const char *s, size_t n) {
    while (n && s[n - 1] == ' ') n--;
    if (n >= 2 && (unsigned char)s[n - 2] == 0xC2 && (unsigned char)s[n - 1] == 0xB7) return 1;
    return n && s[n - 1] == '|';
}

static const char *strip_source_mark(an_arena *a, const char *s, size_t n) {
    while (n && (s[n - 1] == ' ' || s[n - 1] == '|')) n--;
    if (n >= 2 && (unsigned char)s[n - 2] == 0xC2 && (unsigned char)s[n - 1] == 0xB7) n -= 2;
    while (n && s[n - 1] == ' ') n--;
    return an_arena_strndup(a, s, n);
}

/* Metadata lines above the first body line, read bottom-up. */
static void scan_header(an_page *pg, const an_outlets *o, build *b, int lo, int hi) {
    int seen = 0, title_at = -1;
    an_date upd = { 0 };
    for (int i = hi; i >= lo && seen < HEADER_SCAN_LINES; i--) {
        an_line *l = &pg->lines[i];
        const char *s = line_text(pg, l);
        size_t n = line_len(l);
        if (l->type == LT_BLANK) continue;
        seen++;
        if (l->type == LT_PROSE || l->type == LT_END) break;
        if (l->type == LT_DATE) {
            /* "Published 12 Mar" beats "Updated 13 Mar", whatever the order */
            int updated = ci_starts(s, n, "updated") || ci_starts(s, n, "last updated") || ci_starts(s, n, "modified");
            if (updated) { if (!upd.y) date_find(s, n, &upd); }
            else set_published(b, s, n);
            continue;
        }
        if (l->type == LT_TIMEAGO) continue;
        if (l->type == LT_SOURCE) { if (!b->outlet) b->outlet = outlets_match(o, s, n); if (!b->outlet) b->outlet = an_arena_strndup(pg->arena, s + 2, n - 2); continue; }
        if (l->type == LT_OUTLET) {
            const char *c = outlets_match(o, s, n);
            if (title_at < 0) { if (!b->wire) b->wire = c; }      /* under the title: the story's origin */
            else if (!b->outlet) b->outlet = c;                   /* above it: the site */
            continue;
        }
        if (l->type != LT_SHORT) continue;
        if (ci_starts(s, n, "by ")) {                      /* a byline is never the title */
            size_t k = b->authors.n ? 0 : meta_byline(pg->arena, s, n, &b->authors);
            if (k && k < n && !b->wire) b->wire = outlets_match(o, s + k, n - k);   /* "By X | Reuters" */
            continue;
        }
        if (title_at < 0 && ends_with_source_mark(s, n)) {   /* "Washington Post·" under the title */
            if (!b->wire) b->wire = strip_source_mark(pg->arena, s, n);
            continue;
        }
        if (title_at < 0 && !b->authors.n && meta_author_line(pg->arena, s, n, &b->authors)) continue;
        if (title_at < 0 && l->words >= 3) {
            b->title = an_arena_strndup(pg->arena, s, n);
            title_at = i;
            if (seen > 1 && (l->flags & LF_H1)) break;
        }
    }
    if (!b->published[0] && upd.y) date_format(&upd, b->published, sizeof b->published);
    /* An HTML page's h1 beats any other candidate. */
    for (int i = lo; i <= hi; i++)
        if ((pg->lines[i].flags & LF_H1) && pg->lines[i].words >= 2) {
            b->title = an_arena_strndup(pg->arena, line_text(pg, &pg->lines[i]), line_len(&pg->lines[i]));
            break;
        }
}

/* "Published in Dawn, April 12th, 2025", "© Thomson Reuters 2025" */
static void read_end_line(an_page *pg, const an_outlets *o, build *b, const an_line *l) {
    const char *s = line_text(pg, l);
    size_t n = line_len(l);
    if (ci_starts(s, n, "published in ")) {
        const char *comma = memchr(s, ',', n);
        size_t k = comma ? (size_t)(comma - s) : n;
        if (!b->outlet && k > 13) {
            const char *c = outlets_match(o, s + 13, k - 13);
            b->outlet = c ? c : an_arena_strndup(pg->arena, s + 13, k - 13);
        }
        set_published(b, s, n);
        return;
    }
    if (!b->wire) b->wire = outlets_find(o, s, n);
}

/* Byline and caption inside the first paragraph, dateline and date prefix. */
static void read_first_para(an_page *pg, const an_outlets *o, build *b) {
    (void)o;
    body_line *bl = &b->body[0];
    const an_line *l = &pg->lines[bl->line];
    const char *s = line_text(pg, l);
    uint32_t n = line_len(l);
    char iso[40];
    size_t k = meta_date_prefix(s, n, iso, sizeof iso);
    if (k) { if (!b->published[0]) snprintf(b->published, sizeof b->published, "%s", iso); bl->cut_start = (uint32_t)k; }
    /* "By NAME and NAME" within the first ~80 words: what precedes it is a caption */
    uint32_t words = 0;
    for (uint32_t i = bl->cut_start; i < n && words < 80; i++) {
        if (s[i] == ' ') { words++; continue; }
        int at_start = i == bl->cut_start || (i >= 2 && s[i - 1] == ' ' && (s[i - 2] == '.' || s[i - 2] == ':'));
        if (!at_start || (s[i] != 'B' && s[i] != 'b')) continue;
        name_list nl;
        size_t bk = meta_byline(pg->arena, s + i, n - i, &nl);
        if (bk && i + bk < n) {
            if (!b->authors.n) b->authors = nl;
            bl->cut_start = i + (uint32_t)bk;
            break;
        }
    }
    const char *place, *wire;
    k = meta_dateline(pg->arena, s + bl->cut_start, n - bl->cut_start, &place, &wire);
    /* "Kyiv (AFP) -" only with a known wire: "Senator Smith (R) -" is no dateline */
    if (k && has_lower(place, strlen(place)) && !(wire && outlets_match(o, wire, strlen(wire)))) k = 0;
    if (k) {
        b->dateline = place;
        /* "(AP)" names a wire; "(YEN PER KILO)" after a table heading does not */
        if (wire && !b->wire) b->wire = outlets_match(o, wire, strlen(wire));
        bl->cut_start += (uint32_t)k;
    }
}

static void read_credits(an_page *pg, const an_outlets *o, const phrase_set *credits, build *b) {
    for (int i = 0; i < b->nbody; i++) {
        body_line *bl = &b->body[i];
        const an_line *l = &pg->lines[bl->line];
        const char *s = line_text(pg, l);
        size_t cut = meta_credit_start(s + bl->cut_start, bl->cut_end - bl->cut_start, credits) + bl->cut_start;
        if (cut < bl->cut_end) {
            if (!b->wire) b->wire = outlets_find(o, s + cut, bl->cut_end - cut);
            bl->cut_end = (uint32_t)cut;
        }
    }
    /* "Marc Champion is a Bloomberg Opinion columnist covering ..." */
    if (b->nbody > 1) {
        body_line *bl = &b->body[b->nbody - 1];
        const an_line *l = &pg->lines[bl->line];
        const char *author, *org;
        if (meta_bio(pg->arena, o, line_text(pg, l) + bl->cut_start, bl->cut_end - bl->cut_start, &author, &org)) {
            if (!b->authors.n) { b->authors.names[0] = author; b->authors.n = 1; }
            if (!b->wire && org) b->wire = org;
            b->nbody--;
        }
    }
}

static const char *page_outlet(an_page *pg, const an_outlets *o) {
    if (pg->outlet) {
        const char *c = outlets_match(o, pg->outlet, strlen(pg->outlet));
        return c ? c : pg->outlet;
    }
    int first = -1;
    for (int i = 0; i < pg->nlines && first < 0; i++) if (pg->lines[i].type != LT_BLANK) first = i;
    if (first < 0) return NULL;
    const an_line *l = &pg->lines[first];
    const char *s = line_text(pg, l);
    if (l->type == LT_OUTLET) return outlets_match(o, s, line_len(l));
    /* a short name that opens the page and returns in its footer is the site */
    if (l->words > 4 || !is_upper_word_start(s, line_len(l)) || l->type == LT_PROSE) return NULL;
    for (int i = first + 1; i < pg->nlines; i++) {
        const an_line *m = &pg->lines[i];
        if (i > first + 20 && line_len(m) == line_len(l) && !memcmp(line_text(pg, m), s, line_len(l)))
            return an_arena_strndup(pg->arena, s, line_len(l));
    }
    return NULL;
}

static void emit(an_page *pg, build *b, an_ingest_out *out, const char *site, const char *default_date) {
    if (!b->nbody) return;
    int idx = out->n;
    out->articles = realloc(out->articles, (size_t)(idx + 1) * sizeof *out->articles);
    out->bodies = realloc(out->bodies, (size_t)(idx + 1) * sizeof *out->bodies);
    if (!out->articles || !out->bodies) abort();
    an_article *a = &out->articles[idx];
    memset(a, 0, sizeof *a);
    an_textmap *tm = calloc(1, sizeof *tm);
    if (!tm) abort();
    out->bodies[idx] = tm;
    out->n++;
    a->doc = pg->path;
    a->record = pg->record;
    a->id = pg->id;
    a->url = pg->url;
    a->index = idx;
    a->paras = an_arena_alloc(pg->arena, (size_t)b->nbody * sizeof *a->paras);
    for (int i = 0; i < b->nbody; i++) {
        const an_line *l = &pg->lines[b->body[i].line];
        uint32_t from = l->start + b->body[i].cut_start, to = l->start + b->body[i].cut_end;
        while (from < to && pg->text.p[from] == ' ') from++;
        while (to > from && pg->text.p[to - 1] == ' ') to--;
        if (from >= to) continue;
        if (tm->n) tm_append_synthetic(tm, "\n\n", 2);
        an_para *p = &a->paras[a->nparas++];
        p->start = tm->n;
        tm_append_range(tm, &pg->text, from, to);
        p->end = tm->n;
        p->in_start = tm_map(&pg->text, from);
        p->in_end = tm_map(&pg->text, to - 1) + 1;
    }
    a->body = tm->p ? tm->p : "";
    a->body_len = tm->n;
    a->internal = tm;
    a->title = b->title;
    if (idx == 0 && pg->title) a->title = pg->title;
    a->outlet = b->outlet ? b->outlet : site;
    a->wire = b->wire;
    a->dateline = b->dateline;
    if (idx == 0 && pg->date) {
        an_date d;
        if (date_parse_field(pg->date, &d)) { date_format(&d, b->published, sizeof b->published); }
    }
    if (!b->published[0] && default_date) snprintf(b->published, sizeof b->published, "%s", default_date);
    a->published = b->published[0] ? an_arena_strdup(pg->arena, b->published) : NULL;
    if (idx == 0 && pg->author && !b->authors.n) { b->authors.names[0] = pg->author; b->authors.n = 1; }
    a->nauthors = b->authors.n;
    a->authors = an_arena_alloc(pg->arena, (size_t)(b->authors.n + 1) * sizeof *a->authors);
    for (int i = 0; i < b->authors.n; i++) a->authors[i] = b->authors.names[i];
}

static void finish(an_page *pg, const an_outlets *o, const ingest_phrases *ph, build *b, an_ingest_out *out,
                   const char *site, const char *dd) {
    if (!b->nbody) return;
    scan_header(pg, o, b, b->header_from, b->first_body - 1);
    read_first_para(pg, o, b);
    read_credits(pg, o, &ph->credits, b);
    emit(pg, b, out, site, dd);
}

static void reset(build *b, int header_from) {
    body_line *keep = b->body;
    int cap = b->cap;
    memset(b, 0, sizeof *b);
    b->body = keep;
    b->cap = cap;
    b->header_from = header_from;
}

void ingest_phrases_init(ingest_phrases *ph) {
    lines_phrases(ph);
    meta_credit_phrases(&ph->credits);
}

void ingest_page(an_page *pg, const an_outlets *o, const ingest_phrases *ph, const char *default_date,
                 an_ingest_out *out) {
    lines_classify(pg, o, ph);
    const char *site = page_outlet(pg, o);
    build b;
    memset(&b, 0, sizeof b);
    int have = 0, boundary = 0;
    for (int i = 0; i < pg->nlines; i++) {
        an_line *l = &pg->lines[i];
        int t = l->type;
        /* In a one-article container, short lines (tables, subheads, a bare
         * dateline) are body text once the article has begun or before it. */
        if (pg->single && (t == LT_SHORT || t == LT_MENU || t == LT_TIMEAGO || t == LT_SOURCE || t == LT_DATE)
            && !(have && b.ended))
            t = LT_PROSE;
        switch (t) {
        case LT_PROSE:
            if (have && !b.ended) { body_add(&b, i, line_len(l)); break; }
            if (have && block_words(pg, i) < MIN_LATER_ARTICLE_WORDS) break;   /* a teaser */
            if (have) finish(pg, o, ph, &b, out, site, default_date);
            reset(&b, boundary);
            b.first_body = i;
            body_add(&b, i, line_len(l));
            have = 1;
            break;
        case LT_END:
            if (have && !b.ended) read_end_line(pg, o, &b, l);
            b.ended = 1;
            boundary = i + 1;
            break;
        case LT_OUTLET:          /* a sign-off ("Reuter") under the story names its wire */
            if (have && !b.ended && !b.wire) {
                const char *c = outlets_match(o, line_text(pg, l), line_len(l));
                if (outlets_is_wire(o, c)) b.wire = c;       /* not the next story's site name */
            }
            break;
        case LT_TIMEAGO: case LT_SOURCE: case LT_DATE:
            if (have && b.nbody) { b.ended = 1; if (boundary <= b.body[b.nbody - 1].line) boundary = i; }
            break;
        default:
            break;
        }
    }
    if (have) finish(pg, o, ph, &b, out, site, default_date);
    if (!out->n) {
        /* No prose at all: keep every line rather than lose the text. */
        reset(&b, 0);
        for (int i = 0; i < pg->nlines; i++)
            if (pg->lines[i].type != LT_BLANK) body_add(&b, i, line_len(&pg->lines[i]));
        if (b.nbody) { b.first_body = b.body[0].line; emit(pg, &b, out, site, default_date); }
    }
    free(b.body);
}

void ingest_free_bodies(an_ingest_out *out) {
    for (int i = 0; i < out->n; i++) { tm_free(out->bodies[i]); free(out->bodies[i]); }
    free(out->bodies);
    free(out->articles);
    out->bodies = NULL;
    out->articles = NULL;
    out->n = 0;
}
