/* Part-of-speech tags. Each token gets its possible tags from the lexicon (or
 * from its shape when the lexicon does not know it), then one pass from left
 * to right picks a tag from the tags already chosen before it and the
 * possible tags after it. Capitals mark proper nouns except at the start of a
 * sentence and in headlines, where every word is capitalised. */
#include "internal.h"
#include <string.h>

#define B(p) POSBIT(AN_POS_##p)
#define NOUNS (B(NN) | B(NNS))
#define VERBS (B(VB) | B(VBP) | B(VBZ) | B(VBD) | B(VBN) | B(VBG))
#define FINITE (B(VBP) | B(VBZ) | B(VBD))
#define ADJS (B(JJ) | B(JJR) | B(JJS))
#define NP_START (B(DT) | B(PRPS) | B(PDT) | B(CD) | ADJS | NOUNS | B(NNP) | B(NNPS) | B(PRP))

typedef struct tagctx {
    an_builder *b;
    an_token *tk;                /* the sentence's tokens */
    lex_info *in;
    char (*form)[LX_MAX_WORD];   /* per word token: its lower-case form for the lexicon */
    uint8_t *flen;
    uint8_t *known;              /* per word token: 0 not remembered, else 1 + lex_lookup's answer */
    uint32_t *hash;              /* per word token: lex_hash of its form */
    uint32_t n;
    int headline;
} tagctx;

static int ends_with(const char *w, size_t n, const char *suf) {
    size_t k = strlen(suf);
    return n >= k && !memcmp(w + n - k, suf, k);
}

/* Tags for a word the lexicon does not know, from its ending. */
static void guess(const char *w, size_t n, lex_info *in) {
    if (ends_with(w, n, "ing")) in->tags = B(VBG) | B(NN);
    else if (ends_with(w, n, "ed")) in->tags = B(VBD) | B(VBN) | B(JJ);
    else if (ends_with(w, n, "ly")) in->tags = B(RB);
    else if (ends_with(w, n, "ous") || ends_with(w, n, "ful") || ends_with(w, n, "ive") || ends_with(w, n, "able") ||
             ends_with(w, n, "ible") || ends_with(w, n, "ic") || ends_with(w, n, "ish") || ends_with(w, n, "less") ||
             ends_with(w, n, "ian") || ends_with(w, n, "al")) in->tags = B(JJ);
    else if (ends_with(w, n, "s") && !ends_with(w, n, "ss") && n > 3) in->tags = B(NNS);
    else in->tags = B(NN);
}

/* A hyphenated word takes the readings of its last part ("Russian-backed",
 * "cease-fire"); participles and adjectives there make it an adjective. */
static void hyphenated(const an_lexicon *lx, const char *w, size_t n, lex_info *in) {
    const char *h = NULL;
    for (size_t i = 0; i < n; i++) if (w[i] == '-') h = w + i;
    if (!h || h + 1 >= w + n) { guess(w, n, in); return; }
    lex_info last;
    if (!lex_lookup(lx, h + 1, (size_t)(w + n - h - 1), &last)) { guess(w, n, in); return; }
    if (last.tags & (B(VBN) | B(VBG) | ADJS)) in->tags = B(JJ);
    else if (last.tags & NOUNS) in->tags = last.tags & NOUNS;
    else in->tags = B(JJ) | B(NN);
}

/* The lower-case form of token k as the lexicon is asked for it. */
static size_t lookup_form(const tagctx *c, uint32_t k, char *w) {
    const an_token *t = &c->tk[k];
    size_t n = an_token_lower(c->b->body, t, w, LX_MAX_WORD);
    if (n && (t->flags & AN_TOK_ABBREV) && w[n - 1] == '.') n--;
    return n;
}

/* The words' lexicon forms, once, and the answers remembered for them. The
 * memo's slots are announced before any is read: the memo outgrows the
 * first-level cache. The lexicon is larger than all the caches, so each
 * lookup of the other words waits for memory two or three times (slot,
 * entry, string); announcing them first, in three rounds (slots, entries,
 * strings), each reading only what the round before fetched, lets those
 * waits overlap instead of adding up. With two rounds, the second read each
 * entry to find its string and waited for it there. */
