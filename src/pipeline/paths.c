/* Files, folders and stdin, streamed in bounded memory.
 *
 * JSONL is read a record at a time; large text files are cut into chunks at
 * blank lines; HTML is read whole up to the document size limit. Nothing is
 * ever dropped silently: a skipped record or a cut page is reported. */
#include "engine.h"
#include "reader.h"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>


/* Large text files are read in chunks cut at blank lines. 1 MiB keeps a
 * chunk's analysis small, and real articles are far shorter. */
#define TEXT_CHUNK ((size_t)1 << 20)

typedef struct stream {
    int fd;
    char *buf; size_t cap, len, pos;
    uint64_t off;                 /* file offset of buf[0] */
    int eof, err;
} stream;

typedef struct run {
    const an_engine *e;
    const an_sink *sink;
} run;

static void report(run *r, const char *path, uint64_t off, const char *msg) {
    r->sink->problem(r->sink->self, path, off, msg, 0);
}

static void fail(run *r, const char *path, uint64_t off, const char *msg) {
    r->sink->problem(r->sink->self, path, off, msg, 1);
}

/* Make at least `want` unread bytes available (or reach EOF). */
static void fill(stream *s, size_t want) {
    if (s->pos > 0 && (s->len - s->pos < want)) {
        memmove(s->buf, s->buf + s->pos, s->len - s->pos);
        s->off += s->pos;
        s->len -= s->pos;
        s->pos = 0;
    }
    while (!s->eof && s->len - s->pos < want) {
        if (s->len == s->cap) {
            size_t cap = s->cap ? s->cap * 2 : (size_t)1 << 20;
            char *nb = realloc(s->buf, cap + 1);
            if (!nb) { s->err = ENOMEM; s->eof = 1; return; }
            s->buf = nb;
            s->cap = cap;
        }
        ssize_t k = read(s->fd, s->buf + s->len, s->cap - s->len);
        if (k < 0) { if (errno == EINTR) continue; s->err = errno; s->eof = 1; return; }
        if (k == 0) { s->eof = 1; return; }
        s->len += (size_t)k;
    }
}

static void process(run *r, const char *path, const char *p, size_t n, uint64_t base, an_kind kind) {
    r->sink->doc(r->sink->self, path, p, n, base, kind);
}

static int blank_record(const char *p, size_t n) {
    for (size_t i = 0; i < n; i++) if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r') return 0;
    return 1;
}

static void read_jsonl(run *r, stream *s, const char *path) {
    size_t max = an_engine_options(r->e)->max_doc_bytes;
    for (;;) {
        char *nl = memchr(s->buf + s->pos, '\n', s->len - s->pos);
        if (!nl && !s->eof) {
            if (s->len - s->pos > max) {                 /* a record over the limit: skip it */
                char msg[160];
                snprintf(msg, sizeof msg, "JSONL record over %zu bytes skipped (--max-doc-size)", max);
                fail(r, path, s->off + s->pos, msg);
                for (;;) {
                    s->pos = s->len;
                    fill(s, 1);
                    if (s->len == s->pos) return;
                    char *q = memchr(s->buf + s->pos, '\n', s->len - s->pos);
                    if (q) { s->pos = (size_t)(q - s->buf) + 1; break; }
                }
                continue;
            }
            fill(s, s->len - s->pos + 1);
            continue;
        }
        size_t end = nl ? (size_t)(nl - s->buf) : s->len;
        if (end > s->pos && !blank_record(s->buf + s->pos, end - s->pos))
            process(r, path, s->buf + s->pos, end - s->pos, s->off + s->pos, AN_KIND_JSONL);
        if (!nl) return;
        s->pos = end + 1;
        if (s->pos == s->len && s->eof) return;
    }
}

/* The end of a text chunk: the last blank line in its second half, else the
 * last newline, else the chunk size (a single huge line). */
static size_t chunk_end(const char *p, size_t n) {
    for (size_t i = n - 1; i > n / 2; i--) if (p[i] == '\n' && p[i - 1] == '\n') return i + 1;
    for (size_t i = n - 1; i > n / 2; i--) if (p[i] == '\n') return i + 1;
    while (n > 1 && ((unsigned char)p[n] & 0xC0) == 0x80) n--;
    return n;
}

/* Chunks never exceed the document size limit: a cut chunk would lose text. */
static void read_text(run *r, stream *s, const char *path) {
    size_t max = an_engine_options(r->e)->max_doc_bytes;
    size_t chunk = max < TEXT_CHUNK ? max : TEXT_CHUNK;
    for (;;) {
        fill(s, chunk + 1);
        size_t avail = s->len - s->pos;
        if (!avail) return;
        size_t n = avail;
        if (avail > chunk) n = chunk_end(s->buf + s->pos, chunk);
        process(r, path, s->buf + s->pos, n, s->off + s->pos, AN_KIND_TEXT);
        s->pos += n;
        if (s->eof && s->pos >= s->len) return;
    }
}

