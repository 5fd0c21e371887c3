/* The resolver's rules, each on sentences we wrote. Names of invented people
 * are not in our dictionaries, so the codes they get are learned from the text. */
#include "../test.h"
#include "rs_helpers.h"

#define RUN(r, text, date) rs_run r; CHECK(rs_run_text(&r, text, date, NULL, NULL) == 0); if (!r.a) { rs_run_free(&r); return; }

TEST(resolve_dictionary_person_and_role_by_date) {
    RUN(r, "Vladimir Putin met Angela Merkel in Sochi on Friday to talk about gas supplies.\n", "2025-03-01");
    const an_actor *p = rs_find(&r, "Vladimir Putin"), *m = rs_find(&r, "Angela Merkel");
    CHECK(p && m);
    if (p) { CHECK_STR(p->code, "RUSGOV"); CHECK_STR(p->country, "RUS"); CHECK_STR(p->sector, "GOV"); CHECK_INT(p->learned, 0); }
    if (m) CHECK_STR(m->code, NULL);                 /* her role ended in 2021: no code in 2025 */
    rs_run_free(&r);
}

TEST(resolve_role_in_its_date_range_and_undated) {
    RUN(r, "Angela Merkel spoke to Parliament about the budget for the coming year.\n", "2015-06-01");
    const an_actor *m = rs_find(&r, "Angela Merkel");
    CHECK(m && m->code && !strcmp(m->code, "DEUGOV"));
    rs_run_free(&r);
    RUN(u, "Angela Merkel spoke to Parliament about the budget for the coming year.\n", NULL);
    m = rs_find(&u, "Angela Merkel");                /* undated: the most recent role */
    CHECK(m && m->code && !strcmp(m->code, "DEUGOV"));
    rs_run_free(&u);
}

TEST(resolve_learns_person_from_title_before_name) {
    RUN(r, "The talks were hosted by Russian investment envoy Pavel Sorokhin in the capital on Monday.\n", "2025-08-01");
    const an_actor *x = rs_find(&r, "Pavel Sorokhin");
    CHECK(x != NULL);
    if (x) { CHECK_STR(x->code, "RUSGOV"); CHECK_INT(x->learned, 1); CHECK_STR(x->role, "envoy"); }
    rs_run_free(&r);
}

TEST(resolve_learns_military_from_abbreviated_title) {
    RUN(r, "The plan is risky, said retired French Gen. Alain Berthold, who led troops in Mali.\n", "2025-08-01");
    const an_actor *x = rs_find(&r, "Alain Berthold");
    CHECK(x != NULL);
    if (x) { CHECK_STR(x->code, "FRAMIL"); CHECK_STR(x->country, "FRA"); CHECK_STR(x->sector, "MIL"); CHECK_INT(x->learned, 1); }
    rs_run_free(&r);
}

TEST(resolve_learns_person_from_appositive) {
    RUN(r, "Maren Holtby, a senior fellow at the Council on Foreign Relations, said the deal would not hold.\n", "2025-08-01");
    const an_actor *x = rs_find(&r, "Maren Holtby");
    CHECK(x != NULL);
    if (x) { CHECK_STR(x->country, "USA"); CHECK_STR(x->sector, "NGO"); CHECK_INT(x->learned, 1); }
    rs_run_free(&r);
}

TEST(resolve_appositive_with_country_and_title) {
    RUN(r, "Tomas Vrabel, Slovakia's deputy foreign minister, arrived in Vienna on Tuesday.\n", "2025-08-01");
    const an_actor *x = rs_find(&r, "Tomas Vrabel");
    CHECK(x && x->code && !strcmp(x->code, "SVKGOV"));
    rs_run_free(&r);
}

