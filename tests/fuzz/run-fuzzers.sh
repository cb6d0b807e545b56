#!/bin/sh
# Runs the libFuzzer targets one after the other (docs/fuzzing.md). Called by `make fuzz-smoke` and
# `make fuzz-long`; exits non-zero when any target crashed, leaked, timed out or ran out of memory.
#
#   tests/fuzz/run-fuzzers.sh smoke|long BUILD_DIR SECONDS TARGET...
#
# Everything written goes under BUILD_DIR/fuzz-<mode>/, never into the repository:
#   corpus/<target>/    a copy of tests/fuzz/corpus/<target> that the run grows (smoke: fresh
#                       each time; long: kept, so successive long runs build on each other)
#   findings/<target>/  crash-*, leak-*, timeout-*, oom-* inputs
#   <target>.log        libFuzzer's output
# The inputs in tests/data/fuzz/<target>/ (earlier findings) are run first, read-only.
#
# FUZZ_TIMEOUT (seconds one input may take, default 10), FUZZ_RSS_MB (default 2048) and
# FUZZ_FLAGS (more libFuzzer flags, e.g. "-max_len=65536") can be set in the environment.
set -eu

if [ $# -lt 4 ]; then
    echo "usage: $0 smoke|long BUILD_DIR SECONDS TARGET..." >&2
    exit 2
fi
mode=$1
seconds=$3
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
build=$(cd "$2" && pwd)
shift 3
targets="$*"  # the loop below reuses "$@" for each target's flags
out="$build/fuzz-$mode"
timeout=${FUZZ_TIMEOUT:-10}
rss=${FUZZ_RSS_MB:-2048}
flags=${FUZZ_FLAGS:-}

failed=""
started=$(date +%s)
for target in $targets; do
    binary="$build/tests/fuzz/$target"
    corpus="$out/corpus/$target"
    findings="$out/findings/$target"
    log="$out/$target.log"
    if [ ! -x "$binary" ]; then
        echo "$target: $binary is missing (build with -DCD_WITH_FUZZ=ON)" >&2
        exit 2
    fi
    [ "$mode" = smoke ] && rm -rf "$corpus"
    mkdir -p "$corpus" "$findings"
    for seed in "$here/corpus/$target"/*; do
        [ -e "$corpus/${seed##*/}" ] || cp "$seed" "$corpus/"
    done
    set -- -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb="$rss" -print_final_stats=1 \
        -artifact_prefix="$findings/"
    [ -f "$here/$target.dict" ] && set -- "$@" -dict="$here/$target.dict"
    regressions=""
    [ -d "$repo/tests/data/fuzz/$target" ] && regressions="$repo/tests/data/fuzz/$target"

    printf '%-20s %ss ... ' "$target" "$seconds"
    t0=$(date +%s)
    # shellcheck disable=SC2086 # FUZZ_FLAGS is a list of flags
    if (cd "$findings" && "$binary" "$@" $flags "$corpus" $regressions) >"$log" 2>&1; then
        status=ok
    else
        status=FAILED
        failed="$failed $target"
    fi
    t1=$(date +%s)
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    rssmb=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log")
    units=$(find "$corpus" -type f | wc -l)
    echo "$status: $((t1 - t0))s, ${runs:-?} runs, ${rate:-?} exec/s, peak RSS ${rssmb:-?} MB, corpus $units files"
    if [ "$status" = FAILED ]; then
        echo "---- last lines of $log"
        tail -n 40 "$log"
        echo "---- findings in $findings:"
        ls -l "$findings"
        echo "Reproduce with: $binary <input>; after the fix, copy the input to tests/data/fuzz/$target/."
    fi
done
echo "fuzzing took $(($(date +%s) - started))s in all"
if [ -n "$failed" ]; then
    echo "FAILED:$failed" >&2
    exit 1
fi
