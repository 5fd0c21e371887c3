# Helpers for bench/*.sh (sourced by bench/run.sh). A section measures a
# command RUNS times and calls `row` with the medians; rows are collected
# in $ROWS and written to bench/RESULTS.md at the end.

# median: the middle of the numbers on stdin
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)] }'; }

# timed OUT CMD...: run CMD with stdout to OUT; prints "WALL_SECONDS PEAK_RSS_KB"
timed() {
    out=$1; shift
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f '%e %M' -o "$TMPD/time" "$@" >"$out" 2>/dev/null
        tail -n 1 "$TMPD/time"
    else
        python3 - "$out" "$@" <<'PY'
import os, subprocess, sys, time
t = time.monotonic()
with open(sys.argv[1], "wb") as out:
    p = subprocess.Popen(sys.argv[2:], stdout=out, stderr=subprocess.DEVNULL)
    _, _, ru = os.wait4(p.pid, 0)
print(f"{time.monotonic() - t:.2f} {ru.ru_maxrss}")
PY
    fi
}

# measure CMD...: RUNS runs; sets WALL (s), RSS_MB and LINES (output lines) to medians
measure() {
    : >"$TMPD/walls"; : >"$TMPD/rsss"
    i=0
    while [ "$i" -lt "$RUNS" ]; do
        r=$(timed "$TMPD/out" "$@")
        echo "${r% *}" >>"$TMPD/walls"
        echo "${r#* }" >>"$TMPD/rsss"
        i=$((i + 1))
    done
    WALL=$(median <"$TMPD/walls")
    RSS_MB=$(awk -v k="$(median <"$TMPD/rsss")" 'BEGIN { printf "%.1f", k / 1024 }')
    LINES=$(wc -l <"$TMPD/out")
}

# row STAGE THREADS: a table row from the last measure, for an input of $INPUT_BYTES
row() {
    mbs=$(awk -v b="$INPUT_BYTES" -v w="$WALL" 'BEGIN { printf "%.1f", (w > 0 ? b / 1048576 / w : 0) }')
    aps=$(awk -v n="$LINES" -v w="$WALL" 'BEGIN { printf "%.0f", (w > 0 ? n / w : 0) }')
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$DATE" "$COMMIT" "$1" "$2" \
        "$WALL" "$mbs" "$LINES" "$aps" "$RSS_MB" "$LOAD_MS" >>"$ROWS"
    printf 'bench: %-8s -j %-3s %6ss %7s MiB/s %8s articles/s  peak RSS %s MB\n' "$1" "$2" "$WALL" "$mbs" "$aps" "$RSS_MB"
}