TEST(resolve_surname_and_description_point_back) {
    RUN(r, "U.S. special envoy Tom Brannigan flew to Doha on Sunday. Brannigan met Qatari officials for "
           "three hours.\n\nThe envoy said progress had been made.\n", "2025-08-01");
    const an_actor *x = rs_find(&r, "Tom Brannigan");
    CHECK(x != NULL);
    if (x) {
        CHECK_STR(x->code, "USAGOV");
        CHECK_INT(x->nmentions, 3);
        char b[64];
        CHECK_STR(rs_mention_text(&r, x, 1, b, sizeof b), "Brannigan");
        CHECK_STR(rs_mention_text(&r, x, 2, b, sizeof b), "envoy");
    }
    CHECK(rs_at(&r, "Qatari officials") != NULL);
    if (rs_at(&r, "Qatari officials")) CHECK_STR(rs_at(&r, "Qatari officials")->code, "QATGOV");
    rs_run_free(&r);
}

TEST(resolve_country_leader_descriptions) {
    RUN(r, "Vladimir Putin and Volodymyr Zelensky did not meet. Later the Russian leader said talks were "
           "possible, while the Ukrainian leader rejected the offer.\n", "2025-08-01");
    CHECK(rs_at(&r, "Russian leader") == rs_find(&r, "Vladimir Putin"));
    CHECK(rs_at(&r, "Ukrainian leader") == rs_find(&r, "Volodymyr Zelensky"));
    rs_run_free(&r);
}

TEST(resolve_pronoun_subject_points_back) {
    RUN(r, "Marta Kowalczyk, a researcher at Chatham House, published a report. She argued that sanctions "
           "were failing. \"They are not working,\" she said.\n", "2025-08-01");
    const an_actor *x = rs_find(&r, "Marta Kowalczyk");
    CHECK(x != NULL);
    if (x) { CHECK_STR(x->code, "GBRNGO"); CHECK_INT(x->nmentions, 3); }
    CHECK(rs_at(&r, "She argued") == x);
    rs_run_free(&r);
}

TEST(resolve_case_sensitive_abbreviations) {
    RUN(r, "US officials said the WHO would send a team. Let us see who comes, and what it is.\n", "2025-08-01");
    const an_actor *us = rs_at(&r, "US officials"), *who = rs_at(&r, "WHO");
    CHECK(us && us->code && !strcmp(us->code, "USAGOV"));
    CHECK(who && who->code && !strcmp(who->code, "IGOWHO"));
    CHECK(rs_at(&r, "us see") == NULL);
    CHECK(rs_at(&r, "who comes") == NULL);
    CHECK(rs_at(&r, "is.") == NULL);
    rs_run_free(&r);
}

TEST(resolve_capitals_metonyms_and_groups) {
    RUN(r, "Moscow rejected the plan. The Kremlin said Russian troops would stay, and talks in Moscow ended. "
           "The Russians left.\n", "2025-08-01");
    const an_actor *m = rs_at(&r, "Moscow rejected"), *k = rs_at(&r, "Kremlin"), *t = rs_at(&r, "Russian troops");
    CHECK(m && m->code && !strcmp(m->code, "RUSGOV"));
    CHECK(k == m);
    CHECK(t && t->code && !strcmp(t->code, "RUSMIL"));
    CHECK(rs_at(&r, "Moscow ended") == NULL);       /* a place, not the government */
    const an_actor *ru = rs_at(&r, "Russians left");
    CHECK(ru && ru->code && !strcmp(ru->code, "RUS"));
    rs_run_free(&r);
}

TEST(resolve_particles_and_igo_people) {
    RUN(r, "Ursula von der Leyen met Anna van der Berghe, a researcher at Chatham House, in Brussels.\n", "2025-08-01");
    const an_actor *v = rs_find(&r, "Ursula von der Leyen"), *b = rs_find(&r, "Anna van der Berghe");
    CHECK(v && v->code && !strcmp(v->code, "IGOEUREEC") && v->country == NULL);
    CHECK(b && b->code && !strcmp(b->code, "GBRNGO"));
    rs_run_free(&r);
}

