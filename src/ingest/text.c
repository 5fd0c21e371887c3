#include "ingest.h"
#include <ctype.h>
#include <string.h>
#include <strings.h>

int ci_starts(const char *s, size_t n, const char *prefix) {
    size_t k = strlen(prefix);
    return n >= k && !strncasecmp(s, prefix, k);
}

const char *ci_find(const char *s, size_t n, const char *needle) {
    size_t k = strlen(needle);
    if (!k || k > n) return NULL;
    int first = tolower((unsigned char)needle[0]);
    for (size_t i = 0; i + k <= n; i++)
        if (tolower((unsigned char)s[i]) == first && !strncasecmp(s + i, needle, k)) return s + i;
    return NULL;
}

int has_lower(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) if (islower((unsigned char)s[i])) return 1;
    return 0;
}

int is_upper_word_start(const char *s, size_t n) {
    return n > 0 && (isupper((unsigned char)s[0]) || (unsigned char)s[0] >= 0xC3);
}

/* "SAMYA KULLAB" -> "Samya Kullab"; names already in mixed case are kept. */
char *title_case_name(an_arena *a, const char *s, size_t n) {
    char *d = an_arena_strndup(a, s, n);
    if (has_lower(s, n)) return d;
    int start = 1;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        if (isalpha(c)) { d[i] = start ? (char)c : (char)tolower(c); start = 0; }
        else start = c == ' ' || c == '-' || c == '\'';
        if (c >= 0x80) start = 0;
    }
    return d;
}
