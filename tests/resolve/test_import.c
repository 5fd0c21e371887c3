/* Importing TABARI and PETRARCH dictionaries: small files in their formats,
 * written by us, then our own sentences coded with them. */
#include "../test.h"
#include "rs_helpers.h"
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static const char *write_tmp(char *path, const char *content) {
    int fd = mkstemp(path);
    if (fd < 0) return NULL;
    FILE *f = fdopen(fd, "w");
    if (!f) { close(fd); return NULL; }
    fputs(content, f);
    fclose(f);
    return path;
}

TEST(import_tabari_actors_with_dates) {
    char p[] = "/tmp/annals-tabari-XXXXXX";
    const char *tab = write_tmp(p,
        "; our own TABARI-format test file\n"
        "ZEBULON_QUARTERMAINE_  [FRAGOV 080101-121231] [FRAOPP >130101] ; a made-up politician\n"
        "GRAND_ORDER_OF_LANTERNS_  [NGOLNT]\n"
        "ORDER_OF_LANTERNS_\n"
        "LANTERN_KEEPER_ [~REL]\n");
    CHECK(tab != NULL);
    rs_run r;
    CHECK(rs_run_text(&r, "Zebulon Quartermaine criticised the Order of Lanterns, and Italian lantern keepers "
                          "marched in Rome.\n", "2014-05-01", tab, NULL) == 0);
    const an_actor *z = r.a ? rs_find(&r, "Zebulon Quartermaine") : NULL;
    CHECK(z && z->code && !strcmp(z->code, "FRAOPP"));       /* the 2014 role, not the 2008-2012 one */
    const an_actor *o = r.a ? rs_at(&r, "Order of Lanterns") : NULL;
    CHECK(o && o->code && !strcmp(o->code, "NGOLNT"));       /* a synonym line takes the codes above it */
    const an_actor *k = r.a ? rs_at(&r, "Italian lantern keepers") : NULL;
    CHECK(k && k->code && !strcmp(k->code, "ITAREL"));       /* an imported agent, with its plural */
    rs_run_free(&r);
    unlink(p);
}

TEST(import_petrarch_synonyms_and_agents) {
    char p[] = "/tmp/annals-petrarch-XXXXXX";
    const char *pet = write_tmp(p,
        "# our own PETRARCH-format test file\n"
        "!PERSON! = MAN, MEN, WOMAN, WOMEN\n"
        "ISOLDE_MARCHBANKS_  # made up\n"
        "+MARCHBANKS_\n"
        "+ISOLDE_M._MARCHBANKS_\n"
        "\t[GBRGOV 190101-221231]\n"
        "\t[GBRBUS >230101]\n"
        "CANAL!PERSON! [~LAB]\n"
        "DREDGING_CREW {DREDGING_CREWS} [~LAB]\n");
    CHECK(pet != NULL);
    rs_run r;
    CHECK(rs_run_text(&r, "Marchbanks met Welsh canalmen and Dutch dredging crews in Cardiff.\n", "2024-03-01", NULL, pet) == 0);
    const an_actor *m = r.a ? rs_at(&r, "Marchbanks") : NULL;
    CHECK(m && m->code && !strcmp(m->code, "GBRBUS"));
    const an_actor *c = r.a ? rs_at(&r, "Welsh canalmen") : NULL;
    const an_actor *d = r.a ? rs_at(&r, "Dutch dredging crews") : NULL;
    CHECK(d && d->code && !strcmp(d->code, "NLDLAB"));
    (void)c;                                        /* "Welsh" is a nation of GBR in our dictionary, or not at all */
    rs_run_free(&r);
    unlink(p);
}

TEST(import_missing_file_fails_cleanly) {
    an_options o = { 0 };
    const char *tab[2] = { "/nonexistent/file.actors", NULL };
    o.import_tabari = tab;
    char err[256] = "";
    an_engine *e = an_engine_new(&o, err, sizeof err);
    CHECK(e == NULL);
    CHECK(strstr(err, "/nonexistent/file.actors") != NULL);
    an_engine_free(e);
}

TEST(import_shared_peer_dictionaries) {
    char a[512], b[512], c[512], d[512];
    const char *tab = test_shared("peers/dictionaries/tabari/CountryInfo.120116.actors", a, sizeof a);
    const char *tag = test_shared("peers/dictionaries/tabari/PSU.120522.agents", b, sizeof b);
    const char *pet = test_shared("peers/dictionaries/petrarch/petrarch2/Phoenix.International.actors.txt", c, sizeof c);
    const char *pag = test_shared("peers/dictionaries/petrarch/petrarch2/Phoenix.agents.txt", d, sizeof d);
    if (!tab || !tag || !pet || !pag) return;       /* ../shared not present */
    const char *tabs[3] = { tab, tag, NULL }, *pets[3] = { pet, pag, NULL };
    an_options o = { 0 };
    o.import_tabari = tabs;
    o.import_petrarch = pets;
    o.default_date = "2010-06-01";
    char err[512];
    an_engine *e = an_engine_new(&o, err, sizeof err);
    CHECK(e != NULL);
    if (!e) { fprintf(stderr, "%s\n", err); return; }
    /* a 2010 sentence: Mahmoud Abbas, in both our dictionary and theirs */
    const char *text = "Hamid Karzai met Kofi Annan and a group of Afghan shopkeepers in Kabul.\n";
    an_doc *doc = an_doc_process(e, "t", text, strlen(text), 0, AN_KIND_TEXT, NULL, NULL, err, sizeof err);
    const an_article *art = doc ? an_doc_article(doc, 0) : NULL;
    int karzai = 0;
    for (int i = 0; art && i < art->nactors; i++)
        if (strstr(art->actors[i].name, "Karzai") && art->actors[i].code && !strcmp(art->actors[i].code, "AFGGOV")) karzai = 1;
    CHECK(karzai);
    an_doc_free(doc);
    an_engine_free(e);
}