TEST(resolve_unknown_first_name_before_known_surname) {
    RUN(r, "Talks with Ukrainian President Vladimir Zelenskyy resumed on Monday in Geneva.\n", "2025-08-01");
    const an_actor *z = rs_find(&r, "Volodymyr Zelensky");
    char b[64];
    CHECK(z != NULL);
    if (z) CHECK_STR(rs_mention_text(&r, z, 0, b, sizeof b), "Vladimir Zelenskyy");
    rs_run_free(&r);
}

TEST(resolve_mentions_are_input_offsets) {
    RUN(r, "Officials said Keir Starmer would travel to Paris.\n", "2025-08-01");
    const an_actor *s = rs_find(&r, "Keir Starmer");
    char b[64];
    CHECK(s != NULL);
    if (s) CHECK_STR(rs_mention_text(&r, s, 0, b, sizeof b), "Keir Starmer");
    rs_run_free(&r);
}

TEST(resolve_text_in_capitals_or_without_any) {
    RUN(r, "THE LEADERS SAID IT IS TIME. WHO WILL PAY, ASKED THE MINISTER, AND CAN THE US HELP? "
           "VLADIMIR PUTIN DID NOT ANSWER THE QUESTION ABOUT THE TALKS.\n", "2025-08-01");
    CHECK(rs_at(&r, "IS TIME") == NULL);              /* "IS", "WHO", "CAN" are words here */
    CHECK(rs_at(&r, "WHO WILL") == NULL);
    CHECK(rs_at(&r, "CAN THE") == NULL);
    CHECK(rs_find(&r, "Vladimir Putin") != NULL);
    rs_run_free(&r);
    RUN(l, "new delhi: prime minister narendra modi met officials on friday. the talks in the capital were "
           "described as useful by the officials who attended them and by the press.\n", "2025-08-01");
    const an_actor *m = rs_find(&l, "Narendra Modi");
    CHECK(m && m->code && !strcmp(m->code, "INDGOV"));
    rs_run_free(&l);
}

TEST(resolve_headlines_and_place_names) {
    RUN(r, "Honduras Gang Massacre Shocks Capital. Voters in New Jersey and New Mexico went to the polls.\n", "2025-08-01");
    CHECK(rs_find(&r, "Massacre") == NULL && rs_find(&r, "Massacre Shocks Capital") == NULL);
    CHECK(rs_at(&r, "Jersey") == NULL);
    CHECK(rs_at(&r, "Mexico went") == NULL);
    rs_run_free(&r);
}

TEST(resolve_initials_with_or_without_period) {
    RUN(r, "George W Bush and John F. Kennedy were both presidents of the United States.\n", "2005-01-20");
    const an_actor *b = rs_find(&r, "George W. Bush");
    CHECK(b && b->code && !strcmp(b->code, "USAGOV"));
    rs_run_free(&r);
}

TEST(resolve_former_titles_do_not_code) {
    RUN(r, "The deal was criticised by former Russian deputy minister Oleg Bratchikov on Friday.\n", "2025-08-01");
    const an_actor *x = rs_find(&r, "Oleg Bratchikov");
    CHECK(x && x->code && !strcmp(x->code, "RUS"));     /* the country, not the office he left */
    rs_run_free(&r);
}

TEST(resolve_verb_after_comma_is_not_an_appositive) {
    RUN(r, "The chief executive, Martin Q. Vellacott, told Reuters the company would grow.\n", "2025-08-01");
    const an_actor *x = rs_find(&r, "Martin Q. Vellacott");
    CHECK(x == NULL || x->code == NULL);             /* Reuters is who he spoke to, not where he works */
    rs_run_free(&r);
}

TEST(resolve_article_country_supplies_missing_country) {
    RUN(r, "The U.S. Senate voted on the bill. Senator Hollis Brandtner said the U.S. budget was at stake, "
           "and Washington would decide soon. The White House agreed.\n", "2025-08-01");
    const an_actor *x = rs_find(&r, "Hollis Brandtner");
    CHECK(x && x->code && !strcmp(x->code, "USALEG") && x->learned);
    rs_run_free(&r);
}

