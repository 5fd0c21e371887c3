/* Sentence boundaries inside one paragraph. A period, question or exclamation
 * mark ends a sentence when the next word could start one; closing quotes and
 * brackets after it stay with the sentence they close. An abbreviation's
 * period ends a sentence only before a capitalised function word ("in the
 * U.S. The ..."), never after a title or an initial ("Gen. Smith", "John F.
 * Kennedy"). A dateline ("WASHINGTON (Reuters) -") and each list item is a
 * sentence of its own. */
#include "internal.h"
#include <string.h>

static int tchar(const an_builder *b, const an_token *t, char c) {
    return t->end - t->start == 1 && b->body[t->start] == c;
}

static int closes(const an_builder *b, const an_token *t) {
    return (t->flags & AN_TOK_CLOSE_QUOTE) || tchar(b, t, ')') || tchar(b, t, ']');
}

static int is_terminal(const an_builder *b, const an_token *t) {
    if (t->kind == AN_TK_ELLIPSIS) return 1;
    if (t->kind != AN_TK_PUNCT) return 0;
    char c = b->body[t->start];
    return c == '.' || c == '?' || c == '!';
}

/* Could t start a sentence? Lower-case words cannot. */
static int starts_sentence(const an_builder *b, const an_token *t) {
    if (t->kind == AN_TK_WORD) return (t->flags & AN_TOK_CAP) != 0;
    if (t->kind == AN_TK_NUMBER || t->kind == AN_TK_QUOTE || t->kind == AN_TK_HANDLE) return 1;
    return tchar(b, t, '(') || t->kind == AN_TK_SYMBOL || t->kind == AN_TK_DASH;
}

static uint32_t classes_of(const an_builder *b, const an_token *t) {
    char w[LX_MAX_WORD];
    size_t n = an_token_lower(b->body, t, w, sizeof w);
    if (n && w[n - 1] == '.') n--;
    return n ? lex_classes(b->lx, w, n) : 0;
}

/* After an abbreviation: does t look like the first word of a new sentence? */
static int function_word_start(const an_builder *b, const an_token *t) {
    if (t->kind == AN_TK_QUOTE) return 1;
    if (t->kind != AN_TK_WORD || !(t->flags & AN_TOK_CAP) || (t->flags & AN_TOK_ALLCAPS)) return 0;
    return (classes_of(b, t) & LX_CLOSED) != 0;
}

static int abbrev_ends(const an_builder *b, const an_token *t, const an_token *next) {
    uint32_t len = t->end - t->start;
    if (len == 2 && b->body[t->start] >= 'A' && b->body[t->start] <= 'Z') return 0;   /* initial */
    uint32_t c = classes_of(b, t);
    if (c & LX_ABBR_TITLE) return 0;
    return function_word_start(b, next);
}

static int is_list_start(const an_builder *b, const an_token *t, const an_token *end) {
    if (!(t->flags & AN_TOK_LINE_START)) return 0;
    if (t->kind == AN_TK_SYMBOL && (t->end - t->start > 1 || strchr("*+", b->body[t->start]))) return 1;
    if (t->kind == AN_TK_DASH) return 1;
    return t->kind == AN_TK_NUMBER && t + 1 < end && t->end - t->start <= 3 &&
           (tchar(b, t + 1, '.') || tchar(b, t + 1, ')'));
}

/* "WASHINGTON (Reuters) -" or "MOSCOW, March 3 -": capitalised words, commas,
 * numbers and a bracketed source, then a dash, within the first ten tokens. */
static uint32_t dateline_end(const an_builder *b, uint32_t t0, uint32_t t1) {
    const an_token *tk = b->an->tokens;
    int caps = 0, depth = 0;
    for (uint32_t i = t0; i < t1 && i < t0 + 10; i++) {
        const an_token *t = &tk[i];
        if (t->kind == AN_TK_DASH) return caps && !depth && i > t0 ? i + 1 : 0;
        if (tchar(b, t, '(')) depth++;
        else if (tchar(b, t, ')')) depth--;
        else if (t->flags & AN_TOK_ALLCAPS) caps++;
        else if (!(t->flags & AN_TOK_CAP) && t->kind != AN_TK_NUMBER && !tchar(b, t, ',') && !depth) return 0;
    }
    return 0;
}

static void add_sentence(an_builder *b, uint32_t t0, uint32_t t1, uint32_t flags) {
    if (t0 >= t1) return;
    an_sentence *s = VEC_PUSH(b, b->an->sentences, b->an->nsentences, b->cap_sent);
    an_token *tk = b->an->tokens;
    s->tok_start = t0;
    s->tok_end = t1;
    s->start = tk[t0].start;
    s->end = tk[t1 - 1].end;
    s->flags = flags;
    if (tk[t0].flags & (AN_TOK_IN_QUOTE | AN_TOK_OPEN_QUOTE)) s->flags |= AN_SENT_QUOTED;
    if (is_list_start(b, &tk[t0], tk + t1)) s->flags |= AN_SENT_LIST_ITEM;
    for (uint32_t i = t0; i < t1; i++)
        if (tk[i].kind != AN_TK_QUOTE && !(tk[i].kind == AN_TK_PUNCT && tchar(b, &tk[i], '('))) {
            tk[i].flags |= AN_TOK_SENT_START;
            break;
        }
}

/* Index just past the end of the sentence that ends at or after token i, or 0
 * if no sentence ends at i. */
static uint32_t boundary_at(const an_builder *b, uint32_t i, uint32_t t1) {
    const an_token *tk = b->an->tokens;
    if (is_terminal(b, &tk[i])) {
        uint32_t j = i + 1;
        while (j < t1 && closes(b, &tk[j])) j++;
        if (j >= t1) return t1;
        if (tk[i].kind == AN_TK_ELLIPSIS && !(tk[j].flags & AN_TOK_CAP)) return 0;
        return starts_sentence(b, &tk[j]) ? j : 0;
    }
    if ((tk[i].flags & AN_TOK_ABBREV) && i + 1 < t1 && abbrev_ends(b, &tk[i], &tk[i + 1])) return i + 1;
    if (i + 1 < t1 && i + 1 < t1 && is_list_start(b, &tk[i + 1], tk + t1)) return i + 1;
    return 0;
}

void an_split_sentences(an_builder *b, uint32_t t0, uint32_t t1) {
    uint32_t start = t0, d = dateline_end(b, t0, t1);
    if (d && d < t1) { add_sentence(b, t0, d, AN_SENT_DATELINE); start = d; }
    for (uint32_t i = start; i < t1;) {
        uint32_t j = boundary_at(b, i, t1);
        if (!j && i + 1 - start >= AN_MAX_SENT_TOKENS) j = i + 1;
        /* closing quotes after a full stop extend a sentence too: the cap
         * holds for them as well, since later stages size arrays by it */
        if (j && j - start > AN_MAX_SENT_TOKENS) j = start + AN_MAX_SENT_TOKENS;
        if (j) {
            add_sentence(b, start, j, 0);
            start = i = j;
        } else i++;
    }
    add_sentence(b, start, t1, 0);
}
