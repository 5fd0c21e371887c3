#include "cli.h"
#include <stdio.h>
#include <string.h>
#include <unistd.h>

typedef struct command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *help;
} command;

/* `annals quotes FILE...` and `annals actors FILE...` read news; the same
 * commands with no input (or with --db) ask the database instead. An input
 * is an argument that names an existing path, or "-". */
static int names_input(int argc, char **argv) {
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--db")) return 0;
        if (!strcmp(argv[i], "-") || (argv[i][0] != '-' && access(argv[i], F_OK) == 0)) return 1;
    }
    return 0;
}

static int run_quotes(int argc, char **argv) {
    return names_input(argc, argv) ? cmd_quotes(argc, argv) : cmd_query_quotes(argc, argv);
}

static int run_actors(int argc, char **argv) {
    return names_input(argc, argv) ? cmd_actors(argc, argv) : cmd_query_actors(argc, argv);
}

static const command commands[] = {
    { "extract",  cmd_extract,  "articles with metadata, actors, events and quotes, as JSON Lines" },
    { "parse",    cmd_parse,    "sentences, tags, chunks and clauses of a text (the analyse stage)" },
    { "code",     cmd_code,     "events of JSON Lines records {\"id\", \"date\", \"text\"}" },
    { "quotes",   run_quotes,   "who said what: quotations from files, or from the database (--db)" },
    { "actors",   run_actors,   "coded actors of files, or of the database (--db)" },
    { "ingest",   cmd_ingest,   "run every stage and store the results in a database (--db)" },
    { "events",   cmd_events,   "stored events, merged across articles and outlets" },
    { "timeline", cmd_timeline, "stored events per date" },
    { "stories",  cmd_stories,  "stored articles grouped into stories" },
    { "export",   cmd_export,   "the store as GDELT, PLOVER, JSON Lines or CSV" },
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
