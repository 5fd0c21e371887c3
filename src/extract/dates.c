#include "dates.h"
#include "../core/date.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_TOK 96

/* A word or number of the text, lowercased, with its byte span. */
typedef struct dtok {
    char w[24];
    size_t start, end;
    int num;                  /* value for a digit token, else -1 */
    int cap;                  /* written with a capital letter */
} dtok;

typedef struct ctx {
    const char *s;
    dtok t[MAX_TOK];
    int n;
    int has_ref, ry, rm, rd;  /* the article date */
    an_tense tense;
} ctx;

static void tokenize(ctx *c, const char *s, size_t n) {
    c->n = 0;
    for (size_t i = 0; i < n && c->n < MAX_TOK;) {
        unsigned char ch = (unsigned char)s[i];
        if (!isalnum(ch)) { i++; continue; }
        size_t j = i;
        int digits = isdigit(ch);
        while (j < n && (digits ? isdigit((unsigned char)s[j]) : isalpha((unsigned char)s[j]))) j++;
        dtok *t = &c->t[c->n++];
        size_t k = j - i < sizeof t->w - 1 ? j - i : sizeof t->w - 1;
        for (size_t q = 0; q < k; q++) t->w[q] = (char)tolower((unsigned char)s[i + q]);
        t->w[k] = 0;
        t->start = i;
        t->end = j;
        t->num = digits && j - i <= 4 ? atoi(t->w) : -1;
        t->cap = isupper(ch);
        i = j;
    }
}

static int is(const ctx *c, int i, const char *w) { return i >= 0 && i < c->n && !strcmp(c->t[i].w, w); }

static int weekday_of(const char *w) {
    static const char *const names[] = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };
    for (int i = 0; i < 7; i++) if (!strcmp(w, names[i])) return i;
    return -1;
}

static int small_number(const dtok *t) {
    static const char *const words[] = { "zero", "one", "two", "three", "four", "five", "six", "seven",
                                         "eight", "nine", "ten", "eleven", "twelve" };
    if (t->num >= 0) return t->num;
    if (!strcmp(t->w, "a") || !strcmp(t->w, "an")) return 1;
    for (int i = 0; i < 13; i++) if (!strcmp(t->w, words[i])) return i;
    return -1;
}

/* ---- results ---- */

static void set_day(an_when *o, int y, int m, int d) {
    o->y = o->y2 = y; o->m = o->m2 = m; o->d = o->d2 = d;
    o->prec = AN_PREC_DAY;
}

static void set_month(an_when *o, int y, int m) {
    while (m < 1) { m += 12; y--; }
    while (m > 12) { m -= 12; y++; }
    o->y = o->y2 = y; o->m = o->m2 = m; o->d = o->d2 = 0;
    o->prec = AN_PREC_MONTH;
}

static void set_year(an_when *o, int y) {
    o->y = o->y2 = y; o->m = o->m2 = o->d = o->d2 = 0;
    o->prec = AN_PREC_YEAR;
}

/* The Monday-to-Sunday week `weeks` weeks from the article's. */
static void set_week(const ctx *c, an_when *o, int weeks) {
    int y = c->ry, m = c->rm, d = c->rd;
    date_add_days(&y, &m, &d, -day_of_week(y, m, d) + 7 * weeks);
    o->y = y; o->m = m; o->d = d;
    date_add_days(&y, &m, &d, 6);
    o->y2 = y; o->m2 = m; o->d2 = d;
    o->prec = AN_PREC_WEEK;
}

static void set_offset(const ctx *c, an_when *o, int days) {
    int y = c->ry, m = c->rm, d = c->rd;
    date_add_days(&y, &m, &d, days);
    set_day(o, y, m, d);
}

/* Days from the article date to weekday wd: dir < 0 backwards, > 0 forwards;
 * strict: never the article's own day. */
static int weekday_delta(const ctx *c, int wd, int dir, int strict) {
    int today = day_of_week(c->ry, c->rm, c->rd);
    int back = (today - wd + 7) % 7, fwd = (wd - today + 7) % 7;
    if (dir < 0) return -(back == 0 && strict ? 7 : back);
    return fwd == 0 && strict ? 7 : fwd;
}

/* ---- rules: each returns the tokens it took at i, 0 for no match ---- */

static int valid_day(int y, int m, int d) { return m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m); }

static int is_year(const dtok *t) { return t->num >= 1000 && t->num <= 2999 && t->end - t->start == 4; }

/* The year of a month (and day) written without one: the latest one on or
 * before the article date for past and present reports, the next one on or
 * after it for future ones. */
static int infer_year(const ctx *c, int m, int d) {
    int after = m > c->rm || (m == c->rm && d > c->rd);
    int before = m < c->rm || (m == c->rm && d && d < c->rd);
    if (c->tense == AN_TENSE_FUTURE) return before ? c->ry + 1 : c->ry;
    return after ? c->ry - 1 : c->ry;
}

