#include "meta.h"
#include "../core/date.h"
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* ---- names ---- */

static const char *const particles[] = { "von", "van", "der", "den", "de", "da", "di", "du", "del", "la", "le",
                                         "al", "el", "bin", "ibn", "dos", "das", "ter", NULL };
/* Capitalised words that start a sentence, never a name: they end a byline
 * that runs into the text ("By Andrew Osborn In a few short hours"). */
static const char *const stops[] = { "In", "The", "A", "An", "As", "At", "After", "Before", "For", "On", "With",
    "When", "While", "It", "This", "That", "These", "Those", "Its", "His", "Her", "Their", "Our", "We", "I",
    "He", "She", "They", "But", "And", "Or", "If", "Despite", "Amid", "From", "To", "Of", "By", "Updated",
    "Published", "Posted", "Last", "More", "Some", "Many", "Most", "Less", "Over", "Under", "During", NULL };

static size_t word_len(const char *s, size_t n) {
    size_t k = 0;
    while (k < n && s[k] != ' ' && s[k] != ',' && s[k] != '\t' && s[k] != ';' && s[k] != '|' && s[k] != '(' && s[k] != ')') k++;
    return k;
}

static int in_words(const char *s, size_t k, const char *const *list, int ci) {
    for (int i = 0; list[i]; i++)
        if (strlen(list[i]) == k && !(ci ? strncasecmp(s, list[i], k) : strncmp(s, list[i], k))) return 1;
    return 0;
}

static int all_caps(const char *s, size_t k) {
    int letters = 0;
    for (size_t i = 0; i < k; i++) {
        if (islower((unsigned char)s[i])) return 0;
        if (isupper((unsigned char)s[i])) letters++;
    }
    return letters >= 1;
}

static int name_token(const char *s, size_t k) {
    if (!k || !is_upper_word_start(s, k)) return 0;
    for (size_t i = 0; i < k; i++) {
        unsigned char c = (unsigned char)s[i];
        /* Latin-1 punctuation (U+00A0-U+00BF: "·", "«") and general
         * punctuation (U+2000-U+206F: dashes, bullets) are not letters */
        if (c == 0xC2 || (c == 0xE2 && i + 1 < k && (unsigned char)s[i + 1] == 0x80)) return 0;
        if (!(isalpha(c) || c == '.' || c == '-' || c == '\'' || c >= 0x80)) return 0;
    }
    return 1;
}

/* Parse one person's name at s. caps: -1 undecided, 0 mixed case, 1 ALL CAPS.
 * Returns bytes consumed (0 if not a name of 2+ tokens). */
static size_t parse_name(const char *s, size_t n, int *caps, int *tokens_out) {
    size_t i = 0, end = 0;
    int tokens = 0;
    while (i < n && tokens < 5) {
        size_t k = word_len(s + i, n - i);
        if (!k) break;
        int particle = in_words(s + i, k, particles, 0);
        if (!particle) {
            if (!name_token(s + i, k)) break;
            if (in_words(s + i, k, stops, 0)) break;
            int cap = all_caps(s + i, k) && k > 1;
            if (*caps < 0 && tokens == 0) *caps = cap;
            else if (*caps != cap) break;               /* case change ends the name */
            if (*caps == 0 && tokens >= 3) break;
            tokens++;
            end = i + k;
        }
        i += k;
        if (i < n && s[i] == ' ') i++; else break;
    }
    *tokens_out = tokens;
    return tokens >= 2 ? end : 0;
}

static size_t parse_names(an_arena *a, const char *s, size_t n, name_list *out, int whole) {
    size_t i = 0, end = 0;
    int caps = -1;
    out->n = 0;
    while (i < n && out->n < 16) {
        int tok;
        size_t k = parse_name(s + i, n - i, &caps, &tok);
        if (!k) break;
        out->names[out->n++] = title_case_name(a, s + i, k);
        i += k;
        end = i;
        size_t j = i;
        while (j < n && s[j] == ' ') j++;
        if (j < n && s[j] == ',') j++;
        while (j < n && s[j] == ' ') j++;
        if (ci_starts(s + j, n - j, "and ")) j += 4;
        else if (ci_starts(s + j, n - j, "& ")) j += 2;
        else if (j == i || (j < n && s[j - 1] != ',' && s[j - 1] != ' ')) break;
        if (j == i) break;
        i = j;
    }
    if (whole && end != n) return 0;
    return out->n ? end : 0;
}

size_t meta_byline(an_arena *a, const char *s, size_t n, name_list *out) {
    out->n = 0;
    if (!ci_starts(s, n, "by ")) return 0;
    size_t k = parse_names(a, s + 3, n - 3, out, 0);
    if (!k) return 0;
    k += 3;
    while (k < n && (s[k] == ' ' || s[k] == ',' || s[k] == '|')) k++;
    return k;
}

