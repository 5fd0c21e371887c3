/* The word lists the quote finder reads: speech verbs, the words a speaker
 * phrase is made of ("a senior US official", "Putin's aide Yuri Ushakov",
 * "one source familiar with Kremlin thinking"), and the words around names
 * and cues. They are all here, each under a QW_* class, because qwords_new()
 * turns them into one word set: a token is looked up once and every list test
 * is then a bit test (testing each token against each list was once the
 * largest cost of the whole pipeline). */
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

/* Words before a name that are titles, demonyms or sentence openers, not names. */
static const char *const title_words[] = {
    "president", "secretary", "minister", "prime", "foreign", "defence", "defense", "state", "press", "special",
    "envoy", "gen.", "general", "chancellor", "senator", "sen.", "rep.", "representative", "gov.", "governor",
    "mayor", "mr.", "mrs.", "ms.", "dr.", "prof.", "lt.", "col.", "sgt.", "capt.", "maj.", "adm.", "admiral",
    "ambassador", "commissioner", "director", "chairman", "chairwoman", "chief", "king", "queen", "prince",
    "princess", "pope", "vice", "deputy", "leader", "speaker", "judge", "justice", "attorney", "officer",
    "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "retired", "former", "top",
    "senior", "acting", "interim", "commander", "colonel", "lieutenant", "sergeant", "captain", "sheikh", "emir",
    "crown", "premier", "lord", "lady", "sir", "dame", "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov",
    "us", "u.s.", "uk", "u.k.", "un", "u.n.", "eu", "american", "russian", "ukrainian", "french", "german",
    "british", "chinese", "european", "israeli", "iranian", "indian", "japanese", "turkish", "polish", "italian",
    "spanish", "canadian", "australian", "brazilian", "mexican", "saudi", "syrian", "iraqi", "afghan",
    "pakistani", "korean", "north", "south", "palestinian", "egyptian", "finnish", "dutch", "swedish",
    "norwegian", "danish", "belgian", "hungarian", "czech", "greek", "irish", "nato", "republican",
    "democratic", "democrat", "labour", "conservative", "the", "a", "an", "in", "on", "at", "for", "but", "and",
    "despite", "even", "still", "meanwhile", "however", "while", "after", "before", "when", "if", "as",
    "although", "then", "so", "yet", "also", "only", "both", "last", "next", "with", "amid", "asked",
    "speaking", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "his", "her", "their",
    "our", "its", "my", "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "afterwards", "indeed", "now", "according", "minutes", "later", "earlier", "separately", NULL
};

/* Words that make a capitalised run an organisation or a place, not a person. */
static const char *const org_words[] = {
    "house", "department", "ministry", "council", "union", "times", "news", "post", "commission", "institute",
    "party", "agency", "office", "government", "committee", "court", "bank", "fund", "services", "service",
    "association", "organization", "organisation", "university", "foundation", "tv", "radio", "force", "army",
    "navy", "base", "street", "square", "hill", "nations", "states", "kingdom", "republic", "federation", "sea",
    "river", "ocean", "island", "islands", "group", "company", "corp", "inc", "ltd", "pjsc", "parliament",
    "assembly", "senate", "congress", "reuters", "journal", "herald", "daily", "network", "channel", "media",
    "social", "security", "affairs", "relations", "center", "centre", "school", "college", "airport", "hospital",
    "forces", "guard", "police", "church", "league", "cup", "summit", "war", "day", "week", "kremlin",
    "pentagon", "administration", "cabinet", "white", "east", "west", "middle", "region", "province", "city",
    "county", "district", "airlines", "bureau", "alliance", "coalition", "program", "programme", "business",
    "insider", "press", "nation", "face", "sunday", "cnn", "bbc", "afp", "ap", "nbc", "abc", "cbs", "fox", NULL
};

static const char *const female_first[] = {
    "anna", "maria", "olga", "ursula", "karoline", "liana", "kamala", "hillary", "nancy", "angela", "theresa",
    "elizabeth", "margaret", "marine", "giorgia", "kaja", "annalena", "christine", "janet", "nikki", "kristi",
    "tulsi", "pam", "susan", "sarah", "mary", "jane", "emma", "julia", "elena", "natalia", "yulia", "svetlana",
    "irina", "tatiana", "valentina", "catherine", "linda", "patricia", "jennifer", "elise", "samantha",
    "victoria", "condoleezza", "madeleine", "michelle", "laura", "melania", "ivanka", "jill", "liz", "lisa",
    "karen", "sophie", "claire", "ella", "alice", "rachel", "rebecca", "helen", "amy", "kate", "katie", "emily",
    "hannah", "jacinda", "sanna", "mette", "roberta", "tammy", "kirsten", "marjorie", "lauren", "nadia", "mia",
    "fatima", "aisha", "sheikh", "benazir", "indira", "sonia", "golda", "tzipi", "yulia", "lyudmila", "ekaterina",
    "marina", "tamara", "sara", "ana", "carmen", "isabel", "lucia", "paula", "monica", "andrea", "kristalina",
    "ngozi", "michele", "jacqueline", "barbara", "dorothy", "joanna", "johanna", "petra", "birgit", NULL
};

