#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# run-fuzzer.sh BINARY SECONDS SEED_DIR WORK_DIR
# A bounded libFuzzer run seeded from the test fixtures; fails on any crash, leak, timeout
# or out-of-memory, and leaves the offending input in WORK_DIR.
set -euo pipefail
binary=$1 seconds=$2 seeds=$3 work=$4
mkdir -p "$work/corpus"
dict="$(dirname "${BASH_SOURCE[0]}")/atom.dict"
echo "fuzzing $(basename "$binary") for ${seconds}s (seeds: $seeds)"
exec "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
    -print_final_stats=1 -dict="$dict" -artifact_prefix="$work/" "$work/corpus" "$seeds"
