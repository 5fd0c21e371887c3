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

/* Bit 7 of each byte of x set where the byte is white space by is_space():
 * at most 0x20, or 0x7F; bytes from 0x80 never are. No byte borrows from or
 * carries into its neighbour: 0xA0 - b stays positive for b < 0x80, and
 * y + 0x7F stays below 0x100 for y < 0x80. */
static uint64_t space_bits(uint64_t x) {
    const uint64_t high = 0x8080808080808080ull, low7 = x & ~high;
    uint64_t le20 = (0xA0A0A0A0A0A0A0A0ull - low7) & high;
    uint64_t is7f = ~((low7 ^ 0x7F7F7F7F7F7F7F7Full) + 0x7F7F7F7F7F7F7F7Full) & high;
    return (le20 | is7f) & ~x;
}

/* The number of bytes of x with bit 7 set, x having no other bits. Moved to
 * bit 0, the bytes are 0 or 1 and the multiply sums them into the top byte;
 * __builtin_popcountll is a library call unless the build targets a CPU with
 * the instruction, and it was called for every 8 bytes of every page. */
static uint32_t high_bits(uint64_t x) {
    return (uint32_t)(((x >> 7) * 0x0101010101010101ull) >> 56);
}

/* Words of s[0, n): runs of bytes that are not white space. Eight bytes at a
 * time, a word starting where a byte that is not space follows one that is:
 * every line of every page is counted, and a byte at a time it was one of the
 * larger costs of reading a page. */
uint32_t page_count_words(const char *s, uint32_t n) {
    uint32_t words = 0, i = 0;
    uint64_t before = 0x80;                       /* bit 7: the byte before s was space */
    for (; __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && i + 8 <= n; i += 8) {
        uint64_t x;
        memcpy(&x, s + i, 8);                     /* byte k of s + i is byte k of x */
        uint64_t sp = space_bits(x);
        words += high_bits(~sp & (sp << 8 | before) & 0x8080808080808080ull);
        before = sp >> 56;
    }
    int in = !before;
    for (; i < n; i++) {
        int sp = is_space((unsigned char)s[i]);
        words += !sp && !in;
        in = !sp;
    }
    return words;
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
    uint32_t w = page_count_words(pg->text.p + l->start, l->end - l->start);
    l->words = (uint16_t)(w < UINT16_MAX ? w : UINT16_MAX);
    tm_append_synthetic(&pg->text, "\n", 1);
}

void page_add_blank(an_page *pg) {
    /* Consecutive blanks carry no more information than one. */
    if (pg->nlines && pg->lines[pg->nlines - 1].type == LT_BLANK && line_len(&pg->lines[pg->nlines - 1]) == 0) return;
    an_line *l = new_line(pg);
    l->start = l->end = pg->text.n;
    l->type = LT_BLANK;
}
