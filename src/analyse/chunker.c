/* Chunks: noun phrases, verb groups, prepositions, and the adjective and
 * adverb phrases left between them. Noun phrases are flat: a possessor
 * ("Russia's") is a chunk of its own that the phrase after it points to, and
 * coordination and apposition are links between chunks, so that every token
 * is in at most one chunk. */
#include "internal.h"
#include <string.h>

typedef struct chctx {
    an_builder *b;
    an_sentence *s;
    an_token *tk;                /* all tokens */
} chctx;

static an_chunk *new_chunk(chctx *c, an_chunk_type type, uint32_t t0, uint32_t t1) {
    an_builder *b = c->b;
    an_chunk *ch = VEC_PUSH(b, b->an->chunks, b->an->nchunks, b->cap_chunk);
    ch->type = (uint8_t)type;
    ch->tok_start = t0;
    ch->tok_end = t1;
    ch->head = (int32_t)t1 - 1;
    ch->possessor = ch->coord = ch->appos = ch->name_start = ch->particle = ch->object = -1;
    return ch;
}

/* Tag sets as bit masks: one test instead of a chain of compares, whose
 * branches mispredict on the mix of tags in running text. */
#define NP_INNER (POSBIT(AN_POS_NN) | POSBIT(AN_POS_NNS) | POSBIT(AN_POS_NNP) | POSBIT(AN_POS_NNPS) | \
                  POSBIT(AN_POS_JJ) | POSBIT(AN_POS_JJR) | POSBIT(AN_POS_JJS) | POSBIT(AN_POS_CD))
#define NP_BEGIN (POSBIT(AN_POS_DT) | POSBIT(AN_POS_PDT) | POSBIT(AN_POS_PRPS) | POSBIT(AN_POS_WPS))
_Static_assert(AN_POS_COUNT <= 64, "tags fit a 64-bit mask");

static int np_inner(int p) { return (int)(NP_INNER >> p & 1); }

static int np_begin(int p) { return (int)(NP_BEGIN >> p & 1); }

/* Classes of token i and its lemmas, from the tagger's lookups, which are
 * still there for the sentence being chunked. */
static uint32_t word_classes(const chctx *c, uint32_t i) {
    const lex_info *in = &c->b->info[i - c->s->tok_start];
    return in->cls | in->ncls;
}

/* Is there a title noun ahead in this run of modifiers ("US special envoy")? */
static int title_ahead(const chctx *c, uint32_t i, uint32_t end) {
    for (; i < end && (pos_adj(c->tk[i].pos) || pos_noun(c->tk[i].pos)); i++)
        if (pos_noun(c->tk[i].pos)) return (word_classes(c, i) & LX_TITLE) != 0;
    return 0;
}

/* "Procter & Gamble": an ampersand between proper nouns. */
static int amp_join(const chctx *c, uint32_t i, uint32_t end) {
    return i + 1 < end && c->tk[i].kind == AN_TK_SYMBOL && c->b->body[c->tk[i].start] == '&' &&
           i > 0 && c->tk[i - 1].pos == AN_POS_NNP && c->tk[i + 1].pos == AN_POS_NNP;
}

/* End of the noun phrase starting at i. */
static uint32_t np_end(const chctx *c, uint32_t i, uint32_t end) {
    uint32_t j = i;
    int p = c->tk[j].pos, nouns = 0;
    if (p == AN_POS_PRP || p == AN_POS_EX || p == AN_POS_WP) return j + 1;
    while (j < end && (np_begin(c->tk[j].pos))) j++;
    for (; j < end; j++) {
        p = c->tk[j].pos;
        if (amp_join(c, j, end)) { j++; continue; }
        if (!np_inner(p)) break;
        if (pos_adj(p) && nouns && !(nouns == 1 && pos_noun(c->tk[j - 1].pos) && title_ahead(c, j, end))) break;
        if (pos_noun(p)) nouns++;
    }
    return j;
}

static void np_attrs(chctx *c, an_chunk *ch) {
    uint32_t h = ch->tok_end - 1;
    while (h > ch->tok_start && !pos_noun(c->tk[h].pos) && c->tk[h].pos != AN_POS_CD && c->tk[h].pos != AN_POS_PRP) h--;
    ch->head = (int32_t)h;
    int p = c->tk[h].pos;
    if (p == AN_POS_NNP || p == AN_POS_NNPS) ch->flags |= AN_NP_PROPER;
    if (p == AN_POS_PRP || p == AN_POS_EX) ch->flags |= AN_NP_PRONOUN;
    if (p == AN_POS_NNS || p == AN_POS_NNPS) ch->flags |= AN_NP_PLURAL;
    if (p == AN_POS_CD) ch->flags |= AN_NP_NUMBER;
    ch->lemma = c->tk[h].lemma;
    /* A title before a name: the name starts after the last title word. */
    if (!(ch->flags & AN_NP_PROPER)) return;
    int32_t ns = -1;
    for (uint32_t i = ch->tok_start; i + 1 < ch->tok_end; i++)
        if ((word_classes(c, i) & LX_TITLE) && c->tk[i + 1].pos == AN_POS_NNP) ns = (int32_t)i + 1;
    for (int32_t i = ns; i >= 0 && (uint32_t)i < ch->tok_end; i++)
        if (c->tk[i].pos != AN_POS_NNP) { ns = -1; break; }
    ch->name_start = ns;
}

