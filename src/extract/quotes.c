/* The quote stage's entry point: find, attribute, resolve, then copy the acts
 * that have a speaker into the article. Working memory lives in a scratch
 * arena freed before returning; results live in the document's arena. */
#include "quotes.h"
#include "../analyse/analyse.h"
#include "../core/buf.h"
#include "../resolve/resolve.h"
#include <ctype.h>
#include <string.h>

static const char *quote_text(const qtext *x, const qact *q, an_arena *out) {
    if (q->span < 0) return an_arena_strndup(out, x->body + q->s, q->e - q->s);
    an_buf b;
    an_buf_init(&b);
    for (int k = q->span; k <= q->span_last; k++) {      /* a quote continued over paragraphs */
        const qspan *s = &x->q[k];
        if (s->last < s->first) continue;
        if (b.n) an_buf_addc(&b, ' ');
        an_buf_add(&b, x->body + x->t[s->first].s, x->t[qspan_text_last(x, s)].e - x->t[s->first].s);
    }
    char *r = an_arena_strndup(out, b.p ? b.p : "", b.n);
    an_buf_free(&b);
    return r;
}

static const char *last_word(const char *s) {
    const char *sp = strrchr(s, ' ');
    return sp ? sp + 1 : s;
}

/* The speaker's code, from the actors the resolve stage found: the actor of
 * that name, else a person whose surname the speaker's name ends with
 * ("Rubio" -> Marco Rubio). Anonymous speakers ("a person familiar with the
 * matter") match no actor and stay uncoded. */
static const char *speaker_code(const an_article *a, const char *speaker) {
    if (!speaker) return NULL;
    for (int i = 0; i < a->nactors; i++)
        if (a->actors[i].code && a->actors[i].name && !strcmp(a->actors[i].name, speaker)) return a->actors[i].code;
    const char *sur = last_word(speaker);
    if (strlen(sur) < 3 || !strchr(speaker, ' ')) return NULL;
    for (int i = 0; i < a->nactors; i++) {
        const an_actor *x = &a->actors[i];
        if (x->code && x->name && strchr(x->name, ' ') && !strcmp(last_word(x->name), sur)) return x->code;
    }
    /* spelled otherwise in the dictionary ("Zelenskyy"): the actor the
     * resolver found where the text names the speaker */
    size_t k = strlen(sur);
    for (const char *p = strstr(a->body, sur); p && (uint32_t)(p - a->body) < a->body_len; p = strstr(p + 1, sur)) {
        int whole = (p == a->body || !isalpha((unsigned char)p[-1])) && !isalpha((unsigned char)p[k]);
        const an_actor *x = whole ? actors_at(a, (uint32_t)(p - a->body)) : NULL;
        if (x && x->code) return x->code;
    }
    return NULL;
}

static void emit(const qtext *x, const an_article *a, const qact *q, an_quote *o, an_arena *out) {
    memset(o, 0, sizeof *o);
    o->speaker = q->speaker;
    o->speaker_code = speaker_code(a, q->speaker);
    o->text = quote_text(x, q, out);
    o->kind = q->kind;
    if (q->at.cue >= 0) o->cue = qtext_join(x, q->at.cue, q->at.cue + q->at.cue_n, out);
    if (q->at.to_a >= 0 && q->at.to_b > q->at.to_a) o->addressee = qtext_join(x, q->at.to_a, q->at.to_b, out);
    o->body_start = q->s;
    o->body_end = q->e;
    o->start = an_body_offset(a, q->s);
    o->end = an_body_offset(a, q->e);
}

void quotes_extract(const an_wordset *words, an_article *a, an_arena *arena) {
    a->quotes = NULL;
    a->nquotes = 0;
    if (!a->body || !a->body_len || !a->nparas) return;
    an_arena scratch;
    an_arena_init(&scratch, 64 * 1024);
    const struct an_analysis *an = a->analysis;
    qtext x = { .body = a->body, .len = a->body_len, .paras = a->paras, .nparas = a->nparas, .scratch = &scratch,
                .words = words, .tok = an ? an->tokens : NULL, .ntok = an ? an->ntokens : 0 };
    qscan_tokens(&x);
    qmarks_pair(&x);
    qscan_sentences(&x);
    qacts acts;
    quotes_find(&x, &acts);
    quotes_attribute(&x, &acts);
    qnames *nm = qnames_build(&x);
    qspeakers_resolve(&x, nm, &acts, arena);
    int n = 0;
    for (int i = 0; i < acts.n; i++) n += (int)acts.v[i].kind >= 0 && acts.v[i].speaker;
    if (n) {
        a->quotes = an_arena_alloc(arena, (size_t)n * sizeof *a->quotes);
        for (int i = 0; i < acts.n; i++)
            if ((int)acts.v[i].kind >= 0 && acts.v[i].speaker) emit(&x, a, &acts.v[i], &a->quotes[a->nquotes++], arena);
    }
    an_arena_free(&scratch);
}
