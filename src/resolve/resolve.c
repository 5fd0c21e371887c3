/* Resolving one article: dictionary phrases, unknown names coded from their
 * titles and appositives, and references back to people already named.
 *
 * The body is split into words (words.c), dictionary phrases are matched
 * longest-first (match_all), then one left-to-right walk reads each sentence as
 * a sequence of "chains": the modifiers and title words in front of a name
 * ("retired French Gen.", "Russian investment envoy", "Kremlin spokesman").
 * A chain followed by a name codes that name; a chain without a name is a group
 * ("Russian troops"), a definite description of someone already named ("the
 * envoy", "the Russian leader"), or just the countries and organisations in it. */
#include "resolve_int.h"
#include "../analyse/analyse.h"
#include "../core/ascii.h"
#include <stdio.h>
#include <string.h>

/* ---- small word tests ---- */

/* Is word i the lower-case word s, ignoring ASCII case? */
int rs_word_is(const rs_ctx *c, int i, const char *s) {
    return i >= 0 && i < c->nw && an_ascii_span_is(c->t + c->w[i].start, c->w[i].end - c->w[i].start, s);
}

/* Is word i in one of the RL_* lists? */
static int word_in(const rs_ctx *c, int i, uint32_t classes) {
    return i >= 0 && i < c->nw && (c->cls[i] & classes);
}

/* Each word's list classes, looked up once for all the tests. */
static void classify_words(rs_ctx *c) {
    c->cls = an_arena_alloc(c->arena, (size_t)c->nw * sizeof *c->cls);
    for (int i = 0; i < c->nw; i++)
        c->cls[i] = an_wordset_get(c->d->lists, c->t + c->w[i].start, c->w[i].end - c->w[i].start);
}

static int is_punct(const rs_ctx *c, int i, char ch) {
    return i >= 0 && i < c->nw && (c->w[i].flags & RW_PUNCT) && c->t[c->w[i].start] == ch;
}

/* Capitalised words that start sentences but are not names. */
static int not_a_name(const rs_ctx *c, int i) {
    return word_in(c, i, RL_NOT_NAME);
}

/* Words that make a capitalised sequence an organisation or a place, not a person. */
static int org_word(const rs_ctx *c, int i) {
    return word_in(c, i, RL_ORG);
}

static int particle(const rs_ctx *c, int i) {
    return (c->w[i].flags & RW_LOWER) && word_in(c, i, RL_PARTICLE);
}

/* ---- dictionary matching ---- */

static const rs_val *val_of(const rs_ctx *c, const rs_match *m) { return &c->d->vals[m->val]; }

static int is_agent_at(const rs_ctx *c, int j) {
    return j < c->nw && c->match_at[j] >= 0 && c->d->vals[c->matches[c->match_at[j]].val].type == RV_AGENT;
}

static const rs_entity *ent_of(const rs_ctx *c, const rs_match *m) {
    const rs_val *v = val_of(c, m);
    return v->ent >= 0 && v->type != RV_PLACE ? &c->d->ents[v->ent] : NULL;     /* a place's ent is a city */
}

/* Does value v fit the text at [i, i + len): capitals where the dictionary has
 * them (names), or exactly as written (case-sensitive abbreviations)? */
static int fits(const rs_ctx *c, const rs_val *v, int i, int len) {
    if (v->cs && c->caps_text) return 0;          /* "WHO" in a text in capitals may be "who" */
    if (c->lowercase_text && v->type != RV_AGENT) return !v->cs;
    if (v->cs) {
        const char *p = v->written;
        for (int k = 0; k < len; k++) {
            size_t n = c->w[i + k].end - c->w[i + k].start;
            if (strncmp(p, c->t + c->w[i + k].start, n)) return 0;
            p += n;
            if (*p == ' ') p++;
            else if (k + 1 < len) return 0;
        }
        return *p == 0;
    }
    if (v->type == RV_AGENT) return 1;
    for (int k = 0; k < len && k < 32; k++)
        if ((v->capmask >> k & 1) && !(c->w[i + k].flags & (RW_CAP | RW_DIGIT))) return 0;
    return 1;
}

/* The role of a person on the article's date; undated articles use the most recent. */
static const rs_role *role_on(const rs_dict *d, int32_t ent, int32_t date) {
    const rs_entity *e = &d->ents[ent];
    const rs_role *best = NULL;
    for (int k = 0; k < e->nroles; k++) {
        const rs_role *r = &d->roles[e->role0 + k];
        if (date && (r->from > date || r->until < date)) continue;
        if (!best || r->from > best->from) best = r;
    }
    return best;
}

static int place_preposition(const rs_ctx *c, int i);

