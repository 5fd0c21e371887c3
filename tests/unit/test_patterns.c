/* Our pattern files: compiling, indexing, ordering, errors, load time. */
#include "../test.h"
#include "../../src/extract/cameo.h"
#include "../../src/extract/patterns.h"
#include <time.h>

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static an_patterns *parse(const char *text, char *err, size_t errlen) {
    an_patterns *p = patterns_new();
    if (patterns_parse_ours(p, "t.txt", text, strlen(text), NULL, 0, err, errlen)) { patterns_free(p); return NULL; }
    patterns_index(p);
    return p;
}

TEST(patterns_compile_tokens) {
    char err[256];
    an_patterns *p = parse("[163]\nimpose sanction/embargo on $T\nsanction $T\nurge $T to * VERB\n", err, sizeof err);
    if (!p) { test_fail(__FILE__, __LINE__, "%s", err); return; }
    CHECK_INT(patterns_count(p), 3);
    const an_pattern *a = patterns_at(p, 0);
    CHECK_STR(a->code, "163");
    CHECK_STR(a->head, "impose");
    CHECK_INT(a->npost, 3);
    CHECK(a->post[0].kind == PE_WORD && a->post[0].nwords == 2);
    CHECK_STR(a->post[0].words[1], "embargo");
    CHECK(a->post[2].kind == PE_TARGET && a->post[2].conn == PC_TIGHT);
    const an_pattern *c = patterns_at(p, 2);
    CHECK(c->post[2].kind == PE_GAP && c->post[3].kind == PE_VERB);
    CHECK_INT(a->line, 2);
    patterns_free(p);
}

TEST(patterns_most_specific_first) {
    char err[256];
    an_patterns *p = parse("[010]\nsay\n[020]\nsay to $T\n[163]\nsay sanction on $T\n[0211]\nsay a/b on $T\n", err, sizeof err);
    if (!p) { test_fail(__FILE__, __LINE__, "%s", err); return; }
    const an_pattern *const *run;
    int n = patterns_find(p, "say", 3, 0, &run);
    CHECK_INT(n, 4);
    if (n == 4) {
        CHECK_STR(run[0]->code, "163");
        CHECK_STR(run[1]->code, "0211");
        CHECK_STR(run[2]->code, "020");
        CHECK_STR(run[3]->code, "010");
    }
    CHECK_INT(patterns_find(p, "sa", 2, 0, &run), 0);
    CHECK_INT(patterns_find(p, "say", 3, 1, &run), 0);     /* not a stem key */
    patterns_free(p);
}

TEST(patterns_alternative_heads_share_a_pattern) {
    char err[256];
    an_patterns *p = parse("[043]\ntalk/talks with $T\n", err, sizeof err);
    if (!p) { test_fail(__FILE__, __LINE__, "%s", err); return; }
    const an_pattern *const *r1, *const *r2;
    CHECK_INT(patterns_find(p, "talk", 4, 0, &r1), 1);
    CHECK_INT(patterns_find(p, "talks", 5, 0, &r2), 1);
    CHECK(r1 && r2 && r1[0] == r2[0]);
    CHECK_INT(patterns_count(p), 1);
    patterns_free(p);
}

TEST(patterns_report_bad_lines) {
    char err[256];
    const char *bad[] = { "say\n", "[010]\nSay\n", "[010]\nsay $X\n", "[010]\n  say\n", "[010]\nsay a//b\n" };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        an_patterns *p = parse(bad[i], err, sizeof err);
        if (p) test_fail(__FILE__, __LINE__, "accepted: %s", bad[i]);
        else CHECK(!strncmp(err, "t.txt:", 6));
        patterns_free(p);
    }
    an_cameo *codes = cameo_load(ANNALS_DICT_DIR "/cameo/codes.txt", err, sizeof err);
    an_patterns *p = patterns_new();
    CHECK(patterns_parse_ours(p, "t.txt", "[999]\nsay\n", 11, codes, 0, err, sizeof err) == -1);
    CHECK(strstr(err, "t.txt:1:") != NULL);
    patterns_free(p);
    cameo_free(codes);
}

/* Our dictionaries load whole, every code is known, and loading is fast. */
TEST(patterns_load_our_dictionaries) {
    char err[512];
    an_cameo *codes = cameo_load(ANNALS_DICT_DIR "/cameo/codes.txt", err, sizeof err);
    if (!codes) { test_fail(__FILE__, __LINE__, "%s", err); return; }
    double t0 = now_ms();
    an_patterns *v = patterns_new(), *nn = patterns_new();
    int fv = patterns_load_glob(v, ANNALS_DICT_DIR, "verbs", codes, err, sizeof err);
    int fn = patterns_load_glob(nn, ANNALS_DICT_DIR, "nouns", codes, err, sizeof err);
    double ms = now_ms() - t0;
    CHECK(fv >= 1 && fn >= 1);
    CHECK(patterns_count(v) >= 7000);
    CHECK(patterns_count(nn) >= 600);
    printf("load: our patterns, %d verb + %d noun patterns from %d+%d files in %.1f ms\n",
           patterns_count(v), patterns_count(nn), fv, fn, ms);
#if !defined(__SANITIZE_ADDRESS__)
    CHECK(ms < 500);                             /* sanitizers slow loading many times */
#endif
    const an_pattern *const *run;
    CHECK(patterns_find(v, "impose", 6, 0, &run) > 0);
    CHECK(patterns_find(nn, "offer", 5, 0, &run) > 0 && (run[0]->flags & PF_NOUN));
    patterns_free(v);
    patterns_free(nn);
    cameo_free(codes);
}
