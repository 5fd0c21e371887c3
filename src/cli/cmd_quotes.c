/* annals quotes INPUT...: who said what, as a table or as JSON Lines. */
#include "cli.h"
#include "../core/buf.h"
#include "../core/json.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct qopts {
    cli_common c;
    const char *speaker;          /* --speaker: substring of the speaker, any case */
    int json, indirect, width;
} qopts;

static const char *const kinds[] = { "direct", "partial", "block", "indirect" };

static void usage(FILE *f) {
    fputs("usage: annals quotes [--speaker NAME] [--json] [--no-indirect] [--width N] [common options] INPUT...\n"
          "  Every quotation found, with its speaker: a table (speaker, kind, text), or with\n"
          "  --json one object per quote (doc, article, speaker, speaker_code, text, kind,\n"
          "  start, end, cue, addressee). --speaker keeps quotes whose speaker contains NAME.\n"
          "  Reported speech (kind indirect) is listed too unless --no-indirect.\n", f);
}

static int wanted(const qopts *o, const an_quote *q) {
    if (!o->indirect && q->kind == AN_QUOTE_INDIRECT) return 0;
    return !o->speaker || (q->speaker && strcasestr(q->speaker, o->speaker));
}

static void print_json(const an_article *a, const an_quote *q) {
    an_buf b;
    an_buf_init(&b);
    an_buf_adds(&b, "{\"doc\":");
    json_add_strz(&b, a->doc);
    an_buf_printf(&b, ",\"article\":%d,\"speaker\":", a->index);
    json_add_strz(&b, q->speaker);
    an_buf_adds(&b, ",\"speaker_code\":");
    json_add_strz(&b, q->speaker_code);
    an_buf_adds(&b, ",\"text\":");
    json_add_strz(&b, q->text);
    an_buf_printf(&b, ",\"kind\":\"%s\",\"start\":%llu,\"end\":%llu,\"cue\":", kinds[q->kind],
                  (unsigned long long)q->start, (unsigned long long)q->end);
    json_add_strz(&b, q->cue);
    an_buf_adds(&b, ",\"addressee\":");
    json_add_strz(&b, q->addressee);
    an_buf_adds(&b, "}\n");
    fputs(b.p, stdout);
    an_buf_free(&b);
}

/* One table row; the text on one line, cut at `width` bytes on a character boundary. */
static void print_row(const qopts *o, const an_quote *q) {
    const char *t = q->text;
    size_t n = strlen(t), lim = (size_t)o->width;
    int cut = n > lim;
    if (cut) { n = lim; while (n && ((unsigned char)t[n] & 0xC0) == 0x80) n--; }
    printf("%-28.28s  %-8s  ", q->speaker ? q->speaker : "?", kinds[q->kind]);
    for (size_t i = 0; i < n; i++) putchar(t[i] == '\n' ? ' ' : t[i]);
    fputs(cut ? "...\n" : "\n", stdout);
}

static void print_doc(void *ud, const an_doc *d) {
    const qopts *o = ud;
    for (int i = 0; i < an_doc_count(d); i++) {
        const an_article *a = an_doc_article(d, i);
        for (int k = 0; k < a->nquotes; k++) {
            if (!wanted(o, &a->quotes[k])) continue;
            if (o->json) print_json(a, &a->quotes[k]);
            else print_row(o, &a->quotes[k]);
        }
    }
}

/* Our own options; returns -1 on error, 1 after --help, 0 otherwise. */
static int parse_own(qopts *o, char **rest, int *nrest) {
    int w = 0;
    for (int i = 0; i < *nrest; i++) {
        const char *a = rest[i];
        if (!strcmp(a, "--speaker") && i + 1 < *nrest) o->speaker = rest[++i];
        else if (!strcmp(a, "--json")) o->json = 1;
        else if (!strcmp(a, "--no-indirect")) o->indirect = 0;
        else if (!strcmp(a, "--width") && i + 1 < *nrest) o->width = atoi(rest[++i]);
        else if (!strcmp(a, "-h") || !strcmp(a, "--help")) { usage(stdout); return 1; }
        else if (a[0] == '-' && a[1]) { fprintf(stderr, "annals quotes: unknown option %s\n", a); usage(stderr); return -1; }
        else rest[w++] = rest[i];
    }
    *nrest = w;
    if (o->width < 20) o->width = 20;
    return 0;
}

int cmd_quotes(int argc, char **argv) {
    qopts o;
    memset(&o, 0, sizeof o);
    o.indirect = 1;
    o.width = 110;
    char **rest = calloc((size_t)argc + 1, sizeof *rest);
    int nrest, rc;
    if (!rest || cli_parse_common(argc, argv, &o.c, rest, &nrest)) { free(rest); return 2; }
    if ((rc = parse_own(&o, rest, &nrest)) != 0 || !nrest) {
        if (!rc) usage(stderr);
        free(rest);
        return rc > 0 ? 0 : 2;
    }
    char err[512];
    an_engine *e = an_engine_new(&o.c.opt, err, sizeof err);
    if (!e) { fprintf(stderr, "annals: %s\n", err); free(rest); return 2; }
    if (!o.json) printf("%-28s  %-8s  %s\n", "SPEAKER", "KIND", "TEXT");
    int failed = an_process_paths(e, (const char *const *)rest, nrest, print_doc, cli_warn, &o);
    an_engine_free(e);
    free(rest);
    if (fflush(stdout) != 0) { perror("annals: writing output"); return 1; }
    return failed ? 1 : 0;
}