/* Is [i, i + len) used as a place: after "in", "at" ... or as a dateline? */
static int place_use(const rs_ctx *c, int i, int len) {
    return place_preposition(c, i) || word_in(c, i - 1, RL_FROM_TO) ||
           (i == 0 && i + len < c->nw && (c->w[i + len].flags & RW_PUNCT) && !is_punct(c, i + len, '.'));
}

/* First fitting value, preferring a person whose role is valid on the date. */
static int32_t pick(const rs_ctx *c, const rs_slot *s, int i, int len) {
    int32_t first = -1;
    for (int32_t k = s->val; k >= 0; k = c->d->vals[k].next) {
        const rs_val *v = &c->d->vals[k];
        if (!fits(c, v, i, len) || (v->type == RV_PLACE && !place_use(c, i, len))) continue;
        if (first < 0) first = k;
        if (v->ent < 0 || v->type == RV_PLACE || c->d->ents[v->ent].kind != RK_PERSON || role_on(c->d, v->ent, c->date)) return k;
    }
    return first;
}

static void add_match(rs_ctx *c, int w0, int w1, int32_t val) {
    if (c->nmatches == c->capmatches) {
        int nc = c->capmatches ? c->capmatches * 2 : 64;
        c->matches = an_arena_grow(c->arena, c->matches, (size_t)c->capmatches, (size_t)nc, sizeof *c->matches);
        c->capmatches = nc;
    }
    c->match_at[w0] = c->nmatches;
    c->matches[c->nmatches++] = (rs_match){ w0, w1, val };
}

/* Longest dictionary phrase starting at word i; returns its length or 0. */
static int match_at(rs_ctx *c, int i) {
    char key[1024];
    size_t kn = 0;
    uint32_t h = AN_FNV_START;
    int best = 0;
    int32_t bestv = -1;
    const char *kp = key;          /* the key looked up: the first word's form in place, as most end there */
    for (int j = i; j < c->nw && j - i < RS_MAX_PHRASE; j++) {
        if (j > i) {
            if (c->w[j].flags & RW_SENT && !(c->w[j].flags & RW_GLUED)) break;
            if (kp != key) { memcpy(key, kp, kn); kp = key; }
            key[kn++] = ' ';
            h = an_fnv_byte(h, ' ');
        }
        /* the word's form, cut as rs_norm into the rest of key would cut it */
        const char *form = c->nm.text + c->nm.off[j];
        size_t len = c->nm.len[j], room = sizeof key - kn - 2;
        if (j == i && len <= room) {
            kp = form;
            h = c->nm.fnv[j];
            kn = len;
        } else {
            if (len > room) len = room;
            memcpy(key + kn, form, len);
            h = an_fnv(h, form, len);
            kn += len;
        }
        const rs_slot *s = rs_lookup_fnv(c->d, kp, kn, h);
        if (!s) break;
        if (s->val >= 0) {
            int32_t v = pick(c, s, i, j + 1 - i);
            if (v >= 0) { best = j + 1 - i; bestv = v; }
        }
        if (!(s->flags & RS_SLOT_PREFIX) || kn > sizeof key - 64) break;
    }
    if (best) add_match(c, i, i + best, bestv);
    return best;
}

/* "New Jersey", "West Virginia": a place name made of a compass word or "New"
 * and a country's name is not that country. */
static int place_prefix(const rs_ctx *c, int i) {
    return i > 0 && (c->w[i - 1].flags & RW_CAP) && !(c->w[i].flags & RW_SENT) && word_in(c, i - 1, RL_PLACE_PREFIX);
}

static void match_all(rs_ctx *c) {
    rs_norm_words(c->t, c->w, c->nw, c->arena, &c->nm);
    for (int i = 0; i < c->nw;) {
        if (c->w[i].flags & (RW_PUNCT | RW_POSS)) { i++; continue; }
        int n = match_at(c, i);
        if (n && place_prefix(c, i)) {
            const rs_match *m = &c->matches[--c->nmatches];
            const rs_entity *e = ent_of(c, m);
            if (e && e->kind == RK_COUNTRY && c->d->vals[m->val].type != RV_METONYM) c->match_at[i] = -1;
            else c->nmatches++;
        }
        i += n ? n : 1;
    }
}

/* ---- chains ---- */

typedef struct chain {
    int active, w0, last;          /* words [w0, last) */
    int det;                       /* "the" right before */
    const char *country;           /* from a country name, adjective, capital or metonym */
    const char *met_sector;
    int32_t org;                   /* organisation entity, or -1 */
    int32_t agent;                 /* agent value, or -1 */
    int agent_w0, agent_w1;
    int poss, free;
    int former;                    /* "former", "then-", "ex-": the title is not held now */
    rs_match items[8]; int nitems; /* countries and organisations to report if nothing consumes them */
} chain;

static void chain_reset(chain *ch) {
    memset(ch, 0, sizeof *ch);
    ch->org = ch->agent = -1;
}