TEST(resolve_institution_is_not_a_person_reference) {
    RUN(r, "Philippine President Corazon Aquino spoke on Monday. The Philippine government later seized the "
           "shares.\n", "1987-03-23");
    const an_actor *g = rs_at(&r, "Philippine government");
    CHECK(g && g->code && !strcmp(g->code, "PHLGOV") && strcmp(g->name, "Corazon Aquino"));
    rs_run_free(&r);
}

TEST(resolve_title_words_without_period_and_demonyms) {
    RUN(r, "The U.S. Senate met. Asked by Sen Hollis Brandtner whether the U.S. plan was working, the White House "
           "said yes. Republican Representative Dwight Carrow agreed, and New Zealander David Ormsby disagreed.\n", "2017-12-08");
    const an_actor *h = rs_find(&r, "Hollis Brandtner"), *d = rs_find(&r, "Dwight Carrow"), *o = rs_find(&r, "David Ormsby");
    CHECK(h && h->code && !strcmp(h->code, "USALEG"));
    CHECK(d && d->code && !strcmp(d->code, "USALEG"));
    CHECK(o && o->code && !strcmp(o->code, "NZL"));
    rs_run_free(&r);
}

TEST(resolve_dictionary_person_out_of_office_coded_by_appositive) {
    RUN(r, "Rex Tillerson, President Donald Trump's secretary of state, met Angela Merkel, the German chancellor, "
           "in Berlin.\n", "2030-01-01");
    const an_actor *t = rs_find(&r, "Rex Tillerson");
    CHECK(t && t->code && !strcmp(t->code, "USAGOV") && t->learned);
    const an_actor *m = rs_find(&r, "Angela Merkel");
    CHECK(m && m->code && !strcmp(m->code, "DEUGOV") && m->learned);
    rs_run_free(&r);
}

TEST(resolve_places_are_not_actors) {
    RUN(r, "DOHA, Aug 1 - U.S. special envoy Tom Brannigan met Qatari officials in Doha and later flew to Kyiv.\n", "2025-08-01");
    CHECK(r.a->nplaces >= 1);
    int doha = 0;
    for (int i = 0; i < r.a->nplaces; i++)
        if (!strcmp(r.a->places[i].name, "Doha")) { doha = 1; CHECK_STR(r.a->places[i].country, "QAT"); }
    CHECK(doha);
    CHECK(rs_at(&r, "Doha and") == NULL);            /* a place, not an actor */
    rs_run_free(&r);
}

TEST(resolve_staff_of_a_coded_person) {
    RUN(r, "President Donald Trump named David Vasko to the post. Vasko, Trump's budget director, said the agency "
           "would change. Trump's former campaign manager Dale Whitcombe was not consulted.\n", "2025-08-01");
    const an_actor *v = rs_find(&r, "David Vasko"), *w = rs_find(&r, "Dale Whitcombe");
    CHECK(v && v->code && !strcmp(v->code, "USAGOV") && v->learned && v->nmentions == 2);
    CHECK(w && w->code && !strcmp(w->code, "USA"));   /* a former manager: the country, not the office */
    rs_run_free(&r);
}

TEST(resolve_single_country_article_and_institutions) {
    RUN(r, "The U.S. House of Representatives Republican leadership is confident, Representative Kyle Brandvold said.\n", "2017-11-13");
    const an_actor *k = rs_find(&r, "Kyle Brandvold");
    CHECK(k && k->code && !strcmp(k->code, "USALEG"));
    CHECK(rs_find(&r, "Republican") == NULL);
    rs_run_free(&r);
}

TEST(resolve_names_after_institution_words_are_organisations) {
    RUN(r, "Saudi Arabia's state oil company Petrovast Holdings said output would rise.\n", "2025-08-01");
    const an_actor *o = rs_find(&r, "Petrovast Holdings");
    CHECK(o && o->code && !strcmp(o->code, "SAUBUS") && o->learned);
    rs_run_free(&r);
}
