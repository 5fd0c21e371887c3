#include "date.h"
#include "ascii.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define NO_TZ 9999

/* Called for every capitalised word the date finder meets, so a word is
 * compared only with the names that share its first letter. */
int month_from_name(const char *s, size_t n) {
    static const char *const names[] = { "january", "february", "march", "april", "may", "june", "july",
                                         "august", "september", "october", "november", "december" };
    static const unsigned char lens[] = { 7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8 };
    if (n >= 1 && s[n - 1] == '.') n--;
    if (n < 3 || n > 9) return 0;
    int first = an_ascii_lower((unsigned char)s[0]);
    for (int i = 0; i < 12; i++) {
        if (names[i][0] != first) continue;
        if (n == lens[i] && !strncasecmp(s, names[i], n)) return i + 1;
        if (n == 3 && !strncasecmp(s, names[i], 3)) return i + 1;
        if (n == 4 && i == 8 && !strncasecmp(s, "sept", 4)) return 9;
    }
    return 0;
}

int days_in_month(int y, int m) {
    static const int dm[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (m < 1 || m > 12) return 0;
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return dm[m - 1];
}

int day_of_week(int y, int m, int d) {
    static const int t[] = { 0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4 };
    if (m < 3) y -= 1;
    int w = (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;   /* 0 = Sunday */
    return (w + 6) % 7;
}

void date_add_days(int *y, int *m, int *d, int days) {
    while (days > 0) {
        if (++*d > days_in_month(*y, *m)) { *d = 1; if (++*m > 12) { *m = 1; ++*y; } }
        days--;
    }
    while (days < 0) {
        if (--*d < 1) { if (--*m < 1) { *m = 12; --*y; } *d = days_in_month(*y, *m); }
        days++;
    }
}

static int valid(int y, int m, int d) {
    return y >= 1000 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

static size_t read_num(const char *s, size_t n, size_t i, int maxdig, int *v) {
    size_t k = 0;
    *v = 0;
    while (i + k < n && k < (size_t)maxdig && isdigit((unsigned char)s[i + k])) { *v = *v * 10 + (s[i + k] - '0'); k++; }
    if (i + k < n && isdigit((unsigned char)s[i + k])) return 0;   /* too many digits */
    return k;
}

static size_t read_word(const char *s, size_t n, size_t i) {
    size_t k = 0;
    while (i + k < n && isalpha((unsigned char)s[i + k])) k++;
    if (k && i + k < n && s[i + k] == '.') k++;
    return k;
}

static size_t skip_sep(const char *s, size_t n, size_t i) {
    while (i < n && (s[i] == ' ' || s[i] == ',' || s[i] == '\t')) i++;
    return i;
}

/* "11:18 PM", "23:18", "23:18:05", "T23:18:05+02:00" */
static size_t read_time(const char *s, size_t n, size_t i, an_date *o) {
    size_t j = i;
    while (j < n && (s[j] == ' ' || s[j] == ',')) j++;
    if (j < n && (s[j] == 'T' || s[j] == 't')) j++;
    else if (j + 2 < n && !strncasecmp(s + j, "at ", 3)) j += 3;
    int hh, mm, ss = 0;
    size_t k = read_num(s, n, j, 2, &hh);
    if (!k || j + k >= n || s[j + k] != ':') return i;
    j += k + 1;
    k = read_num(s, n, j, 2, &mm);
    if (k != 2) return i;
    j += k;
    int has_s = 0;
    if (j + 2 < n && s[j] == ':' && read_num(s, n, j + 1, 2, &ss) == 2) { j += 3; has_s = 1; }
    if (j < n && s[j] == '.') { j++; while (j < n && isdigit((unsigned char)s[j])) j++; }
    size_t q = j;
    while (q < n && s[q] == ' ') q++;
    size_t ampm = 0;                     /* "PM", "pm", "p.m." */
    if (q + 1 < n && (s[q + 1] == 'M' || s[q + 1] == 'm')) ampm = 2;
    else if (q + 3 < n && s[q + 1] == '.' && (s[q + 2] == 'm' || s[q + 2] == 'M') && s[q + 3] == '.') ampm = 4;
    if (ampm && (s[q] == 'A' || s[q] == 'a' || s[q] == 'P' || s[q] == 'p')) {
        if (hh < 1 || hh > 12) return i;
        int pm = s[q] == 'P' || s[q] == 'p';
        hh = hh % 12 + (pm ? 12 : 0);
        j = q + ampm;
    }
    if (hh > 23 || mm > 59 || ss > 59) return i;
    o->hh = hh; o->mm = mm; o->ss = ss; o->has_seconds = has_s;
    if (j < n && (s[j] == 'Z' || s[j] == 'z')) { o->tz_min = 0; j++; }
    else if (j + 5 < n + 1 && j < n && (s[j] == '+' || s[j] == '-')) {
        int th, tmn = 0;
        size_t a = read_num(s, n, j + 1, 2, &th);
        if (a == 2) {
            size_t b = j + 3;
            if (b < n && s[b] == ':') b++;
            if (read_num(s, n, b, 2, &tmn) == 2 && th <= 14 && tmn < 60) {
                o->tz_min = (s[j] == '-' ? -1 : 1) * (th * 60 + tmn);
                j = b + 2;
            }
        }
    }
    return j;
}

static void clear(an_date *o) {
    memset(o, 0, sizeof *o);
    o->hh = o->mm = o->ss = -1;
    o->tz_min = NO_TZ;
}

/* Try every date form at position i. Returns the end of the match, or 0. */
static size_t try_at(const char *s, size_t n, size_t i, an_date *o) {
    int a, b, c;
    size_t k = read_num(s, n, i, 4, &a), j;
    if (k == 4 && i + 10 <= n && (s[i + 4] == '-' || s[i + 4] == '/')) {          /* 2025-08-06 */
        if (read_num(s, n, i + 5, 2, &b) == 2 && s[i + 7] == s[i + 4] && read_num(s, n, i + 8, 2, &c) == 2
            && valid(a, b, c)) {
            clear(o); o->y = a; o->m = b; o->d = c;
            return read_time(s, n, i + 10, o);
        }
        return 0;
    }
    if (k >= 1 && k <= 2) {                                                       /* 25 Oct, 2025 */
        j = i + k;
        if (j + 1 < n && (!strncmp(s + j, "st", 2) || !strncmp(s + j, "nd", 2) || !strncmp(s + j, "rd", 2) || !strncmp(s + j, "th", 2))) j += 2;
        j = skip_sep(s, n, j);
        if (j < n && s[j] == 'o' && j + 2 < n && s[j + 1] == 'f' && s[j + 2] == ' ') j = skip_sep(s, n, j + 3);
        size_t w = read_word(s, n, j);
        int m = w ? month_from_name(s + j, w) : 0;
        if (!m) return 0;
        j = skip_sep(s, n, j + w);
        int y;
        if (read_num(s, n, j, 4, &y) == 4 && valid(y, m, a)) {
            clear(o); o->y = y; o->m = m; o->d = a;
            return read_time(s, n, j + 4, o);
        }
        return 0;
    }
    size_t w = read_word(s, n, i);                                                 /* April 12th, 2025 */
    int m = w ? month_from_name(s + i, w) : 0;
    if (!m) return 0;
    j = skip_sep(s, n, i + w);
    int d, y;
    k = read_num(s, n, j, 2, &d);
    if (!k) return 0;
    j += k;
    if (j + 1 < n && (!strncmp(s + j, "st", 2) || !strncmp(s + j, "nd", 2) || !strncmp(s + j, "rd", 2) || !strncmp(s + j, "th", 2))) j += 2;
    j = skip_sep(s, n, j);
    if (read_num(s, n, j, 4, &y) == 4 && valid(y, m, d)) {
        clear(o); o->y = y; o->m = m; o->d = d;
        return read_time(s, n, j + 4, o);
    }
    return 0;
}

int date_find(const char *s, size_t n, an_date *out) {
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && isalnum((unsigned char)s[i - 1])) continue;   /* token starts only */
        if (!isalnum((unsigned char)s[i])) continue;
        size_t e = try_at(s, n, i, out);
        if (e) { out->start = i; out->end = e; return 1; }
    }
    return 0;
}

int date_parse_field(const char *s, an_date *out) {
    size_t n = strlen(s);
    int v;
    if (n == 8 && read_num(s, n, 0, 8, &v) == 8) {                  /* 20000101 */
        clear(out);
        out->y = v / 10000; out->m = v / 100 % 100; out->d = v % 100;
        return valid(out->y, out->m, out->d);
    }
    return date_find(s, n, out);
}

int date_format(const an_date *d, char *buf, size_t n) {
    int k = snprintf(buf, n, "%04d-%02d-%02d", d->y, d->m, d->d);
    if (d->hh >= 0 && k > 0 && (size_t)k < n) {
        k += snprintf(buf + k, n - (size_t)k, "T%02d:%02d", d->hh, d->mm);
        if (d->has_seconds && (size_t)k < n) k += snprintf(buf + k, n - (size_t)k, ":%02d", d->ss);
        if (d->tz_min != NO_TZ && (size_t)k < n) {
            int t = abs(d->tz_min);
            k += snprintf(buf + k, n - (size_t)k, "%c%02d:%02d", d->tz_min < 0 ? '-' : '+', t / 60, t % 60);
        }
    }
    return k;
}
