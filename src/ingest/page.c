#include "page.h"
#include <stdlib.h>
#include <string.h>

void page_init(an_page *pg, an_arena *arena, const char *path) {
    memset(pg, 0, sizeof *pg);
    tm_init(&pg->text);
    pg->arena = arena;
    pg->path = path;
}

void page_free(an_page *pg) {
    tm_free(&pg->text);
    free(pg->lines);
    pg->lines = NULL;
}

static an_line *new_line(an_page *pg) {
    if (pg->nlines == pg->cap) {
        pg->cap = pg->cap ? pg->cap * 2 : 64;
        an_line *l = realloc(pg->lines, (size_t)pg->cap * sizeof *l);
        if (!l) abort();
        pg->lines = l;
    }
    an_line *l = &pg->lines[pg->nlines++];
    memset(l, 0, sizeof *l);
    return l;
}

/* Control characters (SGML leftovers such as \x03 in wire archives) count as
 * white space at the ends of a line. */
static int is_space(unsigned char c) { return c <= ' ' || c == 0x7f; }

/* U+00A0 no-break space and U+3000 ideographic space count as white space at
 * the ends of a line. */
static uint32_t skip_ws_fwd(const char *d, uint32_t a, uint32_t b) {
    for (;;) {
        if (a < b && is_space((unsigned char)d[a])) a++;
        else if (a + 1 < b && (unsigned char)d[a] == 0xC2 && (unsigned char)d[a + 1] == 0xA0) a += 2;
        else return a;
    }
}

static uint32_t skip_ws_back(const char *d, uint32_t a, uint32_t b) {
    for (;;) {
        if (b > a && is_space((unsigned char)d[b - 1])) b--;
        else if (b >= a + 2 && (unsigned char)d[b - 2] == 0xC2 && (unsigned char)d[b - 1] == 0xA0) b -= 2;
        else return b;
    }
}

void page_add_line(an_page *pg, const char *data, uint32_t a, uint32_t b,
                   const an_textmap *src, uint64_t base, uint32_t flags) {
    a = skip_ws_fwd(data, a, b);
    b = skip_ws_back(data, a, b);
    if (a >= b) { page_add_blank(pg); return; }
    an_line *l = new_line(pg);
    l->start = pg->text.n;
    if (src) tm_append_range(&pg->text, src, a, b);
    else tm_append(&pg->text, data + a, b - a, base + a);
    l->end = pg->text.n;
    l->flags = flags;
    uint16_t w = 0;
    int in = 0;
    for (uint32_t i = l->start; i < l->end; i++) {
        int sp = is_space((unsigned char)pg->text.p[i]);
        if (!sp && !in) { if (w < UINT16_MAX) w++; }
        in = !sp;
    }
    l->words = w;
    tm_append_synthetic(&pg->text, "\n", 1);
}

void page_add_blank(an_page *pg) {
    /* Consecutive blanks carry no more information than one. */
    if (pg->nlines && pg->lines[pg->nlines - 1].type == LT_BLANK && line_len(&pg->lines[pg->nlines - 1]) == 0) return;
    an_line *l = new_line(pg);
    l->start = l->end = pg->text.n;
    l->type = LT_BLANK;
}
