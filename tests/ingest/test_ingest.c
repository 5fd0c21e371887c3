/* Ingest: pages written by us in the shapes real sites use. */
#include "../test.h"
#include "../../include/annals.h"
#include "../../src/ingest/meta.h"
#include "../../src/ingest/page.h"
#include <stdlib.h>

static an_engine *engine(void) {
    char err[256];
    an_options o = { .last_stage = AN_STAGE_INGEST };
    an_engine *e = an_engine_new(&o, err, sizeof err);
    if (!e) test_fail(__FILE__, __LINE__, "engine: %s", err);
    return e;
}

static an_doc *run(an_engine *e, const char *text, an_kind kind) {
    char err[256];
    an_doc *d = an_doc_process(e, "t", text, strlen(text), 0, kind, NULL, NULL, err, sizeof err);
    if (!d) test_fail(__FILE__, __LINE__, "process: %s", err);
    return d;
}

static int contains(const an_article *a, const char *s) { return strstr(a->body, s) != NULL; }

TEST(scraped_page_with_menu_header_ads_and_teasers) {
    const char *page =
        "Harbour Times\n  \xE2\x80\xA2 Home\n  \xE2\x80\xA2 World\n  \xE2\x80\xA2 Sport\n\nSections\n\n  \xE2\x80\xA2 Politics\n"
        "Advertisement\nHome / World\n\n"
        "Chile and Peru settle fishing dispute at border talks\n\n"
        "Ana Rojas and Luis Paredes\nReuters\xC2\xB7\n3 Feb, 2026 04:05 PM3 mins to read\n"
        "Share this article\nFishing boats in Arica harbour. Photo / Getty Images\n\n"
        "Chile and Peru signed a fishing accord on Monday that ends a six-month quarrel over catches near their maritime border.\n"
        "Advertisement\nAdvertise with Harbour Times.\n"
        "\xE2\x80\x9cThis is a fair deal for both fleets,\xE2\x80\x9d the Chilean minister said.\n"
        "Both governments will review the quotas every two years, officials said.\n"
        "Sign up to our newsletter, delivered every morning to your inbox with the best of the week.\n"
        "Latest from World\n\nFerry strike ends in Valparaiso\n\n3 Feb 02:11 PM\n"
        "Harbour Times\n  \xE2\x80\xA2 About us\n";
    an_engine *e = engine();
    an_doc *d = run(e, page, AN_KIND_AUTO);
    CHECK_INT(an_doc_count(d), 1);
    const an_article *a = an_doc_article(d, 0);
    if (a) {
        CHECK_STR(a->title, "Chile and Peru settle fishing dispute at border talks");
        CHECK_STR(a->outlet, "Harbour Times");
        CHECK_STR(a->wire, "Reuters");
        CHECK_INT(a->nauthors, 2);
        if (a->nauthors == 2) { CHECK_STR(a->authors[0], "Ana Rojas"); CHECK_STR(a->authors[1], "Luis Paredes"); }
        CHECK_STR(a->published, "2026-02-03T16:05");
        CHECK(!strncmp(a->body, "Chile and Peru signed", 21));
        CHECK(contains(a, "review the quotas every two years, officials said."));
        CHECK(!contains(a, "Advertis"));
        CHECK(!contains(a, "Photo /"));
        CHECK(!contains(a, "Sign up"));
        CHECK(!contains(a, "Ferry strike"));
        CHECK_INT(a->nparas, 3);
    }
    an_doc_free(d);
    an_engine_free(e);
}

