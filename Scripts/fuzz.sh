#!/usr/bin/env bash
# Builds and runs the libFuzzer targets of FuzzTesting/ (see docs/fuzzing.md).
#
#   Scripts/fuzz.sh                       every target, 30 s each
#   Scripts/fuzz.sh FuzzSegmentation 300  one target, 300 s
#   Scripts/fuzz.sh all 60                every target, 60 s each
#
# Extra libFuzzer flags can be passed in FUZZ_ARGS (e.g. FUZZ_ARGS="-max_len=8192").
# Resource exhaustion counts as a finding: an input that makes the target use more than
# FUZZ_RSS_MB megabytes of memory (default 2048; also the largest single allocation) or run
# longer than FUZZ_TIMEOUT seconds (default 10) is saved as oom-… or timeout-… and fails the run.
# A crash leaves its input in FuzzTesting/FailCases/<target>/ and makes the script exit 1;
# `swift test --filter FuzzFailCase` then replays it.
set -euo pipefail
cd "$(dirname "$0")/../FuzzTesting"

all_targets=(FuzzSegmentation FuzzDecoding FuzzAddresses FuzzResponseParsing FuzzCallbackParsing FuzzJSONLines FuzzCommandInput)
rss_mb="${FUZZ_RSS_MB:-2048}"
# On a shared machine, FUZZ_BUILD_LOCK=/path/to/lockfile serialises the build step (flock).
build_prefix=()
if [[ -n "${FUZZ_BUILD_LOCK:-}" ]]; then build_prefix=(flock "$FUZZ_BUILD_LOCK"); fi
timeout_seconds="${FUZZ_TIMEOUT:-10}"
target="${1:-all}"
seconds="${2:-30}"
if [[ "$target" == "all" ]]; then
    targets=("${all_targets[@]}")
elif [[ " ${all_targets[*]} " == *" $target "* ]]; then
    targets=("$target")
else
    echo "usage: $0 [all|${all_targets[*]// /|}] [SECONDS]" >&2
    exit 2
fi
if ! [[ "$seconds" =~ ^[0-9]+$ ]]; then
    echo "error: SECONDS must be a whole number, not '$seconds'" >&2
    exit 2
fi

scratch=.build-fuzz
failed=()
summary=()
for name in "${targets[@]}"; do
    echo "== build $name"
    # The fuzzer flags stay in this package: they apply to every Swift target being built.
    ${build_prefix[@]+"${build_prefix[@]}"} swift build -c release --scratch-path "$scratch" \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld --product "$name"

    # New interesting inputs go to the first (scratch) corpus folder; the seeds stay read-only.
    mkdir -p "$scratch/corpus/$name" "FailCases/$name"
    log="$scratch/$name.log"
    echo "== fuzz $name for ${seconds}s (log: FuzzTesting/$log)"
    set +e
    # SWIFT_BACKTRACE=enable=no: under ASan the runtime's backtracer would hang on a trap.
    # shellcheck disable=SC2086
    SWIFT_BACKTRACE=enable=no "$scratch/release/$name" \
        -max_total_time="$seconds" -timeout="$timeout_seconds" -rss_limit_mb="$rss_mb" -print_final_stats=1 \
        -artifact_prefix="FailCases/$name/" ${FUZZ_ARGS:-} \
        "$scratch/corpus/$name" "Corpus/$name" >"$log" 2>&1
    status=$?
    set -e
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    coverage=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
    peak=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)
    if [[ $status -ne 0 ]]; then
        failed+=("$name")
        summary+=("$name: FAILED (exit $status) after ${runs:-?} executions")
        # The report: the failing invariant or sanitizer error, the stack and the artifact.
        grep -nE "invariant failed|Fatal error|ERROR: |SUMMARY: |deadly signal|out-of-memory|timeout after|^ *#[0-9]+ |artifact_prefix|Test unit written" \
            "$log" | head -60 >&2 || true
    else
        summary+=("$name: ok, ${runs:-?} executions, ${rate:-?} exec/s, coverage ${coverage:-?} edges, peak RSS ${peak:-?} MB")
    fi
done

echo "== summary"
printf '%s\n' "${summary[@]}"
if [[ ${#failed[@]} -gt 0 ]]; then
    echo "error: crashes in ${failed[*]}; inputs saved under FuzzTesting/FailCases/" >&2
    exit 1
fi
