#!/usr/bin/env bash
# Checks that a package using only the SMSCore product, with the dependency line the README
# gives (`traits: []`), resolves and builds swift-sms alone, and that its program links neither
# Foundation nor NIO: resolves and builds Tests/LinkageTest (an executable that calls
# SMSPlan(analyzing:) once), lists what was resolved and fetched, and inspects the binary with
# ldd, and with nm when it is installed. Needs only the Swift toolchain.
set -euo pipefail
cd "$(dirname "$0")/../Tests/LinkageTest"

scratch=.build-linkage
rm -rf "$scratch" Package.resolved
status=0

echo "== resolve Tests/LinkageTest"
swift package --scratch-path "$scratch" resolve
dependencies=$(swift package --scratch-path "$scratch" show-dependencies --format flatlist)
echo "resolved: ${dependencies//$'\n'/, }"
# The flat list names the local swift-sms checkout by its folder's name, and nothing else.
if [[ $(wc -l <<<"$dependencies") -ne 1 ]]; then
    echo "error: a consumer of SMSCore alone resolves more than swift-sms (listed above)" >&2
    status=1
fi
fetched=$(ls "$scratch/checkouts" 2>/dev/null || true)
if [[ -n "$fetched" ]]; then
    echo "error: a consumer of SMSCore alone fetched: ${fetched//$'\n'/, }" >&2
    status=1
fi
if [[ -f Package.resolved ]] && grep -q '"identity"' Package.resolved; then
    echo "error: Package.resolved pins packages for a consumer of SMSCore alone:" >&2
    cat Package.resolved >&2
    status=1
fi

echo "== build Tests/LinkageTest"
build_log=$(swift build --scratch-path "$scratch" --product LinkageTest 2>&1) || { echo "$build_log"; exit 1; }
echo "$build_log" | tail -n 1
# The modules compiled, from the build folder: only SMSCore and the program itself.
modules=$(find "$(swift build --scratch-path "$scratch" --show-bin-path)/Modules" -name '*.swiftmodule' \
    -exec basename {} .swiftmodule \; 2>/dev/null | sort | tr '\n' ' ')
echo "modules built: $modules"
if [[ "$modules" != "LinkageTest SMSCore " ]]; then
    echo "error: a consumer of SMSCore alone built more than SMSCore: $modules" >&2
    status=1
fi
binary="$(swift build --scratch-path "$scratch" --show-bin-path)/LinkageTest"

echo "== run"
output=$("$binary")
echo "$output"
if [[ "$output" != "GSM-7, 27 septets, 1 part, 133 left" ]]; then
    echo "error: unexpected output from $binary" >&2
    exit 1
fi

echo "== ldd $binary"
libraries=$(ldd "$binary")
echo "$libraries"
if grep -iE "foundation|nio" <<<"$libraries"; then
    echo "error: an SMSCore-only binary links the libraries above (Foundation or NIO)" >&2
    status=1
fi
# A statically linked Foundation would not show in ldd; its symbols would.
if command -v nm >/dev/null; then
    symbols=$(nm "$binary" | grep -cE '\$s(10Foundation|20FoundationEssentials|22FoundationInternationalization|[0-9]+NIO)' || true)
    if [[ "$symbols" -gt 0 ]]; then
        echo "error: the binary holds $symbols Foundation or NIO symbols" >&2
        status=1
    fi
fi
if [[ $status -eq 0 ]]; then
    echo "ok: a consumer of SMSCore alone resolves, fetches and builds nothing else, and links no Foundation or NIO"
fi
exit "$status"
