#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# run-fuzzer.sh BINARY SECONDS WORK_DIR DICT|- SEED_DIR...
# A bounded libFuzzer run seeded from test inputs; fails on any crash, leak, timeout or
# out-of-memory, and leaves the offending input in WORK_DIR.
set -euo pipefail
binary=$1 seconds=$2 work=$3 dict=$4
shift 4
mkdir -p "$work/corpus"
options=()
[ "$dict" != "-" ] && options+=("-dict=$dict")
echo "fuzzing $(basename "$binary") for ${seconds}s (seeds: $*)"
exec "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
    -print_final_stats=1 "${options[@]}" -artifact_prefix="$work/" "$work/corpus" "$@"
