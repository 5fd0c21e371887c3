/* The event coder's rules, each on sentences of our own: roles from the
 * clause (passive, compound, reported speech), paired meetings, negation,
 * modality, noun events, dates, and sentences that must give no event. */
#include "../test.h"
#include "../../src/pipeline/engine.h"
#include <math.h>
#include <stdlib.h>

typedef struct ev_case {
    const char *text, *date;
    const char *want[4];          /* "SOURCE CAMEO TARGET", all must be coded */
    int count;                    /* events expected in all (-1: not checked) */
    int negated;                  /* of the first wanted event */
    an_mode mode;
    const char *when;             /* its date, "" for null */
} ev_case;

static const an_event *find(const an_article *a, const char *want) {
    char s[64], c[16], t[64];
    if (sscanf(want, "%63s %15s %63s", s, c, t) != 3) return NULL;
    for (int i = 0; i < a->nevents; i++)
        if (!strcmp(a->events[i].source, s) && !strcmp(a->events[i].cameo, c) && !strcmp(a->events[i].target, t))
            return &a->events[i];
    return NULL;
}

static void run_case(const an_engine *e, const ev_case *k) {
    an_engine view;
    char err[200];
    const an_engine *v = engine_dated_view(e, k->date, &view);
    an_doc *d = an_doc_process(v, "t", k->text, strlen(k->text), 0, AN_KIND_TEXT, NULL, NULL, err, sizeof err);
    const an_article *a = d ? an_doc_article(d, 0) : NULL;
    if (!a) { test_fail(__FILE__, __LINE__, "%s: no article", k->text); an_doc_free(d); return; }
    if (k->count >= 0 && a->nevents != k->count)
        test_fail(__FILE__, __LINE__, "%s: %d events, want %d", k->text, a->nevents, k->count);
    for (int i = 0; i < 4 && k->want[i]; i++) {
        const an_event *ev = find(a, k->want[i]);
        if (!ev) { test_fail(__FILE__, __LINE__, "%s: missing %s", k->text, k->want[i]); continue; }
        if (i) continue;
        if (ev->negated != k->negated) test_fail(__FILE__, __LINE__, "%s: negated %d", k->text, ev->negated);
        if (ev->mode != k->mode) test_fail(__FILE__, __LINE__, "%s: mode %d, want %d", k->text, (int)ev->mode, (int)k->mode);
        if (k->when && strcmp(ev->date ? ev->date : "", k->when))
            test_fail(__FILE__, __LINE__, "%s: date %s, want %s", k->text, ev->date ? ev->date : "null", k->when);
        if (ev->start >= ev->end || ev->sent_end > a->body_len || ev->confidence <= 0 || ev->confidence > 1)
            test_fail(__FILE__, __LINE__, "%s: bad offsets or confidence", k->text);
    }
    an_doc_free(d);
}

#define D "2025-10-25"      /* a Saturday */
static const ev_case cases[] = {
    /* passive: the by-agent is the source */
    { "Ukraine was attacked by Russian forces on Monday.", D, { "RUSMIL 190 UKR" }, 1, 0, AN_MODE_ASSERTED, "2025-10-20" },
    /* compound subject and compound object: one event per pair */
    { "The United States and Britain imposed sanctions on Iran.", D, { "USA 163 IRN", "GBR 163 IRN" }, 2, 0, AN_MODE_ASSERTED, D },
    { "Russia attacked Ukraine and Moldova.", D, { "RUS 190 UKR", "RUS 190 MDA" }, 2, 0, AN_MODE_ASSERTED, D },
    /* a meeting codes both directions */
    { "Putin and Xi met in Beijing.", D, { "RUSGOV 040 CHNGOV", "CHNGOV 040 RUSGOV" }, 2, 0, AN_MODE_ASSERTED, D },
    { "A meeting between Putin and Trump took place in Alaska.", D, { "RUSGOV 040 USAGOV", "USAGOV 040 RUSGOV" }, 2, 0, AN_MODE_ASSERTED, D },
    /* reported speech: the reported clause's own subject acts, not the speaker */
    { "Zelensky said Russia had attacked Poland.", D, { "RUS 190 POL" }, 1, 0, AN_MODE_REPORTED, D },
    /* negation is flagged */
    { "Russia did not attack Poland.", D, { "RUS 190 POL" }, 1, 1, AN_MODE_ASSERTED, D },
    { "Russia's refusal to talk to Ukraine angered Washington.", D, { "RUS 040 UKR" }, -1, 1, AN_MODE_ASSERTED, D },
    /* modality: threats and intentions are CAMEO codes of their own */
    { "Trump threatened to impose sanctions on China.", D, { "USAGOV 1312 CHN" }, 1, 0, AN_MODE_ASSERTED, D },
    { "Trump plans to meet Putin next week.", D, { "USAGOV 036 RUSGOV" }, 1, 0, AN_MODE_ASSERTED, "2025-10-27" },
    { "If Russia attacks Poland, NATO will respond.", D, { "RUS 190 POL" }, 1, 0, AN_MODE_HYPOTHETICAL, NULL },
    { "Iran could attack Israel.", D, { "IRN 190 ISR" }, 1, 0, AN_MODE_HYPOTHETICAL, NULL },
    /* nouns that carry events; the possessor is the source */
    { "Russia's attack on Ukraine drew criticism.", D, { "RUS 190 UKR" }, 1, 0, AN_MODE_ASSERTED, D },
    /* dates: relative to the article's date; without one, none */
    { "Last Thursday, the United States imposed sanctions on Russia.", D, { "USA 163 RUS" }, 1, 0, AN_MODE_ASSERTED, "2025-10-23" },
    { "Last Thursday, the United States imposed sanctions on Russia.", NULL, { "USA 163 RUS" }, 1, 0, AN_MODE_ASSERTED, "" },
    { "Germany sent weapons to Ukraine.", D, { "DEU 072 UKR" }, 1, 0, AN_MODE_ASSERTED, D },
    { "China accused Japan of provocations.", D, { "CHN 1123 JPN" }, 1, 0, AN_MODE_ASSERTED, D },
    /* no event rather than a wrong one */
    { "Who attacked Poland?", D, { NULL }, 0, 0, AN_MODE_ASSERTED, NULL },
    { "The weather was cold in Moscow.", D, { NULL }, 0, 0, AN_MODE_ASSERTED, NULL },
    { "Zelensky confirmed his call with Trump.", D, { NULL }, -1, 0, AN_MODE_ASSERTED, NULL },
};

TEST(event_rules) {
    char err[512];
    an_engine *e = an_engine_new(NULL, err, sizeof err);
    if (!e) { test_fail(__FILE__, __LINE__, "%s", err); return; }
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) run_case(e, &cases[i]);
    an_engine_free(e);
}

/* A statement verb names no target unless its pattern does: "confirmed his
 * call with Trump" is the call (a noun event), not a statement to Trump. */
TEST(event_statement_not_target) {
    char err[512];
    an_engine *e = an_engine_new(NULL, err, sizeof err);
    if (!e) { test_fail(__FILE__, __LINE__, "%s", err); return; }
    const char *t = "Zelensky confirmed his call with Trump.";
    an_doc *d = an_doc_process(e, "t", t, strlen(t), 0, AN_KIND_TEXT, NULL, NULL, err, sizeof err);
    const an_article *a = an_doc_article(d, 0);
    CHECK(a && find(a, "UKRGOV 041 USAGOV"));
    CHECK(a && !find(a, "UKRGOV 010 USAGOV"));
    an_doc_free(d);
    an_engine_free(e);
}
