/* The CAMEO code table: loading, lookups, and agreement with the shared
 * reference table when ../shared is present. */
#include "../test.h"
#include "../../src/extract/cameo.h"
#include <math.h>
#include <stdlib.h>

static an_cameo *load_ours(void) {
    char err[512];
    an_cameo *t = cameo_load(ANNALS_DICT_DIR "/cameo/codes.txt", err, sizeof err);
    if (!t) test_fail(__FILE__, __LINE__, "%s", err);
    return t;
}

TEST(cameo_loads_every_code) {
    an_cameo *t = load_ours();
    if (!t) return;
    CHECK_INT(cameo_count(t), 316);
    const an_cameo_code *c = cameo_get(t, "163");
    CHECK(c && c->goldstein == -8.0 && c->quad == 4);
    CHECK_STR(c ? c->plover : NULL, "SANCTION");
    c = cameo_get(t, "010");
    CHECK(c && c->plover == NULL && c->quad == 1);
    CHECK(cameo_get(t, "0211") != NULL);
    CHECK(cameo_get(t, "999") == NULL);
    CHECK(cameo_get(t, "16") != NULL && cameo_get(t, "1") == NULL);
    CHECK_STR(cameo_at(t, 0)->code, "01");
    cameo_free(t);
}

TEST(cameo_root_of_codes) {
    char b[4];
    CHECK_STR(cameo_root("1631", b, sizeof b), "16");
    CHECK_STR(cameo_root("010", b, sizeof b), "01");
    CHECK_STR(cameo_root("20", b, sizeof b), "20");
    CHECK(cameo_root("1", b, sizeof b) == NULL);
    CHECK(cameo_root("16a", b, sizeof b) == NULL);
    CHECK(cameo_root("12345", b, sizeof b) == NULL);
}

TEST(cameo_rejects_bad_lines) {
    char err[256];
    const char *cases[] = { "163 | -8.0 | 4 | SANCTION\n", "16x | 1 | 4 | - | name\n",
                            "163 | -11 | 4 | - | name\n", "163 | 1 | 5 | - | name\n",
                            "163 | 1 | 4 | - | \n", "163 | 1 | 4 | - | a\n163 | 1 | 4 | - | b\n",
                            "  163 | 1 | 4 | - | a\n" };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        an_cameo *t = cameo_parse("t", cases[i], strlen(cases[i]), err, sizeof err);
        if (t) test_fail(__FILE__, __LINE__, "accepted: %s", cases[i]);
        cameo_free(t);
    }
    an_cameo *t = cameo_parse("t", "163 | 1 | 4 | - | x\n", 20, err, sizeof err);
    CHECK(t && cameo_count(t) == 1);
    cameo_free(t);
}

/* One row of the reference table: code, name, goldstein (may be empty), quad. */
static int ref_row(char *line, char **code, char **gold, int *quad) {
    char *f[4];
    int k = 0;
    for (char *save = NULL, *p = strtok_r(line, "\t\n", &save); p && k < 4; p = strtok_r(NULL, "\t\n", &save)) f[k++] = p;
    if (k == 3) { f[3] = f[2]; f[2] = ""; }      /* empty goldstein: strtok skips it */
    else if (k != 4) return -1;
    *code = f[0]; *gold = f[2]; *quad = atoi(f[3]);
    return 0;
}

static void check_ref_row(const an_cameo *t, char *code, const char *gold, int quad, int *seen) {
    const an_cameo_code *c = cameo_get(t, code);
    if (!c) { test_fail(__FILE__, __LINE__, "code %s missing from codes.txt", code); return; }
    (*seen)++;
    if (c->quad != quad) test_fail(__FILE__, __LINE__, "%s: quad %d, reference %d", code, c->quad, quad);
    if (*gold && fabs(c->goldstein - atof(gold)) > 1e-9)
        test_fail(__FILE__, __LINE__, "%s: goldstein %.1f, reference %s", code, c->goldstein, gold);
    if (!*gold) {                                /* no published weight: the parent's */
        code[strlen(code) - 1] = 0;
        const an_cameo_code *p = cameo_get(t, code);
        if (!p || p->goldstein != c->goldstein) test_fail(__FILE__, __LINE__, "%s: weight not the parent's", c->code);
    }
}

TEST(cameo_matches_shared_reference) {
    char path[512], line[512];
    if (!test_shared("reference/cameo_codes.tsv", path, sizeof path)) { puts("skip: ../shared absent"); return; }
    an_cameo *t = load_ours();
    FILE *f = fopen(path, "r");
    if (!t || !f) { CHECK(f != NULL); cameo_free(t); if (f) fclose(f); return; }
    int seen = 0;
    fgets(line, sizeof line, f);                 /* header */
    while (fgets(line, sizeof line, f)) {
        char *code, *gold;
        int quad;
        if (ref_row(line, &code, &gold, &quad)) { test_fail(__FILE__, __LINE__, "bad reference row"); continue; }
        check_ref_row(t, code, gold, quad, &seen);
    }
    fclose(f);
    CHECK_INT(seen, cameo_count(t));             /* and no code of ours is extra */
    cameo_free(t);
}
