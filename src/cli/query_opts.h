/* Options of the commands that read the store (events, timeline, stories,
 * quotes, actors, export): which ones a command takes, and their parsing. */
#ifndef AN_QUERY_OPTS_H
#define AN_QUERY_OPTS_H
#include "../store/store.h"

enum {
    QO_ACTOR = 1 << 0, QO_SOURCE = 1 << 1, QO_TARGET = 1 << 2, QO_CODE = 1 << 3,
    QO_DATES = 1 << 4, QO_TEXT = 1 << 5, QO_SPEAKER = 1 << 6, QO_FORMAT = 1 << 7,
    QO_EXPORT = 1 << 8,
};

typedef struct query_opts {
    const char *db;
    out_format fmt;
    query_filter f;
    const char *export_format;    /* export: gdelt, plover, jsonl, csv */
    const char *output;           /* export: -o FILE */
    int no_header;
    int help;
} query_opts;

/* Returns 0, or -1 after printing what is wrong. */
int query_parse(int argc, char **argv, const char *cmd, unsigned allowed, query_opts *o);
/* Opens the store read-only, printing the error on failure. */
an_store *query_open(const query_opts *o, const char *cmd);

#endif