/* a then b in buf, cut to n - 1 bytes as snprintf "%s%s" would: codes are
 * joined for every actor mention, and snprintf's format parsing cost more
 * than the rest of building the code. */
static const char *join_code(char *buf, size_t n, const char *a, const char *b) {
    size_t k = 0;
    for (; *a && k + 1 < n; a++) buf[k++] = *a;
    for (; *b && k + 1 < n; b++) buf[k++] = *b;
    buf[k] = 0;
    return buf;
}

/* The code a chain gives: an organisation's own code, else a country with the
 * metonym's or the agent's sector. NULL when there is no country or org. */
static const char *chain_code(rs_ctx *c, const chain *ch) {
    const char *sector = ch->met_sector ? ch->met_sector : ch->agent >= 0 ? c->d->vals[ch->agent].sector : NULL;
    if (ch->org >= 0) return c->d->ents[ch->org].code;
    if (!ch->country) return NULL;
    char buf[16];
    return an_arena_strdup(c->arena, join_code(buf, sizeof buf, ch->country, sector ? sector : ""));
}

static const char *text_of(rs_ctx *c, int w0, int w1) {
    return an_arena_strndup(c->arena, c->t + c->w[w0].start, c->w[w1 - 1].end - c->w[w0].start);
}

static const char *agent_text(rs_ctx *c, const chain *ch) {
    if (ch->agent < 0) return NULL;
    char buf[200];
    size_t n = 0;
    for (int i = ch->agent_w0; i < ch->agent_w1 && n + 2 < sizeof buf; i++) {
        if (n && !(c->w[i].flags & RW_GLUED)) buf[n++] = ' ';
        n += rs_norm(c->t, &c->w[i], buf + n, sizeof buf - n);
    }
    buf[n] = 0;
    return an_arena_strdup(c->arena, buf);
}

/* ---- people ---- */

/* The code a title gives a person: none for former holders; the article's
 * main country when the title names none ("Senator Bob Corker" in a US story). */
static const char *person_code(rs_ctx *c, const chain *ch) {
    if (ch->former && ch->agent >= 0) return ch->country;       /* we know the country, not the office now */
    const char *code = chain_code(c, ch);
    if (code || ch->agent < 0 || !c->context) return code;
    char buf[16];
    return an_arena_strdup(c->arena, join_code(buf, sizeof buf, c->context, c->d->vals[ch->agent].sector));
}


/* Remember the last word of a person's name, so that a later bare surname
 * ("Witkoff", "Fix") points back to them. */
static void add_surname(rs_ctx *c, int32_t act, const char *name) {
    const char *sp = strrchr(name, ' ');
    const char *last = sp ? sp + 1 : name;
    if (strlen(last) < 2) return;
    if (c->nsn == c->capsn) {
        int nc = c->capsn ? c->capsn * 2 : 16;
        c->sn = an_arena_grow(c->arena, c->sn, (size_t)c->capsn, (size_t)nc, sizeof *c->sn);
        c->capsn = nc;
    }
    char buf[128];
    size_t n = 0;
    for (; last[n] && n + 1 < sizeof buf; n++) buf[n] = (char)an_ascii_lower((unsigned char)last[n]);
    buf[n] = 0;
    c->sn[c->nsn++] = (rs_surname){ an_arena_strdup(c->arena, buf), act };
}

/* The person whose surname is word i, most recent first; -1 if none. */
static int32_t surname_actor(const rs_ctx *c, int i) {
    char buf[128];
    rs_norm(c->t, &c->w[i], buf, sizeof buf);
    for (int k = c->nsn - 1; k >= 0; k--)
        if (!strcmp(c->sn[k].norm, buf)) return c->sn[k].act;
    return -1;
}

static int32_t person_mention(rs_ctx *c, const rs_actor_spec *s, int w0, int w1) {
    int32_t a = rs_actor(c, s);
    if (w1 < c->nw && (c->w[w1].flags & RW_POSS) && c->acts[a].code) {     /* "Trump's budget director" */
        c->poss_code = c->acts[a].code;
        c->poss_end = w1 + 1;
    }
    int fresh = c->acts[a].nm == 0;
    rs_add_mention(c, a, w0, w1);
    if (fresh) add_surname(c, a, c->acts[a].name);
    return a;
}

/* A dictionary person: the role valid on the date, else the chain's code (learned). */
static int appositive(rs_ctx *c, int e, chain *ap);

