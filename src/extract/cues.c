/* The word lists the quote finder reads: speech verbs, and the words a
 * speaker phrase is made of ("a senior US official", "Putin's aide Yuri
 * Ushakov", "one source familiar with Kremlin thinking"). */
#include "quotes.h"
#include <string.h>

/* Verbs that introduce reported speech as well as quotes. */
static const char *const cues_reported[] = {
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "added", "adds", "adding",
    "stated", "stating", "wrote", "writes", "writing", "posted", "posting", "tweeted", "tweeting",
    "announced", "announces", "announcing", "declared", "declares", "declaring", "insisted", "insists",
    "insisting", "argued", "argues", "arguing", "claimed", "claiming", "noted", "noting", "explained",
    "explains", "explaining", "warned", "warns", "stressed", "stressing", "acknowledged", "admitted",
    "reiterated", "emphasised", "emphasized", "asserted", "maintained", "contended", "predicted",
    "recalled", "replied", "responded", "remarked", "suggested", "conceded", "countered", "confirmed",
    "denied", "cautioned", "concluded", NULL
};

/* Verbs that attribute a quoted fragment but rarely introduce reported speech. */
static const char *const cues_quote[] = {
    "called", "calling", "calls", "described", "describing", "describes", "dubbed", "labelled", "labeled",
    "termed", "hailed", "praised", "condemned", "denounced", "accused", "wondered", "quipped", "joked",
    "asked", "asking", "urged", "vowed", "promised", "pledged", "complained", "boasted", "continued",
    "thundered", "shouted", "mused", "observed", "exclaimed", "proclaimed", "texted", "lamented",
    "blasted", "slammed", NULL
};

int qcue_len(const qtext *x, int i, int reported_only) {
    if (i < 0 || i >= x->nt || x->t[i].type != QT_WORD || (x->t[i].flags & QF_CAP && !(x->t[i].flags & QF_SENT)))
        return 0;
    if (qtok_is(x, i, "according") && qtok_is(x, i + 1, "to")) return 2;
    if (qtok_in(x, i, cues_reported)) return 1;
    return !reported_only && qtok_in(x, i, cues_quote);
}

int qcue_participle(const qtext *x, int i) {
    size_t n = x->t[i].e - x->t[i].s;
    return n > 4 && !strncmp(x->body + x->t[i].e - 3, "ing", 3);
}

static const char *const determiners[] = {
    "the", "a", "an", "one", "another", "this", "two", "three", "four", "several", "some", "many", "other",
    "multiple", "his", "her", "its", "their", "our", "both", NULL
};

/* Heads and modifiers of a speaker phrase that are not names. */
static const char *const roles[] = {
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "aide", "aides", "envoy", "official",
    "officials", "source", "sources", "person", "people", "minister", "president", "secretary", "adviser",
    "advisor", "leader", "leaders", "chief", "director", "fellow", "analyst", "analysts", "expert", "experts",
    "diplomat", "diplomats", "general", "ambassador", "senator", "lawmaker", "lawmakers", "representative",
    "governor", "mayor", "chancellor", "premier", "commander", "officer", "officers", "host", "hosts",
    "anchor", "correspondent", "researcher", "professor", "economist", "strategist", "member", "members",
    "chairman", "chairwoman", "head", "ally", "allies", "negotiator", "negotiators", "insider", "insiders",
    "staffer", "staffers", "witness", "witnesses", "resident", "residents", "activist", "activists",
    "campaigner", "critic", "critics", "supporter", "supporters", "lawyer", "attorney", "prosecutor",
    "prosecutors", "judge", "police", "military", "ministry", "government", "administration", "department",
    "agency", "observers", "counterpart", "deputy", "press", "foreign", "defence", "defense", "national",
    "security", "senior", "former", "top", "retired", "special", "acting", "interim", "longtime", "long-time",
    "close", "veteran", "prominent", "state", "intelligence", "military", "western", "european", "regional",
    "local", "federal", "white", "house", "presidential", "campaign", "party", "opposition", "union", "chair",
    "statement", "report", "media", "tv", "television", "radio", "talkshow", "newspaper", "outlet",
    "congressman", "congresswoman", "businessman", "businesswoman", "colonel", "spokesmen", "dealer", "dealers",
    "trader", "traders", "broker", "brokers", "banker", "bankers", "economists", NULL
};

/* Anonymous heads: "a person familiar with...", "two US officials". */
static const char *const anon_heads[] = {
    "source", "sources", "person", "people", "official", "officials", "diplomat", "diplomats", "insider",
    "insiders", "aide", "aides", "staffer", "staffers", "analysts", "experts", "observers", "negotiators",
    "witness", "witnesses", "residents", "dealer", "dealers", "trader", "traders", "broker", "brokers", "banker",
    "bankers", "analyst", "economist", "economists", "critics", "lawmakers", NULL
};

static const char *const particles[] = { "von", "der", "van", "de", "da", "di", "du", "la", "le", "bin", "al",
                                          "ben", "el", "den", "del", "dos", "ibn", NULL };

int qw_determiner(const qtext *x, int i) { return qtok_in(x, i, determiners); }
int qw_role(const qtext *x, int i) { return qtok_in(x, i, roles); }
int qw_anon_head(const qtext *x, int i) { return qtok_in(x, i, anon_heads); }
int qw_particle(const qtext *x, int i) { return qtok_in(x, i, particles); }

int qw_pronoun(const qtext *x, int i) {
    return qtok_is(x, i, "he") || qtok_is(x, i, "she") || qtok_is(x, i, "they") || qtok_is(x, i, "it");
}