static int month_at(const ctx *c, int i) {
    if (i < 0 || i >= c->n || !c->t[i].cap || c->t[i].num >= 0) return 0;
    return month_from_name(c->s + c->t[i].start, c->t[i].end - c->t[i].start);
}

/* "May" and "March" are also common verbs: take them as months only with a day,
 * a year or a preposition in front. */
static int month_word_ok(const ctx *c, int i, int has_number) {
    if (has_number || (strcmp(c->t[i].w, "may") && strcmp(c->t[i].w, "march"))) return 1;
    static const char *const preps[] = { "in", "since", "until", "by", "early", "late", "mid", "of", "during", "through", NULL };
    for (int k = 0; preps[k]; k++) if (is(c, i - 1, preps[k])) return 1;
    return 0;
}

static int dash_between(const ctx *c, int a, int b) {
    for (size_t k = c->t[a].end; k < c->t[b].start; k++)
        if (c->s[k] != '-' && c->s[k] != ' ' && (unsigned char)c->s[k] < 0x80) return 0;
    return c->t[b].start > c->t[a].end;    /* "-", " - ", or an en dash (UTF-8) */
}

/* Day (and range end) and an optional year after them; fills o. */
static int finish_day(const ctx *c, int m, int d, int d2, int year_tok, an_when *o) {
    int y = year_tok >= 0 ? c->t[year_tok].num : infer_year(c, m, d);
    if (year_tok < 0 && !c->has_ref) return 0;
    if (!valid_day(y, m, d) || !valid_day(y, m, d2) || d2 < d) return 0;
    set_day(o, y, m, d);
    o->d2 = d2;
    return 1;
}

/* "May 8", "May 8-10", "May 8, 2025", "February 2022", "in February". */
static int rule_month_first(const ctx *c, int i, an_when *o) {
    int m = month_at(c, i);
    if (!m) return 0;
    int k = i + 1;
    if (k < c->n && c->t[k].num >= 1 && c->t[k].num <= 31 && !is_year(&c->t[k])) {
        int d = c->t[k].num, d2 = d;
        if (k + 1 < c->n && c->t[k + 1].num >= 1 && c->t[k + 1].num <= 31 && dash_between(c, k, k + 1)) d2 = c->t[++k].num;
        int yt = k + 1 < c->n && is_year(&c->t[k + 1]) ? k + 1 : -1;
        if (!finish_day(c, m, d, d2, yt, o)) return 0;
        return (yt >= 0 ? yt : k) - i + 1;
    }
    if (k < c->n && is_year(&c->t[k])) { set_month(o, c->t[k].num, m); return 2; }
    if (!c->has_ref || !month_word_ok(c, i, 0)) return 0;
    set_month(o, infer_year(c, m, 0), m);
    return 1;
}

/* "8 May", "8 May 2025". */
static int rule_day_first(const ctx *c, int i, an_when *o) {
    const dtok *t = &c->t[i];
    if (t->num < 1 || t->num > 31 || t->end - t->start > 2) return 0;
    int k = i + (is(c, i + 1, "th") || is(c, i + 1, "st") || is(c, i + 1, "nd") || is(c, i + 1, "rd")) + 1;
    if (is(c, k, "of")) k++;
    int m = month_at(c, k);
    if (!m) return 0;
    int yt = k + 1 < c->n && is_year(&c->t[k + 1]) ? k + 1 : -1;
    if (!finish_day(c, m, t->num, t->num, yt, o)) return 0;
    return (yt >= 0 ? yt : k) - i + 1;
}

/* "2025-04-12". */
static int rule_iso(const ctx *c, int i, an_when *o) {
    if (!is_year(&c->t[i]) || i + 2 >= c->n) return 0;
    const char *p = c->s + c->t[i].start;
    if (p[4] != '-' || c->t[i + 1].start != c->t[i].start + 5 || c->t[i + 1].end - c->t[i + 1].start != 2
        || c->s[c->t[i + 1].end] != '-' || c->t[i + 2].end - c->t[i + 2].start != 2) return 0;
    int y = c->t[i].num, m = c->t[i + 1].num, d = c->t[i + 2].num;
    if (!valid_day(y, m, d)) return 0;
    set_day(o, y, m, d);
    return 3;
}

/* "2022", "in 2022": a year on its own. */
static int rule_year(const ctx *c, int i, an_when *o) {
    if (!is_year(&c->t[i]) || c->t[i].num < 1900 || c->t[i].num > 2100) return 0;
    set_year(o, c->t[i].num);
    return 1;
}

static int rule_day_words(const ctx *c, int i, an_when *o) {
    static const struct { const char *w; int off; } words[] = {
        { "yesterday", -1 }, { "today", 0 }, { "tonight", 0 }, { "tomorrow", 1 } };
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (is(c, i, words[k].w)) { set_offset(c, o, words[k].off); return 1; }
    return 0;
}

