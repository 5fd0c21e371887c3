#!/bin/sh
# Ingest speed and database size on the shared corpus: a fresh ingest, then
# the same again (every document already stored). Usage: bench/store.sh [ANNALS]
ANNALS=${1:-build/annals}
CORPUS=../shared/corpus/news.jsonl
[ -r "$CORPUS" ] || { echo "bench/store.sh: $CORPUS not present"; exit 0; }
DIR=$(mktemp -d)
"$ANNALS" ingest --db "$DIR/bench.db" "$CORPUS" 2>&1 | tail -n 1
"$ANNALS" ingest --db "$DIR/bench.db" "$CORPUS" 2>&1 | tail -n 1
echo "database: $(du -k "$DIR/bench.db" | cut -f1) KiB"
rm -rf "$DIR"
