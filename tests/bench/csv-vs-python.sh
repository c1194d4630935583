#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# CSV read + e-mail validation, ctct's reader beside Python's csv module with an e-mail regex,
# on the same generated file in the same run (design.md §10: >= 400 MB/s, >= 3x Python).
#   tests/bench/csv-vs-python.sh [ROWS] [path/to/bench_csvreader]
# ROWS defaults to 300000; the file is written to ${TMPDIR:-/tmp}/ctct-bench-ROWS.csv.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
rows=${1:-300000}
bench=${2:-}
if [ -z "$bench" ]; then
    for preset in release dev ci; do
        if [ -x "$root/build/$preset/bench/bench_csvreader" ]; then
            bench="$root/build/$preset/bench/bench_csvreader"
            break
        fi
    done
fi
if [ -z "$bench" ] || [ ! -x "$bench" ]; then
    echo "bench_csvreader not found; build it first (cmake --build --preset ci --target bench_csvreader)" >&2
    exit 1
fi
file=${TMPDIR:-/tmp}/ctct-bench-$rows.csv
python3 "$root/tests/bench/make-contacts-csv.py" "$rows" "$file"
echo "file: $file ($(stat -c %s "$file") bytes, $rows rows)"
"$bench" "$file" --runs 5
python3 - "$file" <<'PY'
import csv, re, sys, time, os
# What a Python script would do: the csv module, an e-mail regex on the e-mail column.
email = re.compile(r"^[^@\s,;<>()\[\]\\\"]+@[^@\s,;<>()\[\]\\\".]+(\.[^@\s,;<>()\[\]\\\".]+)+$")
best = None
for _ in range(3):
    t = time.perf_counter()
    rows = valid = 0
    with open(sys.argv[1], newline='', encoding='utf-8') as f:
        reader = csv.reader(f)
        header = next(reader)
        at = header.index("Email Address")
        for row in reader:
            rows += 1
            if at < len(row) and email.match(row[at].strip()):
                valid += 1
    s = time.perf_counter() - t
    best = s if best is None else min(best, s)
mb = os.path.getsize(sys.argv[1]) / 1e6
print(f"python csv+regex: {mb:.1f} MB in {best:.3f} s = {mb / best:.0f} MB/s ({rows} rows, {valid} valid addresses; best of 3)")
PY