static const char *const male_first[] = {
    "donald", "vladimir", "volodymyr", "marco", "steve", "sergei", "sergey", "dmitry", "dmitri", "yuri",
    "emmanuel", "keir", "friedrich", "joe", "mike", "michael", "john", "james", "robert", "tommy", "neil",
    "michel", "kirill", "xi", "narendra", "boris", "olaf", "mark", "alexander", "antony", "jake", "lloyd", "pete",
    "jd", "recep", "benjamin", "ali", "mohammed", "muhammad", "abdullah", "george", "barack", "bill", "joseph",
    "william", "david", "richard", "peter", "paul", "andrew", "thomas", "charles", "kim", "keith", "tucker",
    "mike", "jens", "rishi", "justin", "scott", "ron", "ted", "chuck", "mitch", "kevin", "hakeem", "matt",
    "lindsey", "marc", "viktor", "andrzej", "dmytro", "andriy", "oleksandr", "denys", "yury", "nikolai",
    "alexei", "alexey", "ivan", "igor", "pavel", "jean", "francois", "nicolas", "jacques", "pierre", "luis",
    "carlos", "jose", "juan", "pedro", "luiz", "jair", "javier", "gustavo", "hassan", "ebrahim", "abbas",
    "mahmoud", "ayatollah", "naftali", "yair", "benny", "gideon", "isaac", "shinzo", "fumio", "yoon", "moon",
    "jim", "tim", "tom", "bob", "jack", "henry", "frank", "edward", "ben", "sam", "dan", "daniel", "chris",
    "christopher", "brian", "gary", "larry", "jerome", "hunter", "eric", "jared", "rex", "mikhail", "anatoly",
    "gen.", "dominique", "alberto", "nuri", "haider", "bashar", "hafez", "moammar", "saddam", NULL
};

static const char *const female_roles[] = { "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "mrs.",
                                            "ms.", "mrs", "ms", "miss", "madam", "queen", "princess", "lady", "dame",
                                            "wife", "mother", "daughter", "sister", "actress", "she", NULL };
static const char *const male_roles[] = { "spokesman", "chairman", "congressman", "businessman", "mr.", "mr",
                                          "king", "prince", "sir", "lord", "husband", "father", "son", "brother",
                                          "actor", NULL };

/* Adverbs and auxiliaries between a subject and its cue ("also said", "has said"). */
static const char *const adverbs[] = { "also", "later", "then", "has", "had", "have", "would", "will", "again",
                                       "once", "previously", "earlier", "recently", "repeatedly", "nevertheless",
                                       "however", "further", "subsequently", "had", "did", "does", "has", NULL };

/* First words of a leading adverbial before a subject ("In Brussels,", "Speaking to reporters,"). */
static const char *const openers[] = {
    "in", "at", "on", "after", "before", "during", "afterwards", "afterward", "indeed", "however", "meanwhile",
    "still", "speaking", "asked", "despite", "later", "earlier", "separately", "then", "but", "and", "yet", "for",
    "with", "amid", "since", "while", "when", "although", "though", "as", "last", "this", "over", "under",
    "minutes", "hours", "days", "once", "now", "so", "instead", "also", "again", "addressing", "writing", "by",
    "following", "ahead", "responding", "interviewed", "from", "of", "to", "if", "unlike", "like", NULL
};

/* Words that end the object of a cue ("told reporters *that*", "said *in* a statement"). */
static const char *const object_stops[] = { "that", "it", "he", "she", "they", "we", "i", "in", "at", "after",
                                            "before", "on", "during", "when", "as", "while", "following", "ahead",
                                            "including", "about", "of", "there", "this", "his", "him", "them", "us",
                                            "me", "to", "if", "how", "what", "why", "whether", "but", "and", "from",
                                            "late", "early", NULL };

