#!/usr/bin/env bash
# Checks that counting allocates nothing: runs the SMSPlan(analyzing:) benchmarks (and the
# address lookups that promise the same) and fails if any iteration of them called malloc.
# The SMSPlan benchmarks cover every split policy on the plain corpus texts and with national
# language tables enabled (Corpus.national: Turkish, Portuguese, Spanish single shift only,
# Hindi and 160 ASCII with all 13 languages, ...), every benchmark whose name starts with
# "SMSPlan" being selected by the filter below: 35 benchmarks in all (9 SMSPlan on the plain
# texts, 24 with national tables, 2 address lookups), so a passing run prints
# "ok: 35 benchmarks, none allocates".
# Needs only the Swift toolchain; the first run builds the benchmark harness (about a minute).
set -euo pipefail
cd "$(dirname "$0")/../Benchmarks"

filter='SMSPlan.*|Address.CountryCallingCode.*|Address.MSISDN\(validating:\)-rejected.*'
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! report=$(swift package benchmark --filter "$filter" --no-progress --format markdown --path stdout 2>"$log"); then
    cat "$log" >&2
    echo "error: the benchmarks did not run" >&2
    exit 1
fi

# Each benchmark is a "### name" heading followed by a table whose "Malloc (total)" row ends
# with the p100 column and the sample count.
failures=$(awk '
    /^### / { name = substr($0, 5) }
    /^\| Malloc \(total\)/ {
        split($0, cells, "|")
        p100 = cells[9]; gsub(/ /, "", p100)
        checked++
        if (p100 != "0") print name " allocates (p100 = " p100 " mallocs)"
    }
    END { if (checked == 0) print "no benchmark ran" }
' <<<"$report")

if [[ -n "$failures" ]]; then
    echo "$report" >&2
    echo "error: $failures" >&2
    exit 1
fi
echo "ok: $(grep -c '^### ' <<<"$report") benchmarks, none allocates"
