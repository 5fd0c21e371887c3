/* Date expressions resolved against the article date: one test per case. */
#include "../test.h"
#include "../../src/extract/dates.h"

#define PAST AN_TENSE_PAST
#define PRES AN_TENSE_PRESENT
#define FUT AN_TENSE_FUTURE

/* want NULL: no date; else the formatted start, its precision, and the
 * matched text. */
static void check_date(const char *file, int line, const char *text, const char *article, an_tense tense,
                       const char *want, const char *prec, const char *span) {
    an_when w;
    int found = dates_find(text, strlen(text), article, tense, &w);
    if (!want) {
        if (found) test_fail(file, line, "\"%s\": found %.*s, want nothing", text, (int)(w.end - w.start), text + w.start);
        return;
    }
    char buf[16];
    if (!found) { test_fail(file, line, "\"%s\": nothing found, want %s", text, want); return; }
    dates_format(&w, buf, sizeof buf);
    if (strcmp(buf, want) || strcmp(dates_precision(w.prec), prec))
        test_fail(file, line, "\"%s\": got %s (%s), want %s (%s)", text, buf, dates_precision(w.prec), want, prec);
    if (span && (strlen(span) != w.end - w.start || strncmp(text + w.start, span, w.end - w.start)))
        test_fail(file, line, "\"%s\": matched \"%.*s\", want \"%s\"", text, (int)(w.end - w.start), text + w.start, span);
}