static void dict_person(rs_ctx *c, const chain *ch, const rs_match *m, int w0) {
    const rs_val *v = val_of(c, m);
    const rs_role *r = role_on(c->d, v->ent, c->date);
    rs_actor_spec s = { v->ent, NULL, c->d->ents[v->ent].name, NULL, NULL, NULL, 0, 1 };
    chain ap;
    if (r) { s.code = r->code; s.role = r->role; }
    else if (ch->active && ch->last == w0 && ch->agent >= 0) {
        s.code = person_code(c, ch);
        s.role = agent_text(c, ch);
        s.learned = s.code != NULL;
    } else if (appositive(c, m->w1, &ap)) {                       /* no role on this date: what the text says */
        s.code = person_code(c, &ap);
        s.role = agent_text(c, &ap);
        s.learned = s.code != NULL;
    }
    person_mention(c, &s, w0, m->w1);
}

/* A newly learned person, coded from the text. */
static void learned_person(rs_ctx *c, int w0, int w1, const char *code, const char *role, const char *sector) {
    const char *name = text_of(c, w0, w1);
    char key[300];
    snprintf(key, sizeof key, "p:%s", name);
    rs_actor_spec s = { -1, key, name, code, role, sector, code != NULL, 1 };
    person_mention(c, &s, w0, w1);
}

/* "Trump's adviser", "Putin's spokesman": staff of a coded person share the
 * person's country and sector, as a metonym would give them. */
static void possessor(rs_ctx *c, chain *ch, const char *code) {
    const char *country, *sector;
    rs_code_parts(c, code, &country, &sector);
    if (!country) return;
    ch->active = 1;
    ch->country = country;
    ch->met_sector = sector;
}

/* Feed one dictionary match into a chain's country / organisation / agent. */
static void chain_take(rs_ctx *c, chain *ch, const rs_match *m) {
    const rs_val *v = val_of(c, m);
    const rs_entity *e = ent_of(c, m);
    if (!ch->active) {
        ch->active = 1;
        ch->w0 = m->w0;
        int k = m->w0 - 1;
        if (is_punct(c, k, '-')) k--;
        ch->former = word_in(c, k, RL_PAST) || (word_in(c, k - 1, RL_PAST) && (c->w[k].flags & RW_LOWER));
        if (c->poss_code && m->w0 >= c->poss_end && m->w0 - c->poss_end <= 2) possessor(c, ch, c->poss_code);
    }
    ch->last = m->w1;
    if (v->type == RV_AGENT) { ch->agent = m->val; ch->agent_w0 = m->w0; ch->agent_w1 = m->w1; return; }
    if (!e) return;                                  /* a place says nothing about who someone is */
    if (v->type == RV_METONYM) { ch->country = e->country ? e->country : e->code; ch->met_sector = v->sector; }
    else if (e->kind == RK_COUNTRY) { if (!ch->country) ch->country = e->code; }
    else if (e->kind == RK_ORG && ch->org < 0) ch->org = v->ent;
    if (ch->nitems < 8) ch->items[ch->nitems++] = *m;
}

static int clause_end(const rs_ctx *c, int j) {
    const rs_word *w = &c->w[j];
    if (w->flags & RW_SENT) return 1;
    if (!(w->flags & RW_PUNCT)) return 0;
    char ch = c->t[w->start];
    return ch == ',' || ch == '.' || ch == ';' || ch == ')' || ch == ':' || ch == '(' || (unsigned char)ch == 0xE2;
}

/* What may open a description after "NAME,": an article or similar word, a
 * dictionary phrase, or a modifier right before a title. Not a verb ("told"). */
static int appositive_start(const rs_ctx *c, int j) {
    if (c->match_at[j] >= 0) return 1;
    if (!(c->w[j].flags & RW_LOWER)) return 0;
    return word_in(c, j, RL_APPOSITIVE) || is_agent_at(c, j + 1) ||
           (j + 2 < c->nw && (c->w[j + 1].flags & RW_LOWER) && is_agent_at(c, j + 2)) || word_in(c, j + 1, RL_APPOSITIVE_LINK);
}

/* "NAME, a senior fellow at the Council on Foreign Relations," or "NAME of RUSI":
 * the description after a name, read as a chain. Returns 1 if it says who they are. */
static int appositive(rs_ctx *c, int e, chain *ap) {
    chain_reset(ap);
    int j = e;
    if (is_punct(c, e, ',')) j = e + 1;
    else if (!rs_word_is(c, e, "of") && !rs_word_is(c, e, "at") && !rs_word_is(c, e, "from")) return 0;
    if (j >= c->nw || !appositive_start(c, j)) return 0;
    for (int k = 0; j < c->nw && k < 30 && !(k && clause_end(c, j)); j++, k++) {
        int32_t mi = c->match_at[j];
        if (mi < 0 && (c->w[j].flags & RW_CAP) && !(c->w[j].flags & RW_ALLCAP)) break;   /* another name begins */
        if (mi < 0) continue;
        const rs_match *m = &c->matches[mi];
        const rs_entity *en = ent_of(c, m);
        int poss = m->w1 < c->nw && (c->w[m->w1].flags & RW_POSS);
        if (en && en->kind == RK_PERSON && !poss) break;   /* "X, an aide to Putin": Putin's code is not X's */
        if (en && en->kind == RK_PERSON) {          /* "X, Trump's adviser": Trump's country, the title after */
            const rs_role *r = role_on(c->d, val_of(c, m)->ent, c->date);
            chain_reset(ap);
            if (r) possessor(c, ap, r->code);
            j = m->w1;
            continue;
        }
        int32_t prev = ap->agent;
        int pw0 = ap->agent_w0, pw1 = ap->agent_w1;
        chain_take(c, ap, m);
        if (prev >= 0) { ap->agent = prev; ap->agent_w0 = pw0; ap->agent_w1 = pw1; }   /* the first title counts */
        j = m->w1 - 1;
    }
    return ap->agent >= 0 || ap->org >= 0 || ap->met_sector;
}

