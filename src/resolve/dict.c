/* The actor dictionary in memory: entities (countries, organisations, people
 * with dated roles) and one phrase table mapping every name, alias, adjective,
 * capital, metonym and agent word to what it denotes.
 *
 * The phrase table is an open-addressing hash of normalised word sequences
 * ("u.s. special envoy"). Every proper prefix of a phrase is entered too, with
 * no value, so matching walks forward word by word like a trie and stops as
 * soon as no longer phrase can follow: longest match without scanning phrases. */
#include "rs_int.h"
#include "../core/entries.h"
#include "../core/bigmem.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>

static uint32_t fnv_final(uint32_t h) { return h ? h : 1; }   /* 0 marks nothing */

static uint32_t hash_key(const char *s, size_t n) { return fnv_final(an_fnv(AN_FNV_START, s, n)); }

const rs_slot *rs_lookup(const rs_dict *d, const char *key, size_t n) {
    return rs_lookup_fnv(d, key, n, an_fnv(AN_FNV_START, key, n));
}

/* A slot's tag: 16 bits of its hash, never 0 (0 marks an empty slot). */
static uint16_t tag_of(uint32_t h) { return (uint16_t)((h >> 16) | 1); }

/* The key's bit in the filter (RS_FILTER_BITS of them), from other bits of
 * the hash than the slot index. */
static uint32_t filter_bit(uint32_t h) { return (h * 0x9E3779B1u) >> (32 - RS_FILTER_LOG2); }

/* Seven lookups in ten miss (most words begin no phrase). Most misses end at
 * the filter, 32 KB that stays in the cache; the rest at the tags, 256 KB
 * beside the 3 MB of slots, without touching a slot. */
const rs_slot *rs_lookup_fnv(const rs_dict *d, const char *key, size_t n, uint32_t fnv) {
    if (!d->slots) return NULL;
    uint32_t h = fnv_final(fnv), bit = filter_bit(h);
    if (!(d->filter[bit >> 6] >> (bit & 63) & 1)) return NULL;
    uint16_t tag = tag_of(h);
    for (uint32_t i = h & d->mask;; i = (i + 1) & d->mask) {
        uint16_t t = d->tags[i];
        if (!t) return NULL;
        if (t != tag) continue;
        const rs_slot *s = &d->slots[i];
        if (s->hash == h && !strncmp(s->key, key, n) && s->key[n] == 0) return s;
    }
}

/* The first table's size: our dictionaries and the
 * gazetteer fill some 42,000 slots, so they start in the size they end in
 * instead of growing through three smaller tables (each rehashed, each
 * faulted in page by page). */
#define RS_FIRST_SLOTS (1u << 17)

static int grow_table(rs_dict *d) {
    if (!d->filter && !(d->filter = an_big_calloc(RS_FILTER_BITS / 64, sizeof *d->filter))) return -1;
    uint32_t nsize = d->slots ? (d->mask + 1) * 2 : RS_FIRST_SLOTS;
    rs_slot *ns = an_big_calloc(nsize, sizeof *ns);
    uint16_t *nt = an_big_calloc(nsize, sizeof *nt);
    if (!ns || !nt) { an_big_free(ns); an_big_free(nt); return -1; }
    for (uint32_t i = 0; d->slots && i <= d->mask; i++) {
        if (!d->slots[i].key) continue;
        uint32_t j = d->slots[i].hash & (nsize - 1);
        while (ns[j].key) j = (j + 1) & (nsize - 1);
        ns[j] = d->slots[i];
        nt[j] = tag_of(d->slots[i].hash);
    }
    an_big_free(d->slots);
    an_big_free(d->tags);
    d->slots = ns;
    d->tags = nt;
    d->mask = nsize - 1;
    return 0;
}

