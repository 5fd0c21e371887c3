#!/bin/sh
# Every test annals has, in order: build (gcc), unit tests, end-to-end tests,
# a warning-free clang build, then unit and end-to-end tests again under
# AddressSanitizer + UndefinedBehaviorSanitizer. Ends with one line:
#   total: N passed, N failed
cd "$(dirname "$0")/.." || exit 2
PASS=0
FAIL=0
LOG=$(mktemp)
JOBS=$(nproc 2>/dev/null || echo 2)

count() {   # add the "N passed, N failed" of the last matching line in $LOG
    line=$(grep -E '[0-9]+ passed, [0-9]+ failed' "$LOG" | tail -n 1)
    if [ -z "$line" ]; then FAIL=$((FAIL + 1)); echo "  ($1 printed no result line)"; return; fi
    p=$(echo "$line" | sed -E 's/^(.*[^0-9])?([0-9]+) passed.*/\2/')     # not just the last digit
    f=$(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
    PASS=$((PASS + p)); FAIL=$((FAIL + f))
}

step() {    # step NAME COMMAND...: a build step counts as one test
    name=$1; shift
    if "$@" >"$LOG" 2>&1; then PASS=$((PASS + 1)); echo "ok   $name"
    else FAIL=$((FAIL + 1)); echo "FAIL $name"; tail -n 30 "$LOG"; fi
}

suite() {   # suite NAME COMMAND...: a runner that prints its own counts
    name=$1; shift
    "$@" >"$LOG" 2>&1
    rc=$?
    grep -E '^(not ok|  FAIL|FAIL)' "$LOG" | head -n 40
    grep -E '[0-9]+ passed, [0-9]+ failed' "$LOG" | tail -n 1 | sed "s/^/$name /"
    count "$name"
    [ $rc -ne 0 ] && ! grep -qE ' [1-9][0-9]* failed' "$LOG" && { FAIL=$((FAIL + 1)); echo "  $name exited $rc"; tail -n 20 "$LOG"; }
}

step "build (gcc, -Wall -Wextra -Werror)" make -j"$JOBS" build/annals build/unit-tests
suite "unit" build/unit-tests
suite "cameo-table" python3 tests/data/check_cameo_table.py
for t in tests/e2e/test_*.py; do suite "$(basename "$t" .py)" python3 "$t" build/annals; done
if command -v clang >/dev/null 2>&1; then
    step "build (clang, -Wall -Wextra -Werror)" make -j"$JOBS" check-clang
fi
step "build (ASan+UBSan)" make -j"$JOBS" asan
ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1 suite "unit (ASan+UBSan)" build-asan/unit-tests
for t in tests/e2e/test_*.py; do
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ANNALS_E2E_SANITIZED=1 \
        suite "$(basename "$t" .py) (ASan+UBSan)" python3 "$t" build-asan/annals
done
rm -f "$LOG"
echo "total: $PASS passed, $FAIL failed"
[ "$FAIL" -eq 0 ]