/* last/this/next + week, month, year, a weekday or a month. dir: -1, 0, 1. */
static int rel_unit(const ctx *c, int k, int dir, an_when *o) {
    if (is(c, k, "week")) { set_week(c, o, dir); return 1; }
    if (is(c, k, "month")) { set_month(o, c->ry, c->rm + dir); return 1; }
    if (is(c, k, "year")) { set_year(o, c->ry + dir); return 1; }
    int wd = k < c->n ? weekday_of(c->t[k].w) : -1;
    if (wd >= 0) {
        /* "this Friday": the one of this week seen from the tense */
        int dir2 = dir ? dir : (c->tense == AN_TENSE_FUTURE ? 1 : -1);
        set_offset(c, o, weekday_delta(c, wd, dir2, dir != 0));
        return 1;
    }
    int m = month_at(c, k);
    if (m && dir) {
        int y = c->ry + (dir < 0 ? (m >= c->rm ? -1 : 0) : (m <= c->rm ? 1 : 0));
        set_month(o, y, m);
        return 1;
    }
    return 0;
}

/* "last week", "earlier this month", "next Friday", "this year". */
static int rule_relative(const ctx *c, int i, an_when *o) {
    int k = i + (is(c, i, "earlier") || is(c, i, "later"));
    int dir = is(c, k, "last") ? -1 : is(c, k, "this") ? 0 : is(c, k, "next") ? 1 : 2;
    if (dir == 2 || (k > i && dir != 0)) return 0;
    return rel_unit(c, k + 1, dir, o) ? k + 2 - i : 0;
}

/* "three days ago", "a week ago", "two years ago". */
static int rule_ago(const ctx *c, int i, an_when *o) {
    int n = small_number(&c->t[i]);
    if (n < 1 || i + 2 >= c->n || !is(c, i + 2, "ago")) return 0;
    const char *u = c->t[i + 1].w;
    if (!strncmp(u, "day", 3)) set_offset(c, o, -n);
    else if (!strncmp(u, "week", 4)) {
        an_when tmp;
        set_offset(c, &tmp, -7 * n);
        ctx shifted = *c;
        shifted.ry = tmp.y; shifted.rm = tmp.m; shifted.rd = tmp.d;
        set_week(&shifted, o, 0);
    } else if (!strncmp(u, "month", 5)) set_month(o, c->ry, c->rm - n);
    else if (!strncmp(u, "year", 4)) set_year(o, c->ry - n);
    else return 0;
    return 3;
}

/* "on Friday", "Friday": the one before for reports, the one after for plans. */
static int rule_weekday(const ctx *c, int i, an_when *o) {
    int wd = weekday_of(c->t[i].w);
    if (wd < 0) return 0;
    int fut = c->tense == AN_TENSE_FUTURE;
    set_offset(c, o, weekday_delta(c, wd, fut ? 1 : -1, fut));
    return 1;
}

typedef int (*rule_fn)(const ctx *c, int i, an_when *o);

static int try_rules(const ctx *c, int i, an_when *o) {
    static const rule_fn absolute[] = { rule_iso, rule_month_first, rule_day_first };
    static const rule_fn relative[] = { rule_day_words, rule_relative, rule_ago, rule_weekday };
    for (size_t r = 0; r < sizeof absolute / sizeof *absolute; r++) {
        int k = absolute[r](c, i, o);
        if (k) return k;
    }
    if (c->has_ref)
        for (size_t r = 0; r < sizeof relative / sizeof *relative; r++) {
            int k = relative[r](c, i, o);
            if (k) return k;
        }
    return rule_year(c, i, o);
}

int dates_find(const char *s, size_t n, const char *article, an_tense tense, an_when *out) {
    ctx *c = calloc(1, sizeof *c);
    if (!c) return 0;
    c->s = s;
    c->tense = tense;
    an_date ref;
    if (article && date_parse_field(article, &ref) && ref.start == 0 && ref.d) {
        c->has_ref = 1;
        c->ry = ref.y; c->rm = ref.m; c->rd = ref.d;
    }
    tokenize(c, s, n);
    int found = 0;
    for (int i = 0; i < c->n && !found; i++) {
        memset(out, 0, sizeof *out);
        int k = try_rules(c, i, out);
        if (k) {
            out->start = c->t[i].start;
            out->end = c->t[i + k - 1].end;
            found = 1;
        }
    }
    free(c);
    return found;
}

const char *dates_format(const an_when *w, char *buf, size_t n) {
    if (w->prec == AN_PREC_YEAR) snprintf(buf, n, "%04d", w->y);
    else if (w->prec == AN_PREC_MONTH) snprintf(buf, n, "%04d-%02d", w->y, w->m);
    else if (w->prec) snprintf(buf, n, "%04d-%02d-%02d", w->y, w->m, w->d);
    else if (n) buf[0] = 0;
    return buf;
}

const char *dates_precision(an_prec p) {
    static const char *const names[] = { NULL, "year", "month", "week", "day" };
    return p <= AN_PREC_DAY ? names[p] : NULL;
}
