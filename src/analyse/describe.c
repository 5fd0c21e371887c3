/* Compact text descriptions of an analysis, for `annals parse` and for tests:
 *   tokens   Russia/NNP sent/VBD:send ...
 *   chunks   [NP Russia] [VG sent] [NP the US] ...
 *   clause   main S=Russia V=send IO=the US O=a plan +fut ^0 */
#include "internal.h"
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

typedef struct out { char *p; size_t n, used; } out;

static void put(out *o, const char *s, size_t n) {
    if (!o->n) return;
    size_t room = o->n - 1 - o->used;
    if (n > room) n = room;
    memcpy(o->p + o->used, s, n);
    o->used += n;
    o->p[o->used] = 0;
}

static void puts_(out *o, const char *s) { put(o, s, strlen(s)); }

static void span(out *o, const struct an_analysis *an, uint32_t t0, uint32_t t1) {
    if (t0 >= t1) return;
    put(o, an->body + an->tokens[t0].start, an->tokens[t1 - 1].end - an->tokens[t0].start);
}

static void chunk_text(out *o, const struct an_analysis *an, int32_t c) {
    const an_chunk *ch = &an->chunks[c];
    span(o, an, ch->tok_start, ch->tok_end);
}

static void np_with_conjuncts(out *o, const struct an_analysis *an, int32_t c) {
    for (int i = 0; c >= 0 && i < 16; i++, c = an->chunks[c].coord) {
        if (i) puts_(o, "&");
        chunk_text(o, an, c);
    }
}

void an_describe_tokens(const struct an_analysis *an, const an_sentence *s, int with_pos, char *buf, size_t n) {
    out o = { buf, n, 0 };
    if (n) buf[0] = 0;
    for (uint32_t i = s->tok_start; i < s->tok_end; i++) {
        const an_token *t = &an->tokens[i];
        if (i > s->tok_start) puts_(&o, " ");
        span(&o, an, i, i + 1);
        if (!with_pos) continue;
        puts_(&o, "/");
        puts_(&o, an_pos_name((an_pos)t->pos));
        size_t len = t->end - t->start;
        if (t->lemma && (strlen(t->lemma) != len || strncasecmp(t->lemma, an->body + t->start, len))) {
            puts_(&o, ":");
            puts_(&o, t->lemma);
        }
    }
}

static const char *chunk_name(int type) {
    static const char *const names[] = { "?", "NP", "VG", "PP", "ADJP", "ADVP" };
    return type >= 0 && type <= AN_CH_ADVP ? names[type] : "?";
}

void an_describe_chunks(const struct an_analysis *an, const an_sentence *s, char *buf, size_t n) {
    out o = { buf, n, 0 };
    if (n) buf[0] = 0;
    uint32_t c = s->chunk_start;
    for (uint32_t i = s->tok_start; i < s->tok_end;) {
        if (i > s->tok_start) puts_(&o, " ");
        if (c < s->chunk_end && an->chunks[c].tok_start == i) {
            const an_chunk *ch = &an->chunks[c];
            puts_(&o, "[");
            puts_(&o, chunk_name(ch->type));
            puts_(&o, " ");
            span(&o, an, ch->tok_start, ch->tok_end);
            puts_(&o, "]");
            i = ch->tok_end;
            c++;
        } else {
            span(&o, an, i, i + 1);
            i++;
        }
    }
}

static const struct { uint32_t mark; const char *name; } mark_names[] = {
    { AN_MARK_NEGATED, "neg" }, { AN_MARK_FUTURE, "fut" }, { AN_MARK_CONDITIONAL, "cond" },
    { AN_MARK_POSSIBLE, "poss" }, { AN_MARK_OBLIGATION, "oblig" }, { AN_MARK_INTENDED, "intend" },
    { AN_MARK_THREATENED, "threat" }, { AN_MARK_HYPOTHETICAL, "hypo" }, { AN_MARK_ATTEMPTED, "attempt" },
    { AN_MARK_REPORTED, "rep" },
};

static void args(out *o, const struct an_analysis *an, const an_clause *c) {
    static const char *const roles[] = { "O", "IO", "P", "A" };
    for (uint32_t i = c->arg_start; i < c->arg_end; i++) {
        const an_arg *a = &an->args[i];
        puts_(o, " ");
        puts_(o, roles[a->role < 4 ? a->role : 0]);
        if (a->role == AN_ROLE_POBJ) { puts_(o, ":"); span(o, an, (uint32_t)a->prep, (uint32_t)a->prep + 1); }
        puts_(o, "=");
        np_with_conjuncts(o, an, a->chunk);
    }
}

void an_describe_clause(const struct an_analysis *an, const an_clause *c, char *buf, size_t n) {
    out o = { buf, n, 0 };
    if (n) buf[0] = 0;
    puts_(&o, an_clause_kind_name((an_clause_kind)c->kind));
    if (c->subject >= 0) { puts_(&o, " S="); np_with_conjuncts(&o, an, c->subject); }
    if (c->vg >= 0) {
        const an_chunk *vg = &an->chunks[c->vg];
        puts_(&o, " V=");
        puts_(&o, vg->phrasal ? vg->phrasal : vg->lemma);
        if (vg->voice == AN_VOICE_PASSIVE) puts_(&o, " +pass");
    }
    args(&o, an, c);
    for (size_t i = 0; i < sizeof mark_names / sizeof *mark_names; i++)
        if (c->marks & mark_names[i].mark) { puts_(&o, " +"); puts_(&o, mark_names[i].name); }
    if (c->parent >= 0) {
        char num[16];
        uint32_t base = 0;
        for (uint32_t s = 0; s < an->nsentences; s++)
            if ((uint32_t)(c - an->clauses) >= an->sentences[s].clause_start && (uint32_t)(c - an->clauses) < an->sentences[s].clause_end)
                base = an->sentences[s].clause_start;
        snprintf(num, sizeof num, " ^%u", (unsigned)((uint32_t)c->parent - base));
        puts_(&o, num);
    }
}
