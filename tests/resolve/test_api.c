/* The internal API the event and quote extractors use, and dictionary loading. */
#include "../test.h"
#include "rs_helpers.h"
#include "../../src/resolve/resolve.h"
#include "../../src/resolve/rs_int.h"
#include <stdio.h>
#include <time.h>

TEST(resolve_actors_at_and_mention_table) {
    rs_run r;
    CHECK(rs_run_text(&r, "Emmanuel Macron called Friedrich Merz on Monday about the summit.\n", "2025-08-01", NULL, NULL) == 0);
    if (!r.a) { rs_run_free(&r); return; }
    const an_actor *x = actors_at(r.a, 2);            /* inside "Emmanuel Macron" */
    CHECK(x && !strcmp(x->name, "Emmanuel Macron"));
    CHECK(actors_at(r.a, 17) == NULL);                /* "called" */
    an_arena ar;
    an_arena_init(&ar, 4096);
    rs_mention *m;
    int n = actors_mentions(r.a, &ar, &m);
    CHECK(n == 2);
    if (n == 2) { CHECK(m[0].at->start < m[1].at->start); CHECK_STR(m[1].actor->name, "Friedrich Merz"); }
    /* each mention's body span holds the name and maps to its input span */
    for (int i = 0; i < n; i++) {
        char name[64];
        const an_mention *at = m[i].at;
        snprintf(name, sizeof name, "%.*s", (int)(at->body_end - at->body_start), r.a->body + at->body_start);
        CHECK_STR(name, m[i].actor->name);
        CHECK(an_body_offset(r.a, at->body_start) == at->start);
        CHECK(an_body_offset(r.a, at->body_end - 1) + 1 == at->end);
    }
    an_arena_free(&ar);
    rs_run_free(&r);
}

/* The load time is reported, not asserted: tests never assert timings (make
 * bench measures them). */
TEST(resolve_dictionary_loads) {
    struct timespec t0, t1;
    char err[512];
    clock_gettime(CLOCK_MONOTONIC, &t0);
    rs_dict *d = rs_dict_load(ANNALS_DICT_DIR, err, sizeof err);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    CHECK(d != NULL);
    if (!d) { fprintf(stderr, "%s\n", err); return; }
    double s = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    rs_stats st;
    rs_dict_stats(d, &st);
    fprintf(stderr, "  dict/actors: %d countries, %d orgs, %d people (%d roles), %d agent phrases, %d gazetteer cities, "
            "%d phrases; loaded in %.3f s\n", st.countries, st.orgs, st.people, st.roles, st.agents, st.cities, st.phrases, s);
    CHECK(st.countries >= 247 && st.orgs >= 584 && st.people >= 2000 && st.agents > 1000);
    rs_dict_free(d);
}

TEST(resolve_bad_dictionary_line_is_reported) {
    rs_dict *d = rs_dict_load("/nonexistent-dict", (char[256]){ 0 }, 256);
    CHECK(d == NULL);
}

TEST(resolve_iso_codes_add_country_names) {
    char buf[64];
    FILE *f = fopen(RS_ISO_3166_PATH, "r");
    if (!f) return;                                  /* iso-codes not installed */
    fclose(f);
    rs_run r;
    CHECK(rs_run_text(&r, "A research ship left Bouvet Island on Monday.\n", "2025-08-01", NULL, NULL) == 0);
    const an_actor *x = r.a ? rs_at(&r, "Bouvet Island") : NULL;
    CHECK(x && x->code && !strcmp(x->code, "BVT"));
    (void)buf;
    rs_run_free(&r);
}
