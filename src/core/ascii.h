/* ASCII character classes and case folding, without <ctype.h>.
 *
 * The tokenizers and word tables test every byte of every body; the ctype
 * functions go through the locale's table and an extra call, and the
 * expression forms ("c >= 'a' && c <= 'z' || ...") cost several compares
 * and branches. One const table answers every class with one load. Bytes
 * from 0x80 up have no class here: callers decide about UTF-8 themselves. */
#ifndef AN_ASCII_H
#define AN_ASCII_H
#include <stddef.h>
#include <stdint.h>
#include <string.h>

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

/* Case folding is arithmetic, not a table load: compilers make it a
 * compare and a conditional move, the cheapest form in hashing loops. */
static inline unsigned char an_ascii_lower(unsigned char c) {
    return (unsigned char)(c - 'A') < 26 ? (unsigned char)(c + 32) : c;
}

static inline unsigned char an_ascii_upper(unsigned char c) {
    return (unsigned char)(c - 'a') < 26 ? (unsigned char)(c - 32) : c;
}

/* Is t[0, n) the lower-case word `lower`, ignoring ASCII case? One pass that
 * stops at the first difference (no strlen first): the tokenizers' "is this
 * word 'said'?" tests run several times a word. */
static inline int an_ascii_span_is(const char *t, size_t n, const char *lower) {
    size_t k = 0;
    for (; lower[k]; k++)
        if (k == n || an_ascii_lower((unsigned char)t[k]) != (unsigned char)lower[k]) return 0;
    return k == n;
}

/* Bit 7 of each byte of x set where the byte is not an ASCII letter or
 * digit. Bytes are tested as 7-bit values plus the offset that carries one
 * past a bound into bit 7; no byte carries into the next (v + 0x80 - lo
 * stays within 0 .. 0xFE). */
static inline uint64_t an_ascii_not_alnum8(uint64_t x) {
    const uint64_t ones = 0x0101010101010101ull, high = ones * 0x80;
    uint64_t v = x & ~high, l = v | ones * 0x20;                /* l: letters folded to lower case */
#define AN_GE_(y, lo) (((y) + ones * (0x80u - (lo))) & high)
    uint64_t letter = AN_GE_(l, 'a') & ~AN_GE_(l, 'z' + 1), digit = AN_GE_(v, '0') & ~AN_GE_(v, '9' + 1);
#undef AN_GE_
    return ~((letter | digit) & ~x) & high;
}

/* The end of the run of ASCII letters and digits at s[i] (i if there is
 * none), before `end`. Eight bytes at a time: a word's end is found with one
 * well-predicted test, where a byte at a time its last test mispredicted
 * for nearly every word. */
static inline size_t an_ascii_alnum_end(const char *s, size_t i, size_t end) {
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    for (; i + 8 <= end; i += 8) {
        uint64_t x;
        memcpy(&x, s + i, 8);
        uint64_t stop = an_ascii_not_alnum8(x);
        if (stop) return i + (size_t)__builtin_ctzll(stop) / 8;
    }
#endif
    while (i < end && an_ascii_is((unsigned char)s[i], AN_ASC_ALNUM)) i++;
    return i;
}

#endif
