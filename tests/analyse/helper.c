#include "helper.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef ANNALS_DICT_DIR
#define ANNALS_DICT_DIR "dict"
#endif

an_lexicon *test_lexicon(void) {
    char err[256];
    an_lexicon *lx = an_lexicon_load(ANNALS_DICT_DIR, NULL, err, sizeof err);
    if (!lx) fprintf(stderr, "  lexicon: %s\n", err);
    return lx;
}

struct an_analysis *test_parse(const an_lexicon *lx, an_arena *arena, const char *text) {
    return an_analyse(lx, arena, text, (uint32_t)strlen(text), NULL, 0);
}

static void append(char *buf, size_t n, const char *s) {
    size_t used = strlen(buf);
    snprintf(buf + used, n - used, "%s", s);
}

void test_describe(const an_lexicon *lx, const char *text, desc_kind kind, char *buf, size_t n) {
    an_arena arena;
    an_arena_init(&arena, 0);
    struct an_analysis *an = test_parse(lx, &arena, text);
    char part[4096];
    buf[0] = 0;
    for (uint32_t i = 0; i < an->nsentences; i++) {
        const an_sentence *s = &an->sentences[i];
        if (i) append(buf, n, " || ");
        if (kind == DESC_SENTENCES) {
            snprintf(part, sizeof part, "%.*s", (int)(s->end - s->start), text + s->start);
        } else if (kind == DESC_CLAUSES) {
            part[0] = 0;
            for (uint32_t k = s->clause_start; k < s->clause_end; k++) {
                char one[1024];
                an_describe_clause(an, &an->clauses[k], one, sizeof one);
                if (k > s->clause_start) append(part, sizeof part, " | ");
                append(part, sizeof part, one);
            }
        } else if (kind == DESC_CHUNKS) an_describe_chunks(an, s, part, sizeof part);
        else an_describe_tokens(an, s, kind == DESC_POS, part, sizeof part);
        append(buf, n, part);
    }
    an_arena_free(&arena);
}

int test_table(const an_lexicon *lx, const tcase *cases, size_t n, desc_kind kind, const char *file) {
    char got[8192];
    for (size_t i = 0; i < n; i++) {
        test_describe(lx, cases[i].text, kind, got, sizeof got);
        if (strcmp(got, cases[i].want))
            test_fail(file, cases[i].line, "%s\n        got:  %s\n        want: %s", cases[i].text, got, cases[i].want);
    }
    return (int)n;
}

int32_t test_token(const struct an_analysis *an, const char *word) {
    size_t n = strlen(word);
    for (uint32_t i = 0; i < an->ntokens; i++)
        if (an->tokens[i].end - an->tokens[i].start == n && !memcmp(an->body + an->tokens[i].start, word, n)) return (int32_t)i;
    return -1;
}
