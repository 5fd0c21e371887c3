/* Building an engine: the lexicon loads on a thread of its own beside the
 * event and actor tables, and a broken dictionary is still reported as
 * before, the first in stage order when both halves fail. */
#include "../test.h"
#include "../../include/annals.h"
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef ANNALS_DICT_DIR
#define ANNALS_DICT_DIR "dict"
#endif

/* A dictionary folder in dir whose subfolders link to ours, except those
 * named in empty, which are there but empty. */
static int dict_without(const char *dir, const char *const *empty) {
    DIR *d = opendir(ANNALS_DICT_DIR);
    if (!d) return -1;
    char abs[4096], src[sizeof abs + 256], dst[sizeof abs + 256];
    if (!realpath(ANNALS_DICT_DIR, abs)) { closedir(d); return -1; }
    int rc = 0;
    for (struct dirent *de; (de = readdir(d));) {
        if (de->d_name[0] == '.') continue;
        int skip = 0;
        for (int k = 0; empty[k]; k++) skip |= !strcmp(de->d_name, empty[k]);
        snprintf(src, sizeof src, "%s/%s", abs, de->d_name);
        snprintf(dst, sizeof dst, "%s/%s", dir, de->d_name);
        if (skip ? mkdir(dst, 0700) : symlink(src, dst)) rc = -1;
    }
    closedir(d);
    return rc;
}

/* Undo dict_without: its links and empty folders, then dir. */
static int remove_dict(const char *dir) {
    DIR *d = opendir(dir);
    if (!d) return -1;
    char path[4352];
    int rc = 0;
    for (struct dirent *de; (de = readdir(d));) {
        if (de->d_name[0] == '.') continue;
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        if (unlink(path) && rmdir(path)) rc = -1;
    }
    closedir(d);
    return rmdir(dir) ? -1 : rc;
}

/* an_engine_new on our dictionaries less the folders in empty; returns the
 * error (empty if the engine was built). */
static const char *build_without(const char *const *empty, char *err, size_t n) {
    char dir[] = "/tmp/annals-engine-XXXXXX";
    err[0] = 0;
    if (!mkdtemp(dir) || dict_without(dir, empty)) { snprintf(err, n, "setup failed"); return err; }
    an_options o = { .dict_dir = dir };
    an_engine *e = an_engine_new(&o, err, n);
    an_engine_free(e);
    if (remove_dict(dir)) snprintf(err, n, "cleanup failed");
    return err;
}

TEST(engine_builds_and_reports_the_broken_half) {
    char err[512];
    CHECK_STR(build_without((const char *const[]){ NULL }, err, sizeof err), "");
    CHECK(strstr(build_without((const char *const[]){ "lexicon", NULL }, err, sizeof err), "lexicon/") != NULL);
    CHECK(strstr(build_without((const char *const[]){ "cameo", NULL }, err, sizeof err), "cameo/") != NULL);
    CHECK(strstr(build_without((const char *const[]){ "actors", NULL }, err, sizeof err), "actors") != NULL);
    /* both halves broken: the lexicon, which comes first, is the one named */
    CHECK(strstr(build_without((const char *const[]){ "cameo", "lexicon", NULL }, err, sizeof err), "lexicon/") != NULL);
}

/* An engine that stops at a stage loads no more than that stage needs. */
TEST(engine_for_early_stages_skips_later_tables) {
    char err[512];
    an_options o = { .last_stage = AN_STAGE_INGEST };
    an_engine *e = an_engine_new(&o, err, sizeof err);
    CHECK(e != NULL);
    an_engine_free(e);
    o.last_stage = AN_STAGE_ANALYSE;
    e = an_engine_new(&o, err, sizeof err);
    CHECK(e != NULL);
    an_engine_free(e);
}
