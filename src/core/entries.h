/* Reader for the entry format shared by our dictionaries (dict/README.md):
 * an unindented line names an entry, indented `key value` lines give its
 * fields, `[HEADER]` lines open a block, `#` starts a comment. */
#ifndef AN_ENTRIES_H
#define AN_ENTRIES_H
#include <stddef.h>

typedef enum { ENT_NAME, ENT_FIELD, ENT_HEADER } ent_kind;

/* Called once per meaningful line; key is NULL for names and headers. Text is
 * trimmed and NUL-terminated in a scratch buffer valid only during the call.
 * Return non-zero (with a message in err) to stop with an error. */
typedef int (*ent_fn)(void *ud, ent_kind kind, const char *key, const char *value,
                      int line, char *err, size_t errlen);

/* Returns 0, or -1 with "path:line: message" in err. */
int entries_read(const char *path, ent_fn fn, void *ud, char *err, size_t errlen);
/* The same over a buffer (for tests and embedded data). */
int entries_parse(const char *name, const char *data, size_t len, ent_fn fn, void *ud, char *err, size_t errlen);
/* As entries_parse/entries_read, but the callback also receives the line's
 * comment (the text after `#`, trimmed; "" when there is none). Dictionaries
 * put flags there, e.g. `alias US  # case-sensitive`. */
typedef int (*ent_cfn)(void *ud, ent_kind kind, const char *key, const char *value,
                       const char *comment, int line, char *err, size_t errlen);
int entries_parse_c(const char *name, const char *data, size_t len, ent_cfn fn, void *ud, char *err, size_t errlen);
int entries_read_c(const char *path, ent_cfn fn, void *ud, char *err, size_t errlen);
/* Split a `;`-separated list in place; calls each(ud, item) for non-empty items. */
int entries_split(char *list, int (*each)(void *ud, const char *item), void *ud);

#endif