static uint32_t noun_phrase(chctx *c, uint32_t i, uint32_t end, int32_t *last_np) {
    uint32_t j = np_end(c, i, end);
    if (j == i) j = i + 1;
    int possessive = j < end && c->tk[j].pos == AN_POS_POS;
    an_chunk *ch = new_chunk(c, AN_CH_NP, i, possessive ? j + 1 : j);
    np_attrs(c, ch);
    ch->tok_end = possessive ? j + 1 : j;
    if (possessive) ch->flags |= AN_NP_POSSESSIVE;
    int32_t idx = (int32_t)(c->b->an->nchunks - 1);
    if (*last_np >= 0 && (c->b->an->chunks[*last_np].flags & AN_NP_POSSESSIVE) &&
        c->b->an->chunks[*last_np].tok_end == i) ch->possessor = *last_np;
    *last_np = idx;
    return ch->tok_end;
}

static int is_aux_lemma(const char *l) {
    return !strcmp(l, "be") || !strcmp(l, "have") || !strcmp(l, "do") || !strcmp(l, "get");
}

static int vg_token(const an_token *t) {
    return pos_verb(t->pos) || t->pos == AN_POS_MD;
}

/* End of the verb group starting at i: auxiliaries and modals, adverbs
 * between them, the main verb, a particle. */
static uint32_t vg_end(const chctx *c, uint32_t i, uint32_t end) {
    uint32_t j = i, last = i;
    if (c->tk[j].pos == AN_POS_TO) j++;
    while (j < end) {
        const an_token *t = &c->tk[j];
        if (vg_token(t)) {
            last = j++;
            int aux = t->pos == AN_POS_MD || (is_aux_lemma(t->lemma) && j < end);
            if (!aux) break;
            uint32_t k = j;
            while (k < end && c->tk[k].pos == AN_POS_RB) k++;
            if (k >= end || !vg_token(&c->tk[k])) break;
            j = k;
        } else if (t->pos == AN_POS_RB && j + 1 < end) j++;
        else break;
    }
    j = last + 1;
    if (j < end && c->tk[j].pos == AN_POS_RP) j++;
    return j;
}

static void vg_tense(chctx *c, an_chunk *ch, const an_token *first) {
    if (first->pos == AN_POS_TO) { ch->flags |= AN_VG_INFINITIVE; return; }
    switch (first->pos) {
    case AN_POS_MD: ch->flags |= AN_VG_FINITE; break;
    case AN_POS_VBD: ch->flags |= AN_VG_FINITE; ch->tense = AN_TENSE_PAST; break;
    case AN_POS_VBZ: case AN_POS_VBP: ch->flags |= AN_VG_FINITE; ch->tense = AN_TENSE_PRESENT; break;
    case AN_POS_VB:
        if (first->flags & AN_TOK_SENT_START) { ch->flags |= AN_VG_FINITE; ch->tense = AN_TENSE_PRESENT; }
        else ch->flags |= AN_VG_INFINITIVE;
        break;
    default: ch->flags |= AN_VG_PARTICIPLE; break;
    }
}

static void vg_modal(an_chunk *ch, const char *l) {
    ch->modal = l;
    if (!strcmp(l, "will") || !strcmp(l, "shall")) { ch->marks |= AN_MARK_FUTURE; ch->tense = AN_TENSE_FUTURE; }
    else if (!strcmp(l, "would")) ch->marks |= AN_MARK_CONDITIONAL;
    else if (!strcmp(l, "should") || !strcmp(l, "must") || !strcmp(l, "ought")) ch->marks |= AN_MARK_OBLIGATION;
    else ch->marks |= AN_MARK_POSSIBLE;
}