/* The slot for key, created empty (val -1) if absent. */
static rs_slot *slot_for(rs_dict *d, const char *key, size_t n) {
    if (!d->slots || (d->used + 1) * 2 > d->mask + 1)
        if (grow_table(d)) return NULL;
    uint32_t h = hash_key(key, n);
    uint32_t i = h & d->mask;
    for (; d->slots[i].key; i = (i + 1) & d->mask)
        if (d->slots[i].hash == h && !strncmp(d->slots[i].key, key, n) && d->slots[i].key[n] == 0) return &d->slots[i];
    d->slots[i] = (rs_slot){ an_arena_strndup(&d->arena, key, n), h, -1, -1, 0 };
    d->tags[i] = tag_of(h);
    uint32_t bit = filter_bit(h);
    d->filter[bit >> 6] |= (uint64_t)1 << (bit & 63);
    d->used++;
    return &d->slots[i];
}

static void *grow(void *p, int *cap, int need, size_t elem) {
    if (need <= *cap) return p;
    int nc = *cap ? *cap * 2 : 256;
    while (nc < need) nc *= 2;
    void *np = an_big_realloc(p, (size_t)nc * elem);
    if (np) *cap = nc;
    return np;
}

int32_t rs_new_entity(rs_dict *d, rs_kind kind, const char *name, const char *code) {
    rs_entity *ne = grow(d->ents, &d->capents, d->nents + 1, sizeof *ne);
    if (!ne) return -1;
    d->ents = ne;
    d->ents[d->nents] = (rs_entity){ an_arena_strdup(&d->arena, name), code ? an_arena_strdup(&d->arena, code) : NULL,
                                     NULL, 0, 0, (uint8_t)kind, 0 };
    return d->nents++;
}

int rs_add_role(rs_dict *d, int32_t ent, const char *code, int32_t from, int32_t until, const char *role) {
    rs_entity *e = &d->ents[ent];
    /* roles of one entity are contiguous: entries are read one at a time */
    if (e->nroles && e->role0 + e->nroles != d->nroles) return -1;
    rs_role *nr = grow(d->roles, &d->caproles, d->nroles + 1, sizeof *nr);
    if (!nr) return -1;
    d->roles = nr;
    if (!e->nroles) e->role0 = d->nroles;
    d->roles[d->nroles++] = (rs_role){ from, until, an_arena_strdup(&d->arena, code),
                                       role && *role ? an_arena_strdup(&d->arena, role) : NULL };
    e->nroles++;
    return 0;
}

int32_t rs_country(const rs_dict *d, const char *code3) {
    char key[8] = "\x01";
    memcpy(key + 1, code3, 3);
    key[4] = 0;
    const rs_slot *s = rs_lookup(d, key, 4);
    return s && (s->flags & RS_SLOT_CODE) ? s->code_ent : -1;
}

int rs_set_code(rs_dict *d, int32_t ent, const char *code) {
    d->ents[ent].code = an_arena_strdup(&d->arena, code);
    if (d->ents[ent].kind != RK_COUNTRY || strlen(code) != 3) return 0;
    char key[8] = "\x01";
    memcpy(key + 1, code, 4);
    rs_slot *s = slot_for(d, key, 4);
    if (!s) return -1;
    if (!(s->flags & RS_SLOT_CODE)) { s->flags |= RS_SLOT_CODE; s->code_ent = ent; }
    return 0;
}

/* "\x02QA": the key under which a country is found by its ISO alpha-2 code. */
int rs_set_code2(rs_dict *d, int32_t ent, const char *code2) {
    char key[4] = { '\x02', code2[0], code2[1], 0 };
    rs_slot *s = slot_for(d, key, 3);
    if (!s) return -1;
    s->flags |= RS_SLOT_CODE;
    s->code_ent = ent;
    return 0;
}

int32_t rs_country2(const rs_dict *d, const char *code2) {
    if (!code2 || strlen(code2) != 2) return -1;
    char key[4] = { '\x02', code2[0], code2[1], 0 };
    const rs_slot *s = rs_lookup(d, key, 3);
    return s && (s->flags & RS_SLOT_CODE) ? s->code_ent : -1;
}

/* Appends a value to a slot's list, keeping file order (earlier entries win ties). */
static void append_val(rs_dict *d, rs_slot *s, int32_t v) {
    if (s->val < 0) { s->val = v; return; }
    int32_t k = s->val;
    for (;; k = d->vals[k].next) {
        rs_val *o = &d->vals[k];
        if (o->ent == d->vals[v].ent && o->type == d->vals[v].type && d->vals[v].ent >= 0) {
            o->peer |= d->vals[v].peer;           /* an imported phrase we also list */
            d->nvals--;
            return;
        }
        if (o->next < 0) break;
    }
    d->vals[k].next = v;
}

