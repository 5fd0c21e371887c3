/* Stories: the articles that follow one matter over time. An article's story
 * key is its two most-mentioned actors (sorted, so "Putin and Witkoff" and
 * "Witkoff and Putin" agree) and its topic, the most frequent CAMEO root of
 * its events. Articles with the same key join the latest story with that key
 * whose last article is at most STORY_GAP_DAYS away; a longer silence starts
 * a new story. A near-duplicate goes into its original's story uncounted. */
#include "store.h"
#include <string.h>

/* The two actors with most mentions, ties to the first found. */
static void top_actors(const an_article *a, const char *top[2]) {
    int best[2] = { -1, -1 };
    top[0] = top[1] = NULL;
    for (int i = 0; i < a->nactors; i++) {
        const an_actor *x = &a->actors[i];
        const char *id = x->code && *x->code ? x->code : x->name;
        if (!id || (top[0] && !strcmp(top[0], id))) continue;
        if (x->nmentions > best[0]) {
            top[1] = top[0]; best[1] = best[0];
            top[0] = id; best[0] = x->nmentions;
        } else if (x->nmentions > best[1] && !(top[1] && !strcmp(top[1], id))) {
            top[1] = id; best[1] = x->nmentions;
        }
    }
}

/* The most frequent two-digit root among the article's events, "" if none. */
static void topic(const an_article *a, char root[3]) {
    int count[100] = { 0 }, best = -1;
    for (int i = 0; i < a->nevents; i++) {
        const char *c = a->events[i].cameo;
        if (!c || c[0] < '0' || c[0] > '9' || c[1] < '0' || c[1] > '9') continue;
        int r = (c[0] - '0') * 10 + (c[1] - '0');
        if (++count[r] > (best < 0 ? 0 : count[best])) best = r;
    }
    root[0] = best < 0 ? 0 : (char)('0' + best / 10);
    root[1] = best < 0 ? 0 : (char)('0' + best % 10);
    root[2] = 0;
}

static int story_key(const an_article *a, char *key, size_t n) {
    const char *top[2];
    top_actors(a, top);
    if (!top[0]) return 0;
    char root[3];
    topic(a, root);
    if (top[1] && strcmp(top[1], top[0]) < 0) { const char *t = top[0]; top[0] = top[1]; top[1] = t; }
    snprintf(key, n, "%s%s%s|%s", top[0], top[1] ? "+" : "", top[1] ? top[1] : "", root);
    return 1;
}

/* The story a key continues at `day`, created when there is none. */
static int64_t find_or_create(an_store *s, const char *key, const char *title, int dated, int32_t day) {
    sqlite3_stmt *st = store_stmt(s, SQ_FIND_STORY);
    if (!st) return -1;
    store_bind_text(st, 1, key);
    if (dated) sqlite3_bind_int(st, 2, day);
    sqlite3_bind_int(st, 3, STORY_GAP_DAYS);
    int64_t id = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_reset(st);
    if (id) return id;
    if (!(st = store_stmt(s, SQ_INS_STORY))) return -1;
    store_bind_text(st, 1, key);
    store_bind_text(st, 2, title);
    if (store_step(s, st, "creating a story")) return -1;
    return sqlite3_last_insert_rowid(s->db);
}

static int set_story(an_store *s, int64_t article_id, int64_t story) {
    sqlite3_stmt *st = store_stmt(s, SQ_SET_STORY);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, article_id);
    sqlite3_bind_int64(st, 2, story);
    return store_step(s, st, "filing an article in its story");
}

static int64_t original_story(an_store *s, int64_t dup_of) {
    sqlite3_stmt *st = store_stmt(s, SQ_ARTICLE_STORY);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, dup_of);
    int64_t id = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_reset(st);
    return id;
}

int64_t story_assign(an_store *s, int64_t article_id, const an_article *a, int64_t dup_of) {
    if (dup_of) {
        int64_t id = original_story(s, dup_of);
        return id > 0 && set_story(s, article_id, id) ? -1 : id;
    }
    char key[256], day_s[11] = "";
    if (!story_key(a, key, sizeof key)) return 0;
    int32_t day = 0, hi;
    if (a->published) snprintf(day_s, sizeof day_s, "%.10s", a->published);
    int dated = date_day_range(day_s, &day, &hi) && strlen(day_s) == 10;
    int64_t id = find_or_create(s, key, a->title, dated, day);
    if (id < 0) return -1;
    sqlite3_stmt *st = store_stmt(s, SQ_UPD_STORY);
    if (!st) return -1;
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int(st, 2, 1);
    if (dated) { store_bind_text(st, 3, day_s); sqlite3_bind_int(st, 4, day); }
    if (store_step(s, st, "counting a story's articles") || set_story(s, article_id, id)) return -1;
    return id;
}
