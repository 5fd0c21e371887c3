/* The `annals` command: one file per subcommand, registered in main.c. */
#ifndef AN_CLI_H
#define AN_CLI_H
#include "../../include/annals.h"
#include <stdio.h>

/* Options every subcommand that reads news understands. Parsing removes them
 * from argv and leaves the rest (paths) in order. */
typedef struct cli_common {
    an_options opt;
    int jobs;
    int unordered;               /* with -j: output as documents finish */
    int quiet;
    const char *tabari[17], *petrarch[17];   /* --import-tabari / --import-petrarch, NULL-terminated */
    int ntabari, npetrarch;
    const char *verbs_tabari[17], *verbs_petrarch[17];   /* --verbs-tabari / --verbs-petrarch, NULL-terminated */
    int nverbs_tabari, nverbs_petrarch;
} cli_common;

/* Returns the index of the first unparsed argument, or -1 after printing an
 * error. Recognises --date, --dict, --kind, --max-doc-size, --max-article-size, -j, --unordered, --quiet,
 * --import-tabari FILE and --import-petrarch FILE (repeatable, up to 16), and
 * --verbs-tabari FILE / --verbs-petrarch FILE: code events with those verb
 * dictionaries instead of ours. */
int cli_parse_common(int argc, char **argv, cli_common *c, char **rest, int *nrest);
void cli_warn(void *ud, const char *path, uint64_t offset, const char *msg);
/* For commands whose only arguments are inputs: after cli_parse_common, any
 * option left is an error (or --help). Returns -1 when there is none, else
 * the exit status to return (0 after --help, 2 after an unknown option). */
int cli_no_other_options(const char *cmd, char **rest, int nrest, void (*usage)(FILE *));

int cmd_extract(int argc, char **argv);
int cmd_quotes(int argc, char **argv);
int cmd_code(int argc, char **argv);
int cmd_parse(int argc, char **argv);
int cmd_actors(int argc, char **argv);

/* The store (src/store, docs/store.md). */
int cmd_ingest(int argc, char **argv);
int cmd_events(int argc, char **argv);
int cmd_timeline(int argc, char **argv);
int cmd_stories(int argc, char **argv);
int cmd_export(int argc, char **argv);
/* The store forms of `annals quotes` and `annals actors`, for main to call
 * when --db is given or no input file is. */
int cmd_query_quotes(int argc, char **argv);
int cmd_query_actors(int argc, char **argv);

#endif
