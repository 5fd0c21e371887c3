#include "bigmem.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define HUGE_PAGE ((size_t)2 << 20)

/* LeakSanitizer does not see mappings: in sanitizer builds every block comes
 * from malloc, so that a table never freed is still reported. */
#if defined(__SANITIZE_ADDRESS__)
#define MAPPED_FROM SIZE_MAX
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MAPPED_FROM SIZE_MAX
#endif
#endif
#ifndef MAPPED_FROM
#define MAPPED_FROM AN_BIG_MAPPED_FROM
#endif

/* In front of every block: its usable size, and the mapping's size (0 when
 * the block came from malloc). 64 bytes keep a mapped block cache-line
 * aligned, and any block aligned as malloc's are. */
typedef struct big_head {
    size_t size, mapped;
    unsigned char pad[64 - 2 * sizeof(size_t)];
} big_head;
_Static_assert(sizeof(big_head) == 64, "header of one cache line");

static big_head *head_of(void *p) { return (big_head *)((unsigned char *)p - sizeof(big_head)); }

/* A mapping of len bytes (a multiple of HUGE_PAGE) that starts on a huge
 * page boundary: map one huge page more and give back the ends. Huge pages
 * are asked for where at least half of one will be used: a table of 2 MiB
 * plus the header would otherwise take a second huge page for 64 bytes. */
static void *map_aligned(size_t len, size_t used) {
    unsigned char *m = mmap(NULL, len + HUGE_PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED) return NULL;
    size_t lead = (HUGE_PAGE - (uintptr_t)m % HUGE_PAGE) % HUGE_PAGE;
    if (lead) munmap(m, lead);
    munmap(m + lead + len, HUGE_PAGE - lead);
#ifdef MADV_HUGEPAGE
    size_t tail = used % HUGE_PAGE, advised = tail && tail < HUGE_PAGE / 2 ? len - HUGE_PAGE : len;
    if (advised) madvise(m + lead, advised, MADV_HUGEPAGE);   /* advice only: none is no error */
#endif
    return m + lead;
}

static void *big_block(size_t size) {
    big_head *h;
    size_t total = sizeof *h + size, mapped = 0;
    if (total < size) return NULL;
    if (total >= MAPPED_FROM) {
        if (total > SIZE_MAX - HUGE_PAGE) return NULL;
        mapped = (total + HUGE_PAGE - 1) / HUGE_PAGE * HUGE_PAGE;
        h = map_aligned(mapped, total);        /* fresh anonymous pages are zero */
    } else {
        h = calloc(1, total);
    }
    if (!h) return NULL;
    h->size = size;
    h->mapped = mapped;
    return h + 1;
}

void *an_big_calloc(size_t n, size_t size) {
    if (size && n > SIZE_MAX / size) return NULL;
    return big_block(n * size);
}

void an_big_free(void *p) {
    if (!p) return;
    big_head *h = head_of(p);
    if (h->mapped) munmap(h, h->mapped);
    else free(h);
}

void *an_big_realloc(void *p, size_t n) {
    if (!p) return big_block(n);
    big_head *h = head_of(p);
    size_t old = h->size;
    if (n <= old) return p;                    /* never shrinks: tables only grow */
    if (h->mapped && n <= h->mapped - sizeof *h) {
        h->size = n;                           /* room in the mapping, still zero: */
        return p;                              /* nothing was written past the size */
    }
    void *q = big_block(n);
    if (!q) return NULL;
    memcpy(q, p, old);
    an_big_free(p);
    return q;
}