static void prepare_words(tagctx *c) {
    /* The words the memo does not know, listed without a branch: about one
     * in five, at random, so testing each word in each round mispredicted
     * about as often as it prefetched. */
    _Static_assert(AN_MAX_SENT_TOKENS <= 256, "token indexes kept in bytes");
    uint8_t missed[AN_MAX_SENT_TOKENS];
    uint32_t nmissed = 0;
    for (uint32_t k = 0; k < c->n; k++) {
        c->flen[k] = c->tk[k].kind == AN_TK_WORD ? (uint8_t)lookup_form(c, k, c->form[k]) : 0;
        c->hash[k] = c->flen[k] ? lex_hash(c->form[k], c->flen[k]) : 0;
        lx_memo_prefetch(c->b->memo, c->hash[k]);         /* the memo is larger than L1 */
    }
    for (uint32_t k = 0; k < c->n; k++) {
        c->known[k] = (uint8_t)(lx_memo_find(c->b->memo, c->form[k], c->flen[k], c->hash[k], &c->in[k]) + 1);
        missed[nmissed] = (uint8_t)k;
        nmissed += (c->flen[k] != 0) & (c->known[k] == 0);
    }
    for (int round = 0; round < 3; round++)
        for (uint32_t j = 0; j < nmissed; j++) lex_prefetch(c->b->lx, c->hash[missed[j]], round);
}

/* What the lexicon says of word token k: 1 if it knows it. */
static int lexicon_answer(tagctx *c, uint32_t k, lex_info *in) {
    if (c->known[k]) return c->known[k] - 1;               /* prepare_words filled in */
    memset(in, 0, sizeof *in);
    if (!c->flen[k]) return 0;
    int known = lex_lookup_hashed(c->b->lx, c->form[k], c->flen[k], c->hash[k], in);
    lx_memo_put(c->b->memo, c->form[k], c->flen[k], c->hash[k], in, known);
    return known;
}

static void lookup(tagctx *c, uint32_t k) {
    an_token *t = &c->tk[k];
    lex_info *in = &c->in[k];
    const char *w = c->form[k];
    size_t n = c->flen[k];
    if (t->kind != AN_TK_WORD) {
        memset(in, 0, sizeof *in);
        if (t->kind == AN_TK_NUMBER) in->tags = (t->flags & AN_TOK_HYPHEN) ? B(JJ) : B(CD);
        else if (t->kind == AN_TK_URL || t->kind == AN_TK_HANDLE) in->tags = B(NNP);
        else in->tags = t->kind == AN_TK_SYMBOL ? B(SYM) : B(PUNCT);
        return;
    }
    if (lexicon_answer(c, k, in)) { t->flags |= AN_TOK_KNOWN; }
    else if (n && (t->flags & AN_TOK_HYPHEN)) hyphenated(c->b->lx, w, n, in);
    else guess(w, n, in);
    if (n == 3 && !memcmp(w, "n't", 3)) t->flags |= AN_TOK_NEG;
    if ((n == 3 && !memcmp(w, "not", 3)) || (n == 5 && !memcmp(w, "never", 5))) t->flags |= AN_TOK_NEG;
}

/* Title case or capitals throughout: capitals say nothing about names. */
static int is_headline(const tagctx *c) {
    int words = 0, caps = 0, allcaps = 0;
    for (uint32_t k = 0; k < c->n; k++) {
        const an_token *t = &c->tk[k];
        if (t->kind != AN_TK_WORD) continue;
        if ((c->in[k].cls & LX_CLOSED) && !(t->flags & AN_TOK_CAP)) continue;   /* "of", "the" in titles */
        words++;
        caps += (t->flags & AN_TOK_CAP) != 0;
        allcaps += (t->flags & AN_TOK_ALLCAPS) != 0;
    }
    return words >= 3 && (caps == words || allcaps * 10 >= words * 8);
}

static int is_open_quote_or_colon(const tagctx *c, uint32_t k) {
    if (k == 0) return 1;
    const an_token *p = &c->tk[k - 1];
    if (p->flags & AN_TOK_OPEN_QUOTE) return 1;
    if (p->kind == AN_TK_DASH) return 1;
    char ch = c->b->body[p->start];
    return p->kind == AN_TK_PUNCT && (ch == ':' || ch == '(' || ch == ';');
}

