/* When an event happened: date expressions in a sentence resolved against the
 * article's date ("last Thursday" in a report of Saturday 2025-10-25 is
 * 2025-10-23). Relative expressions need the article date (without one they
 * resolve to nothing); explicit dates and years do not. Tense decides which
 * way a bare weekday or month points: "met on Friday" is the Friday before,
 * "will meet on Friday" the Friday after. Pure functions, no state. */
#ifndef AN_DATES_H
#define AN_DATES_H
#include <stddef.h>

typedef enum { AN_TENSE_PAST = 0, AN_TENSE_PRESENT, AN_TENSE_FUTURE } an_tense;

typedef enum { AN_PREC_NONE = 0, AN_PREC_YEAR, AN_PREC_MONTH, AN_PREC_WEEK, AN_PREC_DAY } an_prec;

typedef struct an_when {
    int y, m, d;              /* m and d are 0 below their precision */
    int y2, m2, d2;           /* last day of a range ("May 8-10", "last week"); = start otherwise */
    an_prec prec;             /* AN_PREC_WEEK: the Monday-to-Sunday week starting at y-m-d */
    size_t start, end;        /* the expression's bytes in the searched text */
} an_when;

/* The first date expression in s[0..n). article: "YYYY-MM-DD" (or longer,
 * only the date is read) or NULL. Returns 1 with *out filled, else 0. */
int dates_find(const char *s, size_t n, const char *article, an_tense tense, an_when *out);

/* "2025-10-23" (day, week), "2025-10" (month), "2025" (year); returns buf (>= 11 bytes). */
const char *dates_format(const an_when *w, char *buf, size_t n);
/* "day", "week", "month", "year", or NULL. */
const char *dates_precision(an_prec p);

#endif
