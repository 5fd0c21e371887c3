/* annals parse: the analyse stage on its own, to look at what it does
 * (`annals parse --show pos,chunks,clauses "TEXT"`) and to time it on a
 * JSONL corpus (`annals parse --bench FILE`). */
#include "cli.h"
#include "../analyse/analyse.h"
#include "../core/arena.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { SHOW_TOKENS = 1, SHOW_POS = 2, SHOW_CHUNKS = 4, SHOW_CLAUSES = 8 };

static void usage(FILE *f) {
    fputs("usage: annals parse [--show tokens,pos,chunks,clauses] [--dict DIR] TEXT...\n"
          "       annals parse [--show ...] --file PATH      (a plain text file, - for stdin)\n"
          "       annals parse --bench FILE.jsonl           (time the analyse stage alone)\n"
          "  Prints each sentence with the parts asked for (default: pos,chunks,clauses).\n", f);
}

static int parse_show(const char *s) {
    int m = 0;
    while (*s) {
        size_t n = strcspn(s, ",");
        if (n == 6 && !strncmp(s, "tokens", 6)) m |= SHOW_TOKENS;
        else if (n == 3 && !strncmp(s, "pos", 3)) m |= SHOW_POS;
        else if (n == 6 && !strncmp(s, "chunks", 6)) m |= SHOW_CHUNKS;
        else if (n == 7 && !strncmp(s, "clauses", 7)) m |= SHOW_CLAUSES;
        else if (n == 3 && !strncmp(s, "all", 3)) m |= 15;
        else return -1;
        s += n;
        if (*s == ',') s++;
    }
    return m;
}

static void print_analysis(const struct an_analysis *an, int show, FILE *f) {
    size_t cap = 1 << 16;
    char *buf = malloc(cap);
    if (!buf) return;
    for (uint32_t i = 0; i < an->nsentences; i++) {
        const an_sentence *s = &an->sentences[i];
        fprintf(f, "sentence %u [%u,%u)%s%s: %.*s\n", i + 1, s->start, s->end,
                (s->flags & AN_SENT_HEADLINE) ? " headline" : "", (s->flags & AN_SENT_DATELINE) ? " dateline" : "",
                (int)(s->end - s->start), an->body + s->start);
        if (show & SHOW_TOKENS) { an_describe_tokens(an, s, 0, buf, cap); fprintf(f, "  tokens:  %s\n", buf); }
        if (show & SHOW_POS) { an_describe_tokens(an, s, 1, buf, cap); fprintf(f, "  pos:     %s\n", buf); }
        if (show & SHOW_CHUNKS) { an_describe_chunks(an, s, buf, cap); fprintf(f, "  chunks:  %s\n", buf); }
        if (show & SHOW_CLAUSES)
            for (uint32_t k = s->clause_start; k < s->clause_end; k++) {
                an_describe_clause(an, &an->clauses[k], buf, cap);
                fprintf(f, "  clause %u: %s\n", k - s->clause_start, buf);
            }
    }
    free(buf);
}

static char *read_all(const char *path, size_t *len) {
    FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0;
    char *p = malloc(cap);
    for (size_t r; p && (r = fread(p + n, 1, cap - n - 1, f)) > 0;) {
        n += r;
        if (cap - n < 2) { char *q = realloc(p, cap *= 2); if (!q) { free(p); p = NULL; } else p = q; }
    }
    if (f != stdin) fclose(f);
    if (p) { p[n] = 0; *len = n; }
    return p;
}

static void parse_text(const an_lexicon *lx, const char *text, size_t len, int show) {
    an_arena arena;
    an_arena_init(&arena, 64 * 1024);
    if (len > UINT32_MAX / 2) len = UINT32_MAX / 2;
    struct an_analysis *an = an_analyse(lx, &arena, text, (uint32_t)len, NULL, 0);
    print_analysis(an, show, stdout);
    an_arena_free(&arena);
}

/* ---- --bench ---- */

typedef struct bench {
    cli_common common;           /* first: cli_warn reads the same pointer as a cli_common */
    const an_lexicon *lx;
    an_arena arena;
    double seconds;
    uint64_t articles, sentences, tokens, clauses, clauseless;
} bench;

/* CPU time of this thread: the figure is per core, and other processes on a
 * busy machine should not count against it. */
