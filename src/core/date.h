/* Absolute dates as pages and articles state them. Relative dates ("last
 * Thursday") are resolved in the extract stage against these. */
#ifndef AN_DATE_H
#define AN_DATE_H
#include <stddef.h>

typedef struct an_date {
    int y, m, d;            /* m, d are 0 when not stated */
    int hh, mm, ss;         /* -1 when no time */
    int tz_min;             /* offset in minutes; INT_MIN-like sentinel 9999 when none */
    int has_seconds;
    size_t start, end;      /* the matched span in the searched text */
} an_date;

/* Find the first full date (day, month and year) in s. Returns 1 if found. */
int date_find(const char *s, size_t n, an_date *out);
/* Parse a whole field value: ISO 8601, RFC 2822, "YYYYMMDD", "April 12th, 2025". */
int date_parse_field(const char *s, an_date *out);
/* Format as YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][+HH:MM]; returns length. buf >= 32. */
int date_format(const an_date *d, char *buf, size_t n);
/* 1..12 for an English month name or abbreviation (case-insensitive), else 0. */
int month_from_name(const char *s, size_t n);
int days_in_month(int y, int m);
/* Day of week, 0 = Monday. */
int day_of_week(int y, int m, int d);
/* Add days to a date (y, m, d updated). */
void date_add_days(int *y, int *m, int *d, int days);

#endif
