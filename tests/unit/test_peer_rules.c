/* The TABARI reading of peer dictionaries (event_peer.c, peer_actors.c,
 * the matcher's regular endings), on a small invented dictionary and
 * invented sentences. */
#include "../test.h"
#include "../../src/extract/match.h"
#include "../../src/extract/patterns_import.h"
#include "../../src/pipeline/engine.h"
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static const char *const ACTORS =
    "VALMORA [VAL]\n"
    "KESTRIA_ [KES]\n"
    "THE_ISLES [ISA/ISB]\n"
    "ORVAN [ORV]\n"
    "\t[ORVGOV 950601 - 991231]\n"
    "<! -- a comment written wrongly -->\n"
    "TALGARTH [TAL]\n";
static const char *const AGENTS = "MINISTER_ [~GOV]\nDOCKERS_ [LAB~]\n";
static const char *const VERBS =
    "SAID [023?]\n"
    "CONDEMN [122]\n"
    "PRAISE_ [051]\n";

static int write_file(char *path, size_t n, const char *tag, const char *text) {
    snprintf(path, n, "/tmp/annals-peer-%ld-%s", (long)getpid(), tag);
    FILE *f = fopen(path, "w");
    if (!f) return -1;
    fputs(text, f);
    return fclose(f);
}

static an_engine *rules_engine(char paths[3][128]) {
    char err[512];
    if (write_file(paths[0], 128, "actors", ACTORS) || write_file(paths[1], 128, "agents", AGENTS) ||
        write_file(paths[2], 128, "verbs", VERBS))
        return NULL;
    const char *actors[] = { paths[0], paths[1], NULL }, *verbs[] = { paths[2], NULL };
    an_options o;
    memset(&o, 0, sizeof o);
    o.import_tabari = actors;
    o.verbs_tabari = verbs;
    an_engine *e = an_engine_new(&o, err, sizeof err);
    if (!e) test_fail(__FILE__, __LINE__, "%s", err);
    return e;
}

/* The events of one text as "SRC TGT CODE;" in order. */
static const char *events_of(an_engine *e, const char *text, const char *date, char *buf, size_t n) {
    char err[200];
    an_engine view;
    const an_engine *v = engine_dated_view(e, date, &view);
    an_doc *d = an_doc_process(v, "t", text, strlen(text), 0, AN_KIND_TEXT, NULL, NULL, err, sizeof err);
    size_t k = 0;
    buf[0] = 0;
    for (int i = 0; d && i < an_doc_count(d); i++) {
        const an_article *a = an_doc_article(d, i);
        for (int j = 0; j < a->nevents && k < n; j++)
            k += (size_t)snprintf(buf + k, n - k, "%s %s %s;", a->events[j].source, a->events[j].target, a->events[j].cameo);
    }
    an_doc_free(d);
    return buf;
}

TEST(peer_reading_rules) {
    char paths[3][128], buf[512];
    an_engine *e = rules_engine(paths);
    if (!e) return;
    const char *day = "1997-03-02";
    /* a stem verb, the default source before and target after it */
    CHECK_STR(events_of(e, "Valmora condemned Kestria on Monday.", day, buf, sizeof buf), "VAL KES 122;");
    /* an agent right after its actor; a whole-word verb with a regular ending */
    CHECK_STR(events_of(e, "The Valmora minister praised Kestria.", day, buf, sizeof buf), "VALGOV KES 051;");
    /* an agent before OF and its actor; NGO~-style codes go in front */
    CHECK_STR(events_of(e, "Dockers of Valmora condemned Kestria.", day, buf, sizeof buf), "LABVAL KES 122;");
    /* a parsed compound and a coded compound: one event per pair */
    CHECK_STR(events_of(e, "Valmora and Kestria condemned the Isles.", day, buf, sizeof buf),
              "VAL ISA 122;VAL ISB 122;KES ISA 122;KES ISB 122;");
    /* WAS ... BY: the passive swaps source and target */
    CHECK_STR(events_of(e, "Kestria was condemned by Valmora.", day, buf, sizeof buf), "VAL KES 122;");
    /* a subordinate code yields to the clause's other verb */
    CHECK_STR(events_of(e, "Valmora said it would condemn Kestria.", day, buf, sizeof buf), "VAL KES 122;");
    CHECK_STR(events_of(e, "Valmora said Kestria.", day, buf, sizeof buf), "VAL KES 023;");
    /* a comma phrase of 3 to 10 words is dropped, with the actor in it */
    CHECK_STR(events_of(e, "Valmora, long a rival of Talgarth in the south, condemned Kestria.", day, buf, sizeof buf),
              "VAL KES 122;");
    /* the undated default applies only outside the restriction */
    CHECK_STR(events_of(e, "Orvan praised Kestria.", day, buf, sizeof buf), "ORVGOV KES 051;");
    CHECK_STR(events_of(e, "Orvan praised Kestria.", "2003-05-01", buf, sizeof buf), "ORV KES 051;");
    /* a word after an article is a noun, not a verb */
    CHECK_STR(events_of(e, "Valmora and the condemn of Kestria.", day, buf, sizeof buf), "");
    an_engine_free(e);
    for (int i = 0; i < 3; i++) remove(paths[i]);
}

TEST(match_regular_endings) {
    import_stats st;
    memset(&st, 0, sizeof st);
    const char *src = "DEPART_ [032]\n- * FROM_ + [033]\n";
    an_patterns *p = patterns_new();
    CHECK(!patterns_import_tabari_buf(p, "t", src, strlen(src), &st));
    an_mtok t[] = { { "Valmora", NULL, MT_PROPN, 0, 0 }, { "departing", NULL, MT_VERB, 0, 0 }, { "from", NULL, MT_ADP, 0, 0 },
                    { "Kestria", NULL, MT_PROPN, 0, 0 } };
    an_mspan s[] = { { 0, 1 }, { 3, 4 } };
    an_mquery q = { t, 4, 1, s, 2, 0 };
    an_mresult r;
    CHECK(!match_best(p, &q, &r));           /* whole words only, unless endings are asked for */
    q.endings = 1;
    CHECK(match_best(p, &q, &r));
    CHECK_STR(r.code, "033");
    CHECK_INT(r.target, 1);
    t[1].form = "departed";
    CHECK(match_best(p, &q, &r));
    t[1].form = "departure";                 /* not a regular ending */
    CHECK(!match_best(p, &q, &r));
    patterns_free(p);
}
