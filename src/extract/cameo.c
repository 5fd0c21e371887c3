#include "cameo.h"
#include "../core/arena.h"
#include "../core/entries.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct an_cameo {
    an_arena arena;              /* the strings */
    an_cameo_code *codes;        /* file order */
    int n, cap;
    const an_cameo_code **sorted;   /* by code, for bsearch */
};

static int is_code(const char *s) {
    size_t n = strlen(s);
    if (n < 2 || n > 4) return 0;
    for (size_t i = 0; i < n; i++) if (!isdigit((unsigned char)s[i])) return 0;
    return 1;
}

/* Split a line at '|' into exactly five trimmed fields (in place). */
static int split_fields(char *s, char *f[5]) {
    int k = 0;
    for (char *p = s; k < 5; k++) {
        char *bar = strchr(p, '|');
        if (bar) *bar = 0;
        while (*p == ' ' || *p == '\t') p++;
        char *e = p + strlen(p);
        while (e > p && (e[-1] == ' ' || e[-1] == '\t')) *--e = 0;
        f[k] = p;
        if (!bar) return k + 1 == 5 ? 0 : -1;
        p = bar + 1;
    }
    return -1;                   /* a sixth field */
}

static int add_line(void *ud, ent_kind kind, const char *key, const char *value, int line,
                    char *err, size_t errlen) {
    an_cameo *t = ud;
    if (kind != ENT_NAME) { snprintf(err, errlen, "expected `code | goldstein | quad | plover | name`"); return -1; }
    char tmp[1024], *f[5], *end;
    snprintf(tmp, sizeof tmp, "%s", value);
    if (split_fields(tmp, f)) { snprintf(err, errlen, "expected 5 fields separated by '|'"); return -1; }
    if (!is_code(f[0])) { snprintf(err, errlen, "bad code '%s'", f[0]); return -1; }
    double g = strtod(f[1], &end);
    if (end == f[1] || *end || g < -10.0 || g > 10.0) { snprintf(err, errlen, "bad Goldstein weight '%s'", f[1]); return -1; }
    if (strlen(f[2]) != 1 || f[2][0] < '1' || f[2][0] > '4') { snprintf(err, errlen, "bad quad class '%s'", f[2]); return -1; }
    if (!f[4][0]) { snprintf(err, errlen, "empty name"); return -1; }
    if (t->n == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 512;
        an_cameo_code *nc = realloc(t->codes, (size_t)t->cap * sizeof *nc);
        if (!nc) { snprintf(err, errlen, "out of memory"); return -1; }
        t->codes = nc;
    }
    t->codes[t->n++] = (an_cameo_code){
        an_arena_strdup(&t->arena, f[0]), g, f[2][0] - '0',
        strcmp(f[3], "-") ? an_arena_strdup(&t->arena, f[3]) : NULL, an_arena_strdup(&t->arena, f[4]) };
    (void)key; (void)line;
    return 0;
}

static int by_code(const void *a, const void *b) {
    return strcmp((*(const an_cameo_code *const *)a)->code, (*(const an_cameo_code *const *)b)->code);
}

/* Sort an index for lookups and reject a code listed twice. */
static int index_codes(an_cameo *t, const char *name, char *err, size_t errlen) {
    t->sorted = malloc((size_t)(t->n ? t->n : 1) * sizeof *t->sorted);
    if (!t->sorted) { snprintf(err, errlen, "out of memory"); return -1; }
    for (int i = 0; i < t->n; i++) t->sorted[i] = &t->codes[i];
    qsort(t->sorted, (size_t)t->n, sizeof *t->sorted, by_code);
    for (int i = 1; i < t->n; i++)
        if (!strcmp(t->sorted[i]->code, t->sorted[i - 1]->code)) {
            snprintf(err, errlen, "%s: code %s listed twice", name, t->sorted[i]->code);
            return -1;
        }
    return 0;
}

static an_cameo *cameo_new(void) {
    an_cameo *t = calloc(1, sizeof *t);
    if (t) an_arena_init(&t->arena, 16 * 1024);
    return t;
}

an_cameo *cameo_parse(const char *name, const char *data, size_t len, char *err, size_t errlen) {
    an_cameo *t = cameo_new();
    if (!t) { snprintf(err, errlen, "out of memory"); return NULL; }
    if (entries_parse(name, data, len, add_line, t, err, errlen) || index_codes(t, name, err, errlen)) {
        cameo_free(t);
        return NULL;
    }
    return t;
}

an_cameo *cameo_load(const char *path, char *err, size_t errlen) {
    an_cameo *t = cameo_new();
    if (!t) { snprintf(err, errlen, "out of memory"); return NULL; }
    if (entries_read(path, add_line, t, err, errlen) || index_codes(t, path, err, errlen)) {
        cameo_free(t);
        return NULL;
    }
    return t;
}

void cameo_free(an_cameo *t) {
    if (!t) return;
    an_arena_free(&t->arena);
    free(t->codes);
    free(t->sorted);
    free(t);
}

const an_cameo_code *cameo_get(const an_cameo *t, const char *code) {
    if (!t || !code) return NULL;
    an_cameo_code key = { .code = code };
    const an_cameo_code *kp = &key;
    const an_cameo_code *const *hit = bsearch(&kp, t->sorted, (size_t)t->n, sizeof *t->sorted, by_code);
    return hit ? *hit : NULL;
}

int cameo_count(const an_cameo *t) { return t ? t->n : 0; }

const an_cameo_code *cameo_at(const an_cameo *t, int i) {
    return t && i >= 0 && i < t->n ? &t->codes[i] : NULL;
}

const char *cameo_root(const char *code, char *buf, size_t n) {
    if (!code || !is_code(code) || n < 3) return NULL;
    buf[0] = code[0];
    buf[1] = code[1];
    buf[2] = 0;
    return buf;
}
