/* Clauses: subject, verb, objects, prepositional objects, agents, and how
 * clauses hang together. One clause is "kind S=subject V=lemma args marks
 * ^parent" (src/analyse/describe.c); a sentence's clauses are joined by " | ". */
#include "helper.h"

static const tcase clauses[] = {
    /* subjects, objects, indirect objects */
    CASE("Russia sent the US a plan outlining its terms.",
         "main S=Russia V=send IO=the US O=a plan | rel S=a plan V=outline O=its terms ^0"),
    CASE("Protesters burned tyres.", "main S=Protesters V=burn O=tyres"),
    CASE("The government gave farmers new subsidies.", "main S=The government V=give IO=farmers O=new subsidies"),
    CASE("Israel and Hamas exchanged prisoners.", "main S=Israel&Hamas V=exchange O=prisoners"),
    CASE("Troops entered the city on Sunday.", "main S=Troops V=enter O=the city P:on=Sunday"),
    CASE("Russia's defence ministry denied the report.", "main S=defence ministry V=deny O=the report"),
    CASE("The leader of the rebels surrendered.", "main S=The leader V=surrender"),
    /* prepositional objects */
    CASE("Biden met with Zelensky in Washington.", "main S=Biden V=meet P:with=Zelensky P:in=Washington"),
    CASE("China called for restraint.", "main S=China V=call P:for=restraint"),
    CASE("The envoy talked to reporters about the deal.", "main S=The envoy V=talk P:to=reporters P:about=the deal"),
    CASE("On Monday, Russia attacked Kharkiv.", "main S=Russia V=attack P:On=Monday O=Kharkiv"),
    /* passive voice and agents */
    CASE("The building was hit by drones.", "main S=The building V=hit +pass A=drones"),
    CASE("Two soldiers were killed in the attack.", "main S=Two soldiers V=kill +pass P:in=the attack"),
    CASE("The talks have been called off.", "main S=The talks V=call_off +pass"),
    CASE("The convoy was attacked by rebels near Goma.", "main S=The convoy V=attack +pass A=rebels P:near=Goma"),
    CASE("Drones launched by Russia hit Kyiv.",
         "rel S=Drones V=launch +pass A=Russia ^1 | main S=Drones V=hit O=Kyiv"),
    /* phrasal verbs */
    CASE("Kyiv called off the talks.", "main S=Kyiv V=call_off O=the talks"),
    CASE("The army pushed back the rebels.", "main S=The army V=push_back O=the rebels"),
    CASE("The rebels pulled out of the town.", "main S=The rebels V=pull_out P:of=the town"),
    /* reported speech */
    CASE("Officials said that the army had withdrawn.",
         "main S=Officials V=say | reported S=the army V=withdraw +rep ^0"),
    CASE("Officials said talks would resume.",
         "main S=Officials V=say | reported S=talks V=resume +cond +rep ^0"),
    CASE("The building was hit by drones, officials said.",
         "reported S=The building V=hit +pass A=drones +rep ^1 | main S=officials V=say"),
    CASE("\"We will respond,\" Lavrov told reporters.",
         "reported S=We V=respond +fut +rep ^1 | main S=Lavrov V=tell O=reporters"),
    CASE("\"The war is over,\" said the minister.",
         "reported S=The war V=be +rep ^1 | main S=the minister V=say"),
    CASE("Lavrov told reporters that Moscow would not negotiate.",
         "main S=Lavrov V=tell O=reporters | reported S=Moscow V=negotiate +neg +cond +rep ^0"),
    CASE("The ministry claimed that Ukraine had attacked first.",
         "main S=The ministry V=claim | reported S=Ukraine V=attack +rep ^0"),
    /* relative clauses */
    CASE("The plan, which Russia sent to Washington, calls for a ceasefire.",
         "rel S=Russia V=send O=The plan P:to=Washington ^1 | main S=The plan V=call P:for=a ceasefire"),
    CASE("He met Putin, who called off the summit.",
         "main S=He V=meet O=Putin | rel S=Putin V=call_off O=the summit ^0"),
    CASE("The soldiers who fired the shots were arrested.",
         "rel S=The soldiers V=fire O=the shots ^1 | main S=The soldiers V=arrest +pass"),
    CASE("Rebels seized the town that the army had abandoned.",
         "main S=Rebels V=seize O=the town | rel S=the army V=abandon O=the town ^0"),
    /* infinitival complements */
    CASE("Russia plans to meet Ukraine.", "main S=Russia V=plan | inf S=Russia V=meet O=Ukraine +intend ^0"),
    CASE("Iran threatened to close the strait.",
         "main S=Iran V=threaten | inf S=Iran V=close O=the strait +threat ^0"),
    CASE("The UN urged Israel to allow aid.", "main S=The UN V=urge O=Israel | inf S=Israel V=allow O=aid ^0"),
    CASE("Both sides want to end the war.", "main S=Both sides V=want | inf S=Both sides V=end O=the war +intend ^0"),
    CASE("Kyiv refused to withdraw its troops.", "main S=Kyiv V=refuse | inf S=Kyiv V=withdraw O=its troops +neg ^0"),
    CASE("The rebels tried to take the airport.",
         "main S=The rebels V=try | inf S=The rebels V=take O=the airport +attempt ^0"),
    /* conjoined verb phrases sharing a subject */
    CASE("Russia attacked Kyiv and shelled Kharkiv.",
         "main S=Russia V=attack O=Kyiv | main S=Russia V=shell O=Kharkiv"),
    CASE("Police arrested ten people and seized weapons.",
         "main S=Police V=arrest O=ten people | main S=Police V=seize O=weapons"),
    CASE("Russia attacked Kyiv and Ukraine responded.",
         "main S=Russia V=attack O=Kyiv | main S=Ukraine V=respond"),
    CASE("Russia and Ukraine agreed to hold talks, but Kyiv refused to withdraw its troops.",
         "main S=Russia&Ukraine V=agree | inf S=Russia&Ukraine V=hold O=talks +intend ^0 | "
         "main S=Kyiv V=refuse | inf S=Kyiv V=withdraw O=its troops +neg ^2"),
    /* subordinate and conditional clauses */
    CASE("If Russia attacks, NATO will respond.",
         "cond S=Russia V=attack +hypo ^1 | main S=NATO V=respond +fut +hypo"),
    CASE("NATO will respond if Russia attacks.",
         "main S=NATO V=respond +fut +hypo | cond S=Russia V=attack +hypo ^0"),
    CASE("The talks failed because Russia refused.",
         "main S=The talks V=fail | sub S=Russia V=refuse ^0"),
    CASE("After the army withdrew, rebels took the town.",
         "sub S=the army V=withdraw ^1 | main S=rebels V=take O=the town"),
    CASE("Speaking to reporters, Putin denied the claims.",
         "sub S=Putin V=speak P:to=reporters ^1 | main S=Putin V=deny O=the claims"),
    /* appositives and titles do not split the subject */
    CASE("Sergei Lavrov, Russia's foreign minister, met Antony Blinken.",
         "main S=Sergei Lavrov V=meet O=Antony Blinken"),
    CASE("US special envoy Steve Witkoff arrived in Moscow.", "main S=US special envoy Steve Witkoff V=arrive P:in=Moscow"),
    /* fragments and datelines still get a clause */
    CASE("No comment.", "fragment S=No comment"),
    CASE("WASHINGTON (Reuters) - The Senate voted.", "fragment S=WASHINGTON || main S=The Senate V=vote"),
    CASE("There are fears of a wider war.", "main S=There V=be O=fears P:of=a wider war"),
};