/* Capitalised words that are names: restrict their tags before context. */
static void proper(tagctx *c, uint32_t k) {
    an_token *t = &c->tk[k];
    lex_info *in = &c->in[k];
    if (t->kind != AN_TK_WORD || !(t->flags & AN_TOK_CAP)) return;
    int initial = (t->flags & AN_TOK_SENT_START) || is_open_quote_or_colon(c, k);
    int known = (t->flags & AN_TOK_KNOWN) && !((in->cls | in->ncls) & LX_PROPER);
    if (c->headline || initial) {
        if (known) return;
    } else if ((in->cls & LX_CLOSED) && t->end - t->start == 1) return;   /* "I", "A" */
    if (!(t->flags & AN_TOK_ALLCAPS) && (in->tags & ADJS) && !(in->tags & NOUNS) && known) return;
    int plural = (in->tags & B(NNS)) && !(in->tags & B(NN)) && c->b->body[t->end - 1] == 's';
    in->tags = plural ? B(NNPS) : B(NNP);
}

static int prev_pos(const tagctx *c, uint32_t k, int back) {
    return k >= (uint32_t)back ? c->tk[k - back].pos : AN_POS_NONE;
}

/* The tag before k, looking past adverbs ("has also been"). */
static uint32_t skip_adverbs_back(const tagctx *c, uint32_t k) {
    while (k > 0 && c->tk[k - 1].pos == AN_POS_RB) k--;
    return k;
}

static const char *lemma_before(const tagctx *c, uint32_t k) {
    k = skip_adverbs_back(c, k);
    return k > 0 ? c->tk[k - 1].lemma : NULL;
}

static int aux_before(const tagctx *c, uint32_t k, const char *aux) {
    uint32_t j = skip_adverbs_back(c, k);
    if (j == 0 || !pos_verb(c->tk[j - 1].pos)) return 0;
    const char *l = lemma_before(c, k);
    return l && !strcmp(l, aux);
}

static int modal_before(const tagctx *c, uint32_t k) {
    uint32_t j = skip_adverbs_back(c, k);
    return j > 0 && (c->tk[j - 1].pos == AN_POS_MD || c->tk[j - 1].pos == AN_POS_TO);
}

static uint64_t next_tags(const tagctx *c, uint32_t k) { return k + 1 < c->n ? c->in[k + 1].tags : 0; }

static an_pos noun_tag(const tagctx *c, uint32_t k) {
    uint64_t t = c->in[k].tags;
    if ((t & B(NNS)) && (!(t & B(NN)) || c->b->body[c->tk[k].end - 1] == 's')) return AN_POS_NNS;
    return AN_POS_NN;
}

static an_pos finite_tag(const tagctx *c, uint32_t k) {
    uint64_t t = c->in[k].tags;
    if (t & B(VBD)) return AN_POS_VBD;
    if (t & B(VBZ)) return AN_POS_VBZ;
    if (t & B(VBP)) return AN_POS_VBP;
    if (t & B(VBG)) return AN_POS_VBG;
    if (t & B(VBN)) return AN_POS_VBN;
    return AN_POS_VB;
}

static int by_next(const tagctx *c, uint32_t k) {
    return k + 1 < c->n && tok_is(c->b->body, &c->tk[k + 1], "by");
}

