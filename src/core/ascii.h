/* ASCII character classes and case folding, without <ctype.h>.
 *
 * The tokenizers and word tables test every byte of every body; the ctype
 * functions go through the locale's table and an extra call, and the
 * expression forms ("c >= 'a' && c <= 'z' || ...") cost several compares
 * and branches. One const table answers every class with one load. Bytes
 * from 0x80 up have no class here: callers decide about UTF-8 themselves. */
#ifndef AN_ASCII_H
#define AN_ASCII_H
#include <stdint.h>

enum {
    AN_ASC_LOWER = 1,   /* a-z */
    AN_ASC_UPPER = 2,   /* A-Z */
    AN_ASC_DIGIT = 4,   /* 0-9 */
    AN_ASC_SPACE = 8,   /* space, \t \n \v \f \r */
    AN_ASC_ALPHA = AN_ASC_LOWER | AN_ASC_UPPER,
    AN_ASC_ALNUM = AN_ASC_ALPHA | AN_ASC_DIGIT,
};

extern const uint8_t an_ascii_class[256];

static inline int an_ascii_is(unsigned char c, int classes) { return an_ascii_class[c] & classes; }

static inline unsigned char an_ascii_lower(unsigned char c) {
    return (unsigned char)(c + ((an_ascii_class[c] & AN_ASC_UPPER) << 4));   /* +32 for A-Z */
}

static inline unsigned char an_ascii_upper(unsigned char c) {
    return (unsigned char)(c - ((an_ascii_class[c] & AN_ASC_LOWER) << 5));   /* -32 for a-z */
}

#endif
