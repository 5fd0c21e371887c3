/* Actors the way TABARI reads them, used when a peer's verb dictionary
 * replaces ours (rs_dict_peer_mode): its patterns and test expectations
 * assume its actor reading, not our chains of titles and names.
 *
 * Only imported values count. Phrases match regardless of case, longest
 * first; the last word of a phrase written without `_` is a stem ("ARNOR"
 * matches "Arnorian"), and any last word takes a plural -s (manual 5.2.2-3).
 * An agent joins an actor when it stands right after it ("Gondor's
 * government", "Osgiliath soldiers"), right before it ("President Romendacil")
 * or before OF/IN and it ("the ambassadors of Arnor"); the agent code goes
 * after the actor's for `~GOV`, before it for `NGO~`, and is not repeated
 * when the actor's code already holds it on a 3-letter boundary; FORMER in
 * front makes the agent ELI (manual 5.4, 5.4.1). An agent with no actor is
 * not an actor. Null and discard codes leave a phrase uncoded. */
#include "resolve_int.h"
#include <ctype.h>
#include <stdio.h>
#include <string.h>

typedef struct pitem {
    int w0, w1;
    int32_t val;
    int agent;                    /* an RV_AGENT value */
} pitem;

/* Whether value k fits as a peer value: exact, or a stem when `stem`. */
static int32_t peer_val(const rs_dict *d, const rs_slot *s, int stem) {
    for (int32_t k = s ? s->val : -1; k >= 0; k = d->vals[k].next) {
        const rs_val *v = &d->vals[k];
        if (!(v->peer & RS_PEER) || v->type == RV_PLACE) continue;
        if (!stem || (v->peer & RS_PEER_STEM)) return k;
    }
    return -1;
}

/* The value for key + the last word `w` (n bytes): the word itself, less a
 * plural s, or, for stems, its longest prefix of 3 letters or more. */
static int32_t last_word(const rs_dict *d, char *key, size_t at, const char *w, size_t n) {
    memcpy(key + at, w, n);
    int32_t v = peer_val(d, rs_lookup(d, key, at + n), 0);
    if (v < 0 && n > 3 && w[n - 1] == 's') v = peer_val(d, rs_lookup(d, key, at + n - 1), 0);
    for (size_t len = n - 1; v < 0 && len >= 3; len--) v = peer_val(d, rs_lookup(d, key, at + len), 1);
    return v;
}

/* Longest peer phrase starting at word i: its length, with *val. */
static int match_peer(const rs_ctx *c, int i, int32_t *val) {
    char key[1024], w[256];
    size_t kn = 0;
    int best = 0;
    for (int j = i; j < c->nw && j - i < RS_MAX_PHRASE; j++) {
        if (c->w[j].flags & RW_PUNCT) break;
        if (j > i && (c->w[j].flags & RW_SENT)) break;
        if (j > i) key[kn++] = ' ';
        size_t n = rs_norm(c->t, &c->w[j], w, sizeof w);
        if (kn + n + 2 >= sizeof key) break;
        int32_t v = last_word(c->d, key, kn, w, n);
        if (v >= 0) { best = j + 1 - i; *val = v; }
        memcpy(key + kn, w, n);
        kn += n;
        const rs_slot *s = rs_lookup(c->d, key, kn);
        if (!s || !(s->flags & RS_SLOT_PREFIX)) break;
    }
    return best;
}

/* The actor's code on the article's date; NULL for null and discard codes. */
static const char *actor_code(const rs_ctx *c, const rs_val *v) {
    const rs_entity *e = &c->d->ents[v->ent];
    const char *code = e->code, *open = NULL;
    for (int k = 0; k < e->nroles && code == e->code; k++) {
        const rs_role *r = &c->d->roles[e->role0 + k];
        int dated = r->from > 0 || r->until < 99999999;
        if (!dated) { if (!open) open = r->code; continue; }   /* the default: only if no restriction holds */
        if (c->date && r->from <= c->date && c->date <= r->until) code = r->code;
    }
    if (!code) code = open;
    return code && isalnum((unsigned char)code[0]) ? code : NULL;
}

/* Does `code` hold `part` on a 3-letter boundary? */
static int holds(const char *code, const char *part) {
    size_t n = strlen(code), k = strlen(part);
    for (size_t at = 0; at + k <= n; at += 3)
        if (!strncmp(code + at, part, k)) return 1;
    return 0;
}

