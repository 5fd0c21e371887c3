#include "ingest.h"
#include "../core/entries.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct canon { char *name; int wire; } canon;
typedef struct { char *name; const canon *c; } alias;

struct an_outlets {
    alias *a; int n, cap;
    canon **canons; int nc, ccap;      /* each canonical name once; owns the strings */
    canon *current;
};

static int add_alias(an_outlets *o, const char *name, const canon *c) {
    if (o->n == o->cap) {
        o->cap = o->cap ? o->cap * 2 : 256;
        alias *na = realloc(o->a, (size_t)o->cap * sizeof *na);
        if (!na) return -1;
        o->a = na;
    }
    o->a[o->n].name = strdup(name);
    o->a[o->n].c = c;
    o->n++;
    return 0;
}

static int each_alias(void *ud, const char *item) {
    an_outlets *o = ud;
    return add_alias(o, item, o->current);
}

static int on_entry(void *ud, ent_kind kind, const char *key, const char *value, int line, char *err, size_t errlen) {
    an_outlets *o = ud;
    (void)line;
    if (kind == ENT_HEADER) { snprintf(err, errlen, "no [blocks] in the outlets file"); return -1; }
    if (kind == ENT_NAME) {
        if (o->nc == o->ccap) {
            o->ccap = o->ccap ? o->ccap * 2 : 256;
            canon **nc = realloc(o->canons, (size_t)o->ccap * sizeof *nc);
            if (!nc) return -1;
            o->canons = nc;
        }
        canon *c = calloc(1, sizeof *c);
        if (!c || !(c->name = strdup(value))) { free(c); return -1; }
        o->canons[o->nc++] = c;
        o->current = c;
        return add_alias(o, value, c);
    }
    if (!o->current) { snprintf(err, errlen, "field before any entry"); return -1; }
    if (!strcmp(key, "alias")) { char tmp[1024]; snprintf(tmp, sizeof tmp, "%s", value); return entries_split(tmp, each_alias, o); }
    if (!strcmp(key, "kind")) { o->current->wire = !strcmp(value, "wire"); return 0; }
    snprintf(err, errlen, "unknown field '%s'", key);
    return -1;
}

an_outlets *outlets_load(const char *path, char *err, size_t errlen) {
    an_outlets *o = calloc(1, sizeof *o);
    if (!o) return NULL;
    if (entries_read(path, on_entry, o, err, errlen)) { outlets_free(o); return NULL; }
    return o;
}

void outlets_free(an_outlets *o) {
    if (!o) return;
    for (int i = 0; i < o->n; i++) free(o->a[i].name);
    for (int i = 0; i < o->nc; i++) { free(o->canons[i]->name); free(o->canons[i]); }
    free(o->a);
    free(o->canons);
    free(o);
}

int outlets_is_wire(const an_outlets *o, const char *name) {
    if (!o || !name) return 0;
    for (int i = 0; i < o->nc; i++)
        if (o->canons[i]->name == name) return o->canons[i]->wire;
    return 0;
}

const char *outlets_match(const an_outlets *o, const char *s, size_t n) {
    if (!o) return NULL;
    /* trailing separators that sites put after a source name: "Washington Post·" */
    for (;;) {
        while (n && (s[n - 1] == ' ' || s[n - 1] == '|' || s[n - 1] == '-' || s[n - 1] == ',')) n--;
        if (n >= 2 && (unsigned char)s[n - 2] == 0xC2 && (unsigned char)s[n - 1] == 0xB7) { n -= 2; continue; }
        break;
    }
    while (n && (*s == ' ' || *s == '-')) { s++; n--; }
    for (int i = 0; i < o->n; i++)
        if (strlen(o->a[i].name) == n && !strncasecmp(o->a[i].name, s, n)) return o->a[i].c->name;
    return NULL;
}

const char *outlets_find(const an_outlets *o, const char *s, size_t n) {
    if (!o) return NULL;
    const char *best = NULL;
    size_t best_len = 0;
    for (int i = 0; i < o->n; i++) {
        size_t k = strlen(o->a[i].name);
        if (k <= best_len || k < 2) continue;
        for (const char *p = ci_find(s, n, o->a[i].name); p; p = ci_find(p + 1, n - (size_t)(p + 1 - s), o->a[i].name)) {
            int left = p == s || !isalnum((unsigned char)p[-1]);
            int right = p + k == s + n || !isalnum((unsigned char)p[k]);
            /* short all-caps aliases (AP, RT) must match case exactly */
            int casing = k > 3 || !strncmp(p, o->a[i].name, k);
            if (left && right && casing) { best = o->a[i].c->name; best_len = k; break; }
        }
    }
    return best;
}
