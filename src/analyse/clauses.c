/* Clauses: one per verb group, found in one pass over a sentence's chunks.
 * Noun phrases are held as the subject-to-be until a verb group takes them,
 * or become objects of the clause before them; the words between chunks
 * ("that", "who", "if", "and", commas) decide what kind of clause comes next
 * and what it hangs from. A last pass fills in what only the whole sentence
 * tells: the main clause an if-clause depends on, the speaker clause after a
 * quotation, and the marks inherited down the tree. */
#include "internal.h"
#include <string.h>

typedef struct clctx {
    an_builder *b;
    an_sentence *s;
    an_token *tk;
    an_chunk *ch;                /* all chunks */
    int32_t c0;                  /* first chunk of the sentence */
    /* state while walking */
    int32_t cur;                 /* clause the next objects belong to */
    int32_t subj;                /* NP waiting for its verb */
    int32_t outer;               /* subject waiting across a relative clause */
    int32_t prep;                /* preposition chunk waiting for its NP */
    int32_t pending;             /* kind for the next finite verb group, or -1 */
    int32_t link;                /* the token that set it */
    int32_t antecedent;          /* NP a relative clause modifies */
    int32_t pending_parent;
    int cc, comma, hard;         /* seen since the last chunk */
    int32_t pre_start;           /* first of the arguments seen before any clause */
} clctx;

static uint32_t vclass(const clctx *c, int32_t vg) {
    if (vg < 0) return 0;
    return lex_lemma_classes(c->b->lx, c->ch[vg].lemma);
}

static an_clause *clause_at(clctx *c, int32_t i) { return &c->b->an->clauses[i]; }

static int32_t new_clause(clctx *c, an_clause_kind kind, int32_t vg) {
    an_builder *b = c->b;
    an_clause *cl = VEC_PUSH(b, b->an->clauses, b->an->nclauses, b->cap_clause);
    cl->kind = (uint8_t)kind;
    cl->vg = vg;
    cl->subject = cl->agent = cl->parent = cl->conj = cl->link = -1;
    cl->arg_start = cl->arg_end = b->an->nargs;
    if (vg >= 0) cl->marks = c->ch[vg].marks;
    return (int32_t)(b->an->nclauses - 1);
}

/* Arguments of one clause are contiguous: a clause's arguments are added only
 * while it is the last clause, others are moved to the end first. */
static void add_arg(clctx *c, int32_t cl, int32_t np, int32_t prep, an_role role) {
    an_builder *b = c->b;
    an_clause *k = clause_at(c, cl);
    if (k->arg_end != b->an->nargs) {
        uint32_t n = k->arg_end - k->arg_start, start = b->an->nargs;
        for (uint32_t i = 0; i < n; i++) {
            an_arg *a = VEC_PUSH(b, b->an->args, b->an->nargs, b->cap_arg);
            *a = b->an->args[clause_at(c, cl)->arg_start + i];
        }
        k = clause_at(c, cl);
        k->arg_start = start;
        k->arg_end = b->an->nargs;
    }
    an_arg *a = VEC_PUSH(b, b->an->args, b->an->nargs, b->cap_arg);
    a->chunk = np;
    a->prep = prep;
    a->role = (uint8_t)role;
    clause_at(c, cl)->arg_end = b->an->nargs;
}

static int has_role(clctx *c, int32_t cl, an_role role, int32_t *at) {
    an_clause *k = clause_at(c, cl);
    for (uint32_t i = k->arg_start; i < k->arg_end; i++)
        if (c->b->an->args[i].role == role) { if (at) *at = (int32_t)i; return 1; }
    return 0;
}

static int32_t last_chunk_before(const clctx *c, int32_t i) { return i > c->c0 ? i - 1 : -1; }

/* Do the tokens between two chunks end a clause: a conjunction, a relative
 * pronoun, "that", a colon, or a comma (unless it sets off an appositive)? */
static int gap_blocks(const clctx *c, uint32_t t0, uint32_t t1, int comma_ok) {
    for (uint32_t t = t0; t < t1; t++) {
        const an_token *k = &c->tk[t];
        int p = k->pos;
        if (p == AN_POS_CC || p == AN_POS_WDT || p == AN_POS_WP || p == AN_POS_WPS || p == AN_POS_IN || p == AN_POS_WRB) return 1;
        if (k->kind == AN_TK_DASH || tok_is(c->b->body, k, ";") || tok_is(c->b->body, k, ":")) return 1;
        if (!comma_ok && tok_is(c->b->body, k, ",")) return 1;
    }
    return 0;
}

