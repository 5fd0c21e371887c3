/* Memory for the large tables an engine builds once and every document reads
 * (the lexicon, the actor dictionary, the event patterns).
 *
 * Blocks of 1 MiB or more are mapped on their own, aligned to 2 MiB and
 * advised for transparent huge pages; smaller ones come from malloc. Two
 * reasons, both measured: on the virtual machine the project is measured on,
 * a 4 KiB page fault costs some 13 us, and building the engine touched some
 * 6,800 pages, about 90 ms of each process's start; and a lookup into a
 * table spread over thousands of small pages misses the TLB as well as the
 * cache. Where the kernel gives no huge pages, the blocks are plain mappings.
 *
 * The block's size is kept in front of it, so free and resize need only the
 * pointer, as with malloc. */
#ifndef AN_BIGMEM_H
#define AN_BIGMEM_H
#include <stddef.h>

/* Blocks of this size or more are mapped (outside sanitizer builds); below
 * it, an_big_* cost what malloc does plus zeroing. */
#define AN_BIG_MAPPED_FROM ((size_t)1 << 20)

/* n * size bytes, zeroed; NULL if out of memory or the product overflows. */
void *an_big_calloc(size_t n, size_t size);
/* Resize to n bytes, keeping the contents; new bytes are zeroed. NULL (and
 * p untouched) if out of memory. p may be NULL. */
void *an_big_realloc(void *p, size_t n);
void  an_big_free(void *p);

#endif
