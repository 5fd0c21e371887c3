/* A page: one unit of raw input (a text or HTML file, a chunk of a large text
 * file, or one JSONL record) turned into logical lines.
 *
 * A logical line is a paragraph-sized unit: a line of a scraped text page, a
 * hard-wrapped paragraph joined back together, or an HTML block element. Every
 * later decision in ingest (furniture, article boundaries, metadata) is made
 * per logical line. */
#ifndef AN_PAGE_H
#define AN_PAGE_H
#include "../../include/annals.h"
#include "../core/arena.h"
#include "../core/textmap.h"

enum {
    LF_BULLET  = 1 << 0,   /* list item / bullet in the source */
    LF_NAV     = 1 << 1,   /* inside nav, header, footer, aside, menu */
    LF_H1      = 1 << 2,   /* the page's main heading */
    LF_HEADING = 1 << 3,   /* h2-h6 */
    LF_LINKY   = 1 << 4,   /* mostly link text */
    LF_CAPTION = 1 << 5,   /* figure caption */
    LF_INDENT  = 1 << 6,   /* started with indentation in a text page */
    LF_PARA    = 1 << 7,   /* an HTML <p> */
};

/* What a line is, decided by lines.c. */
typedef enum {
    LT_BLANK = 0, LT_PROSE, LT_SHORT, LT_FURNITURE, LT_MENU, LT_END, LT_DATE,
    LT_TIMEAGO, LT_SOURCE, LT_AUTHORS, LT_WIRE, LT_OUTLET
} an_line_type;

typedef struct an_line {
    uint32_t start, end;        /* in page->text, without the newline */
    uint32_t flags;
    uint16_t words;
    uint8_t type;               /* an_line_type */
    uint8_t used;               /* taken as metadata by an article */
} an_line;

typedef struct an_page {
    const char *path;
    uint64_t record;            /* JSONL line number or 0 */
    an_textmap text;            /* logical lines, each ended by '\n' */
    an_line *lines; int nlines, cap;
    /* Hints from the container: JSONL fields or HTML meta tags. */
    const char *title, *date, *outlet, *url, *id, *author;
    /* The container says this page is one article (a JSONL record): short
     * lines such as tables stay in the body, and only an explicit end marker
     * ("Related Articles", "©") can close it. */
    int single;
    an_arena *arena;
} an_page;

void page_init(an_page *pg, an_arena *arena, const char *path);
void page_free(an_page *pg);
/* Add one logical line from [a, b) of data; src maps data offsets to input
 * offsets (NULL: data starts at input offset base). Leading and trailing
 * white space is dropped and inner runs of white space are kept as they are. */
void page_add_line(an_page *pg, const char *data, uint32_t a, uint32_t b,
                   const an_textmap *src, uint64_t base, uint32_t flags);
void page_add_blank(an_page *pg);
/* Words of s[0, n): runs of bytes that are not white space or control. */
uint32_t page_count_words(const char *s, uint32_t n);
/* A page with no text yet has no buffer: its (empty) lines read as "". */
static inline const char *line_text(const an_page *pg, const an_line *l) { return pg->text.p ? pg->text.p + l->start : ""; }
static inline uint32_t line_len(const an_line *l) { return l->end - l->start; }

/* Builders. */
void page_from_text(an_page *pg, const char *data, uint32_t len, const an_textmap *src, uint64_t base);
int  page_from_html(an_page *pg, const char *data, uint32_t len, const an_textmap *src, uint64_t base);
/* A JSONL record: text or html field plus title/date/url/outlet/id hints.
 * Returns -1 with err set if the record is not a JSON object. */
int  page_from_record(an_page *pg, const char *line, uint32_t len, uint64_t base,
                      char *err, size_t errlen);

#endif
