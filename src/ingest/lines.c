/* Line types: prose, page furniture, and the small lines that carry metadata.
 *
 * The rules look at one line at a time, with its word count, punctuation,
 * case and (for HTML) where it sat in the document tree. They are phrased in
 * terms of what sites do in general (bullets, "Advertisement", "Photo / X",
 * "22 minutes ago", "- Outlet"), never of one site. */
#include "ingest.h"
#include "../core/date.h"
#include <ctype.h>
#include <string.h>
#include <strings.h>

/* Phrases that only page furniture contains, checked on lines of <= 30 words. */
static const char *const ui_strong[] = {
    "advertise with", "subscribe now", "subscription required",
    "premium subscription", "already a subscriber", "sign in", "sign up", "log in", "text-to-speech",
    "listen to this article", "share this article", "share this story", "share on facebook",
    "share on twitter", "click here", "all rights reserved", "mins to read", "min read", "minute read",
    "follow us on", "download the app", "download our app", "terms of use", "terms of service",
    "privacy policy", "cookie policy", "no comments yet", "leave a comment", "try our", "explore what",
    "skip to content", "skip to main", "back to top", "recommended for you", "watch now", "listen now",
    "open in app", "get the app", "view comments", NULL
};
/* Words that are furniture only on a short line of their own: a sentence may
 * well mention "an advertisement in local newspapers" or "subscribers". */
static const char *const ui_weak[] = {
    "advertisement", "subscribe", "newsletter", "cookies", "read more", "follow us", "sponsored", NULL
};

/* Furniture that is a whole line of its own, case-insensitively. */
static const char *const ui_lines[] = {
    "save", "share", "print", "email", "menu", "home", "search", "close", "top", "video", "watch",
    "listen", "sponsored", "advertisement", "comments", "comment", "hashtags", "tags", "topics",
    "sections", "opinion", "editorial", "more", "next", "previous", "loading", "live", "trending",
    "subscriptions", "subscribe", "sign in", "log in", "register", "account", "contact us", "about us", NULL
};

/* Lines that end the article before them: what follows is another story, a
 * teaser list or the site footer. */
static const char *const end_lines[] = {
    "related articles", "related", "related stories", "related content", "related news", "related coverage",
    "most read", "most popular", "most viewed", "read more", "read next", "recommended", "you may also like",
    "you might also like", "more stories", "more on this story", "top stories", "latest news", "latest stories",
    "editor's picks", "editors' picks", "comments", "hashtags", "more from", "also read", "see also", NULL
};
static const char *const end_prefixes[] = { "latest from ", "more from ", "more in ", "more on ", "read more ",
                                            "related:", "also read:", "no comments yet", NULL };

/* Photo credits and captions. */
static const char *const credit_marks[] = {
    "photo / ", "photo: ", "photograph: ", "photos: ", "image: ", "picture: ", "credit: ", "getty images",
    "afp via getty", "/ afp", "/ reuters", "(photo", "(file photo", "file photo:", "illustration:",
    "ap photo", "reuters/", "epa-efe", "shutterstock", NULL
};

static int eq_ci(const char *s, size_t n, const char *w) { return strlen(w) == n && !strncasecmp(s, w, n); }

static int in_list(const char *s, size_t n, const char *const *list) {
    /* tolerate trailing punctuation: "Related Articles:", "Advertise with NZME." */
    while (n && (s[n - 1] == ':' || s[n - 1] == '.' || s[n - 1] == ' ')) n--;
    for (int i = 0; list[i]; i++) if (eq_ci(s, n, list[i])) return 1;
    return 0;
}

/* A phrase from the list standing as whole words. */
static int has_word(const char *s, size_t n, const char *const *list) {
    for (int i = 0; list[i]; i++) {
        size_t k = strlen(list[i]);
        for (const char *p = ci_find(s, n, list[i]); p; p = ci_find(p + 1, n - (size_t)(p + 1 - s), list[i])) {
            int left = p == s || !isalpha((unsigned char)p[-1]);
            int right = p + k == s + n || !isalpha((unsigned char)p[k]);
            if (left && right) return 1;
        }
    }
    return 0;
}

