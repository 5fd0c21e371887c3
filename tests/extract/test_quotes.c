/* The quote extractor on passages of our own: every form of quotation and
 * attribution the stage handles, and the things that look like quotes but are
 * not speech. Each case gives a passage (paragraphs separated by blank lines),
 * the start and end of one expected quote text, its speaker and its kind; a
 * NULL speaker means no quotation beginning with that text may be reported. */
#include "../test.h"
#include "../../src/extract/quotes.h"
#include "../../src/core/textmap.h"
#include "../../src/analyse/analyse.h"
#include <stdlib.h>

typedef struct qcase {
    const char *text, *starts, *ends, *speaker, *kind;
} qcase;

typedef struct passage {
    an_textmap tm;
    an_para paras[32];
    an_article a;
    an_arena arena;
} passage;

static void passage_run(passage *p, const char *text) {
    memset(p, 0, sizeof *p);
    tm_init(&p->tm);
    tm_append(&p->tm, text, (uint32_t)strlen(text), 1000);      /* input offsets start at 1000 */
    an_arena_init(&p->arena, 4096);
    uint32_t n = p->tm.n, s = 0;
    while (s < n && p->a.nparas < 32) {
        const char *brk = strstr(p->tm.p + s, "\n\n");
        uint32_t e = brk ? (uint32_t)(brk - p->tm.p) : n;
        p->paras[p->a.nparas++] = (an_para){ s, e, 1000 + s, 1000 + e };
        s = brk ? e + 2 : n;
    }
    p->a.body = p->tm.p;
    p->a.body_len = n;
    p->a.paras = p->paras;
    p->a.internal = &p->tm;
    an_wordset *words = qwords_new();
    quotes_extract(words, &p->a, &p->arena);
    an_wordset_free(words);
}

static void passage_free(passage *p) {
    an_arena_free(&p->arena);
    tm_free(&p->tm);
}

static const char *kind_name(an_quote_kind k) {
    static const char *const names[] = { "direct", "partial", "block", "indirect" };
    return names[k];
}

static const an_quote *find_quote(const an_article *a, const char *starts) {
    for (int i = 0; i < a->nquotes; i++)
        if (!strncmp(a->quotes[i].text, starts, strlen(starts))) return &a->quotes[i];
    return NULL;
}

static int ends_with(const char *s, const char *suffix) {
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && !strcmp(s + n - m, suffix);
}

static void check_case(const qcase *c, int line) {
    passage p;
    passage_run(&p, c->text);
    const an_quote *q = find_quote(&p.a, c->starts);
    if (!c->speaker) {
        if (q && q->kind != AN_QUOTE_INDIRECT)
            test_fail(__FILE__, line, "\"%s\" reported as a quote by %s", c->starts, q->speaker);
    } else if (!q) {
        test_fail(__FILE__, line, "no quote starting \"%s\" (%d found)", c->starts, p.a.nquotes);
    } else {
        if (!q->speaker || strcmp(q->speaker, c->speaker))
            test_fail(__FILE__, line, "speaker of \"%s\": got \"%s\", want \"%s\"", c->starts, q->speaker ? q->speaker : "(null)", c->speaker);
        if (strcmp(kind_name(q->kind), c->kind))
            test_fail(__FILE__, line, "kind of \"%s\": got %s, want %s", c->starts, kind_name(q->kind), c->kind);
        if (c->ends && !ends_with(q->text, c->ends))
            test_fail(__FILE__, line, "text of \"%s\" ends \"%s\", want \"...%s\"", c->starts, q->text, c->ends);
        /* offsets: the text as given sits at [start, end) of the input */
        if (q->body_end < q->body_start || q->start != 1000 + q->body_start || q->end != 1000 + q->body_end)
            test_fail(__FILE__, line, "offsets of \"%s\": %llu-%llu", c->starts, (unsigned long long)q->start, (unsigned long long)q->end);
    }
    passage_free(&p);
}

#define CASE(text, starts, ends, speaker, kind) { text, starts, ends, speaker, kind }

