#include "../test.h"
#include "store_fixture.h"

static const char *body_dawn =
    "US special envoy Steve Witkoff held talks with President Vladimir Putin in Moscow on Wednesday, the Kremlin said, "
    "as Washington pressed for a ceasefire before a deadline set by President Donald Trump this week.";
static const char *body_herald =
    "Russian leader Vladimir Putin met Donald Trump's envoy in the Kremlin this month, and both sides described "
    "the three-hour meeting as useful, according to officials in Moscow and Washington who spoke afterwards.";

TEST(cluster_date_ranges_follow_precision) {
    int32_t lo, hi;
    CHECK(date_day_range("2025-08-06", &lo, &hi) && lo == hi && lo == day_number(2025, 8, 6));
    CHECK(date_day_range("2025-08", &lo, &hi) && lo == day_number(2025, 8, 1) && hi == day_number(2025, 8, 31));
    CHECK(date_day_range("2024-02", &lo, &hi) && hi - lo == 28);
    CHECK(date_day_range("2025", &lo, &hi) && hi - lo == 364);
    CHECK(date_day_range("2025-08-06T10:00", &lo, &hi) && lo == hi);
    CHECK(!date_day_range("2025-13", &lo, &hi));
    CHECK(!date_day_range("2025-02-30", &lo, &hi));
    CHECK(!date_day_range(NULL, &lo, &hi));
    CHECK_INT(day_number(1970, 1, 1), 0);
}

TEST(cluster_actor_generalisation) {
    CHECK(actor_codes_compatible("USA", "USAGOV"));
    CHECK(actor_codes_compatible("RUSGOV", "RUS"));
    CHECK(actor_codes_compatible("USAGOV", "USAGOV"));
    CHECK(!actor_codes_compatible("USAGOV", "USAMIL"));
    CHECK(!actor_codes_compatible("USA", "RUS"));
    CHECK(!actor_codes_compatible("US", "USAGOV"));          /* not a whole segment */
    CHECK(actor_codes_compatible(NULL, NULL));
    CHECK(!actor_codes_compatible("USA", NULL));
}

/* Pages 000 and 001 of the seeds: the 6 August 2025 Witkoff-Putin meeting,
 * from two outlets, one dated to the day, the other to the month and with
 * the actors the other way round. One cluster, two reports. */
TEST(cluster_merges_one_meeting_from_two_outlets) {
    an_store *s = fixture_store();
    if (!s) { CHECK(s); return; }
    an_event e1 = fixture_event("USAGOV", "RUSGOV", "040", "2025-08-06");
    an_article a1 = fixture_article("Dawn", "2025-08-07", body_dawn);
    a1.events = &e1; a1.nevents = 1;
    an_event e2 = fixture_event("RUS", "USA", "042", "2025-08");
    an_article a2 = fixture_article("NZ Herald", "2025-08-06", body_herald);
    a2.events = &e2; a2.nevents = 1;
    CHECK(fixture_add(s, "page000", &a1) > 0);
    CHECK(fixture_add(s, "page001", &a2) > 0);
    CHECK(store_commit(s) == 0);
    char buf[64];
    CHECK_INT(fixture_int(s, "SELECT count(*) FROM clusters"), 1);
    CHECK_INT(fixture_int(s, "SELECT count(*) FROM events"), 2);
    CHECK_INT(fixture_int(s, "SELECT count(DISTINCT cluster_id) FROM events"), 1);
    CHECK_INT(fixture_int(s, "SELECT num_articles FROM clusters"), 2);
    CHECK_INT(fixture_int(s, "SELECT num_sources FROM clusters"), 2);
    CHECK_STR(fixture_text(s, "SELECT date FROM clusters", buf, sizeof buf), "2025-08-06");
    CHECK_STR(fixture_text(s, "SELECT first_seen FROM clusters", buf, sizeof buf), "2025-08-06");
    CHECK_STR(fixture_text(s, "SELECT last_seen FROM clusters", buf, sizeof buf), "2025-08-07");
    CHECK_STR(fixture_text(s, "SELECT source || '>' || target FROM clusters", buf, sizeof buf), "USAGOV>RUSGOV");
    store_close(s);
}

