/* Per-article actor table: find-or-add actors, attach mentions, and turn the
 * table into the public an_actor array. Everything lives in the doc's arena;
 * dictionary strings are copied so that results never point into the engine. */
#include "rs_int.h"
#include "resolve_int.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *sector_label(const char *s) {
    static const char *const map[][2] = {
        { "GOV", "government" }, { "MIL", "military" }, { "COP", "police" }, { "OPP", "opposition" },
        { "REB", "rebels" }, { "INS", "insurgents" }, { "LEG", "legislature" }, { "JUD", "judiciary" },
        { "BUS", "business" }, { "MED", "media" }, { "NGO", "NGOs" }, { "CVL", "civilians" }, { "SPY", "intelligence" },
        { "PTY", "party" }, { "EDU", "education" }, { "REF", "refugees" }, { "LAB", "labour" }, { "HLH", "health" },
        { "REL", "religious" }, { "ELI", "elites" }, { "AGR", "agriculture" }, { "CRM", "criminals" },
        { "UAF", "armed groups" }, { "SEP", "separatists" }, { "ENV", "environmental groups" }, { "IGO", "IGO" } };
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
        if (!strcmp(map[i][0], s)) return map[i][1];
    return s;
}

/* Country and sector of a code: "RUSGOV" -> RUS, GOV; "IGOWSTNAT" -> NULL, IGO. */
void rs_code_parts(const rs_ctx *c, const char *code, const char **country, const char **sector) {
    *country = NULL;
    *sector = NULL;
    if (!code || strlen(code) < 3) return;
    char c3[4] = { code[0], code[1], code[2], 0 };
    int32_t e = rs_country(c->d, c3);
    if (e >= 0) {
        *country = c->d->ents[e].code;
        if (strlen(code) >= 6) *sector = an_arena_strndup(c->arena, code + 3, 3);
    } else {
        *sector = an_arena_strndup(c->arena, code, 3);
    }
}

static int32_t find_actor(const rs_ctx *c, int32_t ent, const char *key) {
    for (int i = 0; i < c->nacts; i++) {
        const rs_act *x = &c->acts[i];
        if (ent >= 0 ? x->ent == ent : (x->ent < 0 && x->key && !strcmp(x->key, key))) return i;
    }
    return -1;
}

static int32_t new_actor(rs_ctx *c) {
    if (c->nacts == c->capacts) {
        int nc = c->capacts ? c->capacts * 2 : 16;
        c->acts = an_arena_grow(c->arena, c->acts, (size_t)c->capacts, (size_t)nc, sizeof *c->acts);
        c->capacts = nc;
    }
    rs_act *x = &c->acts[c->nacts];
    memset(x, 0, sizeof *x);
    x->ent = -1;
    return c->nacts++;
}

int32_t rs_actor(rs_ctx *c, const rs_actor_spec *s) {
    const char *key = s->key ? s->key : s->code;
    int32_t i = find_actor(c, s->ent, key ? key : "");
    if (i >= 0) {
        rs_act *x = &c->acts[i];
        if (!x->code && s->code) { x->code = an_arena_strdup(c->arena, s->code); x->learned = s->learned; }
        if (!x->role && s->role) x->role = an_arena_strdup(c->arena, s->role);
        return i;
    }
    i = new_actor(c);
    rs_act *x = &c->acts[i];
    x->ent = s->ent;
    x->key = key ? an_arena_strdup(c->arena, key) : NULL;
    x->name = an_arena_strdup(c->arena, s->name);
    x->code = s->code ? an_arena_strdup(c->arena, s->code) : NULL;
    x->role = s->role ? an_arena_strdup(c->arena, s->role) : NULL;
    x->sector_hint = s->sector;
    x->learned = s->learned;
    x->person = s->person;
    return i;
}

/* "Russia (military)": the name of a group actor coded from a country and an agent. */
const char *rs_group_name(rs_ctx *c, const char *code) {
    const char *country, *sector;
    rs_code_parts(c, code, &country, &sector);
    int32_t e = country ? rs_country(c->d, country) : -1;
    if (e < 0) return code;
    if (!sector) return c->d->ents[e].name;
    char buf[300];
    snprintf(buf, sizeof buf, "%s (%s)", c->d->ents[e].name, sector_label(sector));
    return an_arena_strdup(c->arena, buf);
}

void rs_add_mention(rs_ctx *c, int32_t act, int w0, int w1) {
    rs_act *x = &c->acts[act];
    if (x->nm == x->capm) {
        int nc = x->capm ? x->capm * 2 : 4;
        x->m = an_arena_grow(c->arena, x->m, (size_t)x->capm, (size_t)nc, sizeof *x->m);
        x->capm = nc;
    }
    x->m[x->nm++] = (rs_span){ c->w[w0].start, c->w[w1 - 1].end };
    x->last = w1;
}

/* The public array: input offsets, country and sector from the code. */
void rs_publish(rs_ctx *c) {
    an_article *a = c->a;
    int n = 0;
    for (int i = 0; i < c->nacts; i++) n += c->acts[i].nm > 0;
    a->actors = n ? an_arena_alloc(c->arena, (size_t)n * sizeof *a->actors) : NULL;
    a->nactors = n;
    a->places = c->places;
    a->nplaces = c->nplaces;
    int k = 0;
    for (int i = 0; i < c->nacts; i++) {
        const rs_act *x = &c->acts[i];
        if (!x->nm) continue;
        an_actor *o = &a->actors[k++];
        o->name = x->name;
        o->code = x->code;
        o->role = x->role;
        o->learned = x->learned;
        rs_code_parts(c, x->code, &o->country, &o->sector);
        if (!o->sector && x->sector_hint) o->sector = an_arena_strdup(c->arena, x->sector_hint);
        if (o->country) o->country = an_arena_strdup(c->arena, o->country);
        o->mentions = an_arena_alloc(c->arena, (size_t)x->nm * sizeof *o->mentions);
        o->nmentions = x->nm;
        for (int j = 0; j < x->nm; j++) {
            o->mentions[j].start = an_body_offset(a, x->m[j].start);
            o->mentions[j].end = x->m[j].end > x->m[j].start ? an_body_offset(a, x->m[j].end - 1) + 1 : o->mentions[j].start;
            o->mentions[j].body_start = x->m[j].start;
            o->mentions[j].body_end = x->m[j].end;
        }
    }
}

const an_actor *actors_at(const an_article *a, uint32_t body_pos) {
    if (!a || !a->nactors || body_pos >= a->body_len) return NULL;
    uint64_t off = an_body_offset(a, body_pos);
    for (int i = 0; i < a->nactors; i++)
        for (int j = 0; j < a->actors[i].nmentions; j++)
            if (a->actors[i].mentions[j].start <= off && off < a->actors[i].mentions[j].end) return &a->actors[i];
    return NULL;
}

static int by_start(const void *x, const void *y) {
    const rs_mention *p = x, *q = y;
    return p->at->body_start < q->at->body_start ? -1 : p->at->body_start > q->at->body_start;
}

int actors_mentions(const an_article *a, an_arena *arena, rs_mention **out) {
    int n = 0;
    for (int i = 0; i < a->nactors; i++) n += a->actors[i].nmentions;
    *out = n ? an_arena_alloc(arena, (size_t)n * sizeof **out) : NULL;
    int k = 0;
    for (int i = 0; i < a->nactors; i++)
        for (int j = 0; j < a->actors[i].nmentions; j++)
            (*out)[k++] = (rs_mention){ &a->actors[i].mentions[j], &a->actors[i] };
    if (n) qsort(*out, (size_t)n, sizeof **out, by_start);
    return n;
}
