#!/usr/bin/env bash
# Builds the DocC documentation of each documented module and fails on any warning (an
# unresolved ``symbol`` link, a parameter the doc comment names but the function lacks, …).
# Uses the toolchain's `docc` directly, so the package needs no documentation plugin.
#
# Usage: Scripts/check-docs.sh [MODULE …]   (default: every module with a .docc catalog)
set -euo pipefail
cd "$(dirname "$0")/.."

modules=("$@")
if [[ ${#modules[@]} -eq 0 ]]; then
    for catalog in Sources/*/*.docc; do
        modules+=("$(basename "$(dirname "$catalog")")")
    done
fi

# A scratch folder of its own: the symbol-graph flags would otherwise invalidate the main build.
scratch=.build-docs
output="$scratch/docc"
mkdir -p "$output"
status=0
for module in "${modules[@]}"; do
    graphs="$scratch/symbol-graphs/$module"
    mkdir -p "$graphs"  # kept between runs: an up-to-date module emits no new graph
    echo "== $module: symbol graph"
    swift build --scratch-path "$scratch" --target "$module" \
        -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$PWD/$graphs" 2>&1 | tail -n 1
    # Only this module's graphs: its dependencies are documented by their own catalogs.
    find "$graphs" -name '*.symbols.json' ! -name "$module.symbols.json" ! -name "$module@*.symbols.json" -delete
    echo "== $module: docc convert"
    log=$(docc convert "Sources/$module/$module.docc" \
        --additional-symbol-graph-dir "$graphs" \
        --fallback-display-name "$module" --fallback-bundle-identifier "swift-sms.$module" \
        --output-path "$output/$module.doccarchive" --warnings-as-errors 2>&1) || status=1
    if grep -iE "warning:|error:" <<<"$log"; then
        echo "error: the $module documentation has the problems above" >&2
        status=1
    else
        echo "ok: $module documentation builds without warnings"
    fi
done
exit "$status"