/* Direct quotes: curly, straight, single, mismatched; attribution after the quote. */
static const qcase direct_cases[] = {
    CASE("“We will not sign this treaty,” Prime Minister Helena Varga said.",
         "We will not sign", "this treaty", "Helena Varga", "direct"),
    CASE("\"The budget is balanced for the first time in a decade,\" Finance Minister Arturo Bellini told reporters.",
         "The budget is balanced", "in a decade", "Arturo Bellini", "direct"),
    CASE("'Our ports stay open to every ship that obeys the law,' said Admiral Kenji Mori, the navy chief.",
         "Our ports stay open", "obeys the law", "Kenji Mori", "direct"),
    CASE("\"The vote was rigged from the start,' opposition leader Dara Quinn said on Tuesday.",
         "The vote was rigged", "from the start", "Dara Quinn", "direct"),
    CASE("“Nobody wins a trade war,” said Lena Fischer, a senior fellow at the Baltic Policy Institute.",
         "Nobody wins", "a trade war", "Lena Fischer", "direct"),
    CASE("“The talks were frank. They were also useful,” the envoy Omar Haddad told Al Jazeera.",
         "The talks were frank.", "also useful", "Omar Haddad", "direct"),
    CASE("“We are ready to talk tomorrow!” Governor Rosa Delgado wrote on her campaign website.",
         "We are ready to talk", "tomorrow!", "Rosa Delgado", "direct"),
    CASE("Senator Tomas Okafor said: “This bill protects every farmer in the state.”",
         "This bill protects", "in the state.", "Tomas Okafor", "direct"),
    CASE("Mayor Ivan Petrov said “the bridge will reopen in May”.",
         "the bridge will reopen", "in May", "Ivan Petrov", "direct"),
    CASE("“The ceasefire is holding in the north,” the defence ministry spokesman Pavel Roth added.",
         "The ceasefire is holding", "in the north", "Pavel Roth", "direct"),
    CASE("“We expect a decision by Friday,” Kenya's trade envoy Amina Wekesa told the BBC.",
         "We expect a decision", "by Friday", "Amina Wekesa", "direct"),
    CASE("“The strike must end,” Nora Lind, the union's chief negotiator, said after the meeting.",
         "The strike must end", NULL, "Nora Lind", "direct"),
    CASE("'We have the votes,' European Parliament President Ines Moreau told journalists in Strasbourg.",
         "We have the votes", NULL, "Ines Moreau", "direct"),
    CASE("\"Inflation is falling faster than we forecast,\" central bank governor Maurice Dube said in a statement.",
         "Inflation is falling", "we forecast", "Maurice Dube", "direct"),
};

/* Full names from elsewhere in the article; pronouns; continuations. */
static const qcase resolve_cases[] = {
    CASE("Foreign Minister Pieter Jansen met his Polish counterpart on Monday.\n\n"
         "“We share the same border and the same worries,” Jansen said.",
         "We share the same border", NULL, "Pieter Jansen", "direct"),
    CASE("Chancellor Greta Holm flew to Madrid on Sunday.\n\n"
         "“Europe needs its own air defence,” she said.",
         "Europe needs", NULL, "Greta Holm", "direct"),
    CASE("Interior Minister Samuel Adeyemi visited the flooded district.\n\n"
         "“Every family will get help before winter,” he told residents.",
         "Every family", NULL, "Samuel Adeyemi", "direct"),
    CASE("Labour spokeswoman Carla Benn criticised the plan, which Finance Minister Paul Grant defended.\n\n"
         "“It punishes the poorest households,” she said.",
         "It punishes", NULL, "Carla Benn", "direct"),
    CASE("“We will rebuild the school,” President Mateo Ruiz said. “And we will rebuild the clinic.”",
         "And we will rebuild", "the clinic.", "Mateo Ruiz", "direct"),
    CASE("“The grain corridor is open again,” said Defence Minister Yusuf Demir.\n\n"
         "“Ships will sail under escort from tomorrow.”",
         "Ships will sail", "from tomorrow.", "Yusuf Demir", "direct"),
    CASE("Prime Minister Aiko Tanaka addressed parliament.\n\n"
         "“The first part of the plan is about housing.\n\n"
         "“The second part is about transport,” Tanaka said.",
         "The first part", "about transport", "Aiko Tanaka", "direct"),
    CASE("Opposition leader Marek Novak and Senator Julia Brandt spoke at the rally. Novak attacked the budget.\n\n"
         "“These cuts fall on nurses and teachers,” he said.",
         "These cuts", NULL, "Marek Novak", "direct"),
    CASE("“We want fair prices,” said farmer leader Jonas Berg.\n\n"
         "Energy Minister Sofia Lund disagreed.\n\n"
         "“Prices are already fair,” she said.",
         "Prices are already fair", NULL, "Sofia Lund", "direct"),
    CASE("President Daniel Osei, who met the envoy Karim Saleh on Friday, said the talks had been useful.\n\n"
         "“We found common ground on water rights,” he said.",
         "We found common ground", NULL, "Daniel Osei", "direct"),
    CASE("Health Minister Anna Kowalski spoke first. Then the mayor, Peter Voss, answered questions.\n\n"
         "“The vaccines arrive next week,” she said.",
         "The vaccines arrive", NULL, "Anna Kowalski", "direct"),
    CASE("Secretary of State Laura Finch and Defence Secretary Owen Hale briefed Congress.\n\n"
         "“The alliance is stronger than ever,” Finch told lawmakers.",
         "The alliance is stronger", NULL, "Laura Finch", "direct"),
};

