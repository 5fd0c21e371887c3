/* Loading WordNet: a small WordNet directory written by these tests, in
 * WordNet's file formats, with the awkward endings the loader must survive
 * (no final newline, a number as the file's last bytes, an empty file). */
#include "helper.h"
#include "../../src/analyse/lexicon.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int write_file(const char *dir, const char *name, const char *content) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    if (!f) return -1;
    fputs(content, f);
    return fclose(f);
}

static void remove_files(const char *dir) {
    static const char *const names[] = { "index.noun", "index.verb", "index.adj", "data.noun", "noun.exc", NULL };
    char path[512];
    for (int i = 0; names[i]; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        unlink(path);
    }
    rmdir(dir);
}

TEST(lexicon_reads_wordnet_files_without_a_final_newline) {
    char dir[] = "/tmp/annals-wordnet-XXXXXX";
    if (!mkdtemp(dir)) { CHECK(0); return; }
    /* "lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offsets":
     * the last line ends in its tagged-sense count, with nothing after it */
    CHECK(write_file(dir, "index.noun",
                     "  1 a licence line starts with spaces\n"
                     "quillet n 1 2 @ ~ 1 0 00000001\n"
                     "zanderby n 2 1 @ 2 1 00000002 00000003\n"
                     "prellwick n 1 0 1 12") == 0);
    CHECK(write_file(dir, "index.verb", "quillet v 1 1 @ 1 3 00000004\n") == 0);
    CHECK(write_file(dir, "index.adj", "") == 0);
    /* data.noun: "offset lexfile ss_type w_cnt word lex_id ..."; w_cnt is hex */
    CHECK(write_file(dir, "data.noun",
                     "00000002 15 n 02 Zanderby 0 Zanderby_Hall 0 | a made-up place\n"
                     "00000003 15 n 01 zanderby 0 | a made-up thing\n"
                     "00000005 15 n 01 Prellwick 0") == 0);
    CHECK(write_file(dir, "noun.exc", "quillim quillet") == 0);
    char err[256];
    an_lexicon *lx = an_lexicon_load(ANNALS_DICT_DIR, dir, err, sizeof err);
    CHECK(lx != NULL);
    if (lx) {
        lex_info in;
        CHECK(lex_lookup(lx, "quillet", 7, &in));
        CHECK(in.tags & POSBIT(AN_POS_NN));
        CHECK(in.tags & POSBIT(AN_POS_VB));
        CHECK_INT(in.fverb, 4);                       /* tagsense_cnt + 1 */
        CHECK(lex_lookup(lx, "prellwick", 9, &in));
        CHECK_INT(in.fnoun, 13);                      /* the file's last bytes, read whole */
        CHECK(in.cls & LX_PROPER);                    /* written capitalised only */
        CHECK(lex_lookup(lx, "zanderby", 8, &in));
        CHECK(!(in.cls & LX_PROPER));                 /* also written in lower case */
        CHECK(lex_lookup(lx, "quillim", 7, &in));     /* the exception list's last line */
        CHECK(in.tags & POSBIT(AN_POS_NNS));
        CHECK(in.nouns && !strcmp(in.nouns, "quillet"));
        an_lexicon_free(lx);
    }
    remove_files(dir);
}