/* Closed-class words with more than one tag. */
static an_pos closed_choice(tagctx *c, uint32_t k) {
    uint64_t t = c->in[k].tags, nx = next_tags(c, k);
    int p = prev_pos(c, k, 1);
    const char *body = c->b->body;
    an_token *tk = &c->tk[k];
    if (t & B(POS)) {
        if ((t & B(VBZ)) && (p == AN_POS_PRP || p == AN_POS_EX || p == AN_POS_WP || p == AN_POS_WDT ||
                             (nx & (B(VBN) | B(VBG))) || (nx & (B(RB) | B(DT) | B(IN))) == nx)) return AN_POS_VBZ;
        return AN_POS_POS;
    }
    if (tok_is(body, tk, "that") || tok_is(body, tk, "That")) {
        if (pos_noun(p) && k >= 2 && pos_verb(c->tk[k - 2].pos) && (c->in[k - 2].vcls & LX_SPEECH)) return AN_POS_IN;
        if (pos_noun(p)) return AN_POS_WDT;
        if ((nx & (NOUNS | ADJS)) && !(nx & (B(PRP) | B(NNP) | B(DT)))) {
            uint64_t nn = k + 2 < c->n ? c->in[k + 2].tags : 0;
            if (!(nn & (FINITE | B(MD))) || (nx & NOUNS) == 0) return AN_POS_DT;
        }
        return pos_verb(p) || p == AN_POS_NONE || p == AN_POS_PUNCT || p == AN_POS_RB || p == AN_POS_CC ? AN_POS_IN : AN_POS_WDT;
    }
    if ((t & B(RP)) && pos_verb(p) && strcmp(c->tk[k - 1].lemma, "be"))
        return AN_POS_RP;
    if ((t & B(PRP)) && (t & B(PRPS))) return (nx & (NOUNS | ADJS | B(CD) | B(NNP))) && !(nx & B(DT)) ? AN_POS_PRPS : AN_POS_PRP;
    if ((t & B(PDT)) && (nx & (B(DT) | B(PRPS)))) return AN_POS_PDT;
    if ((t & B(EX)) && (nx & (B(VBZ) | B(VBP) | B(VBD) | B(MD)))) return AN_POS_EX;
    if ((t & B(WDT)) && (pos_noun(p) || p == AN_POS_PUNCT)) return AN_POS_WDT;
    if ((t & B(RB)) && (pos_verb(p) || p == AN_POS_MD) && (nx & VERBS)) return AN_POS_RB;
    if ((t & B(VB)) && (t & B(VBP)) && !(t & B(RB))) return modal_before(c, k) || aux_before(c, k, "do") ? AN_POS_VB : AN_POS_VBP;
    if ((t & B(VBD)) && (t & B(VBN))) return aux_before(c, k, "have") || modal_before(c, k) ? AN_POS_VBN : AN_POS_VBD;
    if ((t & B(IN)) && (nx & NP_START)) return AN_POS_IN;
    static const an_pos order[] = { AN_POS_MD, AN_POS_TO, AN_POS_CC, AN_POS_DT, AN_POS_IN, AN_POS_PRP, AN_POS_PRPS,
                                    AN_POS_WDT, AN_POS_WP, AN_POS_WPS, AN_POS_WRB, AN_POS_CD, AN_POS_RB, AN_POS_RP,
                                    AN_POS_VBZ, AN_POS_VBD, AN_POS_VBP, AN_POS_VBN, AN_POS_VBG, AN_POS_VB, AN_POS_EX,
                                    AN_POS_UH, AN_POS_PDT, AN_POS_POS };
    for (size_t i = 0; i < sizeof order / sizeof *order; i++)
        if (t & POSBIT(order[i])) return order[i];
    return AN_POS_NN;
}

static int is_determiner_like(int p) {
    return p == AN_POS_DT || p == AN_POS_PRPS || p == AN_POS_POS || p == AN_POS_PDT || p == AN_POS_WPS ||
           pos_adj(p) || p == AN_POS_CD;
}

static int is_subject_like(const tagctx *c, uint32_t k) {
    int p = prev_pos(c, k, 1);
    return p == AN_POS_PRP || p == AN_POS_NNP || p == AN_POS_NNPS || p == AN_POS_WDT || p == AN_POS_WP || p == AN_POS_EX;
}

/* A relative pronoun earlier in the sentence, and no finite verb since the
 * start: the word after the relative clause's closing comma is likely the
 * main verb ("The plan, which Russia sent, calls for"). */
static int relative_open(const tagctx *c, uint32_t k) {
    int rel = 0;
    for (uint32_t i = 0; i < k; i++) {
        int p = c->tk[i].pos;
        if (p == AN_POS_WDT || p == AN_POS_WP) rel = 1;
        else if (!rel && (p == AN_POS_VBD || p == AN_POS_VBZ || p == AN_POS_VBP || p == AN_POS_MD)) return 0;
    }
    return rel;
}

/* A finite verb earlier in the same clause: a second one is unlikely
 * without a conjunction, a comma or a relative pronoun between. */