static void read_html(run *r, stream *s, const char *path) {
    size_t max = an_engine_options(r->e)->max_doc_bytes;
    fill(s, max + 1);
    size_t n = s->len - s->pos;
    if (n > max) {
        char msg[160];
        snprintf(msg, sizeof msg, "HTML page over %zu bytes: only the first %zu bytes processed (--max-doc-size)", max, max);
        report(r, path, 0, msg);
        n = max;                 /* cut here, not in an_doc_process, which would warn again */
        while (n && ((unsigned char)s->buf[s->pos + n] & 0xC0) == 0x80) n--;   /* not inside a character */
    }
    process(r, path, s->buf + s->pos, n, s->off + s->pos, AN_KIND_HTML);
}

static void read_fd(run *r, int fd, const char *path) {
    stream s = { .fd = fd };
    fill(&s, 65536);
    if (s.err) { fail(r, path, 0, strerror(s.err)); free(s.buf); return; }
    size_t n = s.len;
    if (n == 0) { free(s.buf); return; }                    /* empty: no articles, no error */
    an_kind kind = an_engine_options(r->e)->kind;
    if (kind == AN_KIND_AUTO) kind = an_detect_kind(s.buf, n);
    if (kind == AN_KIND_JSONL) read_jsonl(r, &s, path);
    else if (kind == AN_KIND_HTML) read_html(r, &s, path);
    else read_text(r, &s, path);
    if (s.err) fail(r, path, s.off + s.len, strerror(s.err));
    free(s.buf);
}

static int cmp_names(const struct dirent **a, const struct dirent **b) { return strcmp((*a)->d_name, (*b)->d_name); }

static void walk_path(run *r, const char *path, int depth) {
    if (!strcmp(path, "-")) { read_fd(r, 0, "-"); return; }
    struct stat st;
    if (stat(path, &st) != 0) { fail(r, path, 0, strerror(errno)); return; }
    if (S_ISDIR(st.st_mode)) {
        if (depth > 32) { fail(r, path, 0, "folders nested too deep"); return; }
        struct dirent **ents;
        int n = scandir(path, &ents, NULL, cmp_names);
        if (n < 0) { fail(r, path, 0, strerror(errno)); return; }
        for (int i = 0; i < n; i++) {
            if (ents[i]->d_name[0] != '.') {
                size_t k = strlen(path) + strlen(ents[i]->d_name) + 2;
                char *child = malloc(k);
                if (child) {
                    snprintf(child, k, "%s/%s", path, ents[i]->d_name);
                    walk_path(r, child, depth + 1);
                    free(child);
                }
            }
            free(ents[i]);
        }
        free(ents);
        return;
    }
    if (!S_ISREG(st.st_mode)) { fail(r, path, 0, "not a regular file"); return; }
    int fd = open(path, O_RDONLY);
    if (fd < 0) { fail(r, path, 0, strerror(errno)); return; }
    read_fd(r, fd, path);
    close(fd);
}

void reader_run(const an_engine *e, const char *const *paths, int npaths, const an_sink *sink) {
    run r = { e, sink };
    for (int i = 0; i < npaths; i++) walk_path(&r, paths[i], 0);
}

an_doc *reader_process(const an_engine *e, const char *path, const char *p, size_t n, uint64_t base,
                       an_kind kind, an_warn_fn warn, void *ud, char *msg, size_t msglen) {
    char err[256];
    an_doc *d = an_doc_process(e, path, p, n, base, kind, warn, ud, err, sizeof err);
    if (!d) snprintf(msg, msglen, "%s", err);          /* the warning adds the byte offset */
    return d;
}

/* ---- one thread: each document is processed as soon as it is read ---- */

typedef struct serial {
    const an_engine *e;
    an_skip_fn skip; an_doc_fn fn; an_warn_fn warn; void *ud;
    int failed;
} serial;

static void serial_problem(void *self, const char *path, uint64_t off, const char *msg, int failed) {
    serial *s = self;
    if (s->warn) s->warn(s->ud, path, off, msg);
    else fprintf(stderr, "annals: %s: %s\n", path, msg);
    s->failed += failed;
}

static void serial_doc(void *self, const char *path, const char *p, size_t n, uint64_t base, an_kind kind) {
    serial *s = self;
    char msg[300];
    if (s->skip && s->skip(s->ud, path, p, n)) return;
    an_doc *d = reader_process(s->e, path, p, n, base, kind, s->warn, s->ud, msg, sizeof msg);
    if (!d) { serial_problem(s, path, base, msg, 1); return; }
    s->fn(s->ud, d);
    an_doc_free(d);
}

int an_process_paths_skip(const an_engine *e, const char *const *paths, int npaths,
                          an_skip_fn skip, an_doc_fn fn, an_warn_fn warn, void *ud) {
    serial s = { e, skip, fn, warn, ud, 0 };
    an_sink sink = { serial_doc, serial_problem, &s };
    reader_run(e, paths, npaths, &sink);
    return s.failed;
}

int an_process_paths(const an_engine *e, const char *const *paths, int npaths,
                     an_doc_fn fn, an_warn_fn warn, void *ud) {
    return an_process_paths_skip(e, paths, npaths, NULL, fn, warn, ud);
}