/* Does NP i stand before a finite verb group, past its modifiers ("the leader
 * of Russia said") and appositives? */
static int before_finite_verb(const clctx *c, int32_t i) {
    int32_t end = (int32_t)c->s->chunk_end;
    const an_chunk *ch = c->ch;
    for (int32_t j = i + 1; j < end; j++) {
        int appos = (ch[j].flags & AN_NP_APPOSITIVE) || (ch[j - 1].flags & AN_NP_APPOSITIVE);
        if (gap_blocks(c, ch[j - 1].tok_end, ch[j].tok_start, ch[j].type == AN_CH_NP && appos ? 1 : appos)) return 0;
        if (ch[j].type == AN_CH_VG) return (ch[j].flags & AN_VG_FINITE) != 0;
        if (ch[j].type == AN_CH_NP && (ch[j].flags & (AN_NP_APPOSITIVE | AN_NP_CONJUNCT | AN_NP_POSSESSIVE))) continue;
        if (ch[j].type == AN_CH_NP && ch[j - 1].type == AN_CH_NP && (ch[j - 1].flags & AN_NP_POSSESSIVE)) continue;
        if (ch[j].type == AN_CH_PP && ch[j].object >= 0 && !(c->tk[ch[j].head].pos == AN_POS_IN &&
            (lex_lemma_classes(c->b->lx, ch[j].lemma) & LX_SUBORD) && strcmp(ch[j].lemma, "as"))) {
            j = ch[j].object;
            continue;
        }
        if (ch[j].type == AN_CH_ADVP) continue;
        return 0;
    }
    return 0;
}

/* Is there a clause (an NP then a finite verb, or a finite verb) right after chunk i? */
static int clause_follows(const clctx *c, int32_t i) {
    int32_t j = i + 1, end = (int32_t)c->s->chunk_end;
    if (j >= end) return 0;
    if (c->ch[j].type == AN_CH_VG) return (c->ch[j].flags & AN_VG_FINITE) != 0;
    return c->ch[j].type == AN_CH_NP && before_finite_verb(c, j);
}

static void connectors(clctx *c, uint32_t t0, uint32_t t1) {
    const char *body = c->b->body;
    for (uint32_t i = t0; i < t1; i++) {
        const an_token *t = &c->tk[i];
        if (t->pos == AN_POS_CC) c->cc = 1;
        else if (tok_is(body, t, ",")) c->comma = 1;
        else if (tok_is(body, t, ";") || tok_is(body, t, ":") || t->kind == AN_TK_DASH) {
            c->hard = 1;
            c->subj = c->outer = -1;
            c->pending = -1;
        } else if (t->pos == AN_POS_WDT || t->pos == AN_POS_WP || t->pos == AN_POS_WPS) {
            int32_t prev = -1;
            for (int32_t k = (int32_t)c->b->an->nchunks; k-- > c->c0;)
                if (c->ch[k].tok_end <= i) { prev = k; break; }
            if (prev >= 0 && c->ch[prev].type == AN_CH_NP) {
                c->pending = AN_CLAUSE_RELATIVE;
                c->antecedent = prev;
                c->link = (int32_t)i;
                if (c->subj == prev) { c->outer = prev; c->subj = -1; }
            }
        } else if (t->pos == AN_POS_IN && (tok_is(body, t, "that") || tok_is(body, t, "whether"))) {
            c->pending = (vclass(c, c->cur >= 0 ? clause_at(c, c->cur)->vg : -1) & LX_SPEECH) ? AN_CLAUSE_REPORTED : AN_CLAUSE_SUBORDINATE;
            c->pending_parent = c->cur;
            c->link = (int32_t)i;
        } else if (t->pos == AN_POS_WRB) {
            c->pending = AN_CLAUSE_SUBORDINATE;
            c->pending_parent = c->cur;
            c->link = (int32_t)i;
        }
    }
}