/* Actor code joined with agent code `ag` ("~GOV", "NGO~") into buf. */
static void join_agent(const char *actor, const char *ag, int former, char *buf, size_t n) {
    char part[32];
    size_t k = 0;
    for (const char *p = former ? "ELI" : ag; *p && k + 1 < sizeof part; p++) if (*p != '~') part[k++] = *p;
    part[k] = 0;
    if (!k || holds(actor, part)) snprintf(buf, n, "%s", actor);
    else if (ag[0] == '~' || former) snprintf(buf, n, "%s%s", actor, part);
    else snprintf(buf, n, "%s%s", part, actor);
}

/* A compound code "FRO/BIL" gets the agent on each part. */
static void compose(const char *actor, const char *ag, int former, char *buf, size_t n) {
    size_t k = 0;
    buf[0] = 0;
    for (const char *p = actor; *p && k + 1 < n;) {
        const char *e = strchr(p, '/');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        char one[64], joined[96];
        snprintf(one, sizeof one, "%.*s", (int)len, p);
        join_agent(one, ag, former, joined, sizeof joined);
        k += (size_t)snprintf(buf + k, n - k, "%s%s", k ? "/" : "", joined);
        if (k >= n) { buf[n - 1] = 0; return; }
        p = e ? e + 1 : p + len;
    }
}

/* The agent item that joins actor item a, or -1; *lo and *hi widen the span. */
static int agent_of(const rs_ctx *c, const pitem *it, int n, int a, int *lo, int *hi) {
    int after = it[a].w1 + (it[a].w1 < c->nw && (c->w[it[a].w1].flags & RW_POSS));
    for (int k = 0; k < n; k++) {
        if (!it[k].agent) continue;
        if (it[k].w0 == after) { *hi = it[k].w1; return k; }
        if (it[k].w1 == it[a].w0) { *lo = it[k].w0; return k; }
    }
    for (int k = 0; k < n; k++)                       /* "ambassadors of Arnor", "lawmakers in Gondor" */
        if (it[k].agent && it[k].w1 + 1 == it[a].w0 && (rs_word_is(c, it[k].w1, "of") || rs_word_is(c, it[k].w1, "in"))) {
            *lo = it[k].w0;
            return k;
        }
    for (int k = 0; k < n; k++)                       /* "the government of the Gondor" */
        if (it[k].agent && it[k].w1 + 2 == it[a].w0 && (rs_word_is(c, it[k].w1, "of") || rs_word_is(c, it[k].w1, "in")) &&
            rs_word_is(c, it[k].w1 + 1, "the")) {
            *lo = it[k].w0;
            return k;
        }
    return -1;
}

static void add_actor(rs_ctx *c, const pitem *it, int n, int a) {
    const rs_val *v = &c->d->vals[it[a].val];
    const char *code = actor_code(c, v);
    if (!code) return;
    int lo = it[a].w0, hi = it[a].w1;
    int g = agent_of(c, it, n, a, &lo, &hi);
    char buf[256];
    if (g >= 0) {
        const char *ag = c->d->vals[it[g].val].peer_code;
        int former = rs_word_is(c, it[g].w0 - 1, "former") || rs_word_is(c, it[a].w0 - 1, "former");
        compose(code, ag ? ag : "", former, buf, sizeof buf);
        code = buf;
    }
    const char *name = an_arena_strndup(c->arena, c->t + c->w[it[a].w0].start, c->w[it[a].w1 - 1].end - c->w[it[a].w0].start);
    rs_actor_spec s = { -1, code, name, code, NULL, NULL, 0, 0 };
    rs_add_mention(c, rs_actor(c, &s), lo, hi);
}

void rs_resolve_peer(rs_ctx *c) {
    pitem *it = an_arena_alloc(c->arena, ((size_t)c->nw + 1) * sizeof *it);
    int n = 0;
    for (int i = 0; i < c->nw;) {
        int32_t v = -1;
        int len = (c->w[i].flags & (RW_PUNCT | RW_POSS)) ? 0 : match_peer(c, i, &v);
        if (!len) { i++; continue; }
        it[n++] = (pitem){ i, i + len, v, c->d->vals[v].type == RV_AGENT };
        i += len;
    }
    for (int k = 0; k < n; k++)
        if (!it[k].agent && c->d->vals[it[k].val].ent >= 0) add_actor(c, it, n, k);
}