/* Partial quotes inside the reporter's sentence. */
static const qcase partial_cases[] = {
    CASE("Minister Hugo Lambert described the offer as “a serious step forward” for both sides.",
         "a serious step forward", NULL, "Hugo Lambert", "partial"),
    CASE("Despite Senator Ruth Adler calling the deal “a historic mistake,” the committee approved it.",
         "a historic mistake", NULL, "Ruth Adler", "partial"),
    CASE("Governor Ben Carter said the storm was “the worst in forty years” and asked for federal aid.",
         "the worst in forty years", NULL, "Ben Carter", "partial"),
    CASE("President Lucia Ferraro, speaking in Rome, said the reforms would be “finished by the summer.”",
         "finished by the summer", NULL, "Lucia Ferraro", "partial"),
    CASE("General Ali Rahimi visited the town on Monday. "
         "The general condemned the shelling as “deliberate and cruel,” saying civilians had been targeted.",
         "deliberate and cruel", NULL, "Ali Rahimi", "partial"),
    CASE("Foreign Minister Elif Kaya wondered aloud whether the talks were “just a delaying game.”",
         "just a delaying game", NULL, "Elif Kaya", "partial"),
    CASE("Trade envoy Mark Ellis told CNBC the tariffs were “not up for negotiation” this year.",
         "not up for negotiation", NULL, "Mark Ellis", "partial"),
    CASE("She said the mayor was “out of touch” with voters. Councillor Maria Olsen has criticised him before.",
         "out of touch", NULL, NULL, NULL),
    CASE("Council spokeswoman Dana Reyes was asked about the delay.\n\n"
         "She said the builders were “doing their best” and the road would open soon.",
         "doing their best", NULL, "Dana Reyes", "partial"),
    CASE("Army chief Gen. Viktor Hale said the border was \"calm but tense\" on Sunday.",
         "calm but tense", NULL, "Viktor Hale", "partial"),
};

/* Block quotes, unmarked quotes with a trailing attribution. */
static const qcase block_cases[] = {
    CASE("Prime Minister Ingrid Dahl welcomed the ruling, stating:\n\n"
         "The court has confirmed what we said all along. Our fishermen keep their rights.\n\n"
         "The ministry will publish new quotas next month.",
         "The court has confirmed", "keep their rights.", "Ingrid Dahl", "block"),
    CASE("President Kofi Mensah reacted cautiously to the offer, saying:\n\n"
         "We will study every word of it before we answer.",
         "We will study every word", "before we answer.", "Kofi Mensah", "block"),
    CASE("Minister Raul Ortiz condemned the blast as “cowardly and senseless,” writing:\n\n"
         "Those responsible will face justice, wherever they hide.",
         "Those responsible", "wherever they hide.", "Raul Ortiz", "block"),
    CASE("Tariffs on steel rose again on Monday.\n\n"
         "The mills are not making any money. They can't compete with dumped steel, industry minister Lars Egede posted online.",
         "The mills are not making", "dumped steel", "Lars Egede", "direct"),
    CASE("We have done everything asked of us, and we will keep our promises, President Ana Sousa said.",
         "We have done everything", "keep our promises", "Ana Sousa", "direct"),
    CASE("Among the topics on the agenda:\n\nTrade, energy and migration.",
         "Trade, energy", NULL, NULL, NULL),
};