/* A preposition that opens a clause: "if", "because", "after Russia attacked". */
static int subordinator(clctx *c, int32_t i) {
    const an_chunk *pp = &c->ch[i];
    uint32_t cls = lex_lemma_classes(c->b->lx, pp->lemma);
    if (!(cls & LX_SUBORD) || !clause_follows(c, i)) return 0;
    c->pending = (cls & LX_COND) ? AN_CLAUSE_CONDITIONAL : AN_CLAUSE_SUBORDINATE;
    c->pending_parent = c->cur;
    c->link = pp->head;
    c->subj = -1;
    return 1;
}

static void noun_phrase(clctx *c, int32_t i) {
    const an_chunk *np = &c->ch[i];
    if (np->flags & (AN_NP_POSSESSIVE | AN_NP_APPOSITIVE | AN_NP_CONJUNCT)) return;
    if (c->prep >= 0) {
        int32_t prep = c->ch[c->prep].head;
        c->prep = -1;
        if (c->cur < 0 && c->subj >= 0) return;                  /* "the leader of Russia" */
        if (c->cur < 0) { if (c->pre_start < 0) c->pre_start = i; return; }
        an_clause *k = clause_at(c, c->cur);
        int by = tok_is(c->b->body, &c->tk[prep], "by");
        if (by && k->vg >= 0 && c->ch[k->vg].voice == AN_VOICE_PASSIVE && k->agent < 0) {
            k->agent = i;
            add_arg(c, c->cur, i, prep, AN_ROLE_AGENT);
        } else add_arg(c, c->cur, i, prep, AN_ROLE_POBJ);
        return;
    }
    int subject_like = before_finite_verb(c, i);
    if (subject_like && c->cur >= 0 && c->outer >= 0 && clause_at(c, c->cur)->kind == AN_CLAUSE_RELATIVE &&
        clause_at(c, c->cur)->vg == i - 1 && c->ch[i - 1].tok_end == np->tok_start)
        subject_like = 0;                                       /* "the soldiers who fired the shots were" */
    if (c->cur >= 0 && !subject_like && c->pending < 0 && !c->hard) {
        int32_t at;
        if (has_role(c, c->cur, AN_ROLE_DOBJ, &at)) {
            an_arg *a = &c->b->an->args[at];
            int32_t prev = last_chunk_before(c, i);
            if (prev >= 0 && c->ch[prev].tok_end == np->tok_start && !has_role(c, c->cur, AN_ROLE_IOBJ, NULL) &&
                (a->chunk == prev || (c->ch[a->chunk].coord >= 0))) {
                a->role = AN_ROLE_IOBJ;
                add_arg(c, c->cur, i, -1, AN_ROLE_DOBJ);
            }
            return;
        }
        add_arg(c, c->cur, i, -1, AN_ROLE_DOBJ);
        return;
    }
    if (c->subj < 0 || subject_like) c->subj = i;
}

/* Marks a governing verb passes to the infinitive after it. */
static uint32_t inherited_marks(const clctx *c, int32_t parent) {
    if (parent < 0) return 0;
    const an_clause *p = &c->b->an->clauses[parent];
    uint32_t cls = vclass(c, p->vg), m = p->marks & ~(uint32_t)(AN_MARK_INTENDED | AN_MARK_THREATENED | AN_MARK_ATTEMPTED);
    if (cls & LX_NEGATIVE) m ^= AN_MARK_NEGATED;
    if (cls & LX_INTEND) m |= AN_MARK_INTENDED;
    if (cls & LX_THREATEN) m |= AN_MARK_THREATENED;
    if (cls & LX_ATTEMPT) m |= AN_MARK_ATTEMPTED;
    return m;
}

static void infinitive(clctx *c, int32_t vg) {
    int32_t parent = c->cur, k = new_clause(c, AN_CLAUSE_INFINITIVAL, vg);
    an_clause *cl = clause_at(c, k);
    cl->parent = parent;
    cl->link = (int32_t)c->ch[vg].tok_start;
    if (parent >= 0) {
        an_clause *p = clause_at(c, parent);
        int32_t at;
        if ((vclass(c, p->vg) & LX_OBJ_CONTROL) && has_role(c, parent, AN_ROLE_DOBJ, &at)) cl->subject = c->b->an->args[at].chunk;
        else cl->subject = p->subject;
        cl->flags |= AN_CL_SUBJ_CONTROL;
        cl->marks |= inherited_marks(c, parent);
    }
    c->cur = k;
}