/* Do the words just before [w0, ...) make it a person: Mr., Mrs., Dr.? */
static int personal_title_before(const rs_ctx *c, int w0) {
    return w0 > 0 && word_in(c, w0 - 1, RL_PERSONAL_TITLE);
}

static int speech_after(const rs_ctx *c, int e) {
    return e < c->nw && word_in(c, e, RL_SPEECH);
}

static int first_name(const rs_ctx *c, int i) {
    char buf[128];
    size_t n = rs_norm(c->t, &c->w[i], buf, sizeof buf);
    const rs_slot *s = rs_lookup(c->d, buf, n);
    return s && (s->flags & RS_SLOT_FIRSTNAME);
}

/* Does the chain's title name an institution rather than a person? */
static int institution(const rs_ctx *c, const chain *ch) {
    return ch->agent >= 0 && word_in(c, ch->agent_w1 - 1, RL_INSTITUTION);
}

/* An unknown capitalised run [w0, w1): a known surname, a person coded by the
 * chain in front or the appositive after, or a person by their first name. */
static int unknown_run(rs_ctx *c, chain *ch, int w0, int w1) {
    int32_t a = surname_actor(c, w1 - 1);
    /* "Trevino" after "Jose Trevino" is him; "Miguel Trevino" is someone else */
    if (a >= 0 && (w1 - w0 == 1 || !strcmp(c->acts[a].name, text_of(c, w0, w1)))) {
        rs_add_mention(c, a, w0, w1);
        chain ap;
        if (!c->acts[a].code && appositive(c, w1, &ap)) {   /* "Mulvaney, Trump's budget director" */
            const char *code = person_code(c, &ap);
            if (code) { c->acts[a].code = code; c->acts[a].learned = 1; c->acts[a].role = agent_text(c, &ap); }
        }
        return 1;
    }
    int orgish = 0;
    for (int i = w0; i < w1; i++) orgish |= org_word(c, i);
    int sent_start_single = w1 - w0 == 1 && (c->w[w0].flags & RW_SENT);
    int by_org = ch->poss && (ch->org >= 0 || ch->met_sector) && w1 - w0 >= 2 && first_name(c, w0);   /* "CNN's Jake Tapper" */
    int by_adj = ch->active && ch->agent < 0 && ch->nitems && val_of(c, &ch->items[ch->nitems - 1])->type == RV_ADJ &&
                 w1 - w0 >= 2 && first_name(c, w0);                                      /* "New Zealander Bruce Judge" */
    by_org |= by_adj;
    const char *code = ch->active ? person_code(c, ch) : NULL;
    /* a lone word after a title that gives no country ("Consumer Confidence"), or after an institution
     * ("House of Representatives Republican leadership") is not a name */
    int weak = w1 - w0 == 1 && (!chain_code(c, ch) || institution(c, ch));
    int ends = w1 >= c->nw || (c->w[w1].flags & RW_PUNCT) || speech_after(c, w1);  /* not "Republican leadership" */
    if (ch->active && ch->last == w0 && (institution(c, ch) || (orgish && ch->agent >= 0)) && chain_code(c, ch) &&
        (w1 - w0 >= 2 || ends)) {
        const char *name = text_of(c, w0, w1);       /* "state oil company Petromin": an organisation */
        char key[300];
        snprintf(key, sizeof key, "o:%s", name);
        rs_actor_spec s = { -1, key, name, chain_code(c, ch), agent_text(c, ch), NULL, 1, 0 };
        rs_add_mention(c, rs_actor(c, &s), w0, w1);
        return 1;
    }
    if (orgish) return 0;                            /* "Ways and Means Committee" is no person */
    if (ch->active && ch->last == w0 && !sent_start_single && !weak && (ch->agent >= 0 || by_org)) {
        learned_person(c, w0, w1, code, agent_text(c, ch), ch->agent >= 0 ? c->d->vals[ch->agent].sector : NULL);
        return 1;
    }
    chain ap;
    int multi = w1 - w0 >= 2;
    if ((multi || personal_title_before(c, w0)) && appositive(c, w1, &ap)) {
        learned_person(c, w0, w1, person_code(c, &ap), agent_text(c, &ap), ap.agent >= 0 ? c->d->vals[ap.agent].sector : NULL);
        return 1;
    }
    if ((multi && first_name(c, w0)) || (multi && speech_after(c, w1)) || personal_title_before(c, w0)) {
        learned_person(c, w0, w1, NULL, NULL, NULL);
        return 1;
    }
    return 0;
}

