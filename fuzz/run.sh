#!/bin/sh
# Run every fuzz target built in build-fuzz/ for FUZZ_SECONDS (default 30).
# New inputs go to build-fuzz/corpus/TARGET (kept between runs); the seeds
# in fuzz/seeds/ (and our dictionaries) are read only. A crash stops the run
# with the input saved as build-fuzz/crash-*: add it to a regression test.
cd "$(dirname "$0")/.." || exit 2
SECONDS_EACH=${FUZZ_SECONDS:-30}
status=0
for bin in build-fuzz/fuzz_*; do
    [ -x "$bin" ] || continue
    name=${bin#build-fuzz/fuzz_}
    corpus=build-fuzz/corpus/$name
    mkdir -p "$corpus"
    seeds="fuzz/seeds/$name"
    timeout=10
    case $name in
        reader) seeds="$seeds fuzz/seeds/text fuzz/seeds/html fuzz/seeds/jsonl" ;;
        # every 500 runs the harness reloads the whole actor dictionary
        # (cities included), about 2 s under ASan; on a loaded machine that
        # one run has passed 10 s, which libFuzzer reports as a hang
        import) timeout=30 ;;
        entries) seeds="$seeds dict/cameo dict/ingest" ;;
        outlets) seeds="$seeds dict/ingest" ;;
    esac
    echo "fuzz: $name for ${SECONDS_EACH}s"
    # shellcheck disable=SC2086
    if ! "$bin" "$corpus" $seeds -max_total_time="$SECONDS_EACH" -max_len=65536 -timeout="$timeout" \
            -artifact_prefix=build-fuzz/crash-"$name"- -print_final_stats=1 >build-fuzz/"$name".log 2>&1; then
        echo "fuzz: $name FAILED; see build-fuzz/$name.log"
        grep -E 'ERROR|SUMMARY|artifact' build-fuzz/"$name".log | head -n 5
        status=1
    else
        grep -E '^stat::number_of_executed_units' build-fuzz/"$name".log | sed "s/^/  /"
    fi
done
exit $status