int rs_add_phrase(rs_dict *d, const char *phrase, int32_t ent, rs_vtype type, const char *sector, int cs, int plural) {
    an_arena_reset(&d->scratch);           /* the 60,000 phrases reuse one chunk */
    rs_word *w;
    int nw = rs_words(phrase, (uint32_t)strlen(phrase), &d->scratch, &w);
    if (nw == 0 || nw > RS_MAX_PHRASE) return nw ? -1 : 0;
    char key[1024], raw[1024];
    size_t kn = 0, rn = 0;
    uint32_t capmask = 0;
    rs_slot *s = NULL;
    for (int i = 0; i < nw; i++) {
        if (i) {                                /* a phrase over 1 KB is cut, never overrun */
            if (kn + 2 < sizeof key) key[kn++] = ' ';
            if (rn + 2 < sizeof raw) raw[rn++] = ' ';
        }
        kn += rs_norm(phrase, &w[i], key + kn, sizeof key - kn - 1);
        size_t wl = w[i].end - w[i].start;     /* the words as written, for case-sensitive values */
        if (wl > sizeof raw - 2 - rn) wl = sizeof raw - 2 - rn;
        memcpy(raw + rn, phrase + w[i].start, wl);
        rn += wl;
        if ((w[i].flags & RW_CAP) && i < 32) capmask |= 1u << i;
        s = slot_for(d, key, kn);
        if (!s) break;
        if (i + 1 < nw) s->flags |= RS_SLOT_PREFIX;
    }
    /* a phrase written all in capitals (TABARI, PETRARCH) cannot say which words
     * are capitalised in running text: require it of the first word only */
    int lower = 0;
    for (const char *q = phrase; *q; q++) lower |= *q >= 'a' && *q <= 'z';
    if (!lower) capmask &= 1u;
    if (!s || nw > 32) return -1;
    rs_val *nv = grow(d->vals, &d->capvals, d->nvals + 1, sizeof *nv);
    if (!nv) return -1;
    d->vals = nv;
    rs_val v = { ent, -1, (uint8_t)type, (uint8_t)(cs != 0), (uint8_t)(plural != 0), capmask, "", d->loading_peer, NULL,
                 d->loading_code ? an_arena_strdup(&d->arena, d->loading_code) : NULL };
    if (sector) snprintf(v.sector, sizeof v.sector, "%s", sector);
    if (cs) v.written = an_arena_strndup(&d->arena, raw, rn);   /* words as written, joined by ' ' */
    d->vals[d->nvals] = v;
    append_val(d, s, d->nvals++);
    return 0;
}

/* Marks the first word of a person's name as a known first name (the resolver
 * uses it to tell an unknown person from other capitalised words). */
static int mark_first_name(rs_dict *d, const char *name) {
    const char *sp = strchr(name, ' ');
    if (!sp || sp - name < 2 || name[sp - name - 1] == '.') return 0;
    char key[128];
    size_t n = (size_t)(sp - name) < sizeof key - 1 ? (size_t)(sp - name) : sizeof key - 1;
    for (size_t i = 0; i < n; i++) key[i] = (char)(name[i] >= 'A' && name[i] <= 'Z' ? name[i] + 32 : name[i]);
    rs_slot *s = slot_for(d, key, n);
    if (!s) return -1;
    s->flags |= RS_SLOT_FIRSTNAME;
    return 0;
}

int32_t rs_date(const char *s, size_t n, int end) {
    int y = 0, m = 0, dd = 0;
    if (n == 4 && sscanf(s, "%4d", &y) == 1) { m = end ? 12 : 1; dd = end ? 31 : 1; }
    else if (n == 7 && sscanf(s, "%4d-%2d", &y, &m) == 2) dd = end ? 31 : 1;
    else if (n == 10 && sscanf(s, "%4d-%2d-%2d", &y, &m, &dd) == 3) {}
    else return -1;
    if (y < 1000 || m < 1 || m > 12 || dd < 1 || dd > 31) return -1;
    return y * 10000 + m * 100 + dd;
}