static int starts_any(const char *s, size_t n, const char *const *list) {
    for (int i = 0; list[i]; i++) if (ci_starts(s, n, list[i])) return 1;
    return 0;
}

static int is_bullet(const char *s, size_t n) {
    static const char *const marks[] = { "\xE2\x80\xA2", "\xC2\xB7", "\xE2\x96\xAA", "\xE2\x96\xBA", "\xE2\x80\xA3", "* ", "> ", NULL };
    return starts_any(s, n, marks);
}

/* "22 minutes ago", "2 hours ago", "Updated 3 hours ago", "just now" */
static int is_timeago(const char *s, size_t n, int words) {
    if (words > 6) return 0;
    if (eq_ci(s, n, "just now") || eq_ci(s, n, "yesterday")) return 1;
    const char *ago = ci_find(s, n, " ago");
    if (!ago || ago + 4 != s + n) return 0;
    for (size_t i = 0; i < n; i++) if (isdigit((unsigned char)s[i])) return 1;
    return ci_find(s, n, "an hour") || ci_find(s, n, "a day") || ci_find(s, n, "a minute");
}

/* A short line that is mostly a date, with at most a few label words around it. */
static int is_date_line(const char *s, size_t n, int words) {
    if (words > 12) return 0;
    an_date d;
    if (!date_find(s, n, &d)) return 0;
    /* Words outside the date must be labels, not a sentence. */
    int other = 0, in = 0;
    for (size_t i = 0; i < n; i++) {
        if (i >= d.start && i < d.end) { in = 0; continue; }
        int alpha = isalpha((unsigned char)s[i]);
        if (alpha && !in) other++;
        in = alpha;
    }
    return other <= 5 && !(n && s[n - 1] == '.' && other > 2);
}

/* "- The Mainichi": a source line under a teaser or an aggregated story. */
static int is_source_line(const char *s, size_t n, int words) {
    if (words < 2 || words > 6 || n < 3) return 0;
    int dash = s[0] == '-' || ci_starts(s, n, "\xE2\x80\x93") || ci_starts(s, n, "\xE2\x80\x94");
    if (!dash) return 0;
    size_t k = s[0] == '-' ? 1 : 3;
    while (k < n && s[k] == ' ') k++;
    return k < n && is_upper_word_start(s + k, n - k) && s[n - 1] != '.';
}

/* "Home / World", "News > Europe" */
static int is_breadcrumb(const char *s, size_t n, int words) {
    if (words > 8) return 0;
    int seps = 0;
    for (size_t i = 0; i + 2 < n; i++)
        if ((s[i] == ' ' && (s[i + 1] == '/' || s[i + 1] == '>' || s[i + 1] == '|') && s[i + 2] == ' ')) seps++;
    return seps >= 1 && !memchr(s, '.', n);
}

static int ends_sentence(const char *s, size_t n) {
    while (n && s[n - 1] == ' ') n--;
    if (!n) return 0;
    unsigned char c = (unsigned char)s[n - 1];
    if (c == '.' || c == '?' || c == '!' || c == '"' || c == '\'') return 1;
    return n >= 3 && (unsigned char)s[n - 3] == 0xE2 && (c == 0x9D || c == 0x99 || c == 0xA6);   /* ” ’ … */
}

static int is_prose(const char *s, size_t n, int words) {
    if (words >= 12 && (ends_sentence(s, n) || words >= 25)) return 1;
    /* a sentence ending in a colon introduces what follows ("Zelensky ..., saying:") */
    if (words >= 5 && n && s[n - 1] == ':' && (words >= 12 || memchr(s, ',', n)) && has_lower(s, n)) return 1;
    /* short real paragraphs: '"It was time," Trump said.' */
    return words >= 3 && ends_sentence(s, n) && has_lower(s, n) && !(n > 3 && !strncmp(s + n - 3, "...", 3));
}

static int is_copyright(const char *s, size_t n) {
    return ci_starts(s, n, "\xC2\xA9") || ci_starts(s, n, "copyright") || ci_starts(s, n, "(c) ");
}