static int finite_before(const tagctx *c, uint32_t k) {
    for (uint32_t i = k; i-- > 0;) {
        int p = c->tk[i].pos;
        if (p == AN_POS_VBD || p == AN_POS_VBZ || p == AN_POS_VBP || p == AN_POS_MD)
            return !(i + 2 == k && (c->in[i].vcls & LX_SPEECH));   /* "said Russia plans": a new clause */
        if (p == AN_POS_CC || p == AN_POS_WDT || p == AN_POS_WP || p == AN_POS_PUNCT) return 0;
        if (p == AN_POS_IN && (c->in[i].cls & LX_SUBORD)) return 0;
    }
    return 0;
}

/* Noun or verb after a common noun: "the plan calls for" vs "air strikes killed". */
static int verb_after_noun(const tagctx *c, uint32_t k) {
    uint64_t nx = next_tags(c, k);
    if (!nx || (nx & B(PUNCT))) return !finite_before(c, k) && k >= 2 && c->tk[k - 2].pos == AN_POS_IN;   /* "unless talks resume," */
    if (nx & (B(DT) | B(PRPS) | B(PRP) | B(TO) | B(CD) | B(NNP))) return 1;
    if ((nx & B(IN)) && !(nx & (VERBS | NOUNS))) return c->in[k].fverb > c->in[k].fnoun;
    return 0;
}

static an_pos verb_or_noun(tagctx *c, uint32_t k) {
    uint64_t t = c->in[k].tags;
    int p = prev_pos(c, k, 1), p2 = prev_pos(c, k, 2);
    int has_noun = (t & NOUNS) != 0, has_verb = (t & VERBS) != 0;
    if (has_verb && modal_before(c, k) && (t & B(VB))) return AN_POS_VB;
    if (has_verb && aux_before(c, k, "do") && (t & B(VB))) return AN_POS_VB;
    if ((t & B(VBN)) && aux_before(c, k, "have")) return AN_POS_VBN;
    if (aux_before(c, k, "be") && (t & (B(VBN) | B(VBG)))) return (t & B(VBN)) ? AN_POS_VBN : AN_POS_VBG;
    if (aux_before(c, k, "get") && (t & B(VBN))) return AN_POS_VBN;
    if (is_determiner_like(p)) {
        uint64_t nx = next_tags(c, k);
        if ((t & (ADJS | B(VBN) | B(VBG))) && (nx & (NOUNS | B(NNP))) && !(nx & B(MD))) return AN_POS_JJ;
        if (has_noun) return noun_tag(c, k);
        if (t & ADJS) return AN_POS_JJ;
    }
    if (p == AN_POS_PUNCT && c->b->body[c->tk[k - 1].start] == ',' && (t & FINITE) && relative_open(c, k))
        return finite_tag(c, k);
    if (p == AN_POS_CC || (p == AN_POS_PUNCT && c->b->body[c->tk[k - 1].start] == ',')) {
        if (pos_verb(p2) && has_verb && p2 != AN_POS_VBN && p2 != AN_POS_VBG && (t & POSBIT(p2))) return (an_pos)p2;
        if (pos_noun(p2) && has_noun) return noun_tag(c, k);
    }
    if (has_noun && has_verb && finite_before(c, k) && (pos_noun(p) || is_determiner_like(p))) return noun_tag(c, k);
    if (has_verb && (is_subject_like(c, k) || p == AN_POS_RB)) {
        if ((t & B(VBN)) && by_next(c, k)) return AN_POS_VBN;
        if (t & FINITE) return finite_tag(c, k);
    }
    if (has_verb && (p == AN_POS_NN || p == AN_POS_NNS)) {
        if ((t & B(VBN)) && by_next(c, k)) return AN_POS_VBN;
        if ((t & (FINITE | B(VBG))) && (!has_noun || verb_after_noun(c, k))) return finite_tag(c, k);
        if (has_noun) return noun_tag(c, k);
    }
    if ((t & B(RB)) && pos_verb(p) && (!next_tags(c, k) || (next_tags(c, k) & B(PUNCT)))) return AN_POS_RB;
    if (has_noun && (pos_verb(p) || p == AN_POS_IN || p == AN_POS_TO)) {
        if ((t & B(VBG)) && c->b->body[c->tk[k].end - 1] == 'g' && (p == AN_POS_IN || pos_verb(p))) return AN_POS_VBG;
        return noun_tag(c, k);
    }
    if (p == AN_POS_NONE && (t & B(VBG)) && (next_tags(c, k) & (B(IN) | B(TO) | B(DT) | B(PRPS))) &&
        !(next_tags(c, k) & VERBS)) return AN_POS_VBG;
    if (has_noun && (!has_verb || c->in[k].fnoun * 2 >= c->in[k].fverb || p == AN_POS_NONE || p == AN_POS_PUNCT)) {
        if ((t & ADJS) && (next_tags(c, k) & (NOUNS | B(NNP)))) return AN_POS_JJ;
        return noun_tag(c, k);
    }
    if (has_verb) {
        if (p == AN_POS_NONE && (t & B(VB))) return AN_POS_VB;
        return finite_tag(c, k);
    }
    if (t & ADJS) return (t & B(JJ)) ? AN_POS_JJ : (t & B(JJR)) ? AN_POS_JJR : AN_POS_JJS;
    if (t & B(RB)) return AN_POS_RB;
    return AN_POS_NN;
}

