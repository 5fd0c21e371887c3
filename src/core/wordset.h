/* Word sets: fixed word lists looked up in one probe.
 *
 * The later stages test tokens against dozens of small lists ("is this a
 * speech verb, a title, an organisation word?"). Comparing a token with every
 * entry of every list was the largest cost of the pipeline; a word set maps
 * each word to the bit mask of the lists it is in, so a token is hashed once
 * and every later test is a bit test. Built once (at engine creation), then
 * only read: safe to share between threads. Matching is ASCII
 * case-insensitive, like strncasecmp in the C locale; other bytes must be
 * equal. */
#ifndef AN_WORDSET_H
#define AN_WORDSET_H
#include <stddef.h>
#include <stdint.h>

typedef struct an_wordset an_wordset;

an_wordset *an_wordset_new(void);
/* Add every word of a NULL-terminated list to the classes in `classes`.
 * Words are 1 to 22 bytes (the lists are the program's own; longer aborts). */
void an_wordset_add(an_wordset *ws, const char *const *list, uint32_t classes);
/* The classes of the word s[0, n), 0 if it is in no list. */
uint32_t an_wordset_get(const an_wordset *ws, const char *s, size_t n);
void an_wordset_free(an_wordset *ws);

#endif