/* ---- references back ---- */

static int head_role(const char *role) {
    static const char *const h[] = { "president", "prime minister", "chancellor", "king", "supreme leader", "emir",
                                     "premier", "leader", NULL };
    for (int k = 0; role && h[k]; k++)
        if (strstr(role, h[k])) return 1;
    return 0;
}

/* "the envoy", "the Russian leader": the person already named who fits best
 * (role words, then country and sector), most recently mentioned first. */
static int32_t description_actor(rs_ctx *c, const chain *ch) {
    const rs_val *ag = &c->d->vals[ch->agent];
    const char *words = agent_text(c, ch);
    int best = 0;
    int32_t who = -1;
    for (int i = 0; i < c->nacts; i++) {
        const rs_act *x = &c->acts[i];
        if (!x->person || !x->nm) continue;
        const char *country, *sector;
        rs_code_parts(c, x->code, &country, &sector);
        if (ch->country && (!country || strcmp(country, ch->country))) continue;
        int score = 0;
        if (x->role && strstr(x->role, words)) score += 4;
        if ((!strcmp(words, "leader") || !strcmp(words, "head of state")) && head_role(x->role)) score += 3;
        if (score && sector && !strcmp(sector, ag->sector)) score += 2;
        if (score > best || (score == best && score && x->last > c->acts[who].last)) { best = score; who = i; }
    }
    /* a sector alone is not enough: "the Philippine government" is not its president */
    return best >= 3 ? who : -1;
}

/* "he"/"she" as the subject of a sentence or of a speech tag (", he said"). */
static int pronoun(rs_ctx *c, int i) {
    if (!rs_word_is(c, i, "he") && !rs_word_is(c, i, "she")) return 0;
    int after_quote = i >= 2 && (c->w[i - 1].flags & RW_PUNCT) && (is_punct(c, i - 2, ',') || is_punct(c, i - 1, ',')) &&
                      (c->w[i - 2].flags & RW_PUNCT);                 /* ...," she said / ...”, he said */
    int subject = (c->w[i].flags & RW_SENT) || after_quote;
    if (!subject || i + 1 >= c->nw || !(c->w[i + 1].flags & RW_LOWER)) return 0;
    int32_t who = -1;
    for (int k = 0; k < c->nacts; k++)
        if (c->acts[k].person && c->acts[k].nm && c->acts[k].last <= i && (who < 0 || c->acts[k].last > c->acts[who].last)) who = k;
    if (who < 0) return 0;
    rs_add_mention(c, who, i, i + 1);
    return 1;
}

/* ---- ending a chain ---- */

/* A capital after "in", "at", "near" ... is a place, not its government. */
static int place_preposition(const rs_ctx *c, int i) {
    return word_in(c, i - 1, RL_PLACE_PREP) || (rs_word_is(c, i - 1, "the") && word_in(c, i - 2, RL_PLACE_PREP));
}

static void report_item(rs_ctx *c, const rs_match *m, int skip_countries) {
    const rs_val *v = val_of(c, m);
    const rs_entity *e = ent_of(c, m);
    char code[16];
    rs_actor_spec s = { -1, NULL, NULL, NULL, NULL, NULL, 0, 0 };
    if (v->type == RV_METONYM) {
        join_code(code, sizeof code, e->country ? e->country : e->code, v->sector);
        s.code = code; s.name = rs_group_name(c, code);
    } else if (e->kind == RK_ORG) {
        s.ent = v->ent; s.name = e->name; s.code = e->code;
    } else {
        if (skip_countries) return;
        int demonym = v->type == RV_ADJ && c->t[c->w[m->w1 - 1].end - 1] == 's';
        if (v->type == RV_ADJ && !demonym) return;                  /* "Russian oil" */
        int dateline = m->w0 == 0 && m->w1 < c->nw && (c->w[m->w1].flags & RW_PUNCT) && !is_punct(c, m->w1, '.');
        if (v->type == RV_CAPITAL && (place_preposition(c, m->w0) || dateline)) {    /* "in Moscow", "MOSCOW (Reuters) -" */
            rs_place_mention(c, m->w0, m->w1, e->code);
            return;
        }
        join_code(code, sizeof code, e->code, v->type == RV_CAPITAL ? "GOV" : "");
        s.code = code; s.name = rs_group_name(c, code);
    }
    rs_add_mention(c, rs_actor(c, &s), m->w0, m->w1);
}

