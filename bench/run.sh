#!/bin/sh
# `make bench`: every benchmark, one script per stage, each printing its own
# figures. Usage: bench/run.sh PATH/TO/annals
ANNALS=${1:-build/annals}
DIR=$(dirname "$0")
rc=0
# ---- analyse stage (bench/analyse.sh) ----
sh "$DIR/analyse.sh" "$ANNALS" || rc=1
# ---- end analyse ----
exit $rc