int meta_author_line(an_arena *a, const char *s, size_t n, name_list *out) {
    if (ci_starts(s, n, "by ")) return meta_byline(a, s, n, out) == n || (meta_byline(a, s, n, out) > 0 && out->n);
    if (n > 200) return 0;
    return parse_names(a, s, n, out, 1) == n && out->n > 0;
}

/* ---- datelines ---- */

static const char *const not_places[] = { "BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "ANALYSIS",
    "OPINION", "EDITORIAL", "NOTE", "CORRECTION", "LIVE", "VIDEO", "PHOTOS", "FILE", "WARNING", "EDITOR'S", NULL };

static size_t skip_spaces(const char *s, size_t n, size_t i) { while (i < n && s[i] == ' ') i++; return i; }

static size_t dateline_sep(const char *s, size_t n, size_t i) {
    i = skip_spaces(s, n, i);
    if (i < n && s[i] == ':') return i + 1;
    if (i + 1 < n && s[i] == '-' && s[i + 1] == '-') return i + 2;
    if (i < n && s[i] == '-') return i + 1;
    if (i + 2 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80
        && ((unsigned char)s[i + 2] == 0x94 || (unsigned char)s[i + 2] == 0x93)) return i + 3;
    return 0;
}

/* "Kyiv (AFP) - ": a place in title case is a dateline only with a wire. */
static size_t titlecase_dateline(an_arena *a, const char *s, size_t n, const char **place, const char **wire) {
    size_t i = 0, end = 0;
    for (int words = 0; words < 3 && i < n; words++) {
        size_t k = word_len(s + i, n - i);
        if (!k || !name_token(s + i, k)) break;
        end = i + k;
        i = end;
        if (i < n && s[i] == ' ') i++;
    }
    if (!end || i >= n || s[i] != '(') return 0;
    const char *close = memchr(s + i, ')', n - i < 40 ? n - i : 40);
    if (!close || close == s + i + 1) return 0;
    size_t e = dateline_sep(s, n, (size_t)(close - s) + 1);
    if (!e) return 0;
    *place = an_arena_strndup(a, s, end);
    *wire = an_arena_strndup(a, s + i + 1, (size_t)(close - s) - i - 1);
    return skip_spaces(s, n, e);
}

size_t meta_dateline(an_arena *a, const char *s, size_t n, const char **place, const char **wire) {
    *place = *wire = NULL;
    size_t tc = titlecase_dateline(a, s, n, place, wire);
    if (tc) return tc;
    size_t i = 0, place_end = 0;
    int words = 0, letters = 0;
    while (i < n && words < 5) {                       /* CITY in capitals */
        size_t k = word_len(s + i, n - i);
        if (!k || !all_caps(s + i, k)) break;
        for (size_t q = 0; q < k; q++) {
            unsigned char c = (unsigned char)s[i + q];
            if (!(isupper(c) || c == '.' || c == '-' || c == '\'' || c >= 0x80)) { if (c == ':') { k = q; break; } return 0; }
            if (isupper(c)) letters++;
        }
        if (!k) break;
        if (words == 0 && in_words(s, k, not_places, 1)) return 0;
        words++;
        place_end = i + k;
        i += k;
        if (i < n && s[i] == ' ' && i + 1 < n && s[i + 1] != '(' && s[i + 1] != '-') i++; else break;
    }
    if (!words || letters < 3) return 0;
    i = place_end;
    if (i < n && s[i] == ',') {                         /* ", Ukraine" or ", Feb 26" */
        size_t j = i + 1;
        for (int t = 0; t < 4; t++) {
            j = skip_spaces(s, n, j);
            size_t k = word_len(s + j, n - j);
            if (!k || (!isupper((unsigned char)s[j]) && !isdigit((unsigned char)s[j]))) break;
            j += k;
            if (j < n && s[j] == ',') j++;
            if (dateline_sep(s, n, j) || (skip_spaces(s, n, j) < n && s[skip_spaces(s, n, j)] == '(')) { i = j; break; }
        }
    }
    size_t j = skip_spaces(s, n, i);
    const char *w = NULL;
    if (j < n && s[j] == '(') {                         /* (AP), (Reuters) */
        const char *close = memchr(s + j, ')', n - j < 60 ? n - j : 60);
        if (!close) return 0;
        if (close > s + j + 1) w = an_arena_strndup(a, s + j + 1, (size_t)(close - s - j - 1));
        j = (size_t)(close - s) + 1;
    }
    size_t e = dateline_sep(s, n, j);
    if (!e) return 0;
    e = skip_spaces(s, n, e);
    if (e >= n || !(isupper((unsigned char)s[e]) || s[e] == '"' || s[e] == '[' || (unsigned char)s[e] >= 0xC3
                    || (unsigned char)s[e] == 0xE2 || isdigit((unsigned char)s[e]))) return 0;
    *place = an_arena_strndup(a, s, place_end);
    *wire = w;
    return e;
}

