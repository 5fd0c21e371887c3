/* HTML pages, through gumbo (an HTML5 parser that recovers from any input).
 *
 * Block elements become logical lines; text inside nav, header, footer and
 * aside is kept but flagged, so that the same furniture rules serve text and
 * HTML pages. Text nodes are anchored to their bytes in the source, entity by
 * entity, so offsets stay exact. */
#include "page.h"
#include "../core/utf8.h"
#include <gumbo.h>
#include <string.h>
#include <stdio.h>
#include <strings.h>

typedef struct {
    an_page *pg;
    const char *data;
    const an_textmap *src;
    uint64_t base;
    an_textmap line;          /* the line being built, anchored to data offsets */
    uint32_t line_flags;
    uint32_t link_bytes;
    int pending_space;
} hctx;

static uint64_t map_off(const hctx *c, uint32_t off) {
    return c->src ? tm_map(c->src, off) : c->base + off;
}

static void flush_line(hctx *c) {
    if (c->line.n) {
        /* The line textmap already maps to input offsets; copy it over. */
        int linky = c->link_bytes * 10 > c->line.n * 6;
        page_add_line(c->pg, c->line.p, 0, c->line.n, &c->line, 0,
                      c->line_flags | (linky ? LF_LINKY : 0));
    }
    tm_clear(&c->line);
    c->line_flags = 0;
    c->link_bytes = 0;
    c->pending_space = 0;
}

static int is_ws(unsigned char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f'; }

/* Append decoded text d (dn bytes) whose source is o (on bytes at data offset
 * off). Runs of white space collapse to one space; entities are aligned so each
 * decoded character maps to the entity's first byte. */
static void add_text(hctx *c, const char *d, size_t dn, const char *o, size_t on, uint32_t off, int in_link) {
    size_t i = 0, j = 0;
    uint32_t before = c->line.n;
    while (j < dn) {
        if (is_ws((unsigned char)d[j])) {
            while (j < dn && is_ws((unsigned char)d[j])) j++;
            while (i < on && is_ws((unsigned char)o[i])) i++;
            c->pending_space = 1;
            continue;
        }
        if (c->pending_space && c->line.n) tm_append(&c->line, " ", 1, map_off(c, off + (uint32_t)i));
        c->pending_space = 0;
        if (i < on && o[i] == d[j] && o[i] != '&') {
            size_t k = 0;
            while (j + k < dn && i + k < on && o[i + k] == d[j + k] && o[i + k] != '&' && !is_ws((unsigned char)d[j + k])) k++;
            tm_append(&c->line, d + j, (uint32_t)k, map_off(c, off + (uint32_t)i));
            i += k; j += k;
            continue;
        }
        /* An entity (or a character gumbo replaced): one decoded character. */
        uint32_t cp;
        int k = utf8_decode((const unsigned char *)d + j, dn - j, &cp);
        if (k <= 0) k = 1;
        tm_append(&c->line, d + j, (uint32_t)k, map_off(c, off + (uint32_t)(i < on ? i : on)));
        j += (size_t)k;
        if (i < on && o[i] == '&') {
            size_t e = i + 1;
            while (e < on && e < i + 40 && o[e] != ';' && o[e] != '&' && !is_ws((unsigned char)o[e])) e++;
            i = (e < on && o[e] == ';') ? e + 1 : e;
        } else if (i < on) i++;
    }
    if (in_link) c->link_bytes += c->line.n - before;
}

static int is_block(GumboTag t) {
    switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_BR: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_PRE: case GUMBO_TAG_HR:
    case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_DL: case GUMBO_TAG_MAIN: case GUMBO_TAG_TITLE:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_CAPTION: case GUMBO_TAG_BODY: case GUMBO_TAG_TIME:
        return 1;
    default:
        return 0;
    }
}

static int is_skipped(GumboTag t) {
    return t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_NOSCRIPT || t == GUMBO_TAG_TEMPLATE
        || t == GUMBO_TAG_SVG || t == GUMBO_TAG_IFRAME || t == GUMBO_TAG_FORM || t == GUMBO_TAG_BUTTON
        || t == GUMBO_TAG_SELECT || t == GUMBO_TAG_OPTION || t == GUMBO_TAG_HEAD || t == GUMBO_TAG_TEXTAREA
        || t == GUMBO_TAG_MATH || t == GUMBO_TAG_OBJECT || t == GUMBO_TAG_CANVAS;
}

static uint32_t flags_of(GumboTag t) {
    switch (t) {
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_MENU:
        return LF_NAV;
    case GUMBO_TAG_H1: return LF_H1;
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: return LF_HEADING;
    case GUMBO_TAG_LI: return LF_BULLET;
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_CAPTION: return LF_CAPTION;
    case GUMBO_TAG_P: return LF_PARA;
    default: return 0;
    }
}

/* class/id names that mark page furniture on most news sites */
static int furniture_attr(const GumboElement *el) {
    static const char *const words[] = { "nav", "menu", "footer", "sidebar", "share", "social", "related",
        "newsletter", "subscribe", "advert", "promo", "cookie", "comment", "breadcrumb", "masthead", NULL };
    const char *names[] = { "class", "id", "role" };
    for (int k = 0; k < 3; k++) {
        GumboAttribute *a = gumbo_get_attribute(&el->attributes, names[k]);
        if (!a) continue;
        for (int w = 0; words[w]; w++)
            if (strcasestr(a->value, words[w])) return 1;
    }
    return 0;
}