TEST(analyse_clauses_table) { RUN_TABLE(DESC_CLAUSES, clauses); }

TEST(analyse_clause_links) {
    an_lexicon *lx = test_lexicon();
    an_arena arena;
    an_arena_init(&arena, 0);
    struct an_analysis *an = test_parse(lx, &arena, "Russia attacked Kyiv and shelled Kharkiv.");
    CHECK_INT(an->nclauses, 2);
    if (an->nclauses == 2) {
        CHECK_INT(an->clauses[1].conj, 0);
        CHECK(an->clauses[1].flags & AN_CL_SUBJ_SHARED);
        CHECK_INT(an->clauses[1].subject, an->clauses[0].subject);
    }
    an = test_parse(lx, &arena, "Officials said that the army had withdrawn.");
    CHECK(an->nclauses == 2 && an->clauses[1].link >= 0 && an->clauses[1].parent == 0);
    if (an->nclauses == 2) CHECK_INT(an->tokens[an->clauses[1].link].pos, AN_POS_IN);
    an = test_parse(lx, &arena, "\"The war is over,\" said the minister.");
    CHECK(an->nclauses == 2 && (an->clauses[1].flags & AN_CL_SUBJ_AFTER));
    an = test_parse(lx, &arena, "The building was hit by drones.");
    CHECK(an->nclauses == 1 && an->clauses[0].agent >= 0);
    an_arena_free(&arena);
    an_lexicon_free(lx);
}
