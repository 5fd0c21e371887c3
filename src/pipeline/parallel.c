/* an_process_paths on several threads.
 *
 *   reader thread ──todo──> N workers ──done──> calling thread (writer)
 *
 * The reader copies the documents it cuts out of the input into jobs. A
 * worker runs the stages on each document of a job (an_doc_process) and
 * renders the results to bytes, collecting warnings in the job instead of
 * printing them, so that the writer can emit both in input order.
 *
 * A job batches consecutive small documents of one file (JSONL records are
 * typically a few KB): handing over every record on its own costs more in
 * thread wake-ups than processing it. The engine
 * is shared read-only; everything a job needs is in the job, so the only
 * shared state is the two lists and the counters, under one mutex held just
 * long enough to move a job from one list to the next.
 *
 * Memory is bounded by the number and the input bytes of jobs in flight
 * (read but not yet written): the reader waits when either is over its limit.
 * In input order, one slow document holds back the output behind it, so the
 * count limit is a few jobs per worker to keep the others busy meanwhile. */
#include "engine.h"
#include "reader.h"
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define JOBS_PER_WORKER 4
#define MAX_BYTES_IN_FLIGHT ((size_t)48 << 20)
#define BATCH_BYTES ((size_t)256 << 10)
#define BATCH_DOCS 64

typedef struct note { struct note *next; uint64_t off; char *msg; } note;

/* One document of a job: data[off, off + n) */
typedef struct part { size_t off, n; uint64_t base; an_kind kind; } part;

typedef struct job {
    struct job *next;
    uint64_t seq;
    char *path;
    char *data; size_t n, cap;
    part *parts; int nparts, pcap;  /* no parts: a reader problem, nothing to process */
    note *notes, **notes_tail;
    char *out; size_t outlen, outcap;
    int failed;
} job;

typedef struct pool {
    const an_engine *e;
    an_render_fn render; an_write_fn write; an_warn_fn warn; void *ud;
    int unordered;
    pthread_mutex_t mu;
    pthread_cond_t can_read, has_work, has_done;
    job *todo, **todo_tail;         /* read, waiting for a worker (FIFO) */
    job *done;                      /* processed, waiting for the writer */
    uint64_t next_seq, next_write;
    size_t inflight, inflight_bytes, max_inflight;
    int reading;
    const char *const *paths; int npaths;
    job *batch;                     /* the reader's job being filled */
} pool;

static void oom(void) {
    fputs("annals: out of memory\n", stderr);
    abort();
}

static char *xstrdup(const char *s) {
    char *d = strdup(s);
    if (!d) oom();
    return d;
}

static void add_note(job *j, uint64_t off, const char *msg) {
    note *n = malloc(sizeof *n);
    if (!n) oom();
    *n = (note){ NULL, off, xstrdup(msg) };
    *j->notes_tail = n;
    j->notes_tail = &n->next;
}

static job *job_new(const char *path) {
    job *j = calloc(1, sizeof *j);
    if (!j) oom();
    j->path = xstrdup(path);
    j->notes_tail = &j->notes;
    return j;
}

static void job_free(job *j) {
    for (note *n = j->notes, *next; n; n = next) { next = n->next; free(n->msg); free(n); }
    free(j->path);
    free(j->data);
    free(j->parts);
    free(j->out);
    free(j);
}

/* Append n bytes to a growable buffer. */
static void grow_add(char **buf, size_t *len, size_t *cap, const char *p, size_t n) {
    if (*len + n > *cap) {
        size_t c = *cap ? *cap : 4096;
        while (c < *len + n) c *= 2;
        char *b = realloc(*buf, c);
        if (!b) oom();
        *buf = b;
        *cap = c;
    }
    memcpy(*buf + *len, p, n);
    *len += n;
}

static void job_add_part(job *j, const char *d, size_t n, uint64_t base, an_kind kind) {
    if (j->nparts == j->pcap) {
        j->pcap = j->pcap ? j->pcap * 2 : 8;
        part *np = realloc(j->parts, (size_t)j->pcap * sizeof *np);
        if (!np) oom();
        j->parts = np;
    }
    j->parts[j->nparts++] = (part){ j->n, n, base, kind };
    grow_add(&j->data, &j->n, &j->cap, d, n);
}

/* ---- reader side ---- */

/* Wait for room, then give the job its place in the sequence. */
static void admit(pool *p, job *j) {
    pthread_mutex_lock(&p->mu);
    while (p->inflight >= p->max_inflight
           || (p->inflight && p->inflight_bytes + j->n > MAX_BYTES_IN_FLIGHT))
        pthread_cond_wait(&p->can_read, &p->mu);
    j->seq = p->next_seq++;
    p->inflight++;
    p->inflight_bytes += j->n;
    if (j->nparts) {
        *p->todo_tail = j;
        p->todo_tail = &j->next;
        pthread_cond_signal(&p->has_work);
    } else {
        j->next = p->done;
        p->done = j;
        pthread_cond_signal(&p->has_done);
    }
    pthread_mutex_unlock(&p->mu);
}

static void flush_batch(pool *p) {
    if (p->batch) admit(p, p->batch);
    p->batch = NULL;
}

static void pool_doc(void *self, const char *path, const char *d, size_t n, uint64_t base, an_kind kind) {
    pool *p = self;
    if (p->batch && strcmp(p->batch->path, path)) flush_batch(p);
    if (!p->batch) p->batch = job_new(path);
    job_add_part(p->batch, d, n, base, kind);
    if (p->batch->n >= BATCH_BYTES || p->batch->nparts >= BATCH_DOCS) flush_batch(p);
}

