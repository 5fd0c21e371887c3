#include "ingest.h"
#include "../core/entries.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Outlets and their aliases. An alias is looked up by its whole text on
 * almost every short line of every page (outlets_match), so aliases sit in
 * a hash table keyed case-insensitively rather than in a list. */

typedef struct outlet { char *name; int wire; } outlet;
typedef struct alias { char *name; size_t len; int outlet; } alias;

struct an_outlets {
    outlet *out; int nout, outcap;
    alias *a; int n, cap;
    int *slots; size_t nslots;      /* alias index + 1 per slot, 0: empty */
};

static uint64_t ci_hash(const char *s, size_t n) {
    uint64_t h = 1469598103934665603u;                     /* FNV-1a */
    for (size_t i = 0; i < n; i++) { h ^= (unsigned char)tolower((unsigned char)s[i]); h *= 1099511628211u; }
    return h;
}

static int add_alias(an_outlets *o, const char *name) {
    if (o->n == o->cap) {
        int cap = o->cap ? o->cap * 2 : 256;
        alias *na = realloc(o->a, (size_t)cap * sizeof *na);
        if (!na) return -1;
        o->a = na;
        o->cap = cap;
    }
    char *d = strdup(name);
    if (!d) return -1;
    o->a[o->n++] = (alias){ d, strlen(d), o->nout - 1 };
    return 0;
}

static int each_alias(void *ud, const char *item) { return add_alias(ud, item); }

static int add_outlet(an_outlets *o, const char *name) {
    if (o->nout == o->outcap) {
        int cap = o->outcap ? o->outcap * 2 : 128;
        outlet *no = realloc(o->out, (size_t)cap * sizeof *no);
        if (!no) return -1;
        o->out = no;
        o->outcap = cap;
    }
    char *d = strdup(name);
    if (!d) return -1;
    o->out[o->nout++] = (outlet){ d, 0 };
    return add_alias(o, name);
}

static int on_field(an_outlets *o, const char *key, const char *value, char *err, size_t errlen) {
    if (!strcmp(key, "alias")) {
        char *list = strdup(value);              /* entries_split writes into it */
        if (!list) return -1;
        int rc = entries_split(list, each_alias, o);
        free(list);
        return rc;
    }
    if (!strcmp(key, "kind")) {
        o->out[o->nout - 1].wire |= !strcmp(value, "wire");
        return 0;
    }
    snprintf(err, errlen, "unknown field '%s'", key);
    return -1;
}

static int on_entry(void *ud, ent_kind kind, const char *key, const char *value, int line, char *err, size_t errlen) {
    an_outlets *o = ud;
    (void)line;
    if (kind == ENT_HEADER) { snprintf(err, errlen, "no [blocks] in the outlets file"); return -1; }
    if (kind == ENT_NAME) return add_outlet(o, value);
    if (!o->nout) { snprintf(err, errlen, "field before any entry"); return -1; }
    return on_field(o, key, value, err, errlen);
}

/* Open addressing at load <= 1/2; the first alias of a name wins, as the
 * first match of the former linear search did. */
static int build_index(an_outlets *o) {
    o->nslots = 64;
    while (o->nslots < (size_t)o->n * 2) o->nslots *= 2;
    o->slots = calloc(o->nslots, sizeof *o->slots);
    if (!o->slots) return -1;
    for (int i = 0; i < o->n; i++) {
        size_t k = ci_hash(o->a[i].name, o->a[i].len) & (o->nslots - 1);
        for (; o->slots[k]; k = (k + 1) & (o->nslots - 1)) {
            const alias *b = &o->a[o->slots[k] - 1];
            if (b->len == o->a[i].len && !strncasecmp(b->name, o->a[i].name, b->len)) break;
        }
        if (!o->slots[k]) o->slots[k] = i + 1;
    }
    return 0;
}

static an_outlets *finish_load(an_outlets *o, int rc) {
    if (!rc && !build_index(o)) return o;
    outlets_free(o);
    return NULL;
}

an_outlets *outlets_load(const char *path, char *err, size_t errlen) {
    an_outlets *o = calloc(1, sizeof *o);
    if (!o) return NULL;
    return finish_load(o, entries_read(path, on_entry, o, err, errlen));
}

an_outlets *outlets_parse(const char *name, const char *data, size_t len, char *err, size_t errlen) {
    an_outlets *o = calloc(1, sizeof *o);
    if (!o) return NULL;
    return finish_load(o, entries_parse(name, data, len, on_entry, o, err, errlen));
}

void outlets_free(an_outlets *o) {
    if (!o) return;
    for (int i = 0; i < o->n; i++) free(o->a[i].name);
    for (int i = 0; i < o->nout; i++) free(o->out[i].name);
    free(o->a);
    free(o->out);
    free(o->slots);
    free(o);
}

int outlets_is_wire(const an_outlets *o, const char *canon) {
    for (int i = 0; o && canon && i < o->nout; i++)
        if (o->out[i].name == canon) return o->out[i].wire;
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
    if (!o->nslots) return NULL;
    for (size_t k = ci_hash(s, n) & (o->nslots - 1); o->slots[k]; k = (k + 1) & (o->nslots - 1)) {
        const alias *a = &o->a[o->slots[k] - 1];
        if (a->len == n && !strncasecmp(a->name, s, n)) return o->out[a->outlet].name;
    }
    return NULL;
}

const char *outlets_find(const an_outlets *o, const char *s, size_t n) {
    if (!o) return NULL;
    const char *best = NULL;
    size_t best_len = 0;
    for (int i = 0; i < o->n; i++) {
        size_t k = o->a[i].len;
        if (k <= best_len || k < 2) continue;
        for (const char *p = ci_find(s, n, o->a[i].name); p; p = ci_find(p + 1, n - (size_t)(p + 1 - s), o->a[i].name)) {
            int left = p == s || !isalnum((unsigned char)p[-1]);
            int right = p + k == s + n || !isalnum((unsigned char)p[k]);
            /* short all-caps aliases (AP, RT) must match case exactly */
            int casing = k > 3 || !strncmp(p, o->a[i].name, k);
            if (left && right && casing) { best = o->out[o->a[i].outlet].name; best_len = k; break; }
        }
    }
    return best;
}
