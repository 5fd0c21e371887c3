#include "entries.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *trim(char *s) {
    while (*s == ' ' || *s == '\t') s++;
    char *e = s + strlen(s);
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r')) *--e = 0;
    return s;
}

/* Cuts the comment off s and returns it (trimmed), or "" when there is none. */
static const char *strip_comment(char *s) {
    /* '#' starts a comment unless it is inside a word (C#, #1 is rare in names) */
    for (char *p = s; *p; p++)
        if (*p == '#' && (p == s || p[-1] == ' ' || p[-1] == '\t')) { *p = 0; return trim(p + 1); }
    return "";
}

int entries_parse_c(const char *name, const char *data, size_t len, ent_cfn fn, void *ud, char *err, size_t errlen) {
    char local[4096];
    size_t i = 0;
    int lineno = 0;
    while (i < len) {
        const char *nl = memchr(data + i, '\n', len - i);
        size_t e = nl ? (size_t)(nl - data) : len, n = e - i;
        lineno++;
        if (n >= sizeof local) {
            snprintf(err, errlen, "%s:%d: line longer than %zu bytes", name, lineno, sizeof local - 1);
            return -1;
        }
        memcpy(local, data + i, n);
        local[n] = 0;
        i = e + 1;
        int indented = local[0] == ' ' || local[0] == '\t';
        const char *comment = strip_comment(local);
        char *s = trim(local);
        if (!*s) continue;
        char msg[512] = "";
        int rc;
        if (!indented && s[0] == '[') {
            char *close = strchr(s, ']');
            if (!close) { snprintf(err, errlen, "%s:%d: '[' without ']'", name, lineno); return -1; }
            *close = 0;
            rc = fn(ud, ENT_HEADER, NULL, trim(s + 1), comment, lineno, msg, sizeof msg);
        } else if (!indented) {
            rc = fn(ud, ENT_NAME, NULL, s, comment, lineno, msg, sizeof msg);
        } else {
            char *sp = s;
            while (*sp && *sp != ' ' && *sp != '\t') sp++;
            char *val = "";
            if (*sp) { *sp = 0; val = trim(sp + 1); }
            rc = fn(ud, ENT_FIELD, s, val, comment, lineno, msg, sizeof msg);
        }
        if (rc) {
            snprintf(err, errlen, "%s:%d: %s", name, lineno, msg[0] ? msg : "cannot read this line");
            return -1;
        }
    }
    return 0;
}

/* The plain reader is the commented one with the comment dropped. */
typedef struct plain_ud { ent_fn fn; void *ud; } plain_ud;

static int plain_cb(void *ud, ent_kind kind, const char *key, const char *value, const char *comment,
                    int line, char *err, size_t errlen) {
    (void)comment;
    const plain_ud *p = ud;
    return p->fn(p->ud, kind, key, value, line, err, errlen);
}

int entries_parse(const char *name, const char *data, size_t len, ent_fn fn, void *ud, char *err, size_t errlen) {
    plain_ud p = { fn, ud };
    return entries_parse_c(name, data, len, plain_cb, &p, err, errlen);
}

int entries_read(const char *path, ent_fn fn, void *ud, char *err, size_t errlen) {
    plain_ud p = { fn, ud };
    return entries_read_c(path, plain_cb, &p, err, errlen);
}

int entries_read_c(const char *path, ent_cfn fn, void *ud, char *err, size_t errlen) {
    FILE *f = fopen(path, "rb");
    if (!f) { snprintf(err, errlen, "%s: %s", path, strerror(errno)); return -1; }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    if (!buf) { fclose(f); return -1; }
    size_t k;
    while ((k = fread(buf + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap) {
            cap *= 2;
            char *nb = realloc(buf, cap);
            if (!nb) { free(buf); fclose(f); return -1; }
            buf = nb;
        }
    }
    int bad = ferror(f);
    fclose(f);
    if (bad) { free(buf); snprintf(err, errlen, "%s: read error", path); return -1; }
    int rc = entries_parse_c(path, buf, n, fn, ud, err, errlen);
    free(buf);
    return rc;
}

int entries_split(char *list, int (*each)(void *ud, const char *item), void *ud) {
    char *p = list;
    while (p) {
        char *semi = strchr(p, ';');
        if (semi) *semi = 0;
        char *t = trim(p);
        if (*t) { int rc = each(ud, t); if (rc) return rc; }
        p = semi ? semi + 1 : NULL;
    }
    return 0;
}
