#include "engine.h"
#include "../core/date.h"
#include "../extract/cameo.h"
#include "../extract/patterns.h"
#include "../extract/patterns_import.h"
#include "../extract/quotes.h"
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef ANNALS_DICT_DIR
#define ANNALS_DICT_DIR "dict"
#endif

const char *engine_dict_path(const an_engine *e, const char *rel, char *buf, size_t n) {
    snprintf(buf, n, "%s/%s", e->dict_dir, rel);
    return buf;
}

static int check_date(const char *s, char *err, size_t errlen) {
    an_date d;
    if (strlen(s) == 10 && date_parse_field(s, &d) && d.start == 0 && d.end == 10) return 0;
    snprintf(err, errlen, "bad default date '%s': expected YYYY-MM-DD", s);
    return -1;
}

/* Peer verb dictionaries in place of ours. The option arrays belong to the
 * caller and are not kept. */
static int import_verbs(an_engine *e, char *err, size_t errlen) {
    e->verb_patterns = patterns_new();
    if (!e->verb_patterns) { snprintf(err, errlen, "out of memory"); return -1; }
    for (int k = 0; e->opt.verbs_tabari && e->opt.verbs_tabari[k]; k++) {
        import_stats st;
        memset(&st, 0, sizeof st);
        if (patterns_import_tabari(e->verb_patterns, e->opt.verbs_tabari[k], &st, err, errlen)) return -1;
    }
    for (int k = 0; e->opt.verbs_petrarch && e->opt.verbs_petrarch[k]; k++) {
        import_stats st;
        memset(&st, 0, sizeof st);
        if (patterns_import_petrarch(e->verb_patterns, e->opt.verbs_petrarch[k], &st, err, errlen)) return -1;
    }
    e->opt.verbs_tabari = e->opt.verbs_petrarch = NULL;
    return 0;
}

/* The extract stage's tables: CAMEO codes first, since the pattern loaders
 * reject codes the table does not know. */
static int load_events(an_engine *e, char *err, size_t errlen) {
    char path[4096];
    e->cameo = cameo_load(engine_dict_path(e, "cameo/codes.txt", path, sizeof path), err, errlen);
    if (!e->cameo) return -1;
    int peers = (e->opt.verbs_tabari && e->opt.verbs_tabari[0]) || (e->opt.verbs_petrarch && e->opt.verbs_petrarch[0]);
    if (peers) {
        if (import_verbs(e, err, errlen)) return -1;
    } else {
        e->verb_patterns = patterns_new();
        e->noun_patterns = patterns_new();
        if (!e->verb_patterns || !e->noun_patterns) { snprintf(err, errlen, "out of memory"); return -1; }
        if (patterns_load_glob(e->verb_patterns, e->dict_dir, "verbs", e->cameo, err, errlen) < 0) return -1;
        if (patterns_load_glob(e->noun_patterns, e->dict_dir, "nouns", e->cameo, err, errlen) < 0) return -1;
    }
    e->coder = (ev_tables){ e->cameo, e->verb_patterns, e->noun_patterns, !peers };
    e->quote_words = qwords_new();
    return 0;
}

/* Our actor dictionaries, then the user's TABARI and PETRARCH imports. The
 * option arrays are not kept: they belong to the caller. */
static int load_actors(an_engine *e, char *err, size_t errlen) {
    e->actors = rs_dict_load(e->dict_dir, err, errlen);
    if (!e->actors) return -1;
    for (int k = 0; e->opt.import_tabari && e->opt.import_tabari[k]; k++)
        if (rs_dict_import(e->actors, RS_IMPORT_TABARI, e->opt.import_tabari[k], err, errlen)) return -1;
    for (int k = 0; e->opt.import_petrarch && e->opt.import_petrarch[k]; k++)
        if (rs_dict_import(e->actors, RS_IMPORT_PETRARCH, e->opt.import_petrarch[k], err, errlen)) return -1;
    e->opt.import_tabari = e->opt.import_petrarch = NULL;
    return 0;
}

/* The lexicon loads on a thread of its own while the calling thread loads
 * the event and actor tables: the two halves share nothing, each takes
 * about half the engine's start, and a second core is idle then. */
