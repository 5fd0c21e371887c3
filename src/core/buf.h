/* Growable byte buffer on the heap, for output and for text that must be built
 * up (a JSON line, a decoded string). Always NUL-terminated. */
#ifndef AN_BUF_H
#define AN_BUF_H
#include <stddef.h>

typedef struct an_buf { char *p; size_t n, cap; } an_buf;

void an_buf_init(an_buf *b);
void an_buf_free(an_buf *b);
void an_buf_clear(an_buf *b);
void an_buf_reserve(an_buf *b, size_t extra);
void an_buf_add(an_buf *b, const void *s, size_t n);
void an_buf_adds(an_buf *b, const char *s);
void an_buf_addc(an_buf *b, char c);
/* v in decimal: what "%llu" prints, without the printf machinery (the JSON
 * output writes several offsets per paragraph and mention). */
void an_buf_addu(an_buf *b, unsigned long long v);
/* v in decimal, as "%lld" prints it. */
void an_buf_addi(an_buf *b, long long v);
void an_buf_printf(an_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