static an_line_type classify(const an_page *pg, const an_line *l, const an_outlets *o, const ingest_phrases *ph) {
    const char *s = line_text(pg, l);
    size_t n = line_len(l);
    int w = l->words;
    if (!n) return LT_BLANK;
    if (ci_starts(s, n, "published in ") && w <= 12) return LT_END;
    if (is_copyright(s, n) && w <= 30) return LT_END;
    if (w <= 6 && (in_list(s, n, end_lines) || starts_any(s, n, end_prefixes))) return LT_END;
    if (is_timeago(s, n, w)) return LT_TIMEAGO;
    if (is_date_line(s, n, w)) return LT_DATE;
    /* strong phrases as substrings in one pass; weak words whole, on short
     * lines. Every test from here to the credit marks' gives furniture, so
     * on lines of up to 30 words one scan looks for both kinds of phrase. */
    if (w <= 30 && phrases_any(s, n, &ph->furniture)) return LT_FURNITURE;
    if (w <= 8 && has_word(s, n, ui_weak)) return LT_FURNITURE;
    if (w <= 80 && starts_any(s, n, (const char *const[]){ "sign up", "subscribe", "click here", "download ",
                                                          "follow us", "get the latest", "sign in", NULL }))
        return LT_FURNITURE;
    if (w <= 4 && in_list(s, n, ui_lines)) return LT_FURNITURE;
    if ((l->flags & LF_CAPTION) || (w > 30 && w <= 50 && phrases_any(s, n, &ph->credit_marks))) return LT_FURNITURE;
    if (is_bullet(s, n) && w <= 12) return LT_MENU;
    if (is_source_line(s, n, w)) return LT_SOURCE;
    if (is_breadcrumb(s, n, w) && !ci_starts(s, n, "by ")) return LT_FURNITURE;
    if (w <= 6 && outlets_match(o, s, n)) return LT_OUTLET;
    if ((l->flags & LF_NAV) && w < 40) return LT_FURNITURE;
    if ((l->flags & LF_LINKY) && w < 25) return LT_MENU;
    if ((l->flags & LF_BULLET) && w <= 8 && !ends_sentence(s, n)) return LT_MENU;
    if (is_prose(s, n, w)) return LT_PROSE;
    return LT_SHORT;
}

#define COUNT(list) (sizeof list / sizeof *list - 1)      /* less the NULL */
_Static_assert(COUNT(ui_strong) + COUNT(credit_marks) <= PHRASES_MAX, "a phrase set holds PHRASES_MAX");

void lines_phrases(ingest_phrases *ph) {
    size_t n = 0;
    for (size_t i = 0; i < COUNT(ui_strong); i++) ph->furniture_list[n++] = ui_strong[i];
    for (size_t i = 0; i < COUNT(credit_marks); i++) ph->furniture_list[n++] = credit_marks[i];
    ph->furniture_list[n] = NULL;
    phrases_init(&ph->furniture, ph->furniture_list);
    phrases_init(&ph->credit_marks, credit_marks);
}

void lines_classify(an_page *pg, const an_outlets *o, const ingest_phrases *ph) {
    for (int i = 0; i < pg->nlines; i++) pg->lines[i].type = (uint8_t)classify(pg, &pg->lines[i], o, ph);
    /* A run of three or more short lines without sentence ends is a menu or a
     * list of section names, wherever it is. Blank lines do not break a run. */
    int i = 0;
    while (i < pg->nlines) {
        int j = i, shorts = 0;
        while (j < pg->nlines) {
            an_line *l = &pg->lines[j];
            if (l->type == LT_BLANK) { j++; continue; }
            if (!((l->type == LT_SHORT && l->words <= 3) || l->type == LT_MENU)) break;
            shorts++;
            j++;
        }
        if (shorts >= 3)
            for (int k = i; k < j; k++) if (pg->lines[k].type == LT_SHORT) pg->lines[k].type = LT_MENU;
        i = j > i ? j : i + 1;
    }
}