static void vg_attrs(chctx *c, an_chunk *ch) {
    uint32_t main = ch->tok_end - 1;
    if (c->tk[main].pos == AN_POS_RP) { ch->particle = (int32_t)main; main--; }
    while (main > ch->tok_start && !vg_token(&c->tk[main])) main--;
    ch->head = (int32_t)main;
    ch->lemma = c->tk[main].lemma;
    vg_tense(c, ch, &c->tk[ch->tok_start]);
    int be = 0, have = 0;
    for (uint32_t i = ch->tok_start; i < ch->tok_end; i++) {
        const an_token *t = &c->tk[i];
        if (t->flags & AN_TOK_NEG) ch->marks |= AN_MARK_NEGATED;
        if (t->pos == AN_POS_MD) vg_modal(ch, t->lemma);
        if (i == main) break;
        if (!strcmp(t->lemma, "be") || !strcmp(t->lemma, "get")) be = 1;
        else if (!strcmp(t->lemma, "have")) have = 1;
    }
    int mp = c->tk[main].pos;
    if (mp == AN_POS_VBN && (be || !have)) ch->voice = AN_VOICE_PASSIVE;
    if (mp == AN_POS_VBN && !be && have) ch->flags |= AN_VG_PERFECT;
    if (mp == AN_POS_VBN && be && have) ch->flags |= AN_VG_PERFECT;
    if (mp == AN_POS_VBG && be) ch->flags |= AN_VG_PROGRESSIVE;
    if (!strcmp(ch->lemma, "be")) ch->flags |= AN_VG_COPULA;
    if (ch->particle >= 0) {
        const char *l = ch->lemma, *p = c->tk[ch->particle].lemma;
        size_t a = strlen(l), n = strlen(p);
        char *s = an_arena_alloc(c->b->arena, a + n + 2);
        memcpy(s, l, a);
        s[a] = '_';
        memcpy(s + a + 1, p, n);
        ch->phrasal = s;
    }
}

static uint32_t verb_group(chctx *c, uint32_t i, uint32_t end) {
    uint32_t j = vg_end(c, i, end);
    an_chunk *ch = new_chunk(c, AN_CH_VG, i, j);
    vg_attrs(c, ch);
    return j;
}

static uint32_t simple(chctx *c, an_chunk_type type, uint32_t i, uint32_t end, int (*in)(int)) {
    uint32_t j = i + 1;
    while (j < end && in(c->tk[j].pos)) j++;
    an_chunk *ch = new_chunk(c, type, i, j);
    ch->lemma = c->tk[ch->head].lemma;
    return j;
}

static int is_adv(int p) { return p == AN_POS_RB || p == AN_POS_RBR || p == AN_POS_RBS; }

static int starts_vg(const chctx *c, uint32_t i, uint32_t end) {
    const an_token *t = &c->tk[i];
    if (vg_token(t)) return 1;
    if ((t->flags & AN_TOK_NEG) && t->pos == AN_POS_RB && i + 1 < end && vg_token(&c->tk[i + 1])) return 1;   /* "never attacked" */
    if (t->pos != AN_POS_TO) return 0;
    uint32_t k = i + 1;
    while (k < end && c->tk[k].pos == AN_POS_RB) k++;
    return k < end && c->tk[k].pos == AN_POS_VB;
}

static void base_chunks(chctx *c) {
    uint32_t end = c->s->tok_end;
    int32_t last_np = -1;
    for (uint32_t i = c->s->tok_start; i < end;) {
        int p = c->tk[i].pos;
        if (starts_vg(c, i, end)) i = verb_group(c, i, end);
        else if (np_begin(p) || np_inner(p) || p == AN_POS_PRP || p == AN_POS_EX) i = noun_phrase(c, i, end, &last_np);
        else if ((p == AN_POS_IN && !tok_is(c->b->body, &c->tk[i], "that") && !tok_is(c->b->body, &c->tk[i], "whether")) ||
                 p == AN_POS_TO) {
            an_chunk *ch = new_chunk(c, AN_CH_PP, i, i + 1);
            ch->lemma = c->tk[i].lemma;
            i++;
        } else if (is_adv(p)) i = simple(c, AN_CH_ADVP, i, end, is_adv);
        else i++;
    }
}

/* ---- links between chunks ---- */

static int gap_is(const chctx *c, const an_chunk *a, const an_chunk *b, const char *w) {
    return b->tok_start == a->tok_end + 1 && tok_is(c->b->body, &c->tk[a->tok_end], w);
}

static int finite_vg(const an_chunk *ch) {
    return ch->type == AN_CH_VG && (ch->flags & AN_VG_FINITE);
}

static void link_pps(chctx *c, an_chunk *ch, uint32_t n) {
    for (uint32_t i = 0; i + 1 < n; i++)
        if (ch[i].type == AN_CH_PP && ch[i + 1].type == AN_CH_NP && ch[i + 1].tok_start == ch[i].tok_end)
            ch[i].object = (int32_t)(ch + i + 1 - c->b->an->chunks);
}