static void walk(hctx *c, const GumboNode *n, uint32_t flags, int in_link, int depth) {
    if (depth > 400) return;                 /* pathological nesting */
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
        const GumboText *t = &n->v.text;
        if (!t->original_text.data || t->original_text.data < c->data) return;
        if (!c->line.n) c->line_flags = flags;
        add_text(c, t->text, strlen(t->text), t->original_text.data, t->original_text.length,
                 (uint32_t)(t->original_text.data - c->data), in_link);
        return;
    }
    if (n->type != GUMBO_NODE_ELEMENT) return;
    const GumboElement *el = &n->v.element;
    if (is_skipped(el->tag)) return;
    int block = is_block(el->tag);
    uint32_t f = flags | flags_of(el->tag) | (furniture_attr(el) ? LF_NAV : 0);
    if (el->tag == GUMBO_TAG_P || el->tag == GUMBO_TAG_LI) f &= ~(uint32_t)(LF_PARA | LF_BULLET), f |= flags_of(el->tag);
    if (block) flush_line(c);
    int link = in_link || el->tag == GUMBO_TAG_A;
    for (unsigned i = 0; i < el->children.length; i++)
        walk(c, el->children.data[i], f, link, depth + 1);
    if (block) flush_line(c);
}

static const char *attr(const GumboNode *n, const char *name) {
    GumboAttribute *a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? a->value : NULL;
}

/* The string value after "key": in a JSON-LD block, searched not parsed:
 * sites nest these objects in many shapes, and the first value of each key
 * is the article's own in practice. */
static const char *ld_value(an_arena *a, const char *js, const char *key) {
    char pat[64];
    snprintf(pat, sizeof pat, "\"%s\"", key);
    const char *p = strstr(js, pat);
    if (!p) return NULL;
    p += strlen(pat);
    while (*p == ' ' || *p == ':' || *p == '\n' || *p == '\t' || *p == '\r') p++;
    if (*p != '"') return NULL;
    const char *e = ++p;
    while (*e && *e != '"') e += (*e == '\\' && e[1]) ? 2 : 1;
    return e > p && e - p < 1000 ? an_arena_strndup(a, p, (size_t)(e - p)) : NULL;
}

static void read_json_ld(an_page *pg, const GumboNode *script) {
    const char *type = NULL;
    GumboAttribute *t = gumbo_get_attribute(&script->v.element.attributes, "type");
    if (t) type = t->value;
    if (!type || !strstr(type, "ld+json") || !script->v.element.children.length) return;
    const GumboNode *c = script->v.element.children.data[0];
    if (c->type != GUMBO_NODE_TEXT) return;
    const char *js = c->v.text.text;
    if (!pg->date) pg->date = ld_value(pg->arena, js, "datePublished");
    if (!pg->title) pg->title = ld_value(pg->arena, js, "headline");
    const char *author = strstr(js, "\"author\"");
    if (!pg->author && author) pg->author = ld_value(pg->arena, author, "name");
    const char *pub = strstr(js, "\"publisher\"");
    if (!pg->outlet && pub) pg->outlet = ld_value(pg->arena, pub, "name");
}

/* <meta> tags and <title>: the page's own statement of its metadata. */
static void read_meta(an_page *pg, const GumboNode *n, int depth) {
    if (n->type != GUMBO_NODE_ELEMENT || depth > 400) return;
    const GumboElement *el = &n->v.element;
    if (el->tag == GUMBO_TAG_META) {
        const char *key = attr(n, "property");
        if (!key) key = attr(n, "name");
        if (!key) key = attr(n, "itemprop");
        const char *val = attr(n, "content");
        if (key && val && *val) {
            const char **slot = NULL;
            if (!strcasecmp(key, "og:title") || !strcasecmp(key, "twitter:title")) slot = &pg->title;
            else if (!strcasecmp(key, "og:site_name")) slot = &pg->outlet;
            else if (!strcasecmp(key, "og:url")) slot = &pg->url;
            else if (!strcasecmp(key, "author") || !strcasecmp(key, "article:author")) slot = &pg->author;
            else if (!strcasecmp(key, "article:published_time") || !strcasecmp(key, "datePublished")
                     || !strcasecmp(key, "date") || !strcasecmp(key, "pubdate") || !strcasecmp(key, "dc.date")
                     || !strcasecmp(key, "publish-date") || !strcasecmp(key, "sailthru.date")) slot = &pg->date;
            if (slot && !*slot) *slot = an_arena_strdup(pg->arena, val);
        }
    }
    if (el->tag == GUMBO_TAG_SCRIPT) read_json_ld(pg, n);
    if (el->tag == GUMBO_TAG_TIME && !pg->date) {
        const char *dt = attr(n, "datetime");
        if (dt && *dt) pg->date = an_arena_strdup(pg->arena, dt);
    }
    for (unsigned i = 0; i < el->children.length; i++) read_meta(pg, el->children.data[i], depth + 1);
}

int page_from_html(an_page *pg, const char *data, uint32_t len, const an_textmap *src, uint64_t base) {
    GumboOptions opt = kGumboDefaultOptions;
    opt.max_errors = 0;          /* we do not use the error list; keep it empty */
    GumboOutput *out = gumbo_parse_with_options(&opt, data, len);
    if (!out) return -1;
    hctx c = { .pg = pg, .data = data, .src = src, .base = base };
    tm_init(&c.line);
    read_meta(pg, out->root, 0);
    walk(&c, out->root, 0, 0, 0);
    flush_line(&c);
    tm_free(&c.line);
    gumbo_destroy_output(&kGumboDefaultOptions, out);
    return 0;
}
