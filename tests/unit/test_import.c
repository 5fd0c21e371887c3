/* Importing TABARI and PETRARCH verb dictionaries: the formats on small
 * examples written here, then the peers' files when ../shared is present
 * (load time and coverage are printed). */
#include "../test.h"
#include "../../src/extract/match.h"
#include "../../src/extract/patterns_import.h"
#include <time.h>

/* Sanitizers slow loading ten times or more; the limit is for real builds. */
#if defined(__SANITIZE_ADDRESS__)
#define LOAD_LIMIT_MS 20000
#else
#define LOAD_LIMIT_MS 1000
#endif

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void report(const char *what, const an_patterns *p, const import_stats *st, double ms) {
    printf("load: %s: %d verbs, %d pattern lines, %d imported (%d compiled patterns), %d skipped, %.1f ms\n",
           what, st->verbs, st->lines, st->imported, st->added, import_skipped(st), ms);
    for (int r = 0; r < IMP_NREASONS; r++)
        if (st->skipped[r]) printf("      skipped %d: %s\n", st->skipped[r], import_reason_name((imp_reason)r));
    (void)p;
}

/* Load a peer file; returns the set (NULL when ../shared is absent). */
static an_patterns *load_peer(const char *rel, int tabari, import_stats *st) {
    char path[512], err[512];
    if (!test_shared(rel, path, sizeof path)) { printf("skip: %s absent\n", rel); return NULL; }
    memset(st, 0, sizeof *st);
    an_patterns *p = patterns_new();
    double t0 = now_ms();
    int rc = tabari ? patterns_import_tabari(p, path, st, err, sizeof err)
                    : patterns_import_petrarch(p, path, st, err, sizeof err);
    double ms = now_ms() - t0;
    if (rc) { test_fail(__FILE__, __LINE__, "%s", err); patterns_free(p); return NULL; }
    report(rel, p, st, ms);
    CHECK(ms < LOAD_LIMIT_MS);
    return p;
}

TEST(import_peer_dictionaries) {
    static const struct { const char *rel; int tabari, min; } files[] = {
        { "peers/dictionaries/tabari/CAMEO.080612.verbs", 1, 10000 },
        { "peers/tabari/CAMEO.091003.master.verbs", 1, 10000 },
        { "peers/tabari/TABARI.Demo.verbs", 1, 500 },
        { "peers/dictionaries/petrarch/petrarch2/CAMEO.2.0.txt", 0, 5000 },
        { "peers/petrarch/PETR.Validate.verbs.txt", 0, 500 },
        { "peers/dictionaries/petrarch/openeventdata-Dictionaries/CAMEO.verbpatterns.txt", 0, 5000 },
    };
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
        import_stats st;
        an_patterns *p = load_peer(files[i].rel, files[i].tabari, &st);
        if (!p) continue;
        CHECK(st.imported >= files[i].min);
        patterns_free(p);
    }
}

static an_patterns *import_src(int tabari, const char *src, import_stats *st) {
    an_patterns *p = patterns_new();
    memset(st, 0, sizeof *st);
    int rc = tabari ? patterns_import_tabari_buf(p, "t", src, strlen(src), st)
                    : patterns_import_petrarch_buf(p, "p", src, strlen(src), st);
    CHECK_INT(rc, 0);
    return p;
}

static const char *describe_first(an_patterns *p, const char *key, int stem, int k, char *buf, size_t n) {
    const an_pattern *const *run;
    int c = patterns_find(p, key, strlen(key), stem, &run);
    return c > k ? patterns_describe(run[k], buf, n) : "(none)";
}

