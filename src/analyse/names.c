/* Printable names of the stage's enumerations. */
#include "analyse.h"
#include <string.h>

static const char *const pos_names[AN_POS_COUNT] = {
    "?", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "DT", "PDT", "CD", "JJ", "JJR", "JJS",
    "RB", "RBR", "RBS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD", "TO", "IN",
    "CC", "RP", "POS", "WDT", "WP", "WP$", "WRB", "EX", "UH", "SYM", "FW", "PUNCT",
};

const char *an_pos_name(an_pos p) {
    return (unsigned)p < AN_POS_COUNT ? pos_names[p] : "?";
}

an_pos an_pos_from_name(const char *s, size_t n) {
    for (int i = 1; i < AN_POS_COUNT; i++)
        if (strlen(pos_names[i]) == n && !memcmp(pos_names[i], s, n)) return (an_pos)i;
    return AN_POS_NONE;
}

const char *an_clause_kind_name(an_clause_kind k) {
    static const char *const names[] = { "main", "sub", "rel", "reported", "inf", "cond", "fragment" };
    return (unsigned)k < sizeof names / sizeof *names ? names[k] : "?";
}
