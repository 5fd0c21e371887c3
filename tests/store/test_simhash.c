#include "../test.h"
#include "../../src/store/store.h"
#include "../../src/core/sha256.h"

static const char *wire =
    "MOSCOW (Reuters) - U.S. special envoy Steve Witkoff met Russian President Vladimir Putin in the "
    "Kremlin on Wednesday for three hours of talks that both sides called useful and constructive, "
    "days before a deadline set by President Donald Trump for Moscow to agree to a ceasefire in Ukraine.";

TEST(simhash_identical_texts_hash_equal) {
    int n1, n2;
    CHECK(simhash_text(wire, strlen(wire), &n1) == simhash_text(wire, strlen(wire), &n2));
    CHECK(n1 >= SIMHASH_MIN_SHINGLES);
}

TEST(simhash_ignores_case_and_punctuation) {
    const char *other =
        "MOSCOW (REUTERS) -- U.S. special envoy Steve Witkoff met Russian President Vladimir Putin in the "
        "Kremlin on Wednesday, for three hours of talks that both sides called \"useful and constructive\", "
        "days before a deadline set by President Donald Trump for Moscow to agree to a ceasefire in Ukraine!";
    CHECK_INT(simhash_distance(simhash_text(wire, strlen(wire), NULL), simhash_text(other, strlen(other), NULL)), 0);
}

TEST(simhash_small_edit_is_near_unrelated_is_far) {
    char edited[1024];
    snprintf(edited, sizeof edited, "%s Officials gave no further details.", wire);
    uint64_t a = simhash_text(wire, strlen(wire), NULL), b = simhash_text(edited, strlen(edited), NULL);
    const char *unrelated = "The central bank left its benchmark interest rate unchanged on Thursday, citing "
                            "slowing inflation and a weaker labour market, and said it would watch the data closely.";
    uint64_t c = simhash_text(unrelated, strlen(unrelated), NULL);
    CHECK(simhash_distance(a, b) <= 12);
    CHECK(simhash_distance(a, c) > SIMHASH_MAX_DISTANCE);
}

TEST(simhash_counts_shingles) {
    int n;
    simhash_text("one two", 7, &n);
    CHECK_INT(n, 0);
    simhash_text("one two three four", 18, &n);
    CHECK_INT(n, 2);
}

TEST(sha256_known_vectors) {
    uint8_t h[32];
    sha256("abc", 3, h);
    CHECK(h[0] == 0xba && h[1] == 0x78 && h[30] == 0x15 && h[31] == 0xad);
    sha256("", 0, h);
    CHECK(h[0] == 0xe3 && h[1] == 0xb0 && h[31] == 0x55);
    const char *m = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";   /* two blocks */
    sha256(m, strlen(m), h);
    CHECK(h[0] == 0x24 && h[1] == 0x8d && h[31] == 0xc1);
}