TEST(aggregator_page_splits_related_articles) {
    const char *page =
        "\nCanal levy divides shipping nations\n"
        "A proposed levy on canal traffic has split the maritime states that met in Lisbon this week, with delegates unable to agree on who should pay for the new locks and when.\n"
        "The talks will resume next month.\n"
        "Sofia Reis is a Harbour Opinion columnist covering trade.\n"
        "Comments\nNo comments yet...\nRelated Articles\n\n"
        "Coast Daily\n2 hours ago\n- Coast Daily\nPanama raises transit fees for the second time this year\n"
        "PANAMA CITY (AP) -- Panama's canal authority raised transit fees on Tuesday for the second time this year, citing low water levels in the lakes that feed the locks. "
        "Shipping companies said the increase would add to freight costs already inflated by detours, and several asked the authority to delay the change until the rainy season. "
        "The authority said the fees would fund a new reservoir that should secure water for the locks for decades. "
        "Officials said the decision was final and that no further increase was planned before next year. "
        "\xC2\xA9 Copyright 2026 The Associated Press. All rights reserved.\n"
        "\nPort Weekly\n5 hours ago\n- Port Weekly\nShort teaser that is not an article\nOnly a line or two here...\n";
    an_engine *e = engine();
    an_doc *d = run(e, page, AN_KIND_TEXT);
    CHECK_INT(an_doc_count(d), 2);
    const an_article *a = an_doc_article(d, 0), *b = an_doc_article(d, 1);
    if (a && b) {
        CHECK_STR(a->title, "Canal levy divides shipping nations");
        CHECK_INT(a->nauthors, 1);
        if (a->nauthors) CHECK_STR(a->authors[0], "Sofia Reis");
        CHECK(!contains(a, "columnist"));
        CHECK(!contains(a, "Related"));
        CHECK_STR(b->title, "Panama raises transit fees for the second time this year");
        CHECK_STR(b->outlet, "Coast Daily");
        CHECK_STR(b->wire, "AP");
        CHECK_STR(b->dateline, "PANAMA CITY");
        CHECK(b->published == NULL);                    /* "2 hours ago" is not a date */
        CHECK(!strncmp(b->body, "Panama's canal authority", 24));
        CHECK(contains(b, "planned before next year."));
        CHECK(!contains(b, "Copyright"));
    }
    an_doc_free(d);
    an_engine_free(e);
}

TEST(inline_caption_and_byline_are_cut) {
    const char *page =
        "Title of a wire story about a summit\n"
        "Leaders pose for a photo at the summit venue on Sunday. By MARIA LOPEZ and JOHN SMITH Leaders of the two countries agreed on Sunday to reopen their embassies, ending a freeze that began three years ago. "
        "The move was announced in a joint statement. Reuters writers in Madrid contributed to this report.\n";
    an_engine *e = engine();
    an_doc *d = run(e, page, AN_KIND_TEXT);
    const an_article *a = an_doc_article(d, 0);
    CHECK(a != NULL);
    if (a) {
        CHECK(!strncmp(a->body, "Leaders of the two countries agreed", 35));
        CHECK_INT(a->nauthors, 2);
        if (a->nauthors == 2) { CHECK_STR(a->authors[0], "Maria Lopez"); CHECK_STR(a->authors[1], "John Smith"); }
        CHECK(!contains(a, "contributed to this report"));
        CHECK(contains(a, "joint statement."));
    }
    an_doc_free(d);
    an_engine_free(e);
}

TEST(published_line_ends_article_and_teasers_are_dropped) {
    const char *page =
        "ISLAMABAD: The finance ministry said on Tuesday that talks with lenders had made progress on the terms of a new loan, though no agreement was signed.\n\n"
        "Officials expect another round of talks in the spring.\n\n"
        "Published in Harbour Daily, March 3rd, 2026\n\nOpinion\n\nEditorial\n\nWater woes\nUpdated 05 Mar, 2026\n\n"
        "THE city's reservoirs are running low again as the dry season...\n";
    an_engine *e = engine();
    an_doc *d = run(e, page, AN_KIND_TEXT);
    CHECK_INT(an_doc_count(d), 1);
    const an_article *a = an_doc_article(d, 0);
    if (a) {
        CHECK(a->title == NULL);
        CHECK_STR(a->outlet, "Harbour Daily");
        CHECK_STR(a->published, "2026-03-03");
        CHECK_STR(a->dateline, "ISLAMABAD");
        CHECK(!contains(a, "Water woes"));
        CHECK(!contains(a, "Published in"));
    }
    an_doc_free(d);
    an_engine_free(e);
}