#define DATE_TEST(name, text, article, tense, want, prec, span) \
    TEST(dates_##name) { check_date(__FILE__, __LINE__, text, article, tense, want, prec, span); }

/* 2025-10-25 is a Saturday; 2025-04-12 too. */
DATE_TEST(last_thursday_from_saturday, "Last Thursday the ministers met.", "2025-10-25", PAST, "2025-10-23", "day", "Last Thursday")
DATE_TEST(on_friday_past, "The talks ended on Friday.", "2025-04-12", PAST, "2025-04-11", "day", "Friday")
DATE_TEST(on_saturday_same_day_past, "Protesters gathered on Saturday.", "2025-04-12", PAST, "2025-04-12", "day", NULL)
DATE_TEST(on_friday_future, "The envoys will meet on Friday.", "2025-04-12", FUT, "2025-04-18", "day", NULL)
DATE_TEST(on_saturday_future_next_week, "They will vote on Saturday.", "2025-04-12", FUT, "2025-04-19", "day", NULL)
DATE_TEST(last_saturday_not_today, "Last Saturday troops moved in.", "2025-04-12", PAST, "2025-04-05", "day", NULL)
DATE_TEST(this_friday_future, "Talks resume this Friday.", "2025-10-21", FUT, "2025-10-24", "day", "this Friday")
DATE_TEST(this_monday_past, "This Monday the army withdrew.", "2025-10-22", PAST, "2025-10-20", "day", NULL)
DATE_TEST(next_tuesday, "A vote is due next Tuesday.", "2025-10-25", FUT, "2025-10-28", "day", "next Tuesday")
DATE_TEST(monday_from_monday_past, "On Monday he resigned.", "2025-10-20", PAST, "2025-10-20", "day", NULL)
DATE_TEST(yesterday, "Rebels shelled the town yesterday.", "2025-03-01", PAST, "2025-02-28", "day", "yesterday")
DATE_TEST(yesterday_leap, "He arrived yesterday.", "2024-03-01", PAST, "2024-02-29", "day", NULL)
DATE_TEST(yesterday_new_year, "Yesterday the border closed.", "2025-01-01", PAST, "2024-12-31", "day", NULL)
DATE_TEST(today, "Today the council votes.", "2025-06-10", PRES, "2025-06-10", "day", NULL)
DATE_TEST(tomorrow, "Leaders arrive tomorrow.", "2025-12-31", FUT, "2026-01-01", "day", NULL)
DATE_TEST(last_week, "Last week the parliament voted.", "2025-10-25", PAST, "2025-10-13", "week", "Last week")
DATE_TEST(this_week, "Talks are taking place this week.", "2025-10-25", PRES, "2025-10-20", "week", NULL)
DATE_TEST(next_week, "Delegations meet next week.", "2025-10-25", FUT, "2025-10-27", "week", NULL)
DATE_TEST(earlier_this_week, "Earlier this week officials said...", "2025-10-23", PAST, "2025-10-20", "week", "Earlier this week")
DATE_TEST(last_month, "Last month the bank raised rates.", "2025-01-15", PAST, "2024-12", "month", NULL)
DATE_TEST(next_month, "Elections are due next month.", "2025-12-03", FUT, "2026-01", "month", "next month")
DATE_TEST(earlier_this_month, "Earlier this month the army attacked.", "2025-10-25", PAST, "2025-10", "month", "Earlier this month")
DATE_TEST(later_this_month, "A summit is planned later this month.", "2025-10-05", FUT, "2025-10", "month", NULL)
DATE_TEST(last_year, "Last year the treaty lapsed.", "2025-02-02", PAST, "2024", "year", NULL)
DATE_TEST(next_year, "The troops leave next year.", "2025-02-02", FUT, "2026", "year", NULL)
DATE_TEST(in_february_past, "The ceasefire collapsed in February.", "2025-10-25", PAST, "2025-02", "month", "February")
DATE_TEST(in_november_past_is_last_year, "Fighting resumed in November.", "2025-10-25", PAST, "2024-11", "month", NULL)
DATE_TEST(in_february_future, "Talks will resume in February.", "2025-10-25", FUT, "2026-02", "month", NULL)
DATE_TEST(in_october_future_same_month, "A vote will be held in October.", "2025-10-25", FUT, "2025-10", "month", NULL)
DATE_TEST(last_march, "Last March the strikes began.", "2025-10-25", PAST, "2025-03", "month", NULL)
DATE_TEST(last_december_from_december, "Last December talks failed.", "2025-12-10", PAST, "2024-12", "month", NULL)
DATE_TEST(month_day_range, "Talks were held May 8-10 in Geneva.", "2025-06-01", PAST, "2025-05-08", "day", "May 8-10")
DATE_TEST(month_day_range_year, "The summit ran May 8-10, 2023.", "2025-06-01", PAST, "2023-05-08", "day", "May 8-10, 2023")
DATE_TEST(month_day_past_wraps_year, "They met on December 30.", "2025-01-05", PAST, "2024-12-30", "day", NULL)
DATE_TEST(month_day_future_wraps_year, "They will meet on January 3.", "2025-12-20", FUT, "2026-01-03", "day", NULL)
DATE_TEST(explicit_month_day_year, "On April 12, 2025, the UN voted.", NULL, PAST, "2025-04-12", "day", "April 12, 2025")
DATE_TEST(explicit_day_month_year, "Signed on 3 March 2021 in Doha.", NULL, PAST, "2021-03-03", "day", "3 March 2021")
DATE_TEST(explicit_ordinal_of, "on the 4th of July 2020", NULL, PAST, "2020-07-04", "day", NULL)
DATE_TEST(iso_date, "The decree (2024-02-29) took effect.", NULL, PAST, "2024-02-29", "day", "2024-02-29")
DATE_TEST(iso_invalid, "Ref 2023-02-30 is no date.", NULL, PAST, "2023", "year", "2023")
DATE_TEST(month_year, "In February 2022 the invasion began.", NULL, PAST, "2022-02", "month", "February 2022")
DATE_TEST(year_only, "Elections were held in 2022.", "2025-10-25", PAST, "2022", "year", "2022")
DATE_TEST(year_without_article_date, "The war ended in 1995.", NULL, PAST, "1995", "year", NULL)
DATE_TEST(days_ago, "Three days ago the army entered.", "2025-10-25", PAST, "2025-10-22", "day", "Three days ago")
DATE_TEST(weeks_ago, "Two weeks ago rebels attacked.", "2025-10-25", PAST, "2025-10-06", "week", NULL)
DATE_TEST(a_month_ago, "A month ago the deal collapsed.", "2025-01-25", PAST, "2024-12", "month", NULL)
DATE_TEST(relative_needs_article_date, "Last Thursday the ministers met.", NULL, PAST, NULL, NULL, NULL)
DATE_TEST(weekday_needs_article_date, "They met on Friday.", NULL, PAST, NULL, NULL, NULL)
DATE_TEST(month_needs_article_date, "They met in February.", NULL, PAST, NULL, NULL, NULL)
DATE_TEST(may_the_verb, "Russia may impose sanctions.", "2025-10-25", FUT, NULL, NULL, NULL)
DATE_TEST(march_the_verb, "Thousands march in the capital.", "2025-10-25", PRES, NULL, NULL, NULL)
DATE_TEST(may_the_month, "The vote took place in May.", "2025-10-25", PAST, "2025-05", "month", "May")
DATE_TEST(invalid_day, "It happened on February 30.", "2025-10-25", PAST, NULL, NULL, NULL)
DATE_TEST(no_date, "The minister said talks would continue.", "2025-10-25", PAST, NULL, NULL, NULL)
DATE_TEST(small_numbers_are_not_years, "He said 250 soldiers died.", "2025-10-25", PAST, NULL, NULL, NULL)
DATE_TEST(first_expression_wins, "On Friday, a week after the June 3 vote,", "2025-06-14", PAST, "2025-06-13", "day", "Friday")

TEST(dates_format_and_precision_names) {
    an_when w = { .y = 2025, .m = 3, .d = 0, .prec = AN_PREC_MONTH };
    char b[16];
    CHECK_STR(dates_format(&w, b, sizeof b), "2025-03");
    CHECK_STR(dates_precision(AN_PREC_DAY), "day");
    CHECK(dates_precision(AN_PREC_NONE) == NULL);
    w.prec = AN_PREC_NONE;
    CHECK_STR(dates_format(&w, b, sizeof b), "");
}

TEST(dates_range_end) {
    an_when w;
    const char *t = "Talks ran May 8-10.";
    CHECK(dates_find(t, strlen(t), "2025-06-01", PAST, &w));
    CHECK_INT(w.d2, 10);
    t = "last week";
    CHECK(dates_find(t, strlen(t), "2025-10-25", PAST, &w));
    CHECK(w.m2 == 10 && w.d2 == 19);
}
