#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Page-GET throughput of ctct-sandbox on loopback, measured with wrk (design.md §10: >= 2,000 req/s).
#   tests/bench/sandbox-throughput.sh [path/to/ctct-sandbox]
# Environment: CTCT_BENCH_SECONDS (default 10), CTCT_BENCH_CONNECTIONS (default 16),
#              CTCT_BENCH_SIZES (default "2500 100000").
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
binary=${1:-}
if [ -z "$binary" ]; then
    for preset in release dev ci; do
        if [ -x "$root/build/$preset/bin/ctct-sandbox" ]; then
            binary="$root/build/$preset/bin/ctct-sandbox"
            break
        fi
    done
fi
if [ -z "$binary" ] || [ ! -x "$binary" ]; then
    echo "ctct-sandbox not found; build it first (cmake --preset dev && cmake --build --preset dev)" >&2
    exit 1
fi

if ! command -v wrk >/dev/null 2>&1; then
    echo "Installing wrk (Debian package)…"
    if [ "$(id -u)" -eq 0 ]; then
        apt-get install -y wrk >/dev/null
    else
        sudo apt-get install -y wrk >/dev/null
    fi
fi

seconds=${CTCT_BENCH_SECONDS:-10}
connections=${CTCT_BENCH_CONNECTIONS:-16}
sizes=${CTCT_BENCH_SIZES:-"2500 100000"}
auth="Authorization: Basic $(printf '%s' 'sandbox-key%demo:sandbox' | base64)"
log=$(mktemp)
pid=
cleanup() {
    if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
    rm -f "$log"
}
trap cleanup EXIT

# The next token is opaque to clients; the benchmark builds one (base64url of "<last id>|")
# to measure a page deep inside the collection.
token() { printf '%s|' "$1" | base64 | tr '+/' '-_' | tr -d '=\n'; }

run() {
    local label=$1 url=$2
    local out
    out=$(wrk -t1 -c"$connections" -d"${seconds}s" -H "$auth" "$url")
    local rps
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    local latency
    latency=$(awk '/Latency/ {print $2; exit}' <<<"$out")
    local non2xx
    non2xx=$(awk '/Non-2xx/ {print $5}' <<<"$out")
    printf '  %-34s %10s req/s   avg latency %-8s %s\n' "$label" "$rps" "$latency" "${non2xx:+($non2xx non-2xx!)}"
}

echo "ctct-sandbox page GETs: wrk -t1 -c$connections -d${seconds}s, binary $binary"
for size in $sizes; do
    "$binary" --memory --port 0 --contacts "$size" >"$log" 2>&1 &
    pid=$!
    for _ in $(seq 1 600); do
        grep -q 'listening on' "$log" && break
        sleep 0.1
    done
    base=$(sed -n 's/^ctct-sandbox listening on \(http[^ ]*\)$/\1/p' "$log")
    started=$(sed -n 's/.*started in \([0-9]*\) ms.*/\1/p' "$log")
    if [ -z "$base" ]; then
        cat "$log" >&2
        exit 1
    fi
    echo "--contacts $size (start-up ${started} ms)"
    run "GET contacts (first page)" "${base}contacts"
    run "GET contacts (page at id $((size / 2)))" "${base}contacts?next=$(token $((size / 2)))"
    run "GET lists/1/members (first page)" "${base}lists/1/members"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    pid=
done
