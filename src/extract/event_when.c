/* The date of an event: a date expression in its own clause first (a
 * sentence can date two events differently: "met on Monday and will meet
 * again on Friday"), then anywhere in the sentence, else the article's date.
 * Kept apart from the rest of the coder because dates.h and analyse.h each
 * have an an_tense of their own. */
#include "dates.h"
#include "../core/arena.h"
#include <stdint.h>
#include <string.h>

static int find_in(const char *body, uint32_t s, uint32_t e, const char *article, an_tense tense, an_when *w) {
    return e > s && dates_find(body + s, e - s, article, tense, w);
}

static an_tense tense_of(int t) {
    return t == 2 ? AN_TENSE_FUTURE : t == 1 ? AN_TENSE_PRESENT : AN_TENSE_PAST;
}

void ev_when(const char *body, uint32_t cs, uint32_t ce, uint32_t ss, uint32_t se,
             const char *article_date, int tense, an_arena *arena,
             const char **date, const char **prec) {
    an_when w;
    an_tense t = tense_of(tense);
    char buf[16];
    *date = *prec = NULL;
    if (find_in(body, cs, ce, article_date, t, &w) || find_in(body, ss, se, article_date, t, &w)) {
        *date = an_arena_strdup(arena, dates_format(&w, buf, sizeof buf));
        *prec = dates_precision(w.prec);
        return;
    }
    if (article_date && strlen(article_date) >= 10) {      /* reported the day it happened */
        *date = an_arena_strndup(arena, article_date, 10);
        *prec = "day";
    }
}
