/* UTF-8 helpers. Input text is untrusted: decoding never reads past the end and
 * reports malformed sequences instead of guessing. */
#ifndef AN_UTF8_H
#define AN_UTF8_H
#include <stddef.h>
#include <stdint.h>

/* Decode one code point at p (n bytes available). Returns its length (1-4) and
 * stores the code point, or returns 0 for a malformed or truncated sequence. */
int utf8_decode(const unsigned char *p, size_t n, uint32_t *cp);
/* Length of the UTF-8 encoding of cp written to out (1-4). */
int utf8_encode(uint32_t cp, char *out);
/* Replace every byte of a malformed sequence with '?', in place, so that byte
 * offsets into the text stay those of the input. Returns the number replaced. */
size_t utf8_repair(char *p, size_t n);
/* Heuristic: a NUL byte, or more than 10% control bytes, in the first 8 KiB. */
int looks_binary(const char *p, size_t n);

#endif
