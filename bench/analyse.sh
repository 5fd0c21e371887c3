#!/bin/sh
# Speed of the analyse stage alone (sentences/s on one core) on the shared
# corpus; also fails if any sentence is left without a clause.
ANNALS=${1:-build/annals}
CORPUS=${CORPUS:-$(dirname "$0")/../../shared/corpus/news.jsonl}
if [ ! -f "$CORPUS" ]; then echo "analyse: $CORPUS not present, skipped"; exit 0; fi
"$ANNALS" parse -q --bench "$CORPUS"