/* Words of a medium after a cue ("said on social media", "in a statement"). */
static const char *const media[] = { "social", "media", "platform", "interview", "statement", "television", "radio",
                                     "show", "podcast", "broadcast", "post", "video", "message", "account", "website",
                                     "channel", "app", "network", "television", "program", "programme", "his", "her",
                                     "their", "a", "an", "the", "its", "state", "national", "x", "blog", NULL };

/* Time words after a cue ("said on Monday", "told reporters earlier"). */
static const char *const time_words[] = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                          "sunday", "today", "yesterday", "earlier", "later", "last", "this", "week",
                                          "month", "night", "morning", "evening", "afternoon", "again", "also",
                                          "then", "tonight", "separately", NULL };

/* Small words allowed inside a quoted title ("Meet the Press"). */
static const char *const small_words[] = { "the", "of", "and", "a", "an", "on", "in", "to", "for", "at", "by",
                                           "with", "or", "de", "la", "du", "von", "der", NULL };

/* First-person words: quoted speech, not reporting. */
static const char *const first_person[] = { "i", "we", "me", "us", "our", "my", "ours", "i'm", "we're", "we've",
                                            "we'll", "i've", "i'll", "we’re", "i’m", "we’ve", "we’ll", "i’ve", "i’ll",
                                            NULL };

/* Words whose trailing period is part of the word, not a sentence end. */
static const char *const abbrevs[] = {
    "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "maj", "adm", "prof",
    "st", "jr", "sr", "no", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "inc",
    "corp", "ltd", "co", "vs", "etc", "rev", "hon", "messrs", "gens", "cmdr", "brig", "ft", "mt", "pres", NULL
};

/* Words that may follow a reported-speech cue before what was said ("said on Monday that"). */
static const char *const days[] = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                    "today", "yesterday", "earlier", "later", NULL };

/* Every list above under its class: built once with the engine, so that a
 * token is looked up once (qscan_tokens) and each test is a bit test. */
an_wordset *qwords_new(void) {
    static const struct { const char *const *list; uint32_t cls; } lists[] = {
        { cues_reported, QW_CUE_REPORTED }, { cues_quote, QW_CUE_QUOTE }, { determiners, QW_DETERMINER },
        { roles, QW_ROLE }, { anon_heads, QW_ANON_HEAD }, { particles, QW_PARTICLE }, { title_words, QW_TITLE },
        { org_words, QW_ORG }, { female_first, QW_FEMALE_FIRST }, { male_first, QW_MALE_FIRST },
        { female_roles, QW_FEMALE_ROLE }, { male_roles, QW_MALE_ROLE }, { adverbs, QW_ADVERB },
        { openers, QW_OPENER }, { object_stops, QW_OBJECT_STOP }, { media, QW_MEDIA }, { time_words, QW_TIME },
        { small_words, QW_SMALL }, { first_person, QW_FIRST_PERSON }, { days, QW_DAY }, { abbrevs, QW_ABBREV },
    };
    an_wordset *ws = an_wordset_new();
    for (size_t k = 0; k < sizeof lists / sizeof *lists; k++) an_wordset_add(ws, lists[k].list, lists[k].cls);
    return ws;
}

int qcue_len(const qtext *x, int i, int reported_only) {
    if (i < 0 || i >= x->nt || x->t[i].type != QT_WORD || (x->t[i].flags & QF_CAP && !(x->t[i].flags & QF_SENT)))
        return 0;
    if (qtok_is(x, i, "according") && qtok_is(x, i + 1, "to")) return 2;
    if (qtok_in(x, i, QW_CUE_REPORTED)) return 1;
    return !reported_only && qtok_in(x, i, QW_CUE_QUOTE);
}

int qcue_participle(const qtext *x, int i) {
    size_t n = x->t[i].e - x->t[i].s;
    return n > 4 && !strncmp(x->body + x->t[i].e - 3, "ing", 3);
}

int qw_determiner(const qtext *x, int i) { return qtok_in(x, i, QW_DETERMINER); }
int qw_role(const qtext *x, int i) { return qtok_in(x, i, QW_ROLE); }
int qw_anon_head(const qtext *x, int i) { return qtok_in(x, i, QW_ANON_HEAD); }
int qw_particle(const qtext *x, int i) { return qtok_in(x, i, QW_PARTICLE); }

int qw_pronoun(const qtext *x, int i) {
    return qtok_is(x, i, "he") || qtok_is(x, i, "she") || qtok_is(x, i, "they") || qtok_is(x, i, "it");
}
