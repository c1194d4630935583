#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# End to end: `ctct --sandbox activities import` of a generated contacts file (default 100,000
# rows) with --wait, timed with /usr/bin/time -v: wall time, peak memory, requests sent.
#   tests/bench/import-sandbox.sh [ROWS] [path/to/ctct]
# Environment: CTCT_SANDBOX_ACTIVITY_STEP_MS and CTCT_POLL_MS (default 200 each): the sandbox's
# time between activity states and the client's polling interval.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
rows=${1:-100000}
ctct=${2:-}
if [ -z "$ctct" ]; then
    for preset in release dev ci; do
        if [ -x "$root/build/$preset/bin/ctct" ]; then
            ctct="$root/build/$preset/bin/ctct"
            break
        fi
    done
fi
if [ -z "$ctct" ] || [ ! -x "$ctct" ]; then
    echo "ctct not found; build it first (cmake --build --preset ci --target ctct)" >&2
    exit 1
fi
if [ ! -x /usr/bin/time ]; then
    echo "/usr/bin/time is missing (Debian package: time)" >&2
    exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$root/tests/bench/make-contacts-csv.py" "$rows" "$work/contacts.csv"
echo "file: $(stat -c %s "$work/contacts.csv") bytes, $rows rows"
export CTCT_SANDBOX_DATA=:memory:
export CTCT_SANDBOX_ACTIVITY_STEP_MS=${CTCT_SANDBOX_ACTIVITY_STEP_MS:-200}
export CTCT_POLL_MS=${CTCT_POLL_MS:-200}
set +e
/usr/bin/time -v "$ctct" --sandbox -v activities import "$work/contacts.csv" --list 1 --wait \
    >"$work/out.json" 2>"$work/err.txt"
code=$?
set -e
echo "exit code: $code (3: some rows were rejected, as the generated file has bad and repeated addresses)"
grep -E '^ctct: [0-9]+ rows in:' "$work/err.txt" || true
echo "activities created: $(grep -c 'created:' "$work/err.txt" || true)"
echo "requests: $(grep -cE '^ctct.api.access: (GET|POST) http' "$work/err.txt" || true) ($(grep -cE '^ctct.api.access: POST http' "$work/err.txt" || true) POST)"
grep -E 'Elapsed \(wall clock\)|Maximum resident set size|User time|System time' "$work/err.txt"
