/* Text with provenance.
 *
 * Later stages work on clean text (an article body, a decoded JSON string),
 * which is not a byte-for-byte slice of the input: lines are joined, escapes
 * decoded, furniture removed. An an_textmap is that text plus sorted anchors
 * mapping text positions back to input byte offsets, so any span of the clean
 * text can be reported as offsets into the file it came from. */
#ifndef AN_TEXTMAP_H
#define AN_TEXTMAP_H
#include <stddef.h>
#include <stdint.h>

typedef struct an_anchor {
    uint32_t pos;        /* position in the text */
    uint64_t in;         /* input byte offset of that position */
    uint32_t synthetic;  /* 1: text from here was inserted by annals (separators) */
} an_anchor;

typedef struct an_textmap {
    char *p; uint32_t n, cap;
    an_anchor *a; uint32_t na, acap;
} an_textmap;

void tm_init(an_textmap *t);
void tm_free(an_textmap *t);
void tm_clear(an_textmap *t);
/* Append n bytes copied from the input at offset `in`. */
void tm_append(an_textmap *t, const char *s, uint32_t n, uint64_t in);
/* Append n bytes decoded from in_len input bytes at `in` (an entity, an
 * escape): when the text is longer than its source, its extra bytes map to
 * the source's last byte, so that no position maps past the source. */
void tm_append_src(an_textmap *t, const char *s, uint32_t n, uint64_t in, uint32_t in_len);
/* Append bytes that do not come from the input (a paragraph break). They map
 * to the input offset just after the previous real text. */
void tm_append_synthetic(an_textmap *t, const char *s, uint32_t n);
/* Append a range [from, to) of another textmap, carrying its anchors along. */
void tm_append_range(an_textmap *t, const an_textmap *src, uint32_t from, uint32_t to);
/* Input offset of text position pos (pos == n maps to the end of the last run). */
uint64_t tm_map(const an_textmap *t, uint32_t pos);

#endif
