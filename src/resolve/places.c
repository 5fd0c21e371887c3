/* Places: the cities of libgeonames (about 24,000, with coordinates and
 * population) join the phrase table as RV_PLACE values when annals is built
 * with it (the Makefile defines HAVE_GEONAMES when pkg-config finds it). A city
 * is read as a place only where the text uses it as one ("talks in Doha", a
 * dateline), so that "Gary" or "Lincoln" stay names. Capitals used as places
 * ("in Moscow") are places too, not their government. */
#include "resolve_int.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>
#ifdef HAVE_GEONAMES
#include <geonames.h>
#endif

/* The city a phrase names, or -1. */
static int32_t city_of_key(const rs_dict *d, const char *key, size_t n) {
    const rs_slot *s = rs_lookup(d, key, n);
    for (int32_t k = s ? s->val : -1; k >= 0; k = d->vals[k].next)
        if (d->vals[k].type == RV_PLACE) return d->vals[k].ent;
    return -1;
}

#ifdef HAVE_GEONAMES
/* The normalised key of a phrase, as rs_add_phrase builds it. */
static size_t phrase_key(rs_dict *d, const char *phrase, char *key, size_t n) {
    an_arena_reset(&d->scratch);
    rs_word *w;
    int nw = rs_words(phrase, (uint32_t)strlen(phrase), &d->scratch, &w);
    size_t k = 0;
    for (int i = 0; i < nw && k + 2 < n; i++) {
        if (i) key[k++] = ' ';
        k += rs_norm(phrase, &w[i], key + k, n - k);
    }
    key[k] = 0;
    return k;
}

/* Adds a city; of several cities with one name, the most populous wins. */
static int add_city(rs_dict *d, const char *name, const char *cc2, double lat, double lon, uint32_t pop) {
    char key[512];
    size_t kn = phrase_key(d, name, key, sizeof key);
    if (kn < 3) return 0;
    int32_t old = city_of_key(d, key, kn);
    if (old >= 0 && d->cities[old].population >= pop) return 0;
    if (d->ncities == d->capcities) {
        int nc = d->capcities ? d->capcities * 2 : 1024;
        rs_city *ncs = realloc(d->cities, (size_t)nc * sizeof *ncs);
        if (!ncs) return -1;
        d->cities = ncs;
        d->capcities = nc;
    }
    int32_t ce = rs_country2(d, cc2);
    d->cities[d->ncities] = (rs_city){ an_arena_strdup(&d->arena, name), ce >= 0 ? d->ents[ce].code : NULL, lat, lon, pop };
    if (old >= 0) {                              /* repoint the existing value */
        const rs_slot *s = rs_lookup(d, key, kn);
        for (int32_t k = s->val; k >= 0; k = d->vals[k].next)
            if (d->vals[k].type == RV_PLACE) d->vals[k].ent = d->ncities;
        d->ncities++;
        return 0;
    }
    return rs_add_phrase(d, name, d->ncities++, RV_PLACE, NULL, 0, 0);
}

/* geonames.h declares a city a GVariant of type (sssssssudd): id, name, two
 * state fields, country code, country, time zone, population, latitude,
 * longitude. Asking GLib for each field builds a child GVariant (about a
 * thousand instructions apiece, 120,000 of them per start), so the fields
 * are read from the city's serialised bytes, whose layout is GVariant's
 * documented format: members in order, each aligned to its type; the end
 * offset of every string stored at the end of the data, last string first,
 * in as few bytes as the data's size needs. Every offset is checked; a city
 * that does not parse (another type, another library version) is read with
 * the library's getters instead. */
#define CITY_TUPLE "(sssssssudd)"
#define CITY_STRINGS 7

static size_t offset_size(size_t n) { return n > 0xFFFFFFFFu ? 8 : n > 0xFFFF ? 4 : n > 0xFF ? 2 : 1; }

static size_t read_offset(const unsigned char *p, size_t width) {
    size_t v = 0;
    for (size_t k = 0; k < width; k++) v |= (size_t)p[k] << (8 * k);     /* little-endian, as serialised */
    return v;
}