TEST(cluster_keeps_different_events_apart) {
    an_store *s = fixture_store();
    if (!s) { CHECK(s); return; }
    an_event ev[5] = {
        fixture_event("USAGOV", "RUSGOV", "040", "2025-08-06"),
        fixture_event("USAGOV", "RUSGOV", "040", "2025-08-20"),    /* another meeting, two weeks later */
        fixture_event("USAGOV", "RUSGOV", "163", "2025-08-06"),    /* another kind of event */
        fixture_event("USAMIL", "RUSGOV", "040", "2025-08-06"),    /* another actor */
        fixture_event("UKRGOV", "RUSGOV", "040", "2025-08-06"),
    };
    an_article a = fixture_article("Dawn", "2025-08-21", body_dawn);
    a.events = ev; a.nevents = 5;
    CHECK(fixture_add(s, "p", &a) > 0);
    CHECK(store_commit(s) == 0);
    CHECK_INT(fixture_int(s, "SELECT count(*) FROM clusters"), 5);
    store_close(s);
}

/* Material conflict is directed: "A sanctions B" is not "B sanctions A". */
TEST(cluster_swaps_roles_only_for_symmetric_codes) {
    an_store *s = fixture_store();
    if (!s) { CHECK(s); return; }
    an_event ev[2] = { fixture_event("USA", "RUS", "163", "2025-10-22"), fixture_event("RUS", "USA", "163", "2025-10-22") };
    an_article a = fixture_article("Dawn", "2025-10-23", body_dawn);
    a.events = ev; a.nevents = 2;
    CHECK(fixture_add(s, "p", &a) > 0);
    CHECK(store_commit(s) == 0);
    CHECK_INT(fixture_int(s, "SELECT count(*) FROM clusters"), 2);
    store_close(s);
}

/* An undated report covers the week before its article's publication. */
TEST(cluster_undated_report_uses_publication_week) {
    an_store *s = fixture_store();
    if (!s) { CHECK(s); return; }
    an_event e1 = fixture_event("USAGOV", "RUSGOV", "040", "2025-08-06");
    an_event e2 = fixture_event("USAGOV", "RUSGOV", "043", NULL);
    an_event e3 = fixture_event("USAGOV", "RUSGOV", "043", NULL);
    an_article a1 = fixture_article("Dawn", "2025-08-07", body_dawn);
    a1.events = &e1; a1.nevents = 1;
    an_article a2 = fixture_article("NZ Herald", "2025-08-09", body_herald);
    a2.events = &e2; a2.nevents = 1;
    an_article a3 = fixture_article("Mainichi", "2025-09-30", "Nothing like the other two bodies at all, about another matter.");
    a3.events = &e3; a3.nevents = 1;
    CHECK(fixture_add(s, "p1", &a1) > 0 && fixture_add(s, "p2", &a2) > 0 && fixture_add(s, "p3", &a3) > 0);
    CHECK(store_commit(s) == 0);
    CHECK_INT(fixture_int(s, "SELECT count(*) FROM clusters"), 2);
    CHECK_INT(fixture_int(s, "SELECT max(num_articles) FROM clusters"), 2);
    store_close(s);
}

/* A meeting of an envoy with a government "in Capitalia": the envoy is an
 * actor of the article with a role, so a person the reports can share. */
static an_event envoy_meeting(const char *date, const char *envoy, const char *place) {
    an_event e = fixture_event("USAGOV", "RUSGOV", "040", date);
    e.source_name = envoy;
    e.target_name = "Russia (government)";
    e.place = place;
    return e;
}

/* Each report's own wording (never near-duplicates of one another). */
static an_article envoy_article(int n, const char *published, an_event *ev, an_actor *envoy) {
    static const char *bodies[] = {
        "The envoy met officials of the government in the capital for talks that both sides called useful.",
        "Three hours of closed-door discussion ended with handshakes, a statement from the ministry said late.",
        "Negotiators shook hands before a long session; the presidential office described progress as real.",
        "After the visit the spokesman spoke of constructive exchanges, although few details were released yet.",
        "Officials said the guest would brief his president on the outcome once he returned home on Thursday.",
        "A motorcade carried the delegation from the airport to a palace where the hosts had prepared lunch.",
    };
    an_article a = fixture_article(NULL, published, bodies[n % 6]);
    a.events = ev; a.nevents = 1;
    a.actors = envoy; a.nactors = 1;
    return a;
}

