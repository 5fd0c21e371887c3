/* The stage's driver: paragraphs -> tokens -> sentences, then each sentence
 * through the tagger, the chunker and the clause pass. */
#include "internal.h"
#include "../core/ascii.h"
#include <string.h>

void an_vec_grow(an_builder *b, void **arr, uint32_t n, uint32_t *cap, size_t elem) {
    uint32_t nc = *cap ? *cap * 2 : 64;
    *arr = an_arena_grow_raw(b->arena, *arr, n, nc, elem);   /* each push zeroes its element */
    *cap = nc;
}

struct an_analysis *an_analyse(const an_lexicon *lx, an_arena *arena, const char *body, uint32_t len,
                               const an_para *paras, int nparas) {
    struct an_analysis *an = an_arena_alloc(arena, sizeof *an);
    an->body = body;
    an_builder b = { .lx = lx, .arena = arena, .body = body, .len = len, .an = an, .memo = lx_memo_borrow(lex_memos(lx)) };
    b.info = an_arena_alloc_raw(arena, AN_MAX_SENT_TOKENS * sizeof *b.info);   /* the tagger fills a sentence's entries first */
    /* First sizes from the length (a token is some five bytes, a chunk two
     * tokens), so that the largest arrays seldom grow and copy themselves. */
    b.cap_tok = len / 5 + 16;
    an->tokens = an_arena_alloc_raw(arena, b.cap_tok * sizeof *an->tokens);
    b.cap_chunk = len / 10 + 16;
    an->chunks = an_arena_alloc_raw(arena, b.cap_chunk * sizeof *an->chunks);
    an_para whole = { 0, len, 0, len };
    if (!paras || nparas <= 0) { paras = &whole; nparas = 1; }
    for (int p = 0; p < nparas; p++) {
        uint32_t s = paras[p].start, e = paras[p].end > len ? len : paras[p].end;
        if (s >= e) continue;
        uint32_t t0 = an->ntokens;
        an_tokenize(&b, s, e);
        uint32_t s0 = an->nsentences;
        an_split_sentences(&b, t0, an->ntokens);
        for (uint32_t i = s0; i < an->nsentences; i++) {
            an_sentence *sn = &an->sentences[i];
            an_tag_sentence(&b, sn);
            an_chunk_sentence(&b, sn);
            an_clause_sentence(&b, sn);
        }
    }
    lx_memo_return(lex_memos(lx), b.memo);
    return an;
}

size_t an_token_lower(const char *body, const an_token *t, char *buf, size_t cap) {
    const unsigned char *p = (const unsigned char *)body + t->start;
    size_t len = t->end - t->start, n = 0;
    if (len < cap) {                                   /* ASCII, the common case: fold and done */
        while (n < len && p[n] < 0x80) { buf[n] = (char)an_ascii_lower(p[n]); n++; }
        if (n == len) { buf[n] = 0; return n; }
        n = 0;
    }
    for (uint32_t i = t->start; i < t->end; i++) {
        unsigned char c = (unsigned char)body[i];
        if (c == 0xE2 && i + 2 < t->end && (unsigned char)body[i + 1] == 0x80 && (unsigned char)body[i + 2] == 0x99) {
            c = '\'';                                  /* U+2019 right single quote as apostrophe */
            i += 2;
        } else c = an_ascii_lower(c);
        if (n + 1 >= cap) return 0;
        buf[n++] = (char)c;
    }
    buf[n] = 0;
    return n;
}
