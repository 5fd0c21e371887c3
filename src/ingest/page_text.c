/* Plain text pages.
 *
 * Scraped pages come with one paragraph per line. Wire archives (Reuters,
 * FBIS) come hard-wrapped at ~70 columns, with paragraphs marked by an indent
 * or a blank line. We detect the second layout and join the wrapped lines back
 * into paragraphs, so that later stages never see a sentence cut in two. */
#include "page.h"
#include <stdlib.h>
#include <string.h>

typedef struct { uint32_t a, b, indent; } phys;

static uint32_t indent_of(const char *d, uint32_t a, uint32_t b) {
    uint32_t k = 0;
    while (a + k < b && (d[a + k] == ' ' || d[a + k] == '\t')) k++;
    return k;
}

static int ends_sentence(const char *d, uint32_t a, uint32_t b) {
    while (b > a && (d[b - 1] == ' ' || d[b - 1] == '\r' || d[b - 1] == '\t')) b--;
    if (b == a) return 0;
    char c = d[b - 1];
    return c == '.' || c == '?' || c == '!' || c == '"' || c == ':' || (unsigned char)c == 0x9D /* ” */;
}

/* Hard-wrapped: most lines that run on into a next line are 40-90 bytes long
 * and do not end a sentence. The last line of a paragraph is naturally short,
 * so only lines followed by another line of text count. Scraped
 * one-paragraph-per-line text fails both tests (long lines, sentence ends). */
static int is_hard_wrapped(const char *d, const phys *ls, int n) {
    int runs_on = 0, midlen = 0, open = 0;
    for (int i = 0; i + 1 < n; i++) {
        uint32_t len = ls[i].b - ls[i].a, next = ls[i + 1].b - ls[i + 1].a;
        if (len == ls[i].indent || next == ls[i + 1].indent) continue;
        runs_on++;
        if (len >= 40 && len <= 90) midlen++;
        if (!ends_sentence(d, ls[i].a, ls[i].b)) open++;
    }
    return runs_on >= 2 && midlen * 10 >= runs_on * 6 && open * 10 >= runs_on * 5;
}

static void add_range(an_page *pg, const char *d, uint32_t a, uint32_t b,
                      const an_textmap *src, uint64_t base) {
    if (src) tm_append_range(&pg->text, src, a, b);
    else tm_append(&pg->text, d + a, b - a, base + a);
}

/* Join physical lines [from, to) into one logical line, a space between them. */
static void add_joined(an_page *pg, const char *d, const phys *ls, int from, int to,
                       const an_textmap *src, uint64_t base, uint32_t flags) {
    if (to - from == 1) {
        page_add_line(pg, d, ls[from].a, ls[from].b, src, base, flags);
        return;
    }
    /* Build through page_add_line on the first piece, then extend it. */
    page_add_line(pg, d, ls[from].a, ls[from].b, src, base, flags);
    an_line *l = &pg->lines[pg->nlines - 1];
    pg->text.n = l->end;                   /* drop the '\n' just written */
    for (int i = from + 1; i < to; i++) {
        uint32_t a = ls[i].a + ls[i].indent, b = ls[i].b;
        while (b > a && (d[b - 1] == ' ' || d[b - 1] == '\r' || d[b - 1] == '\t')) b--;
        if (a >= b) continue;
        tm_append_synthetic(&pg->text, " ", 1);
        add_range(pg, d, a, b, src, base);
        uint16_t w = 1;
        for (uint32_t k = a; k + 1 < b; k++) if (d[k] == ' ' && d[k + 1] != ' ') w++;
        l->words = (uint16_t)(l->words + w < UINT16_MAX ? l->words + w : UINT16_MAX);
    }
    l->end = pg->text.n;
    pg->text.p[pg->text.n] = 0;
    /* the anchor list may hold a synthetic "\n" anchor past l->end; drop it */
    while (pg->text.na && pg->text.a[pg->text.na - 1].pos > l->end) pg->text.na--;
    tm_append_synthetic(&pg->text, "\n", 1);
}

void page_from_text(an_page *pg, const char *d, uint32_t len, const an_textmap *src, uint64_t base) {
    int cap = 256, n = 0;
    phys *ls = malloc((size_t)cap * sizeof *ls);
    if (!ls) abort();
    uint32_t a = 0;
    while (a < len) {
        const char *nl = memchr(d + a, '\n', len - a);
        uint32_t b = nl ? (uint32_t)(nl - d) : len;
        if (n == cap) { cap *= 2; ls = realloc(ls, (size_t)cap * sizeof *ls); if (!ls) abort(); }
        ls[n++] = (phys){ a, b, indent_of(d, a, b) };
        a = b + 1;
    }
    if (!is_hard_wrapped(d, ls, n)) {
        for (int i = 0; i < n; i++)
            page_add_line(pg, d, ls[i].a, ls[i].b, src, base, ls[i].indent >= 2 ? LF_INDENT : 0);
        free(ls);
        return;
    }
    /* A paragraph ends at a blank line, before an indented line (when the
     * text indents its paragraphs), or after a short line that ends a sentence. */
    int i = 0;
    while (i < n) {
        if (ls[i].b - ls[i].a == ls[i].indent) { page_add_blank(pg); i++; continue; }
        int j = i + 1;
        while (j < n && ls[j].b - ls[j].a != ls[j].indent && ls[j].indent == 0) {
            uint32_t plen = ls[j - 1].b - ls[j - 1].a;
            if (plen < 40 && ends_sentence(d, ls[j - 1].a, ls[j - 1].b)) break;
            j++;
        }
        add_joined(pg, d, ls, i, j, src, base, ls[i].indent ? LF_INDENT : 0);
        i = j;
    }
    free(ls);
}
