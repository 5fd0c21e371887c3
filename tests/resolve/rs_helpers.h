/* Helpers for the resolve tests: run our own sentences through the whole
 * pipeline (ingest + resolve) with the real dictionaries, and look up actors. */
#ifndef RS_HELPERS_H
#define RS_HELPERS_H
#include "../../include/annals.h"

typedef struct rs_run {
    an_engine *e;
    an_doc *d;
    const an_article *a;
    const char *text;
} rs_run;

/* date: "YYYY-MM-DD" or NULL (undated). tabari/petrarch: files to import or NULL. */
int rs_run_text(rs_run *r, const char *text, const char *date, const char *tabari, const char *petrarch);
void rs_run_free(rs_run *r);
/* The actor whose name is `name`, or NULL. */
const an_actor *rs_find(const rs_run *r, const char *name);
/* The actor with a mention starting at the first occurrence of `needle` in the text. */
const an_actor *rs_at(const rs_run *r, const char *needle);
/* The text of an actor's mention i (static buffer, tests only). */
const char *rs_mention_text(const rs_run *r, const an_actor *x, int i, char *buf, size_t n);

#endif
