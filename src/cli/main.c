#include "cli.h"
#include <stdio.h>
#include <string.h>

typedef struct command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *help;
} command;

static const command commands[] = {
    { "extract", cmd_extract, "articles, metadata (and later actors, events, quotes) as JSON Lines" },
    { "ingest", cmd_ingest, "run every stage and store the results in a database (--db)" },
    { "events", cmd_events, "stored events, merged across articles and outlets" },
    { "timeline", cmd_timeline, "stored events per date" },
    { "stories", cmd_stories, "stored articles grouped into stories" },
    { "export", cmd_export, "the store as GDELT, PLOVER, JSON Lines or CSV" },
    { "quotes",  cmd_quotes,  "who said what: every quotation with its speaker, as a table or JSON" },
    { "code",    cmd_code,    "events of JSON Lines records {\"id\", \"date\", \"text\"}" },
    { "parse", cmd_parse, "sentences, tags, chunks and clauses of a text (the analyse stage)" },
    { "actors", cmd_actors, "the coded actors of each article, as a readable table" },
};

static void usage(FILE *f) {
    fprintf(f, "annals %s: news in, coded political events out\n\nusage: annals COMMAND [OPTIONS] [INPUT...]\n\ncommands:\n", ANNALS_VERSION);
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        fprintf(f, "  %-10s %s\n", commands[i].name, commands[i].help);
    fputs("\nRun 'annals COMMAND --help' for a command's options.\n", f);
}

int main(int argc, char **argv) {
    if (argc < 2) { usage(stderr); return 2; }
    if (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help") || !strcmp(argv[1], "help")) { usage(stdout); return 0; }
    if (!strcmp(argv[1], "--version")) { printf("annals %s\n", ANNALS_VERSION); return 0; }
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (!strcmp(argv[1], commands[i].name)) return commands[i].run(argc - 1, argv + 1);
    fprintf(stderr, "annals: unknown command '%s'\n", argv[1]);
    usage(stderr);
    return 2;
}
