/* Metadata found inside lines: bylines, datelines, author bios, credits. */
#ifndef AN_META_H
#define AN_META_H
#include "ingest.h"

typedef struct name_list { const char *names[16]; int n; } name_list;

/* "By SAMYA KULLAB and JOHN LEICESTER European ..." at s: returns the length
 * of the byline (0 if none) and fills names (title-cased). */
size_t meta_byline(an_arena *a, const char *s, size_t n, name_list *out);
/* "Natalia Drozdiak, Alex Wickham and Eric Martin" as a whole line. */
int meta_author_line(an_arena *a, const char *s, size_t n, name_list *out);
/* "NEW YORK (AP) -- ", "WASHINGTON: ", "MOSCOW, Feb 26 - " at the start of a
 * paragraph. Returns the length to strip (0 if none); sets place and wire. */
size_t meta_dateline(an_arena *a, const char *s, size_t n, const char **place, const char **wire);
/* "date 2025-08-06 ", "Published: 12 April 2025 " at the start of a paragraph. */
size_t meta_date_prefix(const char *s, size_t n, char *iso, size_t isolen);
/* "Marc Champion is a Bloomberg Opinion columnist ..." -> author, org */
int meta_bio(an_arena *a, const an_outlets *o, const char *s, size_t n, const char **author, const char **org);
/* The phrases meta_credit_start looks for, set up for scanning: once per
 * page, since it runs on every paragraph. */
void meta_credit_phrases(phrase_set *credits);
/* Where trailing credits start in a paragraph ("© Thomson Reuters 2025.",
 * "X contributed to this report."); returns n if none. */
size_t meta_credit_start(const char *s, size_t n, const phrase_set *credits);

#endif