int rs_city_read(GeonamesCity *c, rs_city_fields *f) {
    if (strcmp(g_variant_get_type_string(c), CITY_TUPLE)) return 0;   /* a definite type: its string says it all */
    const unsigned char *p = g_variant_get_data(c);
    size_t n = g_variant_get_size(c), w = offset_size(n);
    if (!p || n < CITY_STRINGS * w + 20) return 0;
    size_t start[CITY_STRINGS], end[CITY_STRINGS], prev = 0;
    for (int k = 0; k < CITY_STRINGS; k++) {
        end[k] = read_offset(p + n - (size_t)(k + 1) * w, w);
        if (end[k] <= prev || end[k] > n - CITY_STRINGS * w || p[end[k] - 1] != 0) return 0;
        start[k] = prev;
        prev = end[k];
    }
    size_t u = (prev + 3) & ~(size_t)3, d = (u + 4 + 7) & ~(size_t)7;
    if (d + 16 > n - CITY_STRINGS * w) return 0;
    if (memchr(p + start[1], 0, end[1] - start[1]) != p + end[1] - 1 ||
        memchr(p + start[4], 0, end[4] - start[4]) != p + end[4] - 1) return 0;   /* one NUL, at the end */
    f->name = (const char *)p + start[1];
    f->country_code = (const char *)p + start[4];
    uint32_t pop;
    memcpy(&pop, p + u, 4);
    memcpy(&f->lat, p + d, 8);
    memcpy(&f->lon, p + d + 8, 8);
    f->population = pop;
    return 1;
}

int rs_load_cities(rs_dict *d) {
    int n = geonames_get_n_cities();
    for (int i = 0; i < n; i++) {
        GeonamesCity *c = geonames_get_city(i);
        if (!c) continue;
        rs_city_fields f;
        int rc = rs_city_read(c, &f)
            ? add_city(d, f.name, f.country_code, f.lat, f.lon, f.population)
            : add_city(d, geonames_city_get_name(c), geonames_city_get_country_code(c), geonames_city_get_latitude(c),
                       geonames_city_get_longitude(c), geonames_city_get_population(c));
        geonames_city_free(c);
        if (rc) return -1;
    }
    return 0;
}
#else
int rs_load_cities(rs_dict *d) { (void)d; return 0; }     /* built without libgeonames: no cities */
#endif

static int32_t find_place(rs_ctx *c, const char *name, const char *country) {
    for (int i = 0; i < c->nplaces; i++)
        if (!strcmp(c->places[i].name, name)) return i;
    if (c->nplaces == c->capplaces) {
        int nc = c->capplaces ? c->capplaces * 2 : 8;
        c->places = an_arena_grow(c->arena, c->places, (size_t)c->capplaces, (size_t)nc, sizeof *c->places);
        c->capplaces = nc;
    }
    an_place *p = &c->places[c->nplaces];
    memset(p, 0, sizeof *p);
    p->name = an_arena_strdup(c->arena, name);
    p->country = country ? an_arena_strdup(c->arena, country) : NULL;
    p->lat = p->lon = NAN;
    return c->nplaces++;
}

void rs_place_mention(rs_ctx *c, int w0, int w1, const char *fallback_country) {
    char key[512];
    size_t kn = 0;
    for (int i = w0; i < w1 && kn + 2 < sizeof key; i++) {
        if (i > w0) key[kn++] = ' ';
        kn += rs_norm(c->t, &c->w[i], key + kn, sizeof key - kn);
    }
    int32_t city = city_of_key(c->d, key, kn);
    const rs_city *ct = city >= 0 ? &c->d->cities[city] : NULL;
    const char *name = ct ? ct->name : an_arena_strndup(c->arena, c->t + c->w[w0].start, c->w[w1 - 1].end - c->w[w0].start);
    int32_t k = find_place(c, name, ct && ct->country ? ct->country : fallback_country);
    an_place *p = &c->places[k];
    if (ct) { p->lat = ct->lat; p->lon = ct->lon; }
    an_mention *nm = an_arena_push(c->arena, p->mentions, (size_t)p->nmentions, sizeof *nm);
    nm[p->nmentions++] = (an_mention){ an_body_offset(c->a, c->w[w0].start), an_body_offset(c->a, c->w[w1 - 1].end - 1) + 1,
                                       c->w[w0].start, c->w[w1 - 1].end };
    p->mentions = nm;
}