/* Reported speech: listed as kind indirect. */
static const qcase indirect_cases[] = {
    CASE("Foreign Minister Clara Weiss said on Thursday that the embassy would reopen within a month.",
         "the embassy would reopen", "within a month", "Clara Weiss", "indirect"),
    CASE("The army has pulled back two brigades from the border, Defence Minister Ilya Orlov said.",
         "The army has pulled back", "from the border", "Ilya Orlov", "indirect"),
    CASE("The ceasefire will start at midnight, according to mediator Hassan Nouri.",
         "The ceasefire will start", "at midnight", "Hassan Nouri", "indirect"),
    CASE("According to Interior Minister Joao Pinto, the detained men were released overnight.",
         "the detained men were released", "overnight", "Joao Pinto", "indirect"),
    CASE("The talks will resume in Geneva next week, said Swiss envoy Martin Keller.",
         "The talks will resume", "next week", "Martin Keller", "indirect"),
    CASE("President Amara Diallo told parliament that the election would be held in June.",
         "the election would be held", "in June", "Amara Diallo", "indirect"),
};

/* Anonymous sources, reported as such; "the person" refers back to them. */
static const qcase anon_cases[] = {
    CASE("“The president is furious about the leak,” a person familiar with the matter said.",
         "The president is furious", NULL, "a person familiar with the matter", "direct"),
    CASE("“The army wants more time,” said one official familiar with the planning.\n\n"
         "“They are not ready for a winter campaign,” the official said.",
         "They are not ready", NULL, "one official familiar with the planning", "direct"),
    CASE("“No decision has been taken,” two senior diplomats told Reuters.",
         "No decision has been taken", NULL, "two senior diplomats", "direct"),
    CASE("“The money ran out in March,” a source close to the ministry said. "
         "“Nobody wanted to admit it.”",
         "Nobody wanted to admit it.", NULL, "a source close to the ministry", "direct"),
};

/* Not speech: titles, nicknames, scare quotes, unattributed fragments. */
static const qcase not_speech_cases[] = {
    CASE("Senator Ruth Adler said on NBC's \"Meet the Press\" that the bill would pass.",
         "Meet the Press", NULL, NULL, NULL),
    CASE("“We will pass the bill,” Senator Ruth Adler told CNN's “State of the Union.”",
         "State of the Union", NULL, NULL, NULL),
    CASE("The president rode in \"The Beast\", his armoured limousine, to the summit.",
         "The Beast", NULL, NULL, NULL),
    CASE("Critics called the plan a “giveaway” to the banks.",
         "giveaway", NULL, NULL, NULL),
    CASE("The so-called “peace dividend” never arrived, and the budget swelled.",
         "peace dividend", NULL, NULL, NULL),
    CASE("The country's leaders' summit ended early, and the 'final statement' was never agreed.",
         "final statement", NULL, NULL, NULL),
    CASE("He watched “The Crown” on the plane home.",
         "The Crown", NULL, NULL, NULL),
    CASE("The 1990s were the 'lost decade' for the region's farmers.",
         "lost decade", NULL, NULL, NULL),
};

static void run_cases(const qcase *cases, size_t n, int line) {
    for (size_t i = 0; i < n; i++) check_case(&cases[i], line);
}

#define RUN(cases) run_cases(cases, sizeof cases / sizeof *cases, __LINE__)

TEST(quotes_direct_forms) { RUN(direct_cases); }
TEST(quotes_names_pronouns_continuations) { RUN(resolve_cases); }
TEST(quotes_partial) { RUN(partial_cases); }
TEST(quotes_block_and_unmarked) { RUN(block_cases); }
TEST(quotes_indirect) { RUN(indirect_cases); }
TEST(quotes_anonymous_sources) { RUN(anon_cases); }
TEST(quotes_not_speech) { RUN(not_speech_cases); }

TEST(quotes_cue_and_addressee) {
    passage p;
    passage_run(&p, "“We will win,” Senator Ruth Adler told CNN's “State of the Union.”\n\n"
                    "“The bill is ready,” she wrote on her Telegram channel.");
    const an_quote *q = find_quote(&p.a, "We will win");
    CHECK(q != NULL);
    if (q) { CHECK_STR(q->cue, "told"); CHECK_STR(q->addressee, "CNN's State of the Union"); }
    q = find_quote(&p.a, "The bill is ready");
    CHECK(q != NULL);
    if (q) { CHECK_STR(q->cue, "wrote"); CHECK_STR(q->addressee, "her Telegram channel"); CHECK_STR(q->speaker, "Ruth Adler"); }
    passage_free(&p);
}

