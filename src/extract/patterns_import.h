/* Importers for the verb dictionaries of the two established CAMEO coders,
 * read at run time into the same compiled pattern set as our own files
 * (patterns.h). Nothing of theirs is stored in this project.
 *
 * TABARI (.verbs; manual ch. 5): a root line `WORD [code]` (a word written
 * without a trailing `_` matches as a stem), an optional `{ FORMS }` line, then
 * pattern lines `- PRE * POST [code]`; `_` joins adjacent words, a blank lets
 * words in between; `$` source, `+` target, `%` both, `^` an actor passed
 * over, `{ A | B }` alternatives, `&SET` synsets from a <SYNSETS> block; `;`
 * starts a comment.
 *
 * PETRARCH (PETRARCH-1 PETR.*.verbs.txt, PETRARCH-2 CAMEO.2.0.txt): blocks
 * `--- NAME [code] ---` of verbs (with `{FORMS}`; `+A_B` and `A_+B` are
 * compound verbs, the `+` word being the verb) sharing the block's pattern
 * lines; `&SET` synsets with `+MEMBER` lines; PETRARCH-2 groups a noun
 * phrase in `{...}` and a prepositional phrase in `(...)`; `#` and <!-- -->
 * are comments; `~` transformation lines are not patterns.
 *
 * Lines that cannot be compiled are skipped and counted by reason, because
 * peer files carry test oddities; only an unreadable file is an error. */
#ifndef AN_PATTERNS_IMPORT_H
#define AN_PATTERNS_IMPORT_H
#include "patterns.h"

typedef enum {
    IMP_BAD_CODE,        /* no `[code]`, or an empty one */
    IMP_BAD_TOKEN,       /* a token of no known kind */
    IMP_SYNSET,          /* an `&SET` that is not defined */
    IMP_VARIANTS,        /* alternatives and synsets expand to too many patterns */
    IMP_TOO_LONG,        /* more elements than a pattern holds */
    IMP_VERB_MARK,       /* more than one `*` */
    IMP_NO_ROOT,         /* a pattern line before any verb */
    IMP_NOT_PATTERN,     /* TIME entries, transformations: other features */
    IMP_NREASONS
} imp_reason;

typedef struct import_stats {
    int verbs;           /* verb roots or verbs read (keys) */
    int lines;           /* pattern lines read, plus one default per root or block */
    int imported;        /* those compiled into the set */
    int added;           /* compiled patterns added (alternatives expanded) */
    int skipped[IMP_NREASONS];
    int synsets;
} import_stats;

const char *import_reason_name(imp_reason r);
int import_skipped(const import_stats *st);

/* Each returns 0, or -1 with a message for a file that cannot be read. The
 * set is indexed on return. */
int patterns_import_tabari(an_patterns *p, const char *path, import_stats *st, char *err, size_t errlen);
int patterns_import_petrarch(an_patterns *p, const char *path, import_stats *st, char *err, size_t errlen);
/* The same over a buffer (tests). */
int patterns_import_tabari_buf(an_patterns *p, const char *name, const char *data, size_t len,
                               import_stats *st);
int patterns_import_petrarch_buf(an_patterns *p, const char *name, const char *data, size_t len,
                                 import_stats *st);

#endif