TEST(hard_wrapped_wire_copy_is_rejoined) {
    const char *page =
        "    OSLO, May 4 - Norway's central bank left its main interest\n"
        "rate unchanged on Thursday, as expected by most economists\n"
        "polled before the decision.\n"
        "    The bank said it expected to keep rates on hold for the rest\n"
        "of the year.\n"
        " Reuter\n";
    an_engine *e = engine();
    an_doc *d = run(e, page, AN_KIND_TEXT);
    const an_article *a = an_doc_article(d, 0);
    CHECK(a != NULL);
    if (a) {
        CHECK_STR(a->dateline, "OSLO");
        CHECK_STR(a->body, "Norway's central bank left its main interest rate unchanged on Thursday, as expected by most "
                           "economists polled before the decision.\n\nThe bank said it expected to keep rates on hold for the rest of the year.");
        CHECK_INT(a->nparas, 2);
        /* the joined paragraph still maps to the input bytes */
        uint32_t pos = (uint32_t)(strstr(a->body, "polled") - a->body);
        CHECK_INT(an_body_offset(a, pos), strstr(page, "polled") - page);
    }
    an_doc_free(d);
    an_engine_free(e);
}

TEST(jsonl_record_fields_and_offsets) {
    const char *rec = "{\"id\": \"r7\", \"title\": \"Rates on hold\", \"published\": \"2026-05-04\", \"outlet\": \"Reuters\", "
                      "\"text\": \"The bank held rates.\\nIt said \\\"no change\\\" was likely this year.\"}";
    an_engine *e = engine();
    char err[200];
    an_doc *d = an_doc_process(e, "f.jsonl", rec, strlen(rec), 500, AN_KIND_JSONL, NULL, NULL, err, sizeof err);
    CHECK(d != NULL);
    const an_article *a = an_doc_article(d, 0);
    if (a) {
        CHECK_STR(a->id, "r7");
        CHECK_STR(a->title, "Rates on hold");
        CHECK_STR(a->published, "2026-05-04");
        CHECK_STR(a->outlet, "Reuters");
        const char *q = strstr(a->body, "no change");
        CHECK(q != NULL);
        if (q) CHECK_INT(an_body_offset(a, (uint32_t)(q - a->body)), 500 + (strstr(rec, "no change") - rec));
    }
    an_doc_free(d);
    CHECK(an_doc_process(e, "f.jsonl", "{\"text\": 3}", 11, 0, AN_KIND_JSONL, NULL, NULL, err, sizeof err) == NULL);
    CHECK(an_doc_process(e, "f.jsonl", "{broken", 7, 0, AN_KIND_JSONL, NULL, NULL, err, sizeof err) == NULL);
    an_engine_free(e);
}