size_t meta_date_prefix(const char *s, size_t n, char *iso, size_t isolen) {
    static const char *const labels[] = { "date:", "date ", "published:", "published ", "updated:", "posted:",
                                          "posted ", "dated ", NULL };
    size_t i = 0;
    while (i < n && s[i] == ' ') i++;
    size_t lab = i;
    for (int k = 0; labels[k]; k++)
        if (ci_starts(s + i, n - i, labels[k])) { lab = i + strlen(labels[k]); break; }
    lab = skip_spaces(s, n, lab);
    an_date d;
    size_t lim = n - lab < 60 ? n - lab : 60;
    if (!date_find(s + lab, lim, &d) || d.start != 0) return 0;
    if (lab == i && d.end < 8) return 0;
    date_format(&d, iso, isolen);
    size_t e = skip_spaces(s, n, lab + d.end);
    if (e < n && (s[e] == '-' || s[e] == '|' || s[e] == ':')) e = skip_spaces(s, n, e + 1);
    return e;
}

static int capitalised_words(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if ((i == 0 || s[i - 1] == ' ') && s[i] != ' ' && !is_upper_word_start(s + i, n - i)) return 0;
    return n > 0;
}

int meta_bio(an_arena *a, const an_outlets *o, const char *s, size_t n, const char **author, const char **org) {
    static const char *const roles[] = { " columnist", " correspondent", " reporter", " writer", " editor",
                                         " contributor", " journalist", " bureau chief", NULL };
    if (n > 400) return 0;
    int caps = -1, tok;
    size_t k = parse_name(s, n, &caps, &tok);
    if (!k) return 0;
    size_t i = k;
    const char *is = NULL;
    if (ci_starts(s + i, n - i, " is a ")) is = s + i + 6;
    else if (ci_starts(s + i, n - i, " is an ")) is = s + i + 7;
    else if (ci_starts(s + i, n - i, " is the ")) is = s + i + 8;
    if (!is) return 0;
    size_t rest = n - (size_t)(is - s);
    const char *role = NULL;
    for (int r = 0; roles[r]; r++) {
        const char *p = ci_find(is - 1, rest + 1, roles[r]);
        if (p && (!role || p < role)) role = p;
    }
    if (!role || role - is > 80) return 0;
    *author = title_case_name(a, s, k);
    /* The search starts one byte early so that a role right after "is a"
     * matches its leading space: then there is no organisation in between. */
    size_t mid = role > is ? (size_t)(role - is) : 0;
    const char *canon = outlets_match(o, is, mid);
    if (!canon) canon = outlets_find(o, is, mid);
    *org = canon;
    if (!canon && mid && capitalised_words(is, mid)) *org = an_arena_strndup(a, is, mid);
    return 1;
}

static size_t sentence_start(const char *s, size_t at) {
    while (at > 0) {
        if (at >= 2 && s[at - 1] == ' ' && (s[at - 2] == '.' || s[at - 2] == '"' || s[at - 2] == '!' || s[at - 2] == '?'
                                           || s[at - 2] == '\'' || (unsigned char)s[at - 2] == 0x9D || (unsigned char)s[at - 2] == 0x99)) return at;
        at--;
    }
    return 0;
}

/* The first two mark a credit anywhere, as does a copyright sign; the others
 * only near the end of a paragraph: "reporting by" also occurs in prose. The
 * sign is looked for on its own: two bytes long, it would keep the phrase
 * scan from skipping ahead by the length of the others. */
enum { CREDIT_MARKS = 2 };

void meta_credit_phrases(phrase_set *credits) {
    static const char *const phrases[] = { "(c) copyright", "copyright \xC2\xA9",
        "contributed to this report", "contributed reporting", "(reporting by", "reporting by ",
        "editing by ", "writing by ", "compiled by ", NULL };
    phrases_init(credits, phrases);
}

/* Where the first copyright sign (UTF-8 C2 A9) is, or n. By memchr on its
 * first byte, which is rare in English: memmem goes byte by byte. */
static size_t copyright_sign(const char *s, size_t n) {
    for (const char *p = s, *end = s + n; (p = memchr(p, 0xC2, (size_t)(end - p))) && p + 1 < end; p++)
        if ((unsigned char)p[1] == 0xA9) return (size_t)(p - s);
    return n;
}

size_t meta_credit_start(const char *s, size_t n, const phrase_set *credits) {
    size_t first[PHRASES_MAX];
    phrases_first(s, n, credits, first);      /* one pass: this runs on every paragraph */
    size_t cut = copyright_sign(s, n);
    for (int i = 0; i < CREDIT_MARKS; i++) if (first[i] < cut) cut = first[i];
    for (int i = CREDIT_MARKS; i < credits->n; i++) {
        if (first[i] == n || n - first[i] > 300) continue;
        size_t st = sentence_start(s, first[i]);
        if (st < cut) cut = st;
    }
    while (cut > 0 && cut < n && s[cut - 1] == ' ') cut--;
    return cut;
}