/* A chain that no name consumed: a reference back, a group, or its parts. */
static void flush(rs_ctx *c, chain *ch) {
    if (!ch->active) return;
    if (ch->agent >= 0) {
        const rs_val *ag = &c->d->vals[ch->agent];
        int32_t who = ch->det && !ag->plural ? description_actor(c, ch) : -1;
        const char *code = chain_code(c, ch);
        if (who >= 0) rs_add_mention(c, who, ch->w0, ch->last);
        else if (code) {
            rs_actor_spec s = { -1, NULL, ch->org >= 0 ? c->d->ents[ch->org].name : rs_group_name(c, code), code,
                                agent_text(c, ch), NULL, 0, 0 };
            if (ch->org >= 0) s.ent = ch->org;
            rs_add_mention(c, rs_actor(c, &s), ch->w0, ch->last);
        }
    } else {
        int skip = ch->org >= 0 || ch->met_sector;
        for (int k = 0; k < ch->nitems; k++) report_item(c, &ch->items[k], skip);
    }
    chain_reset(ch);
}

/* ---- the walk ---- */


/* A lowercase word inside a chain ("Russian investment envoy"), allowed only
 * when a title follows within two words. */
static int free_word(rs_ctx *c, chain *ch, int i) {
    if (!ch->active || ch->last != i || ch->free >= 2) return 0;
    if (!is_agent_at(c, i + 1) && !(i + 2 < c->nw && (c->w[i + 1].flags & RW_LOWER) && is_agent_at(c, i + 2))) return 0;
    ch->free++;
    ch->last = i + 1;
    return 1;
}

static void on_match(rs_ctx *c, chain *ch, const rs_match *m) {
    const rs_val *v = val_of(c, m);
    const rs_entity *e = ent_of(c, m);
    if (v->type == RV_AGENT && c->headline[m->w0] && (c->w[m->w0].flags & RW_CAP)) { flush(c, ch); return; }  /* "Join Forces" */
    if (v->type == RV_PLACE) { flush(c, ch); rs_place_mention(c, m->w0, m->w1, NULL); return; }
    if (ch->active && ch->last != m->w0 && !(ch->last == m->w0 - 1 && ch->poss)) flush(c, ch);
    if (e && e->kind == RK_PERSON) { dict_person(c, ch, m, m->w0); chain_reset(ch); return; }
    if (ch->active && v->type != RV_AGENT && (ch->agent >= 0 || (e && e->kind == RK_COUNTRY && ch->country && v->type != RV_METONYM)))
        flush(c, ch);
    int fresh = !ch->active;
    chain_take(c, ch, m);
    if (fresh) ch->det = rs_word_is(c, m->w0 - 1, "the");
}

/* End of a run of capitalised name words starting at i. */
static int run_end(const rs_ctx *c, int i) {
    int j = i + 1;
    while (j < c->nw && c->match_at[j] < 0 && !(c->w[j].flags & RW_SENT)) {
        uint16_t f = c->w[j].flags;
        if ((f & RW_CAP) && !(f & (RW_ALLCAP | RW_PUNCT)) && !not_a_name(c, j)) { j++; continue; }
        int next_name = j + 1 < c->nw && (c->w[j + 1].flags & RW_CAP) && c->match_at[j + 1] < 0;
        int k = j;
        while (k < c->nw && k - j < 3 && particle(c, k)) k++;       /* "van der", "de la" */
        if (k > j && k < c->nw && (c->w[k].flags & RW_CAP) && c->match_at[k] < 0 && !(c->w[k].flags & RW_SENT)) { j = k + 1; continue; }
        if (is_punct(c, j, '-') && (f & RW_GLUED) && next_name && (c->w[j + 1].flags & RW_GLUED)) { j += 2; continue; }
        break;
    }
    return j;
}

static int name_start(const rs_ctx *c, int i) {
    uint16_t f = c->w[i].flags;
    return (f & RW_CAP) && !(f & (RW_ALLCAP | RW_PUNCT)) && !not_a_name(c, i) && !c->headline[i] && !c->caps_text;
}