void rs_plural(const char *s, char *out, size_t n) {
    size_t len = strlen(s);
    if (len >= 3 && !strcmp(s + len - 3, "man")) { snprintf(out, n, "%.*smen", (int)(len - 3), s); return; }
    if (len >= 2 && s[len - 1] == 'y' && !strchr("aeiou", s[len - 2])) { snprintf(out, n, "%.*sies", (int)(len - 1), s); return; }
    if ((len >= 1 && (s[len - 1] == 's' || s[len - 1] == 'x' || s[len - 1] == 'z')) ||
        (len >= 2 && (!strcmp(s + len - 2, "ch") || !strcmp(s + len - 2, "sh")))) { snprintf(out, n, "%ses", s); return; }
    snprintf(out, n, "%ss", s);
}

/* ---- loading our entry files ---- */

typedef struct loader {
    rs_dict *d;
    rs_kind kind;                 /* 0: agents file */
    int32_t ent;
    char sector[8];
} loader;

typedef struct phrase_ctx { loader *L; rs_vtype type; int cs; } phrase_ctx;

static int add_each(void *ud, const char *item) {
    const phrase_ctx *p = ud;
    return rs_add_phrase(p->L->d, item, p->L->ent, p->type, NULL, p->cs, 0);
}

static int add_metonym(void *ud, const char *item) {
    const phrase_ctx *p = ud;
    const char *eq = strstr(item, " = ");
    if (!eq) return -1;
    char phrase[256], sector[8];
    snprintf(phrase, sizeof phrase, "%.*s", (int)(eq - item), item);
    snprintf(sector, sizeof sector, "%s", eq + 3);
    return rs_add_phrase(p->L->d, phrase, p->L->ent, RV_METONYM, sector, p->cs, 0);
}

/* "RUSGOV 2012-05-07.. president" */
static int read_role(loader *L, const char *v, char *err, size_t errlen) {
    char code[32];
    int used = 0;
    if (sscanf(v, "%31s %n", code, &used) != 1 || !used) { snprintf(err, errlen, "role: expected CODE FROM..UNTIL ROLE"); return -1; }
    const char *r = v + used, *dots = strstr(r, "..");
    const char *sp = strchr(r, ' ');
    if (!dots || (sp && sp < dots)) { snprintf(err, errlen, "role: expected FROM..UNTIL after the code"); return -1; }
    const char *u = dots + 2, *ue = u;
    while (*ue && *ue != ' ') ue++;
    int32_t from = dots == r ? 0 : rs_date(r, (size_t)(dots - r), 0);
    int32_t until = ue == u ? 99999999 : rs_date(u, (size_t)(ue - u), 1);
    if (from < 0 || until < 0) { snprintf(err, errlen, "role: bad date"); return -1; }
    while (*ue == ' ') ue++;
    return rs_add_role(L->d, L->ent, code, from, until, ue);
}

static int on_field(loader *L, const char *key, const char *value, const char *comment, char *err, size_t errlen) {
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s", value);
    phrase_ctx p = { L, RV_NAME, strstr(comment, "case-sensitive") != NULL };
    if (L->ent < 0) { snprintf(err, errlen, "field before any entry"); return -1; }
    if (!strcmp(key, "code")) return rs_set_code(L->d, L->ent, value);
    if (!strcmp(key, "country")) { L->d->ents[L->ent].country = an_arena_strdup(&L->d->arena, value); return 0; }
    if (!strcmp(key, "role")) return read_role(L, value, err, errlen);
    if (!strcmp(key, "alias")) p.type = RV_NAME;
    else if (!strcmp(key, "adj")) p.type = RV_ADJ;
    else if (!strcmp(key, "capital")) p.type = RV_CAPITAL;
    else if (strcmp(key, "metonym")) { snprintf(err, errlen, "unknown field '%s'", key); return -1; }
    if (entries_split(tmp, strcmp(key, "metonym") ? add_each : add_metonym, &p)) {
        snprintf(err, errlen, "cannot read '%s'", value);
        return -1;
    }
    return 0;
}

