#!/usr/bin/env bash
# Checks that a program using only the SMSCore product links neither Foundation nor NIO:
# builds Tests/LinkageTest (an executable that calls SMSPlan(analyzing:) once) and inspects the
# binary with ldd, and with nm when it is installed. Needs only the Swift toolchain.
set -euo pipefail
cd "$(dirname "$0")/../Tests/LinkageTest"

scratch=.build-linkage
echo "== build Tests/LinkageTest"
swift build --scratch-path "$scratch" --product LinkageTest
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
status=0
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
    echo "ok: no Foundation or NIO in the SMSCore-only binary"
fi
exit "$status"