/* Undated on one side: the same place and a person in common stand in for
 * the dates, whichever report comes first. */
TEST(cluster_undated_report_joins_on_place_and_person) {
    an_store *s = fixture_store();
    if (!s) { CHECK(s); return; }
    an_actor envoy = { .name = "Jon Envoy", .code = "USAGOV", .role = "special envoy" };
    an_event e1 = envoy_meeting(NULL, "Jon Envoy", "Moscow"), e2 = envoy_meeting("2025-08-06", "Jon Envoy", "moscow");
    an_article a1 = envoy_article(0, NULL, &e1, &envoy), a2 = envoy_article(1, "2025-08-06", &e2, &envoy);
    CHECK(fixture_add(s, "undated", &a1) > 0 && fixture_add(s, "dated", &a2) > 0);
    CHECK(store_commit(s) == 0);
    char buf[64];
    CHECK_INT(fixture_int(s, "SELECT count(*) FROM clusters"), 1);
    CHECK_INT(fixture_int(s, "SELECT num_articles FROM clusters"), 2);
    CHECK_INT(fixture_int(s, "SELECT num_sources FROM clusters"), 2);      /* two pages without a masthead */
    CHECK_STR(fixture_text(s, "SELECT date FROM clusters", buf, sizeof buf), "2025-08-06");
    CHECK_INT(fixture_int(s, "SELECT day_lo FROM clusters"), day_number(2025, 8, 6));
    /* a later undated report of a Moscow meeting with the envoy joins the dated cluster */
    an_event e3 = envoy_meeting(NULL, "Jon Envoy", "Moscow");
    an_article a3 = envoy_article(2, NULL, &e3, &envoy);
    CHECK(fixture_add(s, "undated again", &a3) > 0 && store_commit(s) == 0);
    CHECK_INT(fixture_int(s, "SELECT count(*) FROM clusters"), 1);
    CHECK_INT(fixture_int(s, "SELECT num_articles FROM clusters"), 3);
    store_close(s);
}

/* Without a place, without a person, with another person, or with two
 * candidate meetings, an undated report keeps a cluster of its own. */
TEST(cluster_undated_report_needs_unambiguous_evidence) {
    an_store *s = fixture_store();
    if (!s) { CHECK(s); return; }
    an_actor envoy = { .name = "Jon Envoy", .code = "USAGOV", .role = "special envoy" };
    an_actor other = { .name = "Ann Other", .code = "USAGOV", .role = "special envoy" };
    an_actor roleless = { .name = "Jon Envoy", .code = "USAGOV" };
    an_event d1 = envoy_meeting("2025-08-06", "Jon Envoy", "Moscow"), d2 = envoy_meeting("2025-04-11", "Jon Envoy", "Moscow");
    an_article a1 = envoy_article(3, "2025-08-06", &d1, &envoy), a2 = envoy_article(4, "2025-04-11", &d2, &envoy);
    CHECK(fixture_add(s, "august", &a1) > 0 && fixture_add(s, "april", &a2) > 0);
    an_event u1 = envoy_meeting(NULL, "Jon Envoy", NULL);          /* no place */
    an_event u2 = envoy_meeting(NULL, "Ann Other", "Moscow");      /* another person */
    an_event u3 = envoy_meeting(NULL, "Jon Envoy", "Moscow");      /* two meetings fit: ambiguous */
    an_event u4 = envoy_meeting(NULL, "Jon Envoy", "Moscow");      /* the name is no person here */
    an_article b1 = envoy_article(5, NULL, &u1, &envoy), b2 = envoy_article(6, NULL, &u2, &other);
    an_article b3 = envoy_article(7, NULL, &u3, &envoy), b4 = envoy_article(8, NULL, &u4, &roleless);
    CHECK(fixture_add(s, "u1", &b1) > 0 && fixture_add(s, "u2", &b2) > 0);
    CHECK(fixture_add(s, "u3", &b3) > 0 && fixture_add(s, "u4", &b4) > 0);
    CHECK(store_commit(s) == 0);
    CHECK_INT(fixture_int(s, "SELECT count(*) FROM clusters"), 6);
    CHECK_INT(fixture_int(s, "SELECT max(num_articles) FROM clusters"), 1);
    store_close(s);
}