static int agent_line(loader *L, const char *value, char *err, size_t errlen) {
    char ph[512];
    snprintf(ph, sizeof ph, "%s", value);
    size_t n = strlen(ph);
    int no_plural = n && ph[n - 1] == '!';
    if (no_plural) ph[--n] = 0;
    while (n && ph[n - 1] == ' ') ph[--n] = 0;
    if (!L->sector[0]) { snprintf(err, errlen, "agent before any [SECTOR] header"); return -1; }
    /* a phrase written without plural is singular unless it reads as a plural */
    int plural = no_plural && n > 1 && ((ph[n - 1] == 's' && ph[n - 2] != 's') || (n > 3 && !strcmp(ph + n - 3, "men")) ||
                                        strstr(ph, "people") || strstr(ph, "police"));
    if (rs_add_phrase(L->d, ph, -1, RV_AGENT, L->sector, 0, plural)) { snprintf(err, errlen, "cannot add agent"); return -1; }
    L->d->agents++;
    if (no_plural) return 0;
    char pl[600];
    rs_plural(ph, pl, sizeof pl);
    return rs_add_phrase(L->d, pl, -1, RV_AGENT, L->sector, 0, 1);
}

static int on_line(void *ud, ent_kind kind, const char *key, const char *value, const char *comment,
                   int line, char *err, size_t errlen) {
    (void)line;
    loader *L = ud;
    if (!L->kind) {
        if (kind == ENT_HEADER) { snprintf(L->sector, sizeof L->sector, "%s", value); return 0; }
        if (kind == ENT_NAME) return agent_line(L, value, err, errlen);
        snprintf(err, errlen, "agents take no fields");
        return -1;
    }
    if (kind == ENT_HEADER) { snprintf(err, errlen, "unexpected [header]"); return -1; }
    if (kind == ENT_FIELD) return on_field(L, key, value, comment, err, errlen);
    L->ent = rs_new_entity(L->d, L->kind, value, NULL);
    if (L->ent < 0) return -1;
    if (L->kind == RK_PERSON && mark_first_name(L->d, value)) return -1;
    return rs_add_phrase(L->d, value, L->ent, RV_NAME, NULL, strstr(comment, "case-sensitive") != NULL, 0);
}

static int load_file(rs_dict *d, const char *dir, const char *name, rs_kind kind, char *err, size_t errlen) {
    char path[4096];
    if (snprintf(path, sizeof path, "%s/actors/%s", dir, name) >= (int)sizeof path) {
        snprintf(err, errlen, "dictionary path too long");
        return -1;
    }
    loader L = { d, kind, -1, "" };
    return entries_read_c(path, on_line, &L, err, errlen);
}

/* people-*.txt, in name order so that loading is reproducible */
static int load_people(rs_dict *d, const char *dir, char *err, size_t errlen) {
    char path[4096];
    snprintf(path, sizeof path, "%s/actors", dir);
    DIR *dp = opendir(path);
    if (!dp) { snprintf(err, errlen, "%s: cannot open", path); return -1; }
    char names[64][256];
    int n = 0;
    struct dirent *de;
    while ((de = readdir(dp)) && n < 64) {
        size_t l = strlen(de->d_name);
        if (!strncmp(de->d_name, "people-", 7) && l > 4 && !strcmp(de->d_name + l - 4, ".txt"))
            snprintf(names[n++], sizeof names[0], "%s", de->d_name);
    }
    closedir(dp);
    qsort(names, (size_t)n, sizeof names[0], (int (*)(const void *, const void *))strcmp);
    for (int i = 0; i < n; i++)
        if (load_file(d, dir, names[i], RK_PERSON, err, errlen)) return -1;
    return 0;
}

/* Titles are often abbreviated before names ("Gen. Dominique Trinquand"): an
 * abbreviation gets the sector of the agent word it stands for. */
