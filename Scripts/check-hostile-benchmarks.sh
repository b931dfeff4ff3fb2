#!/usr/bin/env bash
# Runs the hostile-input benchmarks of issue 12 (Benchmarks/Benchmarks/HostileInputBenchmarks)
# and checks their p90 against the thresholds checked in under Benchmarks/Thresholds/.
#
#   Scripts/check-hostile-benchmarks.sh            check (about 2 minutes after the first build)
#   Scripts/check-hostile-benchmarks.sh --update   rewrite the thresholds from a fresh run
#
# The tolerances are in the benchmarks' configuration: a regression fails when p90 wall clock
# exceeds its threshold by more than 100%, or allocated bytes or peak resident memory by more
# than 50%. A result better than that passes with a note asking for the thresholds to be
# updated. Not part of CI (see CONTRIBUTING.md): the numbers belong to the machine that wrote
# them, so update them on the machine that checks them.
set -euo pipefail
cd "$(dirname "$0")/../Benchmarks"
filter='Hostile\..*'

if [[ "${1:-}" == "--update" ]]; then
    swift package --allow-writing-to-package-directory benchmark thresholds update --filter "$filter" --no-progress
    exit 0
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
swift package benchmark thresholds check --filter "$filter" --no-progress 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
if [[ $status -eq 0 ]]; then
    echo "ok: every hostile-input benchmark is within its threshold"
elif grep -q "benchmarkThresholdRegression" "$log"; then
    echo "error: a hostile-input benchmark is worse than its threshold (see above)" >&2
    exit 1
elif grep -q "benchmarkThresholdImprovement" "$log"; then
    echo "ok: better than the thresholds; consider Scripts/check-hostile-benchmarks.sh --update"
else
    echo "error: the benchmarks did not run (exit $status)" >&2
    exit "$status"
fi