static void participle(clctx *c, int32_t vg) {
    int32_t prev = last_chunk_before(c, vg);
    int direct = prev >= 0 && c->ch[prev].type == AN_CH_NP && c->ch[prev].tok_end == c->ch[vg].tok_start;
    int32_t k = new_clause(c, direct ? AN_CLAUSE_RELATIVE : AN_CLAUSE_SUBORDINATE, vg);
    an_clause *cl = clause_at(c, k);
    if (direct) {
        int32_t np = prev;
        while (np > c->c0 && (c->ch[np].flags & AN_NP_CONJUNCT)) np--;
        cl->subject = np;
        cl->flags |= AN_CL_SUBJ_ANTECEDENT;
        cl->parent = c->cur;
        if (c->subj == np) { c->outer = np; c->subj = -1; }
    } else cl->parent = c->cur;
    c->cur = k;
}

static void relative(clctx *c, int32_t k) {
    an_clause *cl = clause_at(c, k);
    cl->link = c->link;
    for (int32_t j = (int32_t)c->b->an->nclauses - 1; j-- > 0 && j >= (int32_t)c->s->clause_start;) {
        an_clause *o = clause_at(c, j);
        if (o->subject == c->antecedent) { cl->parent = j; break; }
        for (uint32_t a = o->arg_start; a < o->arg_end; a++)
            if (c->b->an->args[a].chunk == c->antecedent) { cl->parent = j; break; }
        if (cl->parent >= 0) break;
    }
    if (c->subj >= 0 && c->subj != c->antecedent) {
        cl->subject = c->subj;                               /* "the plan that Russia sent" */
        add_arg(c, k, c->antecedent, -1, AN_ROLE_DOBJ);
    } else {
        cl->subject = c->antecedent;
        cl->flags |= AN_CL_SUBJ_ANTECEDENT;
    }
}

static void finite(clctx *c, int32_t vg) {
    int32_t k;
    if (c->pending >= 0) {
        k = new_clause(c, (an_clause_kind)c->pending, vg);
        if (c->pending == AN_CLAUSE_RELATIVE) relative(c, k);
        else {
            an_clause *cl = clause_at(c, k);
            cl->subject = c->subj;
            cl->parent = c->pending_parent;
            cl->link = c->link;
        }
    } else if (c->cc && c->subj < 0 && c->cur >= 0) {
        const an_clause *o = clause_at(c, c->cur);
        int32_t conj = c->cur;
        while (clause_at(c, conj)->kind == AN_CLAUSE_INFINITIVAL && clause_at(c, conj)->parent >= 0) conj = clause_at(c, conj)->parent;
        o = clause_at(c, conj);
        an_clause_kind kind = (an_clause_kind)o->kind;
        int32_t subject = o->subject, parent = o->parent;
        k = new_clause(c, kind, vg);
        an_clause *cl = clause_at(c, k);
        cl->subject = subject;
        cl->parent = parent;
        cl->conj = conj;
        cl->flags |= AN_CL_SUBJ_SHARED;
    } else {
        int reported = c->subj >= 0 && c->cur >= 0 && !c->comma && !c->cc && !c->hard &&
                       (vclass(c, clause_at(c, c->cur)->vg) & LX_SPEECH);
        int32_t parent = reported ? c->cur : -1;
        k = new_clause(c, reported ? AN_CLAUSE_REPORTED : AN_CLAUSE_MAIN, vg);
        an_clause *cl = clause_at(c, k);
        cl->parent = parent;
        cl->subject = c->subj >= 0 ? c->subj : c->outer;
        if (c->subj < 0) c->outer = -1;
    }
    c->pending = -1;
    c->subj = -1;
    c->cur = k;
}

static void verb_group(clctx *c, int32_t vg) {
    const an_chunk *ch = &c->ch[vg];
    if (ch->flags & AN_VG_INFINITIVE) infinitive(c, vg);
    else if (ch->flags & AN_VG_PARTICIPLE) participle(c, vg);
    else finite(c, vg);
    if (c->pre_start >= 0) {
        for (int32_t j = c->pre_start; j < vg; j++)
            if (c->ch[j].type == AN_CH_PP && c->ch[j].object >= 0)
                add_arg(c, c->cur, c->ch[j].object, c->ch[j].head, AN_ROLE_POBJ);
        c->pre_start = -1;
    }
    c->cc = c->comma = c->hard = 0;
}

