/* The CAMEO event code table (dict/cameo/codes.txt): name, Goldstein weight,
 * quad class and PLOVER type of every code. Loaded once by the engine and
 * read-only afterwards, so any number of threads may look codes up. */
#ifndef AN_CAMEO_H
#define AN_CAMEO_H
#include <stddef.h>

typedef struct an_cameo_code {
    const char *code;       /* "01", "163", "0211" (leading zero kept) */
    double goldstein;       /* -10.0 .. 10.0 */
    int quad;               /* 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict */
    const char *plover;     /* PLOVER type, or NULL where the file says `-` */
    const char *name;       /* our own short wording */
} an_cameo_code;

typedef struct an_cameo an_cameo;

/* Returns NULL with "path:line: message" in err on failure. */
an_cameo *cameo_load(const char *path, char *err, size_t errlen);
/* The same from a buffer (tests). */
an_cameo *cameo_parse(const char *name, const char *data, size_t len, char *err, size_t errlen);
void cameo_free(an_cameo *t);

/* NULL for a code not in the table. */
const an_cameo_code *cameo_get(const an_cameo *t, const char *code);
int cameo_count(const an_cameo *t);
const an_cameo_code *cameo_at(const an_cameo *t, int i);   /* in file order */
/* The two-digit root of a code ("1631" -> "16"), written to buf (>= 3 bytes);
 * NULL if code is not a CAMEO-shaped code (2 to 4 digits). */
const char *cameo_root(const char *code, char *buf, size_t n);

#endif