TEST(quotes_offsets_are_input_offsets) {
    passage p;
    const char *text = "Intro line here for the story.\n\n“The port is closed,” Admiral Kenji Mori said.";
    passage_run(&p, text);
    const an_quote *q = find_quote(&p.a, "The port is closed");
    CHECK(q != NULL);
    if (q) {
        CHECK_INT(q->start, 1000 + (strstr(text, "The port") - text));
        CHECK_INT(q->end, 1000 + (strstr(text, "closed,") - text) + 6);
        CHECK_INT(q->body_end - q->body_start, strlen("The port is closed"));
    }
    passage_free(&p);
}

TEST(quotes_empty_and_odd_input) {
    static const char *const odd[] = { "", "\"", "“", "'", "\" \" ' ' ”“", "said said said",
                                       "“” he said.", ", he said.", "According to", NULL };
    for (int i = 0; odd[i]; i++) {
        passage p;
        passage_run(&p, odd[i]);
        CHECK(p.a.nquotes >= 0);
        passage_free(&p);
    }
}

/* The count the issue asks for: at least sixty passages of our own. */
TEST(quotes_enough_passages) {
    size_t n = sizeof direct_cases / sizeof *direct_cases + sizeof resolve_cases / sizeof *resolve_cases +
               sizeof partial_cases / sizeof *partial_cases + sizeof block_cases / sizeof *block_cases +
               sizeof indirect_cases / sizeof *indirect_cases + sizeof anon_cases / sizeof *anon_cases +
               sizeof not_speech_cases / sizeof *not_speech_cases;
    CHECK(n + 3 >= 60);
}

/* Fed the analysis's tokens, the quote scanner finds the same tokens, flags
 * and word classes as reading every byte, and takes most words from them. */
static const char *const scan_texts[] = {
    "\xE2\x80\x9CWe will not give up,\xE2\x80\x9D said Gen. Smith of the U.S. Army.\n\nO'Brien's aides 'were told' it's over.",
    "The allies' envoy told CNN: \"Talks went well.\" Then he left -- for Doha-based talks at 9 a.m.\n\nNATO's chief said no.",
    "Erdo\xC4\x9F" "an's spokesman, \xC2\xAB" "Enough\xC2\xBB, he wrote... end.Next $200 (25%) 1,000 3MW\n\nShe said No. \"Fine\"",
};

an_lexicon *test_lexicon(void);                                   /* tests/analyse/helper.c */
struct an_analysis *test_parse(const an_lexicon *lx, an_arena *arena, const char *text);

TEST(quotes_scan_from_tokens_matches_the_byte_scanner) {
    an_lexicon *lx = test_lexicon();
    CHECK(lx != NULL);
    if (!lx) return;
    an_wordset *words = qwords_new();
    int taken = 0;
    for (size_t k = 0; k < sizeof scan_texts / sizeof *scan_texts; k++) {
        const char *s = scan_texts[k];
        uint32_t n = (uint32_t)strlen(s), at = 0;
        an_para paras[8];
        int np = 0;
        while (at < n && np < 8) {
            const char *brk = strstr(s + at, "\n\n");
            uint32_t e = brk ? (uint32_t)(brk - s) : n;
            paras[np++] = (an_para){ at, e, at, e };
            at = brk ? e + 2 : n;
        }
        an_arena arena, scratch;
        an_arena_init(&arena, 4096);
        an_arena_init(&scratch, 4096);
        struct an_analysis *an = test_parse(lx, &arena, s);
        qtext bytes = { .body = s, .len = n, .paras = paras, .nparas = np, .scratch = &scratch, .words = words };
        qtext guided = bytes;
        guided.tok = an->tokens;
        guided.ntok = an->ntokens;
        qscan_tokens(&bytes);
        qscan_tokens(&guided);
        CHECK_INT(guided.nt, bytes.nt);
        int same = guided.nt == bytes.nt;
        for (int i = 0; same && i < bytes.nt; i++) {
            const qtok *a = &bytes.t[i], *b = &guided.t[i];
            same = a->s == b->s && a->e == b->e && a->type == b->type && a->mark == b->mark && a->flags == b->flags &&
                   a->cls == b->cls && a->para == b->para;
        }
        if (!same) test_fail(__FILE__, __LINE__, "text %zu: tokens differ", k);
        for (uint32_t i = 0; i < an->ntokens; i++) taken += (an->tokens[i].flags & AN_TOK_PLAIN) != 0;
        an_arena_free(&scratch);
        an_arena_free(&arena);
    }
    CHECK(taken > 30);
    an_wordset_free(words);
    an_lexicon_free(lx);
}