static void pool_problem(void *self, const char *path, uint64_t off, const char *msg, int failed) {
    pool *p = self;
    flush_batch(p);                      /* keep the problem in its place in the sequence */
    job *j = job_new(path);
    add_note(j, off, msg);
    j->failed = failed;
    admit(p, j);
}

static void *reader_main(void *arg) {
    pool *p = arg;
    an_sink sink = { pool_doc, pool_problem, p };
    reader_run(p->e, p->paths, p->npaths, &sink);
    flush_batch(p);
    pthread_mutex_lock(&p->mu);
    p->reading = 0;
    pthread_cond_broadcast(&p->has_work);
    pthread_cond_broadcast(&p->has_done);
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

/* ---- workers ---- */

static void job_warn(void *ud, const char *path, uint64_t off, const char *msg) {
    (void)path;                          /* always the job's own path */
    add_note(ud, off, msg);
}

static void work_part(pool *p, job *j, const part *pt) {
    char msg[300];
    an_doc *d = reader_process(p->e, j->path, j->data + pt->off, pt->n, pt->base, pt->kind,
                               job_warn, j, msg, sizeof msg);
    if (!d) { add_note(j, pt->base, msg); j->failed++; return; }
    size_t len = 0;
    char *out = p->render(p->ud, d, &len);
    an_doc_free(d);
    if (!j->out && out) { j->out = out; j->outlen = j->outcap = len; return; }   /* no copy */
    if (out) grow_add(&j->out, &j->outlen, &j->outcap, out, len);
    free(out);
}

static void work(pool *p, job *j) {
    for (int i = 0; i < j->nparts; i++) work_part(p, j, &j->parts[i]);
    free(j->data);                       /* the input is no longer needed */
    j->data = NULL;
}

static void *worker_main(void *arg) {
    pool *p = arg;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (!p->todo && p->reading) pthread_cond_wait(&p->has_work, &p->mu);
        job *j = p->todo;
        if (!j) break;
        p->todo = j->next;
        if (!p->todo) p->todo_tail = &p->todo;
        pthread_mutex_unlock(&p->mu);
        work(p, j);
        pthread_mutex_lock(&p->mu);
        j->next = p->done;
        p->done = j;
        pthread_cond_signal(&p->has_done);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

/* ---- writer (the calling thread) ---- */

/* The next job to write, unlinked from the done list, or NULL. */
static job *take_done(pool *p) {
    for (job **jp = &p->done; *jp; jp = &(*jp)->next) {
        job *j = *jp;
        if (p->unordered || j->seq == p->next_write) {
            *jp = j->next;
            return j;
        }
    }
    return NULL;
}

static int emit(pool *p, job *j) {
    for (note *n = j->notes; n; n = n->next) {
        if (p->warn) p->warn(p->ud, j->path, n->off, n->msg);
        else fprintf(stderr, "annals: %s: %s\n", j->path, n->msg);
    }
    if (j->out) p->write(p->ud, j->out, j->outlen);
    return j->failed;
}

static int write_all(pool *p) {
    int failed = 0;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        job *j = take_done(p);
        if (j) {
            pthread_mutex_unlock(&p->mu);
            failed += emit(p, j);
            size_t n = j->n;
            job_free(j);
            pthread_mutex_lock(&p->mu);
            p->next_write++;
            p->inflight--;
            p->inflight_bytes -= n;
            pthread_cond_signal(&p->can_read);
            continue;
        }
        if (!p->reading && !p->inflight) break;
        pthread_cond_wait(&p->has_done, &p->mu);
    }
    pthread_mutex_unlock(&p->mu);
    return failed;
}

static void pool_init(pool *p) {
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->can_read, NULL);
    pthread_cond_init(&p->has_work, NULL);
    pthread_cond_init(&p->has_done, NULL);
    p->todo_tail = &p->todo;
    p->reading = 1;
}

static void pool_destroy(pool *p) {
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->can_read);
    pthread_cond_destroy(&p->has_work);
    pthread_cond_destroy(&p->has_done);
}

/* Stop the workers when no reader could be started. */
static void stop_reading(pool *p) {
    pthread_mutex_lock(&p->mu);
    p->reading = 0;
    pthread_cond_broadcast(&p->has_work);
    pthread_mutex_unlock(&p->mu);
}

int an_process_paths_parallel(const an_engine *e, const char *const *paths, int npaths, int jobs,
                              int flags, an_render_fn render, an_write_fn write, an_warn_fn warn, void *ud) {
    if (jobs < 1) jobs = 1;
    pool p = { .e = e, .render = render, .write = write, .warn = warn, .ud = ud,
               .unordered = (flags & AN_UNORDERED) != 0, .paths = paths, .npaths = npaths,
               .max_inflight = (size_t)jobs * JOBS_PER_WORKER };
    pool_init(&p);
    pthread_t *tid = calloc((size_t)jobs + 1, sizeof *tid);
    int started = 0, failed = -1;
    while (tid && started < jobs && !pthread_create(&tid[started], NULL, worker_main, &p)) started++;
    if (started && !pthread_create(&tid[started], NULL, reader_main, &p)) {
        failed = write_all(&p);
        pthread_join(tid[started], NULL);
    } else stop_reading(&p);
    for (int i = 0; i < started; i++) pthread_join(tid[i], NULL);
    free(tid);
    pool_destroy(&p);
    return failed;
}