typedef struct lexicon_load {
    const char *dir;
    an_lexicon *lx;
    char err[4352];
} lexicon_load;

static void *load_lexicon(void *arg) {
    lexicon_load *l = arg;
    l->lx = an_lexicon_load(l->dir, NULL, l->err, sizeof l->err);
    return NULL;
}

/* The stages' tables after ingest's; the first error in stage order wins. */
static int load_stages(an_engine *e, char *err, size_t errlen) {
    int need_lexicon = e->opt.last_stage >= AN_STAGE_ANALYSE;
    lexicon_load lex = { .dir = e->dict_dir };
    pthread_t tid;
    int threaded = need_lexicon && pthread_create(&tid, NULL, load_lexicon, &lex) == 0;
    if (need_lexicon && !threaded) load_lexicon(&lex);
    char rest_err[4352] = "";
    int rest = 0;
    /* the CAMEO table and ~11,000 patterns only serve the event coder */
    if (e->opt.last_stage >= AN_STAGE_EXTRACT && load_events(e, rest_err, sizeof rest_err)) rest = -1;
    if (!rest && e->opt.last_stage >= AN_STAGE_RESOLVE && load_actors(e, rest_err, sizeof rest_err)) rest = -1;
    if (threaded) pthread_join(tid, NULL);
    e->lexicon = lex.lx;
    if (need_lexicon && !e->lexicon) { snprintf(err, errlen, "%s", lex.err); return -1; }
    if (rest) { snprintf(err, errlen, "%s", rest_err); return -1; }
    return 0;
}

an_engine *an_engine_new(const an_options *opt, char *err, size_t errlen) {
    an_engine *e = calloc(1, sizeof *e);
    if (!e) { snprintf(err, errlen, "out of memory"); return NULL; }
    if (opt) e->opt = *opt;
    if (!e->opt.max_doc_bytes) e->opt.max_doc_bytes = (size_t)64 << 20;
    if (!e->opt.max_article_bytes) e->opt.max_article_bytes = (size_t)1 << 20;
    if (e->opt.max_article_bytes > UINT32_MAX) e->opt.max_article_bytes = UINT32_MAX;
    if (!e->opt.last_stage) e->opt.last_stage = AN_STAGE_EXTRACT;
    const char *dir = e->opt.dict_dir;
    if (!dir) dir = getenv("ANNALS_DICT");
    if (!dir) dir = ANNALS_DICT_DIR;
    e->dict_dir = strdup(dir);
    e->opt.dict_dir = e->dict_dir;
    if (e->opt.default_date) {
        if (check_date(e->opt.default_date, err, errlen)) { an_engine_free(e); return NULL; }
        e->default_date = strdup(e->opt.default_date);
        e->opt.default_date = e->default_date;
    }
    char path[4096];
    e->outlets = outlets_load(engine_dict_path(e, "ingest/outlets.txt", path, sizeof path), err, errlen);
    if (!e->outlets) { an_engine_free(e); return NULL; }
    if (!(e->phrases = malloc(sizeof *e->phrases))) {
        snprintf(err, errlen, "out of memory");
        an_engine_free(e);
        return NULL;
    }
    ingest_phrases_init(e->phrases);
    if (load_stages(e, err, errlen)) { an_engine_free(e); return NULL; }
    if (e->actors && e->verb_patterns && !e->coder.ours) rs_dict_peer_mode(e->actors);   /* their verbs: their actors' reading */
    return e;
}

void an_engine_free(an_engine *e) {
    if (!e) return;
    outlets_free(e->outlets);
    free(e->phrases);
    cameo_free(e->cameo);
    patterns_free(e->verb_patterns);
    patterns_free(e->noun_patterns);
    an_wordset_free(e->quote_words);
    an_lexicon_free(e->lexicon);
    rs_dict_free(e->actors);
    free(e->dict_dir);
    free(e->default_date);
    free(e);
}

const an_options *an_engine_options(const an_engine *e) { return &e->opt; }

const an_engine *engine_dated_view(const an_engine *e, const char *date, an_engine *view) {
    *view = *e;
    view->default_date = NULL;             /* not owned by the view */
    view->opt.default_date = date;
    return view;
}