TEST(html_page_with_nav_meta_and_entities) {
    const char *html =
        "<!doctype html><html><head><title>x</title>"
        "<meta property=\"og:site_name\" content=\"Valley Post\">"
        "<meta property=\"article:published_time\" content=\"2026-01-09T10:00:00Z\"></head><body>"
        "<nav><ul><li><a href=/>Home</a></li><li><a href=/w>World</a></li></ul></nav>"
        "<article><h1>Mayors meet over river &amp; rail plans</h1>"
        "<p class=byline>By Kim Lee</p>"
        "<p>The mayors of the two river towns met on Friday to agree on a shared rail link &amp; new flood defences.</p>"
        "<figure><img src=a.jpg><figcaption>The river in spring. Photo: Valley Post</figcaption></figure>"
        "<p>They will ask the regional government for funds, they said in a statement.</p></article>"
        "<footer><p>\xC2\xA9 2026 Valley Post</p></footer><script>var x = 1;</script></body></html>";
    an_engine *e = engine();
    an_doc *d = run(e, html, AN_KIND_AUTO);
    CHECK_INT(an_doc_count(d), 1);
    const an_article *a = an_doc_article(d, 0);
    if (a) {
        CHECK_STR(a->title, "Mayors meet over river & rail plans");
        CHECK_STR(a->outlet, "Valley Post");
        CHECK_STR(a->published, "2026-01-09T10:00:00+00:00");
        CHECK_INT(a->nauthors, 1);
        CHECK(!contains(a, "Home"));
        CHECK(!contains(a, "Photo"));
        CHECK(!contains(a, "var x"));
        CHECK_INT(a->nparas, 2);
        const char *q = strstr(a->body, "new flood");
        CHECK(q != NULL);
        if (q) CHECK_INT(an_body_offset(a, (uint32_t)(q - a->body)), strstr(html, "new flood") - html);
    }
    an_doc_free(d);
    an_engine_free(e);
}

TEST(no_prose_keeps_the_text_and_empty_gives_nothing) {
    an_engine *e = engine();
    an_doc *d = run(e, "Short line one\nShort line two\n", AN_KIND_TEXT);
    CHECK_INT(an_doc_count(d), 1);
    an_doc_free(d);
    d = run(e, "", AN_KIND_TEXT);
    CHECK_INT(an_doc_count(d), 0);
    an_doc_free(d);
    d = run(e, "\n\n   \n", AN_KIND_TEXT);
    CHECK_INT(an_doc_count(d), 0);
    an_doc_free(d);
    char err[100];
    CHECK(an_doc_process(e, "b", "\x7f" "ELF\0\0\0", 7, 0, AN_KIND_AUTO, NULL, NULL, err, sizeof err) == NULL);
    an_engine_free(e);
}

TEST(default_date_is_used_only_when_the_page_states_none) {
    char err[200];
    an_options o = { .default_date = "2026-02-01" };
    an_engine *e = an_engine_new(&o, err, sizeof err);
    CHECK(e != NULL);
    an_doc *d = run(e, "Officials in the capital said on Monday that the new budget would be presented in April.\n", AN_KIND_TEXT);
    CHECK_STR(an_doc_article(d, 0)->published, "2026-02-01");
    an_doc_free(d);
    d = run(e, "date 2025-12-24 Officials in the capital said on Monday that the new budget would be presented in April.\n", AN_KIND_TEXT);
    CHECK_STR(an_doc_article(d, 0)->published, "2025-12-24");
    CHECK(!strncmp(an_doc_article(d, 0)->body, "Officials", 9));
    an_doc_free(d);
    an_engine_free(e);
    an_options bad = { .default_date = "yesterday" };
    CHECK(an_engine_new(&bad, err, sizeof err) == NULL);
}