/* A wire copy in a third paper is stored and linked, its report kept, but it
 * adds neither an article nor a source to the cluster's counts. */
TEST(cluster_counts_leave_near_duplicates_out) {
    an_store *s = fixture_store();
    if (!s) { CHECK(s); return; }
    an_event e1 = fixture_event("USAGOV", "RUSGOV", "040", "2025-08-06");
    an_event e2 = fixture_event("USAGOV", "RUSGOV", "040", "2025-08-06");
    an_article a1 = fixture_article("Dawn", "2025-08-07", body_dawn);
    a1.events = &e1; a1.nevents = 1;
    an_article a2 = fixture_article("Yahoo News", "2025-08-07", body_dawn);
    a2.events = &e2; a2.nevents = 1;
    int64_t id1 = fixture_add(s, "p1", &a1), id2 = fixture_add(s, "p2", &a2);
    CHECK(id1 > 0 && id2 > 0);
    CHECK(store_commit(s) == 0);
    char sql[128];
    snprintf(sql, sizeof sql, "SELECT dup_of FROM articles WHERE id = %lld", (long long)id2);
    CHECK_INT(fixture_int(s, sql), id1);
    CHECK_INT(fixture_int(s, "SELECT count(*) FROM clusters"), 1);
    CHECK_INT(fixture_int(s, "SELECT num_reports FROM clusters"), 2);
    CHECK_INT(fixture_int(s, "SELECT num_articles FROM clusters"), 1);
    CHECK_INT(fixture_int(s, "SELECT num_sources FROM clusters"), 1);
    store_close(s);
}

TEST(story_groups_same_actors_over_time) {
    an_store *s = fixture_store();
    if (!s) { CHECK(s); return; }
    an_mention m[5] = { { .start = 0, .end = 5 }, { .start = 10, .end = 15 }, { .start = 20, .end = 25 },
                        { .start = 30, .end = 35 }, { .start = 40, .end = 45 } };
    an_actor act[2];
    memset(act, 0, sizeof act);
    act[0].mentions = act[1].mentions = m;
    act[0].code = "USAGOV"; act[0].name = "Steve Witkoff"; act[0].nmentions = 3;
    act[1].code = "RUSGOV"; act[1].name = "Vladimir Putin"; act[1].nmentions = 2;
    an_actor rev[2] = { act[1], act[0] };
    rev[0].nmentions = 5;                         /* other order, same two actors */
    an_article a1 = fixture_article("Dawn", "2025-08-07", body_dawn);
    a1.actors = act; a1.nactors = 2;
    an_article a2 = fixture_article("NZ Herald", "2025-08-20", body_herald);
    a2.actors = rev; a2.nactors = 2;
    an_article a3 = fixture_article("Mainichi", "2025-11-20", "Months later the two met again, a different round of talks in a different city.");
    a3.actors = act; a3.nactors = 2;
    CHECK(fixture_add(s, "p1", &a1) > 0 && fixture_add(s, "p2", &a2) > 0 && fixture_add(s, "p3", &a3) > 0);
    CHECK(store_commit(s) == 0);
    CHECK_INT(fixture_int(s, "SELECT count(*) FROM stories"), 2);
    CHECK_INT(fixture_int(s, "SELECT num_articles FROM stories ORDER BY id LIMIT 1"), 2);
    char buf[64];
    CHECK_STR(fixture_text(s, "SELECT key FROM stories ORDER BY id LIMIT 1", buf, sizeof buf), "RUSGOV+USAGOV|");
    CHECK_STR(fixture_text(s, "SELECT last_seen FROM stories ORDER BY id LIMIT 1", buf, sizeof buf), "2025-08-20");
    CHECK_INT(fixture_int(s, "SELECT count(*) FROM actors"), 6);
    store_close(s);
}