static int add_abbreviations(rs_dict *d) {
    static const char *const ab[][2] = {
        { "Gen.", "general" }, { "Lt.", "lieutenant" }, { "Col.", "colonel" }, { "Adm.", "admiral" },
        { "Maj.", "major" }, { "Capt.", "captain" }, { "Sgt.", "sergeant" }, { "Sen.", "senator" },
        { "Rep.", "representative" }, { "Gov.", "governor" }, { "Pres.", "president" }, { "Amb.", "ambassador" },
        { "Cmdr.", "commander" }, { "Brig.", "brigadier" }, { "Cpl.", "corporal" }, { "Pvt.", "private" },
        { "Supt.", "superintendent" }, { "Insp.", "inspector" }, { "Prof.", "professor" }, { "Rev.", "reverend" },
        { "Lt. Gen.", "lieutenant general" }, { "Maj. Gen.", "major general" }, { "Brig. Gen.", "brigadier general" },
        { "Lt. Col.", "lieutenant colonel" }, { "Rear Adm.", "rear admiral" }, { "Vice Adm.", "vice admiral" },
        { "Sen", "senator" }, { "Rep", "congressman" }, { "Gov", "governor" }, { "Gen", "general" },
        { "Rep.", "congressman" }, { "Representative", "congressman" }, { "Reps.", "congressman" } };
    for (size_t i = 0; i < sizeof ab / sizeof *ab; i++) {
        const rs_slot *s = rs_lookup(d, ab[i][1], strlen(ab[i][1]));
        for (int32_t k = s ? s->val : -1; k >= 0; k = d->vals[k].next) {
            if (d->vals[k].type != RV_AGENT) continue;
            char sector[4];
            memcpy(sector, d->vals[k].sector, sizeof sector);
            /* written as titles, capitalised: "Sen Phil Gramm", not "a sales representative" */
            if (rs_add_phrase(d, ab[i][0], -1, RV_AGENT, sector, 1, 0)) return -1;
            break;
        }
    }
    return 0;
}

/* Entities whose code says their country ("RUSNGO") get it filled in. */
static void fill_countries(rs_dict *d) {
    for (int i = 0; i < d->nents; i++) {
        rs_entity *e = &d->ents[i];
        if (e->kind == RK_COUNTRY && e->code) e->country = e->code;
        else if (!e->country && e->code && strlen(e->code) >= 3) {
            char c3[4] = { e->code[0], e->code[1], e->code[2], 0 };
            int32_t c = rs_country(d, c3);
            if (c >= 0) e->country = d->ents[c].code;
        }
    }
}

rs_dict *rs_dict_load(const char *dir, char *err, size_t errlen) {
    rs_dict *d = calloc(1, sizeof *d);
    if (!d) { snprintf(err, errlen, "out of memory"); return NULL; }
    an_arena_init(&d->arena, AN_ARENA_TABLE_CHUNK);
    an_arena_init(&d->scratch, 4096);
    if (load_file(d, dir, "countries.txt", RK_COUNTRY, err, errlen) ||
        load_file(d, dir, "orgs.txt", RK_ORG, err, errlen) ||
        load_people(d, dir, err, errlen) ||
        load_file(d, dir, "agents.txt", 0, err, errlen) || add_abbreviations(d) ||
        rs_load_iso_codes(d, RS_ISO_3166_PATH) || rs_load_cities(d)) {
        rs_dict_free(d);
        return NULL;
    }
    fill_countries(d);
    d->lists = rs_lists_new();
    return d;
}

void rs_dict_free(rs_dict *d) {
    if (!d) return;
    an_big_free(d->ents);
    an_big_free(d->roles);
    an_big_free(d->vals);
    an_big_free(d->slots);
    an_big_free(d->tags);
    an_big_free(d->filter);
    free(d->cities);
    an_wordset_free(d->lists);
    an_arena_free(&d->arena);
    an_arena_free(&d->scratch);
    free(d);
}

void rs_dict_stats(const rs_dict *d, rs_stats *st) {
    memset(st, 0, sizeof *st);
    for (int i = 0; i < d->nents; i++) {
        if (d->ents[i].imported) { st->imported++; continue; }
        if (d->ents[i].kind == RK_COUNTRY) st->countries++;
        else if (d->ents[i].kind == RK_ORG) st->orgs++;
        else st->people++;
    }
    st->roles = d->nroles;
    st->agents = d->agents;
    st->phrases = d->nvals;
    st->cities = d->ncities;
}