TEST(bylines_datelines_and_bios) {
    an_arena a;
    an_arena_init(&a, 0);
    name_list nl;
    CHECK(meta_byline(&a, "By Andrew Hill In a few short hours", 35, &nl) == 15);
    CHECK_INT(nl.n, 1);
    CHECK_STR(nl.names[0], "Andrew Hill");
    CHECK(meta_byline(&a, "By JANE DOE, OMAR FARUK and LI WEI Lawmakers voted", 50, &nl) > 0);
    CHECK_INT(nl.n, 3);
    CHECK_STR(nl.names[2], "Li Wei");
    CHECK(meta_byline(&a, "By Reuters", 10, &nl) == 0);
    const char *place, *wire;
    const char *s1 = "NEW YORK (AP) -- Stocks fell.";
    CHECK(meta_dateline(&a, s1, strlen(s1), &place, &wire) == 17);
    CHECK_STR(place, "NEW YORK");
    CHECK_STR(wire, "AP");
    const char *s2 = "SAN SALVADOR, 3 JAN 90 (RADIO CADENA) -- [TEXT] The army said";
    CHECK(meta_dateline(&a, s2, strlen(s2), &place, &wire) > 0);
    CHECK_STR(place, "SAN SALVADOR");
    const char *s3 = "NATO allies met on Friday.";
    CHECK(meta_dateline(&a, s3, strlen(s3), &place, &wire) == 0);
    const char *s4 = "BREAKING: a storm hit.";
    CHECK(meta_dateline(&a, s4, strlen(s4), &place, &wire) == 0);
    const char *s5 = "Jane Roe is a Harbour Opinion columnist covering trade.";
    const char *author, *org;
    CHECK(meta_bio(&a, NULL, s5, strlen(s5), &author, &org));
    CHECK_STR(author, "Jane Roe");
    CHECK_STR(org, "Harbour Opinion");
    const char *s6 = "He said the fund would grow. \xC2\xA9 Thomson Reuters 2026.";
    phrase_set credits;
    meta_credit_phrases(&credits);
    CHECK_INT(meta_credit_start(s6, strlen(s6), &credits), 28);
    const char *s7 = "Prices rose 5\xC2\xB0 and \xC2\xC2\xA9 Harbour Press", *s8 = "It ends in \xC2";
    CHECK_INT(meta_credit_start(s7, strlen(s7), &credits), 21);     /* the sign after a lone C2 */
    CHECK_INT(meta_credit_start(s8, strlen(s8), &credits), strlen(s8));
    an_arena_free(&a);
}

TEST(published_beats_updated_and_afp_style_datelines) {
    const char *page =
        "Listen to this article\n5 min read\n\nPort strike spreads to three more cities\n\n"
        "Published On 12 Mar 2025\nUpdated: March 13, 2025 at 3:45 p.m. ET\n\nBy Jane Doe | Reuters\n\n"
        "Lisbon (AFP) - Dock workers in three more Portuguese cities joined a strike on Wednesday, halting most container traffic on the coast.\n\n"
        "Senator Brown (R) - who chairs the committee - said the hearing would go ahead on Thursday as planned.\n\n"
        "(Reporting by Jane Doe; Editing by John Roe)\n\nRead more:\nOther story\n";
    an_engine *e = engine();
    an_doc *d = run(e, page, AN_KIND_TEXT);
    const an_article *a = an_doc_article(d, 0);
    CHECK(a != NULL);
    if (a) {
        CHECK_STR(a->title, "Port strike spreads to three more cities");
        CHECK_STR(a->published, "2025-03-12");
        CHECK_INT(a->nauthors, 1);
        CHECK_STR(a->wire, "Reuters");
        CHECK_STR(a->dateline, "Lisbon");
        CHECK(!strncmp(a->body, "Dock workers", 12));
        CHECK(contains(a, "Senator Brown (R) - who chairs"));
        CHECK(!contains(a, "Reporting by"));
    }
    an_doc_free(d);
    d = run(e, "Updated: March 13, 2025 at 3:45 p.m. ET\n\nThe strike spread to three more cities on Wednesday, halting container traffic.\n", AN_KIND_TEXT);
    CHECK_STR(an_doc_article(d, 0)->published, "2025-03-13T15:45");
    an_doc_free(d);
    an_engine_free(e);
}

TEST(html_json_ld_metadata) {
    const char *html =
        "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Dam opens after ten years\","
        "\"datePublished\":\"2026-04-02T08:00:00+02:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"Eva Berg\"}],"
        "\"publisher\":{\"@type\":\"Organization\",\"name\":\"River Gazette\"}}</script></head>"
        "<body><div><p>The new dam on the upper river opened on Thursday after ten years of construction and two changes of government.</p></div></body></html>";
    an_engine *e = engine();
    an_doc *d = run(e, html, AN_KIND_AUTO);
    const an_article *a = an_doc_article(d, 0);
    CHECK(a != NULL);
    if (a) {
        CHECK_STR(a->title, "Dam opens after ten years");
        CHECK_STR(a->published, "2026-04-02T08:00:00+02:00");
        CHECK_STR(a->outlet, "River Gazette");
        CHECK_INT(a->nauthors, 1);
        if (a->nauthors) CHECK_STR(a->authors[0], "Eva Berg");
    }
    an_doc_free(d);
    an_engine_free(e);
}

