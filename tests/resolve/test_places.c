/* The gazetteer's cities, read from libgeonames. */
#include "../test.h"
#include "../../src/resolve/rs_int.h"
#include <math.h>
#include <stdlib.h>

#ifdef HAVE_GEONAMES
static int same_double(double a, double b) { return a == b || (isnan(a) && isnan(b)); }

/* Every city read from its serialised bytes has the fields the library's
 * getters give, and every city of the installed library reads that way. */
TEST(places_cities_read_from_bytes_match_the_getters) {
    int n = geonames_get_n_cities(), read = 0, same = 0;
    for (int i = 0; i < n; i++) {
        GeonamesCity *c = geonames_get_city(i);
        if (!c) continue;
        rs_city_fields f;
        if (rs_city_read(c, &f)) {
            read++;
            same += !strcmp(f.name, geonames_city_get_name(c)) && !strcmp(f.country_code, geonames_city_get_country_code(c)) &&
                    same_double(f.lat, geonames_city_get_latitude(c)) && same_double(f.lon, geonames_city_get_longitude(c)) &&
                    f.population == geonames_city_get_population(c);
        }
        geonames_city_free(c);
    }
    CHECK(n > 1000);
    CHECK_INT(read, n);
    CHECK_INT(same, read);
}

/* A city of another type, or bytes that do not hold the layout, is refused,
 * so that the loader falls back to the getters. */
TEST(places_city_of_another_layout_is_refused) {
    rs_city_fields f;
    GVariant *other = g_variant_ref_sink(g_variant_new("(ss)", "Doha", "QA"));
    CHECK(!rs_city_read(other, &f));
    g_variant_unref(other);
    GVariant *ok = g_variant_ref_sink(g_variant_new("(sssssssudd)", "1", "Doha", "", "", "QA", "Qatar", "Asia/Qatar",
                                                     (guint32)1186023, 25.28, 51.53));
    CHECK(rs_city_read(ok, &f));
    if (rs_city_read(ok, &f)) {
        CHECK_STR(f.name, "Doha");
        CHECK_STR(f.country_code, "QA");
        CHECK(f.population == 1186023 && f.lat == 25.28 && f.lon == 51.53);
    }
    /* the same bytes with the name's end offset pointing past the strings */
    size_t n = g_variant_get_size(ok);
    unsigned char *bad = malloc(n);
    memcpy(bad, g_variant_get_data(ok), n);
    bad[n - 2] = 0xF0;
    GVariant *broken = g_variant_ref_sink(g_variant_new_from_data(G_VARIANT_TYPE("(sssssssudd)"), bad, n, FALSE, free, bad));
    CHECK(!rs_city_read(broken, &f));
    g_variant_unref(broken);
    /* the name's end offset one byte short: a name without its NUL */
    unsigned char *cut = malloc(n);
    memcpy(cut, g_variant_get_data(ok), n);
    cut[n - 2]--;
    broken = g_variant_ref_sink(g_variant_new_from_data(G_VARIANT_TYPE("(sssssssudd)"), cut, n, FALSE, free, cut));
    CHECK(!rs_city_read(broken, &f));
    g_variant_unref(broken);
    g_variant_unref(ok);
}
#endif