static void walk(clctx *c) {
    uint32_t prev_end = c->s->tok_start;
    for (int32_t i = c->c0; i < (int32_t)c->s->chunk_end; i++) {
        const an_chunk *ch = &c->ch[i];
        connectors(c, prev_end, ch->tok_start);
        prev_end = ch->tok_end;
        if (ch->type == AN_CH_VG) verb_group(c, i);
        else if (ch->type == AN_CH_NP) noun_phrase(c, i);
        else if (ch->type == AN_CH_PP) {
            if (!subordinator(c, i)) {
                c->prep = ch->object >= 0 ? i : -1;
                if (c->cur < 0 && c->subj < 0 && c->pre_start < 0 && ch->object >= 0) c->pre_start = i;
            }
        }
    }
}

/* ---- the whole sentence ---- */

static int top_kind(int k) { return k == AN_CLAUSE_MAIN; }

/* '"We will respond," the minister said.' and '..., said Lavrov.': a speech
 * clause after a comma or a closing quote governs the main clauses before it. */
static void speaker_after(clctx *c, int32_t k) {
    an_clause *cl = clause_at(c, k);
    if (cl->kind != AN_CLAUSE_MAIN || !(vclass(c, cl->vg) & LX_SPEECH)) return;
    for (int32_t j = k + 1; j < (int32_t)c->b->an->nclauses; j++)
        if (clause_at(c, j)->parent == k && clause_at(c, j)->kind == AN_CLAUSE_REPORTED) return;
    uint32_t first = c->ch[cl->vg].tok_start;
    if (cl->subject >= 0 && c->ch[cl->subject].tok_start < first) first = c->ch[cl->subject].tok_start;
    if (first <= c->s->tok_start) return;
    const an_token *before = &c->tk[first - 1];
    if (!tok_is(c->b->body, before, ",") && !(before->flags & AN_TOK_CLOSE_QUOTE)) return;
    int any = 0;
    for (int32_t j = (int32_t)c->s->clause_start; j < k; j++) {
        an_clause *o = clause_at(c, j);
        if (top_kind(o->kind) && o->parent < 0) { o->kind = AN_CLAUSE_REPORTED; o->parent = k; any = 1; }
    }
    (void)any;
}

/* "said Lavrov": the NP right after a speech verb with no subject. */
static void inverted_subject(clctx *c, int32_t k) {
    an_clause *cl = clause_at(c, k);
    if (cl->subject >= 0 || cl->vg < 0 || !(vclass(c, cl->vg) & LX_SPEECH)) return;
    int32_t np = cl->vg + 1;
    if (np >= (int32_t)c->s->chunk_end || c->ch[np].type != AN_CH_NP) return;
    while (np + 1 < (int32_t)c->s->chunk_end && (c->ch[np].flags & AN_NP_POSSESSIVE)) np++;
    cl->subject = np;
    cl->flags |= AN_CL_SUBJ_AFTER;
    for (uint32_t a = cl->arg_start; a < cl->arg_end; a++)
        if (c->b->an->args[a].chunk == np) {                  /* not its object after all */
            c->b->an->args[a] = c->b->an->args[cl->arg_end - 1];
            cl->arg_end--;
            break;
        }
}

static int32_t nearest_main(clctx *c, int32_t k) {
    int32_t s0 = (int32_t)c->s->clause_start, s1 = (int32_t)c->b->an->nclauses;
    for (int32_t j = k + 1; j < s1; j++) if (clause_at(c, j)->kind == AN_CLAUSE_MAIN) return j;
    for (int32_t j = k - 1; j >= s0; j--) if (clause_at(c, j)->kind == AN_CLAUSE_MAIN) return j;
    return -1;
}

static void attach(clctx *c, int32_t k) {
    an_clause *cl = clause_at(c, k);
    if (cl->parent >= 0 || cl->kind == AN_CLAUSE_MAIN || cl->kind == AN_CLAUSE_FRAGMENT) return;
    cl->parent = nearest_main(c, k);
    if (cl->parent >= 0 && cl->subject < 0 && (cl->kind == AN_CLAUSE_SUBORDINATE || cl->kind == AN_CLAUSE_INFINITIVAL) &&
        cl->vg >= 0 && !(c->ch[cl->vg].flags & AN_VG_FINITE)) {
        cl->subject = clause_at(c, cl->parent)->subject;
        cl->flags |= AN_CL_SUBJ_CONTROL;
    }
}