/* Words counted eight bytes at a time agree with a byte-at-a-time count on
 * every mix of spaces, control bytes, DEL, UTF-8 and letters, at every
 * length and alignment. */
static uint32_t words_slowly(const char *s, uint32_t n) {
    uint32_t w = 0;
    int in = 0;
    for (uint32_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        int sp = c <= ' ' || c == 0x7f;
        w += !sp && !in;
        in = !sp;
    }
    return w;
}

TEST(page_word_count_matches_a_byte_at_a_time_count) {
    static const unsigned char alphabet[] = { ' ', '\t', '\n', 0x01, 0x1f, 0x20, 0x21, 0x7e, 0x7f, 0x80, 0xa0, 0xc2, 0xff, 'a', 'Z', '0' };
    char buf[80];
    uint32_t seed = 12345, bad = 0, tried = 0;
    for (int round = 0; round < 20000; round++) {
        uint32_t n = round % 41, off = (uint32_t)round % 7;
        for (uint32_t i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            buf[off + i] = (char)alphabet[(seed >> 16) % sizeof alphabet];
        }
        tried++;
        bad += page_count_words(buf + off, n) != words_slowly(buf + off, n);
    }
    CHECK_INT(bad, 0);
    CHECK(tried == 20000);
    CHECK_INT(page_count_words("  two words ", 12), 2);
    const char *mixed = "one\x7f" "three\x01" "four five six seven";
    CHECK_INT(page_count_words(mixed, (uint32_t)strlen(mixed)), 6);
}

/* The first case-insensitive occurrence of p in s, or n: the plain search
 * the skipping phrase scan must agree with. */
static size_t first_slowly(const char *s, size_t n, const char *p) {
    size_t k = strlen(p);
    for (size_t i = 0; i + k <= n; i++)
        if (!strncasecmp(s + i, p, k)) return i;
    return n;
}

/* Random texts over the phrases' own letters (so that they occur, often
 * overlapping and near the ends), in both cases, against sets whose shortest
 * phrase is 2, 4 and 7 bytes long. */
TEST(phrase_scan_finds_what_a_plain_search_finds) {
    static const char *const sets[][6] = {
        { "ab", "abcab", "ba c", NULL },
        { "Cab ", "abba", "c a b", "bbbbbbb", NULL },
        { "aab cab", "b c ab a", "cabbage", NULL },
    };
    static const char alphabet[] = "abcABC ";
    char buf[64];
    uint32_t seed = 777, bad = 0, found = 0;
    for (size_t set = 0; set < sizeof sets / sizeof *sets; set++) {
        phrase_set ps;
        phrases_init(&ps, sets[set]);
        for (int round = 0; round < 4000; round++) {
            size_t n = (size_t)round % sizeof buf;
            for (size_t i = 0; i < n; i++) {
                seed = seed * 1103515245u + 12345u;
                buf[i] = alphabet[(seed >> 16) % (sizeof alphabet - 1)];
            }
            size_t first[PHRASES_MAX];
            phrases_first(buf, n, &ps, first);
            int any = 0;
            for (int k = 0; k < ps.n; k++) {
                size_t want = first_slowly(buf, n, sets[set][k]);
                bad += first[k] != want;
                any |= want < n;
            }
            bad += phrases_any(buf, n, &ps) != any;
            found += any;
        }
    }
    CHECK_INT(bad, 0);
    CHECK(found > 1000);          /* the texts did contain phrases */
}
