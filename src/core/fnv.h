/* FNV-1a, the hash of the program's string tables (lexicon, actor phrases,
 * pattern keys). Incremental: a key's hash can be continued over more bytes,
 * which the resolver uses to extend a phrase one word at a time. */
#ifndef AN_FNV_H
#define AN_FNV_H
#include <stddef.h>
#include <stdint.h>

#define AN_FNV_START 2166136261u

static inline uint32_t an_fnv_byte(uint32_t h, unsigned char c) { return (h ^ c) * 16777619u; }

/* h continued over s[0, n). */
static inline uint32_t an_fnv(uint32_t h, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) h = an_fnv_byte(h, (unsigned char)s[i]);
    return h;
}

#endif