/* Marks that flow down the tree: reported speech and hypotheticals. */
static uint32_t context_marks(clctx *c, int32_t k) {
    uint32_t m = 0;
    for (int depth = 0; k >= 0 && depth < 32; depth++) {
        const an_clause *cl = clause_at(c, k);
        if (cl->kind == AN_CLAUSE_REPORTED) m |= AN_MARK_REPORTED;
        if (cl->kind == AN_CLAUSE_CONDITIONAL) m |= AN_MARK_HYPOTHETICAL;
        m |= cl->marks & (AN_MARK_HYPOTHETICAL | AN_MARK_REPORTED);
        k = cl->parent;
    }
    return m;
}

static void finish_marks(clctx *c) {
    int32_t s0 = (int32_t)c->s->clause_start, s1 = (int32_t)c->b->an->nclauses;
    for (int32_t k = s0; k < s1; k++) {       /* the clause an if-clause conditions is hypothetical too */
        an_clause *cl = clause_at(c, k);
        if (cl->kind == AN_CLAUSE_CONDITIONAL && cl->parent >= 0) clause_at(c, cl->parent)->marks |= AN_MARK_HYPOTHETICAL;
    }
    for (int32_t k = s0; k < s1; k++) {
        an_clause *cl = clause_at(c, k);
        cl->marks |= context_marks(c, k);
        if (cl->conj >= 0) cl->marks |= clause_at(c, cl->conj)->marks & (AN_MARK_REPORTED | AN_MARK_HYPOTHETICAL);
        if (cl->vg >= 0) c->ch[cl->vg].marks = cl->marks;
    }
}

static void extent(clctx *c, an_clause *cl) {
    uint32_t lo = UINT32_MAX, hi = 0;
    int32_t parts[4] = { cl->vg, cl->subject, cl->agent, -1 };
    for (int i = 0; i < 3; i++)
        if (parts[i] >= 0) {
            if (c->ch[parts[i]].tok_start < lo) lo = c->ch[parts[i]].tok_start;
            if (c->ch[parts[i]].tok_end > hi) hi = c->ch[parts[i]].tok_end;
        }
    for (uint32_t a = cl->arg_start; a < cl->arg_end; a++) {
        const an_chunk *np = &c->ch[c->b->an->args[a].chunk];
        if (np->tok_start < lo) lo = np->tok_start;
        if (np->tok_end > hi) hi = np->tok_end;
    }
    if (cl->link >= 0 && (uint32_t)cl->link < lo) lo = (uint32_t)cl->link;
    if (lo == UINT32_MAX) { lo = c->s->tok_start; hi = c->s->tok_end; }
    cl->tok_start = lo;
    cl->tok_end = hi;
}

static void fragment(clctx *c) {
    int32_t k = new_clause(c, AN_CLAUSE_FRAGMENT, -1);
    an_clause *cl = clause_at(c, k);
    for (int32_t i = c->c0; i < (int32_t)c->s->chunk_end; i++)
        if (c->ch[i].type == AN_CH_NP && !(c->ch[i].flags & (AN_NP_POSSESSIVE | AN_NP_APPOSITIVE | AN_NP_CONJUNCT))) {
            cl->subject = i;
            break;
        }
}

void an_clause_sentence(an_builder *b, an_sentence *s) {
    clctx c = { .b = b, .s = s, .tk = b->an->tokens, .ch = b->an->chunks, .c0 = (int32_t)s->chunk_start,
                .cur = -1, .subj = -1, .outer = -1, .prep = -1, .pending = -1, .link = -1, .antecedent = -1,
                .pending_parent = -1, .pre_start = -1 };
    s->clause_start = b->an->nclauses;
    if (!(s->flags & AN_SENT_DATELINE)) walk(&c);
    if (b->an->nclauses == s->clause_start) fragment(&c);
    s->clause_end = b->an->nclauses;
    for (int32_t k = (int32_t)s->clause_start; k < (int32_t)s->clause_end; k++) inverted_subject(&c, k);
    for (int32_t k = (int32_t)s->clause_start; k < (int32_t)s->clause_end; k++) speaker_after(&c, k);
    for (int32_t k = (int32_t)s->clause_start; k < (int32_t)s->clause_end; k++) attach(&c, k);
    finish_marks(&c);
    for (uint32_t k = s->clause_start; k < s->clause_end; k++) extent(&c, clause_at(&c, (int32_t)k));
}