/* A made-up TABARI dictionary exercising each notation. */
TEST(import_tabari_notation) {
    const char *src =
        "<SYNSETS>\n&FRUIT\n+APPLE\n+PEAR_\n&BIG\n+LARGE TREE\n+HUGE\n</SYNSETS>\n"
        "<TIME>\nYESTERDAY [-1]\n</TIME>\n"
        "PLANT  [501] ;a comment\n"
        "{ PLANTED_ PLANTING_ }\n"
        "- SAID * &FRUIT IN_ +  [502]\n"
        "- $ *_OFF { NEAR | BY } ^ [503:504]\n"
        "- * &BIG [505]\n"
        "- * [---]\n"
        "- * * TWO [506]\n"
        "- * NO CODE\n"
        "WATER_ON [---]\n"
        "~~FINISH\nIGNORED [999]\n";
    import_stats st;
    an_patterns *p = import_src(1, src, &st);
    CHECK_INT(st.synsets, 2);
    CHECK_INT(st.skipped[IMP_NOT_PATTERN], 1);
    CHECK_INT(st.skipped[IMP_VERB_MARK], 1);
    CHECK_INT(st.skipped[IMP_BAD_CODE], 1);
    CHECK_INT(st.lines, 1 + 1 + 6 + 1);           /* TIME entry, PLANT default, 6 lines, WATER_ON */
    char b[256];
    CHECK_STR(describe_first(p, "plant", 1, 0, b, sizeof b), "said~ .. * .. apple/pear~ .. in .. $T [502]");
    CHECK_STR(describe_first(p, "planted", 0, 0, b, sizeof b), "said~ .. * .. apple/pear~ .. in .. $T [502]");
    CHECK_STR(describe_first(p, "plant", 1, 1, b, sizeof b), "$S .. *_off~ .. near/by~ .. ^ [503:504]");
    CHECK_STR(describe_first(p, "water", 0, 0, b, sizeof b), "*_on~ [---]");
    CHECK_INT(patterns_find(p, "ignored", 7, 1, &(const an_pattern *const *){ NULL }), 0);
    /* &BIG has a two-word member, so that line becomes two patterns */
    int n505 = 0;
    for (int i = 0; i < patterns_count(p); i++) n505 += patterns_at(p, i)->code && !strcmp(patterns_at(p, i)->code, "505");
    CHECK_INT(n505, 2);
    patterns_free(p);
}

/* A made-up PETRARCH dictionary: blocks, forms, compounds, groups. */
TEST(import_petrarch_notation) {
    const char *src =
        "<!-- a comment line -->\n"
        "&COLOR\n+RED\n+DARK BLUE\n\n"
        "--- PAINT  [601]  ---\n"
        "PAINT {PAINTS PAINTED}  # comment\n"
        "COLOUR\n"
        "+PAINT_OVER [602]\n"
        "BRUSH_+STROKE\n"
        "- * &COLOR (ON +)   [603]   # PAINT\n"
        "- * {BRIGHT WALL}   [:604]\n"
        "- * &NOPE [605]\n"
        "~ a (a b PAINT) SAY = a b 010\n";
    import_stats st;
    an_patterns *p = import_src(0, src, &st);
    char b[256];
    CHECK_STR(describe_first(p, "painted", 0, 0, b, sizeof b), "* .. dark .. blue .. on $T [603]");
    CHECK_STR(describe_first(p, "colour", 0, 1, b, sizeof b), "* .. red .. on $T [603]");
    CHECK_STR(describe_first(p, "paint", 0, 3, b, sizeof b), "*_over [602]");
    CHECK_STR(describe_first(p, "stroke", 0, 0, b, sizeof b), "brush_* [601]");
    CHECK_STR(describe_first(p, "paints", 0, 2, b, sizeof b), "* .. bright wall [:604]");
    CHECK_INT(st.skipped[IMP_SYNSET], 1);
    CHECK_INT(st.skipped[IMP_NOT_PATTERN], 1);
    const an_pattern *const *run;
    int n = patterns_find(p, "paint", 5, 0, &run);
    CHECK(n >= 4 && run[n - 1]->npost == 0 && !strcmp(run[n - 1]->code, "601"));
    patterns_free(p);
}

/* Imported patterns through the matcher: stems, pre-verb words, sources. */
TEST(import_then_match) {
    const char *src = "ACCUS  [112]\n- $ * OF_ SPYING  [1125]\n- NOT * [---]\n";
    import_stats st;
    an_patterns *p = import_src(1, src, &st);
    an_mtok t[] = { { "Gondor", "gondor", MT_PROPN, 0, 0 }, { "accused", "accuse", MT_VERB, 0, 0 }, { "Arnor", "arnor", MT_PROPN, 0, 0 },
                    { "of", "of", MT_ADP, 0, 0 }, { "spying", "spy", MT_VERB, 0, 0 } };
    an_mspan s[] = { { 0, 1 }, { 2, 3 } };
    an_mquery q = { t, 5, 1, s, 2, 0 };
    an_mresult r;
    CHECK(match_best(p, &q, &r));
    CHECK_STR(r.code, "1125");
    CHECK_INT(r.source, 0);
    CHECK_INT(r.start, 0);
    q.ntok = 3;
    CHECK(match_best(p, &q, &r));
    CHECK_STR(r.code, "112");
    an_mtok neg[] = { { "not", "not", MT_PART, 0, 0 }, { "accusing", "accuse", MT_VERB, 0, 0 } };
    an_mquery q2 = { neg, 2, 1, NULL, 0, 0 };
    CHECK(match_best(p, &q2, &r) && (r.flags & PF_NULL));
    patterns_free(p);
}
