/* Short loads: up to eight bytes of a string as one little-endian word.
 *
 * Copying n bytes into a word on the stack compiles to n byte stores, and
 * the load of the word that follows waits for all of them (the stores cannot
 * be forwarded to one wider load): in the dictionary lookups that run for
 * every word of every article, that wait was the largest single cost. Two
 * loads that may overlap (their common bytes agree) give the same word
 * without reading past s + n. */
#ifndef AN_LOAD_H
#define AN_LOAD_H
#include <stdint.h>
#include <string.h>

static inline uint64_t an_load_u32(const char *s) { uint32_t v; memcpy(&v, s, 4); return v; }
static inline uint64_t an_load_u16(const char *s) { uint16_t v; memcpy(&v, s, 2); return v; }

/* s[0, min(n, 8)) as a word with byte k of s in bits 8k..8k+7, zero above. */
static inline uint64_t an_load_short(const char *s, size_t n) {
#if __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
    uint64_t x = 0;
    for (size_t k = 0; k < n && k < 8; k++) x |= (uint64_t)(unsigned char)s[k] << (8 * k);
    return x;
#else
    if (n >= 8) { uint64_t v; memcpy(&v, s, 8); return v; }
    if (n >= 4) return an_load_u32(s) | an_load_u32(s + n - 4) << (8 * (n - 4));
    if (n >= 2) return an_load_u16(s) | an_load_u16(s + n - 2) << (8 * (n - 2));
    return n ? (unsigned char)s[0] : 0;
#endif
}

#endif
