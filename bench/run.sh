#!/bin/sh
# make bench: throughput and memory of the pipeline on the shared news
# corpus, one thread and all threads, medians of RUNS runs (default 3).
# Appends one row per measurement to bench/RESULTS.md.
#
#   sh bench/run.sh [build/annals]     BENCH_RUNS=5  BENCH_CORPUS=path
#
# Each stage has a section: a function below (or a bench/STAGE.sh file that
# defines one, sourced here) that calls `measure` and `row` (bench/lib.sh).
cd "$(dirname "$0")/.." || exit 2
ANNALS=${1:-build/annals}
CORPUS=${BENCH_CORPUS:-../shared/corpus/news.jsonl}
RUNS=${BENCH_RUNS:-3}
RESULTS=bench/RESULTS.md
if [ ! -f "$CORPUS" ]; then echo "bench: $CORPUS not present; skipped"; exit 0; fi
[ -x /usr/bin/time ] || echo "bench: /usr/bin/time missing (make deps installs it); using python"
. bench/lib.sh
TMPD=$(mktemp -d)
trap 'rm -rf "$TMPD"' EXIT
ROWS=$TMPD/rows
: >"$ROWS"
NPROC=$(nproc 2>/dev/null || echo 2)
INPUT_BYTES=$(wc -c <"$CORPUS")
DATE=$(date -u +%Y-%m-%d)
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
git diff --quiet HEAD -- src include dict 2>/dev/null || COMMIT="$COMMIT+"
LOAD_MS=$("$(dirname "$ANNALS")"/bench-load 21) || exit 1
echo "bench: $CORPUS ($INPUT_BYTES bytes), $RUNS runs each; engine creation (dictionaries) $LOAD_MS ms"

# ingest: articles and metadata, as `annals extract` prints them today.
section_ingest() {
    measure "$ANNALS" extract -q "$CORPUS"
    row extract 1
    WALL_ONE=$WALL
    measure "$ANNALS" extract -q -j "$NPROC" "$CORPUS"
    row extract "$NPROC"
    WALL_ALL=$WALL
}

# What the machine allows two workers: two separate one-thread processes, each
# on the whole corpus, at the same time. They share nothing, and each does
# exactly the one-thread run's work, so their combined speed over one
# thread's is what two workers get here with no locks and no handing over.
# Where it falls short of 2, the cores slow each other (shared caches,
# memory bandwidth, or virtual cores on one physical core). -j 2 can do a
# little better, as its threads share one copy of the dictionaries.
section_scaling() {
    [ "$NPROC" -ge 2 ] || return 0
    measure sh -c '"$1" extract -q "$2" >/dev/null & "$1" extract -q "$2" >/dev/null & wait' sh "$ANNALS" "$CORPUS"
    awk -v one="$WALL_ONE" -v all="$WALL_ALL" -v two="$WALL" -v j="$NPROC" 'BEGIN {
        printf "bench: scaling: -j %s runs %.2fx one thread; two one-thread processes side by side, %.2fx (workers that share nothing)\n",
               j, one / all, 2 * one / two }'
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$DATE" "$COMMIT" "2 processes, side by side" "1+1" \
        "$WALL" "$(awk -v b="$INPUT_BYTES" -v w="$WALL" 'BEGIN { printf "%.1f", 2 * b / 1048576 / w }')" "" "" "" "$LOAD_MS" >>"$ROWS"
}

section_ingest
section_scaling
for f in bench/section-*.sh; do [ -f "$f" ] && . "$f"; done
# the analyse stage alone, in sentences/s (its own script: it prints, not rows)
sh bench/analyse.sh "$ANNALS" || echo "bench: analyse section failed"
# the ingest path with storage (SQLite), articles/s and database size
sh bench/store.sh "$ANNALS" || echo "bench: store section failed"

if [ ! -f "$RESULTS" ]; then
    cat >"$RESULTS" <<'MD'
# Benchmarks

`make bench` on the shared corpus (27k articles, 42 MB of JSONL), medians of 3 runs,
on the project's machine (2 cores). Stage: the `annals` command measured; -j: threads.
MiB/s: input mebibytes (2^20 bytes) per second.
Dict ms: time to create the engine (load the dictionaries). A `+` after the
commit: the working tree had changes.

| date | commit | stage | -j | seconds | MiB/s | articles | articles/s | peak RSS MB | dict ms |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
MD
fi
cat "$ROWS" >>"$RESULTS"
echo "bench: results appended to $RESULTS"