/* NP and NP, NP, NP and NP: conjoin unless the NP after "and" is the subject
 * of a new clause ("Russia attacked Kyiv and Ukraine responded"). */
static void link_coordination(chctx *c, an_chunk *ch, uint32_t n) {
    int32_t base = (int32_t)(ch - c->b->an->chunks);
    const char *body = c->b->body;
    for (uint32_t i = 0; i + 1 < n; i++) {
        an_chunk *a = &ch[i], *bb = &ch[i + 1];
        if (a->type != AN_CH_NP || bb->type != AN_CH_NP || (a->flags & AN_NP_POSSESSIVE)) continue;
        uint32_t g = a->tok_end;
        int and = bb->tok_start == g + 1 && (tok_is(body, &c->tk[g], "and") || tok_is(body, &c->tk[g], "or"));
        int comma_and = bb->tok_start == g + 2 && tok_is(body, &c->tk[g], ",") &&
                        (tok_is(body, &c->tk[g + 1], "and") || tok_is(body, &c->tk[g + 1], "or"));
        if (!and && !comma_and) continue;
        if (i + 2 < n && finite_vg(&ch[i + 2]) && i > 0 && ch[i - 1].type == AN_CH_VG) continue;
        a->coord = base + (int32_t)i + 1;
        bb->flags |= AN_NP_CONJUNCT;
    }
}

/* Comma lists before the "and": "Russia, Ukraine and Belarus". */
static void link_lists(chctx *c, an_chunk *ch, uint32_t n) {
    int32_t base = (int32_t)(ch - c->b->an->chunks);
    for (uint32_t i = n; i-- > 1;) {
        an_chunk *a = &ch[i - 1], *bb = &ch[i];
        if (a->type != AN_CH_NP || bb->type != AN_CH_NP || a->coord >= 0 || bb->coord < 0) continue;
        if (!gap_is(c, a, bb, ",") || (a->flags & AN_NP_POSSESSIVE)) continue;
        a->coord = base + (int32_t)i;
        bb->flags |= AN_NP_CONJUNCT;
    }
}

/* "Sergei Lavrov, Russia's foreign minister, said": a noun phrase between
 * commas (or before the end) that describes the one before it. */
static void link_appositives(chctx *c, an_chunk *ch, uint32_t n) {
    int32_t base = (int32_t)(ch - c->b->an->chunks);
    for (uint32_t i = 0; i + 1 < n; i++) {
        an_chunk *a = &ch[i];
        if (a->type != AN_CH_NP || (a->flags & (AN_NP_POSSESSIVE | AN_NP_PRONOUN)) || a->coord >= 0) continue;
        uint32_t j = i + 1;
        if (!gap_is(c, a, &ch[j], ",")) continue;
        while (j < n && (ch[j].flags & AN_NP_POSSESSIVE)) j++;
        if (j >= n || ch[j].type != AN_CH_NP || ch[j].coord >= 0) continue;
        an_chunk *bb = &ch[j];
        uint32_t after = bb->tok_end;
        int closed = after >= c->s->tok_end || tok_is(c->b->body, &c->tk[after], ",") ||
                     (c->tk[after].kind == AN_TK_PUNCT && c->b->body[c->tk[after].start] == '.');
        if (!closed || (j + 1 < n && ch[j + 1].type == AN_CH_NP)) continue;
        int ap = a->flags & AN_NP_PROPER, bp = bb->flags & AN_NP_PROPER;
        int fits = (ap && (!bp || bb->possessor >= 0 || bb->name_start >= 0)) ||
                   (!ap && bp && c->tk[a->tok_start].pos == AN_POS_DT) || (bb->flags & AN_NP_NUMBER && ap);
        if (!fits || (bb->flags & AN_NP_PRONOUN)) continue;
        a->appos = base + (int32_t)j;
        bb->flags |= AN_NP_APPOSITIVE;
        for (uint32_t k = i + 1; k < j; k++) ch[k].flags |= AN_NP_APPOSITIVE;
    }
}

void an_chunk_sentence(an_builder *b, an_sentence *s) {
    chctx c = { .b = b, .s = s, .tk = b->an->tokens };
    s->chunk_start = b->an->nchunks;
    base_chunks(&c);
    s->chunk_end = b->an->nchunks;
    uint32_t n = s->chunk_end - s->chunk_start;
    if (!n) return;                   /* chunks may still be NULL: no pointer arithmetic on it */
    an_chunk *ch = b->an->chunks + s->chunk_start;
    link_pps(&c, ch, n);
    link_coordination(&c, ch, n);
    link_lists(&c, ch, n);
    link_appositives(&c, ch, n);
}