static int step(rs_ctx *c, chain *ch, int i) {
    if (c->w[i].flags & RW_SENT) flush(c, ch);
    if (c->match_at[i] >= 0) { on_match(c, ch, &c->matches[c->match_at[i]]); return c->matches[c->match_at[i]].w1; }
    uint16_t f = c->w[i].flags;
    if (f & RW_POSS) {
        if (ch->active && ch->last == i) { ch->poss = 1; ch->last = i + 1; }
        else flush(c, ch);
        return i + 1;
    }
    if (name_start(c, i)) {
        int e = run_end(c, i);
        const rs_match *m = c->match_at[e < c->nw ? e : i] >= 0 && e < c->nw ? &c->matches[c->match_at[e]] : NULL;
        if (m && e - i == 1 && first_name(c, i) && !(c->w[e].flags & RW_SENT) && ent_of(c, m) && ent_of(c, m)->kind == RK_PERSON) {
            dict_person(c, ch, m, i);          /* "Vladimir Zelenskyy": a first name we do not list, then the surname */
            chain_reset(ch);
            return m->w1;
        }
        if (ch->active && ch->last != i) flush(c, ch);
        if (unknown_run(c, ch, i, e)) chain_reset(ch);
        else flush(c, ch);
        return e;
    }
    if (free_word(c, ch, i)) return i + 1;
    flush(c, ch);
    pronoun(c, i);
    return i + 1;
}

/* Texts in capitals (old wire copy) or without any (some archives) defeat the
 * capitalisation tests; notice them once per article. */
static void text_case(rs_ctx *c) {
    int letters = 0, caps = 0, all = 0;
    for (int i = 0; i < c->nw; i++) {
        uint16_t f = c->w[i].flags;
        if (!(f & (RW_CAP | RW_LOWER))) continue;
        letters++;
        caps += (f & RW_CAP) != 0;
        all += (f & RW_ALLCAP) != 0 || ((f & RW_CAP) && c->w[i].end - c->w[i].start == 1);
    }
    c->lowercase_text = letters >= 20 && caps * 50 < letters;
    c->caps_text = letters >= 10 && all * 2 > letters;
}

static int function_word(const rs_ctx *c, int i) {
    return word_in(c, i, RL_FUNCTION);
}

/* Marks the words of title-case sentences (headlines run into the body): every
 * word but small function words is capitalised there, so capitals say nothing
 * about names. */
static void find_headlines(rs_ctx *c) {
    c->headline = an_arena_alloc(c->arena, (size_t)c->nw);
    for (int i = 0; i < c->nw;) {
        int j = i + 1, caps = 0, lower = 0;
        while (j < c->nw && !(c->w[j].flags & RW_SENT)) j++;
        for (int k = i; k < j; k++) {
            if (c->w[k].flags & RW_CAP) caps++;
            else if ((c->w[k].flags & RW_LOWER) && !function_word(c, k)) lower++;
        }
        if (caps >= 3 && !lower) memset(c->headline + i, 1, (size_t)(j - i));
        i = j;
    }
}

/* The country the article is mostly about: the one its country names,
 * adjectives, capitals and metonyms name most often, if at least twice and
 * more often than any other. */
static void find_context(rs_ctx *c) {
    const char *code[32];
    int count[32], n = 0;
    for (int i = 0; i < c->nmatches; i++) {
        const rs_entity *e = ent_of(c, &c->matches[i]);
        if (!e || !(e->kind == RK_COUNTRY || val_of(c, &c->matches[i])->type == RV_METONYM) || !e->country) continue;
        int k = 0;
        while (k < n && strcmp(code[k], e->country)) k++;
        if (k == n && n == 32) continue;
        if (k == n) { code[n] = e->country; count[n++] = 0; }
        count[k]++;
    }
    int best = -1, second = 0;
    for (int k = 0; k < n; k++) {
        if (best < 0 || count[k] > count[best]) { if (best >= 0) second = count[best]; best = k; }
        else if (count[k] > second) second = count[k];
    }
    int clear = best >= 0 && ((count[best] >= 2 && count[best] >= 2 * second) || (count[best] >= 1 && !second));
    c->context = clear ? code[best] : NULL;
}

void resolve_article(const rs_dict *d, an_article *a, an_arena *arena) {
    a->actors = NULL;
    a->nactors = 0;
    if (!d || !a->body || !a->body_len) return;
    rs_ctx c;
    memset(&c, 0, sizeof c);
    c.d = d;
    c.a = a;
    c.arena = arena;
    c.t = a->body;
    const struct an_analysis *an = a->analysis;
    c.nw = rs_words_from(a->body, a->body_len, an ? an->tokens : NULL, an ? an->ntokens : 0, arena, &c.w);
    if (!c.nw) return;
    c.match_at = an_arena_alloc(arena, (size_t)c.nw * sizeof *c.match_at);
    for (int i = 0; i < c.nw; i++) c.match_at[i] = -1;
    if (a->published && strlen(a->published) >= 10) c.date = rs_date(a->published, 10, 0);
    if (c.date < 0) c.date = 0;
    classify_words(&c);
    if (d->peer_mode) { rs_resolve_peer(&c); rs_publish(&c); return; }
    text_case(&c);
    find_headlines(&c);
    match_all(&c);
    find_context(&c);
    chain ch;
    chain_reset(&ch);
    for (int i = 0; i < c.nw;) i = step(&c, &ch, i);
    flush(&c, &ch);
    rs_publish(&c);
}
