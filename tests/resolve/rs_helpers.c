#include "rs_helpers.h"
#include <stdio.h>
#include <string.h>

int rs_run_text(rs_run *r, const char *text, const char *date, const char *tabari, const char *petrarch) {
    memset(r, 0, sizeof *r);
    const char *tab[2] = { tabari, NULL }, *pet[2] = { petrarch, NULL };
    an_options o = { 0 };
    o.default_date = date;
    o.kind = AN_KIND_TEXT;
    o.import_tabari = tabari ? tab : NULL;
    o.import_petrarch = petrarch ? pet : NULL;
    char err[512];
    r->e = an_engine_new(&o, err, sizeof err);
    if (!r->e) { fprintf(stderr, "engine: %s\n", err); return -1; }
    r->text = text;
    r->d = an_doc_process(r->e, "test", text, strlen(text), 0, AN_KIND_TEXT, NULL, NULL, err, sizeof err);
    if (!r->d || an_doc_count(r->d) < 1) return -1;
    r->a = an_doc_article(r->d, 0);
    return 0;
}

void rs_run_free(rs_run *r) {
    an_doc_free(r->d);
    an_engine_free(r->e);
}

const an_actor *rs_find(const rs_run *r, const char *name) {
    for (int i = 0; r->a && i < r->a->nactors; i++)
        if (!strcmp(r->a->actors[i].name, name)) return &r->a->actors[i];
    return NULL;
}

const an_actor *rs_at(const rs_run *r, const char *needle) {
    const char *p = strstr(r->text, needle);
    if (!p || !r->a) return NULL;
    uint64_t off = (uint64_t)(p - r->text);
    for (int i = 0; i < r->a->nactors; i++)
        for (int j = 0; j < r->a->actors[i].nmentions; j++)
            if (r->a->actors[i].mentions[j].start == off) return &r->a->actors[i];
    return NULL;
}

const char *rs_mention_text(const rs_run *r, const an_actor *x, int i, char *buf, size_t n) {
    if (!x || i >= x->nmentions) return "";
    snprintf(buf, n, "%.*s", (int)(x->mentions[i].end - x->mentions[i].start), r->text + x->mentions[i].start);
    return buf;
}