static an_pos choose(tagctx *c, uint32_t k) {
    uint64_t t = c->in[k].tags;
    if (!(t & (t - 1))) {                                   /* a single tag */
        int p = t ? __builtin_ctzll(t) : 0;
        return p >= 1 && p < AN_POS_COUNT ? (an_pos)p : AN_POS_NN;
    }
    if (c->in[k].cls & LX_CLOSED) return closed_choice(c, k);
    return verb_or_noun(c, k);
}

static const char *lemma_for(const lex_info *in, an_pos p) {
    const char *l = NULL;
    switch (p) {
    case AN_POS_NN: l = in->noun; break;
    case AN_POS_NNS: l = in->nouns ? in->nouns : in->noun; break;
    case AN_POS_VB: case AN_POS_VBP: l = in->verb; break;
    case AN_POS_VBD: case AN_POS_VBN: l = in->vpast; break;
    case AN_POS_VBZ: l = in->vs; break;
    case AN_POS_VBG: l = in->ving; break;
    case AN_POS_JJ: case AN_POS_JJR: case AN_POS_JJS: l = in->adj; break;
    default: break;
    }
    if (!l && pos_verb(p)) l = in->verb ? in->verb : in->vpast ? in->vpast : in->vs ? in->vs : in->ving;
    if (!l && pos_noun(p) && p != AN_POS_NNP && p != AN_POS_NNPS) l = in->nouns ? in->nouns : in->noun;
    return l ? l : in->other;
}

static void set_lemma(tagctx *c, uint32_t k) {
    an_token *t = &c->tk[k];
    const char *l = t->pos == AN_POS_NNP || t->pos == AN_POS_NNPS || t->pos == AN_POS_POS ? NULL : lemma_for(&c->in[k], (an_pos)t->pos);
    if (l) { t->lemma = l; return; }
    size_t fn = c->flen[k];
    if (fn) {                  /* folded by lookup_form; an abbreviation's period is still after its end */
        t->lemma = an_arena_strndup(c->b->arena, c->form[k], fn + (c->form[k][fn] == '.'));
        return;
    }
    char w[256];
    size_t n = an_token_lower(c->b->body, t, w, sizeof w);
    t->lemma = n ? an_arena_strndup(c->b->arena, w, n) : an_arena_strndup(c->b->arena, c->b->body + t->start, t->end - t->start);
}

void an_tag_sentence(an_builder *b, an_sentence *s) {
    char form[AN_MAX_SENT_TOKENS][LX_MAX_WORD];
    uint8_t flen[AN_MAX_SENT_TOKENS], known[AN_MAX_SENT_TOKENS];
    uint32_t hash[AN_MAX_SENT_TOKENS];
    tagctx c = { .b = b, .tk = b->an->tokens + s->tok_start, .in = b->info, .form = form, .flen = flen, .known = known, .hash = hash,
                 .n = s->tok_end - s->tok_start };
    prepare_words(&c);
    for (uint32_t k = 0; k < c.n; k++) lookup(&c, k);
    c.headline = is_headline(&c);
    if (c.headline) s->flags |= AN_SENT_HEADLINE;
    for (uint32_t k = 0; k < c.n; k++) proper(&c, k);
    for (uint32_t k = 0; k < c.n; k++) {
        c.tk[k].pos = (uint8_t)choose(&c, k);
        set_lemma(&c, k);
    }
}