static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void bench_doc(void *ud, const an_doc *d) {
    bench *b = ud;
    for (int i = 0; i < an_doc_count(d); i++) {
        const an_article *a = an_doc_article(d, i);
        double t0 = now();
        struct an_analysis *an = an_analyse(b->lx, &b->arena, a->body, a->body_len, a->paras, a->nparas);
        b->seconds += now() - t0;
        b->articles++;
        b->sentences += an->nsentences;
        b->tokens += an->ntokens;
        b->clauses += an->nclauses;
        for (uint32_t s = 0; s < an->nsentences; s++)
            b->clauseless += an->sentences[s].clause_end == an->sentences[s].clause_start;
        an_arena_reset(&b->arena);
    }
}

static int run_bench(cli_common *c, const char *path) {
    char err[512];
    c->opt.last_stage = AN_STAGE_INGEST;
    an_engine *e = an_engine_new(&c->opt, err, sizeof err);
    if (!e) { fprintf(stderr, "annals: %s\n", err); return 2; }
    double t0 = now();
    bench b = { .common = *c, .lx = an_lexicon_load(an_engine_options(e)->dict_dir, NULL, err, sizeof err) };
    double load = now() - t0;
    if (!b.lx) { fprintf(stderr, "annals: %s\n", err); an_engine_free(e); return 2; }
    an_arena_init(&b.arena, 256 * 1024);
    int failed = an_process_paths(e, &path, 1, bench_doc, cli_warn, &b);
    printf("analyse: %llu articles, %llu sentences, %llu tokens, %llu clauses in %.3f s\n",
           (unsigned long long)b.articles, (unsigned long long)b.sentences, (unsigned long long)b.tokens,
           (unsigned long long)b.clauses, b.seconds);
    printf("analyse: %.0f sentences/s, %.0f tokens/s (one core); lexicon loaded in %.0f ms; sentences without a clause: %llu\n",
           b.seconds > 0 ? (double)b.sentences / b.seconds : 0.0, b.seconds > 0 ? (double)b.tokens / b.seconds : 0.0,
           load * 1000, (unsigned long long)b.clauseless);
    an_arena_free(&b.arena);
    an_lexicon_free((an_lexicon *)b.lx);
    an_engine_free(e);
    return failed || b.clauseless ? 1 : 0;
}

static int run(cli_common *c, char **rest, int nrest, int show, const char *file) {
    char err[512];
    c->opt.last_stage = AN_STAGE_INGEST;             /* the lexicon is loaded here, once */
    an_engine *e = an_engine_new(&c->opt, err, sizeof err);
    if (!e) { fprintf(stderr, "annals: %s\n", err); return 2; }
    an_lexicon *lx = an_lexicon_load(an_engine_options(e)->dict_dir, NULL, err, sizeof err);
    int rc = 0;
    if (!lx) { fprintf(stderr, "annals: %s\n", err); rc = 2; }
    for (int i = 0; lx && i < nrest; i++) parse_text(lx, rest[i], strlen(rest[i]), show);
    if (lx && file) {
        size_t len;
        char *text = read_all(file, &len);
        if (!text) { fprintf(stderr, "annals: cannot read %s\n", file); rc = 1; }
        else parse_text(lx, text, len, show);
        free(text);
    }
    an_lexicon_free(lx);
    an_engine_free(e);
    return rc;
}

int cmd_parse(int argc, char **argv) {
    cli_common c;
    memset(&c, 0, sizeof c);
    char **rest = calloc((size_t)argc + 1, sizeof *rest);
    int nrest, show = SHOW_POS | SHOW_CHUNKS | SHOW_CLAUSES, n = 0, rc;
    const char *file = NULL, *bench_path = NULL;
    if (!rest || cli_parse_common(argc, argv, &c, rest, &nrest)) { free(rest); return 2; }
    for (int i = 0; i < nrest; i++) {
        const char *a = rest[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) { usage(stdout); free(rest); return 0; }
        if ((!strcmp(a, "--show") || !strcmp(a, "--file") || !strcmp(a, "--bench")) && i + 1 >= nrest) {
            fprintf(stderr, "annals parse: %s needs a value\n", a);
            free(rest);
            return 2;
        }
        if (!strcmp(a, "--show")) {
            if ((show = parse_show(rest[++i])) < 0) { fprintf(stderr, "annals parse: --show takes tokens,pos,chunks,clauses\n"); free(rest); return 2; }
        } else if (!strcmp(a, "--file")) file = rest[++i];
        else if (!strcmp(a, "--bench")) bench_path = rest[++i];
        else if (a[0] == '-' && a[1]) { fprintf(stderr, "annals parse: unknown option %s\n", a); usage(stderr); free(rest); return 2; }
        else rest[n++] = rest[i];
    }
    if (bench_path) rc = run_bench(&c, bench_path);
    else if (!n && !file) { usage(stderr); rc = 2; }
    else rc = run(&c, rest, n, show, file);
    free(rest);
    return rc;
}
