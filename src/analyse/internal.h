/* Shared by the files of the analyse stage, not by later stages. */
#ifndef AN_ANALYSE_INTERNAL_H
#define AN_ANALYSE_INTERNAL_H
#include "analyse.h"
#include "lexicon.h"
#include <string.h>

/* Sentences longer than this are cut: the passes below are linear, but a
 * "sentence" of thousands of tokens is a table or a list, not prose. */
#define AN_MAX_SENT_TOKENS 200

typedef struct an_builder {
    const an_lexicon *lx;
    an_arena *arena;
    const char *body;
    uint32_t len;
    struct an_analysis *an;
    uint32_t cap_tok, cap_sent, cap_chunk, cap_clause, cap_arg;
    lex_info *info;              /* per token of the sentence being tagged */
    lx_memo *memo;               /* borrowed for this article; may be NULL */
} an_builder;

/* Room for one more element in a growing arena array, zeroed. Inline: it
 * runs for every token, chunk and clause; only growing is a call. */
void an_vec_grow(an_builder *b, void **arr, uint32_t n, uint32_t *cap, size_t elem);
static inline void *an_vec_push(an_builder *b, void **arr, uint32_t *n, uint32_t *cap, size_t elem) {
    if (*n == *cap) an_vec_grow(b, arr, *n, cap, elem);
    void *p = (char *)*arr + (size_t)(*n)++ * elem;
    memset(p, 0, elem);
    return p;
}
#define VEC_PUSH(b, arr, n, cap) ((__typeof__(arr))an_vec_push((b), (void **)&(arr), &(n), &(cap), sizeof *(arr)))

/* tokenize.c: append the tokens of body[start, end) (one paragraph). */
void an_tokenize(an_builder *b, uint32_t start, uint32_t end);
/* sentences.c: split tokens [t0, t1) of one paragraph into sentences. */
void an_split_sentences(an_builder *b, uint32_t t0, uint32_t t1);
/* tagger.c, chunker.c, clauses.c: one sentence each. */
void an_tag_sentence(an_builder *b, an_sentence *s);
void an_chunk_sentence(an_builder *b, an_sentence *s);
void an_clause_sentence(an_builder *b, an_sentence *s);

/* Lower-cases a token's text into buf (curly apostrophes become straight);
 * returns the length, 0 if it does not fit. */
size_t an_token_lower(const char *body, const an_token *t, char *buf, size_t cap);

static inline int tok_is(const char *body, const an_token *t, const char *s) {
    size_t n = t->end - t->start;
    for (size_t i = 0; i < n; i++) if (s[i] != body[t->start + i]) return 0;
    return s[n] == 0;
}
static inline int pos_noun(int p) { return p >= AN_POS_NN && p <= AN_POS_NNPS; }
static inline int pos_verb(int p) { return p >= AN_POS_VB && p <= AN_POS_VBZ; }
static inline int pos_adj(int p) { return p >= AN_POS_JJ && p <= AN_POS_JJS; }

#endif
