#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Offscreen smoke start of ctct-manager (house style 28): the app starts on an in-memory
# sandbox (--sandbox: whatever account was used last), shows its first page of contacts and keeps
# running until it is stopped.
#   smoke-start.sh PATH/TO/ctct-manager
set -uo pipefail
app=$1
log=$(mktemp)
trap 'rm -f "$log"' EXIT
QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="ctct.api.pager.debug=true" \
    timeout 5 "$app" --sandbox --sandbox-data :memory: --sandbox-contacts 120 >"$log" 2>&1
status=$?
if [ "$status" -ne 124 ]; then
    cat "$log"
    echo "ctct-manager ended by itself (exit status $status) instead of running until stopped" >&2
    exit 1
fi
for expected in "sandbox listening at" "page 0 with 50 entries"; do
    if ! grep -q "$expected" "$log"; then
        cat "$log"
        echo "missing from the log: $expected" >&2
        exit 1
    fi
done
echo "ctct-manager started, showed the first page and kept running"
